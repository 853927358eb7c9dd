"""Manifests in the database: create revisions from the plan, load, print (render) and verify.

A manifest number names one handover event; each revision keeps the exact list printed (and its
escorts, carried into the next revision). A new revision is made when the people (or their
reference, document number or date of birth) differ from the latest revision, unless that revision
is frozen (its handover is recorded: then the plan no longer changes it; only a handover correction
makes a new revision). With a signer, every printed PDF gets a PAdES signature.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select as core_select
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.db.engine import transaction
from planner.db.models import Person
from planner.db.plan_models import Plan
from planner.engine.store import PlanError
from planner.manifests.assemble import build_entries, header, manifest_data, operation_name
from planner.manifests.events import Disruption, Disruptions, HandoverEvent, plan_events
from planner.manifests.models import AppSetting, Manifest, ManifestEntry
from planner.reporting import ManifestData, ManifestRenderInfo, VerifyResult, render_manifest
from planner.reporting.digest import manifest_digest, read_pdf_payload, verify_manifest_pdf
from planner.reporting.signing import ManifestSigner, SignatureCheck, check_signature, sign_pdf
from planner.services.locking import ConflictError

SIGNER_KEY = "manifest.signer"
UNSIGNED = SignatureCheck(signed=False)
#: what a PDF is called while it is written, until its print is committed
PART_SUFFIX = ".part"


class ManifestError(Exception):
    """A manifest operation that cannot be done; the message says why."""


class ManifestConflict(ConflictError, ManifestError):
    """Someone else changed the manifest since the user read it (a new revision, a recorded
    handover, other escorts): nothing was written. Both a ManifestError (its message says what
    changed) and a :class:`planner.services.locking.ConflictError` (`seen_version` and
    `current_version` hold the revisions)."""

    def __init__(self, number: str, seen_revision: int, current_revision: int | None,
                 text: str, yours: dict[str, object] | None = None,
                 theirs: dict[str, object] | None = None) -> None:
        super().__init__("manifest", number, seen_revision, current_revision, yours, theirs)
        Exception.__init__(self, text)


class ManifestDisrupted(ManifestError):
    """The flight of a manifest is cancelled or its crossing closed that day: it is not
    printed, nor its handover recorded, until a re-plan makes the new manifests."""

    def __init__(self, text: str, disrupted: Sequence[tuple[str, Disruption]]) -> None:
        super().__init__(text)
        self.disrupted = list(disrupted)  # (number, why)


#: what to do instead, by what was refused
NEXT_STEP = {
    "print": "re-plan, then print the new manifest",
    "issue": "re-plan, then print the new manifest",
    "record": "re-plan, then record the handover of the new manifest",
}


def refuse_disrupted(s: Session, items: Sequence[tuple[str, str, int, dt.date]],
                     action: str) -> None:
    """ManifestDisrupted naming every (number, kind, ref id, day) whose flight is cancelled
    or whose crossing is closed that day; nothing when there is none. `action`: print,
    issue or record (what the message says to do instead)."""
    if not items:
        return
    check = Disruptions(s)
    found = [(number, d) for number, kind, ref, day in items
             if (d := check.of(kind, ref, day)) is not None]
    if not found:
        return
    step = NEXT_STEP[action]
    done = {"print": "nothing was printed", "issue": "nothing was printed",
            "record": "nothing was recorded"}[action]
    if len(found) == 1:
        number, d = found[0]
        text = f"{d.text}: {step} ({number} is not to be used; {done})"
    else:
        listed = "; ".join(f"{number}: {d.text}" for number, d in found)
        text = f"{listed}. Re-plan, then use the new manifests ({done})"
    raise ManifestDisrupted(text, found)


def lock_number(s: Session, number: str) -> None:
    """Serialise writers of manifest `number` for the rest of the transaction, before its
    latest revision is read (a no-op UPDATE takes SQLite's write lock; FOR UPDATE elsewhere)."""
    t = Manifest.__table__  # type: ignore[attr-defined]
    if s.get_bind().dialect.name == "sqlite":
        s.execute(update(t).where(t.c.number == number).values(number=t.c.number))
    else:
        s.execute(core_select(t.c.id).where(t.c.number == number).with_for_update())


def latest(s: Session, number: str) -> Manifest | None:
    return s.exec(select(Manifest).where(Manifest.number == number)
                  .order_by(col(Manifest.revision).desc())).first()


def get(s: Session, number: str, revision: int | None = None) -> Manifest:
    m = latest(s, number) if revision is None else s.exec(
        select(Manifest).where(Manifest.number == number, Manifest.revision == revision)).first()
    if m is None:
        what = number if revision is None else f"{number} r{revision}"
        raise ManifestError(f"there is no manifest {what}")
    return m


def entries(s: Session, manifest_id: int | None) -> list[ManifestEntry]:
    return list(s.exec(select(ManifestEntry).where(ManifestEntry.manifest_id == manifest_id)
                        .order_by(col(ManifestEntry.seq))).all())


def new_revision(s: Session, *, base: Manifest | None, rows: Sequence[ManifestEntry],
                 fields: dict[str, object], actor: str, reason: str) -> Manifest:
    """Add a revision (1 when there is no base) holding `rows`; the base is superseded."""
    rev = 1 if base is None else base.revision + 1
    m = Manifest(revision=rev, digest=manifest_digest(rows), head_count=len(rows),
                 created_by=actor, **fields)  # type: ignore[arg-type]
    s.add(m)
    if base is not None:
        base.superseded = True
        s.add(base)
    s.flush()
    for r in rows:
        r.manifest_id = m.id  # type: ignore[assignment]
        s.add(r)
    if base is not None:
        from planner.manifests.escorts import copy_escorts

        copy_escorts(s, base.id, m.id)
    s.flush()
    record(s, actor=actor, action="manifest", entity="manifest", entity_id=m.id, ref=m.number,
           after={"revision": rev, "head_count": m.head_count, "digest": m.digest,
                  "reason": reason})
    return m


def sync_event(s: Session, plan_id: int, event: HandoverEvent, actor: str) -> Manifest:
    """The current revision of an event's manifest, made or revised from the plan.
    ManifestDisrupted when its flight is cancelled or its crossing closed that day (unless
    its handover is recorded: then that revision is the record)."""
    base = latest(s, event.number)
    if base is not None and base.frozen:
        return base
    refuse_disrupted(s, [(event.number, event.kind, event.ref_id, event.day)], "issue")
    rows = build_entries(s, event)
    if base is not None and base.digest == manifest_digest(rows):
        return base
    fields: dict[str, object] = dict(
        number=event.number, kind=event.kind, plan_id=plan_id, ref_id=event.ref_id,
        day=event.day, local_time=event.time, **header(s, event))
    return new_revision(s, base=base, rows=rows, fields=fields, actor=actor,
                        reason="first issue" if base is None else f"plan {plan_id} changed")


def sync_plan(engine: Engine, plan_id: int, actor: str, *, day: dt.date | None = None,
              number: str | None = None) -> list[Manifest]:
    """Manifests of a plan's events (of one day, or one number), each made or revised.
    ManifestDisrupted, with nothing issued, when a flight of them is cancelled or a crossing
    closed that day (and the handover not recorded): re-plan first."""
    events = [e for e in plan_events(engine, plan_id)
              if (day is None or e.day == day) and (number is None or e.number == number)]
    if number is not None and not events:
        raise PlanError(f"plan {plan_id} has no handover {number}; see `repatplan manifest "
                        "list`")
    with transaction(engine, actor) as s:
        frozen = {m.number for m in s.exec(select(Manifest).where(
            col(Manifest.number).in_([e.number for e in events]),
            col(Manifest.frozen).is_(True), col(Manifest.superseded).is_(False))).all()}
        refuse_disrupted(s, [(e.number, e.kind, e.ref_id, e.day) for e in events
                             if e.number not in frozen], "issue")
        return [sync_event(s, plan_id, e, actor) for e in events]


def revision_data(s: Session, m: Manifest, operation: str | None = None,
                  rows: Sequence[ManifestEntry] | None = None) -> ManifestData:
    """What the renderer prints for a manifest revision: its stored rows (or `rows`, for a
    draft), its escorts and the escorts the plan requires, the operation name."""
    from planner.manifests.escorts import escorts_of, required_escorts

    plan = s.get(Plan, m.plan_id)
    return manifest_data(m, entries(s, m.id) if rows is None else rows,
                         operation_name(operation, plan.name if plan else ""),
                         escorts=escorts_of(s, m.id) if m.id is not None else (),
                         required_escorts=required_escorts(s, m))


@dataclass(frozen=True)
class Printed:
    manifest: Manifest
    path: Path
    info: ManifestRenderInfo


def part_path(path: Path) -> Path:
    """Where the PDF for `path` is written until its print is committed."""
    return path.with_name(path.name + PART_SUFFIX)


def print_manifests(engine: Engine, manifests: Sequence[Manifest], out: Callable[[Manifest], Path],
                    actor: str, operation: str | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    signer: ManifestSigner | None = None) -> list[Printed]:
    """Render stored revisions (with their escorts) to PDF files, each signed when a signer is
    given; each print is an audit entry. All or nothing: each PDF is written complete (and
    signed) as ``<file>.part`` (see `part_path`; `progress` is called once it is there), and
    all are renamed into place only after the audit entries are committed. On an error or a
    stop, only the ``.part`` files are removed: an existing file of the same name is kept.

    ManifestDisrupted, with nothing printed, when the flight of one of them is cancelled or
    its crossing closed that day (a revision whose handover is recorded is the record of
    what happened, and reprints)."""
    done: list[Printed] = []
    parts: list[tuple[Path, Path]] = []
    try:
        with transaction(engine, actor) as s:
            refuse_disrupted(s, [(m.number, m.kind, m.ref_id, m.day) for m in manifests
                                 if not m.frozen], "print")
            for k, m in enumerate(manifests):
                data = revision_data(s, m, operation)
                path = out(m)
                buf = io.BytesIO()
                info = render_manifest(data, buf)
                pdf = buf.getvalue()
                if signer is not None:
                    pdf = sign_pdf(pdf, signer, reason=f"Handover manifest {m.number} "
                                   f"r{m.revision}", location=m.place)
                part = part_path(path)
                parts.append((part, path))
                part.write_bytes(pdf)
                record(s, actor=actor, action="print", entity="manifest", entity_id=m.id,
                       ref=m.number, after={"revision": m.revision, "pages": info.pages,
                                            "head_count": info.people, "digest": info.digest,
                                            "escorts": len(data.escorts), "file": path.name,
                                            "signed_by": signer.subject if signer else None})
                done.append(Printed(m, path, info))
                if progress:
                    progress(k + 1, len(manifests))
        for part, path in parts:
            os.replace(part, path)
    except BaseException:
        for part, _path in parts:
            with contextlib.suppress(OSError):  # the first error is the one to report
                part.unlink(missing_ok=True)
        raise
    return done


@dataclass(frozen=True)
class Verification:
    result: VerifyResult
    manifest: Manifest | None
    latest_revision: int | None
    signature: SignatureCheck = UNSIGNED

    @property
    def ok(self) -> bool:
        """The list matches the database and any signature is intact over the whole file."""
        return self.result.ok and self.signature.ok

    def summary(self) -> str:
        text = self.result.summary()
        m = self.manifest
        if m is not None and self.latest_revision and self.latest_revision != m.revision:
            text += (f" Note: {m.number} r{m.revision} is superseded by "
                     f"r{self.latest_revision}.")
        if m is not None and m.frozen:
            text += " Its handover is recorded (frozen)."
        return text + "\n" + self.signature.summary()


def verify_file(engine: Engine, path: Path | BinaryIO,
                trust: Sequence[Path] = ()) -> Verification:
    """Recompute the paper's manifest from the database (people as they stand now, in the
    stored order) and compare number, revision, head count and digest; check its signature
    (trusted when its certificate chains to one of the `trust` certificate files)."""
    signature = check_signature(path, trust)
    v = _verify_list(engine, path)
    return Verification(v.result, v.manifest, v.latest_revision, signature)


def _verify_list(engine: Engine, path: Path | BinaryIO) -> Verification:
    try:
        payload = read_pdf_payload(path)
    except Exception as exc:
        return Verification(VerifyResult(False, None, "", 0, (f"cannot read the manifest: "
                                                              f"{exc}",)), None, None)
    with Session(engine) as s:
        m = s.exec(select(Manifest).where(Manifest.number == payload.number,
                                          Manifest.revision == payload.revision)).first()
        last = latest(s, payload.number)
        if m is None:
            return Verification(VerifyResult(False, payload, "", 0, (
                f"the database has no manifest {payload.number} r{payload.revision}",)), None,
                last.revision if last else None)
        rows = entries(s, m.id)
        people = {p.id: p for p in s.exec(select(Person).where(
            col(Person.id).in_([r.person_id for r in rows]))).all()}
        expected = [people[r.person_id] for r in rows if r.person_id in people]
    if not isinstance(path, Path):
        path.seek(0)
    result = verify_manifest_pdf(path, expected, expected_number=m.number,
                                 expected_revision=m.revision)
    return Verification(result, m, last.revision if last else None)


@dataclass(frozen=True)
class SignerConfig:
    """The configured signing certificate: a PKCS#12 file path (never its password)."""

    p12: Path
    subject: str
    not_after: str
    set_at: dt.datetime
    set_by: str


def signer_config(engine: Engine) -> SignerConfig | None:
    """The agency certificate manifests are signed with, or None (manifests unsigned)."""
    with Session(engine) as s:
        row = s.get(AppSetting, SIGNER_KEY)
    if row is None:
        return None
    value = json.loads(row.value)
    return SignerConfig(Path(value["p12"]), value.get("subject", ""),
                        value.get("not_after", ""), row.updated_at, row.updated_by)


def set_signer(engine: Engine, p12: Path, signer: ManifestSigner, actor: str) -> SignerConfig:
    """Keep the path of a PKCS#12 file (already opened: `signer`) as the signing certificate."""
    value = {"p12": str(p12.resolve()), "subject": signer.subject,
             "not_after": signer.not_after.strftime("%Y-%m-%d")}
    with transaction(engine, actor) as s:
        row = s.get(AppSetting, SIGNER_KEY)
        before = json.loads(row.value) if row else None
        if row is None:
            row = AppSetting(key=SIGNER_KEY)
        row.value = json.dumps(value, ensure_ascii=False)
        row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        row.updated_by = actor
        s.add(row)
        record(s, actor=actor, action="setting", entity="app_setting", ref=SIGNER_KEY,
               before=before, after=value)
    config = signer_config(engine)
    assert config is not None
    return config


def clear_signer(engine: Engine, actor: str) -> bool:
    """Stop signing manifests; False when no certificate was set."""
    with transaction(engine, actor) as s:
        row = s.get(AppSetting, SIGNER_KEY)
        if row is None:
            return False
        record(s, actor=actor, action="setting", entity="app_setting", ref=SIGNER_KEY,
               before=json.loads(row.value), after=None)
        s.delete(row)
    return True
