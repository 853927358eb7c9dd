"""Generalized assignment (GAP) instances through the generic core: an external check.

Reads the OR-Library format of ../shared/benchmarks/gap (see its README.md): `m n`, the m×n
cost matrix (agent i, item j), the m×n weight matrix, the m capacities. Minimisation.
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path

from planner.engine.core import (
    Assignment,
    CoreParams,
    CoreProblem,
    CoreSolution,
    Item,
    Option,
    Resource,
)
from planner.engine.core import solve as core_solve
from planner.engine.core_tools import evaluate
from planner.engine.core_tools import greedy as core_greedy
from planner.engine.lpbound import LinearModel


@dataclass(frozen=True, slots=True)
class GapInstance:
    name: str
    costs: tuple[tuple[int, ...], ...]
    """costs[agent][item]"""
    weights: tuple[tuple[int, ...], ...]
    capacities: tuple[int, ...]

    @property
    def agents(self) -> int:
        return len(self.capacities)

    @property
    def items(self) -> int:
        return len(self.costs[0]) if self.costs else 0


def read_gap(path: Path | str) -> GapInstance:
    path = Path(path)
    nums = [int(t) for t in path.read_text().split()]
    m, n = nums[0], nums[1]
    pos = 2
    costs = tuple(tuple(nums[pos + i * n: pos + (i + 1) * n]) for i in range(m))
    pos += m * n
    weights = tuple(tuple(nums[pos + i * n: pos + (i + 1) * n]) for i in range(m))
    pos += m * n
    caps = tuple(nums[pos: pos + m])
    if len(caps) != m:
        raise ValueError(f"{path}: truncated GAP file")
    return GapInstance(f"{path.parent.name}/{path.name}", costs, weights, caps)


def read_optima(path: Path | str) -> dict[str, int | None]:
    """`Path` → proven optimum (None when only a best-known value exists)."""
    out: dict[str, int | None] = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            v = row.get("Optimum") or ""
            out[row["Path"]] = int(v) if v.strip() else None
    return out


def to_core(inst: GapInstance) -> CoreProblem:
    """Each item is one copy that must take exactly one agent; each agent is a resource."""
    items = []
    for j in range(inst.items):
        opts = tuple(
            Option(cost=inst.costs[i][j], usage=((i, inst.weights[i][j]),))
            for i in range(inst.agents)
        )
        items.append(Item(count=1, options=opts, unassigned_penalty=None))
    resources = tuple(Resource(capacity=c) for c in inst.capacities)
    return CoreProblem(items=tuple(items), resources=resources)


def agents_of(solution: CoreSolution) -> list[int]:
    return [next(iter(chosen)) if chosen else -1 for chosen in solution.assignment]


def check(inst: GapInstance, agents: list[int]) -> int:
    """Independent check: every item placed once, every capacity kept. Returns the cost."""
    if len(agents) != inst.items or any(a < 0 or a >= inst.agents for a in agents):
        raise ValueError("an item is not assigned")
    load = [0] * inst.agents
    for j, a in enumerate(agents):
        load[a] += inst.weights[a][j]
    for i in range(inst.agents):
        if load[i] > inst.capacities[i]:
            raise ValueError(f"agent {i} over capacity: {load[i]} > {inst.capacities[i]}")
    return sum(inst.costs[a][j] for j, a in enumerate(agents))


def solve_gap(inst: GapInstance, params: CoreParams, backend: str = "mip") -> CoreSolution:
    """Solve through the core. "mip" (the planner's default backend): the core's linear model
    in SCIP; "cpsat": the core's CP-SAT model. Both start from a regret-ordered first fit."""
    core = to_core(inst)
    # a regret-ordered first fit as hint (cheap; may be incomplete — the solver completes it)
    order = sorted(range(inst.items), key=lambda j: -_regret(inst, j))
    ranked = tuple(
        Item(count=1, options=it.options, unassigned_penalty=0) for it in core.items
    )
    pref = CoreProblem(items=ranked, resources=core.resources)
    hint, _ = core_greedy(pref, order=order)
    if backend == "cpsat":
        return core_solve(core, params, hint=hint)
    t0 = time.monotonic()
    complete = all(sum(h.values()) == 1 for h in hint)
    res = LinearModel(core).mip(params.time_limit, hint if complete else None,
                                params.relative_gap)
    wall = time.monotonic() - t0
    if res is None or not res.values:
        return CoreSolution("UNKNOWN" if res is None else "INFEASIBLE", tuple({} for _ in
                            core.items), frozenset(), None, None if res is None else res.bound,
                            wall, None, {}, ())
    assignment: Assignment = tuple({o: int(k) for o, k in v.items()} for v in res.values)
    value = float(evaluate(core, assignment, frozenset()))
    return CoreSolution("OPTIMAL" if res.optimal else "FEASIBLE", assignment, frozenset(),
                        value, min(res.bound, value), wall, None, {}, ())


def _regret(inst: GapInstance, j: int) -> int:
    c = sorted(inst.costs[i][j] for i in range(inst.agents))
    return c[1] - c[0] if len(c) > 1 else 0
