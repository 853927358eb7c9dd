"""`python -m ui`: the same as the `repatplan-gui` command (and the entry of the bundled app).

A hidden `--smoke-test` (used by tests/test_packaging.py on the PyInstaller build) opens the main
window on `--db` with private settings in a temporary folder, checks the icon and the translation
are there, visits every screen, waits for the background work, closes and exits 0; 1 when the
database does not open or any exception was raised, 3 when it hangs. With
REPATPLAN_SMOKE_SCREENSHOTS=DIR it saves a PNG of the window on every screen there.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

SMOKE_TEST = "--smoke-test"
SMOKE_TIMEOUT_S = 300


def run(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if SMOKE_TEST in args:
        args.remove(SMOKE_TEST)
        return smoke_test(args)
    from ui.app import main

    return main(args)


def smoke_test(argv: Sequence[str]) -> int:
    import logging
    import os
    import tempfile
    import threading
    import traceback
    from types import TracebackType

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from ui import settings as keys
    from ui.app import configure_application, parse_args
    from ui.i18n import install_translation
    from ui.main_window import MainWindow

    args, qt_args = parse_args(argv)
    if not args.db:
        print("repatplan-gui: --smoke-test needs --db", file=sys.stderr)  # noqa: T201
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    def hung() -> None:
        print(f"smoke test: no end after {SMOKE_TIMEOUT_S} s", file=sys.stderr,  # noqa: T201
              flush=True)
        os._exit(3)

    watchdog = threading.Timer(SMOKE_TIMEOUT_S, hung)
    watchdog.daemon = True
    watchdog.start()
    errors: list[str] = []

    def record(kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:  # exceptions in slots land here
        errors.append(kind.__name__)
        traceback.print_exception(kind, value, tb)

    def refuse_dialogs() -> None:  # a modal dialog would wait for a user who is not there
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            errors.append(f"a dialog opened: {dialog.windowTitle()!r}")
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    def settle(ms: int = 100) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    sys.excepthook = record
    with tempfile.TemporaryDirectory(prefix="repatplan-smoke-") as tmp:
        keys.use_private_settings(tmp)  # never the user's settings or last database
        app = QApplication([sys.argv[0] if sys.argv else "repatplan-gui", *qt_args])
        configure_application(app)
        if app.windowIcon().isNull():
            errors.append("no window icon")
        if not install_translation(app, "zh_CN"):
            errors.append("no zh_CN translation")
        install_translation(app, "en")
        guard = QTimer(app)
        guard.timeout.connect(refuse_dialogs)
        guard.start(500)
        keys.save_operator("Smoke Test", "", "")
        window = MainWindow()
        window.show()
        if not window.open_database(args.db):
            print(f"smoke test failed: the database did not open ({'; '.join(errors)})",  # noqa: T201
                  file=sys.stderr)
            return 1
        shots = os.environ.get("REPATPLAN_SMOKE_SCREENSHOTS")
        for key, screen in window.screens.items():
            window.show_screen(key)
            settle()
            if window.current_screen() is not screen:
                errors.append(f"screen {key} not shown")
            if shots:
                os.makedirs(shots, exist_ok=True)
                window.grab().save(os.path.join(shots, f"{key}.png"))
        while window.reload_op is not None and not window.reload_op.done:
            settle()
        window.context.pools.wait()
        visited = ", ".join(window.screens)
        window.close()
        settle()
    watchdog.cancel()
    if errors:
        print(f"smoke test failed: {'; '.join(errors)}", file=sys.stderr)  # noqa: T201
        return 1
    print(f"smoke test passed: {len(window.screens)} screens ({visited})")  # noqa: T201
    return 0


if __name__ == "__main__":  # not when a child process (the planner) imports this module
    sys.exit(run())
