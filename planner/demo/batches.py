"""Batches of about 50 people per holding site and receiving point, the readiness checklist
dates of their members, and the status history those dates imply."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from planner.demo.names import between
from planner.demo.people import Row, Unit
from planner.demo.scenario import SITE_ROUTES
from planner.domain.enums import PersonStatus, Priority, Screening

TARGET = 50
SMALLEST = 20  # a smaller remainder joins the previous batch

_STEPS = ("identity_verified_on", "document_issued_on", "exit_clearance_on", "fit_to_travel_on")
# which step is still open for the ~5 % not ready, and what else it blocks
_MISSING = (
    (("identity_verified_on", "document_issued_on", "exit_clearance_on"), 0.10),
    (("document_issued_on", "exit_clearance_on"), 0.35),
    (("exit_clearance_on",), 0.30),
    (("fit_to_travel_on",), 0.25),
)
_NOT_READY_SHARE = 0.05


@dataclass
class DemoBatch:
    ref: str
    site: str
    receiving: str
    units: list[Unit] = field(default_factory=list)
    ready: dt.date | None = None
    legal_deadline: dt.date | None = None
    priority: Priority = Priority.NORMAL
    notes: str = ""

    @property
    def size(self) -> int:
        return sum(len(u.members) for u in self.units)


def make_batches(rng: random.Random, area_code: str, units: list[Unit],
                 first_number: int) -> list[DemoBatch]:
    """Pack the units of one site into batches: per receiving point, victims and minors apart
    from the others (if there are enough of them), never splitting a unit."""
    groups: dict[tuple[str, bool], list[Unit]] = {}
    for u in units:
        groups.setdefault((u.receiving, u.sensitive), []).append(u)
    if not units:
        return []
    # Too few victims for a batch of their own to a receiving point: send them to the site's
    # default point (which serves every province) with the others like them; if still too few,
    # they travel in an ordinary batch (which becomes urgent).
    default = SITE_ROUTES[units[0].site][-1]
    for rp, sensitive in sorted(groups):
        if sensitive and rp != default and _people(groups[(rp, True)]) < SMALLEST:
            for u in groups.pop((rp, True)):
                u.receiving = default
                groups.setdefault((default, True), []).append(u)
    for rp, sensitive in sorted(groups):
        if sensitive and (rp, False) in groups and _people(groups[(rp, True)]) < SMALLEST:
            groups[(rp, False)].extend(groups.pop((rp, True)))
    out: list[DemoBatch] = []
    for key in sorted(groups):
        pool = groups[key]
        rng.shuffle(pool)
        current: list[DemoBatch] = []
        for u in pool:
            if not current or current[-1].size + len(u.members) > TARGET:
                current.append(DemoBatch("", u.site, key[0]))
            current[-1].units.append(u)
        if len(current) > 1 and current[-1].size < SMALLEST:
            current[-2].units.extend(current.pop().units)
        out.extend(current)
    for i, b in enumerate(out):
        b.ref = f"{area_code}-{first_number + i:04d}"
    return out


def _people(units: list[Unit]) -> int:
    return sum(len(u.members) for u in units)


def _ready_offset(rng: random.Random, stretch: float) -> int:
    """Day (from the horizon start) a batch becomes ready: some already are, most within the
    first 40 days (60 on a 90-day horizon), a tail later."""
    x = rng.random()
    if x < 0.12:
        return between(rng, -10, 0)
    if x < 0.90:
        return round((1 + 39 * rng.random() ** 1.15) * stretch)
    return round(between(rng, 41, 55) * stretch)


def _stamp(rng: random.Random, day: dt.date) -> dt.datetime:
    """A working-hours time on `day`, as naive UTC."""
    return dt.datetime.combine(day, dt.time(between(rng, 1, 9), between(rng, 0, 59)))


def plan_batch(rng: random.Random, batch: DemoBatch, start: dt.date, stretch: float) -> None:
    """Set the batch's priority, deadline and notes and each member's checklist dates."""
    target = start + dt.timedelta(days=_ready_offset(rng, stretch))
    batch.ready = target
    batch.legal_deadline = target + dt.timedelta(days=between(rng, 30, 45))
    members = [m for u in batch.units for m in u.members]
    if any(m["_minor"] or m["screening"] is Screening.VICTIM for m in members):
        batch.priority = Priority.URGENT
        if all(m["screening"] is Screening.VICTIM for m in members):
            batch.notes = "Screened trafficking victims: travel apart from suspects."
    else:
        x = rng.random()
        batch.priority = (Priority.NORMAL if x < 0.6 else Priority.HIGH if x < 0.85
                          else Priority.LOW)
    for m in members:
        ready = target - dt.timedelta(days=0 if rng.random() < 0.7 else between(rng, 1, 3))
        m["identity_verified_on"] = ready - dt.timedelta(days=between(rng, 5, 25))
        m["document_issued_on"] = ready - dt.timedelta(days=between(rng, 0, 12))
        m["exit_clearance_on"] = ready - dt.timedelta(days=between(rng, 0, 4))
        m["fit_to_travel_on"] = ready - dt.timedelta(days=between(rng, 0, 2))
        m[rng.choice(_STEPS[1:])] = ready  # the last step done makes the person ready
    # Paperwork moves per case: a whole case (or family) waits for a step, except fitness to
    # travel, which is one person's and holds only their group back.
    for u in batch.units:
        if rng.random() < _NOT_READY_SHARE:
            steps = _open_steps(rng)
            blocked = u.members if steps != ("fit_to_travel_on",) else [rng.choice(u.members)]
            for m in blocked:
                for s in steps:
                    m[s] = None


def _open_steps(rng: random.Random) -> tuple[str, ...]:
    x = rng.random()
    for steps, share in _MISSING:
        x -= share
        if x < 0:
            return steps
    return _MISSING[-1][0]


def status_history(rng: random.Random, p: Row, actor: str) -> list[dict[str, Any]]:
    """Set the person's status from the checklist (cleared when every step is done, verified
    once identity is verified, else detained) and return one event per transition."""
    steps = [p[s] for s in _STEPS]
    done = [d for d in steps if d is not None]
    first = min(done) if done else p["_batch_ready"] - dt.timedelta(days=20)
    detained_on = first - dt.timedelta(days=between(rng, 2, 12))
    events: list[tuple[PersonStatus | None, PersonStatus, dt.date]] = [
        (None, PersonStatus.DETAINED, detained_on)]
    if p["identity_verified_on"] is not None:
        events.append((PersonStatus.DETAINED, PersonStatus.VERIFIED, p["identity_verified_on"]))
        if len(done) == len(steps):
            events.append((PersonStatus.VERIFIED, PersonStatus.CLEARED, max(done)))
    times: list[dt.datetime] = []
    for _, _, day in events:
        at = _stamp(rng, day)
        if times and at <= times[-1]:  # same day: keep the order of events
            at = times[-1] + dt.timedelta(minutes=30)
        times.append(at)
    rows = [{"at": at, "actor": actor, "from_status": a, "to_status": b, "reason": None,
             "note": "demo data"} for (a, b, _), at in zip(events, times, strict=True)]
    p["status"] = events[-1][1]
    p["created_at"] = times[0]
    p["updated_at"] = times[-1]
    return rows
