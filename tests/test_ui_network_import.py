"""Import network… through the UI (pytest-qt, offscreen): every problem of a file listed with its
JSON path before anything is written, a file that cannot be read at all, and a good file
imported in one transaction, after which the Network screen shows it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from planner.db.models import ImportRun, Location
from planner.importing.network import import_network
from planner.importing.report import ImportCancelled
from tests.plan_scenario import D0
from tests.qt_helpers import (
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from ui.dialogs.network_import import NetworkImportDialog
from ui.main_window import MainWindow
from ui.screens.network import NetworkScreen

L = Location.__table__  # type: ignore[attr-defined]
RUN = ImportRun.__table__  # type: ignore[attr-defined]

GOOD: dict[str, Any] = {
    "format": "repatplan-network", "version": 1,
    "locations": [
        {"code": "MYW-KKP", "name_en": "KK Park", "country": "MMR", "kind": "holding_site",
         "latitude": 16.6, "longitude": 98.5, "timezone": "Asia/Yangon"},
        {"code": "MYW-CP", "name_en": "Myawaddy checkpoint", "country": "MMR",
         "kind": "border_checkpoint", "timezone": "Asia/Yangon"},
        {"code": "MST-CP2", "name_en": "Mae Sot checkpoint 2", "country": "THA",
         "kind": "border_checkpoint", "timezone": "Asia/Bangkok"},
        {"code": "MAQ", "name_en": "Mae Sot airport", "country": "THA", "kind": "airport",
         "timezone": "Asia/Bangkok"},
        {"code": "NKG", "name_en": "Nanjing Lukou airport", "country": "CHN",
         "kind": "airport", "timezone": "Asia/Shanghai"}],
    "crossings": [{"code": "FB2", "name": "2nd Friendship Bridge", "side_a": "MYW-CP",
                   "side_b": "MST-CP2", "daily_capacity": 500}],
    "legs": [{"from": "MYW-KKP", "to": "MYW-CP", "duration_minutes": 30,
              "vehicle_capacity": 50}],
    "flights": [{"number": "CZ6061", "origin": "MAQ", "destination": "NKG",
                 "departure_local": "2025-02-20T11:40", "arrival_local": "2025-02-20T15:55",
                 "seats": 180, "max_detainees": 50}],
}


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    w = shown_window(qtbot, db_path, D0, "network")
    yield w
    w.context.pools.wait()


def open_dialog(window: MainWindow, path: Path) -> NetworkImportDialog:
    screen = window.screens["network"]
    assert isinstance(screen, NetworkScreen)
    assert screen.actions() == [screen.import_action]
    screen.import_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, NetworkImportDialog) and dialog.isVisible()
    dialog.path_edit.setText(str(path))
    return dialog


def checked(qtbot: QtBot, dialog: NetworkImportDialog) -> None:
    op = dialog.check()
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10_000)


def problems(dialog: NetworkImportDialog) -> list[tuple[str, str]]:
    return [(dialog.issues.topLevelItem(i).text(0), dialog.issues.topLevelItem(i).text(1))
            for i in range(dialog.issues.topLevelItemCount())]


def locations(engine: Engine) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(L)).scalar_one())


def test_every_problem_is_listed_and_nothing_written(qtbot: QtBot, window: MainWindow,
                                                     engine: Engine, tmp_path: Path) -> None:
    bad = json.loads(json.dumps(GOOD))
    bad["locations"][1]["country"] = "XYZ"
    bad["crossings"][0]["side_b"] = "MAQ"  # an airport, not a checkpoint
    bad["legs"][0]["to"] = "NOWHERE"
    bad["flights"][0]["arrival_local"] = "2025-02-30T15:55"
    path = tmp_path / "network.json"
    path.write_text(json.dumps(bad), "utf-8")
    dialog = open_dialog(window, path)
    checked(qtbot, dialog)
    found = problems(dialog)
    assert [p for p, _m in found] == ["locations[1].country", "crossings[0].side_b",
                                      "legs[0].to", "flights[0].arrival_local"]
    assert "is an airport, expected border_checkpoint" in found[1][1]
    assert dialog.summary.text().startswith("4 problems found; nothing has been imported")
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    dialog.grab().save(str(tmp_path / "import-network-errors.png"))
    assert locations(engine) == 0

    path.write_text(json.dumps(GOOD)[:-40], "utf-8")  # cut off
    checked(qtbot, dialog)
    [(where, message)] = problems(dialog)
    assert where == "(the file)" and "looks truncated" in message
    dialog.reject()


def test_good_file_is_imported_and_the_screen_reloads(qtbot: QtBot, window: MainWindow,
                                                      engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "network.json"
    path.write_text(json.dumps(GOOD), "utf-8")
    dialog = open_dialog(window, path)
    checked(qtbot, dialog)
    assert problems(dialog) == [] and dialog.issues.isHidden()
    assert "5 locations, 1 crossings, 1 legs, 1 flights" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.loadedChanged, timeout=10_000):
        dialog.import_button.click()
    assert dialog.report is not None and dialog.report.count("locations").created == 5
    assert "locations: 5 added, 0 updated, 0 unchanged" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "import-network-done.png"))
    screen = window.screens["network"]
    assert isinstance(screen, NetworkScreen)
    model = screen.views["location"].model()
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == [
        "MAQ", "MST-CP2", "MYW-CP", "MYW-KKP", "NKG"]
    with engine.connect() as c:
        run = c.execute(select(RUN.c.actor, RUN.c.kind, RUN.c.rows_created)).one()
    assert run.actor == "Test Operator (T1, Test Agency)" and run.kind == "network"
    assert run.rows_created == 8


def test_cancel_writes_nothing_and_progress_is_reported(engine: Engine,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "network.json"
    path.write_text(json.dumps(GOOD), "utf-8")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        import_network(engine, path, actor="t", on_progress=lambda d, t: seen.append((d, t)),
                       should_stop=lambda: len(seen) >= 2)
    assert seen == [(0, 8), (5, 8)] and locations(engine) == 0
    seen.clear()
    import_network(engine, path, actor="t", on_progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (8, 8) and locations(engine) == 5
