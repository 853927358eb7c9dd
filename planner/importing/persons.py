"""Import of persons lists (CSV or XLSX): read, check every row, then write all or nothing
(or, with skip_invalid, the valid rows, writing the rejected ones to a file to fix). The rows
are checked by `planner.importing.person_checks`, written by `planner.importing.person_writer`."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from planner.db.engine import transaction
from planner.db.models import ImportRun
from planner.importing.headers import suggest_column, suggest_columns
from planner.importing.person_checks import (
    ParsedFile,
    ParsedRow,
    Progress,
    StopCheck,
    ValidationResult,
    check_file,
)
from planner.importing.person_rules import (
    ERRORS_COLUMN,
    KNOWN_COLUMNS,
    REQUIRED_COLUMNS,
    normalise_header,
)
from planner.importing.person_writer import write_persons
from planner.importing.report import ImportFileError, PersonImportReport, format_issues
from planner.importing.tabular import read_table, write_rejected

log = logging.getLogger(__name__)

__all__ = [
    "ParsedFile",
    "ParsedRow",
    "ValidationResult",
    "format_issues",
    "import_persons",
    "read_persons_file",
    "suggest_column",
    "suggest_columns",
    "validate_persons",
]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_persons_file(path: str | Path,
                      column_map: dict[str, str] | None = None) -> ParsedFile:
    """Read a persons CSV/XLSX. `column_map` maps a header in the file to a template column
    (e.g. ``{"Passport No.": "document_number"}``). Raise :class:`ImportFileError` for an
    unreadable file or missing required columns (the message names them)."""
    p = Path(path)
    table = read_table(p)
    mapping = {normalise_header(k): normalise_header(v) for k, v in (column_map or {}).items()}
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, header in enumerate(table.headers):
        name = normalise_header(header)
        name = mapping.get(name, name)
        if name == ERRORS_COLUMN:  # from a rejected-rows file: ignored as documented
            continue
        if name not in KNOWN_COLUMNS:
            if header.strip():
                ignored.append(header)
            continue
        if name in columns:
            raise ImportFileError(
                f"{p.name}: column {name} appears twice (columns {columns[name] + 1} and "
                f"{index + 1})")
        columns[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        hints = [f"{h!r} looks like {c}" for h, c in suggest_columns(ignored, columns).items()
                 if c in missing]
        raise ImportFileError(
            f"{p.name}: required column{'s' if len(missing) > 1 else ''} missing: "
            f"{', '.join(missing)} (header row found: {', '.join(table.headers) or 'empty'})"
            + (f"; {', '.join(hints)}: rename the header or map it" if hints else ""))
    rows: list[ParsedRow] = []
    for number, cells in table.rows:
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        values = {name: (cells[i] if i < len(cells) else None) for name, i in columns.items()}
        rows.append(ParsedRow(number, values, cells))
    return ParsedFile(p, table.kind, table.headers, columns, rows, sha256=_sha256(p),
                      encoding=table.encoding, delimiter=table.delimiter,
                      ignored_columns=ignored)


def validate_persons(session: Session, parsed: ParsedFile, *,
                     today: dt.date | None = None) -> ValidationResult:
    """Check every row without writing anything (for a preview)."""
    return check_file(session, parsed, today=today or dt.date.today())



def _default_rejected_path(parsed: ParsedFile) -> Path:
    p = Path(parsed.path)
    suffix = ".xlsx" if parsed.kind == "xlsx" else ".csv"
    return p.with_name(f"{p.stem}-rejected{suffix}")


def _write_rejected_file(parsed: ParsedFile, result: ValidationResult, path: Path) -> None:
    by_row: dict[int, list[str]] = {}
    for issue in result.issues:
        text = f"{issue.column}: {issue.reason}" if issue.column else issue.reason
        by_row.setdefault(issue.row, []).append(text)
    rows = [(r.cells, "; ".join(by_row.get(r.number, ["rejected"])))
            for r in parsed.rows if r.number in result.rejected_rows]
    write_rejected(path, parsed.kind, parsed.headers, rows, delimiter=parsed.delimiter)


def import_persons(
    engine: Engine,
    path: str | Path,
    *,
    actor: str,
    skip_invalid: bool = False,
    rejected_path: str | Path | None = None,
    column_map: dict[str, str] | None = None,
    today: dt.date | None = None,
    on_progress: Progress | None = None,
    should_stop: StopCheck | None = None,
) -> PersonImportReport:
    """Import a persons file in one transaction. By default any bad row means nothing is
    written (the report lists every issue). With `skip_invalid`, the valid rows go in and the
    rejected rows are written to `rejected_path` (default: ``<name>-rejected.<ext>``) with an
    `errors` column. `should_stop` returning True raises :class:`ImportCancelled`."""
    day = today or dt.date.today()
    parsed = read_persons_file(path, column_map)
    report = PersonImportReport(rows_total=len(parsed.rows), sha256=parsed.sha256,
                                ignored_columns=list(parsed.ignored_columns),
                                suggested_columns=suggest_columns(parsed.ignored_columns,
                                                                  parsed.present))
    with transaction(engine, actor=actor) as session:
        result = check_file(session, parsed, today=day, should_stop=should_stop,
                            on_progress=(lambda d, _t: on_progress(d, 2 * report.rows_total))
                            if on_progress else None)
        report.issues = result.issues
        report.rejected = len(result.rejected_rows)
        if result.issues and not skip_invalid:
            session.rollback()
        else:
            write_persons(session, parsed, result, actor=actor, today=day, report=report,
                          on_progress=on_progress, should_stop=should_stop)
            session.add(ImportRun(
                actor=actor[:200], kind="persons", file_name=Path(path).name[:500],
                sha256=parsed.sha256,
                rows_total=report.rows_total, rows_created=report.created,
                rows_updated=report.updated, rows_rejected=report.rejected))
            report.written = True
    if result.rejected_rows and (skip_invalid or rejected_path is not None):
        out = Path(rejected_path) if rejected_path is not None else _default_rejected_path(parsed)
        _write_rejected_file(parsed, result, out)
        report.rejected_path = out
    if on_progress is not None:
        on_progress(2 * report.rows_total, 2 * report.rows_total)
    log.info("persons import by %s: %d rows, %d created, %d updated, %d rejected",
             actor, report.rows_total, report.created, report.updated, report.rejected)
    return report
