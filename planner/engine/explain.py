"""Reasons, in a coordinator's words, why chunks of a batch are left unscheduled."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from planner.domain.wording import people_count
from planner.engine.itineraries import Itinerary, ResKey
from planner.engine.model import Options, capacity_of

if TYPE_CHECKING:
    from planner.engine.result import Chunk


def day_ranges(days: list[dt.date]) -> str:
    """5, 6, 7, 9 March → '05–07 Mar, 09 Mar'."""
    ds = sorted(set(days))
    parts: list[str] = []
    i = 0
    while i < len(ds):
        j = i
        while j + 1 < len(ds) and (ds[j + 1] - ds[j]).days == 1:
            j += 1
        a, b = ds[i], ds[j]
        parts.append(a.strftime("%d %b %Y") if a == b else
                     f"{a.strftime('%d')}–{b.strftime('%d %b %Y')}" if a.month == b.month
                     else f"{a.strftime('%d %b')}–{b.strftime('%d %b %Y')}")
        i = j + 1
    if len(parts) > 4:
        parts = [*parts[:3], f"and {len(parts) - 3} more periods"]
    return ", ".join(parts)


def _no_option_reason(opts: Options, c: int) -> str:
    units, net, p = opts.units, opts.net, opts.p
    pc = units.pieces[units.classes[c][0]]
    batch = next(b for b in p.batches if b.id == pc.batch_id)
    site = net.place[batch.site]
    names = ", ".join(net.receiving[r].name for r in pc.receiving)
    all_its: list[Itinerary] = []
    for rp in pc.receiving:
        if not net.templates(batch.site, net.receiving[rp].place):
            continue
        all_its.extend(net.itineraries(batch.site, rp))
    if not all_its:
        return (f"no route from {site.name} to {names} in the network "
                "(no legs, open crossing days or flights connect them in the horizon)")
    first = opts.earliest[c]
    after = [it for it in all_its if it.depart_day >= first]
    if not after:
        return (f"no transport leaves after the ready date {first.isoformat()} within the "
                f"planning horizon (to {p.end.isoformat()})")
    if batch.deadline is not None:
        best = min(it.arrival_day for it in after)
        if best > batch.deadline:
            return (f"the legal deadline {batch.deadline.isoformat()} is before the earliest "
                    f"possible arrival {best.isoformat()}")
    return "no itinerary fits the horizon"


def _describe(opts: Options, key: ResKey) -> tuple[str, str]:
    kind, ref, _ = key
    net = opts.net
    if kind == "crossing":
        return kind, f"crossing {net.crossings[ref].name} full"
    if kind == "leg":
        leg = net.legs[ref]
        return kind, (f"vehicles {net.place[leg.origin].name} → {net.place[leg.destination].name}"
                      " all taken")
    if kind == "stage":
        return kind, f"overnight holding at {net.place[ref].name} full"
    if kind == "intake":
        return kind, f"intake at {net.receiving[ref].name} full"
    return kind, "flights full"


def explain_unplaced(
    opts: Options, chunks: list[Chunk], placed: list[list[tuple[Itinerary, int]]],
) -> list[tuple[int, tuple[int, ...], str]]:
    units = opts.units
    its = {it.key: it for lst in opts.full for it in lst}
    loads: dict[ResKey, int] = defaultdict(int)
    for ch in chunks:
        it = its.get(ch.key)
        if it is not None:
            for k in it.resources:
                loads[k] += len(ch.people)
    out: list[tuple[int, tuple[int, ...], str]] = []
    for c, cls in enumerate(units.classes):
        n_placed = sum(k for _, k in placed[c])
        rest = cls[n_placed:]
        if not rest:
            continue
        pc = units.pieces[rest[0]]
        pids = tuple(pid for i in rest for pid in units.pieces[i].people)
        n = len(pids)
        if not opts.full[c]:
            out.append((pc.batch_id, pids, f"{people_count(n)}: " + _no_option_reason(opts, c)))
            continue
        full: dict[str, list[dt.date]] = defaultdict(list)
        flights: set[int] = set()
        for it in opts.full[c]:
            for k in it.resources:
                cap = capacity_of(opts.net, k)
                if not cap.fits(loads[k] + pc.size):
                    _, label = _describe(opts, k)
                    if k[0] == "flight":
                        flights.add(k[1])
                        full[label].append(opts.net.flights[k[1]].departure_local.date())
                    else:
                        full[label].append(k[2] or it.arrival_day)
                    break
            else:
                full["must travel apart from a co-accused on every free route"].append(
                    it.arrival_day)
        parts = []
        for label, days in sorted(full.items(), key=lambda kv: -len(kv[1])):
            if label == "flights full":
                label = f"{len(flights)} flights full"
            parts.append(f"{label} on {day_ranges(days)}")
        last = max(it.arrival_day for it in opts.full[c])
        out.append((pc.batch_id, pids,
                    f"{people_count(n)}: every route until {last.isoformat()} is full — "
                    + "; ".join(parts[:4])))
    return out
