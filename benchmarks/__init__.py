"""Benchmarks: scripts that print JSON (targets live here, not in timed unit tests)."""

from __future__ import annotations

import json
from pathlib import Path


def emit(result: object, path: Path | None) -> None:
    """Print a benchmark's result as JSON, and write it to `path` too when given."""
    text = json.dumps(result, indent=2, ensure_ascii=False, default=str)
    print(text)
    if path is not None:
        path.write_text(text + "\n", encoding="utf-8")
