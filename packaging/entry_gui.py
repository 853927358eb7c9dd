"""Entry script of the bundled `repatplan-gui` (PyInstaller): the same as `python -m ui`."""

import multiprocessing
import sys

from ui.__main__ import run

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(run())
