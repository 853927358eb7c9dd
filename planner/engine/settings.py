"""Settings of a planning run: solver limits, time rules and objective weights (with defaults)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Weights:
    """Objective weights. A person's weight is 10 for a normal-priority adult (see PlanSettings);
    costs are in objective units."""

    unscheduled: int = 1000
    """per unit of person weight left unscheduled (so one normal person = 10,000)"""
    person_day: int = 1
    """per unit of person weight per day in custody from ready date to handover"""
    late_day: int = 2000
    """per person per day after the legal deadline (only when deadlines are soft)"""
    charter_divisor: int = 1000
    """a charter's cost counts charter_cost / charter_divisor"""
    escort_seat: int = 1
    """per escort seat"""
    change: int = 300
    """per person moved against the published plan when re-planning"""


@dataclass(frozen=True, slots=True)
class PlanSettings:
    time_limit: float = 10.0
    workers: int = 2
    seed: int = 1
    relative_gap: float = 0.0
    start: dt.date | None = None
    """first day of the plan; default: the earliest ready date among schedulable people"""
    horizon_days: int = 60
    soft_deadline: bool = False
    transfer_minutes: int = 30
    flight_connection_minutes: int = 120
    earliest_departure: dt.time = dt.time(5, 0)
    max_wait_nights: int = 1
    """overnight waits allowed between two handovers (only where holding capacity exists)"""
    window_days: int = 14
    """block mode only (see `block_options`): each class's model holds its itineraries up to
    this many days after its first possible day (plus any the greedy or previous plan uses);
    the bound prices the rest"""
    max_template_steps: int = 7
    max_parallel_flights: int = 6
    """flights on one route and day beyond this are shared out among chunk classes (each
    class sees every m-th); 0 = no limit"""
    weights: Weights = field(default_factory=Weights)
    priority_weight: tuple[tuple[str, int], ...] = (
        ("urgent", 40), ("high", 20), ("normal", 10), ("low", 5))
    minor_bonus: int = 10
    victim_bonus: int = 10
    medical_bonus: int = 10
    pregnant_bonus: int = 5
    use_hint: bool = True
    block_options: int = 60_000
    """up to this many itineraries in all, the whole problem is one model (every itinerary,
    a proven bound); above, the plan is improved block by block in time order, each class
    seeing its itineraries up to `window_days` after its ready date"""
    block_size: int = 30_000
    """options per block in block mode (at most `block_options`)"""
    block_bound_share: float = 0.3
    """in block mode, at most this share of the time limit goes to the proven bound: the LP of
    the whole problem by column generation (colgen.py, horizon.py; the 10x demo: 4 rounds,
    25 s, 1.7 GB peak); 0 = no bound"""
    use_lp: bool = True
    backend: str = "mip"
    """mip: SCIP on the same linear model (measured much faster on the repatriation model);
    cpsat: CP-SAT (see pipeline.py)"""
    restrict_k: int = 6
    """CP-SAT sees, per chunk class, the LP's options, the hints' and this many cheapest"""

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["start"] = self.start.isoformat() if self.start else None
        d["earliest_departure"] = self.earliest_departure.isoformat()
        d["priority_weight"] = dict(self.priority_weight)
        return d

    @staticmethod
    def from_json(d: dict[str, Any]) -> PlanSettings:
        d = dict(d)
        if d.get("start"):
            d["start"] = dt.date.fromisoformat(d["start"])
        if d.get("earliest_departure"):
            d["earliest_departure"] = dt.time.fromisoformat(d["earliest_departure"])
        if isinstance(d.get("priority_weight"), dict):
            d["priority_weight"] = tuple(d["priority_weight"].items())
        if isinstance(d.get("weights"), dict):
            d["weights"] = Weights(**d["weights"])
        known = {f.name for f in dataclasses.fields(PlanSettings)}
        return PlanSettings(**{k: v for k, v in d.items() if k in known})
