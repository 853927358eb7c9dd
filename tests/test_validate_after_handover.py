"""A published plan still validates after its handovers were recorded: the people on those
manifests have moved on (in transit, handed over, struck, on medical hold)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine

from planner.domain.enums import StrikeReason
from planner.engine.service import validate_stored
from planner.manifests.handover import Officers, StrikeCode, Struck, record_handover
from planner.manifests.store import sync_plan
from tests.manifest_factories import D0, build_planned

OFF = Officers("Saw Min", "BGF-1", "Somchai", "RTA-2", "Li Wei", "MPS-3")
AT = dt.datetime.combine(D0, dt.time(9, 10))


def test_recorded_handovers_are_no_violations(engine: Engine) -> None:
    pid = build_planned(engine)
    assert validate_stored(engine, pid) == []
    crossing, flight = sync_plan(engine, pid, "tester", day=D0)
    struck = [Struck("P0-0", StrikeCode.MEDICAL_HOLD, "fever"),
              Struck("P0-2", StrikeCode.OTHER, "court order", StrikeReason.RELEASED)]
    record_handover(engine, crossing.number, occurred_at=AT, officers=OFF, struck=struck,
                    actor="tester")
    record_handover(engine, flight.number, occurred_at=AT + dt.timedelta(hours=5),
                    officers=OFF, struck=[Struck(r, StrikeCode.NOT_PRESENT)
                                          for r in ("P0-0", "P0-2")], actor="tester")
    assert [v.message for v in validate_stored(engine, pid)] == []
