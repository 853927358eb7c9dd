"""Integrity check on open (a damaged file names its latest backup), daily backups at start
(the newest N kept), and restore bringing a damaged database back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.db.backup import backup_dir, backup_sqlite
from planner.db.crypto import DatabaseDamaged
from planner.db.engine import open_database, transaction
from planner.db.models import Location
from planner.domain.enums import LocationKind

pytestmark = pytest.mark.sqlite_only


def _filled(path: Path, rows: int = 400) -> None:
    engine = open_database(path, allow_plain=True)
    with transaction(engine, actor="t") as s:
        for i in range(rows):
            s.add(Location(code=f"L{i:04d}", name_en="x" * 150, country="MMR",
                           kind=LocationKind.HOLDING_SITE))
    engine.dispose()


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:  # garbage over pages in the middle of the file
        fh.seek(size // 2 - (size // 2) % 4096)
        fh.write(os.urandom(3 * 4096))


def test_a_damaged_file_gives_a_clear_message_naming_the_latest_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    _filled(db)
    engine = open_database(db, allow_plain=True)
    good = backup_sqlite(engine, reason="manual")
    engine.dispose()
    _damage(db)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(db, allow_plain=True)
    message = str(info.value)
    assert "is damaged" in message and str(good) in message and "repatplan db restore" in message
    assert main(["status", "--no-encryption", "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(good) in err
    assert main(["db", "restore", str(good), "--no-encryption", "--db", str(db)]) == 0
    assert main(["status", "--json", "--no-encryption", "--db", str(db)]) == 0


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(DatabaseDamaged, match="no backup was found"):
        open_database(junk, allow_plain=True)


def test_one_automatic_backup_a_day_and_only_the_newest_kept(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite"
    _filled(db, rows=5)
    for _ in range(3):  # three starts the same day: one daily backup
        open_database(db, allow_plain=True).dispose()
    daily = sorted(backup_dir(db).glob("b-*-daily.sqlite"))
    assert len(daily) == 1
    engine = open_database(db, allow_plain=True)
    for _ in range(5):
        backup_sqlite(engine, reason="manual", keep=3)
    assert len(list(backup_dir(db).glob("b-*.sqlite"))) == 3
    engine.dispose()
    assert not list(backup_dir(db).glob("*.part"))
