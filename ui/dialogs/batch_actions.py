"""Dialogs of the Batches screen: new batch, split (chosen people or a size), merge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Priority

_PRIORITIES = (QT_TRANSLATE_NOOP("Priority", "Urgent"), QT_TRANSLATE_NOOP("Priority", "High"),
               QT_TRANSLATE_NOOP("Priority", "Normal"), QT_TRANSLATE_NOOP("Priority", "Low"))


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class NewBatchDialog(_Form):
    def __init__(self, sites: Sequence[tuple[int, str]], existing: set[str],
                 suggestion: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New batch"), parent)
        self.existing = existing
        self.ref_edit = QLineEdit(suggestion, self)
        self.ref_edit.setMaxLength(64)
        self.site_combo = QComboBox(self)
        for sid, name in sites:
            self.site_combo.addItem(name, sid)
        self.deadline_check = QCheckBox(self.tr("Legal deadline:"), self)
        self.deadline_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setEnabled(False)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.priority_combo = QComboBox(self)
        for p in Priority:
            self.priority_combo.addItem(
                QCoreApplication.translate("Priority", p.value.capitalize()), p.value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(Priority.NORMAL.value))
        self.keep_check = QCheckBox(self.tr("Keep people of one case together"), self)
        self.keep_check.setChecked(True)
        self.form.addRow(self.tr("&Reference:"), self.ref_edit)
        self.form.addRow(self.tr("Holding &site:"), self.site_combo)
        self.form.addRow(self.deadline_check, self.deadline_edit)
        self.form.addRow(self.tr("&Priority:"), self.priority_combo)
        self.form.addRow(self.keep_check)
        self.ref_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ref = self.ref_edit.text().strip()
        text = ""
        if not ref:
            text = self.tr("A reference is required.")
        elif ref in self.existing:
            text = self.tr("Batch %1 already exists.").replace("%1", ref)
        self.refuse(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def deadline(self) -> dt.date | None:
        if not self.deadline_check.isChecked():
            return None
        d = self.deadline_edit.date()
        return dt.date(d.year(), d.month(), d.day())


class SplitDialog(_Form):
    """Choose the people of the new part, or just its size (whole cases are kept together)."""

    def __init__(self, ref: str, members: Sequence[tuple[int, str, str]], suggestion: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Split batch %1").replace("%1", ref), parent)
        self.ref_edit = QLineEdit(suggestion, self)
        self.by_size = QRadioButton(self.tr("A part of this &size:"), self)
        self.by_people = QRadioButton(self.tr("These &people:"), self)
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(1, max(1, len(members) - 1))
        self.size_spin.setValue(max(1, len(members) // 2))
        self.people_list = QListWidget(self)
        for pid, pref, case in members:
            item = QListWidgetItem(f"{pref}   {case}".rstrip(), self.people_list)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.people_list.setMinimumHeight(160)
        self.by_size.setChecked(True)
        self.people_list.setEnabled(False)
        self.by_people.toggled.connect(self.people_list.setEnabled)
        self.by_size.toggled.connect(self.size_spin.setEnabled)
        self.form.addRow(self.tr("New batch &reference:"), self.ref_edit)
        self.form.addRow(self.by_size, self.size_spin)
        self.form.addRow(self.by_people)
        self.form.addRow(self.people_list)

    def chosen(self) -> list[int]:
        return [self.people_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people_list.count())
                if self.people_list.item(i).checkState() == Qt.CheckState.Checked]


class MergeDialog(_Form):
    """Merge another batch (same site) into this one."""

    def __init__(self, ref: str, others: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Merge into %1").replace("%1", ref), parent)
        self.source_combo = QComboBox(self)
        for bid, other in others:
            self.source_combo.addItem(other, bid)
        note = QLabel(self.tr("Everyone of the chosen batch moves into %1; the chosen batch is "
                              "deleted.").replace("%1", ref), self)
        note.setWordWrap(True)
        self.form.addRow(self.tr("&Batch to merge in:"), self.source_combo)
        self.form.addRow(note)
        if not others:
            self.refuse(self.tr("No other batch at this holding site."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
