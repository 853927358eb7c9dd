"""Entry script of the bundled program on Linux and macOS (PyInstaller): one executable is both
the desktop app and the command line, so Python, the libraries and the code archive are in the
folder once.

`repatplan-gui` is the executable: started by that name it is the desktop app (`python -m ui`).
`repatplan` is a symbolic link to it: started by a name without "gui" it is the command line
(`python -m planner`). The name decides before anything else is imported, so the command line
never loads Qt. Windows keeps two executables (entry_gui.py, entry_cli.py): a console program
and a windowed one cannot be the same .exe there.
"""

import multiprocessing
import os
import sys


def is_gui(argv0: str) -> bool:
    """Whether the program was started by its desktop-app name (repatplan-gui)."""
    return "gui" in os.path.basename(argv0).lower()


if __name__ == "__main__":
    # first: a helper process (multiprocessing "spawn", e.g. SCIP's worker in the desktop app) is
    # this same executable, started with arguments that only freeze_support understands
    multiprocessing.freeze_support()
    if is_gui(sys.argv[0]):
        from ui.__main__ import run

        sys.exit(run())
    from planner.cli.main import main

    sys.exit(main())
