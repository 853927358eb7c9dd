"""Recording handovers: statuses, freezing, corrections, reconciliation, audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit.models import AuditEntry
from planner.cli.main import main
from planner.db.engine import transaction
from planner.db.models import Person
from planner.domain.enums import PersonStatus, StrikeReason
from planner.manifests.handover import Officers, StrikeCode, Struck, record_handover
from planner.manifests.models import HandoverRecord, Manifest
from planner.manifests.reconcile import by_batch, reconcile
from planner.manifests.store import ManifestError, sync_plan
from planner.services.locking import ConflictError
from tests.manifest_factories import D0, build_planned

OFF = Officers("Saw Min", "BGF-1", "Somchai", "RTA-2", "Li Wei", "MPS-3")
AT = dt.datetime.combine(D0, dt.time(9, 10))


def _status(engine: Engine) -> dict[str, PersonStatus]:
    with Session(engine) as s:
        return {p.ref: p.status for p in s.exec(select(Person)).all()}


def test_record_crossing_then_flight(engine: Engine) -> None:
    pid = build_planned(engine)
    crossing, flight = sync_plan(engine, pid, "tester", day=D0)
    struck = [Struck("P0-0", StrikeCode.MEDICAL_HOLD, "fever"),
              Struck("P0-1", StrikeCode.NOT_PRESENT),
              Struck("P0-2", StrikeCode.OTHER, "court order", StrikeReason.RELEASED)]
    assert record_handover(engine, crossing.number, occurred_at=AT, officers=OFF,
                           struck=struck, actor="tester") == (1, 9, 3)
    st = _status(engine)
    assert st["P0-3"] == PersonStatus.IN_TRANSIT  # crossing is not the last handover
    assert st["P0-0"] == st["P0-1"] == PersonStatus.CLEARED
    assert st["P0-2"] == PersonStatus.STRUCK
    with Session(engine) as s:
        p0 = s.exec(select(Person).where(Person.ref == "P0-0")).one()
        assert p0.fit_to_travel_on is None  # medical hold: not planned before fit again
    with pytest.raises(ManifestError, match="already recorded"):
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t")
    # the plan does not change a frozen manifest
    assert sync_plan(engine, pid, "t", number=crossing.number)[0].revision == 1
    # flight: the three struck ones are struck here too; the rest are handed over
    again = [Struck(r, StrikeCode.NOT_PRESENT) for r in ("P0-0", "P0-1", "P0-2")]
    record_handover(engine, flight.number, occurred_at=AT + dt.timedelta(hours=5),
                    officers=OFF, struck=again, actor="tester")
    st = _status(engine)
    assert st["P0-3"] == PersonStatus.HANDED_OVER and st["P0-11"] == PersonStatus.HANDED_OVER
    # a correction of the officers' data makes r2 with a record that points to the first
    rev, handed, n = record_handover(engine, flight.number, occurred_at=AT, officers=Officers(
        "Saw Min", "BGF-1", "Zhang San", "MPS-9"), struck=again, actor="tester", correct=True)
    assert (rev, handed, n) == (2, 9, 3)
    with Session(engine) as s:
        ms = s.exec(select(Manifest).where(Manifest.number == flight.number)).all()
        assert [(m.revision, m.frozen, m.superseded) for m in ms] == [(1, True, True),
                                                                      (2, True, False)]
        recs = s.exec(select(HandoverRecord).order_by(HandoverRecord.id)).all()  # type: ignore
        assert recs[-1].corrects_id == recs[-2].id
        acts = [a.action for a in s.exec(select(AuditEntry)).all()]
        assert acts.count("handover") == 3
    rows = {r.batch: r for r in reconcile(engine, pid, day=D0, today=D0 + dt.timedelta(days=1))}
    b1 = rows["B1"]
    assert (b1.planned, b1.manifested, b1.handed_over, b1.struck) == (12, 12, 9, 3)
    assert b1.unaccounted == []
    per_batch = {r.batch: r for r in by_batch(reconcile(engine, pid,
                                                         today=D0 + dt.timedelta(days=9)))}
    assert per_batch["B1"].handed_over == 9 and len(per_batch["B2"].unaccounted) == 12


def test_unaccounted_and_bad_input(engine: Engine) -> None:
    pid = build_planned(engine)
    crossing, _ = sync_plan(engine, pid, "tester", day=D0)
    with pytest.raises(ManifestError, match="needs a note"):
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF,
                        struck=[Struck("P0-0", StrikeCode.OTHER)], actor="t")
    with pytest.raises(ManifestError, match="not on manifest"):
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF,
                        struck=[Struck("P2-0", StrikeCode.NOT_PRESENT)], actor="t")
    record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t")
    rows = reconcile(engine, pid, today=D0 + dt.timedelta(days=1))
    first = next(r for r in rows if r.day == D0)
    assert len(first.unaccounted) == 12  # crossed, but the flight is not recorded
    future = [r for r in rows if r.day > D0]
    assert future and all(not r.unaccounted and r.manifested == 0 for r in future)


def _handover_entries(engine: Engine) -> int:
    with Session(engine) as s:
        return len(s.exec(select(AuditEntry).where(AuditEntry.action == "handover")).all())


def _replan(engine: Engine, pid: int, number: str) -> int:
    """A corrected document number and a re-sync: a new revision nobody signed."""
    with transaction(engine) as s:
        p = s.exec(select(Person).where(Person.ref == "P0-3")).one()
        p.document_number = "E9999999"
        s.add(p)
    return sync_plan(engine, pid, "planner", number=number)[0].revision


def test_record_refused_on_a_revision_not_signed(engine: Engine) -> None:
    """The officers signed r1; a re-plan made r2 meanwhile: the record does not land on r2."""
    pid = build_planned(engine)
    crossing, _ = sync_plan(engine, pid, "tester", day=D0)
    assert _replan(engine, pid, crossing.number) == 2
    before = _status(engine)
    with pytest.raises(ConflictError, match=r"r1 is no longer the latest revision") as info:
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t",
                        struck=[Struck("P0-1", StrikeCode.NOT_PRESENT)], revision=1)
    assert isinstance(info.value, ManifestError)
    assert (info.value.seen_version, info.value.current_version) == (1, 2)
    assert _status(engine) == before and _handover_entries(engine) == 0
    with Session(engine) as s:
        ms = s.exec(select(Manifest).where(Manifest.number == crossing.number)).all()
        assert not any(m.frozen for m in ms)  # r2 is not frozen by a record meant for r1
        assert s.exec(select(HandoverRecord)).first() is None
    # on the revision shown now it is recorded
    assert record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t",
                           revision=2) == (2, 12, 0)
    # recorded by someone else since it was read: refused as a conflict, not recorded twice
    with pytest.raises(ConflictError, match="already recorded"):
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t",
                        revision=2)
    assert _handover_entries(engine) == 1


def test_two_corrections_at_once_do_not_stack(engine: Engine) -> None:
    pid = build_planned(engine)
    crossing, _ = sync_plan(engine, pid, "tester", day=D0)
    record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t",
                    revision=1)
    # two people open the correction of r1; the first makes r2
    assert record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="a",
                           struck=[Struck("P0-1", StrikeCode.NOT_PRESENT)], correct=True,
                           revision=1)[0] == 2
    with pytest.raises(ConflictError, match="r1 is no longer the latest revision"):
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="b",
                        struck=[Struck("P0-2", StrikeCode.NOT_PRESENT)], correct=True,
                        revision=1)
    st = _status(engine)
    assert st["P0-1"] == PersonStatus.CLEARED and st["P0-2"] == PersonStatus.IN_TRANSIT
    with Session(engine) as s:
        assert [m.revision for m in s.exec(select(Manifest).where(
            Manifest.number == crossing.number)).all()] == [1, 2]
        assert len(s.exec(select(HandoverRecord)).all()) == 2


def test_cli_record_with_revision(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    pid = build_planned(engine)
    crossing, _ = sync_plan(engine, pid, "tester", day=D0)
    _replan(engine, pid, crossing.number)
    db = ["--db", engine.url.render_as_string(hide_password=False)]
    cmd = [*db, "handover", "record", crossing.number, "--at", AT.isoformat(),
           "--dispatching-officer", "Saw Min", "--dispatching-id", "BGF-1",
           "--receiving-officer", "Somchai", "--receiving-id", "RTA-2"]
    assert main([*cmd, "--revision", "1"]) == 2
    assert "no longer the latest revision" in capsys.readouterr().err
    assert _handover_entries(engine) == 0
    assert main([*cmd, "--revision", "2"]) == 0
    assert f"{crossing.number} r2: handover recorded" in capsys.readouterr().out


def _cancel(engine: Engine, number: str) -> None:
    """Disruption › Cancel a flight, as the Plan screen does (without re-planning)."""
    from planner.db.models import Flight
    from planner.domain.enums import FlightStatus
    from planner.services.network_edits import set_flight_status

    with Session(engine) as s:
        f = s.exec(select(Flight).where(Flight.number == number)).one()
        assert f.id is not None
        fid, version = f.id, f.version
    set_flight_status(engine, fid, version, FlightStatus.CANCELLED, actor="t")


def test_no_handover_on_a_cancelled_flight_or_a_closed_crossing(engine: Engine,
                                                                 tmp_path: Path) -> None:
    from planner.manifests.store import ManifestDisrupted, print_manifests
    from planner.services.network_edits import add_closure

    pid = build_planned(engine)
    out = tmp_path / "pdf"
    out.mkdir()
    crossing, flight = sync_plan(engine, pid, "tester", day=D0)  # issued before the disruption
    _cancel(engine, flight.flight_number)
    before, entries_before = _status(engine), _handover_entries(engine)
    with pytest.raises(ManifestDisrupted) as info:
        record_handover(engine, flight.number, occurred_at=AT, officers=OFF, actor="t",
                        revision=1)
    text = str(info.value)
    assert text.startswith(f"flight {flight.flight_number} on {D0.isoformat()} is cancelled: "
                           "re-plan, then record the handover of the new manifest")
    assert flight.number in text and isinstance(info.value, ManifestError)
    # printing it is refused the same way, and so is issuing it again; nothing is written
    with pytest.raises(ManifestDisrupted, match="re-plan, then print the new manifest"):
        print_manifests(engine, [flight], lambda m: out / f"{m.number}.pdf", "t")
    with pytest.raises(ManifestDisrupted, match="is cancelled"):
        sync_plan(engine, pid, "t", day=D0)
    assert list(out.iterdir()) == []
    # the crossing of the same day still works, until it is closed that day
    print_manifests(engine, [crossing], lambda m: out / f"{m.number}.pdf", "t")
    add_closure(engine, crossing.ref_id, D0, D0, "flooding", actor="t")
    with pytest.raises(ManifestDisrupted, match=f"crossing X1 is closed on {D0} "
                       r"\(flooding\): re-plan, then record the handover"):
        record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, actor="t")
    with pytest.raises(ManifestDisrupted, match="is closed"):
        print_manifests(engine, [crossing], lambda m: out / f"{m.number}-2.pdf", "t")
    assert _status(engine) == before and _handover_entries(engine) == entries_before
    with Session(engine) as s:
        assert not any(m.frozen for m in s.exec(select(Manifest)).all())
        prints = s.exec(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert len(prints) == 1  # the crossing's, before it was closed


def test_a_recorded_handover_stays_the_record_after_a_cancellation(engine: Engine,
                                                                    tmp_path: Path) -> None:
    """The flight left and was recorded; cancelled afterwards (a mistake, or the return leg):
    the record is what happened, it reprints and can be corrected."""
    from planner.manifests.store import print_manifests

    pid = build_planned(engine)
    _crossing, flight = sync_plan(engine, pid, "tester", day=D0)
    record_handover(engine, flight.number, occurred_at=AT, officers=OFF, actor="t")
    _cancel(engine, flight.flight_number)
    with Session(engine) as s:
        frozen = s.exec(select(Manifest).where(Manifest.number == flight.number)).one()
    assert print_manifests(engine, [frozen], lambda m: tmp_path / "f.pdf", "t")
    assert record_handover(engine, flight.number, occurred_at=AT, officers=OFF, actor="t",
                           correct=True, revision=1)[0] == 2


def test_cli_refuses_a_cancelled_flight(engine: Engine, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    pid = build_planned(engine)
    _crossing, flight = sync_plan(engine, pid, "tester", day=D0)
    _cancel(engine, flight.flight_number)
    db = ["--db", engine.url.render_as_string(hide_password=False)]
    assert main([*db, "handover", "record", flight.number, "--at", AT.isoformat(),
                 "--dispatching-officer", "Saw Min", "--dispatching-id", "BGF-1",
                 "--receiving-officer", "Somchai", "--receiving-id", "RTA-2"]) == 2
    assert "is cancelled: re-plan, then record the handover" in capsys.readouterr().err
    assert main([*db, "manifest", "--handover", flight.number, "-o",
                 str(tmp_path / "f.pdf")]) == 2
    assert "is cancelled: re-plan, then print the new manifest" in capsys.readouterr().err
    assert _handover_entries(engine) == 0 and not (tmp_path / "f.pdf").exists()
