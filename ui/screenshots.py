"""Save a PNG of every screen and dialog of the main window, for docs and for looking at the UI.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --db PATH --out DIR [--size 1536x864]
        [--on 2025-02-20] [--language zh_CN] [--import-file FILE]

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

from PySide6.QtCore import QCoreApplication, QEventLoop, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui import settings as keys
from ui.app import configure_application
from ui.i18n import install_translation
from ui.main_window import MainWindow
from ui.settings import use_private_settings


def _settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def save_screenshots(window: MainWindow, out: Path) -> list[Path]:
    """One `<screen>.png` per built screen, in navigation order; the People screen with a
    person selected, so its detail editor shows."""
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for key in window.screens:
        window.show_screen(key)
        if key == "people":
            table = window.screens[key].table  # type: ignore[attr-defined]
            if table.model.rowCount() > 3:
                table.view.selectionModel().setCurrentIndex(
                    table.model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        QApplication.processEvents()
        saved.append(_grab(window, out / f"{key}.png"))
    return saved


def save_dialog_screenshots(window: MainWindow, out: Path,
                            import_file: Path | None) -> list[Path]:
    """The operator and preferences dialogs, the bulk-action and batch dialogs, and the pages
    of the import wizard (with `import_file`, the preview lists its errors)."""
    saved = []
    for name, dialog in (("operator-dialog", window.ask_operator()),
                         ("preferences-dialog", window.preferences())):
        _settle()
        saved.append(_grab(dialog, out / f"{name}.png"))
        dialog.reject()
    people = window.screens.get("people")
    if people is not None:
        window.show_screen("people")
        people.step_action.trigger()  # type: ignore[attr-defined]
        _settle()
        saved.append(_grab(people.active_dialog, out / "mark-step-dialog.png"))  # type: ignore[attr-defined]
        people.active_dialog.reject()  # type: ignore[attr-defined]
    batches = window.screens.get("batches")
    if batches is not None:
        window.show_screen("batches")
        table = batches.table  # type: ignore[attr-defined]
        table.view.selectionModel().setCurrentIndex(
            table.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        batches.split_action.trigger()  # type: ignore[attr-defined]
        _settle()
        saved.append(_grab(batches.active_dialog, out / "split-dialog.png"))  # type: ignore[attr-defined]
        batches.active_dialog.reject()  # type: ignore[attr-defined]
    wizard = window.import_persons()
    if wizard is None:
        return saved
    _settle()
    saved.append(_grab(wizard, out / "import-1-file.png"))
    if import_file is not None:
        wizard.file_page.path_edit.setText(str(import_file))
        wizard.next()
        _settle()
        saved.append(_grab(wizard, out / "import-2-columns.png"))
        if wizard.map_page.isComplete():
            wizard.next()
            op = wizard.preview_page.op
            while op is not None and not op.done:
                _settle(50)
            _settle()
            saved.append(_grab(wizard, out / "import-3-preview.png"))
    wizard.reject()
    window.context.pools.wait()
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
    parser.add_argument("--language", default="en", choices=sorted(keys.LANGUAGES))
    parser.add_argument("--import-file", type=Path,
                        help="a persons file to show in the import wizard's pages")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="repatplan-shots-") as tmp:
        use_private_settings(tmp)
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        configure_application(app)
        install_translation(app, args.language)
        keys.save_operator(QCoreApplication.translate("", "Li Na"), "IB-2041",
                           "Immigration Bureau")
        window = MainWindow(on=args.on)
        window.resize(width, height)
        window.show()
        if not window.open_database(args.db):
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        for path in [*save_screenshots(window, args.out),
                     *save_dialog_screenshots(window, args.out, args.import_file)]:
            print(path)  # noqa: T201
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
