"""The disruption dialogs of the Plan (and Network) screen: cancel a flight, close a crossing for
some days, delay a batch. Each only collects the choice; the screen does the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate
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


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


class ChoiceDialog(QDialog):
    """A form: one combo box of choices (label, value), optional dates and a reason."""

    def __init__(self, title: str, intro: str, choice_label: str,
                 choices: Sequence[tuple[str, Any]], parent: QWidget | None = None, *,
                 dates: Sequence[tuple[str, dt.date]] = (), reason: bool = False,
                 ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.combo = QComboBox(self)
        self.combo.setEditable(len(choices) > 15)  # type to find among many
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, value in choices:
            self.combo.addItem(label, value)
        form.addRow(choice_label, self.combo)
        self.date_edits: list[QDateEdit] = []
        for label, day in dates:
            edit = QDateEdit(to_qdate(day), self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            form.addRow(label, edit)
            self.date_edits.append(edit)
        self.reason_edit: QLineEdit | None = None
        if reason:
            self.reason_edit = QLineEdit(self)
            self.reason_edit.setMaxLength(500)
            form.addRow(self.tr("Reason:"), self.reason_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in self.date_edits:
            edit.dateChanged.connect(self._check)
        self.combo.currentIndexChanged.connect(self._check)
        self._check()

    def value(self) -> Any:
        return self.combo.currentData()

    def dates(self) -> list[dt.date]:
        return [from_qdate(e.date()) for e in self.date_edits]

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_edit is not None else ""

    def _check(self, *_args: Any) -> None:
        problem = ""
        if self.combo.currentIndex() < 0 or self.combo.currentData() is None:
            problem = self.tr("Nothing to choose from.")
        ds = self.dates()
        if len(ds) == 2 and ds[1] < ds[0]:
            problem = self.tr("The last day is before the first day.")
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
