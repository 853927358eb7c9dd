"""What the Manifests screen reads and writes, without Qt: the handover events of a plan with
their stored manifests (revision, prints, handover record), the reconciliation, a manifest as
it would print now (read-only, for the preview), and the jobs that issue, print and save.

Reads run on the reader thread, everything that writes (issuing a revision, the print audit,
recording a handover) on the writer thread; see ui/screens/manifests_actions.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit.models import AuditEntry
from planner.db.engine import transaction
from planner.db.plan_models import Plan
from planner.engine.store import PlanError, latest_plan_id, load_plan, published_plan_id
from planner.manifests.assemble import build_entries, header
from planner.manifests.escorts import (
    EscortList,
    clean_escorts,
    escorts_of,
    required_escorts,
    set_escorts_in,
)
from planner.manifests.events import Disruptions, HandoverEvent, plan_events
from planner.manifests.models import HandoverRecord, Manifest, ManifestEntry
from planner.manifests.reconcile import ReconRow, reconcile
from planner.manifests.store import (
    ManifestError,
    Printed,
    SignerConfig,
    entries,
    get,
    latest,
    lock_number,
    part_path,
    print_manifests,
    revision_data,
    signer_config,
    sync_event,
    sync_plan,
)
from planner.queries_network import PlanVersion, list_plan_versions
from planner.reporting import Escort, render_manifest
from planner.reporting.digest import manifest_digest
from planner.reporting.signing import ManifestSigner


def load_versions(engine: Engine, _on: dt.date) -> list[PlanVersion]:
    """The screen's share of every reload (cheap): the stored plans, newest first."""
    return list_plan_versions(engine)


def default_plan(versions: Sequence[PlanVersion]) -> int | None:
    """The published plan, else the newest."""
    published = [v.id for v in versions if v.status == "published"]
    return published[0] if published else (versions[0].id if versions else None)


@dataclass(frozen=True)
class EventRow:
    """One handover (a crossing on a day, or a flight) with its latest stored manifest."""

    number: str
    kind: str  # crossing or flight
    code: str  # crossing code or flight number
    day: dt.date
    time: dt.time | None
    place: str
    people: int
    revision: int | None = None  # latest stored revision; None: never issued
    manifest_id: int | None = None
    outdated: bool = False  # the plan changed since: printing issues a new revision
    printed: int = 0  # prints of the latest revision
    frozen: bool = False  # handover recorded
    handed_at: dt.datetime | None = None
    in_plan: bool = True
    event: HandoverEvent | None = None
    #: "flight cancelled" or "crossing closed" (that day) while the handover is not recorded:
    #: not to be printed, saved or recorded (re-plan); `disruption_text` says which and when
    disrupted: str = ""
    disruption_text: str = ""

    @property
    def blocked(self) -> bool:
        """Its flight is cancelled or crossing closed and no handover is recorded."""
        return bool(self.disrupted) and not self.frozen


@dataclass(frozen=True)
class Board:
    plan_id: int | None
    plan_name: str = ""
    rows: list[EventRow] = field(default_factory=list)
    recon: list[ReconRow] = field(default_factory=list)
    today: dt.date = dt.date.min
    signer: SignerConfig | None = None  # the certificate saved PDFs are signed with
    signer_file_ok: bool = True  # its PKCS#12 file is there

    @property
    def days(self) -> list[dt.date]:
        return sorted({r.day for r in self.rows})


def read_board(engine: Engine, plan_id: int | None, today: dt.date) -> Board:
    """The events of a plan with their manifests, and the reconciliation up to `today`."""
    signer = signer_config(engine)
    file_ok = signer is None or signer.p12.is_file()
    if plan_id is None:
        return Board(None, today=today, signer=signer, signer_file_ok=file_ok)
    stored = load_plan(engine, plan_id)
    events = plan_events(engine, plan_id)
    with Session(engine) as s:
        plan = s.get(Plan, plan_id)
        name = plan.name if plan else ""
        numbers = {e.number for e in events}
        lo, hi = stored.result.start, stored.result.end
        current = {m.number: m for m in s.exec(select(Manifest).where(
            col(Manifest.superseded).is_(False))).all()
            if m.number in numbers or lo <= m.day <= hi}
        ids = [m.id for m in current.values()]
        members: dict[int, set[int]] = defaultdict(set)
        printed: dict[str, int] = {}
        handed: dict[int, dt.datetime] = {}
        if ids:
            for mid, pid in s.exec(select(ManifestEntry.manifest_id, ManifestEntry.person_id)
                                   .where(col(ManifestEntry.manifest_id).in_(ids))).all():
                members[mid].add(pid)
            printed = {str(k): n for k, n in s.exec(
                select(AuditEntry.entity_id, func.count()).where(
                    AuditEntry.entity == "manifest", AuditEntry.action == "print",
                    col(AuditEntry.entity_id).in_([str(i) for i in ids]))
                .group_by(col(AuditEntry.entity_id))).all()}
            handed = {r.manifest_id: r.occurred_at for r in s.exec(select(HandoverRecord).where(
                col(HandoverRecord.manifest_id).in_(ids))).all()}
        disruptions = Disruptions(s)
        rows = []
        for e in events:
            m = current.get(e.number)
            place = str(header(s, e)["place"])
            rows.append(_disrupted(_row(
                e.number, e.kind, e.code, e.day, e.time, place, len(e.people), m, printed,
                handed, members, set(e.people), e), disruptions, e.ref_id))
        for number, m in sorted(current.items()):
            if number not in numbers:
                rows.append(_disrupted(_row(
                    number, m.kind, m.flight_number or m.place, m.day, m.local_time, m.place,
                    m.head_count, m, printed, handed, members, None, None), disruptions,
                    m.ref_id))
    rows.sort(key=lambda r: (r.day, r.time or dt.time.min, r.number))
    return Board(plan_id, name, rows, reconcile(engine, plan_id, today=today), today, signer,
                 file_ok)


def _row(number: str, kind: str, code: str, day: dt.date, time: dt.time | None, place: str,
         people: int, m: Manifest | None, printed: dict[str, int],
         handed: dict[int, dt.datetime], members: dict[int, set[int]],
         planned: set[int] | None, event: HandoverEvent | None) -> EventRow:
    if m is None or m.id is None:
        return EventRow(number, kind, code, day, time, place, people, event=event)
    outdated = planned is not None and not m.frozen and members.get(m.id, set()) != planned
    return EventRow(number, kind, code, day, time, place, people, m.revision, m.id, outdated,
                    printed.get(str(m.id), 0), m.frozen, handed.get(m.id), event is not None,
                    event)


def _disrupted(row: EventRow, disruptions: Disruptions, ref_id: int) -> EventRow:
    d = disruptions.of(row.kind, ref_id, row.day)
    return row if d is None else dataclasses.replace(row, disrupted=d.kind,
                                                     disruption_text=d.text)


# -- the manifest as it would print now (read-only) --------------------------------------------

@dataclass(frozen=True)
class Draft:
    """A manifest revision as the preview shows it, and its PDF (in memory only)."""

    manifest: Manifest
    people: int
    issued: bool  # False: printing will issue this revision first
    pdf: bytes
    pages: int


def manifest_now(s: Session, plan_id: int, number: str, event: HandoverEvent | None
                 ) -> tuple[Manifest, list[ManifestEntry], bool]:
    """What printing `number` would print, without writing: the stored revision when the plan
    has not changed it (or it is frozen, or no longer in the plan), else the next revision as
    `planner.manifests.store.sync_event` would make it (the same rules)."""
    base = latest(s, number)
    if event is None:
        if base is None:
            raise ManifestError(f"there is no manifest {number}")
        return base, entries(s, base.id), True
    rows = build_entries(s, event)
    if base is not None and (base.frozen or base.digest == manifest_digest(rows)):
        return base, entries(s, base.id), True
    fields: dict[str, object] = dict(
        number=event.number, kind=event.kind, plan_id=plan_id, ref_id=event.ref_id,
        day=event.day, local_time=event.time, **header(s, event))
    m = Manifest(revision=1 if base is None else base.revision + 1,
                 digest=manifest_digest(rows), head_count=len(rows), **fields)  # type: ignore[arg-type]
    return m, rows, False


def draft(engine: Engine, plan_id: int, number: str, event: HandoverEvent | None) -> Draft:
    with Session(engine) as s:
        m, rows, issued = manifest_now(s, plan_id, number, event)
        # the stored revision with its escorts; a revision not issued yet from its rows
        data = revision_data(s, m, rows=None if issued else rows)
        base = None if issued else latest(s, number)
        if base is not None:  # printing copies the stored revision's escorts into the new one
            data = dataclasses.replace(data, escorts=escorts_of(s, base.id))
    buffer = io.BytesIO()
    info = render_manifest(data, buffer)
    return Draft(m, len(rows), issued, buffer.getvalue(), info.pages)


# -- jobs (writer thread) ----------------------------------------------------------------------

def issue(engine: Engine, plan_id: int, actor: str, *, number: str | None = None,
          day: dt.date | None = None) -> list[Manifest]:
    """The current revisions to print (made or revised from the plan, as the CLI does); a
    number no longer in the plan gives its latest stored revision."""
    if number is not None:
        try:
            return sync_plan(engine, plan_id, actor, number=number)
        except PlanError:
            with Session(engine) as s:
                return [get(s, number)]
    ms = sync_plan(engine, plan_id, actor, day=day)
    if not ms:
        raise ManifestError(f"plan {plan_id} has no handover on {day}")
    return ms


class Stop(Exception):
    """Raised inside print_manifests to stop it: its transaction is rolled back, so nothing
    of the job is recorded."""


def render_and_record(engine: Engine, manifests: Sequence[Manifest], actor: str,
                      out: Callable[[Manifest], Path], each: Callable[[Path, bool], None],
                      should_stop: Callable[[], bool], report: Callable[[int, int], None],
                      signer: ManifestSigner | None = None) -> list[Printed]:
    """`print_manifests` (the one place prints are recorded in the audit trail) with
    `each(file, last)` called on every rendered file inside its transaction (the ``.part``
    file: the files are renamed into place once the job is recorded): an error or a stop there
    rolls back the record of the whole job and removes the ``.part`` files. Each file is
    signed with `signer` if given."""
    paths: list[Path] = []

    def to(m: Manifest) -> Path:
        if should_stop():
            raise Stop()
        paths.append(out(m))
        return paths[-1]

    def progress(done: int, total: int) -> None:
        each(part_path(paths[done - 1]), done == total)  # written, not yet in place
        report(done, total)
        if should_stop() and done < total:
            raise Stop()

    return print_manifests(engine, manifests, to, actor, progress=progress, signer=signer)


# -- escorts ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class EscortForm:
    """The escorts of a manifest's current stored revision, for the escorts dialog."""

    number: str
    revision: int
    kind: str
    place: str
    escorts: tuple[Escort, ...]
    required: int
    frozen: bool  # handover recorded: the escorts are part of the record
    stored: bool  # False: saving issues this revision first (nothing is printed)


def read_escort_form(engine: Engine, plan_id: int, number: str,
                     event: HandoverEvent | None) -> EscortForm:
    with Session(engine) as s:
        m = latest(s, number)
        if m is None:  # not issued yet: the revision saving will issue
            m, _rows, _issued = manifest_now(s, plan_id, number, event)
            return EscortForm(number, m.revision, m.kind, m.place, (), required_escorts(s, m),
                              False, False)
        return EscortForm(number, m.revision, m.kind, m.place, escorts_of(s, m.id),
                          required_escorts(s, m), m.frozen, True)


def save_escorts(engine: Engine, plan_id: int, number: str, escorts: Sequence[Escort],
                 actor: str, *, seen: Sequence[Escort] | None = None) -> EscortList:
    """`set_escorts` on the current revision of `number`, issued from the plan first when it
    is not stored yet (as the CLI does), in one transaction: a refused change issues nothing.
    `seen`: the escorts the form showed (ManifestConflict when the stored ones differ)."""
    clean_escorts(escorts)
    events = plan_events(engine, plan_id)
    with transaction(engine, actor) as s:
        lock_number(s, number)
        if latest(s, number) is None:
            event = next((e for e in events if e.number == number), None)
            if event is None:
                raise ManifestError(f"plan {plan_id} has no handover {number}")
            sync_event(s, plan_id, event, actor)
            s.flush()
        return set_escorts_in(s, number, escorts, actor, seen=seen)


# -- the record handover dialog's data ---------------------------------------------------------

@dataclass(frozen=True)
class FormPerson:
    seq: int
    ref: str
    chinese_name: str
    latin_name: str
    batch_ref: str
    flags: str
    outcome: str = ""
    strike_code: str = ""
    strike_note: str = ""


@dataclass(frozen=True)
class HandoverForm:
    number: str
    revision: int
    kind: str
    place: str
    day: dt.date
    planned: dt.time | None
    frozen: bool
    people: tuple[FormPerson, ...]
    record: HandoverRecord | None = None


def read_handover_form(engine: Engine, number: str) -> HandoverForm:
    """The latest stored revision of `number` (the list on the paper), with its record."""
    with Session(engine) as s:
        m = get(s, number)
        rows = entries(s, m.id)
        rec = s.exec(select(HandoverRecord).where(HandoverRecord.manifest_id == m.id)).first()
    people = tuple(FormPerson(r.seq, r.ref, r.chinese_name, r.latin_name, r.batch_ref, r.flags,
                              r.outcome, r.strike_code, r.strike_note) for r in rows)
    return HandoverForm(m.number, m.revision, m.kind, m.place, m.day, m.local_time, m.frozen,
                        people, rec)


def resolve_plan(engine: Engine) -> int | None:
    return published_plan_id(engine) or latest_plan_id(engine)
