"""`python -m ui`: the same as the `repatplan-gui` command."""

import sys

from ui.app import main

if __name__ == "__main__":  # not when a child process (the planner) imports this module
    sys.exit(main())
