"""Roles on a shared PostgreSQL database: coordinators edit, viewers only read.

Two group roles hold the privileges; people log in with their own roles made members of one
of them. The audit log is append-only for coordinators (INSERT and SELECT, no UPDATE or DELETE).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Engine

COORDINATOR = "repatplan_coordinator"
VIEWER = "repatplan_viewer"
ROLES = {"coordinator": COORDINATOR, "viewer": VIEWER}
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class RoleError(Exception):
    """A role operation that cannot be done; the message says why."""


def _require_pg(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise RoleError("roles exist on a shared PostgreSQL database only; an SQLite file is "
                        "protected by its passphrase")


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise RoleError(f"{name!r} is not a valid role name (lower-case letters, digits, _)")
    return f'"{name}"'


def create_roles(engine: Engine) -> list[str]:
    """Create the two group roles if missing and (re)grant their privileges on every table
    and sequence of the schema, and on those created later by the owner (migrations)."""
    _require_pg(engine)
    done: list[str] = []
    with engine.begin() as c:
        for role in (COORDINATOR, VIEWER):
            exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                               {"r": role}).first()
            if not exists:
                c.execute(text(f"CREATE ROLE {_ident(role)} NOLOGIN"))
                done.append(f"created role {role}")
        co, vi = _ident(COORDINATOR), _ident(VIEWER)
        statements = [
            f"GRANT USAGE ON SCHEMA public TO {co}, {vi}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {vi}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {co}",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {co}",
            f"REVOKE INSERT, DELETE, TRUNCATE ON audit_head FROM {co}",
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {co}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {co}",
            f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {vi}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {vi}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {co}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {co}",
        ]
        for s in statements:
            c.execute(text(s))
    done.append(f"granted: {COORDINATOR} read-write (audit log append-only), {VIEWER} read-only")
    return done


def grant_role(engine: Engine, login: str, kind: str, password: str | None = None) -> str:
    """Make `login` (created as a login role if missing) a coordinator or a viewer, and no
    longer the other."""
    _require_pg(engine)
    if kind not in ROLES:
        raise RoleError(f"unknown role {kind!r}: coordinator or viewer")
    user = _ident(login)
    with engine.begin() as c:
        exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                           {"r": login}).first()
        if not exists:
            c.execute(text(f"CREATE ROLE {user} LOGIN"))
        if password:
            escaped = password.replace("'", "''")
            c.execute(text(f"ALTER ROLE {user} PASSWORD '{escaped}'"))
        other = VIEWER if kind == "coordinator" else COORDINATOR
        c.execute(text(f"REVOKE {_ident(other)} FROM {user}"))
        c.execute(text(f"GRANT {_ident(ROLES[kind])} TO {user}"))
    return f"{login} is now a {kind}"
