"""Recording what happened at a handover, and the per-day / per-batch reconciliation.

Recording freezes the manifest revision. People handed over go scheduled → in transit (a
handover before the last one of their itinerary) and on to handed over (the last one). People
struck from the manifest go back to cleared (to be planned again) or are struck, per reason.
A correction of a recorded handover makes a new manifest revision with a new record.

The officers sign one revision of the manifest: the app (and the CLI's ``--revision``) say which,
and the record is refused (`ManifestConflict`) when that is no longer the latest revision or its
handover was recorded meanwhile, so a record never lands on a list nobody signed.

Nor is it recorded (`ManifestDisrupted`) while the manifest's flight is cancelled or its
crossing closed that day: re-plan, then record the handover of the new manifest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.db.engine import transaction
from planner.db.models import Person
from planner.domain.enums import PersonStatus, StrikeReason
from planner.manifests.models import HandoverRecord, ManifestEntry
from planner.manifests.store import (
    ManifestConflict,
    ManifestError,
    entries,
    get,
    lock_number,
    new_revision,
    refuse_disrupted,
)
from planner.services.people import change_status

S = PersonStatus


class StrikeCode(StrEnum):
    """Why a person on the manifest was not handed over."""

    NOT_PRESENT = "not_present"
    REFUSED = "refused_by_receiving"
    MEDICAL_HOLD = "medical_hold"
    OTHER = "other"


@dataclass(frozen=True)
class Struck:
    ref: str
    code: StrikeCode
    note: str = ""
    strike_as: StrikeReason | None = None
    """only with OTHER: strike the person for good with this coded reason"""


@dataclass(frozen=True)
class Officers:
    dispatching: str
    dispatching_id: str
    receiving: str
    receiving_id: str
    witness: str = ""
    witness_id: str = ""


def _struck_target(st: Struck) -> tuple[PersonStatus, StrikeReason | None]:
    if st.code is StrikeCode.OTHER and st.strike_as is not None:
        return S.STRUCK, st.strike_as
    return S.CLEARED, None


def _apply(s: Session, p: Person, outcome: str, final: bool, st: Struck | None, actor: str,
           note: str, at: dt.datetime) -> None:
    if outcome == "handed_over":
        if p.status == S.SCHEDULED:
            change_status(s, p, S.IN_TRANSIT, actor=actor, note=note, at=at)
        if final:
            change_status(s, p, S.HANDED_OVER, actor=actor, note=note, at=at)
        elif p.status != S.IN_TRANSIT:
            change_status(s, p, S.IN_TRANSIT, actor=actor, note=note, at=at)
        return
    assert st is not None
    target, reason = _struck_target(st)
    if p.status == S.STRUCK:
        return  # already struck for good (e.g. at an earlier handover of the same journey)
    if p.status != target:
        change_status(s, p, target, actor=actor, reason=reason, at=at,
                      note=f"{note}: struck from manifest ({st.code.value}"
                      + (f": {st.note}" if st.note else "") + ")")
    if st.code is StrikeCode.MEDICAL_HOLD and target == S.CLEARED:
        p.fit_to_travel_on = None  # not planned again before declared fit again
        s.add(p)


def _check_seen(number: str, latest: int, frozen: bool, seen: int, correct: bool) -> None:
    if latest != seen:
        what = "corrected" if correct else "changed (a re-plan or a reprint)"
        raise ManifestConflict(number, seen, latest, (
            f"{number} r{seen} is no longer the latest revision: it was {what} since it was "
            f"read, and r{latest} is the latest now. Nothing was recorded: reload, check the "
            f"list of r{latest} against the signed paper and record again."))
    if frozen and not correct:
        raise ManifestConflict(number, seen, latest, (
            f"the handover of {number} r{seen} was already recorded by someone else since it "
            "was read. Nothing was recorded: reload to see that record; a change to it is a "
            "correction."))


def record_handover(engine: Engine, number: str, *, occurred_at: dt.datetime,
                    officers: Officers, struck: Sequence[Struck] = (), note: str = "",
                    actor: str, correct: bool = False,
                    revision: int | None = None) -> tuple[int, int, int]:
    """Record the handover of the latest revision of `number` (or, with `correct`, a
    correction of a recorded one, as a new revision). Returns (revision, handed over, struck).

    `revision`: the revision the officers signed (shown to the user). ManifestConflict, with
    nothing written, when the latest revision is another one now (a re-plan, a reprint or a
    correction made it since) or when its handover was recorded since (without `correct`).
    ManifestDisrupted, with nothing written, when the flight is cancelled or the crossing
    closed on the manifest's day."""
    for st in struck:
        if st.code is StrikeCode.OTHER and not st.note.strip():
            raise ManifestError(f"{st.ref}: reason 'other' needs a note")
        if st.strike_as is not None and st.code is not StrikeCode.OTHER:
            raise ManifestError(f"{st.ref}: a strike reason goes only with 'other'")
    with transaction(engine, actor) as s:
        lock_number(s, number)
        m = get(s, number)
        if revision is not None:
            _check_seen(number, m.revision, m.frozen, revision, correct)
        if not m.frozen:  # the flight cancelled, the crossing closed: nobody was handed over
            refuse_disrupted(s, [(m.number, m.kind, m.ref_id, m.day)], "record")
        rows = entries(s, m.id)
        by_ref = {r.ref: r for r in rows}
        unknown = [st.ref for st in struck if st.ref not in by_ref]
        if unknown:
            raise ManifestError(f"not on manifest {number} r{m.revision}: {', '.join(unknown)}")
        if len({st.ref for st in struck}) != len(struck):
            raise ManifestError("a person is struck twice")
        previous = s.exec(select(HandoverRecord).where(
            HandoverRecord.manifest_id == m.id)).first()
        if m.frozen and not correct:
            raise ManifestError(f"the handover of {number} r{m.revision} is already recorded; "
                                "a correction needs --correct (it makes a new revision)")
        if correct and not m.frozen:
            raise ManifestError(f"{number} r{m.revision} has no recorded handover to correct")
        target = m
        if correct:
            fields = {k: getattr(m, k) for k in (
                "number", "kind", "plan_id", "ref_id", "day", "local_time", "place",
                "place_country", "dispatching_agency", "receiving_agency", "flight_number")}
            copies = [ManifestEntry(**r.model_dump(exclude={"manifest_id"}), manifest_id=0)
                      for r in rows]
            target = new_revision(s, base=m, rows=copies, fields=fields, actor=actor,
                                  reason="handover correction")
            rows = entries(s, target.id)
        struck_by = {st.ref: st for st in struck}
        people = {p.id: p for p in s.exec(select(Person).where(
            col(Person.id).in_([r.person_id for r in rows]))).all()}
        tag = f"handover {number} r{target.revision}"
        at = occurred_at.replace(tzinfo=None)
        for r in rows:
            outcome = "struck" if r.ref in struck_by else "handed_over"
            sk = struck_by.get(r.ref)
            if correct and r.outcome == outcome:
                pass  # unchanged by the correction
            else:
                _apply(s, people[r.person_id], outcome, r.final_leg, sk, actor, tag, at)
            r.outcome = outcome
            r.strike_code = sk.code.value if sk else ""
            r.strike_note = sk.note if sk else ""
            s.add(r)
        target.frozen = True
        s.add(target)
        assert target.id is not None
        rec = HandoverRecord(
            manifest_id=target.id, occurred_at=at, dispatching_officer=officers.dispatching,
            dispatching_officer_id=officers.dispatching_id, receiving_officer=officers.receiving,
            receiving_officer_id=officers.receiving_id, witness=officers.witness,
            witness_id=officers.witness_id, note=note, recorded_by=actor,
            corrects_id=previous.id if (correct and previous) else None)
        s.add(rec)
        s.flush()
        n_struck = len(struck_by)
        record(s, actor=actor, action="handover", entity="manifest", entity_id=target.id,
               ref=number, after={"revision": target.revision, "occurred_at": at.isoformat(),
                                  "handed_over": len(rows) - n_struck, "struck": n_struck,
                                  "correction": correct})
        return target.revision, len(rows) - n_struck, n_struck
