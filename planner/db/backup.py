"""Consistent backups of an SQLite database (the online backup API, safe under WAL). Backups of
an encrypted database are encrypted with the same passphrase (SQLCipher's backup API)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from planner.db.crypto import WrongPassphrase, cipher_connect, engine_key, file_state
from planner.db.engine import sqlite_path

KEEP_BACKUPS = 10


def backup_dir(db_file: Path) -> Path:
    return db_file.parent / "backups"


def _backups(db_file: Path) -> list[Path]:
    folder = backup_dir(db_file)
    return sorted(folder.glob(f"{db_file.stem}-*.sqlite")) if folder.is_dir() else []


def latest_backup(db_file: Path) -> Path | None:
    found = _backups(db_file)
    return found[-1] if found else None


def _connect_dest(dest: Path, key: str | None) -> Any:
    if key is None:
        return sqlite3.connect(dest)
    import sqlcipher3

    conn = sqlcipher3.connect(str(dest))
    conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
    return conn


def backup_sqlite(engine: Engine, reason: str = "manual", dest: Path | None = None,
                  keep: int = KEEP_BACKUPS) -> Path:
    """Copy the live database to `dest` (default: the backups folder beside it) and prune old
    automatic backups, keeping the newest `keep`. The copy is written beside its final name
    and renamed into place, so a backup file is always whole."""
    src = sqlite_path(engine.url)
    if src is None:
        raise ValueError("backups are made here for SQLite files only; use pg_dump for PostgreSQL")
    if dest is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        folder = backup_dir(src)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{src.stem}-{stamp}-{reason}.sqlite"
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    key = engine_key(engine)
    raw = engine.raw_connection()
    try:
        target = _connect_dest(tmp, key)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()
    os.replace(tmp, dest)
    if dest.parent == backup_dir(src):
        for stale in _backups(src)[:-keep]:
            stale.unlink()
    return dest


def backup_daily(engine: Engine, keep: int = KEEP_BACKUPS) -> Path | None:
    """A backup named ``…-daily`` unless one was already made today (local date)."""
    src = sqlite_path(engine.url)
    if src is None:
        return None
    today = dt.datetime.now().strftime("%Y%m%d")
    if any(p.name.startswith(f"{src.stem}-{today}-") and p.name.endswith("-daily.sqlite")
           for p in _backups(src)):
        return None
    return backup_sqlite(engine, reason="daily", keep=keep)


def check_backup(path: Path, key: str | None) -> None:
    """Raise ValueError unless `path` is a readable, intact database (with `key` if encrypted)."""
    state = file_state(path)
    if state == "new":
        raise ValueError(f"{path} is empty")
    if state == "encrypted":
        if key is None:
            raise ValueError(f"{path} is encrypted: give its passphrase")
        try:
            conn = cipher_connect(path, key)
        except WrongPassphrase as e:
            raise ValueError(str(e)) from None
    else:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except Exception as e:
        raise ValueError(f"{path} is not a readable database: {e}") from None
    finally:
        conn.close()
    if ok != "ok":
        raise ValueError(f"{path} fails its integrity check: {ok}")


def restore_backup(src: Path, target: Path, key: str | None) -> Path | None:
    """Replace `target` with the checked backup `src`; the current file (if any) is kept as
    ``<name>.before-restore`` and its path returned."""
    check_backup(src, key)
    aside: Path | None = None
    if target.exists():
        aside = target.with_name(target.name + ".before-restore")
        shutil.copy2(target, aside)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    shutil.copy2(src, tmp)
    os.replace(tmp, target)
    return aside
