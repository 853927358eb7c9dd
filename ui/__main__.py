"""`python -m ui`: the same as the `repatplan-gui` command."""

import sys

from ui.app import main

sys.exit(main())
