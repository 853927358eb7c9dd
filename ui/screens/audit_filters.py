"""The Audit screen's filters: person, batch, plan, manifest, operator, action, date range.
`changed` is emitted once the user pauses typing (or at once for a choice or a date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.audit.query import AuditFilter, FilterOptions

NO_DATE = QDate(2000, 1, 1)  #: the date edit's minimum, shown as "any"
DEBOUNCE_MS = 300


class AuditFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self._quiet = False

        self.person_edit = self._line(self.tr("Reference or name"))
        self.batch_edit = self._line(self.tr("Batch reference"))
        self.batch_completer = QCompleter(QStringListModel(self), self)
        self.batch_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.batch_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.batch_edit.setCompleter(self.batch_completer)
        self.manifest_edit = self._line(self.tr("Manifest number"))
        self.plan_combo = QComboBox(self)
        self.plan_combo.addItem(self.tr("Any plan"), "")
        self.plan_combo.currentIndexChanged.connect(self._now)
        self.actor_combo = QComboBox(self)
        self.actor_combo.setEditable(True)
        self.actor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.actor_combo.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("Any operator"))
        line.setClearButtonEnabled(True)
        line.textEdited.connect(self._later)
        self.actor_combo.activated.connect(self._now)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Any action"), "")
        self.action_combo.currentIndexChanged.connect(self._now)
        self.since_edit = self._date()
        self.until_edit = self._date()
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        for w, name in ((self.person_edit, self.tr("Person")), (self.batch_edit, self.tr("Batch")),
                        (self.plan_combo, self.tr("Plan")),
                        (self.manifest_edit, self.tr("Manifest")),
                        (self.actor_combo, self.tr("Operator")),
                        (self.action_combo, self.tr("Action")),
                        (self.since_edit, self.tr("From (UTC day)")),
                        (self.until_edit, self.tr("To (UTC day)"))):
            w.setAccessibleName(name)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Person"), self.person_edit), (self.tr("&Batch"), self.batch_edit),
            (self.tr("P&lan"), self.plan_combo), (self.tr("&Manifest"), self.manifest_edit),
            (self.tr("&Operator"), self.actor_combo), (self.tr("&Action"), self.action_combo),
            (self.tr("&From"), self.since_edit), (self.tr("&To"), self.until_edit)]
        for i, (text, widget) in enumerate(cells):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row, col = divmod(i, 4)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(widget, row, 2 * col + 1)
            grid.setColumnStretch(2 * col + 1, 1)
        grid.addWidget(self.clear_button, 1, 8)

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._later)
        return edit

    def _date(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._now)
        return edit

    def _later(self, *_args: object) -> None:
        if not self._quiet:
            self._timer.start()

    def _now(self, *_args: object) -> None:
        if not self._quiet:
            self._timer.stop()
            self.changed.emit()

    # -- state ------------------------------------------------------------------------------

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date | None:
        d = edit.date()
        return None if d <= NO_DATE else dt.date(d.year(), d.month(), d.day())

    def current(self) -> AuditFilter:
        return AuditFilter(
            person=self.person_edit.text().strip(), batch=self.batch_edit.text().strip(),
            plan=str(self.plan_combo.currentData() or ""),
            manifest=self.manifest_edit.text().strip(),
            actor=self.actor_combo.currentText().strip(),
            action=str(self.action_combo.currentData() or ""),
            since=self._day(self.since_edit), until=self._day(self.until_edit))

    def set_filter(self, f: AuditFilter) -> None:
        """Show `f` in the widgets; `changed` is emitted once."""
        self._quiet = True
        try:
            self.person_edit.setText(f.person)
            self.batch_edit.setText(f.batch)
            self.manifest_edit.setText(f.manifest)
            self.actor_combo.setEditText(f.actor)
            self._choose(self.plan_combo, f.plan, f"#{f.plan}")
            self._choose(self.action_combo, f.action, f.action)
            for edit, day in ((self.since_edit, f.since), (self.until_edit, f.until)):
                edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        finally:
            self._quiet = False
        self._now()

    def clear(self) -> None:
        self.set_filter(AuditFilter())

    @staticmethod
    def _choose(combo: QComboBox, value: str, text: str) -> None:
        i = combo.findData(value)
        if i < 0 and value:  # not offered (yet): add it so the filter still shows
            combo.addItem(text, value)
            i = combo.count() - 1
        combo.setCurrentIndex(max(i, 0))

    def set_options(self, options: FilterOptions) -> None:
        """Offer the operators, actions, plans and batches found; keep what is chosen."""
        self._quiet = True
        try:
            actor = self.actor_combo.currentText()
            self.actor_combo.clear()
            self.actor_combo.addItems(options.actors)
            self.actor_combo.setEditText(actor)
            for combo, items, any_text in (
                    (self.action_combo, [(a, a) for a in options.actions],
                     self.tr("Any action")),
                    (self.plan_combo, [(f"#{i} {label}", str(i)) for i, label in options.plans],
                     self.tr("Any plan"))):
                value = combo.currentData()
                combo.clear()
                combo.addItem(any_text, "")
                for text, data in items:
                    combo.addItem(text, data)
                self._choose(combo, str(value or ""), str(value or ""))
            model = self.batch_completer.model()
            if isinstance(model, QStringListModel):
                model.setStringList(sorted(options.batches.values()))
        finally:
            self._quiet = False
