"""A small planned and published scenario for manifest, handover and export tests.

SITE →road→ CPA =crossing X1=> CPB →road→ APT ✈ CITY; 3 batches of 12 people, daily flights.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.db.models import Flight
from planner.domain.enums import DocumentType, FlightStatus, PersonStatus, Screening, Sex
from planner.engine.service import run_plan
from planner.engine.settings import PlanSettings
from planner.engine.store import publish
from tests.factories import make_batch, make_network, make_person

D0 = dt.date(2025, 3, 3)
FAMILY = [("张", "ZHANG"), ("李", "LI"), ("王", "WANG"), ("阮", "NGUYỄN"), ("陈", "CHEN")]
GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("文雄", "Văn Hùng"), ("静", "Jing")]


def build_planned(engine: Engine, *, people_per_batch: int = 12, batches: int = 3) -> int:
    """Fill, plan and publish; returns the plan id. Special people: P0-0 medical (note
    'insulin'), P0-1 a minor on the travel date, P0-2 a screened victim, P1-0 pregnant woman
    with case reference '=1+1' (a formula in a spreadsheet)."""
    with transaction(engine) as s:
        net = make_network(s)
        assert net.airport.id and net.city.id
        net.crossing.agency_a = "Border Guard Force"
        net.crossing.agency_b = "Royal Thai Army"
        s.add(net.crossing)
        for n in range(8):
            dep = dt.datetime.combine(D0 + dt.timedelta(days=n), dt.time(14, 0))
            s.add(Flight(number=f"CZ{600 + n}", carrier="China Southern",
                         origin_id=net.airport.id, destination_id=net.city.id,
                         departure_local=dep, arrival_local=dep + dt.timedelta(hours=4),
                         seats=120, max_detainees=50, escorts_per_detainee=1.0,
                         status=FlightStatus.CONFIRMED, charter_cost=0, optional=False))
        k = 0
        for b in range(batches):
            batch = make_batch(s, net, f"B{b + 1}", min_chunk=people_per_batch)
            for i in range(people_per_batch):
                fam, given = FAMILY[k % len(FAMILY)], GIVEN[k % len(GIVEN)]
                extra: dict[str, object] = {}
                if (b, i) == (0, 0):
                    extra = {"medical": True, "medical_note": "insulin"}
                elif (b, i) == (0, 1):
                    extra = {"date_of_birth": D0 - dt.timedelta(days=17 * 365)}
                elif (b, i) == (0, 2):
                    extra = {"screening": Screening.VICTIM}
                elif (b, i) == (1, 0):
                    extra = {"pregnant": True, "sex": Sex.FEMALE, "case_ref": "=1+1"}
                values: dict[str, object] = dict(
                    batch_id=batch.id, status=PersonStatus.CLEARED,
                    family_name=fam[0], given_name=given[0],
                    latin_name=f"{fam[1]} {given[1]}", case_ref=f"C{b}-{i // 4}",
                    document_type=DocumentType.PASSPORT, document_number=f"E{70000 + k:07d}",
                    document_expiry=dt.date(2030, 1, 1), document_country="CHN",
                    identity_verified_on=D0, document_issued_on=D0,
                    exit_clearance_on=D0 + dt.timedelta(days=b), fit_to_travel_on=D0)
                values.update(extra)
                make_person(s, net, f"P{b}-{i}", **values)
                k += 1
    settings = PlanSettings(time_limit=5, workers=1, horizon_days=8)
    out = run_plan(engine, settings, actor="tester")
    assert out.result.scheduled_people == people_per_batch * batches
    publish(engine, out.plan_id, "tester")
    return out.plan_id
