"""Re-planning: pins, disruptions (cancelled flight, closure, delay), minimal change, diff."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.enums import PersonStatus
from planner.engine.replan import diff, previous_chunks
from planner.engine.settings import Weights
from tests.engine_helpers import Scenario, arrivals, day, solve_valid


def _three_batches() -> Scenario:
    s = Scenario()
    s.daily_flights(max_det=50)
    s.add_batch(40, ready=0)
    s.add_batch(40, ready=1)
    s.add_batch(40, ready=2)
    return s


def test_cancelled_flight_moves_only_its_batch() -> None:
    s = _three_batches()
    first = solve_valid(s.problem())
    assert arrivals(first) == {"B1": [0], "B2": [1], "B3": [2]}
    flight = next(st.ref for st in first.chunks[0].steps if st.kind.value == "flight")
    s.flights[flight - 1] = replace(s.flights[flight - 1], cancelled=True)
    p2 = replace(s.problem(), previous=previous_chunks(first.chunks))
    second = solve_valid(p2)
    changes = diff(first.chunks, second.chunks)
    assert [(c.batch_ref, c.kind, len(c.people)) for c in changes] == [("B1", "moved", 40)]
    assert arrivals(second)["B2"] == [1] and arrivals(second)["B3"] == [2]
    assert second.terms["people_moved"] == 40
    assert "moved — was 2025-03-03: site #1 → handover at crossing #1 08:00 → flight #1 " \
        "13:00 → receiving point #1; now 2025-03-0" in changes[0].describe()


def test_unchanged_problem_replans_to_the_same_plan() -> None:
    s = _three_batches()
    first = solve_valid(s.problem())
    second = solve_valid(replace(s.problem(), previous=previous_chunks(first.chunks)))
    assert diff(first.chunks, second.chunks) == []


def test_crossing_closure_and_delay_move_only_what_must_move() -> None:
    s = _three_batches()
    first = solve_valid(s.problem())
    s.crossing = replace(s.crossing, closed_days=frozenset({day(2)}))
    p2 = replace(s.problem(), previous=previous_chunks(first.chunks),
                 delayed=((1, day(4)),))
    second = solve_valid(p2)
    moved = {c.batch_ref for c in diff(first.chunks, second.chunks)}
    assert moved == {"B1", "B3"}
    assert arrivals(second)["B1"][0] >= 4 and arrivals(second)["B3"] != [2]
    assert arrivals(second)["B2"] == [1]


def test_pinned_chunk_stays_even_when_moving_would_pay() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(30, ready=5)
    first = solve_valid(s.problem())
    assert arrivals(first) == {"B1": [5]}
    for p in list(s.people):
        s.set_person(p.id, ready=day(0))
    free = replace(s.problem(), previous=previous_chunks(first.chunks))
    no_change_cost = Weights(change=0)
    assert arrivals(solve_valid(free, weights=no_change_cost)) == {"B1": [0]}
    pinned = replace(s.problem(), previous=previous_chunks(
        first.chunks, pinned_keys={(1, first.chunks[0].key)}))
    res = solve_valid(pinned, weights=no_change_cost)
    assert arrivals(res) == {"B1": [5]} and res.chunks[0].pinned


def test_in_transit_people_are_always_pinned() -> None:
    s = Scenario()
    s.daily_flights()
    _, ids = s.add_batch(20, ready=3)
    first = solve_valid(s.problem())
    for pid in ids:
        s.set_person(pid, ready=day(0), status=PersonStatus.IN_TRANSIT)
    prev = previous_chunks(first.chunks, s.problem().people)
    assert all(ch.pinned for ch in prev)
    res = solve_valid(replace(s.problem(), previous=prev), weights=Weights(change=0))
    assert arrivals(res) == {"B1": [3]}


def test_pinned_on_cancelled_flight_is_replanned_with_warning() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(20)
    first = solve_valid(s.problem())
    s.flights[0] = replace(s.flights[0], cancelled=True)
    prev = previous_chunks(first.chunks, pinned_keys={(1, first.chunks[0].key)})
    res = solve_valid(replace(s.problem(), previous=prev))
    assert arrivals(res) == {"B1": [1]}
    assert any("pinned" in w for w in res.warnings)


def test_diff_reports_added_and_removed() -> None:
    s = _three_batches()
    first = solve_valid(s.problem())
    changes = diff(first.chunks[:2], first.chunks[1:])
    kinds = sorted((c.batch_ref, c.kind) for c in changes)
    assert kinds == [("B1", "removed"), ("B3", "added")]


def test_people_handed_over_since_are_done_not_unscheduled() -> None:
    s = Scenario()
    s.daily_flights()
    _, ids = s.add_batch(20, ready=1)
    first = solve_valid(s.problem())
    for pid in ids:
        s.set_person(pid, status=PersonStatus.HANDED_OVER)
    second = solve_valid(s.problem())
    assert second.chunks == ()
    changes = diff(first.chunks, second.chunks, finished=set(ids))
    assert [(c.kind, len(c.people)) for c in changes] == [("done", 20)]
    assert "handed over or struck" in changes[0].describe()
    # without knowing who is done, the same people read as no longer scheduled
    assert [c.kind for c in diff(first.chunks, second.chunks)] == ["removed"]


@pytest.mark.parametrize("blocks", [False, True])
def test_a_pinned_chunk_whose_flight_is_cancelled_is_replanned_with_a_warning(
        blocks: bool) -> None:
    s = _three_batches()
    first = solve_valid(s.problem())
    flight = next(st.ref for st in first.chunks[0].steps if st.kind.value == "flight")
    s.flights[flight - 1] = replace(s.flights[flight - 1], cancelled=True)
    p2 = replace(s.problem(), previous=previous_chunks(
        first.chunks, pinned_keys={(1, first.chunks[0].key)}))
    second = solve_valid(p2, **({"block_options": 1} if blocks else {}))
    assert second.stats.get("mode") == ("blocks" if blocks else None)
    assert any("B1" in w and "pinned" in w for w in second.warnings), second.warnings
    moved = [c for c in second.chunks if c.batch_ref == "B1"]
    assert moved and not any(c.pinned for c in moved)  # the pin held the old itinerary only
