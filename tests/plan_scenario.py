"""A small plannable database for the Network and Plan screen tests: the mini network of
tests/factories.py, a week of flights from the airport to the city, three batches of cleared
people (one person not ready, so one batch has an unscheduled reason)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.db.models import Flight
from planner.domain.enums import FlightStatus, PersonStatus
from tests.factories import make_batch, make_network, make_person

D0 = dt.date(2025, 3, 3)  # a Monday


def fill_plannable(engine: Engine, batches: int = 3, people: int = 12) -> None:
    with transaction(engine) as s:
        net = make_network(s)
        assert net.airport.id and net.city.id
        for loc, (lat, lon) in ((net.site, (16.60, 98.53)), (net.checkpoint_a, (16.73, 98.54)),
                                (net.checkpoint_b, (16.74, 98.55)), (net.airport, (16.70, 98.55)),
                                (net.city, (32.06, 118.80))):
            loc.latitude, loc.longitude = lat, lon
            s.add(loc)
        for n in range(7):
            dep = dt.datetime.combine(D0 + dt.timedelta(days=n), dt.time(14, 0))
            s.add(Flight(number=f"CZ{n:03d}", origin_id=net.airport.id,
                         destination_id=net.city.id, departure_local=dep,
                         arrival_local=dep + dt.timedelta(hours=4), seats=120, max_detainees=30,
                         escorts_per_detainee=1.0, status=FlightStatus.PROPOSED,
                         charter_cost=40_000, optional=True))
        batch = None
        for b in range(batches):
            batch = make_batch(s, net, f"B{b + 1}", min_chunk=4)
            for k in range(people):
                make_person(s, net, f"P{b}-{k}", batch_id=batch.id, status=PersonStatus.CLEARED,
                            identity_verified_on=D0, document_issued_on=D0,
                            exit_clearance_on=D0 + dt.timedelta(days=b), fit_to_travel_on=D0)
        assert batch is not None
        make_person(s, net, "NOT-READY", batch_id=batch.id, status=PersonStatus.CLEARED)
