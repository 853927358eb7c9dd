from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_and_status_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite")
    code, out, _ = run(capsys, "init", "--db", db, "--json")
    assert code == 0
    assert json.loads(out)["revision"]
    code, out, _ = run(capsys, "--db", db, "status", "--json")  # --db before the command too
    data = json.loads(out)
    assert code == 0
    assert data["people"]["total"] == 0
    assert set(data["people"]["by_status"]) >= {"detained", "cleared", "struck"}


def test_env_var_selects_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPATPLAN_DB", str(tmp_path / "env.sqlite"))
    code, _, _ = run(capsys, "init", "--json")
    assert code == 0
    assert (tmp_path / "env.sqlite").exists()


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "b.sqlite"
    bk = tmp_path / "copy.sqlite"
    assert run(capsys, "init", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "db", "backup", "--db", str(db), "-o", str(bk), "--json")
    assert code == 0
    assert json.loads(out)["backup"] == str(bk)
    assert bk.stat().st_size > 0
    code, out, _ = run(capsys, "db", "restore", "--db", str(db), str(bk))
    assert code == 0
    assert (tmp_path / "b.sqlite.before-restore").exists()
    code, out, _ = run(capsys, "db", "current", "--db", str(db), "--json")
    assert json.loads(out)["up_to_date"] is True


def test_restore_refuses_a_damaged_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "db", "restore", "--db", str(tmp_path / "c.sqlite"), str(bad))
    assert code == 2
    assert err.startswith("repatplan: error:")
    assert len(err.strip().splitlines()) == 1


def test_missing_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", "persons", str(tmp_path / "nope.csv"),
                       "--db", str(tmp_path / "d.sqlite"))
    assert code == 2
    assert "nope.csv" in err
    assert len(err.strip().splitlines()) == 1


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in (["init"], ["demo"], ["status"], ["import", "persons"], ["import", "network"],
                ["db", "upgrade"], ["db", "backup"], ["db", "restore"]):
        with pytest.raises(SystemExit) as e:
            main([*cmd, "--help"])
        assert e.value.code == 0
        out = capsys.readouterr().out
        assert "--db" in out


def test_entry_points_run_as_programs(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("repatplan")
    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    assert r.returncode == 0
    assert r.stdout.startswith("repatplan ")
    r = subprocess.run([sys.executable, "-m", "planner", "status", "--db",
                        str(tmp_path / "e.sqlite")], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert "people: 0" in r.stdout
