"""Shared fixtures: a real, migrated database per test.

The `engine` fixture is SQLite by default. With `REPATPLAN_TEST_DB` set to a PostgreSQL URL
(`./dev test` starts a throw-away server and runs the suite a second time that way) each test
gets its own PostgreSQL database, cloned from a migrated template.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.db.engine import make_engine, open_database

PG_ADMIN_URL = os.environ.get("REPATPLAN_TEST_DB", "")
TEMPLATE_DB = "repatplan_template"


def pytest_report_header() -> str:
    return f"repatplan test database: {'PostgreSQL' if PG_ADMIN_URL else 'SQLite'}"


@pytest.fixture(scope="session")
def _pg_admin() -> Iterator[Engine | None]:
    if not PG_ADMIN_URL:
        yield None
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}"))
        c.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
    tmpl = open_database(make_url(PG_ADMIN_URL).set(database=TEMPLATE_DB).render_as_string(
        hide_password=False))
    tmpl.dispose()
    yield admin
    admin.dispose()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def engine(db_path: Path, _pg_admin: Engine | None) -> Iterator[Engine]:
    """An empty database at the newest schema (SQLite file, or a fresh PostgreSQL database)."""
    if _pg_admin is None:
        eng = open_database(db_path)
        yield eng
        eng.dispose()
        return
    name = f"t_{uuid.uuid4().hex[:16]}"
    with _pg_admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}"))
    eng = make_engine(make_url(PG_ADMIN_URL).set(database=name).render_as_string(
        hide_password=False))
    yield eng
    eng.dispose()
    with _pg_admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
