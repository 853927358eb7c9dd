"""Alembic environment: runs against the engine the app hands over (batch mode for SQLite)."""

from typing import Any, Literal

from alembic import context
from sqlmodel import SQLModel

import planner.audit.models  # (audit trail tables)
import planner.db.models  # (registers the tables on SQLModel.metadata)
import planner.db.plan_models  # (plan tables of the engine)
import planner.manifests.models  # noqa: F401  (manifests, handovers, partner exports)
from planner.db.engine import make_engine

config = context.config
target_metadata = SQLModel.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Render SQLModel's AutoString as plain sa.String so migrations need only SQLAlchemy."""
    if type_ == "type" and type(obj).__name__ == "AutoString":
        length = getattr(obj, "length", None)
        return f"sa.String(length={length})" if length else "sa.String()"
    return False


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = config.attributes.get("engine") or make_engine(url or "")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            render_item=render_item,
        )
        context.run_migrations()


run_migrations_online()
