"""A dependency-free progress bar for long CLI work (import, demo, solve, bulk PDF, export).

On a terminal it redraws one line; in a pipe or CI log it prints a line at most every 10 %.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, total: int, label: str, stream: TextIO | None = None, width: int = 30):
        self.total = max(total, 0)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self._last_decile = -1
        self._last_draw = 0.0
        self._closed = False

    def update(self, done: int, text: str = "", total: int | None = None) -> None:
        if total is not None:
            self.total = total
        frac = min(done / self.total, 1.0) if self.total else 0.0
        elapsed = time.monotonic() - self.start
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw < 0.05 and done < self.total:
                return
            self._last_draw = now
            filled = int(frac * self.width)
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"\r{self.label} [{bar}] {done}/{self.total} {elapsed:5.1f}s {text}"
            self.stream.write(line[:200].ljust(80))
            self.stream.flush()
        else:
            decile = int(frac * 10)
            if decile > self._last_decile:
                self._last_decile = decile
                self.stream.write(f"{self.label}: {done}/{self.total} ({elapsed:.1f}s) {text}\n")
                self.stream.flush()

    def __call__(self, done: int, total: int) -> None:
        """Usable directly as an `on_progress(done, total)` callback."""
        self.update(done, total=total)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
