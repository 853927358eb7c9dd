"""From a handover event to the rows of a manifest and to the renderer's ManifestData."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from sqlmodel import Session, col, select

from planner.db.models import Batch, BorderCrossing, Flight, Location, Person, ReceivingPoint
from planner.manifests.events import HandoverEvent
from planner.manifests.models import Manifest, ManifestEntry
from planner.reporting.model import (
    Escort,
    ManifestData,
    ManifestFlags,
    ManifestKind,
    ManifestPerson,
    Place,
)
from planner.services.people import is_minor

DEFAULT_OPERATION = "Repatriation operation"
ENV_OPERATION = "REPATPLAN_OPERATION"

COUNTRY_NAMES = {"CHN": "China", "THA": "Thailand", "LAO": "Laos", "KHM": "Cambodia",
                 "MMR": "Myanmar", "VNM": "Viet Nam"}
FLAG_KEYS = ("minor", "medical", "victim", "pregnant", "separate")


def operation_name(given: str | None = None, plan_name: str = "") -> str:
    """`--operation`, else $REPATPLAN_OPERATION, else the plan's name, else a default."""
    return given or os.environ.get(ENV_OPERATION) or plan_name or DEFAULT_OPERATION


def place_name(loc: Location) -> str:
    return f"{loc.name_en} – {loc.name_local}" if loc.name_local else loc.name_en


def authorities(country: str, where: str) -> str:
    return f"{COUNTRY_NAMES.get(country, country)} authorities, {where}"


def person_flags(p: Person, day: dt.date) -> tuple[str, ...]:
    on = (is_minor(p, day), p.medical, p.screening.value == "screened_victim", p.pregnant,
          p.travel_separately)
    return tuple(k for k, v in zip(FLAG_KEYS, on, strict=True) if v)


def order_key(p: Person, batch_ref: str) -> tuple[str, str, str, str]:
    """Stable manifest order: batch, case, family, person reference."""
    return (batch_ref, p.case_ref, p.family_ref, p.ref)


def chinese_name(p: Person) -> str:
    return f"{p.family_name}{p.given_name}".strip()


def build_entries(s: Session, event: HandoverEvent) -> list[ManifestEntry]:
    """The people of an event as manifest rows (not yet added), in manifest order."""
    people = list(s.exec(select(Person).where(col(Person.id).in_(event.people))).all())
    brefs = {b.id: b.ref for b in s.exec(select(Batch)).all()}
    people.sort(key=lambda p: order_key(p, brefs.get(p.batch_id, "")))
    rows = []
    for seq, p in enumerate(people, start=1):
        assert p.id is not None
        rows.append(ManifestEntry(
            manifest_id=0, seq=seq, person_id=p.id, ref=p.ref, chinese_name=chinese_name(p),
            latin_name=p.latin_name, sex=p.sex.value, date_of_birth=p.date_of_birth,
            nationality=p.nationality, document_type=p.document_type.value,
            document_number=p.document_number, case_ref=p.case_ref,
            batch_ref=brefs.get(p.batch_id, ""), flags=";".join(person_flags(p, event.day)),
            final_leg=p.id in event.final))
    return rows


def header(s: Session, event: HandoverEvent) -> dict[str, object]:
    """Manifest header fields of an event: place, country, agencies, flight number."""
    origin = s.get(Location, event.origin_id)
    dest = s.get(Location, event.destination_id)
    assert origin is not None and dest is not None
    if event.kind == "crossing":
        c = s.get(BorderCrossing, event.ref_id)
        assert c is not None
        country = origin.country if origin.country != "CHN" else dest.country
        return {"place": c.name, "place_country": country, "flight_number": "",
                "dispatching_agency": c.agency_a or authorities(origin.country, origin.name_en),
                "receiving_agency": c.agency_b or authorities(dest.country, dest.name_en)}
    f = s.get(Flight, event.ref_id)
    assert f is not None
    rps = s.exec(select(ReceivingPoint).where(col(ReceivingPoint.id).in_(event.receiving_ids))
                 ).all() if event.receiving_ids else []
    receiving = ", ".join(sorted(r.name for r in rps)) or authorities(dest.country, dest.name_en)
    return {"place": place_name(origin), "place_country": origin.country,
            "flight_number": f.number,
            "dispatching_agency": authorities(origin.country, origin.name_en),
            "receiving_agency": f"{receiving} ({dest.name_en})"}


def to_person(e: ManifestEntry) -> ManifestPerson:
    flags = set(e.flags.split(";")) if e.flags else set()
    return ManifestPerson(
        ref=e.ref, chinese_name=e.chinese_name, latin_name=e.latin_name, sex=e.sex,
        date_of_birth=e.date_of_birth, nationality=e.nationality,
        document_type=e.document_type, document_number=e.document_number, case_ref=e.case_ref,
        batch_ref=e.batch_ref,
        flags=ManifestFlags(minor="minor" in flags, medical="medical" in flags,
                            screened_victim="victim" in flags, pregnant="pregnant" in flags,
                            travel_separately="separate" in flags))


def manifest_data(m: Manifest, entries: Sequence[ManifestEntry], operation: str,
                  generated_at: dt.datetime | None = None, *, escorts: Sequence[Escort] = (),
                  required_escorts: int = 0) -> ManifestData:
    """The renderer's input for a stored manifest revision (exactly the stored rows)."""
    return ManifestData(
        operation=operation, number=m.number, revision=m.revision,
        kind=ManifestKind.FLIGHT if m.kind == "flight" else ManifestKind.CROSSING,
        date=m.day, local_time=m.local_time, place=Place(m.place, m.place_country),
        dispatching_agency=m.dispatching_agency, receiving_agency=m.receiving_agency,
        people=tuple(to_person(e) for e in entries),
        batch_refs=tuple(sorted({e.batch_ref for e in entries if e.batch_ref})),
        flight_number=m.flight_number, generated_at=generated_at, escorts=tuple(escorts),
        required_escorts=required_escorts)
