"""The demo database: counts, validity, determinism and consistency of the 2025 caseload."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col

from planner.db.engine import open_database
from planner.db.models import (
    Batch,
    Flight,
    ImportRun,
    Location,
    Person,
    ReceivingPoint,
    ReceivingProvince,
    Separation,
    StatusEvent,
)
from planner.demo import AREAS, DemoError, DemoSummary, build_demo, network_document
from planner.demo.network import dumps
from planner.demo.scenario import ALL_PROVINCES, HORIZON_START, SITE_ROUTES
from planner.domain.enums import DocumentType, PersonStatus, Priority, Screening
from planner.domain.mrz import check_td3, parse_td3
from planner.services.people import is_minor, ready_date

ROOT = Path(__file__).resolve().parents[1]
AREA_OF_SITE = {site: a.name for a in AREAS for site in a.sites}
EXPECTED = {"Myawaddy, Myanmar": 5500, "Golden Triangle SEZ, Laos": 600, "Vietnam": 149,
            "Cambodia": 2141}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoSummary]]:
    """One scale-1 demo database for the whole module."""
    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite", allow_plain=True)
    steps: list[tuple[int, int]] = []
    summary = build_demo(engine, on_progress=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (100, 100)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    yield engine, summary
    engine.dispose()


@pytest.fixture(scope="module")
def people(demo: tuple[Engine, DemoSummary]) -> list[Person]:
    with Session(demo[0]) as s:
        return list(s.execute(select(Person).order_by(col(Person.id))).scalars())


def _all(engine: Engine, model: type[SQLModel]) -> list[Any]:
    with Session(engine) as s:
        return list(s.execute(select(model)).scalars())


def _area_counts(engine: Engine) -> Counter[str]:
    with engine.connect() as c:
        rows = c.execute(text(
            "SELECT l.code, count(*) FROM person p JOIN location l ON l.id = p.site_id "
            "GROUP BY l.code")).all()
    out: Counter[str] = Counter()
    for code, n in rows:
        out[AREA_OF_SITE[code]] += n
    return out


def canonical_hash(engine: Engine) -> str:
    """SHA-256 of every row of every table (the import and audit logs aside: they hold
    times), in primary-key order."""
    h = hashlib.sha256()
    with engine.connect() as c:
        for table in SQLModel.metadata.sorted_tables:
            if table.name in ("import_run", "audit_entry", "audit_head"):
                continue
            for row in c.execute(select(table).order_by(*table.primary_key.columns)):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_counts_per_area_at_scale_1(demo: tuple[Engine, DemoSummary]) -> None:
    engine, summary = demo
    assert _area_counts(engine) == EXPECTED
    assert summary.people == 8390 == sum(summary.by_site.values())
    assert summary.by_area == EXPECTED
    assert summary.horizon_start == HORIZON_START and summary.horizon_days == 60
    runs = _all(engine, ImportRun)
    assert [(r.kind, r.actor) for r in runs] == [("demo", "demo")]
    assert runs[0].rows_created > summary.people


def test_counts_double_at_scale_2(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "x2.sqlite", allow_plain=True)
    summary = build_demo(engine, scale=2)
    assert _area_counts(engine) == {k: 2 * v for k, v in EXPECTED.items()}
    assert summary.people == 16780
    assert summary.flights > network_document(1)["flights"].__len__()
    engine.dispose()


def test_same_seed_same_data_other_seed_other_data(
        demo: tuple[Engine, DemoSummary], tmp_path: Path) -> None:
    again = open_database(tmp_path / "again.sqlite", allow_plain=True)
    build_demo(again)
    other = open_database(tmp_path / "other.sqlite", allow_plain=True)
    build_demo(other, seed=7)
    reference = canonical_hash(demo[0])
    assert canonical_hash(again) == reference
    assert canonical_hash(other) != reference
    assert _area_counts(other) == EXPECTED
    again.dispose()
    other.dispose()


def test_passports_have_valid_mrz(people: list[Person]) -> None:
    passports = [p for p in people if p.document_type == DocumentType.PASSPORT]
    assert len(passports) > 1000
    for p in passports:
        assert p.mrz is not None and check_td3(p.mrz) == [], p.ref
        f = parse_td3(p.mrz)
        assert f.number == p.document_number and re.fullmatch(r"E\d{8}", f.number)
        assert f.surname == p.latin_name.split()[0]
        assert f.birth == p.date_of_birth.strftime("%y%m%d")  # type: ignore[union-attr]
        assert f.sex == p.sex.value and f.nationality == "CHN"
    for p in people:
        if p.document_type == DocumentType.EMERGENCY_TRAVEL_CERTIFICATE:
            assert p.mrz is None and re.fullmatch(r"T\d{8}", p.document_number or "")
        if p.document_type == DocumentType.NONE:
            assert p.document_number is None and p.document_issued_on is None


def test_documents_outlive_the_horizon(people: list[Person]) -> None:
    end = HORIZON_START.toordinal() + 60
    expiries = [p.document_expiry for p in people if p.document_type != DocumentType.NONE]
    assert expiries and all(e is not None and e.toordinal() > end for e in expiries)


def test_unique_references_and_document_numbers(people: list[Person]) -> None:
    refs = [p.ref for p in people]
    numbers = [p.document_number for p in people if p.document_number]
    assert len(set(refs)) == len(refs)
    assert len(set(numbers)) == len(numbers)


def test_names_are_chinese_with_pinyin(people: list[Person]) -> None:
    for p in people[:2000]:
        assert re.fullmatch(r"[\u4e00-\u9fff]{1,2}", p.family_name)
        assert re.fullmatch(r"[\u4e00-\u9fff]{1,2}", p.given_name)
        assert re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", p.latin_name), p.latin_name


def test_every_province_is_served(demo: tuple[Engine, DemoSummary],
                                  people: list[Person]) -> None:
    served = {r.province for r in _all(demo[0], ReceivingProvince)}
    assert set(ALL_PROVINCES) <= served
    assert {p.province for p in people} <= served


def test_status_matches_readiness_and_history(demo: tuple[Engine, DemoSummary],
                                              people: list[Person]) -> None:
    events: dict[int, list[StatusEvent]] = defaultdict(list)
    for ev in sorted(_all(demo[0], StatusEvent), key=lambda e: (e.person_id, e.at)):
        events[ev.person_id].append(ev)
    for p in people:
        if ready_date(p) is not None:
            expected = PersonStatus.CLEARED
        elif p.identity_verified_on is not None:
            expected = PersonStatus.VERIFIED
        else:
            expected = PersonStatus.DETAINED
        assert p.status == expected, p.ref
        chain = events[p.id]  # type: ignore[index]
        assert chain[0].from_status is None and chain[0].to_status == PersonStatus.DETAINED
        for a, b in itertools.pairwise(chain):
            assert b.from_status == a.to_status and b.at > a.at
        assert chain[-1].to_status == p.status
        assert all(e.actor == "demo" for e in chain)
        assert p.created_at == chain[0].at and p.updated_at == chain[-1].at


def test_realistic_rates(people: list[Person]) -> None:
    n = len(people)

    def share(pred: Callable[[Person], object]) -> float:
        return sum(1 for p in people if pred(p)) / n

    assert 0.12 < share(lambda p: p.sex.value == "F") < 0.18
    assert 0.01 < share(lambda p: is_minor(p, HORIZON_START)) < 0.03
    assert 0.03 < share(lambda p: p.medical) < 0.05
    assert all(p.medical_note for p in people if p.medical)
    assert 0.08 < share(lambda p: p.screening == Screening.VICTIM) < 0.12
    assert 0.55 < share(lambda p: p.screening == Screening.SUSPECT) < 0.65
    assert 0.005 < share(lambda p: p.travel_separately) < 0.015
    assert any(p.pregnant for p in people)
    assert all(p.sex.value == "F" for p in people if p.pregnant)
    assert 0.03 < share(lambda p: ready_date(p) is None) < 0.07
    within_40 = share(lambda p: (r := ready_date(p)) is not None
                      and (r - HORIZON_START).days <= 40)
    assert within_40 > 0.75
    assert share(lambda p: p.document_type == DocumentType.EMERGENCY_TRAVEL_CERTIFICATE) > 0.6
    ages = [(HORIZON_START - p.date_of_birth).days / 365.25 for p in people]  # type: ignore[operator]
    assert min(ages) >= 16 and max(ages) < 56


def test_separations_pair_co_accused(demo: tuple[Engine, DemoSummary],
                                     people: list[Person]) -> None:
    by_id = {p.id: p for p in people}
    seps = _all(demo[0], Separation)
    assert seps
    flagged = {p.id for p in people if p.travel_separately}
    for s in seps:
        a, b = by_id[s.person_id], by_id[s.other_person_id]
        assert s.person_id < s.other_person_id
        assert a.case_ref and a.case_ref == b.case_ref
        assert s.person_id in flagged or s.other_person_id in flagged
    assert flagged <= {s.person_id for s in seps} | {s.other_person_id for s in seps}


def test_batches(demo: tuple[Engine, DemoSummary], people: list[Person]) -> None:
    engine, summary = demo
    batches = {b.id: b for b in _all(engine, Batch)}
    assert len(batches) == summary.batches
    points = {r.id: r.code for r in _all(engine, ReceivingPoint)}
    served: dict[str, set[str]] = defaultdict(set)
    for r in _all(engine, ReceivingProvince):
        served[points[r.receiving_point_id]].add(r.province)
    sites = {x.id: x.code for x in _all(engine, Location)}
    members: dict[int, list[Person]] = defaultdict(list)
    for p in people:
        assert p.batch_id is not None
        members[p.batch_id].append(p)
        assert batches[p.batch_id].site_id == p.site_id
    for bid, b in batches.items():
        group = members[bid]
        assert re.fullmatch(r"(MYW|GTZ|VNM|KHM)-\d{4}", b.ref)
        assert 10 <= len(group) <= 70
        assert b.keep_cases_together and b.min_chunk == 10
        sensitive = any(p.screening == Screening.VICTIM or is_minor(p, HORIZON_START)
                        for p in group)
        assert (b.priority == Priority.URGENT) == sensitive, b.ref
        rp = points[b.receiving_point_id]
        site = sites[b.site_id]
        assert rp in SITE_ROUTES[site]
        top = Counter(p.province for p in group).most_common(1)[0][0]
        assert top in served[rp] or not any(top in served[r] for r in SITE_ROUTES[site][:-1])
        ready = [r for p in group if (r := ready_date(p)) is not None]
        assert b.legal_deadline is not None and ready
        assert 30 <= (b.legal_deadline - max(ready)).days <= 45
    for key in ("case_ref", "family_ref"):
        where: dict[str, set[int]] = defaultdict(set)
        for p in people:
            if getattr(p, key):
                where[getattr(p, key)].add(p.batch_id)  # type: ignore[arg-type]
        assert all(len(v) == 1 for v in where.values()), key
    cases = Counter(p.case_ref for p in people if p.case_ref)
    assert max(cases.values()) <= 8 and sum(1 for v in cases.values() if v > 1) > 500


def test_flights_satisfy_the_seat_rule(demo: tuple[Engine, DemoSummary]) -> None:
    flights = _all(demo[0], Flight)
    assert len(flights) == demo[1].flights
    for f in flights:
        assert f.max_detainees + math.ceil(f.max_detainees * f.escorts_per_detainee) <= f.seats
        assert f.departure_local.date() >= HORIZON_START
    statuses = Counter(f.status.value for f in flights)
    assert statuses["confirmed"] > 16 and statuses["proposed"] > statuses["confirmed"]
    first_day = [f for f in flights if f.departure_local.date() == HORIZON_START
                 and f.number.startswith("CZ606")]
    assert len(first_day) == 4 and all(f.max_detainees == 50 for f in first_day)


def test_network_places(demo: tuple[Engine, DemoSummary], people: list[Person]) -> None:
    locations = _all(demo[0], Location)
    at_site = Counter(p.site_id for p in people)
    for loc in locations:
        ZoneInfo(loc.timezone)
        assert loc.name_local and loc.latitude is not None and loc.longitude is not None
        if loc.kind.value == "holding_site":
            assert (loc.holding_capacity or 0) >= at_site[loc.id]
    zones = {loc.timezone for loc in locations}
    assert zones == {"Asia/Yangon", "Asia/Bangkok", "Asia/Vientiane", "Asia/Ho_Chi_Minh",
                     "Asia/Phnom_Penh", "Asia/Shanghai"}


def test_foreign_keys_hold(demo: tuple[Engine, DemoSummary]) -> None:
    with demo[0].connect() as c:
        assert c.execute(text("PRAGMA foreign_key_check")).all() == []


def test_shipped_network_file_is_current() -> None:
    path = ROOT / "resources" / "demo" / "network-2025.json"
    assert path.read_text("utf-8") == dumps(network_document(1))
    assert json.loads(path.read_text("utf-8"))["format"] == "repatplan-network"


def test_refuses_a_database_with_people(demo: tuple[Engine, DemoSummary]) -> None:
    with pytest.raises(DemoError, match="already holds"):
        build_demo(demo[0])
    assert _area_counts(demo[0]) == EXPECTED


def test_scale_must_be_positive(engine: Engine) -> None:
    with pytest.raises(ValueError, match="scale"):
        build_demo(engine, scale=0)
