"""The independent validator catches every kind of injected violation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.domain.enums import PersonStatus
from planner.engine.problem import Problem, StepKind
from planner.engine.result import Chunk, PlanResult
from planner.engine.validate import validate
from tests.engine_helpers import Scenario, day, solve_valid


def _base() -> tuple[Scenario, Problem, PlanResult]:
    s = Scenario()
    s.daily_flights(seats=120, max_det=50, ratio=1.0)
    s.add_batch(30, ready=0, min_chunk=10)
    s.add_batch(20, ready=1, min_chunk=10)
    p = s.problem()
    return s, p, solve_valid(p)


def _codes(problem: Problem, res: PlanResult) -> set[str]:
    return {v.code for v in validate(problem, res)}


def _with_chunk(res: PlanResult, i: int, ch: Chunk) -> PlanResult:
    chunks = list(res.chunks)
    chunks[i] = ch
    return replace(res, chunks=tuple(chunks))


def test_clean_plan_is_valid() -> None:
    _, p, res = _base()
    assert validate(p, res) == []


def test_duplicated_chunk_is_caught() -> None:
    _, p, res = _base()
    bad = replace(res, chunks=(*res.chunks, res.chunks[0]))
    assert "twice" in _codes(p, bad)


def test_tampered_handover_time_and_day() -> None:
    _, p, res = _base()
    ch = res.chunks[0]
    k = next(i for i, st in enumerate(ch.steps) if st.kind == StepKind.CROSSING)
    steps = list(ch.steps)
    steps[k] = replace(steps[k], start=steps[k].start.replace(hour=6))
    assert "crossing_hours" in _codes(p, _with_chunk(res, 0, replace(ch, steps=tuple(steps))))
    closed = replace(p, crossings=(replace(p.crossings[0], closed_days=frozenset(
        {ch.steps[k].start.date()})),))
    assert "crossing_closed" in _codes(closed, res)


def test_capacities_recomputed_from_the_plan() -> None:
    _, p, res = _base()
    tight = replace(p, crossings=(replace(p.crossings[0], daily_capacity=10),),
                    receiving=(replace(p.receiving[0], daily_intake=10),),
                    flights=tuple(replace(f, max_detainees=10, seats=15) for f in p.flights))
    codes = _codes(tight, res)
    assert {"crossing_cap", "intake", "max_detainees", "seats"} <= codes


def test_cancelled_flight_vehicles_and_ready_date() -> None:
    _, p, res = _base()
    fid = next(st.ref for st in res.chunks[0].steps if st.kind == StepKind.FLIGHT)
    cancelled = replace(p, flights=tuple(replace(f, cancelled=f.id == fid) for f in p.flights))
    assert "flight" in _codes(cancelled, res)
    assert "vehicle" in _codes(p, replace(res, vehicles=res.vehicles[1:]))
    few = replace(p, legs=tuple(replace(leg, vehicles_per_day=0) for leg in p.legs))
    assert "vehicles_per_day" in _codes(few, res)
    late = replace(p, people=tuple(replace(x, ready=day(9)) for x in p.people))
    assert "ready" in _codes(late, res)


def test_status_deadline_min_chunk_and_separation() -> None:
    _, p, res = _base()
    struck = replace(p, people=tuple(replace(x, status=PersonStatus.VERIFIED)
                                     for x in p.people))
    assert "status" in _codes(struck, res)
    early = replace(p, batches=tuple(replace(b, deadline=day(0) - dt.timedelta(days=1))
                                     for b in p.batches))
    assert "deadline" in _codes(early, res)
    ch = res.chunks[0]
    split = (replace(ch, people=ch.people[:3]), replace(ch, people=ch.people[3:]))
    bad = replace(res, chunks=(*split, *res.chunks[1:]))
    assert "min_chunk" in _codes(p, bad)
    pair = replace(p, separations=((ch.people[0], ch.people[1]),))
    assert "separation" in _codes(pair, res)


def test_broken_route_and_connection() -> None:
    _, p, res = _base()
    ch = res.chunks[0]
    assert "route" in _codes(p, _with_chunk(res, 0, replace(ch, steps=ch.steps[1:])))
    steps = list(ch.steps)
    k = next(i for i, st in enumerate(steps) if st.kind == StepKind.FLIGHT)
    prev = steps[k - 1]
    steps[k - 1] = replace(prev, start=prev.start + dt.timedelta(hours=2),
                           end=prev.end + dt.timedelta(hours=2))
    assert "connection" in _codes(p, _with_chunk(res, 0, replace(ch, steps=tuple(steps))))


def test_family_split_is_caught() -> None:
    s, _, _ = _base()
    fam = [x.id for x in s.people[:2]]
    for pid in fam:
        s.set_person(pid, family_ref="F1")
    p = s.problem()
    res = solve_valid(p)
    holder = next(c for c in res.chunks if fam[0] in c.people)
    i = res.chunks.index(holder)
    other = next(c for c in res.chunks if fam[0] not in c.people)
    j = res.chunks.index(other)
    moved = _with_chunk(res, i, replace(holder, people=tuple(x for x in holder.people
                                                             if x != fam[1])))
    moved = _with_chunk(moved, j, replace(other, people=(*other.people, fam[1])))
    assert "keep_together" in _codes(p, moved)
