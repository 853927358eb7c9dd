"""Reconciliation per day and batch: planned vs manifested vs handed over vs struck.

A person is *unaccounted for* when a handover event they are planned on (or manifested on) is
in the past and its latest manifest revision records neither a handover nor a strike for them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.db.models import Batch, Person
from planner.manifests.events import plan_events
from planner.manifests.models import Manifest, ManifestEntry


@dataclass
class ReconRow:
    day: dt.date
    batch: str
    planned: int = 0
    manifested: int = 0
    handed_over: int = 0
    struck: int = 0
    unaccounted: list[str] = field(default_factory=list)  # person refs

    def as_json(self) -> dict[str, object]:
        return {"day": self.day.isoformat(), "batch": self.batch, "planned": self.planned,
                "manifested": self.manifested, "handed_over": self.handed_over,
                "struck": self.struck, "unaccounted": sorted(self.unaccounted)}


def reconcile(engine: Engine, plan_id: int, *, day: dt.date | None = None,
              today: dt.date | None = None) -> list[ReconRow]:
    """Rows per (day, batch), ordered; `today` decides what is past (default: today's date)."""
    today = today or dt.date.today()
    events = [e for e in plan_events(engine, plan_id) if day is None or e.day == day]
    with Session(engine) as s:
        people = {p.id: p for p in s.exec(select(Person)).all()}
        brefs = {b.id: b.ref for b in s.exec(select(Batch)).all()}
        q = select(Manifest).where(col(Manifest.superseded).is_(False))
        if day is not None:
            q = q.where(Manifest.day == day)
        manifests = {m.number: m for m in s.exec(q).all()}
        ids = [m.id for m in manifests.values()]
        rows: dict[int, list[ManifestEntry]] = defaultdict(list)
        if ids:
            for en in s.exec(select(ManifestEntry).where(
                    col(ManifestEntry.manifest_id).in_(ids))).all():
                rows[en.manifest_id].append(en)
    # per (day, person): the manifests they are planned on, and the outcomes recorded
    planned: dict[tuple[dt.date, int], set[str]] = defaultdict(set)
    on_paper: dict[tuple[dt.date, int], dict[str, str]] = defaultdict(dict)
    batch_of: dict[int, str] = {}
    for e in events:
        for pid in e.people:
            planned[(e.day, pid)].add(e.number)
    for m in manifests.values():
        for en in rows.get(m.id or 0, []):
            on_paper[(m.day, en.person_id)][m.number] = en.outcome
            batch_of[en.person_id] = en.batch_ref
    table: dict[tuple[dt.date, str], ReconRow] = {}
    for key in sorted(set(planned) | set(on_paper)):
        d, pid = key
        p = people.get(pid)
        batch = brefs.get(p.batch_id, "") if p and p.batch_id else batch_of.get(pid, "")
        r = table.setdefault((d, batch), ReconRow(d, batch))
        outcomes = on_paper.get(key, {})
        if key in planned:
            r.planned += 1
        if outcomes:
            r.manifested += 1
        numbers = planned.get(key, set()) | set(outcomes)
        if "struck" in outcomes.values():
            r.struck += 1
        elif numbers and all(outcomes.get(n) == "handed_over" for n in numbers):
            r.handed_over += 1
        elif d < today:
            r.unaccounted.append(p.ref if p else str(pid))
    return [table[k] for k in sorted(table)]


def by_batch(rows: list[ReconRow]) -> list[ReconRow]:
    """The same counts summed over days, one row per batch (day = the batch's first day)."""
    out: dict[str, ReconRow] = {}
    for r in rows:
        t = out.setdefault(r.batch, ReconRow(r.day, r.batch))
        t.day = min(t.day, r.day)
        t.planned += r.planned
        t.manifested += r.manifested
        t.handed_over += r.handed_over
        t.struck += r.struck
        t.unaccounted += [x for x in r.unaccounted if x not in t.unaccounted]
    return [out[k] for k in sorted(out)]
