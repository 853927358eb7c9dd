"""The core as a linear model (OR-Tools linear solver): its LP relaxation through GLOP for a
proven bound, and the MIP through SCIP for strong solutions and bounds on the same rows as the
CP-SAT model (without the per-option charter linking rows, which only tighten the small charter
term). Built once; options can be switched off (upper bound 0) to restrict the MIP."""

from __future__ import annotations

import array
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

from ortools.linear_solver import linear_solver_pb2, pywraplp

from planner.engine.core import Assignment, CoreProblem
from planner.engine.core_tools import greedy
from planner.engine.mip_worker import MipJob, MipWorker, helper

#: SCIP settings for a bound-only run: the root node, and no primal heuristics (the plan
#: comes from elsewhere); measured ~25 % faster on the 1x demo
ROOT_ONLY_SCIP = "limits/nodes = 1\n" + "".join(
    f"heuristics/{h}/freq = -1\n" for h in (
        "rens", "feaspump", "shiftandpropagate", "locks", "simplerounding", "rounding",
        "shifting", "intshifting", "oneopt", "clique", "vbounds", "randrounding", "zirounding",
        "alns", "trivial", "adaptivediving"))


@dataclass(frozen=True, slots=True)
class LpResult:
    bound: float
    """rounded up to an integer: a valid lower bound on the integer optimum"""
    values: tuple[dict[int, float], ...]
    """per item: option → value (only positive values)"""
    optimal: bool = True
    value: float = 0.0
    """the LP optimum itself"""
    reduced: tuple[dict[int, float], ...] = ()
    """per item: option → reduced cost (LP only)"""


class LinearModel:
    """The core's rows as an MPModelProto (built directly: fast), loaded into GLOP or SCIP."""

    def __init__(self, core: CoreProblem, all_rows: bool = False) -> None:
        """`all_rows`: every resource gets its rows, even with no option on it yet (columns
        are added later, see colgen.Master)."""
        self.core = core
        proto = linear_solver_pb2.MPModelProto()
        proto.maximize = False
        variables = proto.variable

        def var(lb: float, ub: float, cost: float, name: str) -> int:
            v = variables.add()
            v.lower_bound, v.upper_bound, v.objective_coefficient = lb, ub, cost
            v.is_integer = True
            v.name = name
            return len(variables) - 1

        def row(lb: float, ub: float, idx: list[int], coef: list[float]) -> int:
            c = proto.constraint.add()
            c.lower_bound, c.upper_bound = lb, ub
            c.var_index.extend(idx)
            c.coefficient.extend(coef)
            return len(proto.constraint) - 1

        inf = math.inf
        y = [var(1.0 if fc.forced_open else 0.0, 1.0, float(fc.cost), f"y{f}")
             for f, fc in enumerate(core.fixed_charges)]
        self.const = 0.0
        self.columns: list[list[tuple[int, int, float]]] = []
        self.item_row: list[int] = []
        """per item: its row (Σ copies ≤ count)"""
        self.res_rows: list[tuple[int, int, int]] = [(-1, -1, -1)] * len(core.resources)
        """per resource: its capacity, escort-ratio and seats rows (-1: none), where an
        option's column has the coefficients a, -num·a and a"""
        rows: list[dict[int, int]] = [{} for _ in core.resources]
        for i, item in enumerate(core.items):
            cols: list[tuple[int, int, float]] = []
            self.columns.append(cols)
            pins = dict(item.pinned)
            prev_full = {oc for oc, c in item.previous if c >= item.count}
            for o, opt in enumerate(item.options):
                ub = float(item.count)
                for r, a in opt.usage:
                    if a > 0:
                        ub = min(ub, core.resources[r].capacity // a)
                lo = float(pins.get(o, 0))
                if ub <= 0 and lo == 0:
                    continue
                cost = float(opt.cost)
                if item.unassigned_penalty is not None:
                    cost -= item.unassigned_penalty
                if o in prev_full:
                    cost -= item.change_penalty
                v = var(lo, max(ub, lo), cost, f"n{i}_{o}")
                cols.append((o, v, max(ub, lo)))
                for r, a in opt.usage:
                    rr = rows[r]
                    rr[v] = rr.get(v, 0) + a
            self.item_row.append(row(
                -inf if item.unassigned_penalty is not None else item.count, item.count,
                [v for _, v, _ in cols], [1.0] * len(cols)))
            if item.unassigned_penalty is not None:
                self.const += item.unassigned_penalty * item.count
            for oc, c in item.previous:
                if item.change_penalty <= 0 or c <= 0:
                    continue
                if c >= item.count:
                    self.const += item.change_penalty * c
                else:  # d ≥ c − n_old, cost per copy moved
                    d = var(0.0, float(c), float(item.change_penalty), f"d{i}_{oc}")
                    olds = [v for o2, v, _ in cols if o2 == oc]
                    row(float(c), inf, [d, *olds], [1.0] * (1 + len(olds)))
        for r, res in enumerate(core.resources):
            terms = rows[r]
            if not terms and not all_rows:
                continue
            idx = list(terms)
            coef = [float(terms[v]) for v in idx]
            fc = res.fixed_charge
            if fc is not None:
                cap_row = row(-inf, 0.0, [*idx, y[fc]], [*coef, -float(res.capacity)])
            else:
                cap_row = row(-inf, float(res.capacity), idx, coef)
            ratio_row = seat_row = -1
            if res.escort_num:
                seats = float(res.seats if res.seats is not None else 10**9)
                e = var(0.0, seats, float(res.escort_cost), f"e{r}")
                ratio_row = row(0.0, inf, [e, *idx], [float(res.escort_den),
                                                      *[-res.escort_num * x for x in coef]])
                if fc is not None:
                    seat_row = row(-inf, 0.0, [e, *idx, y[fc]], [1.0, *coef, -seats])
                else:
                    seat_row = row(-inf, seats, [e, *idx], [1.0, *coef])
            self.res_rows[r] = (cap_row, ratio_row, seat_row)
        users: dict[tuple[int, int], list[int]] = {}
        in_conflict = {c.a for c in core.conflicts} | {c.b for c in core.conflicts}
        for i in in_conflict:
            for o, v, _ in self.columns[i]:
                for r, _a in core.items[i].options[o].usage:
                    users.setdefault((i, r), []).append(v)
        self.conflict_rows: dict[tuple[int, int], list[int]] = {}
        """(item, resource) → the separation rows where its options on the resource count"""
        for cf in core.conflicts:
            for r in sorted(cf.resources):
                va, vb = users.get((cf.a, r)), users.get((cf.b, r))
                if va and vb:
                    k = row(-inf, 1.0, va + vb, [1.0] * (len(va) + len(vb)))
                    self.conflict_rows.setdefault((cf.a, r), []).append(k)
                    self.conflict_rows.setdefault((cf.b, r), []).append(k)
        proto.objective_offset = self.const  # solvers then see (and gap) the true objective
        self.n_base_vars = len(proto.variable)
        self.proto = proto
        self._active: set[pywraplp.Solver] = set()
        self._keep: Sequence[set[int]] | None = None
        self._bytes: bytes | None = None
        self._helper_active: MipWorker | None = None
        self._interrupted = False
        self.x: list[float] = []
        """after `lp`: each variable's value"""
        self.duals: list[float] = []
        """after `lp`: each row's dual value (OR-Tools' signs: ≤ rows ≤ 0, ≥ rows ≥ 0)"""
        self.reduced_costs: list[float] = []
        """after `lp`: each variable's reduced cost"""

    def _load(self, backend: str, keep: Sequence[set[int]] | None = None
              ) -> pywraplp.Solver | None:
        s = pywraplp.Solver.CreateSolver(backend)
        if s is None:
            return None
        keep = keep if keep is not None else self._keep
        if s.LoadModelFromProto(self.proto):
            return None
        if keep is not None:
            # switched off in the loaded model, one variable at a time: copying the proto
            # first held the GIL for ~50 ms in one call (a frozen window in the app)
            sv = s.variables()
            for i, cols in enumerate(self.columns):
                for o, v, _ in cols:
                    if o not in keep[i]:
                        sv[v].SetUb(0.0)
        return s

    def lp(self, time_limit: float) -> LpResult | None:
        """The LP relaxation through GLOP, or None if not solved to optimality in time."""
        glop = self._load("GLOP")
        if glop is None:
            return None
        return self.solve_glop(glop, time_limit)

    def solve_glop(self, glop: pywraplp.Solver, time_limit: float) -> LpResult | None:
        """Solve this model loaded in `glop` (perhaps with columns added since); the values,
        duals and reduced costs of every variable are kept in `x`, `duals`, `reduced_costs`."""
        glop.SetTimeLimit(max(1, int(time_limit * 1000)))
        self._active.add(glop)
        status = glop.Solve()
        self._active.discard(glop)
        if status != pywraplp.Solver.OPTIMAL:
            return None
        value = glop.Objective().Value()
        bound = float(math.ceil(value - 1e-6 * max(1.0, abs(value))))
        resp = linear_solver_pb2.MPSolutionResponse()
        glop.FillSolutionResponseProto(resp)
        x, rc = list(resp.variable_value), list(resp.reduced_cost)
        self.x = x
        self.duals = list(resp.dual_value)
        self.reduced_costs = rc
        values = tuple({o: x[v] for o, v, _ in cols if x[v] > 1e-7} for cols in self.columns)
        reduced = tuple({o: rc[v] for o, v, _ in cols} for cols in self.columns)
        return LpResult(bound, values, True, value, reduced)

    def restrict(self, keep: Sequence[set[int]] | None) -> None:
        """Switch off every option not in `keep[i]` (None: switch all back on)."""
        self._keep = keep

    def mip(self, time_limit: float, hint: Assignment | None = None,
            gap: float = 0.0, backend: str = "SCIP",
            keep: Sequence[set[int]] | None = None, root_only: bool = False) -> LpResult | None:
        """Solve the MIP (restricted to `keep`, else as restricted) from a hint; None when no
        solution was found. Safe to run in two threads at once (each has its own solver)."""
        worker = helper() if backend == "SCIP" else None
        if worker is not None:
            started = time.monotonic()
            handled, answer = self._mip_in_helper(worker, time_limit, hint, gap, keep, root_only)
            if handled:
                return answer
            # the helper was busy or failed: here, in the time that is left
            time_limit -= time.monotonic() - started
            if time_limit < 0.5:
                return None
        if self._interrupted:
            return None
        s = self._load(backend, keep)
        if s is None:
            return None
        s.SetTimeLimit(max(1, int(time_limit * 1000)))
        if root_only and backend == "SCIP":
            s.SetSolverSpecificParametersAsString(ROOT_ONLY_SCIP)
        sv = s.variables()
        if hint is not None:
            hv, hx = [], []
            for i, cols in enumerate(self.columns):
                for o, v, _ in cols:
                    hv.append(sv[v])
                    hx.append(float(hint[i].get(o, 0)))
            s.SetHint(hv, hx)
        params = pywraplp.MPSolverParameters()
        params.SetDoubleParam(pywraplp.MPSolverParameters.RELATIVE_MIP_GAP, gap)
        self._active.add(s)
        status = s.Solve(params)
        self._active.discard(s)
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            best_bound = s.Objective().BestBound() if status == pywraplp.Solver.NOT_SOLVED \
                else -math.inf
            if math.isfinite(best_bound) and best_bound > -1e19:
                return LpResult(float(math.ceil(best_bound - 1e-6)), (), False)
            return None
        values = tuple({o: round(sv[v].solution_value()) for o, v, _ in cols
                        if round(sv[v].solution_value()) > 0} for cols in self.columns)
        bound = float(math.ceil(s.Objective().BestBound() - 1e-6))
        return LpResult(bound, values, status == pywraplp.Solver.OPTIMAL)

    def _mip_in_helper(self, worker: MipWorker, time_limit: float, hint: Assignment | None,
                       gap: float, keep: Sequence[set[int]] | None, root_only: bool
                       ) -> tuple[bool, LpResult | None]:
        """`mip` in the helper process (see mip_worker.py): (False, None) when the helper
        cannot take it, else (True, what `mip` returns)."""
        keep = keep if keep is not None else self._keep
        if self._bytes is None:
            self._bytes = self.proto.SerializeToString()
        off, hv, hx = array.array("i"), array.array("i"), array.array("d")
        for i, cols in enumerate(self.columns):
            for o, v, _ in cols:
                if keep is not None and o not in keep[i]:
                    off.append(v)
                if hint is not None:
                    hv.append(v)
                    hx.append(float(hint[i].get(o, 0)))
        job = MipJob(self._bytes, time_limit, gap, off.tobytes(), hv.tobytes(), hx.tobytes(),
                     ROOT_ONLY_SCIP if root_only else "")
        self._helper_active = worker
        try:
            answer = worker.solve(job, lambda: self._interrupted)
        finally:
            self._helper_active = None
        if answer is None:
            return False, None
        status, best_bound, values = answer
        if status not in ("OPTIMAL", "FEASIBLE") or values is None:
            if status == "NOT_SOLVED" and math.isfinite(best_bound) and best_bound > -1e19:
                return True, LpResult(float(math.ceil(best_bound - 1e-6)), (), False)
            return True, None
        out: tuple[dict[int, float], ...] = tuple(
            {o: float(round(values[v])) for o, v, _ in cols if round(values[v]) > 0}
            for cols in self.columns)
        return True, LpResult(float(math.ceil(best_bound - 1e-6)), out, status == "OPTIMAL")

    def interrupt(self) -> None:
        """Stop the running solve; a MIP in the helper process also stops when it starts
        after this (the flag is polled)."""
        self._interrupted = True
        for s in list(self._active):
            s.InterruptSolve()
        worker = self._helper_active
        if worker is not None:
            worker.interrupt()


def solve_lp(core: CoreProblem, time_limit: float = 5.0) -> LpResult | None:
    return LinearModel(core).lp(time_limit)


def lp_bound(core: CoreProblem, time_limit: float = 5.0) -> float | None:
    res = solve_lp(core, time_limit)
    return None if res is None else res.bound


def lp_round(core: CoreProblem, lp: LpResult) -> tuple[Assignment, frozenset[int]]:
    """An integer solution near the LP optimum: every relaxed count rounded down is placed
    first; the remaining copies go first-fit to the options the LP used most, then to the
    cheapest others. Heavier items (higher unassigned penalty per copy) go first."""
    floors = tuple({o: math.floor(x + 1e-6) for o, x in vals.items()
                    if math.floor(x + 1e-6) >= 1} for vals in lp.values)
    prefs = []
    for item, vals in zip(core.items, lp.values, strict=True):
        used = sorted(vals, key=lambda o: (-(vals[o] - math.floor(vals[o] + 1e-6)),
                                           item.options[o].cost, o))
        rest = sorted((o for o in range(len(item.options)) if o not in vals),
                      key=lambda o: (item.options[o].cost, o))
        prefs.append(used + rest)
    order = sorted(range(len(core.items)), key=lambda i: (
        -(core.items[i].unassigned_penalty or 10**12), i))
    return greedy(core, order=order, fixed=floors, prefs=prefs)
