"""The import wizard: column mapping, a preview listing every error before anything is
written, export of rejected rows, an import with progress, and a cancelled import."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from planner.db.models import Person
from tests.qt_helpers import (
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_queries import ON, build_small_caseload
from ui.import_wizard import ImportWizard, auto_map
from ui.main_window import MainWindow

P = Person.__table__  # type: ignore[attr-defined]
HEADERS = ["Person Ref", "Name in passport", "SEX", "date of birth", "Nationality", "Site"]


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_small_caseload(engine)
    w = shown_window(qtbot, db_path, ON)
    yield w
    w.context.pools.wait()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADERS, *rows])
    return path


def good_rows(n: int) -> list[list[str]]:
    return [[f"N-{i:05d}", f"NEW Person{i}", "M", "1990-01-01", "CHN", "SITE1"]
            for i in range(n)]


def count(engine: Engine) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(P)).scalar_one())


def start(window: MainWindow, path: Path) -> ImportWizard:
    wizard = window.import_persons()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.map_page
    combos = wizard.map_page.combos
    assert combos["person_ref"].currentData() == "Person Ref"  # matched ignoring case
    assert combos["latin_name"].currentData() == ""  # different header: not matched
    assert not wizard.map_page.isComplete()
    assert "latin_name" in wizard.map_page.missing.text()
    combos["latin_name"].setCurrentIndex(combos["latin_name"].findData("Name in passport"))
    assert wizard.map_page.isComplete()
    return wizard


def test_auto_map_ignores_case_and_spaces() -> None:
    assert auto_map(["Person Ref", "LATIN_NAME", "x"]) == {"person_ref": "Person Ref",
                                                          "latin_name": "LATIN_NAME"}


def test_errors_are_listed_nothing_written_and_rejected_rows_exported(
        qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", [
        *good_rows(2),
        ["N-BAD1", "BAD One", "Q", "1990-01-01", "CHN", "SITE1"],
        ["N-BAD2", "BAD Two", "M", "2090-01-01", "ZZZ", "NOWHERE"],
    ])
    before = count(engine)
    wizard = start(window, path)
    wizard.next()
    page = wizard.preview_page
    assert page.op is not None
    with qtbot.waitSignal(page.op.finished, timeout=10_000):
        pass
    issues = [(page.issues.topLevelItem(i).text(0), page.issues.topLevelItem(i).text(1))
              for i in range(page.issues.topLevelItemCount())]
    assert issues == [("4", "sex"), ("5", "date_of_birth"), ("5", "nationality"),
                      ("5", "site")]
    assert "2 have problems" in page.summary.text()
    assert not page.isComplete()  # all or nothing: no import while a row is wrong
    assert count(engine) == before
    out = tmp_path / "rejected.csv"
    assert page.export_to(out) == 2
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [*HEADERS, "errors"]
    assert [r[0] for r in rows[1:]] == ["N-BAD1", "N-BAD2"]
    assert "sex" in rows[1][-1]
    wizard.reject()


def test_import_with_progress(qtbot: QtBot, window: MainWindow, engine: Engine,
                              tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", good_rows(600))
    before = count(engine)
    wizard = start(window, path)
    wizard.next()
    assert wizard.preview_page.op is not None
    with qtbot.waitSignal(wizard.preview_page.op.finished, timeout=20_000):
        pass
    assert wizard.preview_page.isComplete()
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignals([window.loadedChanged], timeout=30_000):
        wizard.next()
        op = wizard.import_page.op
        assert op is not None
        op.progressed.connect(lambda d, t: seen.append((d, t)))
        assert wizard.import_page.progress.isVisibleTo(wizard.import_page)
    assert count(engine) == before + 600
    assert seen and seen[-1][0] == seen[-1][1]
    assert "600 created" in wizard.import_page.summary.text()
    assert window.screens["people"].table.count_label.text() == "605 people"  # type: ignore[attr-defined]
    wizard.accept()


def test_cancelled_import_writes_nothing(qtbot: QtBot, window: MainWindow, engine: Engine,
                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", good_rows(600))
    before = count(engine)
    wizard = start(window, path)
    wizard.next()
    assert wizard.preview_page.op is not None
    with qtbot.waitSignal(wizard.preview_page.op.finished, timeout=20_000):
        pass
    wizard.next()
    op = wizard.import_page.op
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=20_000):
        wizard.import_page.progress.cancel_button.click()
    assert "cancelled" in wizard.import_page.summary.text()
    assert count(engine) == before
    wizard.reject()
