"""Manifests from a published plan: events, numbers, order, flags, PDF, verify, revisions."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit.models import AuditEntry
from planner.db.engine import transaction
from planner.db.models import Person
from planner.manifests.events import plan_events
from planner.manifests.models import Manifest
from planner.manifests.store import (
    entries,
    part_path,
    print_manifests,
    sync_plan,
    verify_file,
)
from tests.manifest_factories import D0, build_planned


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_events_numbers_and_final_leg(engine: Engine) -> None:
    pid = build_planned(engine)
    events = plan_events(engine, pid)
    assert [(e.kind, e.number) for e in events[:2]] == [
        ("crossing", "M-X1-20250303-01"), ("flight", "M-CZ600-20250303-01")]
    crossing, flight = events[0], events[1]
    assert crossing.final == frozenset() and flight.final == frozenset(flight.people)
    assert sum(len(e.people) for e in events if e.kind == "flight") == 36
    assert plan_events(engine, pid) == events  # stable


def test_print_verify_and_new_revision(engine: Engine, tmp_path: Path) -> None:
    pid = build_planned(engine)
    ms = sync_plan(engine, pid, "tester", day=D0)
    assert [m.revision for m in ms] == [1, 1] and sync_plan(engine, pid, "t", day=D0)[0].id == (
        ms[0].id)  # unchanged → same revision
    crossing, flight = ms
    assert crossing.place_country == "MMR" and crossing.dispatching_agency == "Border Guard Force"
    assert flight.flight_number == "CZ600" and "City PSB" in flight.receiving_agency
    with Session(engine) as s:
        rows = entries(s, flight.id)
    assert [r.batch_ref for r in rows] == ["B1"] * 12
    flags = {r.ref: r.flags for r in rows}
    assert flags["P0-0"] == "medical" and flags["P0-1"] == "minor" and flags["P0-2"] == "victim"
    done = print_manifests(engine, ms, lambda m: tmp_path / f"{m.number}.pdf", "tester")
    text = _text(done[1].path)
    assert "M-CZ600-20250303-01" in text and "张伟" in text and "E0070000" in text
    assert "CZ600" in text and "Page 1 of" in text
    assert all(verify_file(engine, d.path).result.ok for d in done)
    with Session(engine) as s:
        prints = s.exec(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert {a.ref for a in prints} == {crossing.number, flight.number}
    # a corrected document number: the paper no longer matches; the next sync makes r2
    with transaction(engine) as s:
        p = s.exec(select(Person).where(Person.ref == "P0-3")).one()
        p.document_number = "E9999999"
        s.add(p)
    v = verify_file(engine, done[1].path)
    assert not v.result.ok and any("person list" in x for x in v.result.mismatches)
    again = sync_plan(engine, pid, "tester", day=D0)
    assert [m.revision for m in again] == [2, 2]
    with Session(engine) as s:
        old = s.get(Manifest, flight.id)
        assert old is not None and old.superseded
    assert "superseded by r2" in verify_file(engine, done[1].path).summary()


def test_verify_rejects_foreign_pdf(engine: Engine, tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")
    assert not verify_file(engine, bad).result.ok


def test_print_is_all_or_nothing(engine: Engine, tmp_path: Path) -> None:
    """The 2nd of 3 manifests fails: no PDF, no print recorded, an older file of the same name
    kept; on success every file appears only once the prints are committed."""
    pid = build_planned(engine)
    ms = [*sync_plan(engine, pid, "tester", day=D0),
          *sync_plan(engine, pid, "tester", day=D0 + dt.timedelta(days=1))][:3]
    assert len(ms) == 3
    out = tmp_path / "out"
    out.mkdir()
    older = out / f"{ms[0].number}.pdf"
    older.write_bytes(b"%PDF-1.4 printed yesterday")

    def to(m: Manifest) -> Path:  # the 2nd goes to a folder that is not there: it fails
        return (tmp_path / "gone" if m.id == ms[1].id else out) / f"{m.number}.pdf"

    with pytest.raises(FileNotFoundError):
        print_manifests(engine, ms, to, "tester")
    assert sorted(p.name for p in out.iterdir()) == [older.name]
    assert older.read_bytes() == b"%PDF-1.4 printed yesterday"
    with Session(engine) as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "print")).first() is None

    seen: list[tuple[bool, bytes | None]] = []

    def progress(done: int, total: int) -> None:
        path = out / f"{ms[done - 1].number}.pdf"
        seen.append((part_path(path).is_file(), path.read_bytes() if path.exists() else None))

    done = print_manifests(engine, ms, lambda m: out / f"{m.number}.pdf", "tester",
                           progress=progress)
    # each written aside while the job runs; the old file in place until the commit
    assert seen == [(True, b"%PDF-1.4 printed yesterday"), (True, None), (True, None)]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{m.number}.pdf" for m in ms)
    assert all(verify_file(engine, d.path).result.ok for d in done)
