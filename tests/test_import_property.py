"""Property tests of the persons import: a file with any bad row changes nothing, and valid
rows read back from the database exactly as they were written in the file."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.db.models import Batch, ImportRun, Location, Person, Separation, StatusEvent
from planner.domain.countries import ISO_ALPHA3
from planner.domain.mrz import compose_td3
from planner.importing import format_issues
from planner.importing.persons import import_persons
from tests.test_import_persons import HEADER, TODAY, setup_db

COLUMNS = [*HEADER, "medical_note", "screening"]
_counter = itertools.count()

CJK = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾小明娜伟芳"
clean_text = st.text(alphabet=st.sampled_from(CJK + "abcXYZ ,;\"'-"), max_size=12).map(str.strip)
latin = st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ abc"), min_size=1,
                max_size=30).map(str.strip).filter(bool)
past = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)


@st.composite
def good_person(draw: st.DrawFn) -> dict[str, Any]:
    sex = draw(st.sampled_from(["M", "F", "X"]))
    born = draw(past)
    doc_type = draw(st.sampled_from(["passport", "etc", "national_id", "none"]))
    ready = draw(st.none() | st.dates(min_value=dt.date(2024, 1, 1),
                                      max_value=dt.date(2025, 6, 30)))
    judged = ready or TODAY
    expiry = draw(st.none() | st.dates(min_value=max(judged, TODAY), max_value=dt.date(2040, 1,
                                                                                       1)))
    flags = set(draw(st.sets(st.sampled_from(["medical", "victim", "separate", "pregnant"]))))
    if sex != "F":
        flags.discard("pregnant")
    age = judged.year - born.year - ((judged.month, judged.day) < (born.month, born.day))
    if age < 18 and draw(st.booleans()):
        flags.add("minor")
    nationality = draw(st.sampled_from(sorted(ISO_ALPHA3)))
    site = draw(st.sampled_from(["SITE1", "SITE2"]))
    return {
        "sex": sex, "date_of_birth": born, "document_type": doc_type,
        "document_expiry": expiry, "ready_date": ready, "flags": sorted(flags),
        "nationality": nationality, "site": site,
        "document_country": draw(st.sampled_from(["", "CHN", "MMR", "THA"])),
        "family_name": draw(clean_text), "given_name": draw(clean_text),
        "latin_name": draw(latin), "case_ref": draw(st.sampled_from(["", "C1", "C2"])),
        "province": draw(st.sampled_from(["", "Jiangsu"])), "notes": draw(clean_text),
        "medical_note": draw(clean_text), "with_batch": draw(st.booleans()),
        "with_mrz": draw(st.booleans()),
        "date_style": draw(st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"])),
    }


BAD: list[tuple[str, str]] = [
    ("sex", "?"), ("date_of_birth", "2025-02-30"), ("date_of_birth", "2099-01-01"),
    ("nationality", "XXX"), ("site", "NOPE"), ("flags", "bogus"), ("document_type", "visa"),
    ("latin_name", ""), ("document_expiry", "2020-01-01"), ("province", "Atlantis"),
    ("separate_from", "NOBODY"), ("mrz", "P<GARBAGE"),
]


def to_row(spec: dict[str, Any], ref: str, prefix: str) -> dict[str, str]:
    def d(x: dt.date | None) -> str:
        return "" if x is None else x.strftime(spec["date_style"])

    number = "" if spec["document_type"] == "none" else f"{prefix}N{ref[-3:]}"
    mrz = ""
    if spec["with_mrz"] and spec["document_type"] == "passport" and spec["document_expiry"]:
        mrz = compose_td3(surname=spec["latin_name"], given_names="", number=number,
                          nationality=spec["nationality"], birth=spec["date_of_birth"],
                          sex=spec["sex"], expiry=spec["document_expiry"])
    return {
        "person_ref": ref, "family_name": spec["family_name"], "given_name": spec["given_name"],
        "latin_name": spec["latin_name"], "sex": spec["sex"],
        "date_of_birth": d(spec["date_of_birth"]), "nationality": spec["nationality"],
        "document_type": spec["document_type"], "document_number": number,
        "document_expiry": d(spec["document_expiry"]),
        "document_country": spec["document_country"], "mrz": mrz, "site": spec["site"],
        "batch_ref": f"{prefix}-{spec['site']}" if spec["with_batch"] else "",
        "case_ref": spec["case_ref"], "province": spec["province"],
        "flags": ";".join(spec["flags"]), "ready_date": d(spec["ready_date"]),
        "notes": spec["notes"], "medical_note": spec["medical_note"], "screening": "",
    }


def write(path: Path, rows: list[dict[str, str]]) -> None:
    cols = [*COLUMNS, "separate_from"]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])


def snapshot(engine: Engine) -> tuple[int, ...]:
    with Session(engine) as s:
        return tuple(int(s.exec(select(func.count()).select_from(m)).one())
                     for m in (Person, StatusEvent, Batch, ImportRun, Separation))


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(good_person(), min_size=1, max_size=8),
       bad=st.lists(st.tuples(st.integers(0, 7), st.sampled_from(BAD)), max_size=3),
       data=st.data())
def test_mixed_file_is_all_or_nothing(engine: Engine, tmp_path: Path,
                                      specs: list[dict[str, Any]],
                                      bad: list[tuple[int, tuple[str, str]]],
                                      data: st.DataObject) -> None:
    if snapshot(engine)[0] == 0 and not _has_sites(engine):
        setup_db(engine)
    prefix = f"X{next(_counter)}"
    rows = [to_row(s, f"{prefix}-{i:03d}", prefix) for i, s in enumerate(specs)]
    broken = {i % len(rows) for i, _ in bad}
    for i, (column, value) in bad:
        rows[i % len(rows)][column] = value
    if len(rows) > 1 and data.draw(st.booleans(), label="duplicate ref"):
        rows[-1]["person_ref"] = rows[0]["person_ref"]
        broken.add(len(rows) - 1)
    path = tmp_path / f"{prefix}.csv"
    write(path, rows)
    before = snapshot(engine)
    report = import_persons(engine, path, actor="prop", today=TODAY)
    if broken:
        assert not report.written
        assert report.issues
        assert {i.row - 2 for i in report.issues} <= broken
        assert snapshot(engine) == before
        return
    assert report.written, format_issues(report.issues)
    assert report.created == len(rows)
    check_round_trip(engine, specs, rows)


def _has_sites(engine: Engine) -> bool:
    with Session(engine) as s:
        return s.exec(select(Location)).first() is not None


def check_round_trip(engine: Engine, specs: list[dict[str, Any]],
                     rows: list[dict[str, str]]) -> None:
    with Session(engine) as s:
        codes = {loc.id: loc.code for loc in s.exec(select(Location))}
        batches = {b.id: b.ref for b in s.exec(select(Batch))}
        refs = [r["person_ref"] for r in rows]
        stored = {p.ref: p for p in s.exec(select(Person).where(col(Person.ref).in_(refs)))}
    for spec, row in zip(specs, rows, strict=True):
        p = stored[row["person_ref"]]
        ready = spec["ready_date"]
        got = {
            "family_name": p.family_name, "given_name": p.given_name,
            "latin_name": p.latin_name, "sex": p.sex.value, "dob": p.date_of_birth,
            "nationality": p.nationality, "document_type": p.document_type.value,
            "document_number": p.document_number or "", "expiry": p.document_expiry,
            "document_country": p.document_country or "", "mrz": p.mrz or "",
            "site": codes[p.site_id], "batch": batches.get(p.batch_id, ""),
            "case_ref": p.case_ref, "province": p.province, "notes": p.notes,
            "medical_note": p.medical_note, "medical": p.medical, "pregnant": p.pregnant,
            "separate": p.travel_separately, "victim": p.screening.value == "screened_victim",
            "steps": (p.identity_verified_on, p.document_issued_on, p.exit_clearance_on,
                      p.fit_to_travel_on),
        }
        want = {
            "family_name": spec["family_name"], "given_name": spec["given_name"],
            "latin_name": spec["latin_name"], "sex": spec["sex"], "dob": spec["date_of_birth"],
            "nationality": spec["nationality"], "document_type": spec["document_type"],
            "document_number": row["document_number"], "expiry": spec["document_expiry"],
            "document_country": spec["document_country"], "mrz": row["mrz"],
            "site": spec["site"], "batch": row["batch_ref"], "case_ref": spec["case_ref"],
            "province": spec["province"], "notes": spec["notes"],
            "medical_note": spec["medical_note"], "medical": "medical" in spec["flags"],
            "pregnant": "pregnant" in spec["flags"], "separate": "separate" in spec["flags"],
            "victim": "victim" in spec["flags"], "steps": (ready,) * 4,
        }
        assert got == want
        expected_status = "cleared" if ready is not None and ready <= TODAY else "detained"
        assert p.status.value == expected_status
