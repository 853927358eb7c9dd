"""A process for tests/test_crash_kill.py to SIGKILL: it repeats one kind of operation on a
database until it is killed. Run as ``python -m tests.crash_worker DB KIND``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlmodel import select

from planner.db.engine import open_database, transaction
from planner.db.models import Batch, Person
from planner.domain.enums import PersonStatus
from planner.importing.persons import import_persons
from planner.services.people import change_status
from tests.test_import_persons import TODAY, good_row, write_csv

IMPORT_ROWS = 120
STATUS_BATCHES = 8


def import_loop(engine, folder: Path) -> None:  # type: ignore[no-untyped-def]
    n = 0
    while True:
        n += 1
        tag = f"I{os.getpid()}x{n}"
        rows = [good_row(f"{tag}-{i:03d}", batch_ref=f"B{tag}",
                         ready_date="2025-01-10" if i % 2 else "") for i in range(IMPORT_ROWS)]
        path = write_csv(folder / f"{tag}.csv", rows)
        import_persons(engine, path, actor="crash", today=TODAY)


def status_loop(engine) -> None:  # type: ignore[no-untyped-def]
    n = 0
    while True:
        n += 1
        with transaction(engine, actor="crash") as s:
            batch = s.exec(select(Batch).where(Batch.ref == f"S{n % STATUS_BATCHES}")).one()
            for p in s.exec(select(Person).where(Person.batch_id == batch.id)):
                nxt = (PersonStatus.VERIFIED if p.status == PersonStatus.DETAINED
                       else PersonStatus.DETAINED)
                change_status(s, p, nxt, actor="crash")
                p.notes = f"op {os.getpid()}-{n}"
                s.flush()


def plan_loop(engine) -> None:  # type: ignore[no-untyped-def]
    from planner.engine.store import load_plan, save_plan

    result = load_plan(engine, 1).result
    print("ready", flush=True)
    while True:
        save_plan(engine, result, actor="crash")


def main() -> None:
    db, kind = sys.argv[1], sys.argv[2]
    engine = open_database(db, allow_plain=True, daily_backup=False)
    if kind == "plan":
        plan_loop(engine)  # says "ready" once the plan to save is loaded
    print("ready", flush=True)
    if kind == "import":
        import_loop(engine, Path(db).parent)
    else:
        status_loop(engine)


if __name__ == "__main__":
    main()
