"""Reading and writing tables (CSV and XLSX) for imports: encodings, delimiters, dates.

Row numbers are those the user sees when opening the file in a spreadsheet: the header is
row 1, the first data row is row 2 (CSV records spanning lines still count as one row).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.importing.report import ImportFileError

MAX_TABLE_BYTES = 200 * 1024 * 1024
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
PREFERRED_SHEET = "persons"

#: Date formats accepted in text cells, as shown to users.
DATE_FORMATS_DOC = ("YYYY-MM-DD", "DD/MM/YYYY", "DD.MM.YYYY", "YYYY/MM/DD")

_YMD = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})$")
_TIME_SUFFIX = re.compile(r"[ T]00:00(:00(\.0+)?)?$")


class DateError(ValueError):
    """A text that is not an accepted, real date; the message is the reason for the user."""


@dataclass
class Table:
    """A table as read from a file: header cells and data rows with their row numbers."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    encoding: str = ""
    delimiter: str = ","
    sheet: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def decode_text(raw: bytes, name: str = "the file") -> tuple[str, str]:
    """Decode CSV bytes: a UTF-8 BOM → utf-8-sig; else strict UTF-8; else GB18030."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise ImportFileError(
                f"{name} starts with a UTF-8 byte-order mark but byte {e.start} is not UTF-8"
            ) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            f"{name} is UTF-16 text; save it as CSV UTF-8 (or GB18030) and import again")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as e:
        raise ImportFileError(
            f"{name} is neither UTF-8 nor GB18030 text (undecodable byte at offset {e.start}); "
            "save it as CSV UTF-8 and import again") from None


def sniff_delimiter(text: str) -> str:
    """`,`, `;` or tab: whichever splits the header line into the most fields."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: len(next(csv.reader([first], delimiter=d), [])) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] > 1 else ","


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise ImportFileError(f"{path.name} is {size / 1e6:.0f} MB; the limit is 200 MB")
        return path.read_bytes()
    except OSError as e:
        raise ImportFileError(f"cannot read {path.name}: {e.strerror or e}") from None


def read_csv(path: Path, raw: bytes | None = None) -> Table:
    data = _read_bytes(path) if raw is None else raw
    text, encoding = decode_text(data, path.name)
    if "\x00" in text:
        raise ImportFileError(f"{path.name} contains NUL characters: it is not a CSV text file")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[Any]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            records.append((number, list(record)))
    except csv.Error as e:
        raise ImportFileError(f"{path.name} is not a readable CSV file: {e}") from None
    if not records:
        raise ImportFileError(f"{path.name} is empty")
    headers = [str(h) for h in records[0][1]]
    return Table(path, "csv", headers, records[1:], encoding=encoding, delimiter=delimiter)


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n - 1


def _fast_xlsx(path: Path) -> Table:
    """Stream the first (or "persons") sheet straight from the XML: about three times faster
    than openpyxl's read-only mode on large sheets. Values as openpyxl gives them."""
    import xml.etree.ElementTree as ET
    import zipfile

    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        pr = wb.find(f"{_NS}workbookPr")
        mac = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
        epoch = CALENDAR_MAC_1904 if mac else CALENDAR_WINDOWS_1900
        sheets = [(e.get("name", ""), e.get(f"{_REL_NS}id", "")) for e in wb.iter(f"{_NS}sheet")]
        name, rid = next((x for x in sheets if x[0].strip().lower() == PREFERRED_SHEET),
                         sheets[0])
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = next(r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")
                      if r.get("Id") == rid)
        sheet_file = target.lstrip("/") if target.startswith("/") else "xl/" + target
        strings: list[str] = []
        if "xl/sharedStrings.xml" in names:
            for _, si in ET.iterparse(zf.open("xl/sharedStrings.xml")):
                if si.tag == f"{_NS}si":
                    parts = [si.findtext(f"{_NS}t") or ""]
                    parts += [r.findtext(f"{_NS}t") or "" for r in si.findall(f"{_NS}r")]
                    strings.append("".join(parts))
                    si.clear()
        date_styles: set[int] = set()
        if "xl/styles.xml" in names:
            st = ET.fromstring(zf.read("xl/styles.xml"))
            custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "")
                      for f in st.iter(f"{_NS}numFmt")}
            xfs = st.find(f"{_NS}cellXfs")
            for k, xf in enumerate(xfs if xfs is not None else []):
                fid = int(xf.get("numFmtId", "0"))
                fmt = custom.get(fid) or BUILTIN_FORMATS.get(fid, "General")
                if is_date_format(fmt):
                    date_styles.add(k)
        rows: list[tuple[int, list[Any]]] = []
        number = 0
        for _, el in ET.iterparse(zf.open(sheet_file)):
            if el.tag != f"{_NS}row":
                continue
            number = int(el.get("r") or number + 1)
            cells: list[Any] = []
            for c in el.iter(f"{_NS}c"):
                ref = c.get("r")
                if ref:
                    idx = _column_index(ref)
                    if idx > len(cells):
                        cells.extend([None] * (idx - len(cells)))
                kind = c.get("t", "n")
                v = c.findtext(f"{_NS}v")
                value: Any = None
                if kind == "inlineStr":
                    node = c.find(f"{_NS}is")
                    texts = node.iter(f"{_NS}t") if node is not None else iter(())
                    value = "".join(t.text or "" for t in texts) or None
                elif not v:
                    value = None
                elif kind == "s":
                    value = strings[int(v)]
                elif kind in ("str", "e"):
                    value = v
                elif kind == "b":
                    value = v == "1"
                elif kind == "d":
                    value = dt.datetime.fromisoformat(v)
                else:
                    num = float(v)
                    if int(c.get("s", "0")) in date_styles:
                        value = from_excel(num, epoch)
                    else:
                        value = int(num) if num.is_integer() and "." not in v and "E" not in v \
                            else num
                cells.append(value)
            el.clear()
            rows.append((number, cells))
    if not rows:
        raise ImportFileError(f"{path.name}: sheet {name!r} is empty")
    first = rows[0][1]
    headers = ["" if v is None else str(v) for v in first]
    return Table(path, "xlsx", headers, rows[1:], sheet=name)


def read_xlsx(path: Path) -> Table:
    """Read the sheet named "persons", else the first sheet, of an XLSX workbook."""
    try:
        return _fast_xlsx(path)
    except ImportFileError:
        raise
    except Exception:  # an unusual workbook: let openpyxl read it (or explain the failure)
        return _openpyxl_xlsx(path)


def _openpyxl_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as e:
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({e})") from None
    try:
        names = wb.sheetnames
        sheet = next((n for n in names if n.strip().lower() == PREFERRED_SHEET), names[0])
        ws = wb[sheet]
        rows: list[tuple[int, list[Any]]] = []
        headers: list[str] | None = None
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if headers is None:
                headers = ["" if v is None else str(v) for v in values]
                continue
            rows.append((number, list(values)))
    finally:
        wb.close()
    if headers is None:
        raise ImportFileError(f"{path.name}: sheet {sheet!r} is empty")
    return Table(path, "xlsx", headers, rows, sheet=sheet)


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file by its content (an XLSX is a ZIP file), else by its suffix."""
    p = Path(path)
    with_zip = False
    try:
        with p.open("rb") as fh:
            with_zip = fh.read(4) == b"PK\x03\x04"
    except OSError as e:
        raise ImportFileError(f"cannot read {p.name}: {e.strerror or e}") from None
    if with_zip or p.suffix.lower() in XLSX_SUFFIXES:
        return read_xlsx(p)
    if p.suffix.lower() == ".xls":
        raise ImportFileError(f"{p.name} is an old Excel .xls file; save it as .xlsx or CSV")
    return read_csv(p)


def cell_text(value: Any) -> str:
    """A cell as trimmed text; whole-number floats lose their '.0'; dates become ISO text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 1 <= month <= 31:
            raise DateError(f"month {month} does not exist (month and day swapped? "
                            "write DD/MM/YYYY or YYYY-MM-DD)")
        raise DateError(f"month {month} does not exist")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(f"{text!r} is not a real date (day {day} of month {month} in {year} "
                        "does not exist)") from None


def parse_date(value: Any) -> dt.date | None:
    """A cell as a date. None for an empty cell. Real spreadsheet dates are taken as they are;
    text must be YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or YYYY/MM/DD. Raise :class:`DateError`
    with the reason for anything else (two-digit years, impossible dates, numbers)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool | int | float):
        raise DateError("a number, not a date: format the cell as a date or write YYYY-MM-DD")
    text = str(value).strip()
    if not text:
        return None
    text = _TIME_SUFFIX.sub("", text)
    m = _YMD.match(text)
    if m:
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    m = _DMY.match(text)
    if m:
        if len(m[4]) == 2:
            raise DateError("a two-digit year is ambiguous: write the year in full")
        return _make_date(int(m[4]), int(m[3]), int(m[1]), text)
    accepted = ", ".join(DATE_FORMATS_DOC)
    raise DateError(f"not a date in an accepted format ({accepted})")


def write_rejected(path: Path, kind: str, headers: Sequence[str],
                   rows: Sequence[tuple[Sequence[Any], str]], *, delimiter: str = ",") -> None:
    """Write rejected rows with their original cells plus an `errors` column: CSV as UTF-8 with
    a BOM (so Excel shows Chinese names), or XLSX."""
    out_headers = [*headers, "errors"]
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(PREFERRED_SHEET)
        ws.append(out_headers)
        for cells, errors in rows:
            padded = [*cells, *([None] * (len(headers) - len(cells)))][: len(headers)]
            ws.append([*padded, errors])
        wb.save(path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(out_headers)
        for cells, errors in rows:
            padded = [*cells, *([""] * (len(headers) - len(cells)))][: len(headers)]
            writer.writerow([*(cell_text(c) if not isinstance(c, str) else c for c in padded),
                             errors])
