"""Commands of the scheduling engine: plan, plan --replan, plan publish, plan diff, plan list,
explain, validate, export schedule."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from planner.engine.core import Progress
from planner.engine.result import PlanResult
from planner.engine.settings import PlanSettings


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None,
             ) -> None:
    parents = [common] if common is not None else []
    p = sub.add_parser("plan", parents=parents, help="make a plan (or re-plan) with the optimiser")
    p.add_argument("--time-limit", type=float, default=10.0, metavar="S",
                   help="seconds to search (default 10)")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="solver threads")
    p.add_argument("--seed", type=int, default=1, metavar="N", help="random seed")
    p.add_argument("--start", type=dt.date.fromisoformat, default=None, metavar="DATE",
                   help="first day of the plan (default: earliest ready date)")
    p.add_argument("--horizon", type=int, default=60, metavar="DAYS", help="days planned")
    p.add_argument("--soft-deadline", action="store_true",
                   help="allow arrivals after the legal deadline at a heavy penalty (warned)")
    p.add_argument("--backend", choices=("mip", "cpsat"), default="mip",
                   help="solver behind the LP bound: SCIP (default) or CP-SAT")
    p.add_argument("--replan", action="store_true",
                   help="re-plan from the published plan, moving only what must move")
    p.add_argument("--from", dest="base", type=int, default=None, metavar="ID",
                   help="with --replan: the plan to start from (default: the published one)")
    p.add_argument("--delay", action="append", default=[], metavar="BATCH=DATE",
                   help="with --replan: a batch that cannot leave before DATE")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_plan)
    psub = p.add_subparsers(dest="plan_command", metavar="ACTION")
    pub = psub.add_parser("publish", parents=parents, help="publish a plan (default: the latest)")
    pub.add_argument("plan_id", type=int, nargs="?", metavar="ID")
    pub.add_argument("--no-status", action="store_true",
                     help="do not mark people scheduled / cleared")
    pub.set_defaults(handler=cmd_publish)
    d = psub.add_parser("diff", parents=parents, help="what changed between two plans")
    d.add_argument("a", type=int, metavar="A")
    d.add_argument("b", type=int, metavar="B")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_diff)
    ls = psub.add_parser("list", parents=parents, help="list plans")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)
    e = sub.add_parser("explain", parents=parents, help="why a batch is (not) scheduled")
    e.add_argument("batch_ref", metavar="BATCH_REF")
    e.add_argument("--plan", type=int, default=None, metavar="ID")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=cmd_explain)
    v = sub.add_parser("validate", parents=parents,
                       help="check a plan against every hard limit (exit 1 on violations)")
    v.add_argument("plan_id", type=int, nargs="?", metavar="PLAN_ID")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_validate)
    x = sub.add_parser("export", parents=parents, help="export data")
    xs = x.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    sch = xs.add_parser("schedule", parents=parents,
                        help="the plan as JSON (docs/plan-format.md)")
    sch.add_argument("--format", choices=("json",), default="json")
    sch.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sch.add_argument("--plan", type=int, default=None, metavar="ID")
    sch.set_defaults(handler=cmd_export_schedule)


def _plan_id(engine: Engine, given: int | None) -> int:
    from planner.engine.store import PlanError, latest_plan_id, published_plan_id

    pid = given or published_plan_id(engine) or latest_plan_id(engine)
    if pid is None:
        raise PlanError("there is no plan yet: run `repatplan plan` first")
    return pid


def _summary(plan_id: int, res: PlanResult) -> dict[str, Any]:
    return {
        "plan_id": plan_id,
        "status": res.status,
        "objective": res.objective,
        "best_bound": res.best_bound,
        "gap": res.gap,
        "scheduled_people": res.scheduled_people,
        "chunks": len(res.chunks),
        "flights_operated": len(res.operated_flights),
        "terms": res.terms,
        "warnings": list(res.warnings),
        "unscheduled_batches": [{"batch": u.batch_ref, "people": len(u.people),
                                 "reasons": list(u.reasons)} for u in res.unscheduled],
        "stats": res.stats,
    }


def cmd_plan(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import UserError, actor_name
    from planner.cli.progress import ProgressBar
    from planner.engine.service import run_plan

    settings = PlanSettings(time_limit=args.time_limit, workers=args.workers, seed=args.seed,
                            start=args.start, horizon_days=args.horizon,
                            soft_deadline=args.soft_deadline, backend=args.backend)
    delayed = []
    if args.delay:
        from sqlmodel import Session, select

        from planner.db.models import Batch
        with Session(engine) as s:
            for item in args.delay:
                ref, _, day = item.partition("=")
                b = s.exec(select(Batch).where(Batch.ref == ref)).first()
                if b is None or b.id is None or not day:
                    raise UserError(f"--delay {item}: expected BATCH_REF=YYYY-MM-DD")
                delayed.append((b.id, dt.date.fromisoformat(day)))
    ticks = max(1, int(args.time_limit * 10))
    bar = ProgressBar(ticks, "solving")

    def progress(p: Progress) -> None:
        gap = f" gap {p.gap:.2%}" if p.gap is not None else ""
        obj = f"objective {p.objective:,.0f}" if p.objective is not None else "searching"
        bar.update(min(ticks, int(p.elapsed * 10)), text=f"{obj}{gap}")

    try:
        out = run_plan(engine, settings, replan=args.replan, base_id=args.base,
                       delayed=delayed, actor=actor_name(args), on_progress=progress)
    finally:
        bar.close()
    data = _summary(out.plan_id, out.result)
    data["violations"] = [v.message for v in out.violations]
    if args.replan:
        data["based_on"] = out.base_id
        data["changes"] = [c.describe() for c in out.changes]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        r = out.result
        gap = f"{r.gap:.2%}" if r.gap is not None else "n/a"
        print(f"plan {out.plan_id} (draft): {r.status}, {r.scheduled_people} people in "
              f"{len(r.chunks)} chunks, {len(r.operated_flights)} flights; objective "
              f"{r.objective:,.0f}, bound "
              f"{format(r.best_bound, ',.0f') if r.best_bound is not None else 'n/a'}, "
              f"gap {gap}")
        for w in r.warnings[:20]:
            print(f"  warning: {w}")
        for u in r.unscheduled[:30]:
            print(f"  {u.batch_ref}: {len(u.people)} unscheduled — {'; '.join(u.reasons)}")
        if len(r.unscheduled) > 30:
            print(f"  … and {len(r.unscheduled) - 30} more batches (use --json)")
        for c in out.changes:
            print(f"  changed: {c.describe()}")
        for v in out.violations:
            print(f"  VIOLATION: {v.message}")
    return 1 if out.violations else 0


def cmd_publish(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import actor_name
    from planner.engine.store import latest_plan_id, publish

    pid = args.plan_id or latest_plan_id(engine)
    if pid is None:
        from planner.engine.store import PlanError
        raise PlanError("there is no plan to publish")
    n = publish(engine, pid, actor_name(args), update_status=not args.no_status)
    print(f"plan {pid} published; {n} status changes recorded")
    return 0


def cmd_diff(args: argparse.Namespace, engine: Engine) -> int:
    from planner.engine.replan import diff
    from planner.engine.service import finished_people, route_names
    from planner.engine.store import load_plan

    a, b = load_plan(engine, args.a), load_plan(engine, args.b)
    changes = diff(a.result.chunks, b.result.chunks, route_names(engine),
                   finished_people(engine))
    if args.json:
        print(json.dumps([{"batch": c.batch_ref, "kind": c.kind, "people": list(c.people),
                           "before": c.before, "after": c.after} for c in changes], indent=2))
    else:
        for c in changes:
            print(c.describe())
        print(f"{len(changes)} changes, {sum(len(c.people) for c in changes)} people")
    return 0


def cmd_list(args: argparse.Namespace, engine: Engine) -> int:
    from planner.engine.store import list_plans

    rows = [{"id": p.id, "status": p.status, "parent": p.parent_id,
             "created_at": p.created_at.isoformat(timespec="seconds"),
             "solver_status": p.solver_status, "objective": p.objective, "gap": p.gap}
            for p in list_plans(engine)]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for r in rows:
            print(f"{r['id']:>4} {r['status']:<10} {r['created_at']} {r['solver_status']:<9} "
                  f"objective {_num(r['objective'])} gap {_pct(r['gap'])}")
    return 0


def cmd_explain(args: argparse.Namespace, engine: Engine) -> int:
    from planner.engine.service import explain_batch

    data = explain_batch(engine, args.batch_ref, _plan_id(engine, args.plan))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"batch {data['batch']} in plan {data['plan']}:")
    for c in data["scheduled_chunks"]:  # type: ignore[attr-defined]
        print(f"  {c['people']} people leave {c['depart_day']}, arrive {c['arrival_day']}"
              + (" (pinned)" if c["pinned"] else "") + ":")
        for step in c["steps"]:
            print(f"      {step}")
    for r in data["unscheduled_reasons"]:  # type: ignore[attr-defined]
        print(f"  not scheduled: {r}")
    if not data["scheduled_chunks"] and not data["unscheduled_reasons"]:
        print("  nobody of this batch is to be planned (all struck or handed over)")
    return 0


def cmd_validate(args: argparse.Namespace, engine: Engine) -> int:
    from planner.engine.service import validate_stored

    pid = _plan_id(engine, args.plan_id)
    violations = validate_stored(engine, pid)
    if args.json:
        print(json.dumps({"plan_id": pid, "valid": not violations,
                          "violations": [{"code": v.code, "message": v.message}
                                         for v in violations]}, indent=2))
    else:
        for v in violations:
            print(f"{v.code}: {v.message}")
        print(f"plan {pid}: " + ("valid" if not violations else
                                 f"{len(violations)} violations"), file=sys.stderr)
    return 1 if violations else 0


def cmd_export_schedule(args: argparse.Namespace, engine: Engine) -> int:
    from planner.engine.export import export_schedule

    pid = _plan_id(engine, args.plan)
    doc = export_schedule(engine, pid)
    args.output.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    print(f"plan {pid} written to {args.output}")
    return 0


def _num(x: object) -> str:
    return f"{x:,.0f}" if isinstance(x, int | float) else "—"


def _pct(x: object) -> str:
    return f"{x:.2%}" if isinstance(x, int | float) else "—"
