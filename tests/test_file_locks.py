"""Two processes on one SQLite file: this one keeps it open while another writes and closes.

Asking what kind of file the database is (plain or encrypted) while this process has it open
must not drop SQLite's locks: if it did, the other process would take itself for the last user,
checkpoint and delete the WAL, and this process would go on writing into a deleted file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from planner.db.crypto import file_state
from planner.db.engine import open_database

INSERT = ("INSERT INTO location (code, name_en, name_local, country, kind, timezone, version) "
          "VALUES (:c, 'x', '', 'MMR', 'holding_site', 'UTC', 1)")

CHILD = """
import sys
from sqlalchemy import text
from planner.db.engine import open_database
e = open_database(sys.argv[1], allow_plain=True, upgrade=False, check=False, daily_backup=False)
with e.begin() as c:
    c.execute(text({insert!r}), {{"c": "CHILD"}})
e.dispose()
"""


def open_files(name: str) -> list[str]:
    """Paths this process has open (Linux /proc; elsewhere the last assertion still checks)."""
    found: list[str] = []
    if not os.path.isdir("/proc/self/fd"):
        return found
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if name in target:
            found.append(target)
    return found


def test_state_check_on_a_live_file_keeps_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    engine = open_database(path, allow_plain=True)
    with engine.begin() as c:
        c.execute(text(INSERT), {"c": "PARENT"})
    with engine.connect() as c:  # keep a connection open, as the app does
        assert file_state(path) == "plain"
        assert open_database(path, allow_plain=True, daily_backup=False) is not None
        subprocess.run([sys.executable, "-c", CHILD.format(insert=INSERT), str(path)],
                       check=True)
        assert not [f for f in open_files("live.sqlite") if f.endswith("(deleted)")]
        codes = set(c.execute(text("SELECT code FROM location")).scalars())
    assert codes == {"PARENT", "CHILD"}
    engine.dispose()
