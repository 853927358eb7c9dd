"""Import of a network file (JSON, format "repatplan-network" version 1): locations, crossings,
legs, receiving points and flights, validated in full (`planner.importing.network_checks`)
before anything is written."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from planner.domain.enums import FlightStatus, LegMode, LocationKind
from planner.importing.network_checks import check_network, clock_time
from planner.importing.report import (
    ImportCancelled,
    ImportFileError,
    NetworkImportError,
    NetworkImportReport,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
Progress = Callable[[int, int], None]
FORMAT = "repatplan-network"
VERSION = 1


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
            "open_from": clock_time(item.get("open_from", "08:00")),
            "open_until": clock_time(item.get("open_until", "17:00")),
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
