"""Audit trail: ORM changes and bulk imports are recorded (who, when, before → after), the
hash chain verifies, and any edited, inserted or deleted entry is found and located."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from planner.audit import record, verify_chain
from planner.audit.query import list_entries
from planner.cli.main import main
from planner.db.engine import transaction
from planner.db.models import Person
from planner.domain.enums import PersonStatus
from planner.services.people import change_status
from tests.test_import_persons import good_row, run, setup_db


def db_arg(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def imported(engine: Engine, tmp_path: Path) -> Engine:
    setup_db(engine)
    rep = run(engine, tmp_path, [good_row("P1"), good_row("P2", batch_ref="B2"),
                                 good_row("P3", ready_date="2025-01-10")])
    assert rep.written
    return engine


def test_import_records_one_entry_per_person_with_its_values(imported: Engine) -> None:
    rows = list_entries(imported, person="P2")
    assert [(r.action, r.actor) for r in rows] == [("insert", "tester")]
    after = rows[0].after
    assert after["latin_name"] == "WANG Wei P2" and after["family_name"] == "王"
    assert after["date_of_birth"] == "1990-01-02" and isinstance(after["id"], int)
    entities = {r.entity for r in list_entries(imported, limit=None)}
    assert {"location", "person", "batch", "import_run"} <= entities
    assert verify_chain(imported).ok


def test_an_edit_records_who_when_and_before_after(imported: Engine) -> None:
    with transaction(imported, actor="alice") as s:
        p = s.exec(select(Person).where(Person.ref == "P1")).one()
        p.notes = "moved to cell 4"
        p.version += 1
        change_status(s, p, PersonStatus.VERIFIED, actor="alice")
    latest = list_entries(imported, person="P1")[0]
    assert latest.actor == "alice" and latest.action == "update"
    assert latest.before["notes"] == "" and latest.after["notes"] == "moved to cell 4"
    assert latest.before["status"] == "detained" and latest.after["status"] == "verified"
    assert latest.before["version"] + 2 == latest.after["version"]
    assert verify_chain(imported).ok


def test_a_rolled_back_operation_leaves_no_entry(imported: Engine) -> None:
    before = verify_chain(imported).entries
    with pytest.raises(RuntimeError), transaction(imported, actor="bob") as s:
        p = s.exec(select(Person).where(Person.ref == "P1")).one()
        p.notes = "never saved"
        s.flush()
        raise RuntimeError("user cancelled")
    rep = verify_chain(imported)
    assert rep.entries == before and rep.ok


def test_exports_and_prints_are_recorded_by_record(imported: Engine) -> None:
    with transaction(imported, actor="carol") as s:
        n = record(s, actor="carol", action="print", entity="manifest", entity_id="7",
                   ref="B1", before=None, after={"people": 2, "pdf_sha256": "ab" * 32})
    rows = list_entries(imported, entity="manifest")
    assert rows[0].seq == n and rows[0].action == "print" and rows[0].ref == "B1"
    assert list_entries(imported, batch="B1")  # the batch's own and its people's entries
    assert verify_chain(imported).ok


def test_a_session_without_actor_is_attributed_to_the_os_login(imported: Engine) -> None:
    with transaction(imported) as s:
        s.exec(select(Person).where(Person.ref == "P3")).one().notes = "x"
    assert list_entries(imported, person="P3")[0].actor.startswith(("os:", ""))


def _tamper(engine: Engine, sql: str, **params: object) -> None:
    with engine.begin() as c:
        c.execute(text(sql), params)


def test_an_edited_entry_is_found(imported: Engine) -> None:
    _tamper(imported, "UPDATE audit_entry SET after_json = replace(after_json, 'WANG', 'WONG') "
                      "WHERE seq = (SELECT seq FROM audit_entry WHERE ref = 'P2')")
    seq = list_entries(imported, person="P2")[0].seq
    rep = verify_chain(imported)
    assert not rep.ok
    assert any(p.startswith(f"entry {seq}: content does not match") for p in rep.problems)


def test_a_rewritten_entry_with_a_fresh_hash_breaks_the_next_link(imported: Engine) -> None:
    from sqlalchemy import select as core_select

    from planner.audit.chain import ENTRY, entry_hash

    seq = list_entries(imported, person="P2")[0].seq
    with imported.begin() as c:
        r = c.execute(core_select(ENTRY).where(ENTRY.c.seq == seq)).mappings().one()
        forged = str(r["after_json"]).replace("WANG", "WONG")
        h = entry_hash(seq, r["at"], r["actor"], r["action"], r["entity"], r["entity_id"],
                       r["ref"], r["before_json"], forged, r["prev_hash"])
        c.execute(text("UPDATE audit_entry SET after_json = :a, hash = :h WHERE seq = :s"),
                  {"a": forged, "h": h, "s": seq})
    rep = verify_chain(imported)
    assert any(p.startswith(f"entry {seq + 1}: its previous-hash") for p in rep.problems)


def test_deleted_entries_are_found_in_the_middle_and_at_the_end(imported: Engine) -> None:
    head = verify_chain(imported).head_seq
    _tamper(imported, "DELETE FROM audit_entry WHERE seq IN (3, 4)")
    rep = verify_chain(imported)
    assert "entry 3–4: missing (deleted); the numbering jumps to 5" in rep.problems
    _tamper(imported, f"DELETE FROM audit_entry WHERE seq >= {head - 1}")
    rep = verify_chain(imported)
    assert any(p.startswith(f"entries {head - 1}–{head}: missing at the end")
               for p in rep.problems)


def test_an_inserted_entry_is_found(imported: Engine) -> None:
    head = verify_chain(imported).head_seq
    _tamper(imported, "INSERT INTO audit_entry (seq, at, actor, action, entity, prev_hash, hash)"
                      " SELECT seq + 1, at, 'mallory', 'update', 'person', hash, hash "
                      f"FROM audit_entry WHERE seq = {head}")
    rep = verify_chain(imported)
    assert any(p.startswith(f"entries {head + 1}–{head + 1}: after the chain head")
               for p in rep.problems)


def test_cli_verify_and_list(imported: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_arg(imported)
    assert main(["audit", "verify", "--db", db]) == 0
    assert "audit chain intact" in capsys.readouterr().out
    assert main(["audit", "list", "--person", "P1", "--json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and rows[0]["ref"] == "P1" and rows[0]["actor"] == "tester"
    assert main(["audit", "list", "--batch", "B2", "--db", db]) == 0
    assert "P2" in capsys.readouterr().out
    seq = rows[0]["seq"]
    _tamper(imported, f"UPDATE audit_entry SET actor = 'mallory' WHERE seq = {seq}")
    assert main(["audit", "verify", "--db", db]) == 3
    out = capsys.readouterr().out
    assert "BROKEN" in out and f"entry {seq}: content does not match" in out


def test_no_personal_data_reaches_the_log(engine: Engine, tmp_path: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    setup_db(engine)
    with caplog.at_level(logging.DEBUG):
        run(engine, tmp_path, [good_row("P9", latin_name="SECRETNAME Xi", family_name="秘")])
        with transaction(engine, actor="dave") as s:
            s.exec(select(Person).where(Person.ref == "P9")).one().notes = "SECRETNOTE"
    text_logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "SECRETNAME" not in text_logged and "秘" not in text_logged
    assert "SECRETNOTE" not in text_logged


def test_a_rolled_back_savepoint_drops_only_its_own_entries(engine: Engine) -> None:
    from planner.db.models import Location
    from planner.domain.enums import LocationKind

    def site(code: str) -> Location:
        return Location(code=code, name_en=code, country="THA", kind=LocationKind.HOLDING_SITE)

    with transaction(engine, actor="erin") as s:
        s.add(site("KEPT1"))
        s.flush()
        with pytest.raises(ValueError, match="undo this part"), s.begin_nested():
            s.add(site("UNDONE"))
            s.flush()
            raise ValueError("undo this part")
        with s.begin_nested():
            s.add(site("KEPT2"))
    refs = [r.ref for r in list_entries(engine, entity="location")]
    assert refs == ["KEPT2", "KEPT1"]
    assert verify_chain(engine).ok
