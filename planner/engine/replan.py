"""Re-planning: previous chunks with pins, and the difference between two plans."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from planner.domain.enums import PersonStatus
from planner.engine.problem import PersonInfo, PreviousChunk
from planner.engine.result import Chunk


def previous_chunks(
    chunks: Sequence[Chunk],
    people: Collection[PersonInfo] = (),
    pinned_keys: Collection[tuple[int, str]] = (),
) -> tuple[PreviousChunk, ...]:
    """Chunks of the plan re-planned from. A chunk is pinned when it was pinned (or confirmed)
    — `pinned_keys` holds (batch id, itinerary key) — or when anyone in it is in transit."""
    in_transit = {p.id for p in people if p.status == PersonStatus.IN_TRANSIT}
    pins = set(pinned_keys)
    return tuple(
        PreviousChunk(ch.batch_id, ch.people, ch.steps, ch.receiving,
                      ch.pinned or (ch.batch_id, ch.key) in pins
                      or any(pid in in_transit for pid in ch.people))
        for ch in chunks)


@dataclass(frozen=True, slots=True)
class Change:
    batch_id: int
    batch_ref: str
    kind: str
    """moved, added (newly scheduled) or removed (no longer scheduled)"""
    people: tuple[int, ...]
    before: str | None
    after: str | None

    def describe(self) -> str:
        n = len(self.people)
        if self.kind == "added":
            return f"{self.batch_ref}: {n} people newly scheduled: {self.after}"
        if self.kind == "removed":
            return f"{self.batch_ref}: {n} people no longer scheduled (was {self.before})"
        return f"{self.batch_ref}: {n} people moved from {self.before} to {self.after}"


def describe_chunk(ch: Chunk) -> str:
    return (f"{ch.depart_day.isoformat()} → {ch.arrival_day.isoformat()} "
            f"[{ch.key}]")


def diff(before: Sequence[Chunk], after: Sequence[Chunk]) -> list[Change]:
    """Exactly what changed, per batch and group of people that moved together."""
    old = {pid: ch for ch in before for pid in ch.people}
    new = {pid: ch for ch in after for pid in ch.people}
    groups: dict[tuple[int, str, str | None, str | None], list[int]] = defaultdict(list)
    refs: dict[int, str] = {}
    for pid in sorted(set(old) | set(new)):
        a, b = old.get(pid), new.get(pid)
        if a is not None and b is not None and a.key == b.key:
            continue
        ch = b or a
        assert ch is not None
        refs[ch.batch_id] = ch.batch_ref
        kind = "moved" if a and b else ("added" if b else "removed")
        groups[(ch.batch_id, kind, describe_chunk(a) if a else None,
                describe_chunk(b) if b else None)].append(pid)
    return [Change(bid, refs[bid], kind, tuple(pids), bef, aft)
            for (bid, kind, bef, aft), pids in sorted(groups.items(), key=lambda kv: (
                refs[kv[0][0]], kv[0][1], kv[0][2] or "", kv[0][3] or ""))]
