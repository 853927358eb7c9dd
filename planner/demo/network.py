"""The demo transport network as a network JSON v1 document (format "repatplan-network").

The network depends on `scale` only, not on the people seed, so the scale-1 document can be
shipped as resources/demo/network-2025.json and compared byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.demo.scenario import (
    HORIZON_START,
    PLACES,
    RECEIVING,
    horizon_days,
)

FORMAT = "repatplan-network"
VERSION = 1

_ZONES = {p.code: p.timezone for p in PLACES}


def capacity_factor(scale: int) -> int:
    """How much daily capacities grow: people grow by `scale`, the horizon by 60 → 90 days."""
    return max(1, math.ceil(scale * 60 / horizon_days(scale)))


@dataclass(frozen=True, slots=True)
class _Crossing:
    code: str
    name: str
    side_a: str
    side_b: str
    daily_capacity: int
    open_weekdays: str
    open_from: str
    open_until: str
    handover_minutes: int
    agency_a: str
    agency_b: str


_CROSSINGS: tuple[_Crossing, ...] = (
    _Crossing("FB2", "2nd Thai–Myanmar Friendship Bridge (Moei river)", "MYW-BR2", "THA-MS2",
              450, "1234567", "08:00", "12:00", 60, "Karen Border Guard Force (Myawaddy)",
              "Royal Thai Army, Naresuan Task Force / Tak Immigration"),
    _Crossing("BTMH", "Boten–Mohan", "LAO-BTN", "CHN-MHN", 150, "123456", "08:30", "11:30", 90,
              "Lao Ministry of Public Security, Boten immigration",
              "Mohan Exit-Entry Border Inspection Station"),
    _Crossing("MCDX", "Mong Cai–Dongxing (Bac Luan bridge)", "VNM-MCI", "CHN-DXG", 80, "12345",
              "08:00", "11:00", 60, "Vietnam Border Guard, Quang Ninh",
              "Dongxing Exit-Entry Border Inspection Station"),
    _Crossing("LCHK", "Lao Cai–Hekou", "VNM-LCK", "CHN-HKO", 80, "12345", "08:00", "11:00", 60,
              "Vietnam Border Guard, Lao Cai", "Hekou Exit-Entry Border Inspection Station"),
    _Crossing("HNYY", "Huu Nghi–Youyiguan", "VNM-HNG", "CHN-YYG", 80, "12345", "08:00", "11:30",
              60, "Vietnam Border Guard, Lang Son",
              "Youyiguan Exit-Entry Border Inspection Station"),
)

# (from, to, mode, minutes, per vehicle, vehicles per day at scale 1, cost per vehicle)
_LEGS: tuple[tuple[str, str, str, int, int, int, int], ...] = (
    ("MYW-KKP", "MYW-BR2", "road", 40, 50, 8, 400),
    ("MYW-SKK", "MYW-BR2", "road", 45, 50, 6, 400),
    ("MYW-TCH", "MYW-BR2", "road", 70, 50, 4, 500),
    ("MYW-MWD", "MYW-BR2", "road", 15, 50, 4, 200),
    ("THA-MS2", "MAQ", "road", 25, 50, 10, 300),
    ("THA-MS2", "THA-MST", "road", 20, 50, 10, 300),
    ("THA-MST", "MAQ", "road", 15, 50, 10, 300),
    ("LAO-GTZ", "LAO-BTN", "road", 300, 45, 3, 900),
    ("LAO-HXY", "LAO-BTN", "road", 270, 45, 2, 900),
    ("LAO-GTZ", "LAO-VTS", "road", 720, 45, 2, 1800),
    ("LAO-HXY", "LAO-VTS", "road", 690, 45, 1, 1800),
    ("LAO-VTS", "VTE", "road", 30, 45, 4, 200),
    ("CHN-MHN", "KMG-PSB", "rail", 300, 50, 4, 1500),
    ("VNM-QNH", "VNM-MCI", "road", 20, 30, 4, 150),
    ("VNM-LCI", "VNM-LCK", "road", 15, 30, 4, 150),
    ("VNM-LSN", "VNM-HNG", "road", 40, 30, 4, 200),
    ("CHN-DXG", "NNG-PSB", "road", 180, 45, 3, 800),
    ("CHN-YYG", "NNG-PSB", "road", 150, 45, 3, 800),
    ("CHN-HKO", "KMG-PSB", "road", 330, 45, 3, 1000),
    ("KHM-SHV", "PNH", "road", 240, 45, 6, 700),
    ("KHM-PPI", "PNH", "road", 30, 50, 8, 150),
    ("KHM-BAV", "PNH", "road", 180, 45, 4, 600),
    ("KHM-POI", "PNH", "road", 420, 45, 4, 1000),
    ("NKG", "NKG-PSB", "road", 50, 50, 12, 300),
    ("XMN", "XMN-PSB", "road", 25, 50, 8, 200),
    ("CAN", "CAN-PSB", "road", 45, 50, 8, 300),
    ("CSX", "CSX-PSB", "road", 40, 50, 6, 300),
    ("TFU", "TFU-PSB", "road", 70, 50, 6, 400),
    ("KMG", "KMG-PSB", "road", 45, 50, 6, 300),
    ("CGO", "CGO-PSB", "road", 45, 50, 6, 300),
)


@dataclass(frozen=True, slots=True)
class _Route:
    """A charter series: one flight every `every` days from day `first`."""

    origin: str
    destination: str
    carrier: str
    number: str  # prefix + base number, e.g. "MF8401"
    block_minutes: int
    departure: str
    first: int
    every: int
    seats: int


_SERIES: tuple[_Route, ...] = (
    _Route("MAQ", "XMN", "Xiamen Airlines", "MF8401", 200, "12:10", 4, 3, 170),
    _Route("MAQ", "CAN", "China Southern", "CZ3091", 160, "12:20", 5, 3, 180),
    _Route("PNH", "XMN", "Xiamen Airlines", "MF8417", 165, "10:30", 2, 6, 170),
    _Route("PNH", "CAN", "China Southern", "CZ3062", 140, "11:15", 3, 6, 180),
    _Route("PNH", "CSX", "China Southern", "CZ6090", 170, "10:50", 4, 6, 180),
    _Route("PNH", "TFU", "Sichuan Airlines", "3U3936", 180, "11:30", 5, 6, 176),
    _Route("PNH", "KMG", "China Eastern", "MU2712", 130, "12:00", 6, 6, 174),
    _Route("PNH", "CGO", "China Southern", "CZ6094", 230, "09:40", 7, 6, 180),
    _Route("PNH", "NKG", "China Eastern", "MU2884", 230, "10:10", 3, 5, 174),
    _Route("VTE", "NKG", "China Eastern", "MU2042", 210, "12:30", 3, 7, 174),
    _Route("VTE", "CAN", "China Southern", "CZ3058", 140, "13:00", 6, 10, 180),
)

#: Mae Sot → Nanjing as reported: 4 flights on 20 Feb, 6 a day on 21–22 Feb (50 each), six a day
#: of up to 76 on 6–9 March; otherwise a planning assumption of 3, then 2 a day.
_SIX = ("11:40", "12:40", "13:40", "14:40", "15:40", "17:40")


def _mae_sot_nanjing(day: int) -> tuple[tuple[str, ...], int, bool]:
    """(departure slots, max detainees, historical) for horizon day `day`."""
    if day == 0:
        return ("11:40", "12:40", "13:40", "17:40"), 50, True
    if day <= 2:
        return _SIX, 50, True
    if day <= 13:
        return ("11:40", "13:40", "15:40"), 50, False
    if day <= 17:
        return _SIX, 76, True
    return ("11:40", "14:40"), 76, False


def _renumber(number: str, wave: int) -> str:
    """CZ6061 in wave 2 → CZ6261 (waves are the extra flights of a larger scale)."""
    head, digits = number[:2], number[2:]
    return f"{head}{int(digits) + 100 * wave}"


def _local(day: dt.date, hhmm: str, plus_minutes: int = 0) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(h, m)) + dt.timedelta(minutes=plus_minutes)


def _arrival(origin: str, destination: str, departure: dt.datetime, block: int) -> dt.datetime:
    dep = departure.replace(tzinfo=ZoneInfo(_ZONES[origin]))
    arr = (dep + dt.timedelta(minutes=block)).astimezone(ZoneInfo(_ZONES[destination]))
    return arr.replace(tzinfo=None)


def _escorts(rng: random.Random, seats: int, detainees: int) -> float:
    ratio = rng.choice((0.8, 1.0, 1.0, 1.0, 1.2))
    while detainees + math.ceil(detainees * ratio) > seats and ratio > 0:
        ratio = round(ratio - 0.1, 1)
    return ratio


def _status(rng: random.Random) -> tuple[str, bool]:
    """(status, optional) of a planned charter: mostly proposed, some requested or confirmed."""
    x = rng.random()
    if x < 0.08:
        return "confirmed", False
    if x < 0.26:
        return "requested", True
    if x < 0.29:
        return "cancelled", True
    return "proposed", True


def _flight(rng: random.Random, *, number: str, carrier: str, origin: str, destination: str,
            departure: dt.datetime, block: int, seats: int, detainees: int, status: str,
            optional: bool, base_cost: int) -> dict[str, Any]:
    cost = int(round(base_cost * rng.uniform(0.92, 1.08), -2))
    return {
        "number": number, "carrier": carrier, "origin": origin, "destination": destination,
        "departure_local": departure.isoformat(timespec="minutes"),
        "arrival_local": _arrival(origin, destination, departure, block).isoformat(
            timespec="minutes"),
        "seats": seats, "max_detainees": detainees,
        "escorts_per_detainee": _escorts(rng, seats, detainees), "status": status,
        "charter_cost": cost, "optional": optional,
    }


def _flights(scale: int, rng: random.Random) -> list[dict[str, Any]]:
    days = horizon_days(scale)
    waves = capacity_factor(scale)
    out: list[dict[str, Any]] = []
    for d in range(days):
        day = HORIZON_START + dt.timedelta(days=d)
        slots, cap, historical = _mae_sot_nanjing(d)
        for wave in range(waves):
            for i, slot in enumerate(slots):
                if historical:
                    status, optional = "confirmed", False
                else:
                    status, optional = _status(rng)
                out.append(_flight(
                    rng, number=_renumber(f"CZ{6061 + i}", wave), carrier="China Southern",
                    origin="MAQ", destination="NKG", departure=_local(day, slot, 7 * wave),
                    block=195, seats=180, detainees=cap, status=status, optional=optional,
                    base_cost=62_000))
        for r in _SERIES:
            if d < r.first or (d - r.first) % r.every:
                continue
            for wave in range(waves):
                status, optional = _status(rng)
                out.append(_flight(
                    rng, number=_renumber(r.number, wave), carrier=r.carrier, origin=r.origin,
                    destination=r.destination, departure=_local(day, r.departure, 9 * wave),
                    block=r.block_minutes, seats=r.seats, detainees=76, status=status,
                    optional=optional, base_cost=8_000 + 240 * r.block_minutes))
    return out


def network_document(scale: int = 1) -> dict[str, Any]:
    """The whole demo network for `scale` as a network JSON v1 document."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    rng = random.Random(f"repatplan-demo-network:{scale}")
    f = capacity_factor(scale)
    locations = []
    for p in PLACES:
        loc: dict[str, Any] = {
            "code": p.code, "name_en": p.name_en, "name_local": p.name_local,
            "country": p.country, "kind": p.kind, "latitude": p.latitude,
            "longitude": p.longitude, "timezone": p.timezone,
        }
        if p.holding_capacity is not None:
            loc["holding_capacity"] = p.holding_capacity * scale
        locations.append(loc)
    crossings = [
        {"code": c.code, "name": c.name, "side_a": c.side_a, "side_b": c.side_b,
         "daily_capacity": c.daily_capacity * f, "open_weekdays": c.open_weekdays,
         "open_from": c.open_from, "open_until": c.open_until,
         "handover_minutes": c.handover_minutes, "agency_a": c.agency_a, "agency_b": c.agency_b}
        for c in _CROSSINGS
    ]
    legs = [
        {"from": a, "to": b, "mode": mode, "duration_minutes": minutes, "vehicle_capacity": per,
         "vehicles_per_day": n * f, "cost_per_vehicle": cost}
        for a, b, mode, minutes, per, n, cost in _LEGS
    ]
    points = [
        {"code": r.code, "name": r.name, "location": r.code, "daily_intake": r.daily_intake * f,
         "provinces": list(r.provinces)}
        for r in RECEIVING
    ]
    return {"format": FORMAT, "version": VERSION, "locations": locations,
            "crossings": crossings, "legs": legs, "receiving_points": points,
            "flights": _flights(scale, rng)}


def dumps(doc: dict[str, Any]) -> str:
    """The canonical text of a network document (UTF-8, local scripts unescaped)."""
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def write_network_json(path: str | Path, scale: int = 1) -> Path:
    """Write the demo network for `scale` to `path` (UTF-8 JSON)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(dumps(network_document(scale)), encoding="utf-8")
    return p
