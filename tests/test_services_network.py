"""Network edits (Qt-free): one transaction each, optimistic locking, validation, actor recorded,
and each undone by its inverse; plus the read queries of the Network and Plan screens."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.db.models import BorderCrossing, CrossingClosure, Flight
from planner.domain.enums import FlightStatus
from planner.engine.service import run_plan
from planner.engine.settings import PlanSettings
from planner.queries_network import busiest_day, load_network, movements_on, timeline
from planner.services import network_edits as ne
from planner.services.locking import add_audit_hook, remove_audit_hook
from tests.factories import make_network
from tests.plan_scenario import D0, fill_plannable

F = Flight.__table__  # type: ignore[attr-defined]
X = BorderCrossing.__table__  # type: ignore[attr-defined]
XC = CrossingClosure.__table__  # type: ignore[attr-defined]


def test_update_crossing_checks_version_validates_and_records_actor(engine: Engine) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        xid = net.crossing.id
    assert xid is not None
    seen: list[tuple[str, str]] = []

    def hook(_s: object, actor: str, action: str, _c: object) -> None:
        seen.append((actor, action))

    add_audit_hook(hook)
    try:
        edit = ne.update_row(engine, "crossing", xid, 1,
                             {"daily_capacity": 40, "open_weekdays": "12345"}, actor="Li Na")
    finally:
        remove_audit_hook(hook)
    assert seen == [("Li Na", "edit crossing")]
    assert edit.before == {"daily_capacity": 100, "open_weekdays": "1234567"}
    assert edit.version == 2
    with pytest.raises(ne.ConflictError, match="you saw version 1, it is now version 2"):
        ne.update_row(engine, "crossing", xid, 1, {"daily_capacity": 10}, actor="Other")
    with pytest.raises(ne.EditRejected) as bad:
        ne.update_row(engine, "crossing", xid, 2, {"open_weekdays": "189"}, actor="Li Na")
    assert "open_weekdays" in bad.value.messages
    with pytest.raises(ne.EditError, match="cannot be edited"):
        ne.update_row(engine, "crossing", xid, 2, {"side_a_id": 3}, actor="Li Na")
    with pytest.raises(ne.EditError, match="operator"):
        ne.update_row(engine, "crossing", xid, 2, {"daily_capacity": 5}, actor="")
    back = ne.update_row(engine, "crossing", xid, edit.version, edit.before, actor="Li Na")
    with engine.connect() as c:
        row = c.execute(select(X).where(X.c.id == xid)).one()
    assert (row.daily_capacity, row.open_weekdays, row.version) == (100, "1234567", 3)
    assert back.version == 3


def test_flights_add_cancel_delete_and_closures(engine: Engine) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        apt, city, xid = net.airport.id, net.city.id, net.crossing.id
    assert apt and city and xid
    dep = dt.datetime(2025, 3, 5, 14, 0)
    spec = ne.FlightSpec("cz 900", apt, city, dep, dep + dt.timedelta(hours=4), 120, 40)
    fid = ne.add_flight(engine, spec, actor="Li Na")
    with pytest.raises(ne.EditRejected, match="already exists"):
        ne.add_flight(engine, spec, actor="Li Na")
    with pytest.raises(ne.EditRejected, match="more detainees than seats"):
        ne.add_flight(engine, ne.FlightSpec("CZ901", apt, city, dep, dep, 10, 40),
                      actor="Li Na")
    edit = ne.set_flight_status(engine, fid, 1, FlightStatus.CANCELLED, actor="Li Na")
    assert edit.before == {"status": FlightStatus.PROPOSED} and edit.version == 2
    net_data = load_network(engine)
    assert [(f.number, f.status) for f in net_data.flights] == [("CZ900", "cancelled")]
    with pytest.raises(ne.ConflictError):
        ne.delete_flight(engine, fid, 1, actor="Li Na")
    ne.delete_flight(engine, fid, 2, actor="Li Na")
    assert load_network(engine).flights == ()

    cid = ne.add_closure(engine, xid, dt.date(2025, 3, 4), dt.date(2025, 3, 6), "flood",
                         actor="Li Na")
    data = load_network(engine)
    assert data.closed_on(xid, dt.date(2025, 3, 5)) and not data.closed_on(
        xid, dt.date(2025, 3, 7))
    with pytest.raises(ne.EditRejected):
        ne.add_closure(engine, xid, dt.date(2025, 3, 6), dt.date(2025, 3, 4), actor="Li Na")
    ne.remove_closure(engine, cid, actor="Li Na")
    assert load_network(engine).closures == ()


def test_plan_queries_timeline_and_day(engine: Engine) -> None:
    fill_plannable(engine)
    out = run_plan(engine, PlanSettings(time_limit=10, workers=1, horizon_days=8))
    net = load_network(engine)
    rows = timeline(out.result, net)
    crossing = next(r for r in rows if r.kind == "crossing")
    assert sum(c.load for c in crossing.cells) == out.result.scheduled_people
    assert all(c.capacity == 100 for c in crossing.cells)
    flights = [r for r in rows if r.kind == "flight"]
    assert sum(c.load for r in flights for c in r.cells) == out.result.scheduled_people
    day = busiest_day(out.result)
    assert day is not None and day >= D0
    moves = movements_on(out.result, day)
    assert {m.kind for m in moves} >= {"road", "crossing"}


def test_add_delete_and_restore_rows_keep_ids_and_codes(engine: Engine) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        a, b = net.checkpoint_a.id, net.checkpoint_b.id
    assert a and b
    seen: list[str] = []

    def hook(_s: object, _actor: str, action: str, _c: object) -> None:
        seen.append(action)

    add_audit_hook(hook)
    try:
        loc = ne.add_row(engine, "location", {
            "code": "mst-cp3", "name_en": "Mae Sot 3", "country": "THA",
            "kind": "border_checkpoint", "timezone": "Asia/Bangkok", "latitude": 16.7,
            "longitude": 98.5}, actor="Li Na")
        xid = ne.add_row(engine, "crossing", {
            "code": "FB3", "name": "Third bridge", "side_a_id": a, "side_b_id": loc,
            "daily_capacity": 80, "open_from": dt.time(9), "open_until": dt.time(12)},
            actor="Li Na")
        rp = ne.add_row(engine, "receiving_point", {
            "code": "RP2", "name": "Hefei PSB", "location_id": net.city.id, "daily_intake": 50,
            "provinces": ["Anhui", "Henan"]}, actor="Li Na")
    finally:
        remove_audit_hook(hook)
    assert seen == ["add location", "add crossing", "add receiving point"]
    data = load_network(engine)
    assert data.by_id[loc].code == "MST-CP3"  # codes are capitals
    x = data.crossing(xid)
    assert x is not None and (x.open_weekdays, x.handover_minutes) == ("1234567", 60)
    assert next(r for r in data.receiving if r.id == rp).provinces == ("Anhui", "Henan")

    with pytest.raises(ne.EditRejected) as bad:
        ne.add_row(engine, "location", {"code": "MST-CP3", "name_en": "Again", "country": "XXX",
                                        "kind": "airport", "latitude": 95.0}, actor="Li Na")
    assert set(bad.value.messages) == {"code", "country", "latitude"}
    with pytest.raises(ne.EditRejected) as bad:
        ne.add_row(engine, "crossing", {"code": "FB4", "name": "x", "side_a_id": net.site.id,
                                        "side_b_id": net.site.id, "daily_capacity": -1},
                   actor="Li Na")
    assert set(bad.value.messages) == {"side_a_id", "side_b_id", "daily_capacity"}
    with pytest.raises(ne.EditRejected, match="already exists"):
        ne.add_row(engine, "leg", {"origin_id": net.site.id, "destination_id": a,
                                   "duration_minutes": 5, "vehicle_capacity": 5},
                   actor="Li Na")

    cid = ne.add_closure(engine, xid, dt.date(2025, 3, 4), dt.date(2025, 3, 5), actor="Li Na")
    with pytest.raises(ne.EditError, match=r"location MST-CP3 cannot be deleted, it is still "
                                           r"needed by: 1 crossing \(FB3\)"):
        ne.delete_row(engine, "location", loc, 1, actor="Li Na")
    removed = ne.delete_row(engine, "crossing", xid, 1, actor="Li Na")
    assert [c["id"] for c in removed.children] == [cid]
    ne.delete_row(engine, "location", loc, 1, actor="Li Na")  # nothing uses it now
    with pytest.raises(ne.EditError, match="a place it connects has been deleted"):
        ne.restore_row(engine, removed, actor="Li Na")
    with pytest.raises(ne.ConflictError):
        ne.delete_row(engine, "receiving_point", rp, 7, actor="Li Na")
    gone = ne.delete_row(engine, "receiving_point", rp, 1, actor="Li Na")
    assert [r.code for r in load_network(engine).receiving] == ["RP1"]
    assert ne.restore_row(engine, gone, actor="Li Na") == 1
    back = next(r for r in load_network(engine).receiving if r.code == "RP2")
    assert (back.id, back.provinces) == (rp, ("Anhui", "Henan"))
    edit = ne.update_row(engine, "receiving_point", rp, 1, {"provinces": ["Anhui"]},
                         actor="Li Na")
    assert edit.before == {"provinces": ["Anhui", "Henan"]} and edit.version == 2
    with pytest.raises(ne.EditError, match="another one now has the code RP2"):
        ne.restore_row(engine, gone, actor="Li Na")


def test_delete_refused_names_people_batches_and_plans(engine: Engine) -> None:
    fill_plannable(engine)
    out = run_plan(engine, PlanSettings(time_limit=5, workers=1))
    data = load_network(engine)
    site = next(x for x in data.locations if x.code == "SITE1")
    with pytest.raises(ne.EditError) as refused:
        ne.delete_row(engine, "location", site.id, site.version, actor="Li Na")
    text = str(refused.value)
    assert "37 people held there" in text and "3 batches (B1, B2, B3)" in text
    assert "1 leg (SITE1 → CPA)" in text and f"plan {out.plan_id}" in text
    leg = data.legs[0]
    with pytest.raises(ne.EditError, match=f"needed by: plan {out.plan_id}"):
        ne.delete_row(engine, "leg", leg.id, leg.version, actor="Li Na")
    used = next(f for f in data.flights if f.id in out.result.operated_flights)
    with pytest.raises(ne.EditError, match="cancel it instead"):
        ne.delete_row(engine, "flight", used.id, used.version, actor="Li Na")
    with engine.connect() as c:
        assert c.execute(select(X.c.id)).scalars().all() != []  # nothing was deleted


@pytest.mark.parametrize("zone", ["Asia", "Asia/", "", "Asia/Nowhere", "../etc"])
def test_a_half_typed_time_zone_is_a_message_not_an_error(zone: str) -> None:
    from planner.services.network_rules import validate

    problems = validate("location", {"timezone": zone})
    assert "time zone" in " ".join(problems.get("timezone", [])) or zone == ""
