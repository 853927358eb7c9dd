"""Persons import: every validation rule, all-or-nothing, skip-invalid, re-import, statuses."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.db.engine import transaction
from planner.db.models import (
    Batch,
    ImportRun,
    Location,
    Person,
    Separation,
    StatusEvent,
)
from planner.domain.enums import DocumentType, LocationKind, PersonStatus, Screening, Sex
from planner.domain.mrz import compose_td3
from planner.importing import ImportCancelled, ImportFileError, RowIssue, format_issues
from planner.importing.persons import import_persons, read_persons_file, validate_persons
from planner.importing.template import TEMPLATE_COLUMNS
from tests.factories import make_network

TODAY = dt.date(2025, 2, 15)
HEADER = list(TEMPLATE_COLUMNS)


def good_row(ref: str = "P1", **over: str) -> dict[str, str]:
    row = {
        "person_ref": ref, "family_name": "王", "given_name": "伟",
        "latin_name": f"WANG Wei {ref}", "sex": "M", "date_of_birth": "1990-01-02",
        "nationality": "CHN", "document_type": "passport", "document_number": f"E{ref}0001",
        "document_expiry": "2030-01-01", "document_country": "CHN", "mrz": "", "site": "SITE1",
        "batch_ref": "B1", "case_ref": "C1", "province": "Jiangsu", "flags": "",
        "ready_date": "", "notes": "",
    }
    row.update(over)
    return row


def write_csv(path: Path, rows: Sequence[dict[str, str]], header: Sequence[str] | None = None,
              *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    cols = list(header or (list(rows[0]) if rows else HEADER))
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])
    return path


def setup_db(engine: Engine) -> None:
    with transaction(engine) as s:
        make_network(s)
        s.add(Location(code="SITE2", name_en="Site 2", country="LAO",
                       kind=LocationKind.HOLDING_SITE, timezone="Asia/Vientiane"))


def count(engine: Engine, model: Any) -> int:
    with Session(engine) as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


def persons(engine: Engine) -> dict[str, Person]:
    with Session(engine) as s:
        return {p.ref: p for p in s.exec(select(Person)).all()}


def run(engine: Engine, tmp_path: Path, rows: Sequence[dict[str, str]], **kw: Any) -> Any:
    path = write_csv(tmp_path / kw.pop("name", "in.csv"), rows, kw.pop("header", None))
    return import_persons(engine, path, actor="tester", today=kw.pop("today", TODAY), **kw)


def issues_of(engine: Engine, tmp_path: Path, row: dict[str, str],
              others: Sequence[dict[str, str]] = ()) -> list[RowIssue]:
    report = run(engine, tmp_path, [*others, row])
    assert not report.written
    return report.issues


# ---------------------------------------------------------------- a good file


def test_good_file_imports_with_statuses_and_events(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [
        good_row("P1", ready_date="2025-02-01"),
        good_row("P2", sex="female", flags="victim;medical", document_type="etc",
                 medical_note="asthma", batch_ref="B2"),
        good_row("P3", identity_verified="2025-02-10", document_issued="",
                 exit_clearance="", fit_to_travel="2025-02-11", batch_ref=""),
    ]
    header = [*HEADER, "medical_note", "identity_verified", "document_issued",
              "exit_clearance", "fit_to_travel"]
    # P1 has no per-step dates, so give it ready_date in the step columns explicitly
    rows[0].update({k: "2025-02-01" for k in header[-4:]})
    report = run(engine, tmp_path, rows, header=header)
    assert report.written and (report.created, report.updated, report.rejected) == (3, 0, 0)
    ps = persons(engine)
    assert ps["P1"].status == PersonStatus.CLEARED
    assert ps["P1"].fit_to_travel_on == dt.date(2025, 2, 1)
    assert ps["P2"].status == PersonStatus.DETAINED
    assert ps["P2"].document_type == DocumentType.EMERGENCY_TRAVEL_CERTIFICATE
    assert (ps["P2"].sex, ps["P2"].screening, ps["P2"].medical) == (
        Sex.FEMALE, Screening.VICTIM, True)
    assert ps["P2"].medical_note == "asthma"
    assert ps["P3"].status == PersonStatus.VERIFIED
    assert ps["P3"].batch_id is None
    with Session(engine) as s:
        events = s.exec(select(StatusEvent).order_by(col(StatusEvent.id))).all()
        by_person: dict[int, list[tuple[Any, Any]]] = {}
        for e in events:
            assert (e.actor, e.note) == ("tester", "import")
            by_person.setdefault(e.person_id, []).append((e.from_status, e.to_status))
        assert by_person[ps["P1"].id or 0] == [
            (None, PersonStatus.DETAINED), (PersonStatus.DETAINED, PersonStatus.VERIFIED),
            (PersonStatus.VERIFIED, PersonStatus.CLEARED)]
        assert by_person[ps["P2"].id or 0] == [(None, PersonStatus.DETAINED)]
        batches = {b.ref: b for b in s.exec(select(Batch)).all()}
        assert set(batches) == {"B1", "B2"}
        assert ps["P1"].batch_id == batches["B1"].id
        run_row = s.exec(select(ImportRun)).one()
        assert (run_row.kind, run_row.rows_total, run_row.rows_created) == ("persons", 3, 3)


def test_ready_date_fills_every_step(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    run(engine, tmp_path, [good_row("P1", ready_date="2025-02-03")])
    p = persons(engine)["P1"]
    assert (p.identity_verified_on, p.document_issued_on, p.exit_clearance_on,
            p.fit_to_travel_on) == (dt.date(2025, 2, 3),) * 4
    assert p.status == PersonStatus.CLEARED


def test_empty_step_cell_falls_back_to_ready_date(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    row = good_row("P1", ready_date="2025-02-03", exit_clearance="2025-02-05")
    assert run(engine, tmp_path, [row], header=[*HEADER, "exit_clearance", "fit_to_travel"]
               ).written
    p = persons(engine)["P1"]
    assert (p.identity_verified_on, p.exit_clearance_on, p.fit_to_travel_on) == (
        dt.date(2025, 2, 3), dt.date(2025, 2, 5), dt.date(2025, 2, 3))


def test_future_ready_date_is_stored_but_not_done(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    run(engine, tmp_path, [good_row("P1", ready_date="2025-03-01")])
    p = persons(engine)["P1"]
    assert p.fit_to_travel_on == dt.date(2025, 3, 1)
    assert p.status == PersonStatus.DETAINED


def test_headers_case_insensitive_any_order_extra_columns(engine: Engine,
                                                          tmp_path: Path) -> None:
    setup_db(engine)
    row = good_row("P1")
    header = ["  Latin_Name ", "SITE", "person_ref", "Sex", "date_of_birth", "NATIONALITY",
              "whatever", "document_type", "document_number"]
    path = tmp_path / "x.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow([row["latin_name"], "site1", "P1", "m", "1990-01-02", "chn", "junk",
                    "Passport", "e p1 0001"])
    report = import_persons(engine, path, actor="t", today=TODAY)
    assert report.written, format_issues(report.issues)
    p = persons(engine)["P1"]
    assert (p.nationality, p.sex, p.document_number) == ("CHN", Sex.MALE, "EP10001")
    parsed = read_persons_file(path)
    assert parsed.ignored_columns == ["whatever"]


def test_column_map(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    row = good_row("P1")
    row["Passport No"] = row.pop("document_number")
    row["Name"] = row.pop("latin_name")
    path = write_csv(tmp_path / "m.csv", [row])
    with pytest.raises(ImportFileError, match="latin_name"):
        read_persons_file(path)
    report = import_persons(engine, path, actor="t", today=TODAY,
                            column_map={"Passport No": "document_number", "name": "latin_name"})
    assert report.written
    assert persons(engine)["P1"].document_number == "EP10001"


def test_missing_required_headers_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [{"person_ref": "P1", "sex": "M"}])
    with pytest.raises(ImportFileError) as info:
        read_persons_file(path)
    for name in ("latin_name", "date_of_birth", "nationality", "site"):
        assert name in str(info.value)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot read"):
        read_persons_file(tmp_path / "absent.csv")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match="not a readable XLSX"):
        read_persons_file(junk)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        read_persons_file(empty)


# ---------------------------------------------------------------- each rule

RULES: list[tuple[dict[str, str], str, str]] = [
    ({"person_ref": ""}, "person_ref", "person_ref is required"),
    ({"latin_name": ""}, "latin_name", "latin_name is required"),
    ({"sex": ""}, "sex", "sex is required"),
    ({"date_of_birth": ""}, "date_of_birth", "date_of_birth is required"),
    ({"nationality": ""}, "nationality", "nationality is required"),
    ({"site": ""}, "site", "site is required"),
    ({"date_of_birth": "2031-01-01"}, "date_of_birth", "date of birth is in the future"),
    ({"date_of_birth": "1899-12-31"}, "date_of_birth", "date of birth is before 1900"),
    ({"date_of_birth": "2025-02-30"}, "date_of_birth", "is not a real date"),
    ({"date_of_birth": "31/02/1990"}, "date_of_birth", "is not a real date"),
    ({"date_of_birth": "01/02/90"}, "date_of_birth", "two-digit year is ambiguous"),
    ({"date_of_birth": "12/31/1990"}, "date_of_birth", "month 31 does not exist"),
    ({"date_of_birth": "yesterday"}, "date_of_birth", "not a date in an accepted format"),
    ({"document_expiry": "2025-13-01"}, "document_expiry", "month 13 does not exist"),
    ({"sex": "W"}, "sex", "sex must be M, F or X"),
    ({"nationality": "CN"}, "nationality", "not an ISO 3166-1 alpha-3"),
    ({"nationality": "XYZ"}, "nationality", "not an ISO 3166-1 alpha-3"),
    ({"document_country": "ZZZ"}, "document_country", "not an ISO 3166-1 alpha-3"),
    ({"document_type": "visa"}, "document_type", "document type must be passport"),
    ({"document_number": ""}, "document_number", "a document number is required"),
    ({"document_type": "none"}, "document_type", "document type is none"),
    ({"site": "NOPE"}, "site", "unknown site code"),
    ({"site": "CPA"}, "site", "is a border_checkpoint, not a holding site"),
    ({"flags": "minor;vip"}, "flags", "unknown flag 'vip'"),
    ({"flags": "pregnant"}, "flags", "flag pregnant on a person whose sex is not F"),
    ({"flags": "minor"}, "flags", "flag minor, but the person is 35"),
    ({"document_expiry": "2025-02-14"}, "document_expiry",
     "document expires before travel (before today)"),
    ({"document_expiry": "2025-01-31", "ready_date": "2025-02-01"}, "document_expiry",
     "document expires before travel (before the ready date 2025-02-01)"),
    ({"province": "Mars"}, "province", "no receiving point serves this province"),
    ({"mrz": "P<CHNWANG<<WEI"}, "mrz", "two lines of 44 characters"),
    ({"person_ref": "ME", "separate_from": "ME"}, "separate_from", "apart from themselves"),
    ({"separate_from": "GHOST"}, "separate_from", "unknown person_ref GHOST"),
    ({"screening": "maybe"}, "screening", "screening must be"),
    ({"flags": "victim", "screening": "screened_suspect"}, "screening", "contradicts"),
    ({"notes": "x" * 2001}, "notes", "longer than 2000 characters"),
]


@pytest.mark.parametrize(("over", "column", "reason"), RULES)
def test_each_rule(engine: Engine, tmp_path: Path, over: dict[str, str], column: str,
                   reason: str) -> None:
    setup_db(engine)
    row = good_row("P9", **over)
    header = [*HEADER, *(k for k in over if k not in HEADER)]
    report = run(engine, tmp_path, [good_row("P1"), row], header=header)
    assert not report.written
    assert count(engine, Person) == 0
    hits = [i for i in report.issues if i.column == column and reason in i.reason]
    assert hits, format_issues(report.issues)
    assert hits[0].row == 3
    assert hits[0].value == over.get(column, row.get(column))


def test_minor_flag_judged_on_ready_date(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    # born 2007-02-10: 18 on the ready date 2025-02-12, still 17 on 2025-02-09
    row = good_row("P1", date_of_birth="2007-02-10", flags="minor", ready_date="2025-02-12")
    report = run(engine, tmp_path, [row], today=dt.date(2025, 2, 13))
    assert any("flag minor, but the person is 18 on 2025-02-12" in i.reason
               for i in report.issues)
    ok = good_row("P1", date_of_birth="2007-02-10", flags="minor", ready_date="2025-02-09")
    report = run(engine, tmp_path, [ok], today=dt.date(2025, 2, 13))
    assert report.written, format_issues(report.issues)


def test_accepted_date_formats(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row("P1", date_of_birth="1990-01-02"), good_row("P2", date_of_birth="02/01/1990"),
            good_row("P3", date_of_birth="02.01.1990"), good_row("P4", date_of_birth="1990/01/02"),
            good_row("P5", date_of_birth="1990-1-2")]
    report = run(engine, tmp_path, rows)
    assert report.written, format_issues(report.issues)
    assert {p.date_of_birth for p in persons(engine).values()} == {dt.date(1990, 1, 2)}


def test_sex_words(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    words = {"P1": "male", "P2": "Female", "P3": "男", "P4": "女", "P5": "x", "P6": "F"}
    report = run(engine, tmp_path, [good_row(r, sex=s) for r, s in words.items()])
    assert report.written
    got = {r: p.sex for r, p in persons(engine).items()}
    assert got == {"P1": Sex.MALE, "P2": Sex.FEMALE, "P3": Sex.MALE, "P4": Sex.FEMALE,
                   "P5": Sex.UNKNOWN, "P6": Sex.FEMALE}


def test_document_type_words(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row("P1", document_type="Emergency Travel Certificate"),
            good_row("P2", document_type="national_id"),
            good_row("P3", document_type="none", document_number="", document_country="")]
    assert run(engine, tmp_path, rows).written
    ps = persons(engine)
    assert ps["P1"].document_type == DocumentType.EMERGENCY_TRAVEL_CERTIFICATE
    assert ps["P2"].document_type == DocumentType.NATIONAL_ID
    assert (ps["P3"].document_type, ps["P3"].document_number) == (DocumentType.NONE, None)


def test_duplicates_inside_file(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row("P1"), good_row("P1", latin_name="OTHER"),
            good_row("P3", document_number="EP10001")]
    report = run(engine, tmp_path, rows)
    text = format_issues(report.issues)
    assert "row 3, column person_ref, value 'P1': duplicate person_ref (also on row 2)" in text
    assert ("row 4, column document_number, value 'EP10001': duplicate document number "
            "(also on row 2, person P1)") in text


def test_document_number_of_another_person_in_db(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    with transaction(engine) as s:
        site = s.exec(select(Location).where(Location.code == "SITE1")).one()
        s.add(Person(ref="OLD", latin_name="OLD Person", sex=Sex.MALE, nationality="CHN",
                     date_of_birth=dt.date(1980, 1, 1), site_id=site.id or 0,
                     document_type=DocumentType.PASSPORT, document_number="E999"))
    issues = issues_of(engine, tmp_path, good_row("P1", document_number="E999"))
    assert any("already belongs to person OLD" in i.reason for i in issues)
    # the same person keeping their number is fine
    assert run(engine, tmp_path, [good_row("OLD", document_number="E999")]).written


def test_batch_at_another_site(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    with transaction(engine) as s:
        site2 = s.exec(select(Location).where(Location.code == "SITE2")).one()
        assert site2.id is not None
        s.add(Batch(ref="BX", site_id=site2.id))
    issues = issues_of(engine, tmp_path, good_row("P1", batch_ref="BX"))
    assert [(i.column, i.reason) for i in issues] == [
        ("batch_ref", "batch exists at a different site")]
    rows = [good_row("P1", batch_ref="NEW"), good_row("P2", batch_ref="NEW", site="SITE2")]
    report = run(engine, tmp_path, rows)
    assert any("batch is at site SITE1 on row 2, not SITE2" in i.reason for i in report.issues)


def test_mrz_checks(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    mrz = compose_td3(surname="Wang", given_names="Wei", number="EP10001", nationality="CHN",
                      birth=dt.date(1990, 1, 2), sex="M", expiry=dt.date(2030, 1, 1))
    assert run(engine, tmp_path, [good_row("P1", mrz=mrz)]).written
    assert persons(engine)["P1"].mrz == mrz

    corrupted = mrz[:-1] + ("1" if mrz[-1] != "1" else "2")
    reasons = [i.reason for i in issues_of(engine, tmp_path, good_row("P2", mrz=corrupted))]
    assert any(r.startswith("MRZ: composite check digit") for r in reasons)

    other = compose_td3(surname="Wang", given_names="Wei", number="X1", nationality="MMR",
                        birth=dt.date(1991, 1, 2), sex="F", expiry=dt.date(2031, 1, 1))
    reasons = [i.reason for i in issues_of(engine, tmp_path, good_row("P3", mrz=other))]
    for part in ("MRZ document number X1 differs", "MRZ date of birth 910102 differs",
                 "MRZ sex F differs", "MRZ nationality MMR differs", "MRZ expiry 310101"):
        assert any(part in r for r in reasons), reasons


def test_province_not_checked_without_receiving_points(engine: Engine,
                                                       tmp_path: Path) -> None:
    with transaction(engine) as s:
        s.add(Location(code="SITE1", name_en="S", country="MMR", kind=LocationKind.HOLDING_SITE))
    assert run(engine, tmp_path, [good_row("P1", province="Anywhere")]).written


def test_province_matched_case_insensitively(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    assert run(engine, tmp_path, [good_row("P1", province="jiangsu")]).written
    assert persons(engine)["P1"].province == "Jiangsu"


def test_format_issues() -> None:
    issues = [RowIssue(7, "date_of_birth", "2031-01-01", "date of birth is in the future"),
              RowIssue(8, "sex", None, "sex is required")]
    assert format_issues(issues) == (
        "row 7, column date_of_birth, value '2031-01-01': date of birth is in the future\n"
        "row 8, column sex, value '': sex is required")
    assert format_issues(issues, limit=1).endswith("… and 1 more")


# ---------------------------------------------------------------- writing modes


def test_all_or_nothing(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row(f"P{i}") for i in range(1, 6)] + [good_row("BAD", sex="?")]
    report = run(engine, tmp_path, rows)
    assert (report.written, report.created, report.rejected, report.rows_total) == (
        False, 0, 1, 6)
    assert report.rejected_path is None
    assert count(engine, Person) == 0
    assert count(engine, Batch) == 0
    assert count(engine, ImportRun) == 0
    assert count(engine, StatusEvent) == 0


def test_skip_invalid_then_fix_and_reimport(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row("P1"), good_row("P2", date_of_birth="2025-02-30"),
            good_row("P3", sex="?", family_name="李"), good_row("P4")]
    report = run(engine, tmp_path, rows, name="list.csv", skip_invalid=True)
    assert report.written
    assert (report.created, report.rejected) == (2, 2)
    assert report.rejected_path == tmp_path / "list-rejected.csv"
    assert set(persons(engine)) == {"P1", "P4"}
    raw = report.rejected_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with report.rejected_path.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert [r["person_ref"] for r in back] == ["P2", "P3"]
    assert "date_of_birth: " in back[0]["errors"] and "is not a real date" in back[0]["errors"]
    assert back[1]["family_name"] == "李"
    # the user fixes the two rows and imports the same file again (errors column kept)
    back[0]["date_of_birth"] = "1990-02-28"
    back[1]["sex"] = "F"
    fixed = tmp_path / "fixed.csv"
    write_csv(fixed, back, header=[*HEADER, "errors"], encoding="utf-8-sig")
    again = import_persons(engine, fixed, actor="t", today=TODAY)
    assert again.written, format_issues(again.issues)
    assert (again.created, again.updated) == (2, 0)
    assert set(persons(engine)) == {"P1", "P2", "P3", "P4"}
    assert count(engine, ImportRun) == 2


def test_skip_invalid_rejects_rows_kept_apart_from_rejected_rows(engine: Engine,
                                                                 tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row("P1", separate_from="P2"), good_row("P2", sex="?"), good_row("P3")]
    header = [*HEADER, "separate_from"]
    report = run(engine, tmp_path, rows, header=header, skip_invalid=True,
                 rejected_path=tmp_path / "out" / "rej.csv")
    assert set(persons(engine)) == {"P3"}
    assert any(i.row == 2 and "person P2 on row 3 was rejected" in i.reason
               for i in report.issues)
    assert report.rejected_path == tmp_path / "out" / "rej.csv"


def test_reimport_updates_not_duplicates(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    run(engine, tmp_path, [good_row("P1"), good_row("P2")])
    report = run(engine, tmp_path, [good_row("P1", notes="moved", ready_date="2025-02-01"),
                                    good_row("P2"), good_row("P3")])
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    ps = persons(engine)
    assert len(ps) == 3
    assert ps["P1"].notes == "moved"
    assert ps["P1"].status == PersonStatus.CLEARED
    assert ps["P1"].version > 1
    assert ps["P2"].version == 1
    with Session(engine) as s:
        evs = s.exec(select(StatusEvent).where(StatusEvent.person_id == ps["P1"].id)).all()
        assert [e.to_status for e in evs] == [PersonStatus.DETAINED, PersonStatus.VERIFIED,
                                              PersonStatus.CLEARED]


def test_status_never_moves_back_nor_past_scheduled(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    run(engine, tmp_path, [good_row("P1", ready_date="2025-02-01"), good_row("P2")])
    with transaction(engine) as s:
        p2 = s.exec(select(Person).where(Person.ref == "P2")).one()
        p2.status = PersonStatus.SCHEDULED
        s.add(p2)
    # P1: blank readiness now (no step erased, status stays cleared);
    # P2: fully ready but already scheduled (stays scheduled)
    report = run(engine, tmp_path, [good_row("P1"), good_row("P2", ready_date="2025-02-01")])
    assert report.written
    ps = persons(engine)
    assert ps["P1"].status == PersonStatus.CLEARED
    assert ps["P1"].fit_to_travel_on == dt.date(2025, 2, 1)
    assert ps["P2"].status == PersonStatus.SCHEDULED
    assert count(engine, StatusEvent) == 4  # 3 for P1, 1 for P2's creation


def test_flags_and_separations(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row("P1", flags="separate;medical", separate_from="P2;P3"),
            good_row("P2", sex="F", flags="pregnant", separate_from="P1"),
            good_row("P3", flags="victim")]
    report = run(engine, tmp_path, rows, header=[*HEADER, "separate_from"])
    assert report.written, format_issues(report.issues)
    ps = persons(engine)
    assert ps["P1"].travel_separately and ps["P1"].medical
    assert ps["P2"].pregnant
    assert ps["P3"].screening == Screening.VICTIM
    with Session(engine) as s:
        pairs = set(s.exec(select(Separation.person_id, Separation.other_person_id)).all())
    ids = {r: p.id for r, p in ps.items()}
    assert pairs == {(ids["P1"], ids["P2"]), (ids["P1"], ids["P3"])}
    assert all(a is not None and b is not None and a < b for a, b in pairs)
    # again: no duplicate pairs
    assert run(engine, tmp_path, rows, header=[*HEADER, "separate_from"]).written
    assert count(engine, Separation) == 2


def test_separate_from_person_already_in_db(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    run(engine, tmp_path, [good_row("OLD")])
    report = run(engine, tmp_path, [good_row("NEW", separate_from="OLD")],
                 header=[*HEADER, "separate_from"])
    assert report.written
    assert count(engine, Separation) == 1


def test_validate_persons_writes_nothing(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    path = write_csv(tmp_path / "v.csv", [good_row("P1"), good_row("P2", sex="?")])
    parsed = read_persons_file(path)
    with Session(engine) as s:
        result = validate_persons(s, parsed, today=TODAY)
    assert not result.ok
    assert sorted(result.records) == [2]
    assert result.rejected_rows == {3}
    assert count(engine, Person) == 0


def test_progress_and_cancel(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    rows = [good_row(f"P{i}") for i in range(600)]
    seen: list[tuple[int, int]] = []
    report = run(engine, tmp_path, rows, on_progress=lambda d, t: seen.append((d, t)))
    assert report.created == 600
    assert seen[-1] == (1200, 1200)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = {"n": 0}

    def stop_in_write_phase() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # validation asks 3 times for 600 rows, then writing asks

    rows2 = [good_row(f"Q{i}") for i in range(600)]
    with pytest.raises(ImportCancelled):
        run(engine, tmp_path, rows2, name="q.csv", should_stop=stop_in_write_phase)
    assert count(engine, Person) == 600
    assert count(engine, ImportRun) == 1


def test_no_personal_data_in_logs(engine: Engine, tmp_path: Path,
                                  caplog: pytest.LogCaptureFixture) -> None:
    setup_db(engine)
    caplog.set_level("DEBUG")
    run(engine, tmp_path, [good_row("P1"), good_row("P2", sex="?")], skip_invalid=True)
    text = caplog.text
    for secret in ("WANG Wei", "EP10001", "王", "1990-01-02"):
        assert secret not in text


# ---------------------------------------------------------------- template


def test_template_is_importable_and_documented(tmp_path: Path) -> None:
    import openpyxl

    from planner.importing.template import COLUMN_HELP, OPTIONAL_COLUMNS, write_template

    path = write_template(tmp_path / "t.xlsx")
    parsed = read_persons_file(path)
    assert parsed.headers == HEADER
    assert parsed.rows == []
    wb = openpyxl.load_workbook(path)
    ws = wb["persons"]
    assert ws.freeze_panes == "A2"
    assert all(c.font.bold for c in ws[1])
    info = [r[0] for r in wb["instructions"].iter_rows(min_row=2, values_only=True)]
    for name in (*HEADER, *OPTIONAL_COLUMNS):
        assert name in info and COLUMN_HELP[name]
    committed = Path(__file__).resolve().parents[1] / "resources/templates/persons-template.xlsx"
    assert read_persons_file(committed).headers == HEADER


# ---------------------------------------------------------------- ignored columns


def test_ignored_columns_reported_with_the_column_they_look_like(engine: Engine,
                                                                 tmp_path: Path) -> None:
    setup_db(engine)
    row = good_row("P1")
    row["Passport No."] = row.pop("document_number")
    del row["notes"]
    row["Remarks"] = "x"
    row["errors"] = "sex: old reason"  # from a rejected-rows file: expected, not reported
    report = run(engine, tmp_path, [row])
    assert not report.written
    assert [i.reason for i in report.issues] == ["a document number is required for a passport"]
    assert report.ignored_columns == ["Passport No.", "Remarks"]
    assert report.suggested_columns == {"Passport No.": "document_number", "Remarks": "notes"}
    assert report.ignored_text() == ("columns ignored (not in the template): 'Passport No.' "
                                     "(looks like document_number), 'Remarks' (looks like notes)")


@pytest.mark.parametrize(("header", "column"), [
    ("Passport No.", "document_number"), ("DOB", "date_of_birth"), ("Gender", "sex"),
    ("Natinality", "nationality"), ("DateOfBirth", "date_of_birth"),
    ("护照号码", "document_number"),
    ("whatever", None), ("", None),
])
def test_suggest_column(header: str, column: str | None) -> None:
    from planner.importing.persons import suggest_column

    assert suggest_column(header) == column


def test_suggestions_skip_columns_already_read() -> None:
    from planner.importing.persons import suggest_column, suggest_columns

    assert suggest_column("Passport No.", taken={"document_number"}) is None
    assert suggest_columns(["DOB", "Birth date"]) == {"DOB": "date_of_birth"}


def test_missing_required_column_names_the_header_that_looks_like_it(tmp_path: Path) -> None:
    row = good_row("P1")
    row["DOB"] = row.pop("date_of_birth")
    path = write_csv(tmp_path / "dob.csv", [row])
    with pytest.raises(ImportFileError, match="'DOB' looks like date_of_birth"):
        read_persons_file(path)


def test_cli_prints_ignored_columns_and_json_lists_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from planner.cli.main import main

    db = tmp_path / "cli.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    row = good_row("P1")
    row["Passport No."] = row.pop("document_number")
    path = write_csv(tmp_path / "in.csv", [row])
    capsys.readouterr()
    assert main(["import", "persons", str(path), "--db", str(db)]) == 2
    out = capsys.readouterr().out
    assert "columns ignored (not in the template): 'Passport No.' (looks like " \
           "document_number)" in out
    assert "--map 'Passport No.=document_number'" in out
    assert main(["import", "persons", str(path), "--db", str(db), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["ignored_columns"] == ["Passport No."]
    assert data["suggested_map"] == {"Passport No.": "document_number"}
    assert {"written", "rows", "created", "issues", "rejected_file"} <= set(data)  # as before
