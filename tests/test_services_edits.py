"""The edit services without Qt: validation, optimistic locking, state machine, inverses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from planner.db.models import Batch, Person, Separation, StatusEvent
from planner.domain.enums import PersonStatus, StrikeReason
from planner.domain.mrz import compose_td3
from planner.services import batches as bs
from planner.services import edits
from planner.services.locking import (
    ConflictError,
    EditError,
    EditRejected,
    RowChange,
    add_audit_hook,
    remove_audit_hook,
)
from tests.test_queries import ON, build_small_caseload

ACTOR = "Test Operator (T1, Agency)"
P = Person.__table__  # type: ignore[attr-defined]


@pytest.fixture
def db(engine: Engine) -> Engine:
    build_small_caseload(engine)
    return engine


def ids(engine: Engine) -> dict[str, int]:
    with engine.connect() as c:
        return {r: i for i, r in c.execute(select(P.c.id, P.c.ref))}


def person(engine: Engine, ref: str) -> Any:
    with engine.connect() as c:
        return c.execute(select(P).where(P.c.ref == ref)).one()


def seen(engine: Engine, *refs: str) -> dict[int, int]:
    return {person(engine, r).id: person(engine, r).version for r in refs}


def events(engine: Engine, ref: str) -> list[tuple[str | None, str, str]]:
    ev = StatusEvent.__table__  # type: ignore[attr-defined]
    pid = person(engine, ref).id
    with engine.connect() as c:
        return [(f, t, a) for f, t, a in c.execute(
            select(ev.c.from_status, ev.c.to_status, ev.c.actor)
            .where(ev.c.person_id == pid).order_by(ev.c.id))]


@pytest.fixture
def audit() -> Iterator[list[tuple[str, str]]]:
    seen_edits: list[tuple[str, str]] = []

    def hook(_s: Session, actor: str, action: str, _c: Sequence[RowChange]) -> None:
        seen_edits.append((actor, action))

    add_audit_hook(hook)
    yield seen_edits
    remove_audit_hook(hook)


def test_update_person_changes_fields_and_version_and_undo_restores(
        db: Engine, audit: list[tuple[str, str]]) -> None:
    p = person(db, "P-003")
    edit = edits.update_person(db, p.id, p.version, {"notes": "moved cell", "case_ref": "C-10"},
                               actor=ACTOR, today=ON)
    after = person(db, "P-003")
    assert (after.notes, after.case_ref, after.version) == ("moved cell", "C-10", p.version + 1)
    assert edit.before == {"notes": "", "case_ref": "C-9"}
    assert audit == [(ACTOR, "update person")]
    edits.update_person(db, p.id, edit.version, edit.before, actor=ACTOR, today=ON)
    back = person(db, "P-003")
    assert (back.notes, back.case_ref, back.version) == ("", "C-9", p.version + 2)


def test_update_person_validation_reports_each_field(db: Engine) -> None:
    p = person(db, "P-003")
    with pytest.raises(EditRejected) as e:
        edits.update_person(db, p.id, p.version, {
            "date_of_birth": dt.date(2030, 1, 1), "nationality": "XXX", "sex": "X",
            "mrz": "P<CHNWANG<<WEI" + "<" * 30 + "\n" + "E1234567" + "0" * 36,
        }, actor=ACTOR, today=ON)
    msgs = e.value.messages
    assert msgs["date_of_birth"] == ["date of birth is in the future"]
    assert "ISO 3166-1" in msgs["nationality"][0]
    assert any(m.startswith("MRZ") for m in msgs["mrz"])
    assert person(db, "P-003").version == p.version  # nothing written


def test_update_person_accepts_a_matching_mrz_and_rejects_a_taken_document(db: Engine) -> None:
    p = person(db, "P-003")
    mrz = compose_td3(surname="WANG", given_names="WEI", number="E1234567", nationality="CHN",
                      birth=dt.date(1990, 1, 1), sex="M", expiry=dt.date(2030, 1, 1),
                      issuing_state="CHN")
    edits.update_person(db, p.id, p.version, {"mrz": mrz, "document_expiry":
                                              dt.date(2030, 1, 1)}, actor=ACTOR, today=ON)
    q = person(db, "P-004")
    with pytest.raises(EditRejected) as e:
        edits.update_person(db, q.id, q.version, {"document_type": "passport",
                                                  "document_number": "e1234567"},
                            actor=ACTOR, today=ON)
    assert e.value.messages["document_number"] == [
        "document number already belongs to person P-003"]


def test_conflict_when_the_version_moved(db: Engine) -> None:
    p = person(db, "P-003")
    with db.begin() as c:
        c.execute(update(P).where(P.c.id == p.id).values(version=P.c.version + 1,
                                                          notes="theirs"))
    with pytest.raises(ConflictError) as e:
        edits.update_person(db, p.id, p.version, {"notes": "mine"}, actor=ACTOR, today=ON)
    err = e.value
    assert (err.ref, err.seen_version, err.current_version) == ("P-003", p.version,
                                                                  p.version + 1)
    assert err.yours == {"notes": "mine"} and err.theirs == {"notes": "theirs"}
    assert "P-003" in str(err) and "Nothing was written" in str(err)
    assert person(db, "P-003").notes == "theirs"


def test_bulk_conflict_writes_nothing(db: Engine) -> None:
    before = seen(db, "P-004", "P-005")
    with db.begin() as c:
        c.execute(update(P).where(P.c.ref == "P-005").values(version=P.c.version + 1))
    b3 = batch(db, "B-003").id
    with pytest.raises(ConflictError):
        edits.move_people(db, before, b3, actor=ACTOR)
    assert person(db, "P-004").batch_id != b3


def test_assign_to_batch_and_back(db: Engine) -> None:
    b3 = batch(db, "B-003").id
    s1 = seen(db, "P-004", "P-005")
    moved = edits.move_people(db, s1, b3, actor=ACTOR)
    assert person(db, "P-004").batch_id == b3 and person(db, "P-005").batch_id == b3
    edits.restore_people(db, moved.versions, moved.before, actor=ACTOR)
    assert person(db, "P-005").batch_id is None
    with pytest.raises(EditError, match="struck"):
        edits.move_people(db, seen(db, "P-002"), b3, actor=ACTOR)


def test_mark_step_done_advances_status_and_undo_steps_back(db: Engine) -> None:
    s1 = seen(db, "P-005")
    done = edits.mark_step_done(db, s1, "identity_verified_on", dt.date(2025, 5, 1),
                                actor=ACTOR, today=ON)
    assert person(db, "P-005").status == "verified"
    assert events(db, "P-005")[-1] == ("detained", "verified", ACTOR)
    edits.restore_people(db, done.versions, done.before, actor=ACTOR)
    p = person(db, "P-005")
    assert (p.status, p.identity_verified_on) == ("detained", None)
    assert events(db, "P-005")[-1] == ("verified", "detained", ACTOR)
    with pytest.raises(EditRejected):
        edits.mark_step_done(db, seen(db, "P-005"), "exit_clearance_on", dt.date(2026, 1, 1),
                             actor=ACTOR, today=ON)


def test_completing_the_checklist_clears_a_person(db: Engine) -> None:
    p1 = "P-001"  # identity verified already
    d = dt.date(2025, 5, 2)
    for step in ("document_issued_on", "exit_clearance_on", "fit_to_travel_on"):
        edits.mark_step_done(db, seen(db, p1), step, d, actor=ACTOR, today=ON)
    assert person(db, p1).status == "cleared"


def test_strike_is_final_so_its_inverse_is_refused(db: Engine) -> None:
    s1 = seen(db, "P-004")
    struck = edits.strike_people(db, s1, StrikeReason.ABSCONDED, "ran", actor=ACTOR)
    p = person(db, "P-004")
    assert (p.status, p.strike_reason) == ("struck", "absconded")
    with pytest.raises(edits.TransitionError, match="final"):
        edits.restore_people(db, struck.versions, struck.before, actor=ACTOR)
    assert person(db, "P-004").status == "struck"


def test_empty_actor_is_refused(db: Engine) -> None:
    p = person(db, "P-003")
    with pytest.raises(EditError, match="actor"):
        edits.update_person(db, p.id, p.version, {"notes": "x"}, actor=" ", today=ON)
    assert person(db, "P-003").notes == ""


def batch(db: Engine, ref: str) -> Any:
    with db.connect() as c:
        return c.execute(select(Batch.__table__).where(  # type: ignore[attr-defined]
            text("ref = :r")).params(r=ref)).one()


def test_create_split_merge_and_inverses(db: Engine) -> None:
    b1 = batch(db, "B-001")
    site = b1.site_id
    new = bs.create_batch(db, bs.BatchSpec("B-100", site), actor=ACTOR)
    with pytest.raises(EditRejected, match="already exists"):
        bs.create_batch(db, bs.BatchSpec("B-100", site), actor=ACTOR)
    spec = bs.delete_batch(db, new, 1, actor=ACTOR)
    assert spec.ref == "B-100"
    chosen = bs.split_choice(db, b1.id, 1)
    split = bs.split_batch(db, b1.id, b1.version, {pid: person_version(db, pid)
                                                   for pid in chosen}, "B-001a", actor=ACTOR)
    assert batch(db, "B-001a").id == split.batch_id
    merged = bs.merge_batches(db, b1.id, split.batch_versions[b1.id], split.batch_id, 1,
                              actor=ACTOR)
    assert merged.removed is not None and merged.removed.ref == "B-001a"
    with db.connect() as c:
        assert c.execute(select(P.c.id).where(P.c.batch_id == b1.id)).all().__len__() == 2
    back = bs.unmerge(db, merged, actor=ACTOR)
    assert batch(db, "B-001a").id == back.batch_id
    with pytest.raises(EditError, match="still has"):
        bs.delete_batch(db, back.batch_id, 1, actor=ACTOR)


def person_version(db: Engine, pid: int) -> int:
    with db.connect() as c:
        return int(c.execute(select(P.c.version).where(P.c.id == pid)).scalar_one())


def test_keep_together_and_separation(db: Engine) -> None:
    b1 = batch(db, "B-001")
    before, version = bs.set_keep_cases_together(db, b1.id, b1.version, False, actor=ACTOR)
    assert before is True and version == b1.version + 1
    with pytest.raises(ConflictError):
        bs.set_keep_cases_together(db, b1.id, b1.version, True, actor=ACTOR)
    grouped = bs.set_family_group(db, seen(db, "P-004", "P-005"), "FAM-1", actor=ACTOR)
    assert person(db, "P-004").family_ref == "FAM-1"
    edits.restore_people(db, grouped.versions, grouped.before, actor=ACTOR)
    assert person(db, "P-004").family_ref == ""
    i = ids(db)
    assert bs.add_separations(db, [(i["P-005"], i["P-004"])], actor=ACTOR) == [
        (i["P-004"], i["P-005"])]
    assert bs.separations_of(db, [i["P-004"]]) == [(i["P-004"], "P-004", i["P-005"], "P-005")]
    with pytest.raises(EditRejected):
        bs.add_separations(db, [(i["P-004"], i["P-004"])], actor=ACTOR)
    assert bs.remove_separations(db, [(i["P-004"], i["P-005"])], actor=ACTOR) == [
        (i["P-004"], i["P-005"])]
    with db.connect() as c:
        assert c.execute(select(func.count()).select_from(
            Separation.__table__)).scalar_one() == 0  # type: ignore[attr-defined]


def test_status_walks_legal_steps() -> None:
    S = PersonStatus
    assert edits._walk(S.DETAINED, S.CLEARED) == [S.VERIFIED, S.CLEARED]
    assert edits._walk(S.IN_TRANSIT, S.VERIFIED) == [S.CLEARED, S.VERIFIED]
    assert edits._walk(S.CLEARED, S.STRUCK) == [S.STRUCK]


def test_mark_step_done_keeps_earlier_dates_and_undo_restores_only_what_changed(
        db: Engine) -> None:
    """P-001 and P-003 had identity verified on 2025-03-01: they keep that date; only P-005
    gets the new one, and the inverse puts back P-005 alone."""
    from planner.audit.models import AuditEntry

    refs = ("P-001", "P-003", "P-005")
    s = seen(db, *refs)
    versions = {r: person(db, r).version for r in refs}
    a = AuditEntry.__table__  # type: ignore[attr-defined]
    with db.connect() as c:
        last = c.execute(select(func.max(a.c.seq))).scalar() or 0
    new = dt.date(2025, 5, 20)
    done = edits.mark_step_done(db, s, "identity_verified_on", new, actor=ACTOR, today=ON)
    i = ids(db)
    assert done.kept == {i["P-001"]: dt.date(2025, 3, 1), i["P-003"]: dt.date(2025, 3, 1)}
    assert set(done.before) == set(done.versions) == {i["P-005"]}
    assert [person(db, r).identity_verified_on for r in refs] == [
        dt.date(2025, 3, 1), dt.date(2025, 3, 1), new]
    assert person(db, "P-001").version == versions["P-001"]  # not touched at all
    assert person(db, "P-005").status == "verified"
    with db.connect() as c:
        assert set(c.execute(select(a.c.ref).where(a.c.seq > last)).scalars()) == {"P-005"}
    back = edits.restore_people(db, done.versions, done.before, actor=ACTOR)
    assert set(back.versions) == {i["P-005"]}
    assert [person(db, r).identity_verified_on for r in refs] == [
        dt.date(2025, 3, 1), dt.date(2025, 3, 1), None]
    assert person(db, "P-005").status == "detained"
    # everyone had it done: nothing changes, nothing is recorded
    again = edits.mark_step_done(db, seen(db, "P-001", "P-003"), "identity_verified_on", new,
                                 actor=ACTOR, today=ON)
    assert again.versions == {} and len(again.kept) == 2
    assert edits.step_dates(db, [i[r] for r in refs])["identity_verified_on"] == {
        i["P-001"]: dt.date(2025, 3, 1), i["P-003"]: dt.date(2025, 3, 1)}
