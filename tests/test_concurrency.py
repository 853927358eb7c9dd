"""Two coordinators saving the same person or batch: optimistic locking with the version
column. 8 concurrent writers (threads, each with its own connection) on SQLite and, with
REPATPLAN_TEST_DB, on PostgreSQL: every update either commits or reports a conflict, and no
committed update is lost."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit import verify_chain
from planner.audit.query import list_entries
from planner.db.engine import transaction
from planner.db.locking import ConflictError, update_versioned
from planner.db.models import Batch, Person
from tests.factories import make_batch, make_network, make_person

WRITERS = 8
ROUNDS = 6


@pytest.fixture
def person_and_batch(engine: Engine) -> tuple[int, int]:
    with transaction(engine, actor="setup") as s:
        net = make_network(s)
        b = make_batch(s, net, "B1")
        p = make_person(s, net, "P1", batch_id=b.id)
        assert p.id is not None and b.id is not None
        return p.id, b.id


def _read(engine: Engine, model: type[Person] | type[Batch], ident: int) -> tuple[int, str]:
    with Session(engine) as s:
        obj = s.get(model, ident)
        assert obj is not None
        return obj.version, obj.notes


def _run(workers: list[Callable[[], None]]) -> None:
    errors: list[BaseException] = []

    def guard(fn: Callable[[], None]) -> None:
        try:
            fn()
        except BaseException as e:  # reported below, in the test's thread
            errors.append(e)

    threads = [threading.Thread(target=guard, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors[0]


@pytest.mark.parametrize("model", [Person, Batch])
def test_eight_writers_from_the_same_version_one_wins(
        engine: Engine, person_and_batch: tuple[int, int],
        model: type[Person] | type[Batch]) -> None:
    ident = person_and_batch[0] if model is Person else person_and_batch[1]
    seen, _ = _read(engine, model, ident)
    barrier = threading.Barrier(WRITERS)
    outcome: dict[int, str] = {}

    def writer(n: int) -> Callable[[], None]:
        def go() -> None:
            barrier.wait()
            try:
                with transaction(engine, actor=f"coordinator{n}") as s:
                    update_versioned(s, model, ident, seen, {"notes": f"by {n}"})
                outcome[n] = "saved"
            except ConflictError as e:
                theirs = e.theirs or {}
                outcome[n] = "conflict" if theirs.get("version") == seen + 1 and \
                    e.mine == {"notes": f"by {n}"} else f"bad conflict: {e.mine} {e.theirs}"
        return go

    _run([writer(n) for n in range(WRITERS)])
    winners = [n for n, o in outcome.items() if o == "saved"]
    assert len(outcome) == WRITERS and len(winners) == 1, outcome
    assert all(o in ("saved", "conflict") for o in outcome.values()), outcome
    version, notes = _read(engine, model, ident)
    assert (version, notes) == (seen + 1, f"by {winners[0]}")


def test_eight_writers_retrying_lose_no_update(engine: Engine,
                                               person_and_batch: tuple[int, int]) -> None:
    pid, bid = person_and_batch
    conflicts = [0] * WRITERS

    def writer(n: int) -> Callable[[], None]:
        def go() -> None:
            for r in range(ROUNDS):
                for model, ident in ((Person, pid), (Batch, bid)):
                    while True:
                        version, notes = _read(engine, model, ident)
                        try:
                            with transaction(engine, actor=f"coordinator{n}") as s:
                                update_versioned(s, model, ident, version,
                                                 {"notes": f"{notes}|{n}.{r}"})
                            break
                        except ConflictError:
                            conflicts[n] += 1
        return go

    _run([writer(n) for n in range(WRITERS)])
    expected = {f"{n}.{r}" for n in range(WRITERS) for r in range(ROUNDS)}
    for model, ident in ((Person, pid), (Batch, bid)):
        version, notes = _read(engine, model, ident)
        tokens = notes.split("|")[1:]
        assert sorted(tokens) == sorted(expected), "an update was lost or applied twice"
        assert version == 1 + WRITERS * ROUNDS
    rep = verify_chain(engine)
    assert rep.ok, rep.problems
    updates = [e for e in list_entries(engine, person="P1", limit=None) if e.action == "update"]
    assert len(updates) == WRITERS * ROUNDS


def test_a_conflict_shows_both_versions(engine: Engine, person_and_batch: tuple[int, int]) -> None:
    pid, _ = person_and_batch
    with transaction(engine, actor="alice") as s:
        update_versioned(s, Person, pid, 1, {"notes": "alice's note", "medical": True})
    with pytest.raises(ConflictError) as info, transaction(engine, actor="bob") as s:
        update_versioned(s, Person, pid, 1, {"notes": "bob's note", "medical": True})
    e = info.value
    assert e.mine == {"notes": "bob's note", "medical": True}
    assert e.theirs == {"notes": "alice's note", "medical": True, "version": 2}
    assert "person P1 was changed by someone else" in str(e) and "notes" in str(e)
    assert "medical" not in str(e).split("differ:")[1]
    with Session(engine) as s:
        p = s.exec(select(Person).where(Person.id == pid)).one()
        assert (p.notes, p.version) == ("alice's note", 2)
    with pytest.raises(ConflictError, match="deleted"), transaction(engine, actor="bob") as s:
        update_versioned(s, Person, 999_999, 1, {"notes": "x"})
