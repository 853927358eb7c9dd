"""The import wizard: column mapping, a preview listing every error before anything is
written, export of rejected rows, an import with progress, and a cancelled import."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
from ui.import_wizard_columns import carry_over, reason_text
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
    items = [it for i in range(page.issues.topLevelItemCount())
             if (it := page.issues.topLevelItem(i)) is not None]
    issues = [(it.text(0), it.data(1, Qt.ItemDataRole.UserRole)) for it in items]
    assert issues == [("4", "sex"), ("5", "date_of_birth"), ("5", "nationality"),
                      ("5", "site")]
    # the column's label, with the file's header where it differs from it
    assert [it.text(1) for it in items] == ["Sex", "Date of birth", "Nationality",
                                            "Holding site (Site)"]
    assert not page.ignored.isVisibleTo(page)  # every column of the file is read
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


PASSPORT_HEADERS = [*HEADERS, "Document type", "Passport No.", "Remarks"]


def write_passport_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([PASSPORT_HEADERS, *rows])
    return path


def passport_rows(n: int, site: str = "SITE1") -> list[list[str]]:
    return [[f"N-{i:05d}", f"NEW Person{i}", "M", "1990-01-01", "CHN", site, "passport",
             f"E{i:07d}", ""] for i in range(n)]


def checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.preview_page
    assert page.op is not None
    with qtbot.waitSignal(page.op.finished, timeout=10_000):
        pass


def test_matches_are_kept_when_the_corrected_file_is_chosen_again(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = write_passport_csv(tmp_path / "people.csv", passport_rows(2, site="NOWHERE"))
    wizard = start(window, first)
    combos = wizard.map_page.combos
    combos["document_number"].setCurrentIndex(combos["document_number"].findData("Passport No."))
    wizard.next()
    checked(qtbot, wizard)
    assert not wizard.preview_page.isComplete()  # unknown site: fix the file, choose it again
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.file_page
    fixed = write_passport_csv(tmp_path / "people-fixed.csv", passport_rows(2))
    wizard.file_page.path_edit.setText(str(fixed))
    wizard.next()
    assert combos["latin_name"].currentData() == "Name in passport"  # the user's matches
    assert combos["document_number"].currentData() == "Passport No."
    assert combos["person_ref"].currentData() == "Person Ref"
    wizard.next()
    checked(qtbot, wizard)
    assert wizard.preview_page.isComplete()
    wizard.reject()


def test_carry_over_keeps_only_headers_still_in_the_file() -> None:
    previous = {"latin_name": "Name", "document_number": "Passport No.", "sex": "", "notes": ""}
    found = {"sex": "SEX", "notes": "notes", "site": "Site"}
    out = carry_over(previous, ["Name", "Passport No.", "SEX"], ["Name", "SEX", "notes", "Site"],
                     found)
    # Passport No. is gone; sex was unmatched on purpose; notes is a new column: matched
    assert out == {"latin_name": "Name", "sex": "", "notes": "notes", "site": "Site"}


def test_ignored_columns_are_listed_with_a_suggested_match(
        qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path) -> None:
    path = write_passport_csv(tmp_path / "people.csv", passport_rows(3))
    wizard = start(window, path)  # "Passport No." and "Remarks" left unmatched
    wizard.next()
    checked(qtbot, wizard)
    page = wizard.preview_page
    assert page.ignored.isVisibleTo(page)
    text = page.ignored.text()
    assert "These columns will be ignored:" in text
    assert "Passport No." in text and "Document number · document_number" in text
    assert "Remarks" in text and "Notes · notes" in text
    reasons = {it.text(3) for i in range(page.issues.topLevelItemCount())
               if (it := page.issues.topLevelItem(i)) is not None}
    assert reasons == {"a document number is required for a passport"}
    assert page.apply_button.isVisibleTo(page)
    page.apply_button.click()
    checked(qtbot, wizard)
    assert wizard.map_page.combos["document_number"].currentData() == "Passport No."
    assert wizard.column_map["Passport No."] == "document_number"
    assert not page.ignored.isVisibleTo(page)
    assert page.isComplete()
    wizard.reject()


def test_a_column_unmatched_on_purpose_is_ignored_and_listed(
        qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path) -> None:
    path = write_passport_csv(tmp_path / "people.csv", passport_rows(1))
    wizard = start(window, path)
    combos = wizard.map_page.combos
    combos["document_number"].setCurrentIndex(combos["document_number"].findData("Passport No."))
    combos["document_type"].setCurrentIndex(0)  # "(not in the file)"
    wizard.next()
    checked(qtbot, wizard)
    page = wizard.preview_page
    assert "Document type" in page.ignored.text()
    assert wizard.parsed is not None and "document_type" not in wizard.parsed.columns
    wizard.reject()


def test_fixed_reasons_use_the_column_label() -> None:
    assert reason_text("date_of_birth is required") == "Date of birth is required"
    assert reason_text("date of birth is in the future") == "date of birth is in the future"
