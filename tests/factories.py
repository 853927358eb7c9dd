"""Small hand-built data for tests: one holding site, one crossing, one airport, one city."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.db.models import (
    Batch,
    BorderCrossing,
    Leg,
    Location,
    Person,
    ReceivingPoint,
    ReceivingProvince,
)
from planner.domain.enums import LocationKind, PersonStatus, Sex


@dataclass
class MiniNetwork:
    site: Location
    checkpoint_a: Location
    checkpoint_b: Location
    airport: Location
    city: Location
    crossing: BorderCrossing
    receiving: ReceivingPoint


def make_network(session: Session) -> MiniNetwork:
    def loc(code: str, kind: LocationKind, country: str, tz: str) -> Location:
        x = Location(code=code, name_en=code.title(), country=country, kind=kind, timezone=tz)
        session.add(x)
        return x

    site = loc("SITE1", LocationKind.HOLDING_SITE, "MMR", "Asia/Yangon")
    a = loc("CPA", LocationKind.BORDER_CHECKPOINT, "MMR", "Asia/Yangon")
    b = loc("CPB", LocationKind.BORDER_CHECKPOINT, "THA", "Asia/Bangkok")
    apt = loc("APT", LocationKind.AIRPORT, "THA", "Asia/Bangkok")
    city = loc("CITY", LocationKind.RECEIVING_POINT, "CHN", "Asia/Shanghai")
    session.flush()
    assert site.id and a.id and b.id and apt.id and city.id
    crossing = BorderCrossing(code="X1", name="Bridge", side_a_id=a.id, side_b_id=b.id,
                              daily_capacity=100, open_weekdays="1234567")
    session.add(crossing)
    session.add(Leg(origin_id=site.id, destination_id=a.id, duration_minutes=60,
                    vehicle_capacity=50))
    session.add(Leg(origin_id=b.id, destination_id=apt.id, duration_minutes=30,
                    vehicle_capacity=50))
    rp = ReceivingPoint(code="RP1", name="City PSB", location_id=city.id, daily_intake=300)
    session.add(rp)
    session.flush()
    assert rp.id
    session.add(ReceivingProvince(receiving_point_id=rp.id, province="Jiangsu"))
    session.flush()
    return MiniNetwork(site, a, b, apt, city, crossing, rp)


def make_person(session: Session, net: MiniNetwork, ref: str, **kw: Any) -> Person:
    values: dict[str, Any] = dict(
        ref=ref, latin_name=f"TEST {ref}", sex=Sex.MALE, date_of_birth=dt.date(1990, 1, 1),
        nationality="CHN", site_id=net.site.id, province="Jiangsu", status=PersonStatus.DETAINED,
    )
    values.update(kw)
    p = Person(**values)
    session.add(p)
    session.flush()
    return p


def make_batch(session: Session, net: MiniNetwork, ref: str, **kw: Any) -> Batch:
    assert net.site.id is not None
    b = Batch(ref=ref, site_id=net.site.id, receiving_point_id=net.receiving.id, **kw)
    session.add(b)
    session.flush()
    return b
