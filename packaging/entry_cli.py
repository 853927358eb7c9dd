"""Entry script of the bundled `repatplan` command line (PyInstaller): `python -m planner`."""

import multiprocessing
import sys

from planner.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
