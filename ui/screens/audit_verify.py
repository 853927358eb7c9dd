"""Checking the audit chain from the Audit screen: `verify_chain` on a worker thread with
progress and Cancel, and the result (intact, or each problem, a click away from its entry)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.engine import Engine

from planner.audit.verify import VerifyReport, verify_chain
from ui.workers import TaskState, make_pool

_ENTRY = re.compile(r"^entr(?:y|ies) (\d+)")
GOOD = "#1e7b34"
BAD = "#b3261e"


_POOL: list[QThreadPool] = []


def check_pool() -> QThreadPool:
    """The thread chain checks run on, so pages keep loading on the reader meanwhile."""
    if not _POOL:
        _POOL.append(make_pool("repatplan-audit"))
    return _POOL[0]


def verify_with_progress(engine: Engine, state: TaskState) -> VerifyReport:
    """`verify_chain` with the task's progress and Cancel (raises `VerifyCancelled`)."""
    report = verify_chain(engine, on_progress=state.report, should_stop=state.should_stop)
    state.report(report.entries, report.entries)
    return report


def problem_entry(problem: str) -> int | None:
    """The entry a problem of `VerifyReport.problems` is about (the first of a range)."""
    m = _ENTRY.match(problem)
    return int(m.group(1)) if m else None


class VerifyPanel(QWidget):
    """The last check's result; clicking a problem asks to show its entry."""

    jumpRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: VerifyReport | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found in the audit chain"))
        self.problems.setMaximumHeight(120)
        self.problems.itemActivated.connect(self._jump)
        self.problems.itemClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.problems)
        self.hide()

    def show_report(self, report: VerifyReport) -> None:
        self.report = report
        self.problems.clear()
        if report.ok:
            self.label.setText(
                f"<span style='color:{GOOD}'><b>"
                + self.tr("The audit chain is intact:") + "</b></span> "
                + self.tr("%1 entries, every hash and link checked. Head hash %2 — write it "
                          "down to compare later.")
                .replace("%1", f"{report.entries:,}").replace("%2", report.head_hash))
            self.problems.hide()
        else:
            self.label.setText(
                f"<span style='color:{BAD}'><b>"
                + self.tr("The audit chain is BROKEN:") + "</b></span> "
                + self.tr("%1 problem(s) in %2 entries. Click one to show its entry.")
                .replace("%1", str(len(report.problems)))
                .replace("%2", f"{report.entries:,}"))
            for text in report.problems:
                item = QListWidgetItem(text, self.problems)
                item.setData(Qt.ItemDataRole.UserRole, problem_entry(text))
            self.problems.setCurrentRow(0)
            self.problems.show()
        self.show()

    def show_cancelled(self) -> None:
        self.report = None
        self.problems.clear()
        self.problems.hide()
        self.label.setText(self.tr("The check was cancelled before the end: nothing is known "
                                   "about the entries it did not reach."))
        self.show()

    def _jump(self, item: QListWidgetItem) -> None:
        seq = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(seq, int):
            self.jumpRequested.emit(seq)
