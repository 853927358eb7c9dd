"""The Qt binding itself must survive a long session.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void Qt method and
aborts the process after a few thousand calls ("none_dealloc"); pyproject.toml excludes it. This
runs the same calls as a long working day would, in a child process so a crash is a failure
rather than the end of the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal(bool)

app = QApplication([])
label = QLabel()
e = Emitter()
e.fired.connect(lambda v: None)
for i in range(100_000):
    app.processEvents()
    label.setText(str(i))
    e.fired.emit(True)
print("alive")
"""


def test_void_calls_and_signals_do_not_corrupt_refcounts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                       env=env, timeout=300, check=False)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "alive"
