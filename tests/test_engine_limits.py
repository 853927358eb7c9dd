"""Each hard limit on a small hand-built scenario whose right answer is known."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.domain.enums import PersonStatus
from planner.engine.problem import RoadLeg, StepKind
from tests.engine_helpers import D0, Scenario, arrivals, day, solve_valid


def test_basic_same_day_route() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(40)
    res = solve_valid(s.problem())
    assert res.status == "OPTIMAL"
    assert arrivals(res) == {"B1": [0]}
    kinds = [st.kind for st in res.chunks[0].steps]
    assert kinds == [StepKind.ROAD, StepKind.CROSSING, StepKind.ROAD, StepKind.FLIGHT]
    assert res.terms["person_days"] == 0
    assert res.flights[0].escorts == 40  # one escort per detainee


def test_crossing_daily_cap() -> None:
    s = Scenario()
    s.crossing = replace(s.crossing, daily_capacity=50)
    s.daily_flights(max_det=100, seats=200)
    s.add_batch(40)
    s.add_batch(40)
    res = solve_valid(s.problem())
    assert sorted(d for v in arrivals(res).values() for d in v) == [0, 1]


def test_closed_weekday_and_closure() -> None:
    s = Scenario()
    s.crossing = replace(s.crossing, open_weekdays=frozenset({2, 3, 4, 5, 6, 7}),
                         closed_days=frozenset({day(1)}))
    s.daily_flights()
    s.add_batch(30)
    res = solve_valid(s.problem())
    assert arrivals(res) == {"B1": [2]}  # Monday closed weekly, Tuesday closed for the day


def test_opening_hours_and_connection_pick_the_later_flight() -> None:
    s = Scenario()
    early = s.add_flight(0, 9)
    late = s.add_flight(0, 15)
    s.add_batch(20)
    res = solve_valid(s.problem())
    flights = [st.ref for st in res.chunks[0].steps if st.kind == StepKind.FLIGHT]
    assert flights == [late] and early != late
    cross = next(st for st in res.chunks[0].steps if st.kind == StepKind.CROSSING)
    assert cross.start.time() >= dt.time(8, 0)


def test_handover_window_too_short_leaves_batch_unscheduled() -> None:
    s = Scenario()
    s.crossing = replace(s.crossing, open_until=dt.time(8, 30), handover_minutes=60)
    s.daily_flights()
    s.add_batch(10)
    res = solve_valid(s.problem())
    assert res.chunks == ()
    assert len(res.unscheduled) == 1
    assert "no route" in res.unscheduled[0].reasons[0]


def test_seats_include_escorts() -> None:
    s = Scenario(days=3)
    s.daily_flights(seats=60, max_det=50, ratio=0.5)
    s.add_batch(40)  # 40 + 20 escorts = 60 seats: fits
    s.add_batch(45)  # 45 + 23 escorts = 68 seats: never fits
    res = solve_valid(s.problem())
    assert arrivals(res) == {"B1": [0]}
    assert [u.batch_ref for u in res.unscheduled] == ["B2"]
    assert "flights full" in res.unscheduled[0].reasons[0]


def test_max_detainees_splits_into_min_chunks() -> None:
    s = Scenario()
    s.daily_flights(max_det=30)
    s.add_batch(40, min_chunk=20)
    res = solve_valid(s.problem())
    assert sorted(len(c.people) for c in res.chunks) == [20, 20]
    assert arrivals(res) == {"B1": [0, 1]}


def test_min_chunk_forbids_small_split() -> None:
    s = Scenario(days=3)
    s.daily_flights(max_det=20)
    s.add_batch(25, min_chunk=15)
    res = solve_valid(s.problem())
    assert res.chunks == ()
    s2 = Scenario(days=3)
    s2.daily_flights(max_det=20)
    s2.add_batch(25, min_chunk=10)
    res2 = solve_valid(s2.problem())
    assert res2.scheduled_people == 25
    assert all(len(c.people) >= 10 for c in res2.chunks)


def test_cancelled_flight_carries_nobody() -> None:
    s = Scenario()
    s.add_flight(0, 13, cancelled=True)
    s.add_flight(1, 13)
    s.add_batch(30)
    res = solve_valid(s.problem())
    assert arrivals(res) == {"B1": [1]}


def test_vehicle_capacity_per_day() -> None:
    s = Scenario()
    s.legs = [RoadLeg(1, 1, 2, 60, 20, 2), RoadLeg(2, 3, 4, 30, 50, 10)]
    s.daily_flights(max_det=100, seats=300)
    for _ in range(3):
        s.add_batch(20)
    res = solve_valid(s.problem())
    assert sorted(d for v in arrivals(res).values() for d in v) == [0, 0, 1]
    day0 = [v for v in res.vehicles if v.leg == 1 and v.day == D0]
    assert len(day0) == 2 and all(len(v.people) <= 20 for v in day0)


def test_staging_capacity_for_overnight_wait() -> None:
    s = Scenario()
    s.crossing = replace(s.crossing, open_weekdays=frozenset({1}))  # Mondays only
    s.cpb_holding = 30
    for n in (1, 8):  # flights on Tuesdays only
        s.add_flight(n, 13)
    s.add_batch(25)
    s.add_batch(25)
    res = solve_valid(s.problem())
    assert sorted(d for v in arrivals(res).values() for d in v) == [1, 8]
    staged = [ld for ld in res.loads if ld.kind == "stage"]
    assert staged and all(ld.load <= 30 for ld in staged)


def test_no_overnight_without_holding_capacity() -> None:
    s = Scenario(days=7)
    s.crossing = replace(s.crossing, open_weekdays=frozenset({1}))
    s.add_flight(1, 13)
    s.add_batch(10)
    res = solve_valid(s.problem())
    assert res.chunks == ()


def test_receiving_daily_intake() -> None:
    s = Scenario()
    s.receiving = replace(s.receiving, daily_intake=40)
    s.daily_flights(max_det=100, seats=300)
    s.add_batch(30)
    s.add_batch(30)
    res = solve_valid(s.problem())
    assert sorted(d for v in arrivals(res).values() for d in v) == [0, 1]


def test_keep_together_family_in_one_chunk_and_vehicle() -> None:
    s = Scenario()
    s.legs = [RoadLeg(1, 1, 2, 60, 14, 10), RoadLeg(2, 3, 4, 30, 50, 10)]
    s.daily_flights(max_det=20)
    fam = dict.fromkeys(range(12), "FAM1")
    _, ids = s.add_batch(30, min_chunk=8, families=fam)
    res = solve_valid(s.problem())
    assert res.scheduled_people == 30
    holder = next(c for c in res.chunks if ids[0] in c.people)
    assert set(ids[:12]) <= set(holder.people)
    vs = [v for v in res.vehicles if ids[0] in v.people]
    assert all(set(ids[:12]) <= set(v.people) for v in vs)


def test_separation_never_same_flight() -> None:
    s = Scenario()
    s.daily_flights()
    _, ids = s.add_batch(20, min_chunk=10)
    s.separations.append((ids[0], ids[1]))
    res = solve_valid(s.problem())
    assert res.scheduled_people == 20
    fl = {pid: st.ref for c in res.chunks for st in c.steps if st.kind == StepKind.FLIGHT
          for pid in c.people}
    assert fl[ids[0]] != fl[ids[1]]


def test_hard_deadline_before_any_route() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(10, ready=3, deadline=2)
    res = solve_valid(s.problem())
    assert res.chunks == ()
    assert "legal deadline" in res.unscheduled[0].reasons[0]


def test_soft_deadline_schedules_late_with_warning() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(10, ready=3, deadline=2)
    res = solve_valid(s.problem(), soft_deadline=True)
    assert arrivals(res) == {"B1": [3]}
    assert res.terms["late_person_days"] == 10
    assert any("deadline" in w for w in res.warnings)


def test_ready_date_respected() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(10, ready=4)
    res = solve_valid(s.problem())
    assert arrivals(res) == {"B1": [4]}
    assert res.chunks[0].steps[0].start.date() >= day(4)


def test_not_cleared_struck_and_unready_are_never_scheduled() -> None:
    s = Scenario()
    s.daily_flights()
    _, ids = s.add_batch(12, min_chunk=1)
    s.set_person(ids[0], status=PersonStatus.VERIFIED)
    s.set_person(ids[1], status=PersonStatus.STRUCK)
    s.set_person(ids[2], ready=None, missing_steps=("exit clearance",))
    s.set_person(ids[3], status=PersonStatus.HANDED_OVER)
    res = solve_valid(s.problem())
    scheduled = {pid for c in res.chunks for pid in c.people}
    assert scheduled == set(ids[4:])
    reasons = " / ".join(res.unscheduled[0].reasons)
    assert "not cleared" in reasons and "exit clearance" in reasons
    assert set(res.unscheduled[0].people) == {ids[0], ids[2]}


def test_priority_goes_first_when_capacity_is_short() -> None:
    s = Scenario()
    s.crossing = replace(s.crossing, daily_capacity=30)
    s.daily_flights()
    s.add_batch(30, weight=10)
    s.add_batch(30, weight=30)  # minors / victims: heavier
    res = solve_valid(s.problem())
    assert arrivals(res) == {"B1": [1], "B2": [0]}


def test_no_receiving_point_for_province() -> None:
    s = Scenario()
    s.daily_flights()
    s.add_batch(10, province="Yunnan")
    res = solve_valid(s.problem())
    assert "Yunnan" in res.unscheduled[0].reasons[0]
