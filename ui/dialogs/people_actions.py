"""Small dialogs of the bulk actions on selected people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

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

from planner.domain.enums import StrikeReason

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
    """Which readiness step was done, and when."""

    def __init__(self, count: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark a readiness step done"), count, parent)
        self.step_combo = QComboBox(self)
        for step in STEP_NAMES:
            self.step_combo.addItem(step_name(step), step)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.form.addRow(self.tr("&Step:"), self.step_combo)
        self.form.addRow(self.tr("&Done on:"), self.date_edit)

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
