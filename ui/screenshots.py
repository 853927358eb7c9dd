"""Save a PNG of every screen of the main window, for docs and for looking at the UI.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --db PATH --out DIR [--size 1536x864]
        [--on 2025-02-20]

Runs with private settings in a temporary folder, so the user's own window state and last
database are neither used nor changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.app import configure_application
from ui.main_window import MainWindow
from ui.settings import use_private_settings


def save_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """One `<screen>.png` per built screen, in navigation order."""
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for key in window.screens:
        window.show_screen(key)
        QApplication.processEvents()
        path = out / f"{key}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a PNG per screen of repatplan.")
    parser.add_argument("--db", required=True, help="database file or URL")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1536x864",
                        help="window size, WIDTHxHEIGHT (default: a 1920x1080 laptop screen at "
                             "Windows' usual 125%% scaling)")
    parser.add_argument("--on", type=dt.date.fromisoformat,
                        help="judge ages and deadlines on this day (YYYY-MM-DD; default today)")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="repatplan-shots-") as tmp:
        use_private_settings(tmp)
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        configure_application(app)
        window = MainWindow(on=args.on)
        window.resize(width, height)
        window.show()
        if not window.open_database(args.db):
            return 1
        for path in save_screenshots(window, args.out):
            print(path)  # noqa: T201
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
