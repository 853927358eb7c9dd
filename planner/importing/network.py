"""Import of a network file (JSON, format "repatplan-network" version 1): locations, crossings,
legs, receiving points and flights, validated in full before anything is written."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import zoneinfo
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
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
from planner.domain.countries import ISO_ALPHA3
from planner.domain.enums import FlightStatus, LegMode, LocationKind
from planner.importing.report import (
    ImportCancelled,
    ImportFileError,
    NetworkImportError,
    NetworkImportReport,
    NetworkIssue,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
Progress = Callable[[int, int], None]
FORMAT = "repatplan-network"
VERSION = 1


@cache
def network_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of network files, shipped in planner/data."""
    text = resources.files("planner").joinpath("data/network.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def json_path(parts: Any) -> str:
    """`['flights', 3, 'seats']` → `flights[3].seats`."""
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += f".{p}" if out else str(p)
    return out or "(top level)"


def schema_issues(data: Any) -> list[NetworkIssue]:
    validator = Draft202012Validator(network_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [NetworkIssue(json_path(e.absolute_path), e.message) for e in errors]


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _when(text: str) -> str:
    """A local date-time as a canonical string (so 11:40 and 11:40:00 are the same)."""
    try:
        return dt.datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        return text


def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # 'Asia' is a folder
        return None


class _Checker:
    """Semantic checks across the whole file and the database; collects every issue."""

    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.data = data
        self.issues: list[NetworkIssue] = []
        db_locs = session.exec(select(Location)).all()
        self.kinds: dict[str, str] = {x.code: x.kind.value for x in db_locs}
        self.zones: dict[str, str] = {x.code: x.timezone for x in db_locs}
        for loc in data.get("locations", []):
            self.kinds[loc["code"]] = loc["kind"]
            self.zones[loc["code"]] = loc.get("timezone", "UTC")

    def add(self, path: str, message: str) -> None:
        self.issues.append(NetworkIssue(path, message))

    def duplicates(self, section: str, key: Any, label: str) -> None:
        seen: dict[Any, int] = {}
        for i, item in enumerate(self.data.get(section, [])):
            k = key(item)
            if k in seen:
                self.add(f"{section}[{i}]", f"duplicate {label} {k!r} (also {section}[{seen[k]}])")
            else:
                seen[k] = i

    def ref(self, path: str, code: str, kinds: set[str] | None = None) -> None:
        kind = self.kinds.get(code)
        if kind is None:
            self.add(path, f"unknown location code {code!r} (not in the file or the database)")
        elif kinds is not None and kind not in kinds:
            article = "an" if kind[0] in "aeiou" else "a"
            self.add(path, f"location {code!r} is {article} {kind}, expected "
                           f"{' or '.join(sorted(kinds))}")

    def run(self) -> list[NetworkIssue]:
        d = self.data
        self.duplicates("locations", lambda x: x["code"], "location code")
        self.duplicates("crossings", lambda x: x["code"], "crossing code")
        self.duplicates("legs", lambda x: (x["from"], x["to"], x.get("mode", "road")), "leg")
        self.duplicates("receiving_points", lambda x: x["code"], "receiving point code")
        self.duplicates("flights", lambda x: (x["number"], _when(x["departure_local"])),
                        "flight")
        for i, loc in enumerate(d.get("locations", [])):
            p = f"locations[{i}]"
            if loc["country"] not in ISO_ALPHA3:
                self.add(f"{p}.country", f"{loc['country']!r} is not an ISO 3166-1 alpha-3 code")
            if "timezone" in loc and _zone(loc["timezone"]) is None:
                self.add(f"{p}.timezone", f"unknown time zone {loc['timezone']!r}")
        for i, c in enumerate(d.get("crossings", [])):
            p = f"crossings[{i}]"
            checkpoint = {LocationKind.BORDER_CHECKPOINT.value}
            self.ref(f"{p}.side_a", c["side_a"], checkpoint)
            self.ref(f"{p}.side_b", c["side_b"], checkpoint)
            if c["side_a"] == c["side_b"]:
                self.add(p, f"both sides of the crossing are {c['side_a']!r}")
            if _time(c.get("open_from", "08:00")) >= _time(c.get("open_until", "17:00")):
                self.add(p, f"open_from {c.get('open_from', '08:00')} is not before "
                            f"open_until {c.get('open_until', '17:00')}")
            days = c.get("open_weekdays", "1234567")
            if len(set(days)) != len(days):
                self.add(f"{p}.open_weekdays", f"{days!r} repeats a weekday")
        for i, leg in enumerate(d.get("legs", [])):
            p = f"legs[{i}]"
            self.ref(f"{p}.from", leg["from"])
            self.ref(f"{p}.to", leg["to"])
            if leg["from"] == leg["to"]:
                self.add(p, f"a leg from {leg['from']!r} to itself")
        for i, rp in enumerate(d.get("receiving_points", [])):
            self.ref(f"receiving_points[{i}].location", rp["location"])
        for i, f in enumerate(d.get("flights", [])):
            self.flight(f"flights[{i}]", f)
        return self.issues

    def flight(self, p: str, f: dict[str, Any]) -> None:
        airport = {LocationKind.AIRPORT.value}
        self.ref(f"{p}.origin", f["origin"], airport)
        self.ref(f"{p}.destination", f["destination"], airport)
        if f["origin"] == f["destination"]:
            self.add(p, f"origin and destination are both {f['origin']!r}")
        times: list[dt.datetime] = []
        for key, code in (("departure_local", f["origin"]), ("arrival_local", f["destination"])):
            try:
                t = dt.datetime.fromisoformat(f[key])
            except ValueError:
                self.add(f"{p}.{key}", f"{f[key]!r} is not a real date and time")
                continue
            zone = _zone(self.zones.get(code, "UTC"))
            times.append(t.replace(tzinfo=zone) if zone is not None else t)
        if len(times) == 2 and times[1] <= times[0]:
            self.add(p, f"arrival {f['arrival_local']} (local) is not after departure "
                        f"{f['departure_local']} (local)")
        detainees = f["max_detainees"]
        escorts = math.ceil(detainees * f.get("escorts_per_detainee", 1.0))
        if detainees + escorts > f["seats"]:
            self.add(p, f"{detainees} detainees + {escorts} escorts need {detainees + escorts} "
                        f"seats, but the flight has {f['seats']}")


def check_network(session: Session, data: Any) -> list[NetworkIssue]:
    """Every problem of a network document (schema first, then meaning); empty = importable."""
    issues = schema_issues(data)
    if issues:
        return issues
    return _Checker(session, data).run()


def _upsert(session: Session, obj: Any, values: dict[str, Any]) -> bool:
    """Set changed attributes; bump the version if anything changed. True if changed."""
    changed = False
    for k, v in values.items():
        if getattr(obj, k) != v:
            setattr(obj, k, v)
            changed = True
    if changed:
        obj.version += 1
        session.add(obj)
    return changed


def _store(session: Session, model: Any, existing: Any, values: dict[str, Any],
           report: NetworkImportReport, table: str) -> Any:
    counts = report.count(table)
    if existing is None:
        obj = model(**values)
        session.add(obj)
        counts.created += 1
        return obj
    if _upsert(session, existing, values):
        counts.updated += 1
    else:
        counts.unchanged += 1
    return existing


def apply_network(session: Session, data: dict[str, Any], *, actor: str,
                  on_progress: Progress | None = None,
                  should_stop: Callable[[], bool] | None = None) -> NetworkImportReport:
    """Validate `data` completely, raise :class:`NetworkImportError` listing every problem, else
    upsert it into the session (by code; flights by number + departure; legs by from/to/mode).
    The caller owns the transaction. `actor` is recorded by :func:`import_network`. Progress is
    reported per section; `should_stop()` true raises :class:`ImportCancelled`."""
    issues = check_network(session, data)
    if issues:
        raise NetworkImportError(issues)
    report = NetworkImportReport()
    sections = ("locations", "crossings", "legs", "receiving_points", "flights")
    total = sum(len(data.get(t, [])) for t in sections)

    def step(section: str) -> None:
        if should_stop is not None and should_stop():
            raise ImportCancelled()
        if on_progress is not None:
            on_progress(sum(len(data.get(t, [])) for t in sections[:sections.index(section)]),
                        total)

    for t in sections:
        report.count(t)
    step("locations")
    locs = {x.code: x for x in session.exec(select(Location)).all()}
    for item in data.get("locations", []):
        values = {
            "code": item["code"], "name_en": item["name_en"],
            "name_local": item.get("name_local", ""), "country": item["country"],
            "kind": LocationKind(item["kind"]), "latitude": item.get("latitude"),
            "longitude": item.get("longitude"), "timezone": item.get("timezone", "UTC"),
            "holding_capacity": item.get("holding_capacity"),
        }
        locs[item["code"]] = _store(session, Location, locs.get(item["code"]), values, report,
                                    "locations")
    session.flush()
    ids: dict[str, int] = {}
    for code, loc in locs.items():
        assert loc.id is not None
        ids[code] = loc.id

    step("crossings")
    crossings = {x.code: x for x in session.exec(select(BorderCrossing)).all()}
    for item in data.get("crossings", []):
        values = {
            "code": item["code"], "name": item["name"], "side_a_id": ids[item["side_a"]],
            "side_b_id": ids[item["side_b"]], "daily_capacity": item["daily_capacity"],
            "open_weekdays": "".join(sorted(item.get("open_weekdays", "1234567"))),
            "open_from": _time(item.get("open_from", "08:00")),
            "open_until": _time(item.get("open_until", "17:00")),
            "handover_minutes": item.get("handover_minutes", 60),
            "agency_a": item.get("agency_a", ""), "agency_b": item.get("agency_b", ""),
        }
        _store(session, BorderCrossing, crossings.get(item["code"]), values, report, "crossings")

    step("legs")
    legs = {(x.origin_id, x.destination_id, x.mode): x for x in session.exec(select(Leg)).all()}
    for item in data.get("legs", []):
        key = (ids[item["from"]], ids[item["to"]], LegMode(item.get("mode", "road")))
        values = {
            "origin_id": key[0], "destination_id": key[1], "mode": key[2],
            "duration_minutes": item["duration_minutes"],
            "vehicle_capacity": item["vehicle_capacity"],
            "vehicles_per_day": item.get("vehicles_per_day", 10),
            "cost_per_vehicle": item.get("cost_per_vehicle", 0),
        }
        _store(session, Leg, legs.get(key), values, report, "legs")

    step("receiving_points")
    points = {x.code: x for x in session.exec(select(ReceivingPoint)).all()}
    for item in data.get("receiving_points", []):
        values = {"code": item["code"], "name": item["name"],
                  "location_id": ids[item["location"]], "daily_intake": item["daily_intake"]}
        existing = points.get(item["code"])
        counts = report.count("receiving_points")
        before = counts.unchanged
        rp = _store(session, ReceivingPoint, existing, values, report, "receiving_points")
        session.flush()
        changed = "provinces" in item and _replace_provinces(session, rp, item["provinces"])
        if changed and existing is not None and counts.unchanged > before:
            counts.unchanged -= 1
            counts.updated += 1
            rp.version += 1
            session.add(rp)

    step("flights")
    flights = {(x.number, x.departure_local): x for x in session.exec(select(Flight)).all()}
    for item in data.get("flights", []):
        dep = dt.datetime.fromisoformat(item["departure_local"])
        values = {
            "number": item["number"], "carrier": item.get("carrier", ""),
            "origin_id": ids[item["origin"]], "destination_id": ids[item["destination"]],
            "departure_local": dep,
            "arrival_local": dt.datetime.fromisoformat(item["arrival_local"]),
            "seats": item["seats"], "max_detainees": item["max_detainees"],
            "escorts_per_detainee": float(item.get("escorts_per_detainee", 1.0)),
            "status": FlightStatus(item.get("status", "proposed")),
            "charter_cost": item.get("charter_cost", 0),
            "optional": item.get("optional", True),
        }
        _store(session, Flight, flights.get((item["number"], dep)), values, report, "flights")
    session.flush()
    step("flights")
    if on_progress is not None:
        on_progress(total, total)
    report.written = True
    return report


def _replace_provinces(session: Session, rp: ReceivingPoint, provinces: list[str]) -> bool:
    """Make the point serve exactly `provinces`; True if that changed anything."""
    current = session.exec(
        select(ReceivingProvince).where(ReceivingProvince.receiving_point_id == rp.id)
    ).all()
    if sorted(p.province for p in current) == sorted(provinces):
        return False
    for row in current:
        session.delete(row)
    session.flush()
    assert rp.id is not None
    for name in provinces:
        session.add(ReceivingProvince(receiving_point_id=rp.id, province=name))
    session.flush()
    return True


class _ConstantError(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _ConstantError(name)


def read_network_file(path: str | Path) -> tuple[dict[str, Any], str]:
    """Read and parse a network file; return (document, sha256). Raise :class:`ImportFileError`
    with a clear message for a missing, oversized, truncated or malformed file."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise ImportFileError(f"cannot read {p.name}: {e.strerror or e}") from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{p.name} is {size / 1e6:.1f} MB; a network file may be at most 50 MB")
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ImportFileError(f"cannot read {p.name}: {e.strerror or e}") from None
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        raise ImportFileError(f"{p.name} is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ImportFileError(
            f"{p.name} is not UTF-8 text (bad byte at offset {e.start}); "
            "is it really a network JSON file?") from None
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except _ConstantError as e:
        raise ImportFileError(f"{p.name}: {e} is not allowed in a network file") from None
    except RecursionError:
        raise ImportFileError(f"{p.name} is nested too deeply to be a network file") from None
    except json.JSONDecodeError as e:
        rest = text[e.pos:].rstrip()
        unterminated = e.msg.startswith("Unterminated string") and '"' not in rest[1:]
        partial_token = re.fullmatch(r"[\w.+-]*", rest) is not None  # e.g. "16." or "fals"
        if unterminated or partial_token:
            raise ImportFileError(
                f"{p.name} ends unexpectedly (error at line {e.lineno} column {e.colno}): "
                "the file looks truncated") from None
        raise ImportFileError(
            f"{p.name} is not valid JSON: {e.msg} (line {e.lineno} column {e.colno})") from None
    if not isinstance(data, dict):
        raise ImportFileError(f"{p.name}: a network file is a JSON object, not "
                              f"{type(data).__name__}")
    if data.get("format") != FORMAT:
        raise ImportFileError(f"{p.name} is not a repatplan network file "
                              f"(expected \"format\": \"{FORMAT}\")")
    return data, digest


def import_network(engine: Engine, path: str | Path, *, actor: str,
                   on_progress: Progress | None = None,
                   should_stop: Callable[[], bool] | None = None) -> NetworkImportReport:
    """Read, validate and store a network file in one transaction, with an ImportRun record."""
    data, digest = read_network_file(path)
    with transaction(engine, actor=actor) as session:
        report = apply_network(session, data, actor=actor, on_progress=on_progress,
                               should_stop=should_stop)
        report.sha256 = digest
        counts = report.tables.values()
        session.add(ImportRun(
            actor=actor[:200], kind="network", file_name=Path(path).name[:500], sha256=digest,
            rows_total=sum(c.created + c.updated + c.unchanged for c in counts),
            rows_created=sum(c.created for c in counts),
            rows_updated=sum(c.updated for c in counts), rows_rejected=0,
        ))
    return report
