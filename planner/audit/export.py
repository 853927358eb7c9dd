"""The audit trail as a CSV file: the entries a filter matches, newest first, a page at a time,
formula-neutralised, medical values withheld; the export itself recorded in the trail before the
file appears."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from planner.audit.present import summary, withhold
from planner.audit.query import AuditFilter, AuditRow, fetch_rows, matching_seqs

PAGE = 2000  #: rows read per query when exporting
CSV_COLUMNS = ("entry", "when_utc", "operator", "action", "record", "record_id", "reference",
               "changes", "before", "after")
#: Fields whose values an audit CSV never carries: a CSV is plain text, and medical data leaves
#: the database only encrypted (docs/exports.md); that such a field changed still shows.
MEDICAL_FIELDS = ("medical", "medical_note")


class ExportCancelled(Exception):
    """The export was stopped before it finished; no file and no entry were written."""


def _neutral(value: str) -> str:
    from planner.exports.rows import neutralise

    return str(neutralise(value))


def _json(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(withhold(value, MEDICAL_FIELDS), ensure_ascii=False)


def csv_rows(rows: Iterable[AuditRow]) -> Iterable[list[str]]:
    for r in rows:
        yield [_neutral(str(x)) for x in (
            r.seq, r.at.isoformat(sep=" ", timespec="seconds"), r.actor, r.action, r.entity,
            r.entity_id or "", r.ref or "",
            summary(r, most=1000, width=1000, withheld=MEDICAL_FIELDS),
            _json(r.before), _json(r.after))]


def export_csv(engine: Engine, f: AuditFilter, path: Path, *, actor: str,
               progress: Callable[[int, int], None] | None = None,
               should_stop: Callable[[], bool] | None = None) -> tuple[int, int]:
    """Write the entries matching `f` (newest first) to a CSV file (UTF-8 with BOM, text a
    spreadsheet would read as a formula neutralised, medical values withheld), recorded in
    the trail before the file appears. Returns (rows written, number of the export's own
    entry)."""
    from planner.audit.chain import record
    from planner.db.engine import transaction
    from planner.staging import move_into_place, staged

    seqs = matching_seqs(engine, f)
    written = 0
    with staged(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(CSV_COLUMNS)
            for i in range(0, len(seqs), PAGE):
                if should_stop is not None and should_stop():
                    raise ExportCancelled("export cancelled")
                rows = fetch_rows(engine, seqs[i:i + PAGE])  # a deleted entry is left out
                w.writerows(csv_rows(rows))
                written += len(rows)
                if progress is not None:
                    progress(min(i + PAGE, len(seqs)), len(seqs))
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        # Recorded first, then moved into place (planner/staging.py): a failed commit leaves
        # only the staged file, deleted at the end, so there is never a file the trail does not
        # know of; a move that fails after the commit is followed by an "export failed" entry,
        # so the trail does not claim a file that is not there.
        with transaction(engine, actor) as s:
            seq = record(s, actor=actor, action="export", entity="audit", after={
                "format": "csv", "file": path.name, "rows": written, "sha256": digest,
                "filter": f.as_dict(), "withheld": list(MEDICAL_FIELDS)})

        def failed(e: OSError) -> None:
            with transaction(engine, actor) as s:
                record(s, actor=actor, action="export failed", entity="audit", entity_id=seq,
                       after={"file": path.name, "sha256": digest,
                              "reason": e.strerror or type(e).__name__})

        move_into_place(tmp, path, failed, f"audit export (entry {seq})")
    return written, seq
