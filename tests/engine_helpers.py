"""Hand-built engine scenarios: SITE →road→ CPA =crossing=> CPB →road→ APT ✈ CITY (receiving).

Day 0 is Monday 3 March 2025. Every scenario solves fast, so answers are known exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from planner.domain.enums import PersonStatus
from planner.engine.planner import plan
from planner.engine.problem import (
    BatchInfo,
    Crossing,
    FlightInfo,
    PersonInfo,
    Place,
    Problem,
    Receiving,
    RoadLeg,
)
from planner.engine.result import PlanResult
from planner.engine.settings import PlanSettings
from planner.engine.validate import validate

D0 = dt.date(2025, 3, 3)
SITE, CPA, CPB, APT, CITY = 1, 2, 3, 4, 5


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


@dataclass
class Scenario:
    days: int = 14
    crossing: Crossing = field(default_factory=lambda: Crossing(
        1, "X1", "Bridge", CPA, CPB, 100))
    legs: list[RoadLeg] = field(default_factory=lambda: [
        RoadLeg(1, SITE, CPA, 60, 50, 10), RoadLeg(2, CPB, APT, 30, 50, 10)])
    cpb_holding: int | None = None
    flights: list[FlightInfo] = field(default_factory=list)
    receiving: Receiving = field(default_factory=lambda: Receiving(
        1, "RP1", "Nanjing PSB", CITY, 300, frozenset({"Jiangsu"})))
    batches: list[BatchInfo] = field(default_factory=list)
    people: list[PersonInfo] = field(default_factory=list)
    separations: list[tuple[int, int]] = field(default_factory=list)

    def daily_flights(self, hour: int = 13, seats: int = 180, max_det: int = 50,
                      ratio: float = 1.0, optional: bool = False, cost: int = 0) -> None:
        for n in range(self.days):
            self.add_flight(n, hour, seats=seats, max_det=max_det, ratio=ratio,
                            optional=optional, cost=cost)

    def add_flight(self, n: int, hour: int, *, seats: int = 180, max_det: int = 50,
                   ratio: float = 1.0, optional: bool = False, cost: int = 0,
                   cancelled: bool = False) -> int:
        fid = len(self.flights) + 1
        dep = dt.datetime.combine(day(n), dt.time(hour, 0))
        self.flights.append(FlightInfo(fid, f"CZ{fid:03d}", APT, CITY, dep,
                                       dep + dt.timedelta(hours=4, minutes=30), seats, max_det,
                                       ratio, optional, cost, cancelled))
        return fid

    def add_batch(self, n: int, ready: int = 0, *, min_chunk: int | None = None,
                  deadline: int | None = None, status: PersonStatus = PersonStatus.CLEARED,
                  weight: int = 10, families: dict[int, str] | None = None,
                  province: str = "Jiangsu") -> tuple[int, list[int]]:
        bid = len(self.batches) + 1
        ids = []
        for k in range(n):
            pid = len(self.people) + 1
            fam = (families or {}).get(k, "")
            self.people.append(PersonInfo(pid, f"P{pid}", bid, status, day(ready), (), weight,
                                          province, "", fam))
            ids.append(pid)
        self.batches.append(BatchInfo(bid, f"B{bid}", SITE, tuple(ids),
                                      None if deadline is None else day(deadline),
                                      min_chunk=n if min_chunk is None else min_chunk))
        return bid, ids

    def set_person(self, pid: int, **kw: object) -> None:
        self.people[pid - 1] = replace(self.people[pid - 1], **kw)  # type: ignore[arg-type]

    def problem(self) -> Problem:
        places = (Place(SITE, "SITE", "Site 1", "Asia/Yangon"),
                  Place(CPA, "CPA", "Checkpoint A", "Asia/Yangon"),
                  Place(CPB, "CPB", "Checkpoint B", "Asia/Bangkok", self.cpb_holding),
                  Place(APT, "APT", "Mae Sot airport", "Asia/Bangkok"),
                  Place(CITY, "CITY", "Nanjing", "Asia/Shanghai"))
        return Problem(D0, day(self.days - 1), places, tuple(self.legs), (self.crossing,),
                       tuple(self.flights), (self.receiving,), tuple(self.batches),
                       tuple(self.people), tuple(self.separations))


def medium_scenario() -> Scenario:
    """Daily flights of 50 over 20 days, one optional charter, 18 batches of 15-44 people."""
    s = Scenario(days=20)
    s.daily_flights(max_det=50)
    s.add_flight(3, 16, max_det=30, optional=True, cost=50_000)
    for k in range(18):
        s.add_batch(15 + (k * 7) % 30, ready=k % 6, min_chunk=10, weight=10 + 10 * (k % 3))
    return s


def settings(**kw: object) -> PlanSettings:
    base: dict[str, object] = {"time_limit": 10.0, "workers": 1, "seed": 1}
    base.update(kw)
    return PlanSettings(**base)  # type: ignore[arg-type]


def solve_valid(problem: Problem, **kw: object) -> PlanResult:
    """Solve and insist that the independent validator finds nothing."""
    res = plan(problem, settings(**kw))
    violations = validate(problem, res)
    assert violations == [], violations
    return res


def arrivals(res: PlanResult) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for ch in res.chunks:
        out.setdefault(ch.batch_ref, []).append((ch.arrival_day - D0).days)
    return {k: sorted(v) for k, v in out.items()}
