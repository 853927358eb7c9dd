"""Domain → itineraries: every timed route from a holding site to a receiving point.

Routes are first enumerated as templates over the static network (road legs, crossings,
origin→destination flight pairs), then expanded in time: a crossing handover on an open,
not-closed day within its hours; a flight that is not cancelled; road legs run just in time
before the next handover (waiting where the group is); minimum connection times between steps;
an overnight wait between handovers only at a place with holding capacity (the origin site is
always allowed and uses no staging capacity). Each itinerary lists the capacity it uses:
("crossing", id, day), ("leg", id, day), ("stage", place, night), ("intake", point, day),
("flight", id, None).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

from planner.engine.problem import Problem, Step, StepKind
from planner.engine.settings import PlanSettings

ResKey = tuple[str, int, dt.date | None]
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@cache
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def to_min(local: dt.datetime, tz: str) -> int:
    """Naive local time → minutes since the epoch (UTC)."""
    return int((local.replace(tzinfo=_zone(tz)) - _EPOCH).total_seconds() // 60)


def from_min(m: int, tz: str) -> dt.datetime:
    return (_EPOCH + dt.timedelta(minutes=m)).astimezone(_zone(tz)).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Itinerary:
    steps: tuple[Step, ...]
    receiving: int
    depart_day: dt.date
    arrival_day: dt.date
    arrival: dt.datetime
    resources: tuple[ResKey, ...]
    flights: tuple[int, ...]
    key: str


def anchor_key(steps: tuple[Step, ...], receiving: int) -> str:
    """A stable identity of an itinerary: its handovers and flights and the receiving point."""
    parts = []
    for s in steps:
        if s.kind == StepKind.CROSSING:
            parts.append(f"X{s.ref}@{s.start.date().isoformat()}")
        elif s.kind == StepKind.FLIGHT:
            parts.append(f"F{s.ref}")
        else:
            parts.append(f"L{s.ref}@{s.start.date().isoformat()}")
    parts.append(f"R{receiving}")
    return "/".join(parts)


Edge = tuple[str, int, int, int]  # (kind, ref, origin, destination); flights: ref = 0 (pair)


class Network:
    def __init__(self, problem: Problem, settings: PlanSettings) -> None:
        self.p = problem
        self.s = settings
        self.place = {pl.id: pl for pl in problem.places}
        self.tz = {pl.id: pl.timezone for pl in problem.places}
        self.legs = {leg.id: leg for leg in problem.legs}
        self.crossings = {c.id: c for c in problem.crossings}
        self.flights = {f.id: f for f in problem.flights}
        self.receiving = {r.id: r for r in problem.receiving}
        out: dict[int, list[Edge]] = defaultdict(list)
        for leg in problem.legs:
            out[leg.origin].append(("road", leg.id, leg.origin, leg.destination))
        for c in problem.crossings:
            out[c.side_a].append(("crossing", c.id, c.side_a, c.side_b))
        pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
        for f in problem.flights:
            if not f.cancelled:
                pairs[(f.origin, f.destination)].append(f.id)
        for (o, d) in sorted(pairs):
            out[o].append(("fly", 0, o, d))
        self.out = {k: sorted(v) for k, v in out.items()}
        self.pair_flights = {
            k: sorted(v, key=lambda i: (self.flights[i].departure_local, i))
            for k, v in pairs.items()}
        self._cache: dict[tuple[int, int], list[Itinerary]] = {}

    def templates(self, site: int, target: int) -> list[tuple[Edge, ...]]:
        found: list[tuple[Edge, ...]] = []

        def dfs(node: int, path: list[Edge], seen: set[int]) -> None:
            if node == target and path:
                found.append(tuple(path))
                return
            if len(path) >= self.s.max_template_steps:
                return
            for e in self.out.get(node, ()):
                if e[3] in seen:
                    continue
                path.append(e)
                seen.add(e[3])
                dfs(e[3], path, seen)
                seen.discard(e[3])
                path.pop()

        dfs(site, [], {site})
        return found

    def itineraries(self, site: int, receiving: int) -> list[Itinerary]:
        """All timed itineraries from `site` to a receiving point over the horizon, sorted by
        arrival (then departure, then key)."""
        ck = (site, receiving)
        if ck in self._cache:
            return self._cache[ck]
        rp = self.receiving[receiving]
        seen: set[str] = set()
        result: list[Itinerary] = []
        for tpl in self.templates(site, rp.place):
            for steps, nights in self._expand(tpl, 0, None, site, (), ()):
                it = self._make(steps, nights, receiving)
                if it is not None and it.key not in seen:
                    seen.add(it.key)
                    result.append(it)
        result.sort(key=lambda i: (i.arrival, i.depart_day, i.key))
        self._cache[ck] = result
        return result

    def kept(self, steps: tuple[Step, ...], receiving: int) -> Itinerary:
        """The itinerary of a chunk that left before the plan's start, rebuilt from its own
        steps (the horizon holds no itineraries before the start). It is kept as it is and uses
        capacity only on the days inside the plan; a flight is counted when it is on offer
        (flights before the start are not loaded)."""
        start = self.p.start
        res: list[ResKey] = []
        flights: list[int] = []
        prev: Step | None = None
        for st in steps:
            day = st.start.date()
            if prev is not None:  # nights waiting between two steps, as in `_place_before`
                night = max(prev.end.date(), start)
                while night < day:
                    if st.origin in self.place:
                        res.append(("stage", st.origin, night))
                    night += dt.timedelta(days=1)
            prev = st
            if day < start:
                continue
            if st.kind == StepKind.ROAD and st.ref in self.legs:
                res.append(("leg", st.ref, day))
            elif st.kind == StepKind.CROSSING and st.ref in self.crossings:
                res.append(("crossing", st.ref, day))
            elif st.kind == StepKind.FLIGHT and st.ref in self.flights:
                res.append(("flight", st.ref, None))
                flights.append(st.ref)
        last = steps[-1]
        arrival_day = last.end.date()
        if arrival_day >= start and receiving in self.receiving:
            res.append(("intake", receiving, arrival_day))
        return Itinerary(steps, receiving, steps[0].start.date(), arrival_day, last.end,
                         tuple(res), tuple(flights), anchor_key(steps, receiving))

    # -- expansion ---------------------------------------------------------------------------

    def _expand(
        self, tpl: tuple[Edge, ...], pos: int, t_avail: int | None, loc: int,
        steps: tuple[Step, ...], nights: tuple[tuple[int, dt.date], ...],
    ) -> list[tuple[tuple[Step, ...], tuple[tuple[int, dt.date], ...]]]:
        s = self.s
        roads: list[int] = []
        k = pos
        while k < len(tpl) and tpl[k][0] == "road":
            roads.append(tpl[k][1])
            k += 1
        tr = s.transfer_minutes
        road_time = sum(self.legs[r].duration_minutes for r in roads) + tr * max(0, len(roads) - 1)
        first_day = self.p.start
        last_day = self.p.end
        out: list[tuple[tuple[Step, ...], tuple[tuple[int, dt.date], ...]]] = []
        if k == len(tpl):  # road legs to the receiving point, as soon as possible
            if not roads:
                return [(steps, nights)] if steps else []
            starts: list[int] = []
            if t_avail is None:
                d = first_day
                while d <= last_day:
                    starts.append(to_min(dt.datetime.combine(d, s.earliest_departure),
                                         self.tz[loc]))
                    d += dt.timedelta(days=1)
            else:
                starts.append(t_avail + tr)
            for t0 in starts:
                out.append((steps + self._roads_from(roads, t0), nights))
            return out
        kind, ref, a_org, a_dst = tpl[k]
        slots: list[tuple[int, int, int]] = []  # (start, end, ref) of the anchor step
        conn = tr if kind == "crossing" else s.flight_connection_minutes
        earliest = None if t_avail is None else t_avail + (
            tr + road_time + conn if roads else conn)
        if kind == "crossing":
            c = self.crossings[ref]
            tz = self.tz[c.side_a]
            if earliest is None:
                d0, d1 = first_day, last_day
            else:
                d0 = from_min(earliest, tz).date()
                d1 = min(last_day, d0 + dt.timedelta(days=s.max_wait_nights))
            d = d0
            while d <= d1:
                if c.is_open(d):
                    ws = to_min(dt.datetime.combine(d, c.open_from), tz)
                    we = to_min(dt.datetime.combine(d, c.open_until), tz) - c.handover_minutes
                    t = ws if earliest is None else max(ws, earliest)
                    if t <= we:
                        slots.append((t, t + c.handover_minutes, ref))
                d += dt.timedelta(days=1)
        else:
            tz = self.tz[a_org]
            for fid in self.pair_flights.get((a_org, a_dst), ()):
                f = self.flights[fid]
                dep = to_min(f.departure_local, tz)
                ddate = f.departure_local.date()
                if ddate < first_day or ddate > last_day:
                    continue
                if earliest is not None:
                    if dep < earliest:
                        continue
                    if ddate > from_min(earliest, tz).date() + dt.timedelta(days=s.max_wait_nights):
                        continue
                slots.append((dep, to_min(f.arrival_local, self.tz[a_dst]), fid))
        for t_start, t_end, r in slots:
            placed = self._place_before(roads, loc, t_avail, t_start - conn if roads else t_start)
            if placed is None:
                continue
            road_steps, wait_nights = placed
            if kind == "crossing":
                c = self.crossings[r]
                st = Step(StepKind.CROSSING, r, c.side_a, c.side_b,
                          from_min(t_start, self.tz[c.side_a]), from_min(t_end, self.tz[c.side_b]))
            else:
                f = self.flights[r]
                st = Step(StepKind.FLIGHT, r, f.origin, f.destination, f.departure_local,
                          f.arrival_local)
            out.extend(self._expand(tpl, k + 1, t_end, a_dst, steps + road_steps + (st,),
                                    nights + wait_nights))
        return out

    def _roads_from(self, roads: list[int], t0: int) -> tuple[Step, ...]:
        res: list[Step] = []
        t = t0
        for i, r in enumerate(roads):
            leg = self.legs[r]
            if i:
                t += self.s.transfer_minutes
            e = t + leg.duration_minutes
            res.append(Step(StepKind.ROAD, r, leg.origin, leg.destination,
                            from_min(t, self.tz[leg.origin]),
                            from_min(e, self.tz[leg.destination])))
            t = e
        return tuple(res)

    def _place_before(
        self, roads: list[int], loc: int, t_avail: int | None, t_due: int,
    ) -> tuple[tuple[Step, ...], tuple[tuple[int, dt.date], ...]] | None:
        """Road legs ending at `t_due`, just in time. An overnight wait happens at the first
        place of the chain (from `loc` on) with holding capacity: legs before it run as soon as
        possible, legs after it just in time. None when no such place exists."""
        tr = self.s.transfer_minutes
        durs = [self.legs[r].duration_minutes for r in roads]
        total = sum(durs) + tr * max(0, len(roads) - 1)
        t0 = t_due - total
        road_steps = self._roads_from(roads, t0) if roads else ()
        if t_avail is None:
            return road_steps, ()
        if t0 < t_avail + (tr if roads else 0):
            return None
        tz = self.tz[loc]
        if from_min(t0, tz).date() <= from_min(t_avail, tz).date():
            return road_steps, ()
        chain = [loc] + [self.legs[r].destination for r in roads]
        t_arr = t_avail  # arrival at chain[w] when travelling as soon as possible
        for w, place in enumerate(chain):
            if w > 0:
                t_arr = t_arr + tr + durs[w - 1]
            if not self.place[place].holding_capacity:
                continue
            rest = roads[w:]
            rest_total = sum(durs[w:]) + tr * max(0, len(rest) - 1)
            t_leave = t_due - rest_total
            if t_leave < t_arr + (tr if rest else 0):
                return None
            first = self._roads_from(roads[:w], t_avail + tr) if w else ()
            second = self._roads_from(rest, t_leave) if rest else ()
            ptz = self.tz[place]
            d, d_out = from_min(t_arr, ptz).date(), from_min(t_leave, ptz).date()
            nights = []
            while d < d_out:
                nights.append((place, d))
                d += dt.timedelta(days=1)
            return first + second, tuple(nights)
        return None

    def _make(self, steps: tuple[Step, ...], nights: tuple[tuple[int, dt.date], ...],
              receiving: int) -> Itinerary | None:
        if not steps:
            return None
        res: list[ResKey] = []
        flights: list[int] = []
        for st in steps:
            if st.kind == StepKind.ROAD:
                res.append(("leg", st.ref, st.start.date()))
            elif st.kind == StepKind.CROSSING:
                res.append(("crossing", st.ref, st.start.date()))
            else:
                res.append(("flight", st.ref, None))
                flights.append(st.ref)
        for loc, night in nights:
            res.append(("stage", loc, night))
        last = steps[-1]
        arrival_day = last.end.date()
        if arrival_day > self.p.end:
            return None
        res.append(("intake", receiving, arrival_day))
        return Itinerary(steps, receiving, steps[0].start.date(), arrival_day, last.end,
                         tuple(res), tuple(flights), anchor_key(steps, receiving))
