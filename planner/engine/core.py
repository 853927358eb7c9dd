"""A generic capacitated-assignment core (solved with CP-SAT in core_cpsat.py, or as a MIP in
lpbound.py).

Items (each with `count` interchangeable copies) choose options; an option has a cost per copy,
an amount per copy of some capacitated resources, and may need fixed-charge resources opened
(charter flights). A resource may be tied to a fixed charge (its capacity exists only when open)
and may carry an escort rule: escorts ≥ ratio × load, load + escorts ≤ seats. Copies may stay
unassigned at a penalty (or be required). Pairs of single items may conflict on a set of
resources (never both on the same one). Pins fix counts; a previous assignment adds a penalty per
copy moved away from it. The domain (repatriation) and the GAP benchmark both map onto this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


class Stopped(Exception):
    """Raised by long preparation steps when asked to stop (a cancelled run)."""


def check_stop(should_stop: Callable[[], bool] | None, n: int, every: int = 256) -> None:
    """Raise Stopped every `every`-th step once `should_stop` says so."""
    if should_stop is not None and n % every == 0 and should_stop():
        raise Stopped


@dataclass(frozen=True, slots=True)
class Option:
    cost: int
    usage: tuple[tuple[int, int], ...]
    """(resource index, amount per copy)"""
    opens: tuple[int, ...] = ()
    """fixed charges that must be open to use this option"""


@dataclass(frozen=True, slots=True)
class Item:
    count: int
    options: tuple[Option, ...]
    unassigned_penalty: int | None
    """per copy left unassigned; None means every copy must be assigned"""
    pinned: tuple[tuple[int, int], ...] = ()
    """(option index, copies) fixed"""
    previous: tuple[tuple[int, int], ...] = ()
    """(option index, copies) of the plan re-planned from"""
    change_penalty: int = 0
    """per copy moved away from `previous`"""


@dataclass(frozen=True, slots=True)
class Resource:
    capacity: int
    fixed_charge: int | None = None
    escort_num: int = 0
    escort_den: int = 1
    seats: int | None = None
    escort_cost: int = 0

    def escorts(self, load: int) -> int:
        if self.escort_num == 0 or load <= 0:
            return 0
        return -(-load * self.escort_num // self.escort_den)

    def fits(self, load: int) -> bool:
        if load > self.capacity:
            return False
        return self.seats is None or load + self.escorts(load) <= self.seats


@dataclass(frozen=True, slots=True)
class FixedCharge:
    cost: int
    forced_open: bool = False


@dataclass(frozen=True, slots=True)
class Conflict:
    a: int
    b: int
    resources: frozenset[int]


@dataclass(frozen=True, slots=True)
class CoreProblem:
    items: tuple[Item, ...]
    resources: tuple[Resource, ...]
    fixed_charges: tuple[FixedCharge, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


#: an assignment: per item, a mapping option index → copies
Assignment = tuple[dict[int, int], ...]


@dataclass(frozen=True, slots=True)
class Progress:
    elapsed: float
    objective: float | None
    bound: float | None
    solutions: int

    @property
    def gap(self) -> float | None:
        return relative_gap(self.objective, self.bound)


@dataclass(frozen=True, slots=True)
class CoreParams:
    time_limit: float = 10.0
    workers: int = 2
    seed: int = 1
    relative_gap: float = 0.0
    log: bool = False
    deterministic_time: float | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CoreSolution:
    status: str
    assignment: Assignment
    opened: frozenset[int]
    objective: float | None
    bound: float | None
    wall_time: float
    first_solution_time: float | None
    time_to_gap: dict[str, float]
    trajectory: tuple[tuple[float, float, float | None], ...]

    @property
    def gap(self) -> float | None:
        return relative_gap(self.objective, self.bound)


def relative_gap(objective: float | None, bound: float | None) -> float | None:
    if objective is None or bound is None:
        return None
    if abs(objective - bound) < 1e-9:
        return 0.0
    return abs(objective - bound) / max(abs(objective), 1e-9)


def solve(
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
    """Solve with CP-SAT (see core_cpsat.py; imported on first use: OR-Tools' CP-SAT module
    pulls in pandas, a third of a second at the app's start). `known_bound` (e.g. an LP bound)
    joins the solver's own bound in progress reports and gap timings; times are reported from
    `t_offset` seconds."""
    from planner.engine.core_cpsat import solve_cpsat

    return solve_cpsat(core, params, hint, hint_opened, on_progress, should_stop, gap_marks,
                       known_bound, t_offset, solver_bound_valid)
