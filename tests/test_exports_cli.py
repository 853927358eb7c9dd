"""The CLI of manifests, handovers, partner profiles and exports, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from planner.cli.main import build_parser, main
from tests.manifest_factories import build_planned


def test_cli_end_to_end(engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                        ) -> None:
    build_planned(engine)
    db = ["--db", engine.url.render_as_string(hide_password=False)]
    assert main([*db, "manifest", "list", "--date", "2025-03-03", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in listed] == ["M-X1-20250303-01", "M-CZ600-20250303-01"]
    one = tmp_path / "one.pdf"
    assert main([*db, "manifest", "--handover", "M-CZ600-20250303-01", "-o", str(one)]) == 0
    assert main([*db, "manifest", "--date", "2025-03-03", "--all", "-o",
                 str(tmp_path / "day")]) == 0
    assert sorted(p.name for p in (tmp_path / "day").iterdir()) == [
        "M-CZ600-20250303-01-r1.pdf", "M-X1-20250303-01-r1.pdf"]
    capsys.readouterr()
    assert main([*db, "manifest", "verify", str(one)]) == 0
    assert "matches" in capsys.readouterr().out
    assert main([*db, "handover", "record", "M-X1-20250303-01", "--at", "2025-03-03T09:00",
                 "--dispatching-officer", "A", "--dispatching-id", "1",
                 "--receiving-officer", "B", "--receiving-id", "2",
                 "--strike", "P0-5:refused_by_receiving"]) == 0
    assert main([*db, "handover", "record", "M-X1-20250303-01", "--at", "2025-03-03T09:00",
                 "--dispatching-officer", "A", "--dispatching-id", "1",
                 "--receiving-officer", "B", "--receiving-id", "2"]) == 2
    assert "already recorded" in capsys.readouterr().err
    assert main([*db, "handover", "report", "--date", "2025-03-03", "--today", "2025-03-04",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["struck"] == 1 and len(rows[0]["unaccounted"]) == 11
    assert main([*db, "partner", "set", "airline", "--carrier", "China Southern"]) == 0
    assert main([*db, "partner", "show", "airline", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert shown["carrier"] == "China Southern" and "case_ref" not in shown["fields"]
    for fmt in ("xlsx", "csv", "ics", "json", "paxlst"):
        out = tmp_path / f"s.{fmt}"
        partner = "airline" if fmt == "paxlst" else "foreign-police"
        assert main([*db, "export", "schedule", "--format", fmt, "--partner", partner,
                     "-o", str(out)]) == 0, fmt
        assert out.stat().st_size > 0
    assert main([*db, "export", "schedule", "--format", "csv", "-o",
                 str(tmp_path / "x.csv")]) == 2  # no partner: only the internal JSON
    assert main([*db, "export", "schedule", "--format", "json", "-o",
                 str(tmp_path / "full.json")]) == 0
    assert main([*db, "partner", "list"]) == 0
    assert "schedule-only" in capsys.readouterr().out


def test_one_export_command() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]  # type: ignore[index]
    kinds = next(a for a in export._actions if a.dest == "export_kind")
    sch = kinds.choices["schedule"]
    fmt = next(a for a in sch._actions if a.dest == "format")
    assert set(fmt.choices) == {"xlsx", "csv", "ics", "json", "paxlst"}


def test_cli_encrypt(engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.exports.protect import decrypt_xlsx, open_7z

    build_planned(engine)
    db = ["--db", engine.url.render_as_string(hide_password=False)]
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("REPATPLAN_EXPORT_PASSWORD", "short")
    assert main([*db, "export", "schedule", "--format", "csv", "--partner", "airline",
                 "-o", str(out / "a.csv"), "--encrypt"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.setenv("REPATPLAN_EXPORT_PASSWORD", "a long enough password")
    assert main([*db, "export", "schedule", "--format", "csv", "--partner", "airline",
                 "-o", str(out / "a.csv"), "--encrypt"]) == 0
    said = capsys.readouterr().out
    assert f"written to {out / 'a.csv.7z'}" in said and "csv, encrypted" in said
    assert "ZHANG Wei" in open_7z(out / "a.csv.7z", "a long enough password")["a.csv"].decode(
        "utf-8-sig")
    assert main([*db, "export", "schedule", "--format", "xlsx", "--partner", "airline",
                 "-o", str(out / "a.xlsx"), "--encrypt"]) == 0
    assert decrypt_xlsx(out / "a.xlsx", "a long enough password")[:2] == b"PK"
    assert sorted(p.name for p in out.iterdir()) == ["a.csv.7z", "a.xlsx"]
    # a profile with medical data: refused without --encrypt
    assert main([*db, "partner", "set", "receiving-bureau", "--add", "medical"]) == 0
    assert main([*db, "export", "schedule", "--format", "csv", "--partner",
                 "receiving-bureau", "-o", str(out / "m.csv")]) == 2
    assert "must be encrypted" in capsys.readouterr().err and not (out / "m.csv").exists()
    # no variable: asked twice in a terminal; two different answers write nothing
    monkeypatch.delenv("REPATPLAN_EXPORT_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*db, "export", "schedule", "--format", "csv", "--partner",
                 "receiving-bureau", "-o", str(out / "m.csv"), "--encrypt"]) == 2
    assert "REPATPLAN_EXPORT_PASSWORD" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["first password 1", "other password 2"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert main([*db, "export", "schedule", "--format", "csv", "--partner",
                 "receiving-bureau", "-o", str(out / "m.csv"), "--encrypt"]) == 2
    assert "differ" in capsys.readouterr().err
    answers = iter(["same password 1", "same password 1"])
    assert main([*db, "export", "schedule", "--format", "csv", "--partner",
                 "receiving-bureau", "-o", str(out / "m.csv"), "--encrypt"]) == 0
    assert "insulin" in open_7z(out / "m.csv.7z", "same password 1")["m.csv"].decode(
        "utf-8-sig")
