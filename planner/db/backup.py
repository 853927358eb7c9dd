"""Consistent backups of an SQLite database (the online backup API, safe under WAL)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from planner.db.engine import sqlite_path

KEEP_BACKUPS = 10


def backup_dir(db_file: Path) -> Path:
    return db_file.parent / "backups"


def backup_sqlite(engine: Engine, reason: str = "manual", dest: Path | None = None) -> Path:
    """Copy the live database to `dest` (default: the backups folder beside it) and prune old
    automatic backups, keeping the newest :data:`KEEP_BACKUPS`."""
    src = sqlite_path(engine.url.render_as_string(hide_password=False))
    if src is None:
        raise ValueError("backups are made here for SQLite files only; use pg_dump for PostgreSQL")
    if dest is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        folder = backup_dir(src)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{src.stem}-{stamp}-{reason}.sqlite"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    d.close()
    s.close()
    if dest.parent == backup_dir(src):
        old = sorted(backup_dir(src).glob(f"{src.stem}-*.sqlite"))
        for stale in old[:-KEEP_BACKUPS]:
            stale.unlink()
    return dest
