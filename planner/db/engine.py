"""Opening a database: where it lives, encryption, connection pragmas, an integrity check,
upgrades with a backup first, a daily backup, and one transaction per user operation."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

import planner.audit.capture  # noqa: F401  (audit listeners on every ORM session)
from planner.db.crypto import (
    DatabaseDamaged,
    DatabaseOpenError,
    NotEncrypted,
    PassphraseRequired,
    WrongPassphrase,
    cipher_url,
    file_state,
    remember_state,
)

log = logging.getLogger(__name__)

APP_NAME = "repatplan"
ENV_DB = "REPATPLAN_DB"
BUSY_TIMEOUT_MS = 10_000


class ReadOnlyError(Exception):
    """The database refused a write: this login may only read (the viewer role)."""


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "repatplan.sqlite"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """`--db` (a path or an SQLAlchemy URL), else `$REPATPLAN_DB`, else the user data folder."""
    value = str(db) if db is not None else os.environ.get(ENV_DB) or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str | URL) -> Path | None:
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


def _quiet_cipher(dbapi_conn: Any, _record: Any) -> None:
    # SQLCipher would print decryption failures to stderr; errors reach us as exceptions.
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")


def make_engine(url: str | URL, *, key: str | None = None) -> Engine:
    """An engine with foreign keys, WAL and a busy timeout on every SQLite connection; with
    `key`, an SQLCipher engine on that file."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if key is not None and path is not None:
        engine = create_engine(cipher_url(path, key), poolclass=QueuePool, hide_parameters=True)
        event.listen(engine, "connect", _quiet_cipher, insert=True)
    else:
        # hide_parameters: values (names, document numbers) never appear in error messages
        engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def _refused_write(e: BaseException) -> bool:
    orig = getattr(e, "orig", None)
    return type(orig).__name__ == "InsufficientPrivilege"


@contextmanager
def transaction(engine: Engine, actor: str | None = None) -> Iterator[Session]:
    """One user operation = one transaction: commit on success, roll back on any error.
    `actor` is recorded on every audit entry the transaction writes (without one, the
    operating-system login name is recorded as ``os:<login>``)."""
    with Session(engine, expire_on_commit=False) as session:
        if actor:
            session.info["actor"] = actor
        try:
            yield session
            session.commit()
        except DBAPIError as e:
            session.rollback()
            if _refused_write(e):
                raise ReadOnlyError(
                    "this database login may only read (viewer role); ask an administrator "
                    "for the coordinator role to make changes") from None
            raise
        except BaseException:
            session.rollback()
            raise


def check_integrity(engine: Engine, path: Path, *, keyed: bool) -> None:
    """`PRAGMA quick_check` (fast, reads every page); a failure names the latest backup."""
    from planner.db.backup import latest_backup

    def damaged(detail: str) -> DatabaseDamaged:
        latest = latest_backup(path)
        hint = (f"; the latest backup is {latest} — restore it with: repatplan db restore "
                f"\"{latest}\"") if latest else "; no backup was found beside it"
        return DatabaseDamaged(f"{path} is damaged ({detail}){hint}")

    try:
        with engine.connect() as c:
            rows = [str(r[0]) for r in c.execute(text("PRAGMA quick_check")).all()]
    except DBAPIError as e:
        msg = str(getattr(e, "orig", e)).splitlines()[0]
        if "not a database" in msg:
            if keyed:
                raise WrongPassphrase(f"cannot read {path}: wrong passphrase, or the file is "
                                      "damaged") from None
            raise damaged("not an SQLite database") from None
        raise damaged(msg) from None
    if rows != ["ok"]:
        raise damaged(rows[0][:200])


def open_database(db: str | os.PathLike[str] | URL | None = None, *, key: str | None = None,
                  allow_plain: bool = False, upgrade: bool = True, check: bool = True,
                  daily_backup: bool = True) -> Engine:
    """Open (creating if needed) the database and bring its schema up to date, backing up an
    older SQLite file first. The one way the CLI, the GUI and the tests open a database.

    An SQLite file is opened encrypted with `key` (SQLCipher); without a key only when
    `allow_plain` says an unencrypted file is wanted. The caller (CLI, GUI) decides where the
    key comes from. Server databases (PostgreSQL) ignore both. An existing file is checked
    (`PRAGMA quick_check`) and backed up once a day."""
    from planner.db.backup import backup_daily
    from planner.db.migrate import upgrade as do_upgrade  # late: migrate imports this module

    url = db if isinstance(db, URL) else resolve_url(db)
    path = sqlite_path(url)
    state = "new"
    if path is not None:
        state = file_state(path)
        if key is None and not allow_plain:
            raise PassphraseRequired(
                f"{path.name}: a passphrase is needed (the database is encrypted at rest); "
                "an unencrypted database only with --no-encryption")
        if key is None and state == "encrypted":
            raise PassphraseRequired(f"{path} is encrypted (or not a database): give its "
                                     "passphrase")
        if key is not None and state == "plain":
            raise NotEncrypted(f"{path} is not encrypted: open it with --no-encryption, or "
                               "encrypt it with: repatplan db encrypt")
    engine = make_engine(url, key=key)
    if path is not None:
        remember_state(path, "encrypted" if key is not None else "plain")
    try:
        if path is not None and state != "new" and check:
            check_integrity(engine, path, keyed=key is not None)
        if upgrade:
            do_upgrade(engine)
        if path is not None and state != "new" and daily_backup:
            backup_daily(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


__all__ = ["DatabaseOpenError", "ReadOnlyError", "make_engine", "open_database", "transaction"]
