"""Partner exports read back with independent readers: csv, openpyxl, icalendar, jsonschema,
pydifact; partner profiles decide the fields; every export is recorded."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import icalendar
import jsonschema
import openpyxl
import pytest
from pydifact.segmentcollection import Interchange
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit.models import AuditEntry
from planner.exports.ics import fold
from planner.exports.paxlst import escape, latin, split_name
from planner.exports.profiles import ProfileError, get_profile, set_profile
from planner.exports.protect import open_7z
from planner.exports.service import EncryptionRequired, export_schedule
from planner.manifests.models import ExportRecord
from tests.manifest_factories import D0

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "plan-schema.json"


def test_csv_and_xlsx(planned: Engine, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    rec = export_schedule(planned, fmt="csv", partner="foreign-police", out=out, actor="t")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == rec.rows == 72 and rec.people == 36  # crossing + flight each
    assert "case_ref" in rows[0] and "medical" not in rows[0] and "province" not in rows[0]
    assert {r["case_ref"] for r in rows if r["ref"] == "P1-0"} == {"'=1+1"}
    assert rows[0]["chinese_name"] and rows[0]["date"] == "2025-03-03"
    x = tmp_path / "p.xlsx"
    export_schedule(planned, fmt="xlsx", partner="receiving-bureau", out=x, actor="t")
    wb = openpyxl.load_workbook(x)
    assert wb.sheetnames[0] == "2025-03-03" and len(wb.sheetnames) == 3
    ws = wb["2025-03-03"]
    head = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2" and "flags" in head and "medical" not in head
    row = dict(zip(head, [c.value for c in ws[2]], strict=True))
    assert isinstance(row["date"], dt.datetime) and row["date"].date() == D0
    assert isinstance(row["date_of_birth"], dt.datetime)
    assert ws.column_dimensions["A"].width >= 10
    values = [c.value for sh in wb for r in sh.iter_rows(min_row=2) for c in r]
    assert "'=1+1" in values and not any(isinstance(v, str) and v.startswith("=")
                                         for v in values)


def test_profiles_medical_only_when_chosen(planned: Engine, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    export_schedule(planned, fmt="csv", partner="receiving-bureau", out=out, actor="t")
    assert "insulin" not in out.read_text(encoding="utf-8-sig")
    set_profile(planned, "receiving-bureau", actor="t", add=["medical"])
    with pytest.raises(EncryptionRequired, match="medical data"):
        export_schedule(planned, fmt="csv", partner="receiving-bureau", out=out, actor="t")
    export_schedule(planned, fmt="csv", partner="receiving-bureau", out=out, actor="t",
                    password="a long password")
    inner = open_7z(out.with_name("m.csv.7z"), "a long password")["m.csv"]
    assert "insulin" in inner.decode("utf-8-sig")
    assert get_profile(planned, "receiving-bureau").version == 2
    with pytest.raises(ProfileError, match="unknown field"):
        set_profile(planned, "airline", actor="t", add=["religion"])
    with pytest.raises(ProfileError, match="no partner profile"):
        export_schedule(planned, fmt="csv", partner="nobody", out=out, actor="t")
    with pytest.raises(ProfileError, match="name a partner"):
        export_schedule(planned, fmt="csv", partner="internal", out=out, actor="t")
    counts = export_schedule(planned, fmt="csv", partner="schedule-only", out=out, actor="t")
    text = out.read_text(encoding="utf-8-sig")
    assert counts.rows == 6 and "P0-0" not in text and "people" in text.splitlines()[0]


def test_ics(planned: Engine, tmp_path: Path) -> None:
    out = tmp_path / "s.ics"
    export_schedule(planned, fmt="ics", partner="schedule-only", out=out, actor="t")
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 6
    flight = next(e for e in events if "CZ600" in str(e["SUMMARY"]))
    start = flight["DTSTART"].dt
    assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(hours=7)
    assert start.astimezone(dt.UTC).hour == 7  # 14:00 Bangkok
    assert flight["DTEND"].dt.utcoffset() == dt.timedelta(hours=8)  # Shanghai
    assert {str(z["TZID"]) for z in cal.walk("VTIMEZONE")} == {"Asia/Bangkok",
                                                              "Asia/Shanghai", "Asia/Yangon"}
    assert "张" not in raw.decode()  # no personal data in the calendar


def test_fold_is_octet_based() -> None:
    line = "SUMMARY:" + "张" * 60
    folded = fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and len(parts) > 2
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode() == line


def test_json_schema_and_fields(planned: Engine, tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text())
    out = tmp_path / "a.json"
    export_schedule(planned, fmt="json", partner="schedule-only", out=out, actor="t")
    doc = json.loads(out.read_text())
    jsonschema.validate(doc, schema)
    person = doc["batches"][0]["chunks"][0]["people"][0]
    assert set(person) == {"id", "ref"}
    export_schedule(planned, fmt="json", partner="internal", out=out, actor="t")
    full = json.loads(out.read_text())
    jsonschema.validate(full, schema)
    assert "latin_name" in full["batches"][0]["chunks"][0]["people"][0]


def _messages(text: str) -> list[list[object]]:
    msgs: list[list[object]] = []
    for seg in Interchange.from_str(text).segments:
        if seg.tag == "UNH":
            msgs.append([])
        if msgs and (seg.tag != "UNE"):
            msgs[-1].append(seg)
    return msgs


@pytest.mark.filterwarnings("ignore::Warning")
def test_paxlst(planned: Engine, tmp_path: Path) -> None:
    out = tmp_path / "api.edi"
    rec = export_schedule(planned, fmt="paxlst", partner="airline", out=out, actor="t")
    text = out.read_text(encoding="ascii")
    assert rec.rows == 3 and rec.people == 36
    assert text.startswith("UNA:+.? '\nUNB+UNOA:4+REPATPLAN+AIRLINE+")
    ic = Interchange.from_str(text)
    tags = [s.tag for s in ic.segments]
    assert tags[0] == "UNG" and tags[-1] == "UNE" and tags.count("UNH") == 3
    msgs = _messages(text)
    first = msgs[0]
    by_tag = [(s.tag, s.elements) for s in first]  # type: ignore[attr-defined]
    assert by_tag[1] == ("BGM", ["745"])
    assert ("TDT", ["20", "CZ600", "", "", "CZ"]) in by_tag
    assert ("LOC", ["125", "APT"]) in by_tag and ("LOC", ["87", "CITY"]) in by_tag
    assert ("DTM", [["189", "2503031400", "201"]]) in by_tag
    names = [e[3] for t, e in by_tag if t == "NAD" and e[0] == "FL"]
    assert len(names) == 12 and ["NGUYEN", "JING"] in names and ["WANG", "VAN HUNG"] in names
    assert all(isinstance(n, list) and all(c.isupper() or c == " " for c in "".join(n))
               for n in names)
    assert ("CNT", [["42", "12"]]) in by_tag
    unt = by_tag[-1]
    assert unt[0] == "UNT" and int(unt[1][0]) == len(first)  # type: ignore[index]
    assert "C0-0" not in text  # an airline gets no case reference
    with Session(planned) as s:
        recs = s.exec(select(ExportRecord)).all()
        audits = s.exec(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(recs) == len(audits) == 1 and recs[0].sha256 and audits[0].ref == "airline"


@pytest.mark.filterwarnings("ignore::Warning")
def test_paxlst_escaping_and_names() -> None:
    assert escape("A+B:C'D?E") == "A?+B?:C?'D??E"
    seg = Interchange.from_str(f"UNA:+.? '\nUNB+UNOA:4+A+B+250101:1200+1'\n"
                               f"FTX+{escape(chr(39) + 'X+Y:Z?')}'\nUNZ+1+1'\n")
    assert [s.elements for s in seg.segments if s.tag == "FTX"] == [["'X+Y:Z?"]]
    assert latin("Nguyễn Đức Thọ") == "NGUYEN DUC THO"
    assert split_name("NGUYỄN Văn Hùng") == ("NGUYEN", "VAN HUNG")
    assert split_name("OUYANG Minghui") == ("OUYANG", "MINGHUI")
