"""Status changes of people, through the state machine, each one recorded as an event."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from planner.db.models import Person, StatusEvent, utcnow
from planner.domain.enums import PersonStatus, StrikeReason
from planner.domain.status import check_transition


def ready_date(p: Person) -> dt.date | None:
    """The day the readiness checklist was complete: the latest step, or None if a step is open."""
    steps = (p.identity_verified_on, p.document_issued_on, p.exit_clearance_on, p.fit_to_travel_on)
    if any(s is None for s in steps):
        return None
    return max(s for s in steps if s is not None)


def missing_steps(p: Person) -> list[str]:
    """Names of the readiness steps not yet done."""
    names = {
        "identity verified": p.identity_verified_on,
        "travel document issued": p.document_issued_on,
        "exit clearance": p.exit_clearance_on,
        "fit to travel": p.fit_to_travel_on,
    }
    return [k for k, v in names.items() if v is None]


def is_minor(p: Person, on: dt.date) -> bool:
    """Under 18 on the given (travel) date; unknown date of birth is not a minor."""
    if p.date_of_birth is None:
        return False
    b = p.date_of_birth
    age = on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    return age < 18


def change_status(
    session: Session,
    person: Person,
    target: PersonStatus,
    *,
    actor: str,
    reason: StrikeReason | None = None,
    note: str = "",
    at: dt.datetime | None = None,
) -> StatusEvent:
    """Apply a legal transition and record it; raise TransitionError (naming the person's
    reference) for an illegal one. The caller's transaction commits both or neither."""
    from planner.domain.status import TransitionError

    try:
        t = check_transition(person.status, target, reason, note)
    except TransitionError as e:
        raise TransitionError(f"person {person.ref}: {e}") from None
    assert person.id is not None, "person must be flushed before its status changes"
    ev = StatusEvent(
        person_id=person.id,
        at=at or utcnow(),
        actor=actor,
        from_status=t.from_status,
        to_status=t.to_status,
        reason=t.reason,
        note=note,
    )
    person.status = target
    person.strike_reason = reason if target == PersonStatus.STRUCK else None
    person.updated_at = ev.at
    person.version += 1
    session.add(person)
    session.add(ev)
    return ev
