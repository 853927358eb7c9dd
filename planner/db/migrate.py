"""Alembic migrations shipped inside the package; upgrade at start after a backup."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from planner.db.backup import backup_sqlite
from planner.db.engine import sqlite_path

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # the engine itself is handed over; the URL (without any password) is only informative
    cfg.set_main_option("sqlalchemy.url",
                        engine.url.render_as_string(hide_password=True).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head", backup: bool = True) -> Path | None:
    """Bring the schema to `revision`. An SQLite file that already holds data and is behind is
    copied to a backup first; the backup's path is returned (None when none was needed)."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    saved: Path | None = None
    path = sqlite_path(engine.url)
    if backup and current is not None and path is not None and path.exists():
        saved = backup_sqlite(engine, reason=f"pre-upgrade-{current}")
        log.info("backup before upgrade written to %s", saved)
    command.upgrade(alembic_config(engine), revision)
    return saved


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
