"""The data commands end to end, as a coordinator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli.main import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--json"]) == 0
    return db


def test_demo_then_status(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["status", "--db", str(demo_db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["people"]["total"] == 8390
    assert data["batches"] > 100
    assert data["network"]["flights"] > 100


def test_demo_refuses_to_overwrite(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["demo", "--db", str(demo_db)]) == 2
    err = capsys.readouterr().err
    assert "already holds 8390 people" in err


def _csv(path: Path, rows: list[str]) -> Path:
    head = ("person_ref,family_name,given_name,latin_name,sex,date_of_birth,nationality,"
            "document_type,document_number,document_expiry,site,batch_ref,case_ref,province,"
            "flags,ready_date")
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    return path


GOOD = ("CLI-1,王,伟,WANG Wei,M,1990-01-02,CHN,etc,T99000001,2030-01-01,MYW-KKP,CLI-B1,"
        "C-9,Fujian,,2025-03-01")
BAD = ("CLI-2,李,娜,LI Na,M,2031-01-02,CHN,etc,T99000002,2030-01-01,MYW-KKP,CLI-B1,"
       "C-9,Fujian,pregnant,2025-03-01")


def test_import_all_or_nothing_then_skip_invalid(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _csv(tmp_path / "list.csv", [GOOD, BAD])
    capsys.readouterr()
    assert main(["import", "persons", str(src), "--db", str(demo_db), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["written"] is False
    reasons = {(i["row"], i["column"]) for i in report["issues"]}
    assert (3, "date_of_birth") in reasons
    assert (3, "flags") in reasons  # pregnant on a man

    rejected = tmp_path / "fixme.csv"
    assert main(["import", "persons", str(src), "--db", str(demo_db), "--skip-invalid",
                 "--rejected", str(rejected), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["rejected"]) == (1, 1)
    text = rejected.read_text(encoding="utf-8-sig")
    assert "CLI-2" in text
    assert "CLI-1" not in text

    # the user fixes the rejected row and imports the same file again
    fixed = text.replace("2031-01-02", "1991-01-02").replace(",M,", ",F,")
    rejected.write_text(fixed, encoding="utf-8-sig")
    assert main(["import", "persons", str(rejected), "--db", str(demo_db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert main(["status", "--db", str(demo_db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["people"]["total"] == 8392


def test_import_template_and_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    assert main(["import", "template", str(out)]) == 0
    assert out.stat().st_size > 0
    db = tmp_path / "net.sqlite"
    network = Path(__file__).parents[1] / "resources" / "demo" / "network-2025.json"
    capsys.readouterr()
    assert main(["import", "network", str(network), "--db", str(db), "--json"]) == 0
    assert main(["status", "--db", str(db), "--json"]) == 0
    lines = capsys.readouterr().out
    status = json.loads(lines[lines.index('{\n  "database"'):])
    assert status["network"]["crossings"] == 5


def test_bad_network_file_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "net.json"
    bad.write_text('{"format": "repatplan-network", "version": 1, "locations": [', "utf-8")
    assert main(["import", "network", str(bad), "--db", str(tmp_path / "x.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("repatplan: error:")
    assert "net.json" in err or "line" in err
