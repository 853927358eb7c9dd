"""Escorts of a handover: set, validated, audited, carried into new revisions, kept on a recorded
handover, printed on the manifest (with the warning when the plan requires more), and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit import verify_chain
from planner.audit.models import AuditEntry
from planner.cli.main import main
from planner.db.engine import transaction
from planner.db.models import Person
from planner.manifests.escorts import get_escorts, parse_escort, set_escorts
from planner.manifests.handover import Officers, record_handover
from planner.manifests.store import ManifestError, print_manifests, sync_plan
from planner.reporting import Escort
from planner.services.locking import ConflictError
from tests.manifest_factories import D0, build_planned

CROSSING, FLIGHT = "M-X1-20250303-01", "M-CZ600-20250303-01"
TEAM = (Escort("刘强 LIU Qiang", "PSB-0421", "Team lead", "Yunnan PSB"),
        Escort("Somchai Jaidee", "RTP-88812", "", "Royal Thai Police"))


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_set_print_carry_and_freeze(engine: Engine, tmp_path: Path) -> None:
    pid = build_planned(engine)
    crossing, flight = sync_plan(engine, pid, "tester", day=D0)
    assert get_escorts(engine, FLIGHT).escorts == ()
    got = set_escorts(engine, FLIGHT, TEAM, "coordinator")
    assert got.escorts == TEAM and got.revision == 1
    assert got.required == 12 and got.missing == 10  # one escort per detainee on CZ600
    assert got.warning == f"{FLIGHT} r1: 2 escorts listed, the plan requires 12"
    assert set_escorts(engine, CROSSING, TEAM[:1], "coordinator").warning == ""  # no rule
    with Session(engine) as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "escorts",
                                                AuditEntry.ref == FLIGHT)).one()
        assert entry.actor == "coordinator"
        after = json.loads(entry.after_json or "{}")
        assert [e["id_number"] for e in after["escorts"]] == ["PSB-0421", "RTP-88812"]
        assert json.loads(entry.before_json or "{}")["escorts"] == []

    done = print_manifests(engine, [flight, crossing], lambda m: tmp_path / f"{m.number}.pdf",
                           "tester")
    text = _text(done[0].path)
    for value in ("刘强 LIU Qiang", "PSB-0421", "Yunnan PSB", "Team lead", "Somchai Jaidee",
                  "Royal Thai Police", "2 escorts listed, 12 required",
                  "已列押解人员 2 人 计划要求 12 人"):
        assert value in text, value
    assert "required by the plan" not in _text(done[1].path)

    # a changed document number makes r2 of the flight: the escorts come along
    with transaction(engine) as s:
        p = s.exec(select(Person).where(Person.ref == "P0-3")).one()
        p.document_number = "E9999999"
        s.add(p)
    again = sync_plan(engine, pid, "tester", number=FLIGHT)[0]
    assert again.revision == 2
    assert get_escorts(engine, FLIGHT).escorts == TEAM
    assert get_escorts(engine, FLIGHT, revision=1).escorts == TEAM

    # the recorded handover keeps its escorts: no change after that
    record_handover(engine, FLIGHT, occurred_at=dt.datetime.combine(D0, dt.time(15)),
                    officers=Officers("A", "1", "B", "2"), actor="tester")
    with pytest.raises(ManifestError, match="part of the record"):
        set_escorts(engine, FLIGHT, (), "coordinator")
    assert get_escorts(engine, FLIGHT).frozen
    assert verify_chain(engine).ok


def test_bad_escorts_are_refused_naming_the_problem(engine: Engine) -> None:
    pid = build_planned(engine, batches=1)
    sync_plan(engine, pid, "tester", day=D0)
    for bad, message in (
            ([Escort("A", "")], "escort 1: a name and an ID number are needed"),
            ([Escort("A", "X1"), Escort("B", "x1")], "escort 2: ID number x1 is listed twice"),
            ([Escort("A" * 201, "X1")], "escort 1: the name is longer than 200")):
        with pytest.raises(ManifestError, match=message):
            set_escorts(engine, FLIGHT, bad, "t")
    with pytest.raises(ManifestError, match="there is no manifest M-NONE"):
        set_escorts(engine, "M-NONE", TEAM, "t")
    with pytest.raises(ManifestError, match="expected NAME;ID;AGENCY"):
        parse_escort("Only Name;ID-1")
    assert parse_escort(" Li Wei ; MPS-7 ; MPS ; medic ") == Escort("Li Wei", "MPS-7", "medic",
                                                                    "MPS")
    # names are tidied (spaces) and nothing was stored by the refused calls
    tidy = set_escorts(engine, FLIGHT, [Escort("  Li   Wei ", " MPS-7 ")], "t")
    assert tidy.escorts == (Escort("Li Wei", "MPS-7"),)


def test_cli_escorts(engine: Engine, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    build_planned(engine, batches=1)
    db = ["--db", engine.url.render_as_string(hide_password=False)]
    # the manifest is made from the published plan when it is not stored yet
    assert main([*db, "manifest", "escorts", FLIGHT, "--add", "Li Wei;MPS-7;Yunnan PSB;medic",
                 "--add", "Saw Min;BGF-12;Border Guard Force"]) == 0
    out = capsys.readouterr().out
    assert "Li Wei  ·  MPS-7  ·  Yunnan PSB  ·  medic" in out
    assert f"warning: {FLIGHT} r1: 2 escorts listed, the plan requires 12" in out
    assert main([*db, "manifest", "escorts", FLIGHT, "--add", "Zhang San;MPS-9;MPS"]) == 0
    capsys.readouterr()
    assert main([*db, "manifest", "escorts", FLIGHT, "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["id_number"] for e in listed["escorts"]] == ["MPS-7", "BGF-12", "MPS-9"]
    assert listed["required"] == 12 and "3 escorts listed" in listed["warning"]
    assert main([*db, "manifest", "escorts", FLIGHT, "--add", "bad"]) == 2
    assert "expected NAME;ID;AGENCY" in capsys.readouterr().err
    pdf = tmp_path / "f.pdf"
    assert main([*db, "manifest", "--handover", FLIGHT, "-o", str(pdf)]) == 0
    assert "warning: " in capsys.readouterr().out
    assert "Zhang San" in _text(pdf)
    assert main([*db, "manifest", "escorts", FLIGHT, "--clear"]) == 0
    assert f"{FLIGHT} r1: 0 escorts" in capsys.readouterr().out
    assert get_escorts(engine, FLIGHT).escorts == ()


def test_a_colleagues_change_is_not_overwritten(engine: Engine) -> None:
    """set_escorts names the escorts the form showed; a change made since is a conflict."""
    pid = build_planned(engine, batches=1)
    sync_plan(engine, pid, "tester", day=D0)
    shown = get_escorts(engine, FLIGHT).escorts  # both forms open on the empty list
    assert shown == ()
    set_escorts(engine, FLIGHT, TEAM[:1], "colleague", seen=shown)
    with pytest.raises(ConflictError, match="changed by someone else") as info:
        set_escorts(engine, FLIGHT, TEAM[1:], "coordinator", seen=shown)
    assert isinstance(info.value, ManifestError) and "Nothing was saved" in str(info.value)
    assert get_escorts(engine, FLIGHT).escorts == TEAM[:1]  # the colleague's list stays
    with Session(engine) as s:
        assert [a.actor for a in s.exec(select(AuditEntry).where(
            AuditEntry.action == "escorts")).all()] == ["colleague"]
    # on what is stored now, the change goes through
    got = set_escorts(engine, FLIGHT, [*TEAM[:1], *TEAM[1:]], "coordinator", seen=TEAM[:1])
    assert got.escorts == TEAM
