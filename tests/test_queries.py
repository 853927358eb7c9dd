"""planner.queries on a small hand-built database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.engine import Engine

from planner.db.engine import transaction
from planner.domain.enums import DocumentType, PersonStatus, Priority, Screening, Sex, StrikeReason
from planner.queries import (
    PersonFlag,
    age_on,
    load_batches,
    load_people,
    load_snapshot,
    minor_cutoff,
    missing_step_names,
    people_search_keys,
)
from tests.factories import make_batch, make_network, make_person

ON = dt.date(2025, 6, 1)
D = dt.date(2025, 3, 1)
READY = dict(identity_verified_on=D, document_issued_on=D, exit_clearance_on=D,
             fit_to_travel_on=dt.date(2025, 3, 9))


def build_small_caseload(engine: Engine) -> None:
    """Five people (one struck, one a flagged minor), three batches (one empty)."""
    with transaction(engine) as s:
        net = make_network(s)
        b1 = make_batch(s, net, "B-001", legal_deadline=dt.date(2025, 7, 1),
                        priority=Priority.URGENT)
        b2 = make_batch(s, net, "B-002")
        make_batch(s, net, "B-003")  # empty
        make_person(s, net, "P-003", family_name="王", given_name="伟", latin_name="WANG Wei",
                    batch_id=b1.id, case_ref="C-9", document_type=DocumentType.PASSPORT,
                    document_number="E1234567", **READY)
        make_person(s, net, "P-001", sex=Sex.FEMALE, date_of_birth=dt.date(2008, 6, 2),
                    batch_id=b1.id, medical=True, screening=Screening.VICTIM, pregnant=True,
                    travel_separately=True, identity_verified_on=D)
        make_person(s, net, "P-002", batch_id=b2.id, status=PersonStatus.STRUCK,
                    strike_reason=StrikeReason.RELEASED, date_of_birth=None, **READY)
        make_person(s, net, "P-004", batch_id=b2.id, **READY)
        make_person(s, net, "P-005")


def test_people_columns(engine: Engine) -> None:
    build_small_caseload(engine)
    p = load_people(engine, ON)
    assert len(p) == 5
    assert p.ref == ("P-001", "P-002", "P-003", "P-004", "P-005")  # ordered by reference
    i = p.ref.index("P-003")
    assert (p.family_name[i], p.given_name[i], p.latin_name[i]) == ("王", "伟", "WANG Wei")
    assert (p.document_type[i], p.document_number[i]) == ("passport", "E1234567")
    assert p.batch_ref[i] == "B-001" and p.case_ref[i] == "C-9"
    assert p.site_code[i] == "SITE1" and p.site_name[i] == "Site1"
    assert p.sex[i] == "M" and p.status[i] == "detained"
    assert p.missing[i] == 0 and p.ready_on[i] == dt.date(2025, 3, 9) and p.flags[i] == 0

    j = p.ref.index("P-001")
    assert PersonFlag(p.flags[j]) == (PersonFlag.MINOR | PersonFlag.MEDICAL | PersonFlag.VICTIM
                                      | PersonFlag.PREGNANT | PersonFlag.SEPARATE)
    assert p.ready_on[j] is None
    assert missing_step_names(p.missing[j]) == [
        "travel document issued", "exit clearance", "fit to travel"]
    k = p.ref.index("P-002")
    assert p.status[k] == "struck" and p.strike_reason[k] == "released"
    assert p.batch_ref[p.ref.index("P-005")] is None


def test_search_keys_cover_names_documents_cases_and_batches(engine: Engine) -> None:
    build_small_caseload(engine)
    p = load_people(engine, ON)
    keys = people_search_keys(p)
    i = p.ref.index("P-003")
    for needle in ("p-003", "王伟", "wang wei", "e1234567", "c-9", "b-001"):
        assert needle in keys[i]
    assert "b-001" not in keys[p.ref.index("P-005")]


def test_batch_aggregates(engine: Engine) -> None:
    build_small_caseload(engine)
    b = load_batches(engine, ON)
    assert b.ref == ("B-001", "B-002", "B-003")
    assert b.people == (2, 1, 0)  # the struck member of B-002 does not count
    assert b.not_ready == (1, 0, 0)
    assert b.ready_on == (None, dt.date(2025, 3, 9), None)
    assert b.minors == (1, 0, 0) and b.victims == (1, 0, 0) and b.medical == (1, 0, 0)
    assert b.pregnant == (1, 0, 0) and b.separate == (1, 0, 0)
    assert b.priority[0] == "urgent" and b.legal_deadline[0] == dt.date(2025, 7, 1)
    assert b.receiving_code[0] == "RP1" and b.site_code[0] == "SITE1"


def test_empty_database(engine: Engine) -> None:
    snap = load_snapshot(engine, ON)
    assert len(snap.people) == 0 and len(snap.batches) == 0 and snap.sites == ()


def test_snapshot_lists_sites_with_people(engine: Engine) -> None:
    build_small_caseload(engine)
    snap = load_snapshot(engine, ON)
    assert [code for _, code, _ in snap.sites] == ["SITE1"]


def test_minor_rule_matches_birthdays() -> None:
    on = dt.date(2025, 6, 1)
    assert age_on(dt.date(2007, 6, 1), on) == 18
    assert age_on(dt.date(2007, 6, 2), on) == 17
    assert age_on(None, on) is None
    assert minor_cutoff(on) == dt.date(2007, 6, 1)
    assert minor_cutoff(dt.date(2028, 2, 29)) == dt.date(2010, 2, 28)
