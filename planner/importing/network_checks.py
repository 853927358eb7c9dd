"""Checking a network document before anything is written: the JSON Schema (shipped in
planner/data) first, then its meaning across the whole file and the database (duplicates,
unknown or wrong kinds of location, time zones, opening hours, flight times and seats). Every
issue is collected, with the JSON path it is at."""

from __future__ import annotations

import datetime as dt
import json
import math
import zoneinfo
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from sqlmodel import Session, select

from planner.db.models import Location
from planner.domain.countries import ISO_ALPHA3
from planner.domain.enums import LocationKind
from planner.importing.report import NetworkIssue


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


def clock_time(text: str) -> dt.time:
    """A time of day as the file writes it ("08:00")."""
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
            if clock_time(c.get("open_from", "08:00")) >= \
                    clock_time(c.get("open_until", "17:00")):
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

