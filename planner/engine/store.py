"""Saving, loading, publishing and re-planning stored plans."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.db.engine import transaction
from planner.db.models import Person, utcnow
from planner.db.plan_models import (
    Plan,
    PlanAssignment,
    PlanFlight,
    PlanLoad,
    PlanStep,
    PlanVehicle,
)
from planner.domain.enums import PersonStatus
from planner.engine.problem import Step, StepKind
from planner.engine.result import Chunk, FlightLoad, Load, PlanResult, Unscheduled, Vehicle
from planner.engine.settings import PlanSettings


class PlanError(Exception):
    """A plan operation that cannot be done; the message says why."""


@dataclasses.dataclass(frozen=True, slots=True)
class StoredPlan:
    id: int
    status: str
    parent_id: int | None
    created_at: dt.datetime
    published_at: dt.datetime | None
    result: PlanResult
    pinned: frozenset[tuple[int, str]]
    """(batch id, itinerary key) of chunks pinned or confirmed"""


def save_plan(engine: Engine, result: PlanResult, *, parent_id: int | None = None,
              actor: str = "", name: str = "") -> int:
    with transaction(engine, actor or None) as s:
        p = Plan(status="draft", parent_id=parent_id, name=name, created_by=actor,
                 start_day=result.start, end_day=result.end, solver_status=result.status,
                 objective=result.objective, best_bound=result.best_bound, gap=result.gap,
                 settings_json=json.dumps(result.settings.to_json()),
                 terms_json=json.dumps(result.terms), warnings_json=json.dumps(result.warnings),
                 stats_json=json.dumps(result.stats, default=str),
                 unscheduled_json=json.dumps([dataclasses.asdict(u) for u in result.unscheduled]))
        s.add(p)
        s.flush()
        assert p.id is not None
        counts: dict[int, int] = {}
        for ch in result.chunks:
            counts[ch.batch_id] = counts.get(ch.batch_id, 0) + 1
            a = PlanAssignment(plan_id=p.id, batch_id=ch.batch_id, chunk_no=counts[ch.batch_id],
                               itinerary_key=ch.key, receiving_point_id=ch.receiving,
                               depart_day=ch.depart_day, arrival_day=ch.arrival_day,
                               size=len(ch.people), people_json=json.dumps(list(ch.people)),
                               pinned=ch.pinned)
            s.add(a)
            s.flush()
            assert a.id is not None
            for k, st in enumerate(ch.steps):
                s.add(PlanStep(assignment_id=a.id, seq=k, kind=st.kind.value, ref_id=st.ref,
                               origin_id=st.origin, destination_id=st.destination,
                               start_local=st.start, end_local=st.end))
        for f in result.flights:
            s.add(PlanFlight(plan_id=p.id, flight_id=f.flight, detainees=f.detainees,
                             escorts=f.escorts))
        for v in result.vehicles:
            s.add(PlanVehicle(plan_id=p.id, leg_id=v.leg, day=v.day, number=v.number,
                              people_json=json.dumps(list(v.people))))
        for ld in result.loads:
            s.add(PlanLoad(plan_id=p.id, kind=ld.kind, ref_id=ld.ref, day=ld.day, load=ld.load,
                           capacity=ld.capacity))
        return p.id


def load_plan(engine: Engine, plan_id: int) -> StoredPlan:
    from planner.db.models import Batch, Flight

    with Session(engine) as s:
        p = s.get(Plan, plan_id)
        if p is None:
            raise PlanError(f"there is no plan {plan_id}")
        refs = {b.id: b.ref for b in s.exec(select(Batch)).all()}
        assigns = s.exec(select(PlanAssignment).where(PlanAssignment.plan_id == plan_id)
                         .order_by(col(PlanAssignment.id))).all()
        ids = [a.id for a in assigns]
        steps: dict[int, list[PlanStep]] = {}
        if ids:
            for st in s.exec(select(PlanStep).where(col(PlanStep.assignment_id).in_(ids))
                             .order_by(col(PlanStep.assignment_id), col(PlanStep.seq))).all():
                steps.setdefault(st.assignment_id, []).append(st)
        chunks = tuple(
            Chunk(a.batch_id, refs.get(a.batch_id, str(a.batch_id)),
                  tuple(json.loads(a.people_json)),
                  tuple(Step(StepKind(st.kind), st.ref_id, st.origin_id, st.destination_id,
                             st.start_local, st.end_local) for st in steps.get(a.id or 0, [])),
                  a.receiving_point_id, a.depart_day, a.arrival_day, a.itinerary_key,
                  a.pinned or a.confirmed)
            for a in assigns)
        fl = {f.id: f for f in s.exec(select(Flight)).all()}
        flights = tuple(FlightLoad(f.flight_id, f.detainees, f.escorts,
                                   fl[f.flight_id].seats if f.flight_id in fl else 0,
                                   fl[f.flight_id].max_detainees if f.flight_id in fl else 0)
                        for f in s.exec(select(PlanFlight).where(PlanFlight.plan_id == plan_id))
                        .all())
        vehicles = tuple(Vehicle(v.leg_id, v.day, v.number, tuple(json.loads(v.people_json)))
                         for v in s.exec(select(PlanVehicle).where(
                             PlanVehicle.plan_id == plan_id).order_by(col(PlanVehicle.id))).all())
        loads = tuple(Load(x.kind, x.ref_id, x.day, x.load, x.capacity)
                      for x in s.exec(select(PlanLoad).where(PlanLoad.plan_id == plan_id)
                                      .order_by(col(PlanLoad.id))).all())
        uns = tuple(Unscheduled(u["batch_id"], u["batch_ref"], tuple(u["people"]),
                                tuple(u["reasons"])) for u in json.loads(p.unscheduled_json))
        result = PlanResult(
            status=p.solver_status, objective=p.objective, best_bound=p.best_bound, gap=p.gap,
            terms=json.loads(p.terms_json), chunks=chunks, vehicles=vehicles, flights=flights,
            loads=loads, unscheduled=uns, warnings=tuple(json.loads(p.warnings_json)),
            start=p.start_day, end=p.end_day,
            settings=PlanSettings.from_json(json.loads(p.settings_json)),
            stats=json.loads(p.stats_json))
        pinned = frozenset((a.batch_id, a.itinerary_key) for a in assigns
                           if a.pinned or a.confirmed)
        return StoredPlan(plan_id, p.status, p.parent_id, p.created_at, p.published_at, result,
                          pinned)


def list_plans(engine: Engine) -> list[Plan]:
    with Session(engine) as s:
        return list(s.exec(select(Plan).order_by(col(Plan.id))).all())


def published_plan_id(engine: Engine) -> int | None:
    with Session(engine) as s:
        p = s.exec(select(Plan).where(Plan.status == "published")
                   .order_by(col(Plan.id).desc())).first()
        return p.id if p else None


def latest_plan_id(engine: Engine) -> int | None:
    with Session(engine) as s:
        p = s.exec(select(Plan).order_by(col(Plan.id).desc())).first()
        return p.id if p else None


def publish(engine: Engine, plan_id: int, actor: str, update_status: bool = True) -> int:
    """Publish a plan: the published one before it is superseded. With `update_status`, people
    in the plan who are cleared become scheduled and scheduled people no longer in it go back to
    cleared, each change recorded. Returns the number of status changes."""
    from planner.services.people import change_status

    changed = 0
    with transaction(engine, actor or None) as s:
        p = s.get(Plan, plan_id)
        if p is None:
            raise PlanError(f"there is no plan {plan_id}")
        if p.status == "published":
            raise PlanError(f"plan {plan_id} is already published")
        for old in s.exec(select(Plan).where(Plan.status == "published")).all():
            old.status = "superseded"
            old.version += 1
            s.add(old)
        p.status = "published"
        p.published_at = utcnow()
        p.version += 1
        s.add(p)
        if update_status:
            ids: set[int] = set()
            for a in s.exec(select(PlanAssignment).where(PlanAssignment.plan_id == plan_id)):
                ids.update(json.loads(a.people_json))
            note = f"plan {plan_id} published"
            for person in s.exec(select(Person).where(col(Person.status).in_(
                    [PersonStatus.CLEARED, PersonStatus.SCHEDULED]))).all():
                if person.id in ids and person.status == PersonStatus.CLEARED:
                    change_status(s, person, PersonStatus.SCHEDULED, actor=actor, note=note)
                    changed += 1
                elif person.id not in ids and person.status == PersonStatus.SCHEDULED:
                    change_status(s, person, PersonStatus.CLEARED, actor=actor,
                                  note=f"no longer scheduled: {note}")
                    changed += 1
    return changed


def set_pinned(engine: Engine, plan_id: int, batch_refs: Sequence[str], pinned: bool,
               actor: str = "") -> int:
    from planner.db.models import Batch

    with transaction(engine, actor or None) as s:
        ids = [b.id for b in s.exec(select(Batch).where(col(Batch.ref).in_(batch_refs))).all()]
        n = 0
        for a in s.exec(select(PlanAssignment).where(PlanAssignment.plan_id == plan_id,
                                                     col(PlanAssignment.batch_id).in_(ids))):
            a.pinned = pinned
            s.add(a)
            n += 1
        return n
