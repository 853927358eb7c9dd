"""Reading the audit trail for the Audit screen: filters per person (reference or name),
batch, plan, manifest, operator, action and date; entry numbers newest first; pages by number;
field-by-field changes; the CSV export, formula-neutralised and itself recorded."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from planner.audit import record, verify_chain
from planner.audit.chain import ENTRY
from planner.audit.export import ExportCancelled, export_csv
from planner.audit.present import changes, split_actor, summary
from planner.audit.query import (
    AuditFilter,
    fetch_hashes,
    fetch_rows,
    filter_options,
    list_entries,
    matching_seqs,
)
from planner.db.engine import transaction
from planner.db.models import Batch, Person
from planner.db.plan_models import Plan
from planner.services.edits import move_people, update_person
from tests.test_queries import ON, build_small_caseload

P = Person.__table__  # type: ignore[attr-defined]
B = Batch.__table__  # type: ignore[attr-defined]
ALICE = "Alice Chan (A7, Ministry of Public Security)"
BOB = "Bob Lee (B2, Border Police)"


def ids(engine: Engine, table: str) -> dict[str, int]:
    t = {"person": P, "batch": B}[table]
    with engine.connect() as c:
        return {r: i for r, i in c.execute(select(t.c.ref, t.c.id))}


def build_audited(engine: Engine) -> None:
    """The small caseload, then edits by two operators, a plan, a manifest print and an
    export (the audit screen's test data and its screenshot)."""
    build_small_caseload(engine)
    people, batches = ids(engine, "person"), ids(engine, "batch")
    update_person(engine, people["P-003"], 1, {"notes": "moved to cell 4",
                                               "case_ref": "C-10"},
                  actor=ALICE, today=ON)
    move_people(engine, {people["P-005"]: 1}, batches["B-002"], actor=BOB)
    update_person(engine, people["P-004"], 1, {"notes": "=HYPERLINK(\"http://x\")"},
                  actor=BOB, today=ON)
    with transaction(engine, ALICE) as s:
        plan = Plan(name="March crossings", start_day=dt.date(2025, 3, 10),
                    end_day=dt.date(2025, 3, 20), created_by=ALICE)
        s.add(plan)
        s.flush()
        plan_id = plan.id
    with transaction(engine, ALICE) as s:
        record(s, actor=ALICE, action="print", entity="manifest", entity_id="1",
               ref="XB-2025-03-12-MOHAN", after={"revision": 1, "pages": 2, "head_count": 3})
        record(s, actor=BOB, action="export", entity="export", entity_id="1", ref="MPS",
               after={"format": "csv", "plan": plan_id, "rows": 3, "file": "mps.csv"})


@pytest.fixture
def audited(engine: Engine) -> Engine:
    build_audited(engine)
    return engine


def refs_of(engine: Engine, f: AuditFilter) -> list[tuple[str, str | None]]:
    return [(r.entity, r.ref) for r in fetch_rows(engine, matching_seqs(engine, f))]


def test_numbers_come_newest_first_and_pages_keep_their_order(audited: Engine) -> None:
    seqs = matching_seqs(audited, AuditFilter())
    assert list(seqs) == sorted(seqs, reverse=True) and len(seqs) == verify_chain(audited).entries
    page = fetch_rows(audited, [seqs[3], seqs[0], 10**9])
    assert [r.seq for r in page] == [seqs[3], seqs[0]]  # a missing number is left out
    prev, own = fetch_hashes(audited, [seqs[0]])[seqs[0]]
    assert len(own) == 64 and prev == fetch_hashes(audited, [seqs[1]])[seqs[1]][1]


def test_person_by_reference_or_part_of_a_name(audited: Engine) -> None:
    by_ref = refs_of(audited, AuditFilter(person="P-003"))
    assert by_ref and set(by_ref) == {("person", "P-003")}
    assert refs_of(audited, AuditFilter(person="wang")) == by_ref  # latin name, any case
    assert refs_of(audited, AuditFilter(person="王伟")) == by_ref  # family + given name
    assert refs_of(audited, AuditFilter(person="p-003")) == by_ref
    assert refs_of(audited, AuditFilter(person="nobody")) == []
    assert refs_of(audited, AuditFilter(person="%")) == []  # wildcards are plain text


def test_batch_shows_the_batch_and_people_moved_in_or_out(audited: Engine) -> None:
    got = refs_of(audited, AuditFilter(batch="b-002"))
    assert ("person", "P-005") in got  # moved into B-002 by Bob
    assert ("person", "P-003") not in got
    moved = fetch_rows(audited, matching_seqs(audited, AuditFilter(batch="B-002",
                                                                   actor="bob")))
    assert [(r.action, r.ref) for r in moved] == [("assign to batch", "P-005")]


def test_plan_manifest_operator_action_and_dates(audited: Engine) -> None:
    plan = refs_of(audited, AuditFilter(plan="march"))
    assert ("plan", None) in plan and ("export", "MPS") in plan
    with audited.connect() as c:
        pid = c.execute(select(Plan.id)).scalar_one()  # type: ignore[call-overload]
    assert refs_of(audited, AuditFilter(plan=str(pid))) == plan
    assert refs_of(audited, AuditFilter(plan="no such plan")) == []
    assert refs_of(audited, AuditFilter(manifest="mohan")) == [
        ("manifest", "XB-2025-03-12-MOHAN")]
    bob = fetch_rows(audited, matching_seqs(audited, AuditFilter(actor="border police")))
    assert bob and all(r.actor == BOB for r in bob)
    assert {r.action for r in fetch_rows(audited, matching_seqs(
        audited, AuditFilter(action="update person")))} == {"update person"}
    n = len(matching_seqs(audited, AuditFilter()))
    # move one entry to last year: the date range leaves it out
    first = matching_seqs(audited, AuditFilter())[-1]
    with audited.begin() as c:
        c.execute(update(ENTRY).where(ENTRY.c.seq == first).values(at=dt.datetime(2024, 5, 1)))
    today = dt.datetime.now(dt.UTC).date()
    assert len(matching_seqs(audited, AuditFilter(since=today - dt.timedelta(days=1)))) == n - 1
    assert list(matching_seqs(audited, AuditFilter(until=dt.date(2024, 5, 1)))) == [first]


def test_options_list_operators_actions_plans_and_batches(audited: Engine) -> None:
    opts = filter_options(audited)
    assert ALICE in opts.actors and BOB in opts.actors
    assert {"update person", "assign to batch", "print", "export"} <= set(opts.actions)
    assert [label for _i, label in opts.plans] == ["March crossings (draft)"]
    assert sorted(opts.batches.values()) == ["B-001", "B-002", "B-003"]


def test_changes_field_by_field_and_a_one_line_summary(audited: Engine) -> None:
    row = list_entries(audited, person="P-003")[0]
    assert {(c.field, c.before, c.after, c.changed) for c in changes(row)} == {
        ("notes", "", "moved to cell 4", True), ("case_ref", "C-9", "C-10", True)}
    assert summary(row) == "case_ref: C-9 → C-10; notes: — → moved to cell 4"
    printed = list_entries(audited, entity="manifest")[0]
    assert summary(printed) == "head_count=3; pages=2; revision=1"


def test_actor_splits_into_operator_and_agency() -> None:
    assert split_actor(ALICE) == ("Alice Chan", "Ministry of Public Security")
    assert split_actor("Dana (Red Cross)") == ("Dana", "Red Cross")
    assert split_actor("Dana (T1)") == ("Dana", "")
    assert split_actor("os:dana") == ("os:dana", "")


def test_export_writes_the_filtered_trail_neutralised_and_records_itself(
        audited: Engine, tmp_path: Path) -> None:
    with transaction(audited, "=SUM(1+1)") as s:  # text a spreadsheet would run
        record(s, actor="=SUM(1+1)", action="print", entity="manifest", ref="@XB-1")
    out = tmp_path / "trail.csv"
    f = AuditFilter(action="print")
    rows, seq = export_csv(audited, f, out, actor=ALICE)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:4] == ["entry", "when_utc", "operator", "action"]
    assert rows == 2 and len(table) == 3 and {line[3] for line in table[1:]} == {"print"}
    assert table[1][2] == "'=SUM(1+1)" and table[1][6] == "'@XB-1"  # newest first
    assert table[2][6] == "XB-2025-03-12-MOHAN" and table[2][2] == ALICE
    entry = list_entries(audited, entity="audit")[0]
    assert entry.seq == seq and entry.actor == ALICE and entry.action == "export"
    assert entry.after["rows"] == rows and entry.after["filter"] == {"action": "print"}
    assert entry.after["file"] == "trail.csv" and len(entry.after["sha256"]) == 64
    assert verify_chain(audited).ok


def test_a_cancelled_export_writes_no_file_and_no_entry(audited: Engine,
                                                        tmp_path: Path) -> None:
    before = len(matching_seqs(audited, AuditFilter()))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        export_csv(audited, AuditFilter(), folder / "x.csv", actor=ALICE,
                   should_stop=lambda: True)
    assert list(folder.iterdir()) == []
    assert len(matching_seqs(audited, AuditFilter())) == before


def fail_at_commit(engine: Engine, table: str) -> None:
    """Make every later transaction that inserts into `table` fail at its COMMIT, for real:
    a deferred constraint that the insert breaks (SQLite: a deferred foreign key filled by a
    trigger; PostgreSQL: a deferred constraint trigger that raises)."""
    with engine.begin() as c:
        if engine.dialect.name == "sqlite":
            c.exec_driver_sql("CREATE TABLE commit_trap (head INTEGER REFERENCES "
                              "audit_head(id) DEFERRABLE INITIALLY DEFERRED)")
            c.exec_driver_sql(f"CREATE TRIGGER commit_trap_{table} AFTER INSERT ON {table} "
                              "BEGIN INSERT INTO commit_trap VALUES (-1); END")
        else:
            c.exec_driver_sql("CREATE FUNCTION commit_trap() RETURNS trigger LANGUAGE plpgsql "
                              "AS $$ BEGIN RAISE EXCEPTION 'commit refused'; END $$")
            c.exec_driver_sql(f"CREATE CONSTRAINT TRIGGER commit_trap AFTER INSERT ON {table} "
                              "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                              "EXECUTE FUNCTION commit_trap()")


def test_a_failed_commit_leaves_no_file(audited: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    before = list_entries(audited, limit=None)
    fail_at_commit(audited, "audit_entry")
    with pytest.raises(DBAPIError):
        export_csv(audited, AuditFilter(), folder / "trail.csv", actor=ALICE)
    assert list(folder.iterdir()) == []  # no file the trail does not know of
    assert list_entries(audited, limit=None) == before and verify_chain(audited).ok


def test_a_failed_move_is_recorded_after_the_export(audited: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    (folder / "trail.csv" / "taken").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises((IsADirectoryError, PermissionError)) as caught:  # Linux, Windows
        export_csv(audited, AuditFilter(action="print"), folder / "trail.csv", actor=ALICE)
    assert caught.value.filename == str(folder / "trail.csv")
    assert sorted(p.name for p in folder.iterdir()) == ["trail.csv"]  # the folder, no .part
    failed, export = list_entries(audited, entity="audit", limit=2)
    assert export.action == "export" and export.after["file"] == "trail.csv"
    assert failed.action == "export failed" and failed.entity_id == str(export.seq)
    assert failed.after["sha256"] == export.after["sha256"] and failed.after["reason"]
    assert verify_chain(audited).ok


def test_export_withholds_medical_values_but_shows_they_changed(audited: Engine,
                                                               tmp_path: Path) -> None:
    with audited.connect() as c:
        pid, version = c.execute(select(P.c.id, P.c.version).where(P.c.ref == "P-005")).one()
    update_person(audited, pid, version, {"medical": True, "medical_note": "insulin daily",
                                          "notes": "seen by the doctor"}, actor=ALICE, today=ON)
    out = tmp_path / "trail.csv"
    export_csv(audited, AuditFilter(person="P-005"), out, actor=ALICE)
    raw = out.read_text(encoding="utf-8-sig")
    assert "insulin" not in raw
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    edit = table[0]  # newest first
    assert edit["action"] == "update person" and edit["reference"] == "P-005"
    assert edit["changes"] == ("medical: (withheld) → (withheld); medical_note: (withheld) → "
                               "(withheld); notes: — → seen by the doctor")  # what changed
    assert json.loads(edit["before"]) == {"medical": "(withheld)",
                                          "medical_note": "(withheld)", "notes": ""}
    assert json.loads(edit["after"]) == {"medical": "(withheld)",
                                         "medical_note": "(withheld)",
                                         "notes": "seen by the doctor"}
    insert = table[-1]  # the person's creation: every field, medical ones withheld
    assert insert["action"] == "insert" and "medical=(withheld)" in insert["changes"]
    assert json.loads(insert["after"])["medical"] == "(withheld)"
    assert json.loads(insert["after"])["ref"] == "P-005"
    # the screen (inside the encrypted database) still shows the values
    rows = list_entries(audited, person="P-005")
    assert rows[0].after["medical_note"] == "insulin daily"
    assert "medical_note: — → insulin daily" in summary(rows[0])
    assert list_entries(audited, entity="audit")[0].after["withheld"] == [
        "medical", "medical_note"]


def test_the_unfiltered_numbers_keep_a_deleted_entry(audited: Engine) -> None:
    n = len(matching_seqs(audited, AuditFilter()))
    with audited.begin() as c:
        c.execute(ENTRY.delete().where(ENTRY.c.seq == 3))
    seqs = matching_seqs(audited, AuditFilter())
    assert list(seqs) == list(range(n, 0, -1))  # the gap shows where it is
    assert [r.seq for r in fetch_rows(audited, seqs[-4:])] == [4, 2, 1]
