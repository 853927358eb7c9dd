"""Network import: a good file, each semantic error, schema paths, upsert, bad files."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.db.engine import transaction
from planner.db.models import (
    BorderCrossing,
    Flight,
    ImportRun,
    Leg,
    Location,
    ReceivingPoint,
    ReceivingProvince,
)
from planner.domain.enums import FlightStatus, LegMode
from planner.importing import (
    ImportFileError,
    NetworkImportError,
    apply_network,
    import_network,
)

ROOT = Path(__file__).resolve().parents[1]


def good_network() -> dict[str, Any]:
    def loc(code: str, kind: str, country: str, tz: str, **kw: Any) -> dict[str, Any]:
        return {"code": code, "name_en": code.title(), "country": country, "kind": kind,
                "timezone": tz, **kw}

    return {
        "format": "repatplan-network", "version": 1,
        "locations": [
            loc("MYW-KKP", "holding_site", "MMR", "Asia/Yangon", holding_capacity=2000,
                name_local="ကေကေပါ့ခ်", latitude=16.6, longitude=98.5),
            loc("MYW-CP", "border_checkpoint", "MMR", "Asia/Yangon"),
            loc("MST-CP2", "border_checkpoint", "THA", "Asia/Bangkok"),
            loc("MAQ", "airport", "THA", "Asia/Bangkok"),
            loc("NKG", "airport", "CHN", "Asia/Shanghai"),
            loc("NKG-CITY", "receiving_point", "CHN", "Asia/Shanghai"),
        ],
        "crossings": [{"code": "FB2", "name": "2nd Thai–Myanmar Friendship Bridge",
                       "side_a": "MYW-CP", "side_b": "MST-CP2", "daily_capacity": 500,
                       "open_weekdays": "12345", "open_from": "08:00", "open_until": "12:00",
                       "handover_minutes": 60, "agency_a": "BGF", "agency_b": "Thai army"}],
        "legs": [
            {"from": "MYW-KKP", "to": "MYW-CP", "mode": "road", "duration_minutes": 30,
             "vehicle_capacity": 50, "vehicles_per_day": 12, "cost_per_vehicle": 0},
            {"from": "MST-CP2", "to": "MAQ", "duration_minutes": 20, "vehicle_capacity": 45},
        ],
        "receiving_points": [{"code": "NKG-PSB", "name": "Nanjing PSB",
                              "location": "NKG-CITY", "daily_intake": 500,
                              "provinces": ["Jiangsu", "Anhui"]}],
        "flights": [{"number": "CZ6061", "carrier": "China Southern", "origin": "MAQ",
                     "destination": "NKG", "departure_local": "2025-02-20T11:40",
                     "arrival_local": "2025-02-20T15:55", "seats": 180, "max_detainees": 50,
                     "escorts_per_detainee": 1.0, "status": "confirmed",
                     "charter_cost": 60000, "optional": False}],
    }


def write_json(tmp_path: Path, data: Any, name: str = "net.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return p


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        return {m.__name__: s.exec(select(func.count()).select_from(m)).one()
                for m in (Location, BorderCrossing, Leg, ReceivingPoint, ReceivingProvince,
                          Flight, ImportRun)}


def problems(engine: Engine, data: dict[str, Any]) -> list[str]:
    with pytest.raises(NetworkImportError) as info, transaction(engine) as s:
        apply_network(s, data, actor="test")
    return [str(i) for i in info.value.issues]


def test_good_file_imports_everything(engine: Engine, tmp_path: Path) -> None:
    report = import_network(engine, write_json(tmp_path, good_network()), actor="alice")
    assert report.tables["locations"].created == 6
    assert report.tables["flights"].created == 1
    assert counts(engine) == {"Location": 6, "BorderCrossing": 1, "Leg": 2, "ReceivingPoint": 1,
                              "ReceivingProvince": 2, "Flight": 1, "ImportRun": 1}
    with Session(engine) as s:
        kkp = s.exec(select(Location).where(Location.code == "MYW-KKP")).one()
        assert (kkp.holding_capacity, kkp.timezone, kkp.name_local) == (2000, "Asia/Yangon",
                                                                         "ကေကေပါ့ခ်")
        fb2 = s.exec(select(BorderCrossing)).one()
        assert (fb2.open_from, fb2.open_until, fb2.open_weekdays) == (
            dt.time(8), dt.time(12), "12345")
        leg = s.exec(select(Leg).where(Leg.duration_minutes == 20)).one()
        assert (leg.mode, leg.vehicles_per_day, leg.cost_per_vehicle) == (LegMode.ROAD, 10, 0)
        f = s.exec(select(Flight)).one()
        assert f.departure_local == dt.datetime(2025, 2, 20, 11, 40)
        assert (f.status, f.optional, f.charter_cost) == (FlightStatus.CONFIRMED, False, 60000)
        run = s.exec(select(ImportRun)).one()
        assert (run.kind, run.actor, len(run.sha256)) == ("network", "alice", 64)


def test_optional_keys_take_model_defaults(engine: Engine) -> None:
    data = good_network()
    data["crossings"][0] = {k: data["crossings"][0][k]
                            for k in ("code", "name", "side_a", "side_b", "daily_capacity")}
    data["flights"][0] = {k: v for k, v in data["flights"][0].items()
                          if k not in ("status", "optional", "escorts_per_detainee",
                                       "charter_cost", "carrier")}
    data["locations"][0] = {k: v for k, v in data["locations"][0].items() if k != "timezone"}
    with transaction(engine) as s:
        apply_network(s, data, actor="t")
    with Session(engine) as s:
        c = s.exec(select(BorderCrossing)).one()
        assert (c.open_weekdays, c.open_from, c.open_until, c.handover_minutes) == (
            "1234567", dt.time(8), dt.time(17), 60)
        f = s.exec(select(Flight)).one()
        assert (f.status, f.optional, f.escorts_per_detainee, f.charter_cost) == (
            FlightStatus.PROPOSED, True, 1.0, 0)
        assert s.exec(select(Location).where(Location.code == "MYW-KKP")).one().timezone == "UTC"


def test_reimport_updates_by_code_not_duplicates(engine: Engine, tmp_path: Path) -> None:
    import_network(engine, write_json(tmp_path, good_network()), actor="t")
    data = good_network()
    data["locations"][0]["holding_capacity"] = 2500
    data["crossings"][0]["daily_capacity"] = 300
    data["legs"][0]["duration_minutes"] = 45
    data["receiving_points"][0]["provinces"] = ["Jiangsu", "Zhejiang", "Fujian"]
    data["flights"][0]["seats"] = 186
    data["flights"].append({**data["flights"][0], "departure_local": "2025-02-21T11:40",
                            "arrival_local": "2025-02-21T15:55"})
    report = import_network(engine, write_json(tmp_path, data, "b.json"), actor="t")
    assert (report.tables["locations"].updated, report.tables["locations"].unchanged) == (1, 5)
    assert report.tables["crossings"].updated == 1
    assert report.tables["legs"].updated == 1
    assert report.tables["receiving_points"].updated == 1
    assert (report.tables["flights"].updated, report.tables["flights"].created) == (1, 1)
    c = counts(engine)
    assert (c["Location"], c["Leg"], c["Flight"], c["ReceivingProvince"]) == (6, 2, 2, 3)
    with Session(engine) as s:
        kkp = s.exec(select(Location).where(Location.code == "MYW-KKP")).one()
        assert (kkp.holding_capacity, kkp.version) == (2500, 2)
        provs = set(s.exec(select(ReceivingProvince.province)).all())
        assert provs == {"Jiangsu", "Zhejiang", "Fujian"}
        assert s.exec(select(Leg).where(Leg.duration_minutes == 45)).one().version == 2


def test_second_file_may_reference_locations_already_in_db(engine: Engine) -> None:
    with transaction(engine) as s:
        apply_network(s, good_network(), actor="t")
    extra = {"format": "repatplan-network", "version": 1,
             "legs": [{"from": "MAQ", "to": "MST-CP2", "duration_minutes": 20,
                       "vehicle_capacity": 40}]}
    with transaction(engine) as s:
        report = apply_network(s, extra, actor="t")
    assert report.tables["legs"].created == 1


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["legs"][0].update({"to": "NOWHERE"}),
         "legs[0].to: unknown location code 'NOWHERE'"),
        (lambda d: d["receiving_points"][0].update({"location": "XX"}),
         "receiving_points[0].location: unknown location code 'XX'"),
        (lambda d: d["locations"].append(dict(d["locations"][1])),
         "locations[6]: duplicate location code 'MYW-CP' (also locations[1])"),
        (lambda d: d["flights"].append(dict(d["flights"][0])),
         "flights[1]: duplicate flight ('CZ6061', '2025-02-20T11:40') (also flights[0])"),
        (lambda d: d["legs"].append(dict(d["legs"][0])), "legs[2]: duplicate leg"),
        (lambda d: d["flights"][0].update({"arrival_local": "2025-02-20T10:00"}),
         "flights[0]: arrival 2025-02-20T10:00 (local) is not after departure"),
        (lambda d: d["crossings"][0].update({"side_b": "MYW-CP"}),
         "crossings[0]: both sides of the crossing are 'MYW-CP'"),
        (lambda d: d["flights"][0].update({"seats": 99}),
         "flights[0]: 50 detainees + 50 escorts need 100 seats, but the flight has 99"),
        (lambda d: d["flights"][0].update({"escorts_per_detainee": 0.25, "seats": 62}),
         "flights[0]: 50 detainees + 13 escorts need 63 seats, but the flight has 62"),
        (lambda d: d["locations"][0].update({"timezone": "Asia/Nowhere"}),
         "locations[0].timezone: unknown time zone 'Asia/Nowhere'"),
        (lambda d: d["crossings"][0].update({"open_from": "12:00"}),
         "crossings[0]: open_from 12:00 is not before open_until 12:00"),
        (lambda d: d["locations"][0].update({"country": "XYZ"}),
         "locations[0].country: 'XYZ' is not an ISO 3166-1 alpha-3 code"),
        (lambda d: d["flights"][0].update({"departure_local": "2025-02-30T11:40"}),
         "flights[0].departure_local: '2025-02-30T11:40' is not a real date and time"),
        (lambda d: d["flights"][0].update({"origin": "MYW-KKP"}),
         "flights[0].origin: location 'MYW-KKP' is a holding_site, expected airport"),
        (lambda d: d["flights"][0].update({"destination": "MAQ"}),
         "flights[0]: origin and destination are both 'MAQ'"),
        (lambda d: d["legs"][0].update({"to": "MYW-KKP"}),
         "legs[0]: a leg from 'MYW-KKP' to itself"),
        (lambda d: d["crossings"][0].update({"open_weekdays": "1123"}),
         "crossings[0].open_weekdays: '1123' repeats a weekday"),
    ],
)
def test_semantic_errors(engine: Engine, mutate: Any, expected: str) -> None:
    data = good_network()
    mutate(data)
    found = problems(engine, data)
    assert any(p.startswith(expected) for p in found), found
    assert counts(engine)["Location"] == 0


def test_time_zones_are_used_for_arrival_check(engine: Engine) -> None:
    data = good_network()
    # 11:40 in Bangkok is 12:40 in Nanjing: arriving 12:30 Nanjing time is before departure
    data["flights"][0]["arrival_local"] = "2025-02-20T12:30"
    assert any("not after departure" in p for p in problems(engine, data))
    data["flights"][0]["arrival_local"] = "2025-02-20T12:50"
    with transaction(engine) as s:
        apply_network(s, data, actor="t")


def test_all_issues_are_collected_and_nothing_written(engine: Engine) -> None:
    data = good_network()
    data["legs"][0]["to"] = "NOWHERE"
    data["flights"][0]["seats"] = 10
    data["crossings"][0]["side_b"] = "MYW-CP"
    with pytest.raises(NetworkImportError) as info, transaction(engine) as s:
        apply_network(s, data, actor="t")
    assert len(info.value.issues) >= 3
    text = str(info.value)
    assert text.startswith("the network file has")
    assert "legs[0].to" in text and "flights[0]" in text
    assert counts(engine)["Location"] == 0


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["flights"][3 - 3].update({"seats": -1}),
         "flights[0].seats: -1 is less than the minimum of 0"),
        (lambda d: d["locations"][2].update({"kind": "prison"}),
         "locations[2].kind: 'prison' is not one of"),
        (lambda d: d["crossings"][0].update({"open_until": "25:00"}),
         "crossings[0].open_until: '25:00' does not match"),
        (lambda d: d["locations"][0].update({"colour": "red"}),
         "locations[0]: Additional properties are not allowed ('colour' was unexpected)"),
        (lambda d: d["locations"][0].update({"code": "kk park"}),
         "locations[0].code: 'kk park' does not match"),
        (lambda d: d["flights"][0].pop("seats"), "flights[0]: 'seats' is a required property"),
        (lambda d: d.update({"version": 2}), "version: 1 was expected"),
        (lambda d: d["flights"][0].update({"departure_local": "20/02/2025 11:40"}),
         "flights[0].departure_local: '20/02/2025 11:40' does not match"),
        (lambda d: d["locations"][0].update({"country": "mm"}),
         "locations[0].country: 'mm' does not match"),
        (lambda d: d["receiving_points"][0].update({"provinces": ["A", "A"]}),
         "receiving_points[0].provinces: ['A', 'A'] has non-unique elements"),
    ],
)
def test_schema_errors_name_the_json_path(engine: Engine, mutate: Any, expected: str) -> None:
    data = copy.deepcopy(good_network())
    mutate(data)
    found = problems(engine, data)
    assert any(p.startswith(expected) for p in found), found


def test_flight_seat_error_in_fourth_flight(engine: Engine) -> None:
    data = good_network()
    for day in (21, 22, 23):
        data["flights"].append({**data["flights"][0],
                                "departure_local": f"2025-02-{day}T11:40",
                                "arrival_local": f"2025-02-{day}T15:55"})
    data["flights"][3]["seats"] = -1
    assert "flights[3].seats: -1 is less than the minimum of 0" in problems(engine, data)


def test_docs_copy_of_schema_equals_package_copy() -> None:
    a = json.loads((ROOT / "planner/data/network.schema.json").read_text("utf-8"))
    b = json.loads((ROOT / "docs/network.schema.json").read_text("utf-8"))
    assert a == b


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe garbage", "is not UTF-8 text"),
        (b'{"format": "repatplan-network", "version": 1, "locations": [', "looks truncated"),
        (b'{"format": "repatplan-network",, "version": 1}', "is not valid JSON"),
        (b'[1, 2, 3]', "a network file is a JSON object"),
        (b'{"format": "repatplan-network", "version": 1, "x": NaN}', "NaN is not allowed"),
        (b'{"format": "something-else"}', "is not a repatplan network file"),
    ],
)
def test_bad_files_give_clear_errors_and_write_nothing(
        engine: Engine, tmp_path: Path, content: bytes, expected: str) -> None:
    p = tmp_path / "bad.json"
    p.write_bytes(content)
    with pytest.raises(ImportFileError, match=expected):
        import_network(engine, p, actor="t")
    assert counts(engine)["ImportRun"] == 0


def test_truncated_good_file_reports_line_and_column(engine: Engine, tmp_path: Path) -> None:
    text = json.dumps(good_network(), indent=1, ensure_ascii=False)
    p = tmp_path / "cut.json"
    for cut in range(1, len(text) - 1, 7):  # cut anywhere: in strings, numbers, keywords
        p.write_text(text[:cut], encoding="utf-8")
        with pytest.raises(ImportFileError,
                           match=r"line \d+ column \d+\): the file looks truncated"):
            import_network(engine, p, actor="t")
    assert counts(engine)["Location"] == 0


def test_invalid_json_names_line_and_column(engine: Engine, tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('{\n  "format": "repatplan-network",\n  "version": 1,\n  oops\n}\n')
    with pytest.raises(ImportFileError, match="line 4 column 3"):
        import_network(engine, p, actor="t")


def test_missing_and_oversized_files(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot read"):
        import_network(engine, tmp_path / "absent.json", actor="t")
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(ImportFileError, match="at most 50 MB"):
        import_network(engine, big, actor="t")


def test_semantic_failure_in_import_network_writes_nothing(engine: Engine,
                                                           tmp_path: Path) -> None:
    data = good_network()
    data["flights"][0]["seats"] = 1
    with pytest.raises(NetworkImportError):
        import_network(engine, write_json(tmp_path, data), actor="t")
    assert counts(engine) == {k: 0 for k in counts(engine)}


def test_example_in_docs_imports(engine: Engine) -> None:
    text = (ROOT / "docs/network-format.md").read_text("utf-8")
    example = text.split("## Example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    with transaction(engine) as s:
        report = apply_network(s, json.loads(example), actor="docs")
    assert report.tables["flights"].created == 1


def test_same_departure_written_differently_is_a_duplicate(engine: Engine) -> None:
    data = good_network()
    data["flights"].append({**data["flights"][0], "departure_local": "2025-02-20T11:40:00"})
    assert any(p.startswith("flights[1]: duplicate flight") for p in problems(engine, data))
    with transaction(engine) as s:
        apply_network(s, good_network(), actor="t")
    data = good_network()
    data["flights"][0]["departure_local"] = "2025-02-20T11:40:00"
    with transaction(engine) as s:
        report = apply_network(s, data, actor="t")
    assert report.tables["flights"].unchanged == 1


def test_counts_fit_a_32_bit_integer(engine: Engine) -> None:
    data = good_network()
    data["legs"][0]["cost_per_vehicle"] = 2**31
    assert any(p.startswith("legs[0].cost_per_vehicle: 2147483648 is greater than the maximum")
               for p in problems(engine, data))
