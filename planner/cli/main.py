"""`repatplan` — the command line. Each command: --help, --db, and --json where output is data.

Errors are one clear line on stderr and a non-zero exit code (2 for bad usage or bad input,
1 for anything unexpected, whose traceback goes to the log file, never personal data to stderr).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Engine

import planner
from planner.cli import data_commands, db_commands, unlock

log = logging.getLogger("planner.cli")

Handler = Callable[[argparse.Namespace, Engine], int]

#: Modules that add commands with a `register(subparsers)` function. Optional ones are skipped
#: while their capability is not installed in this build.
COMMAND_MODULES = ("planner.cli.plan", "planner.cli.audit", "planner.cli.manifest",
                   "planner.cli.export")


class UserError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


def actor_name(args: argparse.Namespace) -> str:
    return str(
        getattr(args, "actor", None) or os.environ.get("REPATPLAN_OPERATOR") or getpass.getuser()
    )


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def common_parser() -> argparse.ArgumentParser:
    """Options every command accepts (before or after the command name)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--db", default=argparse.SUPPRESS,
        help="database file path or SQLAlchemy URL (default: $REPATPLAN_DB, else the user "
        "data folder)",
    )
    p.add_argument(
        "--actor", default=argparse.SUPPRESS,
        help="operator name recorded on changes (default: $REPATPLAN_OPERATOR or login name)",
    )
    unlock.add_options(p)
    return p


def build_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = argparse.ArgumentParser(
        prog="repatplan",
        description="Plan cross-border repatriation transfers: people, batches, network, plans.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"repatplan {planner.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    db_commands.register(sub, common)
    data_commands.register(sub, common)
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        mod.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("REPATPLAN_LOG", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.error("missing command")
    try:
        if getattr(args, "no_db", False):
            return handler(args, None)  # type: ignore[arg-type]
        engine = unlock.open_for_args(args)
        try:
            return handler(args, engine)
        finally:
            engine.dispose()
    except KeyboardInterrupt:
        print("repatplan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `repatplan … | head`: the reader has all it wanted
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (UserError, FileNotFoundError, IsADirectoryError, PermissionError) as e:
        print(f"repatplan: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:
        known = _known_error(e)
        if known is not None:
            print(f"repatplan: error: {known}", file=sys.stderr)
            return 2
        log.debug("unexpected error", exc_info=True)
        print(f"repatplan: unexpected error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


def _known_error(e: Exception) -> str | None:
    """Errors of the domain that carry a user-facing message."""
    names = {"TransitionError", "ImportFileError", "NetworkImportError", "PersonImportError",
             "ImportCancelled", "ValidationError", "PlanError", "OperationalError",
             "DatabaseError", "DatabaseOpenError", "ReadOnlyError", "ConflictError",
             "ManifestError", "ProfileError"}
    for cls in type(e).__mro__:
        if cls.__name__ in names:
            return str(e).splitlines()[0] if cls.__name__ in ("OperationalError",
                                                               "DatabaseError") else str(e)
    return None
