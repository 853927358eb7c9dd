"""Engine operations on a database, for the CLI and the GUI: plan, re-plan, validate, explain."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.db.models import Batch, BorderCrossing, Flight, Location, Person, ReceivingPoint
from planner.engine.build import load_problem
from planner.engine.core import Progress
from planner.engine.planner import plan
from planner.engine.problem import Problem, Step, StepKind
from planner.engine.replan import Change, RouteNames, diff, previous_chunks
from planner.engine.result import PlanResult
from planner.engine.settings import PlanSettings
from planner.engine.store import PlanError, load_plan, published_plan_id, save_plan
from planner.engine.units import NEVER as FINISHED
from planner.engine.validate import Violation, validate


@dataclass(frozen=True, slots=True)
class RunOutcome:
    plan_id: int
    result: PlanResult
    problem: Problem
    violations: tuple[Violation, ...]
    changes: tuple[Change, ...]
    base_id: int | None


def run_plan(
    engine: Engine,
    settings: PlanSettings,
    *,
    replan: bool = False,
    base_id: int | None = None,
    delayed: Sequence[tuple[int, dt.date]] = (),
    actor: str = "",
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> RunOutcome:
    """Plan (or re-plan from the published plan, or `base_id`), validate, save as a draft."""
    base = None
    if replan:
        base_id = base_id or published_plan_id(engine)
        if base_id is None:
            raise PlanError("there is no published plan to re-plan from; publish one first")
        base = load_plan(engine, base_id)
        if settings.start is None:
            settings = dataclasses.replace(
                settings, start=base.result.start,
                horizon_days=max(settings.horizon_days,
                                 (base.result.end - base.result.start).days + 1))
    problem = load_problem(engine, settings, delayed=tuple(delayed))
    if base is not None:
        problem = dataclasses.replace(problem, previous=previous_chunks(
            base.result.chunks, problem.people, base.pinned))
    result = plan(problem, settings, on_progress, should_stop)
    violations = tuple(validate(problem, result))
    plan_id = save_plan(engine, result, parent_id=base_id if replan else None, actor=actor)
    finished = {p.id for p in problem.people if p.status in FINISHED}
    changes = tuple(diff(base.result.chunks, result.chunks, RouteNames.of(problem),
                         finished)) if base is not None else ()
    return RunOutcome(plan_id, result, problem, violations, changes,
                      base_id if replan else None)


def problem_for(engine: Engine, plan_id: int) -> tuple[Problem, PlanResult]:
    """The problem as it stands now, over the stored plan's horizon and settings."""
    sp = load_plan(engine, plan_id)
    res = sp.result
    settings = dataclasses.replace(res.settings, start=res.start,
                                   horizon_days=(res.end - res.start).days + 1)
    problem = load_problem(engine, settings)
    if sp.parent_id is not None:
        parent = load_plan(engine, sp.parent_id)
        problem = dataclasses.replace(problem, previous=previous_chunks(
            parent.result.chunks, problem.people, parent.pinned))
    return problem, res


def route_names(engine: Engine) -> RouteNames:
    """Names of places, crossings, flights and receiving points, to describe stored plans."""
    with Session(engine) as s:
        return RouteNames({x.id: x.name_en for x in s.exec(select(Location)) if x.id},
                          {x.id: x.name for x in s.exec(select(BorderCrossing)) if x.id},
                          {x.id: x.number for x in s.exec(select(Flight)) if x.id},
                          {x.id: x.name for x in s.exec(select(ReceivingPoint)) if x.id})


def finished_people(engine: Engine) -> frozenset[int]:
    """People handed over or struck by now (a plan comparison reports them as done)."""
    with Session(engine) as s:
        return frozenset(pid for pid, st in s.exec(select(Person.id, Person.status))
                         if pid is not None and st in FINISHED)


def validate_stored(engine: Engine, plan_id: int) -> list[Violation]:
    """A stored plan against the data as it stands now; people on its manifests whose
    handover was recorded have moved on in status, which is no violation."""
    from planner.manifests.models import Manifest, ManifestEntry

    problem, res = problem_for(engine, plan_id)
    with Session(engine) as s:
        executed = set(s.exec(
            select(ManifestEntry.person_id).join(
                Manifest, col(Manifest.id) == col(ManifestEntry.manifest_id))
            .where(Manifest.plan_id == plan_id, col(Manifest.frozen).is_(True))).all())
    return validate(problem, res, executed=executed)


def explain_batch(engine: Engine, batch_ref: str, plan_id: int) -> dict[str, object]:
    """What a plan does with a batch: its chunks, and the reasons for anyone left out."""
    with Session(engine) as s:
        b = s.exec(select(Batch).where(Batch.ref == batch_ref)).first()
        if b is None:
            raise PlanError(f"there is no batch {batch_ref}")
        places = {loc.id: loc.name_en for loc in s.exec(select(Location))}
        crossings = {x.id: x.name for x in s.exec(select(BorderCrossing))}
        flights = {f.id: f.number for f in s.exec(select(Flight))}
    res = load_plan(engine, plan_id).result

    def describe(st: Step) -> str:
        when = f"{st.start:%Y-%m-%d %H:%M}–{st.end:%H:%M}"
        route = f"{places.get(st.origin, '?')} → {places.get(st.destination, '?')}"
        if st.kind == StepKind.CROSSING:
            return f"handover at {crossings.get(st.ref, '?')} {when}"
        if st.kind == StepKind.FLIGHT:
            return f"flight {flights.get(st.ref, '?')} {route} {when}"
        return f"road {route} {when}"

    chunks = [{"people": len(c.people), "depart_day": c.depart_day.isoformat(),
               "arrival_day": c.arrival_day.isoformat(), "itinerary": c.key,
               "steps": [describe(st) for st in c.steps],
               "pinned": c.pinned} for c in res.chunks if c.batch_id == b.id]
    reasons = [r for u in res.unscheduled if u.batch_id == b.id for r in u.reasons]
    return {"batch": batch_ref, "plan": plan_id, "scheduled_chunks": chunks,
            "unscheduled_reasons": reasons}
