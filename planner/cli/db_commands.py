"""`repatplan init`, `repatplan db upgrade|backup|restore|current`."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from sqlalchemy.engine import Engine


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common],
                       help="create the database (or bring it up to date)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_init)

    db = sub.add_parser("db", parents=[common], help="database maintenance")
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dsub.add_parser("upgrade", parents=[common],
                         help="upgrade the schema (a backup of the file is taken first)")
    up.add_argument("--json", action="store_true")
    up.set_defaults(handler=cmd_upgrade, no_upgrade=True)
    cur = dsub.add_parser("current", parents=[common], help="show the schema revision")
    cur.add_argument("--json", action="store_true")
    cur.set_defaults(handler=cmd_current, no_upgrade=True)
    bk = dsub.add_parser("backup", parents=[common], help="write a consistent copy of the database")
    bk.add_argument("-o", "--output", type=Path, help="backup file (default: backups folder)")
    bk.add_argument("--json", action="store_true")
    bk.set_defaults(handler=cmd_backup, no_upgrade=True)
    rs = dsub.add_parser("restore", parents=[common],
                         help="replace the database with a backup (the current file is kept aside)")
    rs.add_argument("backup_file", type=Path)
    rs.set_defaults(handler=cmd_restore, no_db=True)


def _url_info(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def cmd_init(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import print_json
    from planner.db.migrate import current_revision

    rev = current_revision(engine)
    if args.json:
        print_json({"database": _url_info(engine), "revision": rev})
    else:
        print(f"database ready: {_url_info(engine)} (schema {rev})")
    return 0


def cmd_upgrade(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import print_json
    from planner.db.migrate import current_revision, upgrade

    before = current_revision(engine)
    saved = upgrade(engine)
    after = current_revision(engine)
    if args.json:
        print_json({"from": before, "to": after, "backup": str(saved) if saved else None})
    elif before == after:
        print(f"schema already at {after}")
    else:
        print(f"schema upgraded {before or 'empty'} → {after}"
              + (f"; backup: {saved}" if saved else ""))
    return 0


def cmd_current(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import print_json
    from planner.db.migrate import current_revision, head_revision

    cur, head = current_revision(engine), head_revision()
    if args.json:
        print_json({"current": cur, "head": head, "up_to_date": cur == head})
    else:
        print(f"{cur or 'empty'} (newest: {head})")
    return 0


def cmd_backup(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import UserError, print_json
    from planner.db.backup import backup_sqlite

    try:
        dest = backup_sqlite(engine, reason="manual", dest=args.output)
    except ValueError as e:
        raise UserError(str(e)) from None
    if args.json:
        print_json({"backup": str(dest), "bytes": dest.stat().st_size})
    else:
        print(f"backup written: {dest}")
    return 0


def cmd_restore(args: argparse.Namespace, _engine: Engine) -> int:
    import sqlite3

    from planner.cli.main import UserError
    from planner.db.engine import resolve_url, sqlite_path

    target = sqlite_path(resolve_url(getattr(args, "db", None)))
    if target is None:
        raise UserError("restore works on SQLite files only")
    src: Path = args.backup_file
    if not src.is_file():
        raise UserError(f"no backup file at {src}")
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as con:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    if ok != "ok":
        raise UserError(f"{src} fails its integrity check: {ok}")
    if target.exists():
        aside = target.with_name(target.name + ".before-restore")
        shutil.copy2(target, aside)
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        print(f"current database kept as {aside}")
    shutil.copy2(src, target)
    print(f"restored {src} → {target}")
    return 0
