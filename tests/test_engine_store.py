"""Plans in the database: build from tables, save, load, publish, re-plan, diff, export, CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.cli.main import main
from planner.db.engine import transaction
from planner.db.models import Flight, Person
from planner.domain.enums import FlightStatus, PersonStatus
from planner.engine.build import load_problem
from planner.engine.export import export_schedule
from planner.engine.service import run_plan, validate_stored
from planner.engine.settings import PlanSettings
from planner.engine.store import load_plan, publish
from tests.factories import make_batch, make_network, make_person

D0 = dt.date(2025, 3, 3)
SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "plan-schema.json"


def _fill(engine: Engine) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        assert net.airport.id and net.city.id
        for n in range(6):
            dep = dt.datetime.combine(D0 + dt.timedelta(days=n), dt.time(14, 0))
            s.add(Flight(number=f"CZ{n:03d}", origin_id=net.airport.id,
                         destination_id=net.city.id, departure_local=dep,
                         arrival_local=dep + dt.timedelta(hours=4), seats=120, max_detainees=50,
                         escorts_per_detainee=1.0, status=FlightStatus.PROPOSED,
                         charter_cost=40_000, optional=True))
        for b in range(3):
            batch = make_batch(s, net, f"B{b + 1}", min_chunk=10)
            for k in range(30):
                make_person(s, net, f"P{b}-{k}", batch_id=batch.id, status=PersonStatus.CLEARED,
                            identity_verified_on=D0, document_issued_on=D0,
                            exit_clearance_on=D0 + dt.timedelta(days=b), fit_to_travel_on=D0,
                            family_ref="FAM" if k < 3 else "")
        make_person(s, net, "NOT-READY", batch_id=batch.id, status=PersonStatus.CLEARED)


def test_plan_save_load_publish_replan_export(engine: Engine, tmp_path: Path) -> None:
    _fill(engine)
    settings = PlanSettings(time_limit=10, workers=1, horizon_days=10)
    problem = load_problem(engine, settings)
    assert problem.start == D0 and len(problem.people) == 91
    out = run_plan(engine, settings)
    assert out.violations == () and out.result.scheduled_people == 90
    assert any("exit clearance" in r for u in out.result.unscheduled for r in u.reasons)
    stored = load_plan(engine, out.plan_id)
    assert stored.status == "draft" and len(stored.result.chunks) == len(out.result.chunks)
    assert validate_stored(engine, out.plan_id) == []
    assert publish(engine, out.plan_id, "tester") == 90
    with Session(engine) as s:
        statuses = {p.status for p in s.exec(select(Person)).all() if p.ref != "NOT-READY"}
        assert statuses == {PersonStatus.SCHEDULED}
        used = stored.result.chunks[0].steps[-1].ref
        f = s.get(Flight, used)
        assert f is not None
        f.status = FlightStatus.CANCELLED
        s.add(f)
        s.commit()
    again = run_plan(engine, settings, replan=True)
    assert again.violations == () and again.base_id == out.plan_id
    assert {c.batch_id for c in again.changes} == {stored.result.chunks[0].batch_id}
    doc = export_schedule(engine, again.plan_id)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    assert doc["plan"]["parent_id"] == out.plan_id


def test_cli_commands(engine: Engine, tmp_path: Path, capsys: object) -> None:
    _fill(engine)
    db = engine.url.render_as_string(hide_password=False)
    assert main(["--db", db, "plan", "--time-limit", "5", "--horizon", "10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert {"status", "objective", "best_bound", "gap", "scheduled_people",
            "unscheduled_batches"} <= set(data)
    assert data["unscheduled_batches"][0]["reasons"]
    assert main(["--db", db, "plan", "publish"]) == 0
    assert main(["--db", db, "validate"]) == 0
    assert main(["--db", db, "plan", "--replan", "--time-limit", "3", "--delay",
                 "B1=2025-03-05"]) == 0
    assert main(["--db", db, "plan", "diff", "1", "2", "--json"]) == 0
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["--db", db, "plan", "diff", "1", "2", "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert changes and {c["batch"] for c in changes} == {"B1"}
    assert main(["--db", db, "explain", "B3"]) == 0
    out = tmp_path / "s.json"
    assert main(["--db", db, "export", "schedule", "--format", "json", "-o", str(out)]) == 0
    jsonschema.validate(json.loads(out.read_text()), json.loads(SCHEMA.read_text()))


def test_saving_publishing_and_pinning_are_audited_under_the_operator(engine: Engine) -> None:
    from planner.audit.query import list_entries
    from planner.engine.store import set_pinned

    _fill(engine)
    first = max((e.seq for e in list_entries(engine, limit=1)), default=0)
    settings = PlanSettings(time_limit=5, seed=1)
    out = run_plan(engine, settings, actor="Li Na (T1)")
    publish(engine, out.plan_id, "Li Na (T1)")
    set_pinned(engine, out.plan_id, ["B1"], True, "Wang Wei (T2)")
    actors = {e.actor for e in list_entries(engine, limit=None) if e.seq > first}
    assert actors and not any(a.startswith("os:") for a in actors), actors
    assert {"Li Na (T1)", "Wang Wei (T2)"} <= actors
