"""Files that appear whole or not at all, and only once recorded: written to a hidden `.part`
file beside the destination, moved into place after the transaction that records them committed.

Used by the partner exports and the audit-trail CSV (the manifests rename a batch of `.part`
files the same way, in planner/manifests/store.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)


def staging_path(dest: Path) -> Path:
    """The hidden file `dest` is written to until it is recorded."""
    return dest.with_name(f".{dest.name}.{os.getpid()}.part")


@contextmanager
def staged(dest: Path) -> Iterator[Path]:
    """The staging file of `dest`, removed at the end unless moved into place; an error about
    it names `dest` (the file the user chose), not the hidden one."""
    part = staging_path(dest)
    try:
        yield part
    except OSError as e:
        if e.filename == str(part):
            raise type(e)(e.errno, e.strerror, str(dest)) from e
        raise
    finally:
        part.unlink(missing_ok=True)


def move_into_place(part: Path, dest: Path, on_failure: Callable[[OSError], None],
                    what: str) -> None:
    """Rename the recorded `part` to `dest`. When that fails (the old file open in Excel, a
    folder of that name), `on_failure` records it and the rename's error is raised: it is what
    the user must see, even if recording the failure fails too (then it is logged)."""
    try:
        os.replace(part, dest)
    except OSError as e:
        try:
            on_failure(e)
        except Exception:
            log.exception("%s: the file could not be moved into place, and that could not "
                          "be recorded", what)
        raise
