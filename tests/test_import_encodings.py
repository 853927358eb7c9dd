"""Persons files in the encodings and shapes users really send: UTF-8 (with or without BOM),
GB18030, `;` and tab delimiters, XLSX with real date cells and with text dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.engine import Engine

from planner.importing import ImportFileError, format_issues
from planner.importing.persons import import_persons, read_persons_file
from planner.importing.tabular import DateError, decode_text, parse_date, sniff_delimiter
from tests.test_import_persons import HEADER, TODAY, good_row, persons, setup_db

NAMES = [("P1", "王", "小明"), ("P2", "欧阳", "娜娜"), ("P3", "张", "伟")]


def chinese_rows() -> list[dict[str, str]]:
    return [good_row(ref, family_name=fam, given_name=giv, notes="备注：需要翻译")
            for ref, fam, giv in NAMES]


def csv_text(rows: list[dict[str, str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r[c] for c in HEADER])
    return buf.getvalue()


def assert_names_imported(engine: Engine) -> None:
    got = {r: (p.family_name, p.given_name, p.notes) for r, p in persons(engine).items()}
    assert got == {ref: (fam, giv, "备注：需要翻译") for ref, fam, giv in NAMES}


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030")])
def test_csv_encodings_with_chinese_names(engine: Engine, tmp_path: Path, encoding: str,
                                          expected: str) -> None:
    setup_db(engine)
    path = tmp_path / "p.csv"
    path.write_bytes(csv_text(chinese_rows()).encode(encoding))
    parsed = read_persons_file(path)
    assert parsed.encoding == expected
    assert parsed.headers[0] == "person_ref"  # no BOM left in the first header
    report = import_persons(engine, path, actor="t", today=TODAY)
    assert report.written, format_issues(report.issues)
    assert_names_imported(engine)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(engine: Engine, tmp_path: Path, delimiter: str) -> None:
    setup_db(engine)
    path = tmp_path / "p.csv"
    path.write_text(csv_text(chinese_rows(), delimiter), encoding="utf-8")
    assert read_persons_file(path).delimiter == delimiter
    assert import_persons(engine, path, actor="t", today=TODAY).written
    assert_names_imported(engine)


def test_undecodable_and_utf16_files(tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes(csv_text(chinese_rows()).encode("utf-16"))
    with pytest.raises(ImportFileError, match="UTF-16"):
        read_persons_file(path)
    with pytest.raises(ImportFileError, match="neither UTF-8 nor GB18030"):
        decode_text(b"person_ref\n\x81\x20\xff\xff", "x.csv")


def test_sniff_delimiter_defaults_to_comma() -> None:
    assert sniff_delimiter("person_ref\nP1\n") == ","
    assert sniff_delimiter("a;b,c;d\n") == ";"


def test_row_numbers_count_multiline_records_once(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = chinese_rows()
    rows[0]["notes"] = "line one\nline two"
    rows[2]["sex"] = "?"
    path = tmp_path / "p.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    report = import_persons(engine, path, actor="t", today=TODAY)
    assert [(i.row, i.column) for i in report.issues] == [(4, "sex")]


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "Sheet1",
               before: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if before is not None:
        ws.title = before
        ws.append(["not", "the", "persons", "sheet"])
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_real_dates_and_text_dates(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    base = chinese_rows()
    cells: list[list[object]] = []
    for i, r in enumerate(base):
        row: list[object] = [r[c] for c in HEADER]
        if i == 0:  # real date cells (date and datetime)
            row[HEADER.index("date_of_birth")] = dt.date(1990, 1, 2)
            row[HEADER.index("document_expiry")] = dt.datetime(2030, 1, 1)
            row[HEADER.index("ready_date")] = dt.datetime(2025, 2, 1, 0, 0)
        elif i == 1:  # text dates in the other accepted formats
            row[HEADER.index("date_of_birth")] = "02/01/1990"
            row[HEADER.index("document_expiry")] = "01.01.2030"
            row[HEADER.index("ready_date")] = "2025/02/01"
        else:  # numbers typed into text columns come back as text
            row[HEADER.index("document_number")] = 123456789
        cells.append(row)
    path = write_xlsx(tmp_path / "p.xlsx", cells, sheet="persons", before="readme")
    report = import_persons(engine, path, actor="t", today=TODAY)
    assert report.written, format_issues(report.issues)
    assert_names_imported(engine)
    ps = persons(engine)
    assert ps["P1"].date_of_birth == ps["P2"].date_of_birth == dt.date(1990, 1, 2)
    assert ps["P1"].document_expiry == ps["P2"].document_expiry == dt.date(2030, 1, 1)
    assert ps["P1"].fit_to_travel_on == ps["P2"].fit_to_travel_on == dt.date(2025, 2, 1)
    assert ps["P3"].document_number == "123456789"


def test_xlsx_errors_use_sheet_row_numbers(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows: list[list[object]] = [[r[c] for c in HEADER] for r in chinese_rows()]
    rows.insert(1, [None] * len(HEADER))  # a blank row 3 is skipped but counted
    rows[2][HEADER.index("date_of_birth")] = "2025-02-30"
    rows[3][HEADER.index("date_of_birth")] = 33000  # a number where a date is expected
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    report = import_persons(engine, path, actor="t", today=TODAY)
    assert not report.written
    assert [(i.row, i.column) for i in report.issues] == [(4, "date_of_birth"),
                                                          (5, "date_of_birth")]
    assert "not a real date" in report.issues[0].reason
    assert "a number, not a date" in report.issues[1].reason


def test_xlsx_skip_invalid_writes_xlsx_rejects_and_reimports(engine: Engine,
                                                             tmp_path: Path) -> None:
    setup_db(engine)
    rows: list[list[object]] = [[r[c] for c in HEADER] for r in chinese_rows()]
    rows[1][HEADER.index("sex")] = "?"
    rows[1][HEADER.index("date_of_birth")] = dt.datetime(1990, 1, 2)
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    report = import_persons(engine, path, actor="t", today=TODAY, skip_invalid=True)
    assert (report.created, report.rejected) == (2, 1)
    assert report.rejected_path == tmp_path / "p-rejected.xlsx"
    wb = openpyxl.load_workbook(report.rejected_path)
    ws = wb.worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert values[0] == (*HEADER, "errors")
    assert values[1][0] == "P2" and values[1][1] == "欧阳"
    assert values[1][HEADER.index("date_of_birth")] == dt.datetime(1990, 1, 2)
    assert "sex: sex must be M, F or X" in str(values[1][-1])
    ws.cell(row=2, column=HEADER.index("sex") + 1, value="F")
    wb.save(report.rejected_path)
    again = import_persons(engine, report.rejected_path, actor="t", today=TODAY)
    assert again.written and again.created == 1
    assert_names_imported(engine)


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-02-03", dt.date(2025, 2, 3)), ("03/02/2025", dt.date(2025, 2, 3)),
    ("03.02.2025", dt.date(2025, 2, 3)), ("2025/02/03", dt.date(2025, 2, 3)),
    ("2025-02-03 00:00:00", dt.date(2025, 2, 3)), (" 2025-2-3 ", dt.date(2025, 2, 3)),
    ("", None), (None, None), (dt.datetime(2025, 2, 3, 10, 0), dt.date(2025, 2, 3)),
])
def test_parse_date_accepts(text: object, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("2025-02-30", "not a real date"), ("29/02/2023", "not a real date"),
    ("03/02/25", "two-digit year"), ("02/13/2025", "month 13 does not exist"),
    ("2025-13-01", "month 13"), ("3 Feb 2025", "accepted format"), ("20250203", "accepted"),
    ("03-02-2025", "accepted format"), ("03/02.2025", "accepted format"), (45000, "a number"),
])
def test_parse_date_rejects(text: object, reason: str) -> None:
    with pytest.raises(DateError, match=reason):
        parse_date(text)
