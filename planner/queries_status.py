"""The `status` summary: counts a coordinator looks at first (no personal data)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import col

from planner.db.migrate import current_revision
from planner.db.models import Batch, BorderCrossing, Flight, Location, Person, ReceivingPoint
from planner.domain.enums import PersonStatus


def status_summary(engine: Engine) -> dict[str, Any]:
    with engine.connect() as c:
        by_status: dict[str, int] = {
            str(k): int(v)
            for k, v in c.execute(
                select(col(Person.status), func.count()).group_by(col(Person.status))
            ).all()
        }
        by_site: dict[str, int] = {
            str(k): int(v)
            for k, v in c.execute(
                select(col(Location.code), func.count())
                .join(Person, col(Person.site_id) == col(Location.id))
                .group_by(col(Location.code))
                .order_by(col(Location.code))
            ).all()
        }

        def count(model: Any) -> int:
            return int(c.execute(select(func.count()).select_from(model)).scalar_one())

        return {
            "database": engine.url.render_as_string(hide_password=True),
            "schema": current_revision(engine),
            "people": {
                "total": sum(by_status.values()),
                "by_status": {s.value: by_status.get(s.value, 0) for s in PersonStatus},
                "by_site": by_site,
            },
            "batches": count(Batch),
            "network": {
                "locations": count(Location),
                "crossings": count(BorderCrossing),
                "flights": count(Flight),
                "receiving_points": count(ReceivingPoint),
            },
        }
