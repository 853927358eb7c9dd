from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

import planner.db.models  # noqa: F401
from planner.db.backup import backup_dir
from planner.db.engine import make_engine, open_database, resolve_url
from planner.db.migrate import MIGRATIONS_DIR, current_revision, downgrade, head_revision, upgrade


def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_upgrade_from_empty_matches_the_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_every_revision_downgrades_and_upgrades_again(engine: Engine) -> None:
    downgrade(engine, "base")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()


@pytest.mark.parametrize("previous", revisions_oldest_first())
def test_upgrade_from_each_older_revision_keeps_data_and_backs_up(
    tmp_path: Path, previous: str
) -> None:
    path = tmp_path / "old.sqlite"
    eng = make_engine(resolve_url(path))
    upgrade(eng, previous)
    with eng.begin() as c:
        c.execute(text(
            "INSERT INTO location (code, name_en, name_local, country, kind, timezone, version) "
            "VALUES ('OLD1', 'Old site', '', 'MMR', 'holding_site', 'Asia/Yangon', 1)"
        ))
    eng.dispose()
    eng = open_database(path, allow_plain=True)  # what the app does at start
    assert current_revision(eng) == head_revision()
    with eng.connect() as c:
        assert c.execute(text("SELECT name_en FROM location WHERE code='OLD1'")).scalar_one() \
            == "Old site"
    eng.dispose()
    backups = [b for b in backup_dir(path).glob("old-*.sqlite") if "-daily" not in b.name]
    if previous != head_revision():
        assert len(backups) == 1, "an older database is backed up before its upgrade"
        with sqlite3.connect(backups[0]) as b:
            assert b.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
    else:
        assert backups == []


@pytest.mark.sqlite_only
def test_connection_pragmas(engine: Engine) -> None:
    with engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert c.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), engine.begin() as c:
        c.execute(text("INSERT INTO batch (ref, site_id, priority, keep_cases_together, "
                       "min_chunk, notes, version) VALUES ('B1', 999, 'normal', TRUE, 10, '', 1)"))


def test_db_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPATPLAN_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None).endswith("env.sqlite")
    assert resolve_url(tmp_path / "arg.sqlite").endswith("arg.sqlite")
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("REPATPLAN_DB")
    assert "repatplan" in resolve_url(None)
