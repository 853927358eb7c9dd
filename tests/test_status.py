from __future__ import annotations

import itertools

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from planner.db.engine import transaction
from planner.db.models import Person, StatusEvent
from planner.domain.enums import PersonStatus as S
from planner.domain.enums import StrikeReason
from planner.domain.status import FINAL_STATES, TRANSITIONS, TransitionError, check_transition
from planner.services.people import change_status
from tests.factories import make_network, make_person

HAPPY_PATH = [S.DETAINED, S.VERIFIED, S.CLEARED, S.SCHEDULED, S.IN_TRANSIT, S.HANDED_OVER]


def test_happy_path_is_legal() -> None:
    for a, b in itertools.pairwise(HAPPY_PATH):
        assert check_transition(a, b).to_status == b


@pytest.mark.parametrize("start", [s for s in S if s not in FINAL_STATES])
def test_every_open_state_can_be_struck_with_a_reason(start: S) -> None:
    t = check_transition(start, S.STRUCK, StrikeReason.RELEASED)
    assert t.reason == StrikeReason.RELEASED
    with pytest.raises(TransitionError, match="coded reason"):
        check_transition(start, S.STRUCK)


@pytest.mark.parametrize("final", sorted(FINAL_STATES))
def test_final_states_are_final(final: S) -> None:
    for target in S:
        if target != final:
            with pytest.raises(TransitionError, match="final"):
                check_transition(final, target, StrikeReason.RELEASED)


def test_skipping_steps_is_refused_with_the_allowed_ones_named() -> None:
    with pytest.raises(TransitionError, match=r"from 'detained' to 'scheduled'.*verified"):
        check_transition(S.DETAINED, S.SCHEDULED)
    with pytest.raises(TransitionError, match="only valid when striking"):
        check_transition(S.DETAINED, S.VERIFIED, StrikeReason.RELEASED)


def test_table_covers_every_state() -> None:
    assert set(TRANSITIONS) == set(S)


def test_transitions_are_recorded_as_events(engine: Engine) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        p = make_person(s, net, "P1")
        change_status(s, p, S.VERIFIED, actor="officer A", note="ID checked")
        change_status(s, p, S.STRUCK, actor="officer B", reason=StrikeReason.HOSPITALISED)
    with transaction(engine) as s:
        person = s.exec(select(Person).where(Person.ref == "P1")).one()
        assert person.status == S.STRUCK
        assert person.strike_reason == StrikeReason.HOSPITALISED
        events = s.exec(select(StatusEvent).order_by(StatusEvent.id)).all()
        assert [(e.from_status, e.to_status, e.actor) for e in events] == [
            (S.DETAINED, S.VERIFIED, "officer A"),
            (S.VERIFIED, S.STRUCK, "officer B"),
        ]


def test_illegal_transition_writes_nothing(engine: Engine) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        make_person(s, net, "P2")
    with pytest.raises(TransitionError, match="person P2"), transaction(engine) as s:
        p = s.exec(select(Person).where(Person.ref == "P2")).one()
        change_status(s, p, S.VERIFIED, actor="a")
        change_status(s, p, S.HANDED_OVER, actor="a")
    with transaction(engine) as s:
        assert s.exec(select(Person).where(Person.ref == "P2")).one().status == S.DETAINED
        assert s.exec(select(StatusEvent)).all() == []
