"""The Audit screen through the UI (pytest-qt, offscreen): newest first, filters, the detail
field by field, a person's history opened from elsewhere, Verify chain (intact, broken with a
jump to the entry, cancelled), the CSV export recorded in the trail, and pages of a large
trail read as they are shown."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import Engine

from planner.audit.chain import Change, append
from planner.audit.query import AuditFilter, list_entries
from planner.audit.verify import VerifyCancelled
from tests.qt_helpers import (
    find_error_dialog,
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_audit_query import ALICE, BOB, build_audited
from tests.test_queries import ON
from ui import settings as keys
from ui.main_window import MainWindow
from ui.screens.audit import AuditScreen, show_history
from ui.screens.audit_model import LOADING, PAGE_ROWS
from ui.screens.audit_verify import check_pool, verify_with_progress
from ui.workers import Operation, TaskState

OPERATOR = "Test Operator (T1, Test Agency)"


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_audited(engine)
    w = shown_window(qtbot, db_path, ON, "audit")
    wait_read(qtbot, audit(w))
    yield w
    w.context.pools.wait()
    check_pool().waitForDone(5000)


def audit(window: MainWindow) -> AuditScreen:
    screen = window.screens["audit"]
    assert isinstance(screen, AuditScreen)
    return screen


def wait_read(qtbot: QtBot, screen: AuditScreen) -> None:
    def read() -> bool:
        op, options = screen.refresh_op, screen.options_op
        return op is not None and op.done and not screen._again and not screen.model.busy \
            and (options is None or options.done)
    qtbot.waitUntil(read, timeout=10_000)


def batch_id(window: MainWindow) -> int:
    snap = window.context.data.snapshot  # type: ignore[union-attr]
    return snap.batches.id[snap.batches.ref.index("B-002")]


def wait_op(qtbot: QtBot, op: Operation[Any] | None) -> None:
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10_000)


def apply(qtbot: QtBot, screen: AuditScreen, f: AuditFilter) -> list[str]:
    screen.filters.set_filter(f)
    wait_read(qtbot, screen)
    return [screen.model.index(r, 4).data() for r in range(screen.model.rowCount())]


def test_entries_newest_first_with_operator_agency_and_changes(window: MainWindow) -> None:
    screen = audit(window)
    m = screen.model
    total = len(list_entries(window.context.engine, limit=None))  # type: ignore[arg-type]
    assert m.rowCount() == total
    assert screen.count_label.text() == f"{total} entries, newest first"
    first = [m.index(0, c).data() for c in range(m.columnCount())]
    assert first[1:5] == ["Bob Lee", "Border Police", "export", "Export MPS"]
    seqs = [m.line(r).seq for r in range(m.rowCount())]  # type: ignore[union-attr]
    assert seqs == sorted(seqs, reverse=True)
    edit = next(r for r in range(m.rowCount()) if m.index(r, 4).data() == "Person P-003"
                and m.index(r, 3).data() == "update person")
    assert m.index(edit, 5).data() == "case_ref: C-9 → C-10; notes: — → moved to cell 4"
    screen.view.selectRow(edit)
    table = screen.detail.table
    assert [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Field", "Before", "After"]
    rows = {tuple(table.model().index(r, c).data() for c in range(3))
            for r in range(table.rowCount())}
    assert rows == {("case ref", "C-9", "C-10"), ("notes", "—", "moved to cell 4")}
    assert "Alice Chan (A7, Ministry of Public Security)" in screen.detail.heading.text()
    assert "hash" in screen.detail.hashes.text()
    moved = next(r for r in range(m.rowCount()) if m.index(r, 3).data() == "assign to batch")
    assert m.index(moved, 5).data() == "batch_id: — → B-002"  # the batch's reference
    screen.view.selectRow(moved)
    assert [table.model().index(0, c).data() for c in range(3)] == [
        "batch id", "—", f"B-002 (id {batch_id(window)})"]
    new = next(r for r in range(m.rowCount()) if m.index(r, 4).data() == "Person P-005"
               and m.index(r, 3).data() == "insert")
    assert "=—" not in m.index(new, 5).data()  # a new record's empty fields are left out
    screen.view.selectRow(new)
    assert table.isColumnHidden(2) and table.model().headerData(
        1, Qt.Orientation.Horizontal) == "Value"


def test_filters_person_batch_plan_operator_action(qtbot: QtBot, window: MainWindow) -> None:
    screen = audit(window)
    assert set(apply(qtbot, screen, AuditFilter(person="wang"))) == {"Person P-003"}
    assert screen.count_label.text() == "2 entries match the filters"
    assert "Person P-005" in apply(qtbot, screen, AuditFilter(batch="B-002"))
    assert apply(qtbot, screen, AuditFilter(manifest="mohan")) == [
        "Manifest XB-2025-03-12-MOHAN"]
    apply(qtbot, screen, AuditFilter())
    plans = screen.filters.plan_combo
    assert plans.itemText(1).startswith("#") and "March crossings" in plans.itemText(1)
    plans.setCurrentIndex(1)
    wait_read(qtbot, screen)
    assert set(screen.model.index(r, 4).data() for r in range(screen.model.rowCount())) == {
        "Plan #1", "Export MPS"}
    assert set(apply(qtbot, screen, AuditFilter(actor="border police"))) == {
        "Person P-004", "Person P-005", "Export MPS"}
    assert apply(qtbot, screen, AuditFilter(action="nothing like it")) == []
    assert screen.count_label.text() == "No entry matches these filters."
    # typing waits for a pause, then applies
    screen.filters.clear()
    wait_read(qtbot, screen)
    screen.filters.person_edit.setText("P-005")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    screen.filters.action_combo.setCurrentIndex(
        screen.filters.action_combo.findData("assign to batch"))
    wait_read(qtbot, screen)
    assert screen.model.rowCount() == 1
    assert screen.model.index(0, 1).data() == "Bob Lee"


def test_history_of_a_person_from_another_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.show_screen("people")
    assert show_history(window.screens["people"], "person", "P-003")
    assert window.current_screen() is audit(window)
    wait_read(qtbot, audit(window))
    screen = audit(window)
    assert screen.filters.person_edit.text() == "P-003"
    assert {screen.model.index(r, 4).data() for r in range(screen.model.rowCount())} == {
        "Person P-003"}
    with pytest.raises(ValueError, match="no audit history"):
        screen.show_for("ship", "X")


def test_history_actions_of_the_people_and_batches_screens(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    for key, filt in (("people", "person_edit"), ("batches", "batch_edit")):
        window.show_screen(key)
        screen = window.screens[key]
        view = screen.table.view  # type: ignore[attr-defined]
        view.setCurrentIndex(view.model().index(0, 0))
        action = screen.history_action  # type: ignore[attr-defined]
        assert action.isEnabled()
        action.trigger()
        assert window.current_screen() is audit(window)
        wait_read(qtbot, audit(window))
        assert getattr(audit(window).filters, filt).text() != ""


def test_verify_intact_then_broken_and_jump_to_the_entry(qtbot: QtBot, window: MainWindow,
                                                         engine: Engine) -> None:
    screen = audit(window)
    wait_op(qtbot, screen.verify())
    assert screen.verify_panel.isVisible()
    assert "intact" in screen.verify_panel.label.text()
    target = list_entries(engine, person="P-004")[0].seq
    with engine.begin() as c:
        c.execute(text("UPDATE audit_entry SET actor = 'someone else' WHERE seq = :s"),
                  {"s": target})
    apply(qtbot, screen, AuditFilter(person="wang"))  # the entry is filtered out
    wait_op(qtbot, screen.verify())
    assert "BROKEN" in screen.verify_panel.label.text()
    problems = screen.verify_panel.problems
    assert problems.item(0).text().startswith(f"entry {target}: content does not match")
    problems.itemClicked.emit(problems.item(0))
    wait_read(qtbot, screen)
    assert screen.filters.current().empty  # cleared to show the entry
    line = screen.current_line()
    assert line is not None and line.seq == target
    assert screen.detail.line is not None and screen.detail.line.seq == target


def test_verify_reports_progress_and_stops_when_cancelled(engine: Engine) -> None:
    build_audited(engine)
    with engine.begin() as c:
        append(c, "bulk", [Change("update", "person", str(i), f"P-{i}", {"n": i}, {"n": i + 1})
                           for i in range(12_000)])
    seen: list[tuple[int, int]] = []
    state = TaskState(lambda done, total: seen.append((done, total)))
    report = verify_with_progress(engine, state)
    assert report.ok and seen[-1][0] == seen[-1][1] == report.entries
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and len(seen) >= 3

    def cancel_on_first(done: int, total: int) -> None:
        state.cancel()

    state = TaskState(cancel_on_first)
    with pytest.raises(VerifyCancelled):
        verify_with_progress(engine, state)


def test_export_the_filtered_trail_is_recorded(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Path, engine: Engine) -> None:
    screen = audit(window)
    apply(qtbot, screen, AuditFilter(actor="alice"))
    out = tmp_path / "alice.csv"
    wait_op(qtbot, screen.export_to(out))
    wait_read(qtbot, screen)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))[1:]
    assert lines and all(line[2] == ALICE for line in lines)
    assert f"Exported {len(lines)} entries" in screen.message.text()
    entry = list_entries(engine, entity="audit")[0]
    assert entry.actor == OPERATOR and entry.after["filter"] == {"actor": "alice"}
    assert entry.after["rows"] == len(lines)
    # the export itself is in the trail, at the top once the filters let it through
    assert apply(qtbot, screen, AuditFilter())[0] == "Audit trail"
    assert screen.model.index(0, 3).data() == "export"


def test_export_without_an_operator_says_what_to_do(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    keys.save_operator("", "", "")
    assert audit(window).export_to(tmp_path / "x.csv") is None
    box = find_error_dialog(audit(window))
    assert box is not None and "Operator" in box.text()
    assert not (tmp_path / "x.csv").exists()
    box.close()


def test_a_large_trail_is_read_a_page_at_a_time(qtbot: QtBot, window: MainWindow,
                                                engine: Engine) -> None:
    with engine.begin() as c:
        append(c, BOB, [Change("update", "person", "1", f"P-{i:05d}", {"n": i}, {"n": i + 1})
                        for i in range(3 * PAGE_ROWS)])
    screen = audit(window)
    window.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 3 * PAGE_ROWS, timeout=10_000)
    wait_read(qtbot, screen)
    m = screen.model
    last = m.rowCount() - 1
    assert len(m._pages) == 1 and m.index(last, 0).data() == LOADING  # asks for its page
    qtbot.waitUntil(lambda: m.line(last, fetch=False) is not None, timeout=10_000)
    assert m.index(last, 4).data() == "Location SITE1"  # the oldest entry
    assert len(m._pages) == 2
    screen.show_entry(m.seqs[PAGE_ROWS + 5])
    qtbot.waitUntil(lambda: screen.detail.line is not None
                    and screen.detail.line.seq == m.seqs[PAGE_ROWS + 5], timeout=10_000)
    assert screen.view.currentIndex().row() == PAGE_ROWS + 5


def test_a_deleted_entry_shows_as_missing_and_shifts_nothing(
        qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    with engine.begin() as c:
        append(c, BOB, [Change("update", "person", "1", f"P-{i:05d}", {"n": i}, {"n": i + 1})
                        for i in range(2 * PAGE_ROWS)])
        top = int(c.execute(text("SELECT max(seq) FROM audit_entry")).scalar_one())
        gone = top - 5  # on the first page
        c.execute(text("DELETE FROM audit_entry WHERE seq = :s"), {"s": gone})
    screen = audit(window)
    screen.refresh()
    wait_read(qtbot, screen)
    m = screen.model
    assert m.rowCount() == top and list(m.seqs[:3]) == [top, top - 1, top - 2]
    row = m.row_of(gone)
    assert m.seqs[row] == gone
    assert m.index(row, 5).data() == f"entry {gone} is missing"
    assert m.index(row, 3).data() == "missing"
    assert m.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    stored = {r.seq: r for r in list_entries(engine, limit=None)}
    for r in range(PAGE_ROWS):  # every row shows the entry of its own number
        line = m.line(r)
        assert line is not None and line.seq == m.seqs[r]
        if line.seq == gone:
            assert line.row is None
        else:
            assert line.row is not None and line.row.seq == line.seq
            assert m.index(r, 5).data() == f"n: {stored[line.seq].before['n']} → " \
                                           f"{stored[line.seq].after['n']}"
    screen.view.selectRow(row)
    assert "missing" in screen.detail.heading.text() and f"#{gone}" in \
        screen.detail.heading.text()
    assert screen.detail.table.isHidden()
    screen.view.selectRow(row + 1)
    assert screen.detail.line is not None and screen.detail.line.seq == gone - 1


def test_an_entry_deleted_while_shown_does_not_shift_its_page(
        qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    with engine.begin() as c:
        append(c, BOB, [Change("update", "person", "1", f"P-{i:05d}", {"n": i}, {"n": i + 1})
                        for i in range(3 * PAGE_ROWS)])
    screen = audit(window)
    screen.filters.set_filter(AuditFilter(actor="border police"))  # numbers read once
    wait_read(qtbot, screen)
    m = screen.model
    gone = m.seqs[PAGE_ROWS + 7]  # on the second page, not read yet
    with engine.begin() as c:
        c.execute(text("DELETE FROM audit_entry WHERE seq = :s"), {"s": gone})
    assert m.line(PAGE_ROWS) is None  # asks for the page
    qtbot.waitUntil(lambda: m.line(PAGE_ROWS, fetch=False) is not None, timeout=10_000)
    for r in range(PAGE_ROWS, 2 * PAGE_ROWS):
        line = m.line(r, fetch=False)
        assert line is not None and line.seq == m.seqs[r]
        assert (line.row is None) == (line.seq == gone)
        assert line.row is None or line.row.seq == line.seq
    assert m.index(PAGE_ROWS + 7, 5).data() == f"entry {gone} is missing"
