"""People → schedulable pieces → classes of interchangeable pieces.

A piece is a set of people of one batch that always travel together: whole keep-together groups
(a family; a case when the batch keeps cases together), at least `min_chunk` people unless the
whole batch is smaller. Chunks of a plan are unions of pieces of one batch on one itinerary, so a
batch is only ever split into chunks of at least `min_chunk` and no group is ever split. Pieces
that are alike (same batch, size, weight, readiness, previous assignment) form one class with a
count, so the solver sees counts rather than copies.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from planner.domain.enums import PersonStatus
from planner.domain.wording import people_count
from planner.engine.problem import BatchInfo, PersonInfo, Problem

NEVER = frozenset({PersonStatus.STRUCK, PersonStatus.HANDED_OVER})


@dataclass(frozen=True, slots=True)
class Piece:
    batch_id: int
    people: tuple[int, ...]
    weight: int
    wready: int
    """Σ weight × (ready − plan start) in days: person-days = weight × arrival − wready"""
    ready: dt.date
    receiving: tuple[int, ...]
    previous: int = -1
    pinned: bool = False
    separated: bool = False

    @property
    def size(self) -> int:
        return len(self.people)


@dataclass(frozen=True, slots=True)
class Exclusion:
    batch_id: int
    people: tuple[int, ...]
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Units:
    pieces: tuple[Piece, ...]
    classes: tuple[tuple[int, ...], ...]
    """piece indices of each class"""
    exclusions: tuple[Exclusion, ...]
    separated_pairs: tuple[tuple[int, int], ...]
    """pairs of piece indices that must never share a flight or vehicle"""


def keep_groups(batch: BatchInfo, people: dict[int, PersonInfo],
                separated: frozenset[int] = frozenset()) -> list[list[int]]:
    """Keep-together groups of a batch: a family always; a case when the batch keeps cases
    together — except that someone who must travel apart from a co-accused is not bound to the
    case (separation wins over keeping a case together; a family is never split)."""
    parent = {pid: pid for pid in batch.people if pid in people}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, int] = {}
    for pid in sorted(parent):
        p = people[pid]
        keys = []
        if p.family_ref:
            keys.append("F:" + p.family_ref)
        if batch.keep_cases_together and p.case_ref and pid not in separated:
            keys.append("C:" + p.case_ref)
        for k in keys:
            if k in first:
                parent[find(pid)] = find(first[k])
            else:
                first[k] = pid
    out: dict[int, list[int]] = defaultdict(list)
    for pid in sorted(parent):
        out[find(pid)].append(pid)
    return list(out.values())


def _eligible_reason(p: PersonInfo, in_previous: bool, problem: Problem) -> tuple[str, str] | None:
    if p.status in (PersonStatus.DETAINED, PersonStatus.VERIFIED):
        if p.missing_steps:
            return "not_cleared", "not cleared: waiting for " + ", ".join(p.missing_steps)
        return "not_cleared", f"not cleared (status {p.status.value})"
    if p.status == PersonStatus.IN_TRANSIT and not in_previous:
        return "in_transit", "in transit without a plan to keep"
    if p.ready is None:
        return "readiness", "readiness missing: " + ", ".join(p.missing_steps)
    if p.ready > problem.end:
        return "late_ready", f"ready only on {p.ready.isoformat()}, after the planning horizon"
    return None


def build_units(problem: Problem) -> Units:
    people = {p.id: p for p in problem.people}
    prev_of: dict[int, int] = {}
    for ci, ch in enumerate(problem.previous):
        for pid in ch.people:
            prev_of[pid] = ci
    sep_partner: dict[int, set[int]] = defaultdict(set)
    for a, b in problem.separations:
        sep_partner[a].add(b)
        sep_partner[b].add(a)
    separated = frozenset(sep_partner)
    pieces: list[Piece] = []
    exclusions: list[Exclusion] = []
    for batch in sorted(problem.batches, key=lambda b: b.id):
        groups = keep_groups(batch, people, separated)
        eligible: list[list[int]] = []
        excluded: dict[str, tuple[str, list[int]]] = {}
        for g in groups:
            live = [pid for pid in g if people[pid].status not in NEVER]
            if not live:
                continue
            bad = [(pid, _eligible_reason(people[pid], pid in prev_of, problem)) for pid in live]
            reasons = [(pid, r) for pid, r in bad if r is not None]
            if not reasons:
                eligible.append(live)
                continue
            for pid, r in reasons:
                excluded.setdefault(r[0] + "|" + r[1], (r[0], []))[1].append(pid)
            held = [pid for pid in live if all(pid != q for q, _ in reasons)]
            if held:
                excluded.setdefault("held|", ("held", []))[1].extend(held)
        for key, (code, pids) in sorted(excluded.items()):
            text = key.split("|", 1)[1] or "held back with family or case members who cannot go"
            exclusions.append(Exclusion(batch.id, tuple(sorted(pids)), code,
                                        f"{people_count(len(pids))}: {text}"))
        if not eligible:
            continue
        # rp candidates per atom (provinces), the batch's own point when set
        by_rp: dict[tuple[int, ...], list[list[int]]] = defaultdict(list)
        for g in eligible:
            if batch.receiving_point is not None:
                rps: tuple[int, ...] = (batch.receiving_point,)
            else:
                provs = {people[pid].province for pid in g if people[pid].province}
                rps = tuple(sorted(r.id for r in problem.receiving if provs <= r.provinces))
            if not rps:
                names = sorted({people[pid].province for pid in g if people[pid].province})
                exclusions.append(Exclusion(batch.id, tuple(g), "no_receiving",
                                            f"{people_count(len(g))}: no receiving point serves "
                                            f"province {', '.join(names) or '(none given)'}"))
                continue
            by_rp[rps].append(g)
        for rps, atoms in sorted(by_rp.items()):
            pieces.extend(_make_pieces(batch, atoms, rps, people, prev_of, problem, sep_partner))
    # separation between pieces; inside one piece it cannot be kept
    where = {pid: i for i, pc in enumerate(pieces) for pid in pc.people}
    pairs: set[tuple[int, int]] = set()
    bad_pieces: set[int] = set()
    for a, b in problem.separations:
        if a in where and b in where:
            ia, ib = where[a], where[b]
            if ia == ib:
                bad_pieces.add(ia)
            else:
                pairs.add((min(ia, ib), max(ia, ib)))
    keep = [i for i in range(len(pieces)) if i not in bad_pieces]
    for i in sorted(bad_pieces):
        pc = pieces[i]
        exclusions.append(Exclusion(pc.batch_id, pc.people, "separation",
                                    f"{people_count(pc.size)}: must travel apart from "
                                    "co-accused in the same family or case group, or the "
                                    "batch is too small to split into chunks of the minimum size"))
    remap = {old: new for new, old in enumerate(keep)}
    pieces = [pieces[i] for i in keep]
    sep_pieces = {remap[i] for pr in pairs for i in pr if i in remap}
    pieces = [Piece(pc.batch_id, pc.people, pc.weight, pc.wready, pc.ready, pc.receiving,
                    pc.previous, pc.pinned, i in sep_pieces) for i, pc in enumerate(pieces)]
    classes: dict[tuple[object, ...], list[int]] = {}
    for i, pc in enumerate(pieces):
        ckey: tuple[object, ...] = (
            ("sep", i) if pc.separated else
            (pc.batch_id, pc.size, pc.weight, pc.wready, pc.ready, pc.receiving, pc.previous,
             pc.pinned))
        classes.setdefault(ckey, []).append(i)
    sep_pairs = tuple(sorted((remap[a], remap[b]) for a, b in pairs
                             if a in remap and b in remap))
    return Units(tuple(pieces), tuple(tuple(v) for v in classes.values()), tuple(exclusions),
                 sep_pairs)


def _make_pieces(
    batch: BatchInfo, atoms: list[list[int]], rps: tuple[int, ...],
    people: dict[int, PersonInfo], prev_of: dict[int, int], problem: Problem,
    sep_partner: dict[int, set[int]],
) -> list[Piece]:
    by_prev: dict[int, list[list[int]]] = defaultdict(list)
    for g in atoms:
        prevs = [prev_of[pid] for pid in g if pid in prev_of]
        first = prevs[0] if prevs else -1
        if first >= 0 and problem.previous[first].departed_before(problem.start):
            # a chunk under way carries only its own people; a family member cleared since
            # travels on their own (the group is split already)
            aboard = [pid for pid in g if prev_of.get(pid) == first]
            rest = [pid for pid in g if prev_of.get(pid) != first]
            by_prev[first].append(aboard)
            if rest:
                others = [prev_of[pid] for pid in rest if pid in prev_of]
                by_prev[others[0] if others else -1].append(rest)
            continue
        by_prev[first].append(g)
    out: list[Piece] = []
    m = max(1, batch.min_chunk)
    for prev, gs in sorted(by_prev.items()):
        gs.sort(key=lambda g: (max(people[p].ready or problem.end for p in g),
                               -sum(people[p].weight for p in g), g[0]))
        bins: list[list[int]] = []
        for g in gs:
            gset = set(g)
            target = None
            for b in bins:
                if len(b) < m and not any(sep_partner[p] & gset for p in b):
                    target = b
                    break
            if target is None:
                bins.append(list(g))
            else:
                target.extend(g)
        small = [b for b in bins if len(b) < m]
        big = [b for b in bins if len(b) >= m]
        for b in small:
            bset = set(b)
            host = next((h for h in big if not any(sep_partner[p] & bset for p in h)), None)
            if host is None and big:
                host = big[-1]
            if host is None:
                host = big[0] if big else None
            if host is None:
                big.append(b)
            else:
                host.extend(b)
        # a chunk that left before the start can no longer be moved: it is pinned
        pinned = prev >= 0 and (problem.previous[prev].pinned
                                or problem.previous[prev].departed_before(problem.start))
        for b in big:
            ppl = tuple(sorted(b))
            w = sum(people[p].weight for p in ppl)
            wr = sum(people[p].weight * ((people[p].ready or problem.start) -
                                         problem.start).days for p in ppl)
            ready = max(people[p].ready or problem.start for p in ppl)
            out.append(Piece(batch.id, ppl, w, wr, ready, rps, prev, pinned))
    return out
