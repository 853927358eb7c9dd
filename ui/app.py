"""`repatplan-gui [--db PATH-or-URL] [--today YYYY-MM-DD]`: start the desktop application."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import planner
from planner.db.engine import ENV_DB, default_db_path, resolve_url, sqlite_path
from ui import settings as keys
from ui.i18n import install_translation
from ui.main_window import MainWindow

log = logging.getLogger(__name__)

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICON = ICONS / "repatplan.svg"

def app_icon() -> QIcon:
    """The window icon from its PNG sizes (made by packaging/make_icons.py; no SVG plugin
    needed), else from the SVG."""
    icon = QIcon()
    for png in sorted(ICONS.glob("repatplan-*.png")):
        icon.addFile(str(png))
    if icon.isNull() and ICON.exists():
        icon = QIcon(str(ICON))
    return icon

def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. -platform, -style)."""
    parser = argparse.ArgumentParser(prog="repatplan-gui",
                                     description="repatplan desktop planner")
    parser.add_argument("--db", help=f"database file or SQLAlchemy URL (default: ${ENV_DB}, "
                                     "else the last one opened, else the user data folder)")
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                        help="the day the app takes as today (ages, deadlines, the start of "
                             "every plan; the Overview can change it); default: the computer's "
                             "date. E.g. --today 2025-02-20 for the 2025 demo")
    parser.add_argument("--version", action="version", version=planner.__version__)
    return parser.parse_known_args(list(argv))


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None

def choose_database(cli: str | None, env: str | None, last: str | None) -> str:
    """--db, else $REPATPLAN_DB, else the last database opened (if its file still exists),
    else the default file in the user data folder."""
    if cli:
        return cli
    if env:
        return env
    if last:
        path = sqlite_path(resolve_url(last))
        if path is None or path.exists():
            return last
        log.info("the last database no longer exists; opening the default one")
    return str(default_db_path())

def configure_application(app: QCoreApplication) -> None:
    """Names that QSettings and the platform use; the window icon."""
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    app.setApplicationVersion(planner.__version__)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("repatplan")
        app.setWindowIcon(app_icon())

def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0] if sys.argv else "repatplan-gui", *qt_args])
    configure_application(app)
    install_translation(app, keys.language())
    if not keys.current_actor():  # asked once: every change records who made it
        from ui.dialogs.operator import OperatorDialog

        if OperatorDialog().exec() != OperatorDialog.DialogCode.Accepted:
            return 1
    window = MainWindow(on=args.today)
    window.show()
    app.processEvents()  # paint the window before the database opens
    db = choose_database(args.db, os.environ.get(ENV_DB), keys.read_str(keys.LAST_DB) or None)
    window.open_database(db)
    return app.exec()
