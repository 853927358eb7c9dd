"""An export is recorded before its file appears (review: a file moved into place before a
commit that then failed stayed unrecorded): a commit that fails for real leaves no file and no
record; a move that fails after the commit withdraws the record, and the trail says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, select

from planner.audit import verify_chain
from planner.audit.models import AuditEntry
from planner.audit.query import list_entries
from planner.db.engine import make_engine
from planner.exports.service import export_schedule, list_exports
from planner.manifests.models import ExportRecord
from tests.conftest import TEST_KEY
from tests.test_audit_query import fail_at_commit

PASSWORD = "Correct horse 电池 staple"


def exports_in_trail(engine: Engine) -> list[AuditEntry]:
    with Session(engine) as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.entity == "export")).all())


@pytest.mark.parametrize(("fmt", "password"), [("csv", None), ("xlsx", PASSWORD),
                                               ("csv", PASSWORD)])
def test_a_commit_that_fails_leaves_no_file(planned: Engine, out_dir: Path, fmt: str,
                                            password: str | None) -> None:
    fail_at_commit(planned, "export")
    with pytest.raises(DBAPIError):
        export_schedule(planned, fmt=fmt, partner="foreign-police", out=out_dir / f"x.{fmt}",
                        actor="t", password=password)
    assert list(out_dir.iterdir()) == []  # neither the export nor its staging file
    assert list_exports(planned) == [] and exports_in_trail(planned) == []
    assert verify_chain(planned).ok


@pytest.mark.sqlite_only
def test_a_write_lock_held_elsewhere_leaves_no_file(planned: Engine, db_path: Path,
                                                    out_dir: Path) -> None:
    """Another program holds the database's write lock longer than we wait for it."""
    impatient = make_engine(f"sqlite:///{db_path}", key=TEST_KEY)

    @event.listens_for(impatient, "connect")
    def _short_wait(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=200")  # type: ignore[attr-defined]

    with planned.connect() as holder:
        holder.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, kept
        with pytest.raises(OperationalError, match="locked"):
            export_schedule(impatient, fmt="csv", partner="foreign-police",
                            out=out_dir / "x.csv", actor="t")
        holder.exec_driver_sql("ROLLBACK")
    impatient.dispose()
    assert list(out_dir.iterdir()) == [] and list_exports(planned) == []


def test_a_move_that_fails_after_the_commit_withdraws_the_record(planned: Engine,
                                                                 out_dir: Path) -> None:
    (out_dir / "x.csv" / "in-the-way").mkdir(parents=True)  # a folder with the file's name
    with pytest.raises((IsADirectoryError, PermissionError)) as caught:  # Linux, Windows
        export_schedule(planned, fmt="csv", partner="foreign-police", out=out_dir / "x.csv",
                        actor="t")
    assert caught.value.filename == str(out_dir / "x.csv")  # the name the user chose
    assert [p.name for p in out_dir.iterdir()] == ["x.csv"]  # the folder; no staging file
    assert (out_dir / "x.csv").is_dir()
    assert list_exports(planned) == []  # no record claims a file that is not there
    with Session(planned) as s:
        assert s.exec(select(ExportRecord)).all() == []
    failed, export = list_entries(planned, entity="export", limit=2)
    assert export.action == "export" and export.after["file"] == "x.csv"
    assert failed.action == "export failed" and failed.entity_id == export.entity_id
    assert failed.after["sha256"] == export.after["sha256"] and failed.after["reason"]
    assert verify_chain(planned).ok
    # the next try, once the way is clear, is recorded as usual
    (out_dir / "x.csv" / "in-the-way").rmdir()
    (out_dir / "x.csv").rmdir()
    rec = export_schedule(planned, fmt="csv", partner="foreign-police",
                          out=out_dir / "x.csv", actor="t")
    assert (out_dir / "x.csv").is_file() and [e.id for e in list_exports(planned)] == [rec.id]
