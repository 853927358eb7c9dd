"""Checks of a persons file as a whole: against the other rows and against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from planner.db.models import Batch, Location, Person, ReceivingProvince
from planner.domain.enums import LocationKind
from planner.importing.person_rules import PersonRecord, parse_row
from planner.importing.report import ImportCancelled, RowIssue

Progress = Callable[[int, int], None]
StopCheck = Callable[[], bool]
CHECK_EVERY = 250


@dataclass
class ParsedRow:
    """One data row: its number as seen in the file, values by template column, raw cells."""

    number: int
    values: dict[str, Any]
    cells: list[Any]


@dataclass
class ParsedFile:
    """A persons file read from disk, with its columns mapped to template names."""

    path: Any
    kind: str  # "csv" or "xlsx"
    headers: list[str]  # as in the file
    columns: dict[str, int]  # template column → index in the row
    rows: list[ParsedRow]
    sha256: str = ""
    encoding: str = ""
    delimiter: str = ","
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def present(self) -> frozenset[str]:
        return frozenset(self.columns)


@dataclass
class DbContext:
    """What validation needs from the database, loaded once (no per-row queries)."""

    sites: dict[str, int]  # holding-site code → id
    other_locations: dict[str, str]  # code → kind, for the other locations
    person_ids: dict[str, int]  # ref → id
    documents: dict[str, str]  # document number → ref
    batches: dict[str, int]  # batch ref → site id
    provinces: dict[str, str]  # lower-case province → spelling in the database

    @classmethod
    def load(cls, session: Session) -> DbContext:
        sites: dict[str, int] = {}
        others: dict[str, str] = {}
        for lid, code, kind in session.exec(select(Location.id, Location.code, Location.kind)):
            if kind == LocationKind.HOLDING_SITE and lid is not None:
                sites[code.upper()] = lid
            else:
                others[code.upper()] = str(getattr(kind, "value", kind))
        ids: dict[str, int] = {}
        docs: dict[str, str] = {}
        for pid, ref, number in session.exec(select(Person.id, Person.ref, Person.document_number)):
            if pid is not None:
                ids[ref] = pid
            if number:
                docs[number.upper()] = ref
        batches = {ref: sid for ref, sid in session.exec(select(Batch.ref, Batch.site_id))}
        provinces = {p.lower(): p for p in session.exec(select(ReceivingProvince.province))}
        return cls(sites, others, ids, docs, batches, provinces)


@dataclass
class ValidationResult:
    """Valid records (by row number), every issue, and the rows rejected."""

    rows_total: int
    records: dict[int, PersonRecord]
    issues: list[RowIssue]
    rejected_rows: set[int]
    site_ids: dict[str, int]
    existing_ids: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.issues


def _site_reason(code: str, ctx: DbContext) -> str:
    kind = ctx.other_locations.get(code)
    if kind is not None:
        return f"location {code} is a {kind}, not a holding site"
    return "unknown site code (no holding site with this code in the database)"


def check_file(session: Session, parsed: ParsedFile, *, today: dt.date,
               on_progress: Progress | None = None,
               should_stop: StopCheck | None = None) -> ValidationResult:
    """Every check of every row: the row's own, across rows, and against the database."""
    ctx = DbContext.load(session)
    total = len(parsed.rows)
    present = parsed.present
    records: dict[int, PersonRecord] = {}
    issues: list[RowIssue] = []

    def bad(rec: PersonRecord, column: str, value: Any, reason: str) -> None:
        issues.append(RowIssue(rec.row, column, value, reason))

    first_ref: dict[str, int] = {}
    first_doc: dict[str, tuple[int, str]] = {}
    new_batch_site: dict[str, tuple[str, int]] = {}
    pending_separations: list[tuple[PersonRecord, str]] = []
    for i, row in enumerate(parsed.rows):
        if i % CHECK_EVERY == 0:
            if should_stop is not None and should_stop():
                raise ImportCancelled()
            if on_progress is not None:
                on_progress(i, total)
        rec, row_issues = parse_row(row.number, row.values, present, today)
        n_before = len(issues)
        issues.extend(row_issues)
        ref = rec.ref
        if ref:
            if ref in first_ref:
                bad(rec, "person_ref", ref, f"duplicate person_ref (also on row {first_ref[ref]})")
            else:
                first_ref[ref] = row.number
        if rec.site and rec.site not in ctx.sites:
            bad(rec, "site", rec.site, _site_reason(rec.site, ctx))
        if rec.document_number:
            prev = first_doc.get(rec.document_number)
            if prev is not None:
                bad(rec, "document_number", rec.document_number,
                    f"duplicate document number (also on row {prev[0]}, person {prev[1]})")
            else:
                first_doc[rec.document_number] = (rec.row, rec.ref)
            owner = ctx.documents.get(rec.document_number)
            if owner is not None and owner != rec.ref:
                bad(rec, "document_number", rec.document_number,
                    f"document number already belongs to person {owner} in the database")
        if rec.province and ctx.provinces:
            known = ctx.provinces.get(rec.province.lower())
            if known is None:
                bad(rec, "province", rec.province, "no receiving point serves this province")
            else:
                rec.province = known
        if rec.batch_ref and rec.site in ctx.sites:
            batch_site = ctx.batches.get(rec.batch_ref)
            if batch_site is not None and batch_site != ctx.sites[rec.site]:
                bad(rec, "batch_ref", rec.batch_ref, "batch exists at a different site")
            elif batch_site is None:
                seen = new_batch_site.setdefault(rec.batch_ref, (rec.site, rec.row))
                if seen[0] != rec.site:
                    bad(rec, "batch_ref", rec.batch_ref,
                        f"batch is at site {seen[0]} on row {seen[1]}, not {rec.site}")
        for other in rec.separate_from:
            pending_separations.append((rec, other))
        if len(issues) == n_before:
            records[rec.row] = rec

    known_refs = set(first_ref) | set(ctx.person_ids)
    for rec, other in pending_separations:
        if other not in known_refs:
            bad(rec, "separate_from", other,
                f"unknown person_ref {other} (not in the file or the database)")
            records.pop(rec.row, None)
    _cascade_separations(records, first_ref, ctx, issues)
    if on_progress is not None:
        on_progress(total, total)
    rejected = {r.number for r in parsed.rows} - set(records)
    issues.sort(key=lambda x: x.row)
    return ValidationResult(total, records, issues, rejected, ctx.sites, ctx.person_ids)


def _cascade_separations(records: dict[int, PersonRecord], first_ref: dict[str, int],
                         ctx: DbContext, issues: list[RowIssue]) -> None:
    """A row kept apart from a person whose row was rejected (and who is not in the database)
    cannot be imported alone: reject it too, until nothing changes."""
    changed = True
    while changed:
        changed = False
        valid_refs = {r.ref for r in records.values()}
        for rec in list(records.values()):
            for other in rec.separate_from:
                if other not in valid_refs and other not in ctx.person_ids:
                    issues.append(RowIssue(
                        rec.row, "separate_from", other,
                        f"person {other} on row {first_ref.get(other, '?')} was rejected"))
                    records.pop(rec.row, None)
                    changed = True
                    break
