"""Small dialogs of the bulk actions on selected people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from planner.domain.enums import StrikeReason
from planner.services import edits
from ui.workers import Operation, TaskState

if TYPE_CHECKING:
    from ui.context import AppContext

STEP_NAMES: dict[str, Any] = {
    "identity_verified_on": QT_TRANSLATE_NOOP("Steps", "Identity verified"),
    "document_issued_on": QT_TRANSLATE_NOOP("Steps", "Travel document issued"),
    "exit_clearance_on": QT_TRANSLATE_NOOP("Steps", "Exit clearance"),
    "fit_to_travel_on": QT_TRANSLATE_NOOP("Steps", "Fit to travel"),
}
REASON_NAMES: dict[StrikeReason, Any] = {
    StrikeReason.RELEASED: QT_TRANSLATE_NOOP("Reasons", "Released"),
    StrikeReason.HOSPITALISED: QT_TRANSLATE_NOOP("Reasons", "Hospitalised"),
    StrikeReason.OTHER_LEGAL_PROCESS: QT_TRANSLATE_NOOP("Reasons", "Other legal process"),
    StrikeReason.ABSCONDED: QT_TRANSLATE_NOOP("Reasons", "Absconded"),
    StrikeReason.DECEASED: QT_TRANSLATE_NOOP("Reasons", "Deceased"),
    StrikeReason.DUPLICATE_RECORD: QT_TRANSLATE_NOOP("Reasons", "Duplicate record"),
}


def step_name(step: str) -> str:
    return QCoreApplication.translate("Steps", STEP_NAMES.get(step, step))


class ActionDialog(QDialog):
    """A form with a line saying how many people it applies to, and OK/Cancel."""

    def __init__(self, title: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        what = (QCoreApplication.translate("ActionDialog", "Applies to the selected person.")
                if count == 1 else
                QCoreApplication.translate("ActionDialog", "Applies to the %1 selected people.")
                .replace("%1", f"{count:,}"))
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what, self))
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)


class AssignDialog(ActionDialog):
    """Choose a batch at the people's site (or none)."""

    def __init__(self, count: int, batches: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign to batch"), count, parent)
        self.batch_combo = QComboBox(self)
        for bid, ref in batches:
            self.batch_combo.addItem(ref, bid)
        self.batch_combo.addItem(self.tr("(no batch)"), None)
        self.form.addRow(self.tr("&Batch:"), self.batch_combo)

    def choice(self) -> tuple[int | None, str]:
        return self.batch_combo.currentData(), self.batch_combo.currentText()


class StepDialog(ActionDialog):
    """Which readiness step was done, and when. People who have the chosen step done already
    keep their dates (the service leaves them as they are), and the dialog says how many:
    with `context` and the people's `ids` it reads their step dates on the reader thread."""

    def __init__(self, count: int, today: dt.date, parent: QWidget | None = None, *,
                 context: AppContext | None = None, ids: Sequence[int] = ()) -> None:
        super().__init__(self.tr("Mark a readiness step done"), count, parent)
        self.count = count
        #: step → person id → the date it was done, for the selected people who have it done
        self.step_done: dict[str, dict[int, dt.date]] = {}
        self.load_op: Operation[dict[str, dict[int, dt.date]]] | None = None
        self.step_combo = QComboBox(self)
        for step in STEP_NAMES:
            self.step_combo.addItem(step_name(step), step)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.form.addRow(self.tr("&Step:"), self.step_combo)
        self.form.addRow(self.tr("&Done on:"), self.date_edit)
        self.kept_label = QLabel(self)  # who has the step done already: their dates stay
        self.kept_label.setObjectName("stepKeptLabel")
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet("color: #a35a00;")
        self.kept_label.setVisible(False)
        self.form.addRow(self.kept_label)
        self.step_combo.currentIndexChanged.connect(lambda _i: self._show_kept())
        if context is not None and context.engine is not None and ids:
            self._load(context, list(ids))

    def _load(self, context: AppContext, ids: list[int]) -> None:
        engine = context.engine
        assert engine is not None

        def job(_s: TaskState) -> dict[str, dict[int, dt.date]]:
            return edits.step_dates(engine, ids)

        def done(result: dict[str, dict[int, dt.date]]) -> None:
            if isValid(self):  # the dialog may be closed (and deleted) before the read ends
                self.set_done(result)

        # not a child of the dialog: closing it must not delete the operation under its job;
        # a failed read only leaves the line out (the service keeps the dates all the same)
        op: Operation[dict[str, dict[int, dt.date]]] = Operation(job)
        op.on_success(done)
        self.load_op = op
        op.run(context.pools.reader)

    def set_done(self, done: Mapping[str, Mapping[int, dt.date]]) -> None:
        """The step dates of the selected people who have each step done."""
        self.step_done = {step: dict(dates) for step, dates in done.items()}
        self._show_kept()

    def kept_text(self) -> str:
        """How many of the people have the chosen step done already (their dates stay)."""
        dates = self.step_done.get(self.step_combo.currentData(), {})
        if not dates:
            return ""
        earliest = min(dates.values()).isoformat()
        if len(dates) >= self.count == 1:
            return self.tr("The selected person has this step done already (on %1); the date "
                           "stays.").replace("%1", earliest)
        if len(dates) >= self.count:
            return self.tr("All %1 already have this step done (earliest %2); their dates "
                           "stay: nothing changes.").replace("%1", f"{self.count:,}").replace(
                               "%2", earliest)
        return self.tr("%1 of %2 already have this step done (earliest %3); their dates stay.") \
            .replace("%1", f"{len(dates):,}").replace("%2", f"{self.count:,}") \
            .replace("%3", earliest)

    def _show_kept(self) -> None:
        text = self.kept_text()
        self.kept_label.setText(text)
        self.kept_label.setToolTip(self.tr("A date already recorded is changed in the "
                                           "person's detail editor.") if text else "")
        self.kept_label.setVisible(bool(text))

    def choice(self) -> tuple[str, dt.date]:
        d = self.date_edit.date()
        return self.step_combo.currentData(), dt.date(d.year(), d.month(), d.day())


class StrikeDialog(ActionDialog):
    """A coded reason and a note; striking is final."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Strike from the caseload"), count, parent)
        self.reason_combo = QComboBox(self)
        for reason, name in REASON_NAMES.items():
            self.reason_combo.addItem(QCoreApplication.translate("Reasons", name), reason.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(1000)
        warning = QLabel(self.tr("Striking is final: the status rules allow no way back, so "
                                 "it cannot be undone."), self)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a35a00;")
        self.form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.form.addRow(warning)

    def choice(self) -> tuple[StrikeReason, str]:
        return StrikeReason(self.reason_combo.currentData()), self.note_edit.text().strip()


class GroupDialog(ActionDialog):
    """A keep-together group name (empty: release from their group)."""

    def __init__(self, count: int, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keep together"), count, parent)
        self.group_edit = QLineEdit(suggestion, self)
        self.group_edit.setMaxLength(64)
        self.group_edit.setPlaceholderText(self.tr("empty: no longer kept together"))
        self.form.addRow(self.tr("&Group:"), self.group_edit)

    def choice(self) -> str:
        return self.group_edit.text().strip()
