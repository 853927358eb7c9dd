"""Re-planning from a plan whose first days are past: chunks that already left are kept exactly
(dates, itinerary, the capacity they still use), never reported as moved, and validate; pinned
chunks still ahead stay; the change list reads as dates and a route in words."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy.engine import Engine

from planner.cli.main import main
from planner.db.engine import transaction
from planner.db.models import Flight
from planner.domain.enums import FlightStatus, PersonStatus
from planner.engine.planner import greedy_plan, plan
from planner.engine.problem import Problem
from planner.engine.replan import RouteNames, describe_chunk, diff, previous_chunks
from planner.engine.result import Chunk, PlanResult
from planner.engine.service import run_plan
from planner.engine.settings import PlanSettings, Weights
from planner.engine.store import publish
from planner.engine.validate import validate
from tests.engine_helpers import Scenario, arrivals, day, settings, solve_valid
from tests.plan_scenario import D0, fill_plannable

START = day(2)


def _first_week() -> tuple[Scenario, PlanResult]:
    """B1 (40, ready day 1) crosses on day 1 — the bridge is closed on day 2 — waits the night
    at CPB and flies on day 2; B2 (30) and B3 (20) leave and arrive on day 0; B4 (30) goes on
    day 3. No flight on day 1."""
    s = Scenario(days=8, cpb_holding=100)
    s.crossing = replace(s.crossing, closed_days=frozenset({day(2)}))
    for n in (0, 2, 3, 4, 5, 6, 7):
        s.add_flight(n, 13, max_det=50)
    s.add_batch(40, ready=1)
    s.add_batch(30, ready=0)
    s.add_batch(20, ready=0)
    s.add_batch(30, ready=3)
    first = solve_valid(s.problem())
    assert arrivals(first) == {"B1": [2], "B2": [0], "B3": [0], "B4": [3]}
    b1 = _chunk(first, "B1")
    assert b1.depart_day == day(1) and not b1.pinned
    return s, first


def _chunk(res: PlanResult, ref: str) -> Chunk:
    (ch,) = [c for c in res.chunks if c.batch_ref == ref]
    return ch


def _two_days_later(s: Scenario, first: PlanResult) -> Problem:
    """Today is day 2: the bridge has reopened; B2 is in transit, B3 handed over, B1 only
    scheduled (no handover recorded); B5 (20, at least 20 together) is newly cleared. Flights
    before today are not loaded, as `build.py` loads them."""
    for pid in s.batches[1].people:
        s.set_person(pid, status=PersonStatus.IN_TRANSIT)
    for pid in s.batches[2].people:
        s.set_person(pid, status=PersonStatus.HANDED_OVER)
    for pid in s.batches[0].people + s.batches[3].people:
        s.set_person(pid, status=PersonStatus.SCHEDULED)
    s.add_batch(20, ready=2)
    s.crossing = replace(s.crossing, closed_days=frozenset())
    p = s.problem()
    return replace(p, start=START, flights=tuple(
        f for f in p.flights if f.departure_local.date() >= START),
        previous=previous_chunks(first.chunks, p.people))


def test_chunks_that_left_are_kept_and_their_capacity_counts() -> None:
    s, first = _first_week()
    p2 = _two_days_later(s, first)
    assert not any(ch.pinned for ch in p2.previous if ch.batch_id in (1, 4))
    # B1 is not pinned: it stays because it left, even with moves free of charge
    second = solve_valid(p2, weights=Weights(change=0))
    for ref in ("B1", "B2"):
        before, after = _chunk(first, ref), _chunk(second, ref)
        assert (after.key, after.steps, after.people, after.depart_day, after.arrival_day) == (
            before.key, before.steps, before.people, before.depart_day, before.arrival_day)
        assert after.pinned
    assert "B3" not in {c.batch_ref for c in second.chunks}  # handed over: not schedulable
    assert all(u.batch_ref != "B3" for u in second.unscheduled)
    # B1 holds 40 of the 50 places on today's flight: B5 (20 together) takes tomorrow's
    today = next(st.ref for st in _chunk(first, "B1").steps if st.kind.value == "flight")
    assert {f.flight: f.detainees for f in second.flights}[today] == 40
    assert arrivals(second)["B5"] == [3] and arrivals(second)["B4"] == [3]
    assert {(ld.kind, ld.day): ld.load for ld in second.loads
            if ld.kind in ("leg", "intake") and ld.day == START} == {
        ("leg", START): 40, ("intake", START): 40}
    assert second.terms["people_moved"] == 0
    handed = {p.id for p in p2.people if p.status == PersonStatus.HANDED_OVER}
    changes = diff(first.chunks, second.chunks, finished=handed)
    assert [(c.batch_ref, c.kind, len(c.people)) for c in changes] == [
        ("B3", "done", len(handed)), ("B5", "added", 20)]
    # without knowing who is done, the people handed over read as no longer scheduled
    assert [(c.batch_ref, c.kind) for c in diff(first.chunks, second.chunks)] == [
        ("B3", "removed"), ("B5", "added")]


def test_large_caseload_mode_keeps_them_too() -> None:
    """Block by block (large caseloads), and the first-come-first-served baseline, alike."""
    s, first = _first_week()
    p2 = _two_days_later(s, first)
    res = solve_valid(p2, block_options=2)
    assert res.stats["mode"] == "blocks"
    baseline = greedy_plan(p2, settings())
    assert validate(p2, baseline) == []
    for r in (res, baseline):
        assert [_chunk(r, ref).key for ref in ("B1", "B2")] == [
            _chunk(first, ref).key for ref in ("B1", "B2")]
        assert arrivals(r)["B5"] == [3]


def test_a_capacity_cut_below_what_is_under_way_keeps_the_plan_and_is_reported() -> None:
    """Today's flight now takes 30, fewer than the 40 of B1 already on their way to it: B1 is
    kept all the same (a pin that cannot be kept would leave no plan at all), nobody else is
    put on that flight, and the validator reports the excess."""
    s, first = _first_week()
    p2 = _two_days_later(s, first)
    today = next(st.ref for st in _chunk(first, "B1").steps if st.kind.value == "flight")
    p2 = replace(p2, flights=tuple(replace(f, max_detainees=30) if f.id == today else f
                                   for f in p2.flights))
    res = plan(p2, settings())
    assert _chunk(res, "B1").key == _chunk(first, "B1").key
    assert arrivals(res)["B5"] == [3]
    assert [v.code for v in validate(p2, res)] == ["max_detainees"]


def test_validator_still_rejects_a_new_chunk_before_the_start() -> None:
    s, first = _first_week()
    p2 = _two_days_later(s, first)
    second = solve_valid(p2)
    b1 = _chunk(second, "B1")
    # the same chunk, but not the one of the plan re-planned from (other people): not under way
    moved = replace(b1, people=_chunk(second, "B5").people, batch_id=5, batch_ref="B5")
    bad = replace(second, chunks=(*(c for c in second.chunks if c.batch_ref != "B5"), moved))
    codes = {v.code for v in validate(p2, bad)}
    assert "horizon" in codes


def test_pinned_chunk_still_ahead_stays_when_the_start_moves() -> None:
    s = Scenario(days=10)
    s.daily_flights()
    s.add_batch(30, ready=5)
    first = solve_valid(s.problem())
    assert arrivals(first) == {"B1": [5]}
    for p in list(s.people):
        s.set_person(p.id, ready=day(0))
    later = replace(s.problem(), start=START)
    free = replace(later, previous=previous_chunks(first.chunks))
    assert arrivals(solve_valid(free, weights=Weights(change=0))) == {"B1": [2]}
    pinned = replace(later, previous=previous_chunks(
        first.chunks, pinned_keys={(1, first.chunks[0].key)}))
    res = solve_valid(pinned, weights=Weights(change=0))
    assert res.chunks[0].key == first.chunks[0].key and res.chunks[0].pinned
    assert diff(first.chunks, res.chunks) == []


def test_changes_read_as_dates_and_a_route() -> None:
    s, first = _first_week()
    names = RouteNames.of(s.problem())
    b1, b2 = _chunk(first, "B1"), _chunk(first, "B2")
    assert describe_chunk(b1, names) == (
        "2025-03-04 → 2025-03-05: Site 1 → handover at Bridge 08:00 → flight CZ002 5 Mar 13:00"
        " → Nanjing PSB")
    assert describe_chunk(b2, names) == (
        "2025-03-03: Site 1 → handover at Bridge 08:00 → flight CZ001 13:00 → Nanjing PSB")
    assert describe_chunk(b2) == ("2025-03-03: site #1 → handover at crossing #1 08:00 → "
                                  "flight #1 13:00 → receiving point #1")
    # a cancelled flight moves B4: the change says where from and where to, without keys
    b4_flight = next(st.ref for st in _chunk(first, "B4").steps if st.kind.value == "flight")
    s.flights[b4_flight - 1] = replace(s.flights[b4_flight - 1], cancelled=True)
    p2 = replace(s.problem(), previous=previous_chunks(first.chunks))
    second = solve_valid(p2)
    (change,) = diff(first.chunks, second.chunks, RouteNames.of(p2))
    after = describe_chunk(_chunk(second, "B4"), RouteNames.of(p2))
    assert after.endswith("flight CZ004 13:00 → Nanjing PSB") or after.endswith(
        "flight CZ004 7 Mar 13:00 → Nanjing PSB")  # crossing on day 3 or day 4: equal cost
    assert change.describe() == (
        "B4: 30 people moved — was 2025-03-06: Site 1 → handover at Bridge 08:00 → flight "
        f"CZ003 13:00 → Nanjing PSB; now {after}")
    assert "@" not in change.describe() and "/R" not in change.describe()


def test_replan_from_the_database_two_days_on(engine: Engine,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The whole path: plan, publish, cancel a flight still ahead, re-plan two days later
    (flights of the past days are not loaded): what left is kept and not listed, the plan
    validates, and `plan diff` says where people moved in words, without itinerary keys."""
    fill_plannable(engine)
    first = run_plan(engine, PlanSettings(time_limit=3, workers=1, start=D0), actor="t")
    assert first.violations == ()
    publish(engine, first.plan_id, "t")
    later = D0 + dt.timedelta(days=2)
    gone = [ch for ch in first.result.chunks if ch.depart_day < later]
    ahead = [ch for ch in first.result.chunks if ch.depart_day >= later]
    assert gone and ahead
    flight = next(st.ref for st in ahead[0].steps if st.kind.value == "flight")
    with transaction(engine) as s:
        f = s.get(Flight, flight)
        assert f is not None
        f.status = FlightStatus.CANCELLED
        s.add(f)
    again = run_plan(engine, PlanSettings(time_limit=3, workers=1, start=later), replan=True,
                     actor="t")
    assert again.violations == () and again.result.start == later
    kept = {(ch.key, ch.people) for ch in again.result.chunks}
    assert all((ch.key, ch.people) in kept for ch in gone)
    left = {pid for ch in gone for pid in ch.people}
    assert again.changes and not any(set(c.people) & left for c in again.changes)
    assert again.result.terms["people_moved"] == sum(len(c.people) for c in again.changes)
    db = engine.url.render_as_string(hide_password=False)
    assert main(["--db", db, "plan", "diff", str(first.plan_id), str(again.plan_id)]) == 0
    text = capsys.readouterr().out
    assert f"{ahead[0].batch_ref}: " in text and "moved — was " in text
    assert "/R" not in text and "@" not in text and "City PSB" in text
    assert main(["--db", db, "plan", "diff", str(first.plan_id), str(again.plan_id),
                 "--json"]) == 0
    for c in json.loads(capsys.readouterr().out):
        for said in (c["before"], c["after"]):
            assert said is None or (said.endswith("City PSB") and "flight CZ" in said
                                    and said[:10] >= later.isoformat())


def test_a_family_member_cleared_since_does_not_join_a_chunk_under_way() -> None:
    """Two people of B1 (on the road since day 1) turn out to be a family with someone cleared
    only now: the chunk under way carries its own 40 people; the newcomer travels on their own
    (keep-together cannot hold any more)."""
    s, first = _first_week()
    p2 = _two_days_later(s, first)
    b1 = p2.batches[0]
    mates = set(b1.people[:2])
    new_id = max(p.id for p in p2.people) + 1
    newcomer = replace(p2.people[0], id=new_id, ref=f"P{new_id}", status=PersonStatus.CLEARED,
                       ready=START, family_ref="F1")
    people = tuple(replace(p, family_ref="F1") if p.id in mates else p for p in p2.people)
    p3 = replace(p2, people=(*people, newcomer),
                 batches=(replace(b1, people=(*b1.people, new_id), min_chunk=1),
                          *p2.batches[1:]))
    res = plan(p3, settings())
    # the family is split, and the independent check says so (nothing else is wrong)
    found = validate(p3, res)
    assert found and {v.code for v in found} == {"keep_together"}
    under_way = _chunk(first, "B1")
    kept = [c for c in res.chunks if c.key == under_way.key]
    assert len(kept) == 1 and kept[0].people == under_way.people
    assert all(new_id not in c.people or c.depart_day >= START for c in res.chunks)


def test_a_chunk_under_way_whose_flight_is_cancelled_is_kept_with_a_warning() -> None:
    s, first = _first_week()
    p2 = _two_days_later(s, first)
    flight = next(st.ref for st in _chunk(first, "B1").steps if st.kind.value == "flight")
    p3 = replace(p2, flights=tuple(replace(f, cancelled=True) if f.id == flight else f
                                   for f in p2.flights))
    res = plan(p3, settings())
    assert any("B1" in w and "cancelled" in w for w in res.warnings), res.warnings
    assert _chunk(res, "B1").key == _chunk(first, "B1").key  # nothing can move it any more
