"""Re-planning: previous chunks with pins, and the difference between two plans."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from planner.domain.enums import PersonStatus
from planner.engine.problem import PersonInfo, PreviousChunk, Problem, StepKind
from planner.engine.result import Chunk


def previous_chunks(
    chunks: Sequence[Chunk],
    people: Collection[PersonInfo] = (),
    pinned_keys: Collection[tuple[int, str]] = (),
) -> tuple[PreviousChunk, ...]:
    """Chunks of the plan re-planned from. A chunk is pinned when it was pinned (or confirmed)
    — `pinned_keys` holds (batch id, itinerary key) — or when anyone in it is in transit. A
    chunk that left before the re-plan's start is kept as it is in any case (units.py)."""
    in_transit = {p.id for p in people if p.status == PersonStatus.IN_TRANSIT}
    pins = set(pinned_keys)
    return tuple(
        PreviousChunk(ch.batch_id, ch.people, ch.steps, ch.receiving,
                      ch.pinned or (ch.batch_id, ch.key) in pins
                      or any(pid in in_transit for pid in ch.people))
        for ch in chunks)


@dataclass(frozen=True, slots=True)
class RouteNames:
    """What a coordinator calls the places, crossings, flights and receiving points of a plan
    (by id), to describe chunks in words."""

    places: Mapping[int, str] = field(default_factory=dict)
    crossings: Mapping[int, str] = field(default_factory=dict)
    flights: Mapping[int, str] = field(default_factory=dict)
    """flight id → flight number"""
    receiving: Mapping[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, problem: Problem) -> RouteNames:
        return cls({p.id: p.name for p in problem.places},
                   {c.id: c.name for c in problem.crossings},
                   {f.id: f.number for f in problem.flights},
                   {r.id: r.name for r in problem.receiving})


@dataclass(frozen=True, slots=True)
class Change:
    batch_id: int
    batch_ref: str
    kind: str
    """moved, added (newly scheduled), removed (no longer scheduled) or done (handed over or
    struck since the plan before)"""
    people: tuple[int, ...]
    before: str | None
    """the chunk in the plan before, in words (`describe_chunk`); starts with its ISO day"""
    after: str | None

    def describe(self) -> str:
        n = len(self.people)
        if self.kind == "added":
            return f"{self.batch_ref}: {n} people newly scheduled — {self.after}"
        if self.kind == "removed":
            return f"{self.batch_ref}: {n} people no longer scheduled — was {self.before}"
        if self.kind == "done":
            return f"{self.batch_ref}: {n} people handed over or struck since — was {self.before}"
        return f"{self.batch_ref}: {n} people moved — was {self.before}; now {self.after}"


def describe_chunk(ch: Chunk, names: RouteNames | None = None) -> str:
    """A chunk in a coordinator's words: '2025-03-03 → 2025-03-04: Site 1 → handover at
    Bridge 08:00 → flight CZ001 4 Mar 13:00 → Nanjing PSB' (one day when it arrives the day it
    leaves). Times are local; a step on another day than the departure names its day. Without
    `names`, ids stand in ('flight #3')."""
    nm = names or RouteNames()

    def when(t: dt.datetime) -> str:
        return f"{t:%H:%M}" if t.date() == ch.depart_day else f"{t.day} {t:%b %H:%M}"

    route = [nm.places.get(ch.steps[0].origin, f"site #{ch.steps[0].origin}")] if ch.steps \
        else []
    for st in ch.steps:
        if st.kind == StepKind.CROSSING:
            route.append(f"handover at {nm.crossings.get(st.ref, f'crossing #{st.ref}')} "
                         f"{when(st.start)}")
        elif st.kind == StepKind.FLIGHT:
            route.append(f"flight {nm.flights.get(st.ref, f'#{st.ref}')} {when(st.start)}")
    route.append(nm.receiving.get(ch.receiving, f"receiving point #{ch.receiving}"))
    days = ch.depart_day.isoformat() + (
        f" → {ch.arrival_day.isoformat()}" if ch.arrival_day != ch.depart_day else "")
    return f"{days}: " + " → ".join(route)


def diff(before: Sequence[Chunk], after: Sequence[Chunk], names: RouteNames | None = None,
         finished: Collection[int] = ()) -> list[Change]:
    """Exactly what changed, per batch and group of people that moved together. People in
    `finished` (handed over or struck by now) who are in no chunk of `after` are reported as
    "done", not as "no longer scheduled". Chunks under way are kept by the engine, so their
    people leave the plan only that way, or are reported as no longer scheduled."""
    old = {pid: ch for ch in before for pid in ch.people}
    new = {pid: ch for ch in after for pid in ch.people}
    groups: dict[tuple[int, str, str | None, str | None], list[int]] = defaultdict(list)
    text: dict[str, str] = {}
    refs: dict[int, str] = {}

    def said(ch: Chunk | None) -> str | None:
        if ch is None:
            return None
        if ch.key not in text:
            text[ch.key] = describe_chunk(ch, names)
        return ch.key

    for pid in sorted(set(old) | set(new)):
        a, b = old.get(pid), new.get(pid)
        if a is not None and b is not None and a.key == b.key:
            continue
        ch = b or a
        assert ch is not None
        refs[ch.batch_id] = ch.batch_ref
        kind = "moved" if a and b else ("added" if b else (
            "done" if pid in finished else "removed"))
        groups[(ch.batch_id, kind, said(a), said(b))].append(pid)
    changes = [Change(bid, refs[bid], kind, tuple(pids), text.get(bef or ""),
                      text.get(aft or "")) for (bid, kind, bef, aft), pids in groups.items()]
    return sorted(changes, key=lambda c: (c.batch_ref, c.kind, c.before or "", c.after or "",
                                          c.people))
