"""CSV (UTF-8 with BOM) and XLSX (typed dates, frozen header, widths, one sheet per day)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planner.exports.rows import neutralise

DATE_FORMAT = "yyyy-mm-dd"


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def write_csv(path: Path, cols: Sequence[str], rows: Sequence[dict[str, Any]]) -> int:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([neutralise(_text(r.get(c))) for c in cols])
    return len(rows)


def write_xlsx(path: Path, cols: Sequence[str], rows: Sequence[dict[str, Any]], *,
               title: str = "") -> int:
    """One sheet per day (named YYYY-MM-DD), header frozen and bold, widths from content."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    by_day: dict[dt.date, list[dict[str, Any]]] = {}
    for r in rows:
        by_day.setdefault(r["date"], []).append(r)
    if not by_day:
        by_day[dt.date.today()] = []
    bold = Font(bold=True)
    for day in sorted(by_day):
        ws = wb.create_sheet(day.isoformat())
        ws.append(list(cols))
        for cell in ws[1]:
            cell.font = bold
        widths = [len(c) for c in cols]
        for r in by_day[day]:
            values = [neutralise(r.get(c)) for c in cols]
            ws.append([None if v == "" else v for v in values])
            for k, v in enumerate(values):
                widths[k] = max(widths[k], len(_text(v)))
        for k, c in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(k)].width = min(60, widths[k - 1] + 2)
            if c in ("date", "date_of_birth", "document_expiry"):
                for (cell,) in ws.iter_rows(min_row=2, min_col=k, max_col=k):
                    cell.number_format = DATE_FORMAT
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    if title:
        wb.properties.title = title
    wb.save(path)
    return len(rows)
