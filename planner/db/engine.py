"""Opening a database: where it lives, connection pragmas, upgrades with a backup first."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

log = logging.getLogger(__name__)

APP_NAME = "repatplan"
ENV_DB = "REPATPLAN_DB"
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "repatplan.sqlite"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """`--db` (a path or an SQLAlchemy URL), else `$REPATPLAN_DB`, else the user data folder."""
    value = str(db) if db is not None else os.environ.get(ENV_DB) or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other back-ends and in-memory databases."""
    u = make_url(url)
    if not u.drivername.startswith("sqlite") or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine with foreign keys, WAL and a busy timeout on every SQLite connection."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One user operation = one transaction: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def open_database(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Engine:
    """Open (creating if needed) the database and bring its schema up to date, backing up an
    older SQLite file first. The one way the CLI, the GUI and the tests open a database."""
    from planner.db.migrate import upgrade as do_upgrade  # late: migrate imports this module

    engine = make_engine(resolve_url(db))
    if upgrade:
        do_upgrade(engine)
    return engine
