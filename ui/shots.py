"""Saving the real app's screens and dialogs as PNGs for `python -m ui.screenshots`: waiting
for each screen's background reads, then grabbing; one function per group of shots."""

from __future__ import annotations

import datetime as dt
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEventLoop, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from ui.main_window import MainWindow

OPERATOR = ("Li Na", "IB-2041", "Immigration Bureau")
SECOND_LANGUAGE_SCREENS = ("overview", "people", "batches")


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(ready: Callable[[], bool], what: str, timeout: float = 300.0) -> None:
    """Run the event loop until `ready()` (the result of a background read reached the
    screen), then a little longer so that it is painted."""
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        settle(50)
    settle(150)


def op_done(op: Any) -> bool:
    """A screen's background operation (an `Operation`, or None when none was started)."""
    return op is None or bool(op.done)



# -- saving the window and dialogs ------------------------------------------------------------


class Shots:
    """Saves PNGs into `out` and remembers which were written and which were skipped."""

    def __init__(self, window: MainWindow, out: Path, suffix: str = "") -> None:
        self.window = window
        self.out = out
        self.suffix = suffix
        self.saved: list[Path] = []
        self.skipped: list[str] = []
        self.notes: dict[str, str] = {}

    def grab(self, widget: QWidget, name: str) -> Path:
        QApplication.processEvents()
        path = self.out / f"{name}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        print(path)  # noqa: T201
        return path

    def quiet(self) -> None:
        """Wait for the window's reload and any edit on the writer thread."""
        w = self.window
        wait_until(lambda: op_done(w.reload_op) and not w.edits.busy, "the window to reload")

    def attempt(self, what: str, fn: Callable[[], Any]) -> None:
        """Run one group of shots; a failure is reported and the others still run."""
        try:
            fn()
        except Exception as e:  # a screen in the making must not stop the rest
            traceback.print_exc()
            self.skipped.append(f"{what}: {e}")
            for widget in QApplication.topLevelWidgets():  # close what the group left open
                if widget is not self.window and widget.isVisible():
                    widget.close()
            settle()


def select_row(view: Any, row: int) -> None:
    model = view.model()
    if model.rowCount() > row:
        view.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(model.index(row, 0))


def shoot_plain(s: Shots, key: str) -> None:
    """A screen that has everything it shows once the window has loaded."""
    s.window.show_screen(key)
    s.quiet()
    s.grab(s.window, key)


def shoot_people(s: Shots, name: str = "people") -> None:
    w = s.window
    w.show_screen("people")
    screen: Any = w.screens["people"]
    select_row(screen.table.view, 3)
    wait_until(lambda: op_done(screen.detail_op) and screen.editor.detail is not None,
               "the person's details")
    s.grab(w, name)


def shoot_network(s: Shots) -> None:
    w = s.window
    screen: Any = w.screens["network"]
    w.show_screen("network")
    wait_until(lambda: screen.map.has_plan(), "the map's plan")
    screen.tabs.setCurrentIndex(0)
    s.grab(w, "network")
    screen.tabs.setCurrentIndex(1)
    select_row(screen.views["crossing"], 1)
    s.grab(w, "network-crossings")
    screen.tabs.setCurrentIndex(2)
    day = w.context.today + dt.timedelta(days=7)
    screen.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    settle()
    s.grab(w, "network-flights")
    screen.tabs.setCurrentIndex(4)
    s.grab(w, "network-receiving")
    screen.tabs.setCurrentIndex(1)
    dialog = screen.ask_close_crossing()
    if dialog is not None:
        settle()
        s.grab(dialog, "close-crossing-dialog")
        dialog.reject()
    screen.tabs.setCurrentIndex(0)


def shoot_network_import(s: Shots, network_file: Path) -> None:
    screen: Any = s.window.screens["network"]
    s.window.show_screen("network")
    dialog = screen.ask_import_network()
    dialog.path_edit.setText(str(network_file))
    dialog.check()
    wait_until(lambda: op_done(dialog.op) and dialog.checked is not None,
               "the network file's check")
    s.grab(dialog, "network-import-dialog")
    dialog.reject()


def shoot_plan_tabs(s: Shots) -> None:
    """The published plan (read from the database): its chunks and unscheduled batches."""
    w = s.window
    screen: Any = w.screens["plan"]
    w.show_screen("plan")
    wait_until(lambda: screen.shown is not None and op_done(screen.load_op), "the plan")
    screen.tabs.setCurrentIndex(1)
    s.grab(w, "plan-chunks")
    screen.tabs.setCurrentIndex(2)
    select_row(screen.unscheduled_view, 0)
    s.grab(w, "plan-unscheduled")
    screen.tabs.setCurrentIndex(0)


def shoot_plan_run(s: Shots, time_limit: float) -> None:
    """Run plan in the app: the search while it runs, then the result with its chart."""
    w = s.window
    screen: Any = w.screens["plan"]
    w.show_screen("plan")
    screen.time_limit.setValue(time_limit)
    run = screen.start_run()
    if run is None:
        raise RuntimeError("the Plan screen did not start a run")
    wait_until(lambda: (len(screen.chart.points) >= 2 and run.elapsed() > time_limit / 2)
               or run.done, "the search to get going")
    screen.tabs.setCurrentIndex(0)
    s.grab(w, "plan-running")
    wait_until(lambda: run.done, "the run", timeout=time_limit + 300)
    s.quiet()
    wait_until(lambda: op_done(screen.load_op) and screen.shown is not None, "the new plan")
    s.grab(w, "plan")


def shoot_replan(s: Shots, time_limit: float) -> None:
    """A disruption (a flight cancelled) re-planned from the published plan; the comparison."""
    w = s.window
    screen: Any = w.screens["plan"]
    w.show_screen("plan")
    published = next(v.id for v in screen.data.versions if v.status == "published")
    if screen.shown is None or screen.shown.id != published:
        screen.selected_id = published
        screen.load_version(published)
        wait_until(lambda: op_done(screen.load_op) and screen.shown is not None
                   and screen.shown.id == published, "the published plan")
    flights = sorted(screen.shown.result.operated_flights)
    if not flights:
        raise RuntimeError("the published plan flies nobody: no flight to cancel")
    screen.time_limit.setValue(time_limit)
    screen.actions_.cancel_flight(flights[len(flights) // 2])
    wait_until(lambda: screen.run is not None and screen.run.request.replan, "the re-plan")
    run = screen.run
    wait_until(lambda: run.done, "the re-plan", timeout=time_limit + 300)
    s.quiet()
    screen.tabs.setCurrentIndex(3)
    s.grab(w, "plan-changes")
    versions = screen.data.versions
    screen.compare.choose(published, max(v.id for v in versions))
    screen.tabs.setCurrentIndex(4)
    screen.compare.run()
    wait_until(lambda: screen.compare.op is not None and screen.compare.op.done,
               "the comparison")
    s.grab(w, "plan-compare")
    screen.tabs.setCurrentIndex(0)


def shoot_manifests(s: Shots, work: Path) -> None:
    """A busy day's handovers, the preview of one, the print preview; the manifest is saved
    (issued), its handover recorded through the dialog; the reconciliation."""
    from planner.manifests.handover import StrikeCode

    w = s.window
    screen: Any = w.screens["manifests"]
    w.show_screen("manifests")
    wait_until(lambda: op_done(screen.load_op) and not screen._stale, "the manifests")
    rows = screen.board.rows
    if not rows:
        raise RuntimeError("the published plan has no handovers")
    by_day: dict[dt.date, set[str]] = {}
    for r in rows:
        by_day.setdefault(r.day, set()).add(str(r.kind))
    # the first day with crossings and flights (else the first day at all)
    day = min((d for d, kinds in by_day.items() if len(kinds) > 1), default=min(by_day))
    screen.day_combo.setCurrentIndex(screen.day_index(day))
    screen._fill_events()
    numbers = [r.number for r in rows if r.day == day]
    small = min((r for r in rows if r.day == day), key=lambda r: r.people).number
    screen.select(numbers[0])
    wait_until(lambda: screen.draft is not None and op_done(screen.draft_op),
               "the manifest's preview")
    s.grab(w, "manifests")
    dialog = screen.actions_.open_preview()
    if dialog is not None:
        dialog.resize(1100, 760)
        settle(300)
        s.grab(dialog, "manifest-print-preview")
        dialog.reject()
        settle()

    # the handover is recorded against the printed list: save it first (issues revision 1)
    screen.select(small)
    wait_until(lambda: screen.draft is not None and op_done(screen.draft_op)
               and screen.current_number() == small, "the manifest's preview")
    op = screen.actions_.start_save(work / f"{small}.pdf", number=small)
    wait_until(lambda: op_done(op), "the manifest to be saved")
    s.quiet()
    wait_until(lambda: op_done(screen.load_op) and not screen._stale, "the manifests")
    screen.select(small)
    wait_until(lambda: screen.handover_action.isEnabled(), "the handover action")
    escorts = getattr(screen.actions_, "escorts", None)  # newer builds: the escorts dialog
    if escorts is not None:
        screen.actions_.dialog = None
        read = escorts.ask()
        wait_until(lambda: op_done(read) and screen.actions_.dialog is not None
                   and screen.actions_.dialog.isVisible(), "the escorts dialog")
        settle(200)
        s.grab(screen.actions_.dialog, "escorts-dialog")
        screen.actions_.dialog.reject()
        settle()
    handover = screen.actions_.ask_handover()
    wait_until(lambda: op_done(handover) and screen.actions_.dialog is not None
               and screen.actions_.dialog.isVisible(), "the handover dialog")
    dialog = screen.actions_.dialog
    dialog.resize(1000, 680)
    dialog.dispatching.setText("Saw Min")
    dialog.dispatching_id.setText("BGF-0012")
    dialog.receiving.setText("Zhao Gang")
    dialog.receiving_id.setText("YNB-4410")
    dialog.witness.setText("Li Na")
    dialog.witness_id.setText("IB-2041")
    people = dialog.form.people
    if len(people) > 1:
        dialog.set_outcome(people[1].ref, StrikeCode.MEDICAL_HOLD, "fever, seen by the doctor")
        s.notes["struck"] = people[1].ref
    settle()
    s.grab(dialog, "handover-dialog")
    dialog.submit()
    wait_until(lambda: (not isValid(dialog) or not dialog.isVisible())
               and op_done(screen.actions_.handover_op), "the handover to be recorded")
    s.quiet()
    wait_until(lambda: op_done(screen.load_op) and not screen._stale, "the manifests")
    screen.select(small)
    settle(300)
    s.grab(w, "manifests-recorded")
    screen.tabs.setCurrentIndex(1)
    settle()
    s.grab(w, "manifests-reconciliation")
    screen.tabs.setCurrentIndex(0)


def shoot_exports(s: Shots, work: Path) -> None:
    w = s.window
    if "exports" not in w.screens:
        raise RuntimeError("the Exports screen is not in this build")
    screen: Any = w.screens["exports"]
    w.show_screen("exports")
    wait_until(lambda: op_done(screen.choices_op), "the plan's days and flights")
    screen.form.choose(partner="receiving-bureau", fmt="xlsx")
    op = screen.export_to(work / "receiving-bureau.xlsx")
    if op is None:
        raise RuntimeError(f"the export form refused: {screen.form.problem()}")
    wait_until(lambda: op_done(op), "the export")
    s.quiet()
    wait_until(lambda: op_done(screen.choices_op), "the plan's days and flights")
    screen.form.choose(partner="airline", fmt="paxlst")
    settle(200)
    s.grab(w, "exports")


def shoot_audit(s: Shots) -> None:
    w = s.window
    screen: Any = w.screens["audit"]
    w.show_screen("audit")
    struck = s.notes.get("struck")
    if struck:  # the history of the person struck at the handover: before → after
        screen.show_for("person", struck)
    wait_until(lambda: op_done(screen.refresh_op) and not screen.model.busy
               and op_done(screen.options_op), "the audit trail")
    screen._select(0)
    wait_until(lambda: not screen.model.busy, "the audit entry")
    s.grab(w, "audit")


def shoot_dialogs(s: Shots, import_file: Path | None) -> None:
    """The operator and preferences dialogs, the bulk-action and batch dialogs, and the pages
    of the import wizard (with `import_file`, the check lists its errors)."""
    w = s.window
    for name, open_dialog in (("operator-dialog", w.ask_operator),
                              ("preferences-dialog", w.preferences)):
        dialog = open_dialog()
        settle()
        s.grab(dialog, name)
        dialog.reject()
    for key, row, action, name in (("people", 3, "step_action", "mark-step-dialog"),
                                   ("batches", 0, "split_action", "split-dialog")):
        screen: Any = w.screens.get(key)
        if screen is None:
            continue
        w.show_screen(key)
        select_row(screen.table.view, row)
        getattr(screen, action).trigger()
        settle()
        s.grab(screen.active_dialog, name)
        screen.active_dialog.reject()
    wizard: Any = w.import_persons()
    if wizard is None:
        return
    settle()
    if import_file is not None:
        wizard.file_page.path_edit.setText(str(import_file))
    s.grab(wizard, "import-1-file")
    if import_file is not None:
        wizard.next()
        settle()
        s.grab(wizard, "import-2-columns")
        if wizard.map_page.isComplete():
            wizard.next()
            wait_until(lambda: op_done(wizard.preview_page.op), "the import check")
            s.grab(wizard, "import-3-preview")
    wizard.reject()
    w.context.pools.wait()

