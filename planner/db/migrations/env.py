"""Alembic environment: runs against the engine the app hands over (batch mode for SQLite)."""

from alembic import context
from sqlmodel import SQLModel

import planner.db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from planner.db.engine import make_engine

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = config.attributes.get("engine") or make_engine(url or "")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
