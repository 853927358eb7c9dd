"""The generic core (core.py) as a CP-SAT model: `solve_cpsat`, with progress, the bound, gap
timings and cancel."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from ortools.sat.python import cp_model

from planner.engine.core import (
    Assignment,
    CoreParams,
    CoreProblem,
    CoreSolution,
    Progress,
    relative_gap,
)


class _Watch(cp_model.CpSolverSolutionCallback):
    def __init__(self, t0: float, gaps: Sequence[float]) -> None:
        super().__init__()
        self.t0 = t0
        self.gaps = sorted(gaps, reverse=True)
        self.lock = threading.Lock()
        self.objective: float | None = None
        self.bound: float | None = None
        self.solutions = 0
        self.first: float | None = None
        self.reached: dict[str, float] = {}
        self.trust = True
        self.trajectory: list[tuple[float, float, float | None]] = []

    def on_solution_callback(self) -> None:
        t = time.monotonic() - self.t0
        obj = self.objective_value
        bnd = self.best_objective_bound
        with self.lock:
            self.solutions += 1
            self.objective = obj
            if self.trust:
                self.bound = bnd if self.bound is None else max(self.bound, bnd)
            if self.first is None:
                self.first = t
            self.trajectory.append((round(t, 3), obj, self.bound))
            self._check(t)

    def on_bound(self, bound: float) -> None:
        t = time.monotonic() - self.t0
        with self.lock:
            self.bound = bound if self.bound is None else max(self.bound, bound)
            self._check(t)

    def _check(self, t: float) -> None:
        g = relative_gap(self.objective, self.bound)
        if g is None:
            return
        for target in self.gaps:
            key = f"{target:g}"
            if g <= target + 1e-12 and key not in self.reached:
                self.reached[key] = round(t, 3)


def solve_cpsat(
    core: CoreProblem,
    params: CoreParams,
    hint: Assignment | None = None,
    hint_opened: frozenset[int] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    gap_marks: Sequence[float] = (0.02, 0.01, 0.0),
    known_bound: float | None = None,
    t_offset: float = 0.0,
    solver_bound_valid: bool = True,
) -> CoreSolution:
    """Solve with CP-SAT. `known_bound` (e.g. an LP bound) joins the solver's own bound in
    progress reports and gap timings; times are reported from `t_offset` seconds."""
    t0 = time.monotonic() - t_offset
    model = cp_model.CpModel()
    n_res = len(core.resources)
    terms: list[list[tuple[cp_model.IntVar, int]]] = [[] for _ in range(n_res)]
    opens_vars = [model.new_bool_var(f"y{f}") for f in range(len(core.fixed_charges))]
    for f, fc in enumerate(core.fixed_charges):
        if fc.forced_open:
            model.add(opens_vars[f] == 1)
    obj: list[tuple[cp_model.IntVar, int]] = []
    const = 0
    xs: list[dict[int, cp_model.IntVar]] = []
    users: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    conflict_items = {c.a for c in core.conflicts} | {c.b for c in core.conflicts}
    for i, item in enumerate(core.items):
        vars_i: dict[int, cp_model.IntVar] = {}
        pins = dict(item.pinned)
        for o, opt in enumerate(item.options):
            ub = item.count
            for r, a in opt.usage:
                if a > 0:
                    ub = min(ub, core.resources[r].capacity // a)
            lo = pins.get(o, 0)
            if ub <= 0 and lo == 0:
                continue
            ub = max(ub, lo)
            v = (model.new_bool_var(f"x{i}_{o}") if item.count == 1
                 else model.new_int_var(0, ub, f"n{i}_{o}"))
            if lo:
                model.add(v >= lo)
            vars_i[o] = v
            if opt.cost:
                obj.append((v, opt.cost))
            for r, a in opt.usage:
                terms[r].append((v, a))
                if i in conflict_items:
                    users.setdefault((i, r), []).append(v)
            for f in opt.opens:
                model.add(v <= ub * opens_vars[f])
        xs.append(vars_i)
        total = sum(vars_i.values())
        if item.unassigned_penalty is None:
            model.add(total == item.count)
        else:
            u = model.new_int_var(0, item.count, f"u{i}")
            model.add(total + u == item.count)
            obj.append((u, item.unassigned_penalty))
        for o, c in item.previous:
            if item.change_penalty <= 0 or c <= 0:
                continue
            v_old = vars_i.get(o)
            if v_old is None:
                const += item.change_penalty * c
            elif c >= item.count:
                const += item.change_penalty * c
                obj.append((v_old, -item.change_penalty))
            else:
                d = model.new_int_var(0, c, f"d{i}_{o}")
                model.add(d >= c - v_old)
                obj.append((d, item.change_penalty))
    escort_vars: dict[int, cp_model.IntVar] = {}
    for r, res in enumerate(core.resources):
        if not terms[r]:
            continue
        load = cp_model.LinearExpr.weighted_sum([v for v, _ in terms[r]], [a for _, a in terms[r]])
        cap: cp_model.LinearExprT = res.capacity
        if res.fixed_charge is not None:
            cap = res.capacity * opens_vars[res.fixed_charge]
        model.add(load <= cap)
        if res.escort_num:
            seats = res.seats if res.seats is not None else 10**9
            e = model.new_int_var(0, seats, f"e{r}")
            escort_vars[r] = e
            model.add(res.escort_den * e >= res.escort_num * load)
            seat_cap: cp_model.LinearExprT = seats
            if res.fixed_charge is not None:
                seat_cap = seats * opens_vars[res.fixed_charge]
            model.add(load + e <= seat_cap)
            if res.escort_cost:
                obj.append((e, res.escort_cost))
    for cf in core.conflicts:
        for r in cf.resources:
            va = users.get((cf.a, r), [])
            vb = users.get((cf.b, r), [])
            if va and vb:
                model.add(sum(va) + sum(vb) <= 1)
    for f, fc in enumerate(core.fixed_charges):
        if fc.cost:
            obj.append((opens_vars[f], fc.cost))
    model.minimize(
        cp_model.LinearExpr.weighted_sum([v for v, _ in obj], [c for _, c in obj]) + const
    )
    if hint is not None:
        _add_hint(model, core, xs, opens_vars, escort_vars, hint, hint_opened or frozenset())

    solver = cp_model.CpSolver()
    p = solver.parameters
    p.max_time_in_seconds = params.time_limit
    p.num_workers = params.workers
    p.random_seed = params.seed
    p.relative_gap_limit = params.relative_gap
    p.log_search_progress = params.log
    if params.deterministic_time is not None:
        p.max_deterministic_time = params.deterministic_time
    for k, val in params.extra.items():
        setattr(p, k, val)
    watch = _Watch(t0, gap_marks)
    watch.bound = known_bound
    watch.trust = solver_bound_valid
    if solver_bound_valid:
        solver.best_bound_callback = watch.on_bound
    done = threading.Event()

    def ticker() -> None:
        while not done.wait(0.25):
            if should_stop is not None and should_stop():
                solver.stop_search()
            if on_progress is not None:
                with watch.lock:
                    pr = Progress(time.monotonic() - t0, watch.objective, watch.bound,
                                  watch.solutions)
                on_progress(pr)

    th = threading.Thread(target=ticker, daemon=True)
    th.start()
    try:
        status = solver.solve(model, watch)
    finally:
        done.set()
        th.join()
    wall = time.monotonic() - t0
    name = solver.status_name(status)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        assignment = tuple(
            {o: int(solver.value(v)) for o, v in vars_i.items() if solver.value(v)} for vars_i in xs
        )
        opened = frozenset(f for f, y in enumerate(opens_vars) if solver.boolean_value(y))
        objective: float | None = solver.objective_value
        bound: float | None = solver.best_objective_bound if solver_bound_valid else None
        if known_bound is not None:
            bound = known_bound if bound is None else max(bound, known_bound)
    else:
        assignment = tuple({} for _ in xs)
        opened = frozenset()
        objective = None
        bound = (solver.best_objective_bound
                 if status != cp_model.INFEASIBLE and solver_bound_valid else None)
        if known_bound is not None:
            bound = known_bound if bound is None else max(bound, known_bound)
    if on_progress is not None:
        on_progress(Progress(wall, objective, bound, watch.solutions))
    if objective is not None and bound is not None:
        watch.bound = bound
        watch.objective = objective
        watch._check(wall)
    return CoreSolution(name, assignment, opened, objective, bound, wall, watch.first,
                        dict(watch.reached), tuple(watch.trajectory))


def _add_hint(
    model: cp_model.CpModel,
    core: CoreProblem,
    xs: list[dict[int, cp_model.IntVar]],
    opens_vars: list[cp_model.IntVar],
    escort_vars: dict[int, cp_model.IntVar],
    hint: Assignment,
    opened: frozenset[int],
) -> None:
    loads = [0] * len(core.resources)
    opens = set(opened) | {f for f, fc in enumerate(core.fixed_charges) if fc.forced_open}
    for item, vars_i, chosen in zip(core.items, xs, hint, strict=True):
        for o, v in vars_i.items():
            k = chosen.get(o, 0)
            model.add_hint(v, k)
            for r, a in item.options[o].usage:
                loads[r] += a * k
            if k:
                opens.update(item.options[o].opens)
    for f, y in enumerate(opens_vars):
        model.add_hint(y, 1 if f in opens else 0)
    for r, e in escort_vars.items():
        model.add_hint(e, core.resources[r].escorts(loads[r]))
