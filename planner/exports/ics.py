"""iCalendar (RFC 5545) events for crossings and flights, written by hand.

Each event carries its local time zone (TZID) with a VTIMEZONE; zones with daylight saving
(none in the region) fall back to UTC times. Lines are folded at 75 octets; text is escaped.
Events hold no personal data: place, times, manifest number and head count only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.db.models import BorderCrossing, Flight, Location
from planner.manifests.events import HandoverEvent

PRODID = "-//repatplan//schedule export//EN"


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets (never inside a UTF-8 character), CRLF-terminated."""
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out) + "\r\n"


def _fixed_offset(tz: str, year: int) -> dt.timedelta | None:
    """The zone's UTC offset if it is the same all year, else None."""
    z = ZoneInfo(tz)
    jan = dt.datetime(year, 1, 15, tzinfo=z).utcoffset()
    jul = dt.datetime(year, 7, 15, tzinfo=z).utcoffset()
    return jan if jan == jul else None


def _offset_text(off: dt.timedelta) -> str:
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def vtimezone(tz: str, off: dt.timedelta) -> list[str]:
    o = _offset_text(off)
    return ["BEGIN:VTIMEZONE", f"TZID:{tz}", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{o}", f"TZOFFSETTO:{o}", f"TZNAME:UTC{o[:3]}", "END:STANDARD",
            "END:VTIMEZONE"]


def _stamp(when: dt.datetime, tz: str, zones: dict[str, dt.timedelta]) -> str:
    if tz in zones:
        return f";TZID={tz}:{when:%Y%m%dT%H%M%S}"
    utc = when.replace(tzinfo=ZoneInfo(tz)).astimezone(dt.UTC)
    return f":{utc:%Y%m%dT%H%M%SZ}"


def write_ics(engine: Engine, path: Path, events: Sequence[HandoverEvent], *,
              now: dt.datetime | None = None) -> int:
    with Session(engine) as s:
        locs = {x.id: x for x in s.exec(select(Location)).all()}
        flights = {x.id: x for x in s.exec(select(Flight)).all()}
        crossings = {x.id: x for x in s.exec(select(BorderCrossing)).all()}
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    zones: dict[str, dt.timedelta] = {}
    bodies: list[list[str]] = []
    for e in events:
        origin, dest = locs[e.origin_id], locs[e.destination_id]
        if e.kind == "flight":
            f = flights[e.ref_id]
            start, end = f.departure_local, f.arrival_local
            start_tz, end_tz = origin.timezone, dest.timezone
            summary = f"Flight {f.number} {origin.code}→{dest.code}: {len(e.people)} people"
            where = origin.name_en
        else:
            c = crossings[e.ref_id]
            start = dt.datetime.combine(e.day, e.time or c.open_from)
            end = start + dt.timedelta(minutes=c.handover_minutes or 60)
            start_tz = end_tz = origin.timezone
            summary = f"Handover {c.name}: {len(e.people)} people"
            where = f"{c.name} ({origin.code} → {dest.code})"
        for tz, when in ((start_tz, start), (end_tz, end)):
            off = _fixed_offset(tz, when.year)
            if off is not None:
                zones.setdefault(tz, off)
        uid = hashlib.sha256(e.number.encode()).hexdigest()[:24]
        bodies.append([
            "BEGIN:VEVENT", f"UID:{uid}-{e.number}@repatplan", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            "DTSTART" + _stamp(start, start_tz, zones), "DTEND" + _stamp(end, end_tz, zones),
            f"SUMMARY:{escape(summary)}", f"LOCATION:{escape(where)}",
            f"DESCRIPTION:{escape(f'Manifest {e.number}; head count {len(e.people)}')}",
            f"CATEGORIES:{e.kind.upper()}", "TRANSP:OPAQUE", "END:VEVENT"])
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    for tz in sorted(zones):
        lines += vtimezone(tz, zones[tz])
    for b in bodies:
        lines += b
    lines.append("END:VCALENDAR")
    path.write_bytes("".join(fold(x) for x in lines).encode("utf-8"))
    return len(bodies)
