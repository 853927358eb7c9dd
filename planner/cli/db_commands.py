"""`repatplan init`, `repatplan db upgrade|backup|restore|current|rekey|encrypt|roles`."""

from __future__ import annotations

import argparse
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
    rk = dsub.add_parser("rekey", parents=[common],
                         help="change the passphrase of an encrypted database (new one asked, "
                              "or REPATPLAN_NEW_KEY)")
    rk.set_defaults(handler=cmd_rekey, no_upgrade=True)
    en = dsub.add_parser("encrypt", parents=[common],
                         help="encrypt an unencrypted database file with a new passphrase")
    en.set_defaults(handler=cmd_encrypt, no_db=True)
    from planner.cli.roles import register_roles

    register_roles(dsub, common)


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
    from planner.cli.main import UserError
    from planner.cli.unlock import passphrase_for, wants_plain
    from planner.db.backup import restore_backup
    from planner.db.crypto import file_state
    from planner.db.engine import resolve_url, sqlite_path

    target = sqlite_path(resolve_url(getattr(args, "db", None)))
    if target is None:
        raise UserError("restore works on SQLite files only")
    src: Path = args.backup_file
    if not src.is_file():
        raise UserError(f"no backup file at {src}")
    key = None
    if file_state(src) == "encrypted" and not wants_plain(args):
        key = passphrase_for(target, new=False)
    try:
        aside = restore_backup(src, target, key)
    except ValueError as e:
        raise UserError(str(e)) from None
    if aside is not None:
        print(f"current database kept as {aside}")
    print(f"restored {src} → {target}")
    return 0


def cmd_rekey(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import UserError
    from planner.cli.unlock import ENV_NEW_KEY, ask_passphrase
    from planner.db.crypto import engine_key, keychain_get, keychain_set, rekey
    from planner.db.engine import sqlite_path

    path = sqlite_path(engine.url)
    old = engine_key(engine)
    if path is None:
        raise UserError("rekey is for encrypted SQLite files; PostgreSQL uses its own logins")
    if old is None:
        raise UserError(f"{path} is not encrypted: use `repatplan db encrypt` first")
    new = ask_passphrase("New passphrase: ", confirm=True, env=(ENV_NEW_KEY,))
    engine.dispose()
    rekey(path, old, new)
    if getattr(args, "remember_key", False) or keychain_get(path) is not None:
        keychain_set(path, new)
    print(f"passphrase of {path} changed; backups made before keep the old passphrase")
    return 0


def cmd_encrypt(args: argparse.Namespace, _engine: Engine) -> int:
    from planner.cli.main import UserError
    from planner.cli.unlock import ENV_KEY, ENV_NEW_KEY, ask_passphrase
    from planner.db.backup import _backups
    from planner.db.crypto import encrypt_file, file_state, keychain_set
    from planner.db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    if path is None:
        raise UserError("encrypt works on SQLite files only")
    state = file_state(path)
    if state != "plain":
        raise UserError(f"{path} is {'already encrypted' if state == 'encrypted' else 'missing'}")
    new = ask_passphrase("New passphrase: ", confirm=True, env=(ENV_NEW_KEY, ENV_KEY))
    encrypt_file(path, new)
    if getattr(args, "remember_key", False):
        keychain_set(path, new)
    print(f"{path} is now encrypted")
    plain = [b for b in _backups(path) if file_state(b) == "plain"]
    if plain:
        print(f"warning: {len(plain)} older backup(s) in {plain[0].parent} are NOT encrypted; "
              "delete them or keep them somewhere safe")
    return 0
