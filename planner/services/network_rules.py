"""What a network row may hold: the editable fields per kind of row and the checks of a changed
or new row, with a message per field (used by `network_edits` and by the Network screen's forms
as the user types)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Collection, Mapping
from typing import Any

from planner.domain.countries import ISO_ALPHA3
from planner.domain.enums import LegMode, LocationKind

#: The fields the Network screen may change, per kind of row.
FIELDS: dict[str, frozenset[str]] = {
    "location": frozenset({"name_en", "name_local", "latitude", "longitude",
                           "holding_capacity", "timezone"}),
    "crossing": frozenset({"name", "daily_capacity", "open_weekdays", "open_from",
                           "open_until", "handover_minutes"}),
    "flight": frozenset({"number", "carrier", "departure_local", "arrival_local", "seats",
                         "max_detainees", "escorts_per_detainee", "charter_cost", "optional"}),
    "leg": frozenset({"duration_minutes", "vehicle_capacity", "vehicles_per_day",
                      "cost_per_vehicle", "mode"}),
    "receiving_point": frozenset({"name", "daily_intake", "provinces"}),
}
#: What a new row may set besides `FIELDS` (its identity and its places).
NEW_FIELDS: dict[str, frozenset[str]] = {
    "location": FIELDS["location"] | {"code", "country", "kind"},
    "crossing": FIELDS["crossing"] | {"code", "side_a_id", "side_b_id", "agency_a", "agency_b"},
    "leg": FIELDS["leg"] | {"origin_id", "destination_id"},
    "receiving_point": FIELDS["receiving_point"] | {"code", "location_id"},
}

_NON_NEGATIVE = ("daily_capacity", "handover_minutes", "seats", "max_detainees",
                 "charter_cost", "duration_minutes", "vehicles_per_day", "cost_per_vehicle",
                 "daily_intake", "holding_capacity", "escorts_per_detainee")
CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,31}")
#: Places each reference of a new row must be (None: any kind of location).
_PLACES: dict[str, dict[str, str | None]] = {
    "crossing": {"side_a_id": "border_checkpoint", "side_b_id": "border_checkpoint"},
    "leg": {"origin_id": None, "destination_id": None},
    "receiving_point": {"location_id": None}}


def validate(kind: str, values: Mapping[str, Any]) -> dict[str, list[str]]:
    """Messages per field ({} = valid) for the values of one row (merged with its others)."""
    out: dict[str, list[str]] = {}

    def bad(name: str, message: str) -> None:
        out.setdefault(name, []).append(message)

    for name in _NON_NEGATIVE:
        v = values.get(name)
        if v is not None and v < 0:
            bad(name, "must not be negative")
    for name in ("name", "name_en", "number", "code"):
        if name in values and not str(values[name] or "").strip():
            bad(name, "required")
    if kind == "location":
        lat, lon = values.get("latitude"), values.get("longitude")
        if lat is not None and not -90 <= lat <= 90:
            bad("latitude", "between -90 and 90")
        if lon is not None and not -180 <= lon <= 180:
            bad("longitude", "between -180 and 180")
        if "timezone" in values and not _zone_ok(str(values["timezone"] or "")):
            bad("timezone", "not a time zone of the time-zone database (e.g. Asia/Yangon)")
    if kind == "crossing":
        days = str(values.get("open_weekdays", ""))
        if not days or any(ch not in "1234567" for ch in days) or len(set(days)) != len(days):
            bad("open_weekdays", "ISO weekdays 1 (Monday) to 7 (Sunday), each once")
        a, b = values.get("open_from"), values.get("open_until")
        if isinstance(a, dt.time) and isinstance(b, dt.time) and not a < b:
            bad("open_until", "must be after the opening time")
    if kind == "flight":
        dep, arr = values.get("departure_local"), values.get("arrival_local")
        if isinstance(dep, dt.datetime) and isinstance(arr, dt.datetime) and arr <= dep - \
                dt.timedelta(hours=12):
            bad("arrival_local", "before the departure")
        seats, det = values.get("seats"), values.get("max_detainees")
        if seats is not None and det is not None and det > seats:
            bad("max_detainees", "more detainees than seats")
        if values.get("origin_id") is not None and values.get("origin_id") == values.get(
                "destination_id"):
            bad("destination_id", "the same airport as the origin")
    if kind == "leg":
        if values.get("vehicle_capacity") is not None and values["vehicle_capacity"] < 1:
            bad("vehicle_capacity", "at least 1")
        if "mode" in values:
            try:
                LegMode(getattr(values["mode"], "value", values["mode"]))
            except ValueError:
                bad("mode", "road or rail")
    provinces = values.get("provinces") or ()
    if any(not 1 <= len(p) <= 64 for p in provinces) or len(set(provinces)) != len(provinces):
        bad("provinces", "distinct names of 1 to 64 characters, separated by commas")
    return out


def _zone_ok(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # 'Asia' is a folder
        return False
    return True


def validate_new(kind: str, values: Mapping[str, Any], *, taken: Collection[Any] = (),
                 places: Mapping[int, str] | None = None) -> dict[str, list[str]]:
    """`validate` plus what a new row needs: a well-formed code not in `taken` (for a leg,
    `taken` holds (origin, destination, mode) of the legs there are), a real country, and
    places that exist (`places`: location id → kind) and are of the right kind."""
    out = validate(kind, values)

    def bad(name: str, message: str) -> None:
        out.setdefault(name, []).append(message)

    code = str(values.get("code") or "")
    if "code" in values and code and not CODE.fullmatch(code):
        bad("code", "1 to 32 capital letters, digits, - or _")
    elif code in taken:
        bad("code", "already used by another row of this kind")
    if kind == "location":
        if str(values.get("country") or "") not in ISO_ALPHA3:
            bad("country", "not an ISO 3166-1 alpha-3 country code (e.g. MMR)")
        if values.get("kind") not in {k.value for k in LocationKind}:
            bad("kind", "choose what the place is")
    for name, wanted in _PLACES.get(kind, {}).items():
        got = (places or {}).get(values.get(name) or 0)
        if got is None:
            bad(name, "choose a place")
        elif wanted is not None and got != wanted:
            bad(name, "must be a border checkpoint")
    first = "side_a_id" if kind == "crossing" else "origin_id"
    second = "side_b_id" if kind == "crossing" else "destination_id"
    if kind in ("crossing", "leg") and values.get(first) and values.get(first) == values.get(
            second):
        bad(second, "the same place as the other end")
    mode = getattr(values.get("mode"), "value", values.get("mode"))
    if kind == "leg" and (values.get("origin_id"), values.get("destination_id"), mode) in taken:
        bad("destination_id", "this leg (same ends and mode) already exists")
    return out

