"""The person status lifecycle as an explicit state machine.

detained → verified → cleared → scheduled → in transit → handed over, and struck (with a coded
reason) from any state that is not final. Steps back are allowed where real work undoes a step:
a verification found wrong (verified → detained), a clearance withdrawn (cleared → verified), a
plan changed (scheduled → cleared), a handover that did not happen (in transit → cleared).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.enums import PersonStatus, StrikeReason

S = PersonStatus

#: Allowed transitions: from-state → the states it may move to.
TRANSITIONS: dict[PersonStatus, frozenset[PersonStatus]] = {
    S.DETAINED: frozenset({S.VERIFIED, S.STRUCK}),
    S.VERIFIED: frozenset({S.CLEARED, S.DETAINED, S.STRUCK}),
    S.CLEARED: frozenset({S.SCHEDULED, S.VERIFIED, S.STRUCK}),
    S.SCHEDULED: frozenset({S.IN_TRANSIT, S.CLEARED, S.STRUCK}),
    S.IN_TRANSIT: frozenset({S.HANDED_OVER, S.CLEARED, S.STRUCK}),
    S.HANDED_OVER: frozenset(),
    S.STRUCK: frozenset(),
}

FINAL_STATES = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)


class TransitionError(ValueError):
    """An illegal status change; the message says why in a coordinator's words."""


@dataclass(frozen=True, slots=True)
class Transition:
    from_status: PersonStatus
    to_status: PersonStatus
    reason: StrikeReason | None = None
    note: str = ""


def check_transition(
    current: PersonStatus,
    target: PersonStatus,
    reason: StrikeReason | None = None,
    note: str = "",
) -> Transition:
    """Return the transition if it is legal, else raise :class:`TransitionError`."""
    if current == target:
        raise TransitionError(f"status is already '{current.value}'")
    if current in FINAL_STATES:
        raise TransitionError(
            f"status '{current.value}' is final: no change to '{target.value}' is possible"
        )
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current]))
        raise TransitionError(
            f"cannot go from '{current.value}' to '{target.value}' (allowed: {allowed})"
        )
    if target == S.STRUCK and reason is None:
        raise TransitionError("striking a person needs a coded reason")
    if target != S.STRUCK and reason is not None:
        raise TransitionError("a strike reason is only valid when striking")
    return Transition(current, target, reason, note)
