"""The main window on a small database (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

import planner
from planner.db.engine import default_db_path
from tests.qt_helpers import no_dangling_qthreads, private_qsettings, shown_window
from tests.test_queries import ON, build_small_caseload
from ui import settings as keys
from ui.app import choose_database, configure_application, main, parse_args
from ui.caseload_models import PeopleTableModel
from ui.main_window import MainWindow
from ui.screens import SCREENS
from ui.shots import Shots, shoot_people, shoot_plain
from ui.table_models import BADGES_ROLE, SORT_ROLE
from ui.widgets.people import PeopleScreen

PEOPLE_COLUMNS = ["Ref", "Name", "Latin name", "Sex", "Born (age)", "Nat.", "Document", "Site",
                  "Batch", "Case", "Province", "Flags", "Ready", "Status"]


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    configure_application(qapp)
    folder = tmp_path / "settings"
    with private_qsettings(folder):
        keys.save_operator("Test Operator", "T1", "Test Agency")
        yield folder


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> MainWindow:
    build_small_caseload(engine)
    w = shown_window(qtbot, db_path, ON)
    return w


def column_values(window: MainWindow, screen: str, column: int) -> list[str]:
    model = window.screens[screen].table.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_people_table_shows_every_person(window: MainWindow) -> None:
    screen = window.screens["people"].table
    model = screen.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] \
        == PEOPLE_COLUMNS
    assert column_values(window, "people", 0) == ["P-001", "P-002", "P-003", "P-004", "P-005"]
    row = column_values(window, "people", 0).index("P-003")
    assert model.index(row, 1).data() == "王伟"
    assert model.index(row, 6).data() == "PP E1234567"
    assert model.index(row, 8).data() == "B-001"
    assert model.index(row, 12).data() == "2025-03-09"
    assert screen.count_label.text() == "5 people"
    assert window.counts_label.text() == "5 people · 3 batches"
    assert str(Path(window.location)) in window.db_label.text()


def test_flags_and_readiness_cells(window: MainWindow) -> None:
    model = window.screens["people"].table.model
    row = column_values(window, "people", 0).index("P-001")
    flags = model.index(row, 11)
    assert flags.data() == "minor, medical, victim, pregnant, separate"
    assert [text for text, _ in flags.data(BADGES_ROLE)] == [
        "minor", "medical", "victim", "pregnant", "separate"]
    readiness = model.index(row, 12)
    assert readiness.data() == "1/4 steps"
    assert "exit clearance" in readiness.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 13).data(Qt.ItemDataRole.DecorationRole) is None  # unhandled role
    struck = column_values(window, "people", 0).index("P-002")
    assert model.index(struck, 13).data() == "Struck (released)"


def test_sorting_orders_rows_and_keeps_the_selection(window: MainWindow) -> None:
    screen = window.screens["people"].table
    screen.view.selectRow(column_values(window, "people", 0).index("P-003"))
    screen.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column_values(window, "people", 0) == ["P-005", "P-004", "P-003", "P-002", "P-001"]
    selected = screen.view.selectionModel().selectedRows()
    assert [screen.model.index(i.row(), 0).data() for i in selected] == ["P-003"]
    screen.view.sortByColumn(13, Qt.SortOrder.AscendingOrder)  # status: lifecycle order
    assert column_values(window, "people", 13)[-1] == "Struck (released)"
    screen.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # born: unknown first
    born = column_values(window, "people", 4)
    assert born[0] == "—" and born[-1].startswith("2008-06-02")
    assert isinstance(screen.model.index(0, 4).data(SORT_ROLE), int)


def test_filter_box_narrows_rows_and_updates_count(window: MainWindow, qtbot: QtBot) -> None:
    screen = window.screens["people"].table
    qtbot.keyClicks(screen.filter_edit, "wang")
    assert column_values(window, "people", 0) == ["P-003"]
    assert screen.count_label.text() == "1 of 5 people"
    everyone = ["P-001", "P-002", "P-003", "P-004", "P-005"]
    for text, expected in [("王伟", ["P-003"]), ("e12345", ["P-003"]), ("C-9", ["P-003"]),
                           ("b-002", ["P-002", "P-004"]), ("p-00", everyone), ("nobody", [])]:
        screen.filter_edit.setText(text)
        assert column_values(window, "people", 0) == expected, text
    assert screen.count_label.text() == "0 of 5 people"
    screen.filter_edit.clear()
    assert screen.count_label.text() == "5 people"


def test_status_and_site_filters(window: MainWindow) -> None:
    screen = window.screens["people"].table
    assert isinstance(screen, PeopleScreen)
    combo = screen.status_combo
    combo.setCurrentIndex(combo.findText("Struck"))
    assert column_values(window, "people", 0) == ["P-002"]
    combo.setCurrentIndex(combo.findText("Active (not struck or handed over)"))
    assert "P-002" not in column_values(window, "people", 0)
    assert screen.count_label.text() == "4 of 5 people"
    screen.filter_edit.setText("p-004")  # text and status filters combine
    assert column_values(window, "people", 0) == ["P-004"]
    screen.filter_edit.clear()
    combo.setCurrentIndex(0)
    site = screen.site_combo
    assert [site.itemText(i) for i in range(site.count())] == ["All sites", "Site1"]
    site.setCurrentIndex(1)
    assert screen.count_label.text() == "5 people"


def test_filters_survive_a_reload(window: MainWindow) -> None:
    screen = window.screens["people"].table
    screen.filter_edit.setText("wang")
    window.reload()
    assert column_values(window, "people", 0) == ["P-003"]


def test_batches_screen_shows_counts(window: MainWindow) -> None:
    window.show_screen("batches")
    assert window.current_screen() is window.screens["batches"]
    assert column_values(window, "batches", 0) == ["B-001", "B-002", "B-003"]
    assert column_values(window, "batches", 2) == ["2", "1", "0"]
    assert column_values(window, "batches", 3) == ["1 not ready", "2025-03-09", "—"]
    assert column_values(window, "batches", 5)[0] == "Urgent"
    assert column_values(window, "batches", 6)[0] == "City PSB"
    assert column_values(window, "batches", 7)[0] == \
        "1 minor, 1 victim, 1 medical, 1 pregnant, 1 separate"
    screen = window.screens["batches"].table
    screen.filter_edit.setText("b-00")
    assert screen.count_label.text() == "3 batches"
    screen.filter_edit.setText("b-002")
    assert screen.count_label.text() == "1 of 3 batches"


def test_navigation_lists_only_built_screens(window: MainWindow) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    built = [s for s in SCREENS if s.factory() is not None]
    assert titles == [s.title for s in built]  # registry order; modules not written are left out
    assert titles[:3] == ["Overview", "People", "Batches"]
    assert list(window.screens) == [s.key for s in built]
    assert {s.key for s in SCREENS} == {"overview", "people", "batches", "network", "plan",
                                        "manifests", "exports", "audit"}
    window.nav.setCurrentRow(2)
    assert window.screen_actions["batches"].isChecked()
    window.screen_actions["people"].trigger()
    assert window.current_screen() is window.screens["people"]


def test_ctrl_f_focuses_the_filter_box(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitExposed(window)
    screen = window.screens["people"].table
    screen.view.setFocus()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.filter_edit.hasFocus(), timeout=2000)


def test_last_database_and_window_state_are_remembered(
        qtbot: QtBot, window: MainWindow, db_path: Path, settings_dir: Path) -> None:
    assert QSettings().value(keys.LAST_DB) == str(db_path.resolve())
    assert keys.read_str(keys.LAST_DB) == str(db_path.resolve())
    assert settings_dir.exists()  # written under the private folder, nowhere else
    window.resize(720, 520)  # the offscreen screen is 800 x 600
    size = (window.width(), window.height())  # a screen's minimum may widen it a little
    assert size[1] == 520
    window.show_screen("batches")
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    screen_width = again.screen().availableGeometry().width()
    assert again.height() == 520
    if size[0] < screen_width - 10:
        assert again.width() == size[0]
    else:  # wider than the screen (a screen's minimum): Qt keeps the window on its screen
        assert again.width() >= screen_width - 10
    assert again.current_screen() is again.screens["batches"]


def test_choosing_the_database(tmp_path: Path) -> None:
    existing = tmp_path / "kept.sqlite"
    existing.write_bytes(b"")
    assert choose_database("cli.sqlite", "env.sqlite", str(existing)) == "cli.sqlite"
    assert choose_database(None, "env.sqlite", str(existing)) == "env.sqlite"
    assert choose_database(None, None, str(existing)) == str(existing)
    gone = str(tmp_path / "gone.sqlite")  # a stale path is not silently re-created
    assert choose_database(None, None, gone) == str(default_db_path())
    assert choose_database(None, None, "postgresql://u@host/db") == "postgresql://u@host/db"
    args, rest = parse_args(["--db", "x.sqlite", "-style", "fusion"])
    assert args.db == "x.sqlite" and rest == ["-style", "fusion"]


def test_empty_database_shows_a_message(qtbot: QtBot, engine: Engine, db_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_database(db_path)
    screen = w.screens["people"].table
    assert screen.stack.currentWidget() is screen.empty_label
    assert screen.count_label.text() == "0 people"
    assert not screen.filter_edit.isEnabled()


def test_a_broken_file_is_reported_and_the_open_database_kept(
        window: MainWindow, tmp_path: Path, db_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not an SQLite database" * 100)
    seen: list[str] = []
    close_active_modal_later(seen)
    assert not window.open_database(broken)
    assert seen and str(broken) in seen[0]
    assert window.location == str(db_path.resolve())
    assert QSettings().value(keys.LAST_DB) == str(db_path.resolve())


def test_screenshots_are_written(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    out.mkdir()
    shots = Shots(window, out)
    shoot_plain(shots, "overview")
    shoot_people(shots)
    for key in ("batches", "network", "plan", "audit"):
        shoot_plain(shots, key)
    assert [p.name for p in shots.saved][:3] == ["overview.png", "people.png", "batches.png"]
    assert all(p.stat().st_size > 1000 for p in shots.saved)


def test_model_without_data_is_empty() -> None:
    model = PeopleTableModel()
    assert model.rowCount() == 0 and model.columnCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) is None


def test_dangling_qthread_is_caught() -> None:
    thread = QThread()
    with pytest.raises(pytest.fail.Exception, match="still running"):
        with no_dangling_qthreads():
            thread.start()  # an event loop that nobody quits
    thread.quit()
    assert thread.wait(2000)


def close_active_modal_later(seen: list[str]) -> None:
    """Close the next modal dialog once it is shown, noting its text."""
    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close)
            return
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())  # type: ignore[union-attr]
        box.close()

    QTimer.singleShot(0, close)


def test_about_names_the_version(window: MainWindow) -> None:
    seen: list[str] = []
    close_active_modal_later(seen)
    window.about()
    assert seen and planner.__version__ in seen[0]


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to: the next one in the focus chain that takes Tab focus."""
    w = widget.nextInFocusChain()
    while w is not None and w is not widget:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(widget.window())
                and w.isEnabled()):
            return w
        w = w.nextInFocusChain()
    raise AssertionError("no other tab stop")


def test_tab_order_runs_filter_then_combos_then_table(window: MainWindow) -> None:
    screen = window.screens["people"].table
    assert isinstance(screen, PeopleScreen)
    assert next_tab_stop(screen.filter_edit) is screen.status_combo
    assert next_tab_stop(screen.status_combo) is screen.site_combo
    assert next_tab_stop(screen.site_combo) is screen.flags_combo
    assert next_tab_stop(screen.flags_combo) is screen.readiness_combo
    assert next_tab_stop(screen.readiness_combo) is screen.batch_combo
    assert next_tab_stop(screen.batch_combo) is screen.view


def test_main_opens_the_database_given_on_the_command_line(
        qapp: QApplication, engine: Engine, db_path: Path) -> None:
    build_small_caseload(engine)
    shown: list[int] = []

    def check_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        shown.extend(len(w.snapshot.people) for w in windows if w.snapshot)
        for w in windows:
            w.close()
            w.deleteLater()

    QTimer.singleShot(100, check_and_close)
    assert main(["--db", str(db_path)]) == 0
    assert shown == [5]
    assert QSettings().value(keys.LAST_DB) == str(db_path.resolve())


def test_column_layout_is_remembered_per_screen(
        qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    hh = window.screens["people"].table.view.horizontalHeader()
    hh.setSectionHidden(5, True)  # Nat.
    hh.resizeSection(2, 222)
    window.screens["people"].table.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    window.close()
    again = MainWindow(on=ON)
    qtbot.addWidget(again)
    assert again.open_database(db_path)
    hh = again.screens["people"].table.view.horizontalHeader()
    assert hh.isSectionHidden(5) and hh.sectionSize(2) == 222
    assert hh.sortIndicatorSection() == 2
    assert hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert column_values(again, "people", 2)[:2] == ["WANG Wei", "TEST P-005"]  # sorted again
    assert not again.screens["batches"].table.view.horizontalHeader().isSectionHidden(5)


def test_first_start_asks_who_the_operator_is(qapp: QApplication, engine: Engine,
                                              db_path: Path) -> None:
    QSettings().remove("operator")
    assert keys.current_actor() == ""
    seen: list[str] = []

    def answer() -> None:
        from ui.dialogs.operator import OperatorDialog

        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, OperatorDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        d = dialogs[0]
        seen.append(d.windowTitle())
        d.name_edit.setText("Li Na")
        d.id_edit.setText("IB-2041")
        d.agency_edit.setText("Immigration Bureau")
        d.accept()
        QTimer.singleShot(100, close_main_windows)

    def close_main_windows() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w.operator_label.text())
                w.close()
                w.deleteLater()

    QTimer.singleShot(20, answer)
    assert main(["--db", str(db_path)]) == 0
    assert seen == ["Who is using repatplan?",
                    "Operator: Li Na (IB-2041, Immigration Bureau)"]
    assert QSettings().value(keys.OPERATOR_NAME) == "Li Na"
    assert keys.current_actor() == "Li Na (IB-2041, Immigration Bureau)"
