"""How the CLI opens a database: the passphrase from REPATPLAN_KEY, the OS keychain (when the
user chose to keep it there) or a prompt; unencrypted only with --no-encryption."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy.engine import Engine

from planner.db.crypto import (
    ENV_KEY,
    file_state,
    keychain_get,
    keychain_set,
    plain_requested,
)
from planner.db.engine import open_database, resolve_url, sqlite_path

ENV_NEW_KEY = "REPATPLAN_NEW_KEY"
MIN_PASSPHRASE = 8


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-encryption", action="store_true", default=argparse.SUPPRESS,
                   help="open or create an unencrypted SQLite file (also "
                        "REPATPLAN_NO_ENCRYPTION=1); otherwise a passphrase is asked "
                        "(or taken from REPATPLAN_KEY)")
    p.add_argument("--remember-key", action="store_true", default=argparse.SUPPRESS,
                   help="keep the passphrase in the OS keychain for this database file")


def _usage_error(text: str) -> Exception:
    from planner.cli.main import UserError

    return UserError(text)


def ask_passphrase(prompt: str, *, confirm: bool, env: tuple[str, ...] = (ENV_KEY,)) -> str:
    """From the first of the `env` variables set, else a terminal prompt (twice when
    `confirm`)."""
    for name in env:
        value = os.environ.get(name)
        if value:
            return value
    if not sys.stdin.isatty():
        raise _usage_error(f"a passphrase is needed: set {env[0]} or run in a terminal "
                           "(or use --no-encryption for an unencrypted database)")
    first = getpass.getpass(prompt)
    if confirm:
        if len(first) < MIN_PASSPHRASE:
            raise _usage_error(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
        if getpass.getpass("Repeat the passphrase: ") != first:
            raise _usage_error("the two passphrases differ")
    if not first:
        raise _usage_error("no passphrase given")
    return first


def passphrase_for(path: Path, *, new: bool) -> str:
    if not os.environ.get(ENV_KEY) and not new:
        kept = keychain_get(path)
        if kept:
            return kept
    what = "a new passphrase for" if new else "the passphrase of"
    return ask_passphrase(f"Enter {what} {path.name}: ", confirm=new)


def wants_plain(args: argparse.Namespace) -> bool:
    return plain_requested(bool(getattr(args, "no_encryption", False)))


def open_for_args(args: argparse.Namespace) -> Engine:
    url = resolve_url(getattr(args, "db", None))
    upgrade = not getattr(args, "no_upgrade", False)
    path = sqlite_path(url)
    if path is None:
        return open_database(url, upgrade=upgrade)
    if wants_plain(args):
        return open_database(url, allow_plain=True, upgrade=upgrade)
    key = passphrase_for(path, new=file_state(path) == "new")
    engine = open_database(url, key=key, upgrade=upgrade)
    if getattr(args, "remember_key", False):
        keychain_set(path, key)
    return engine
