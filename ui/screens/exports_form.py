"""The "New export" form of the Exports screen: plan, recipient, format, an optional day and
flight, and a password; it says what the recipient will get and why Save is not allowed yet."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.exports.protect import MIN_PASSWORD, SENSITIVE_FIELDS, requires_encryption
from planner.exports.service import INTERNAL
from ui.screens.exports_data import ExportsData, PlanChoices, field_name, tr, tr_noop
from ui.screens.plan_view import version_label

FORMAT_NAMES: tuple[tuple[str, Any], ...] = (
    ("xlsx", QT_TRANSLATE_NOOP("Exports", "Excel workbook (XLSX)")),
    ("csv", QT_TRANSLATE_NOOP("Exports", "CSV (UTF-8)")),
    ("ics", QT_TRANSLATE_NOOP("Exports", "Calendar (iCalendar, no personal data)")),
    ("json", QT_TRANSLATE_NOOP("Exports", "Plan document (JSON)")),
    ("paxlst", QT_TRANSLATE_NOOP("Exports", "Passenger list (UN/EDIFACT PAXLST)")),
)
ERROR = "color: #b3261e;"


@dataclass(frozen=True)
class ExportRequest:
    plan_id: int | None
    partner: str
    fmt: str
    day: dt.date | None
    flight: str
    password: str | None


class ExportForm(QWidget):
    #: the choice of plan changed: load its days and flights (plan id)
    planChosen = Signal(int)
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ExportsData()
        self.choices_plan: int | None = None  # the plan whose days and flights are offered
        self.plan_combo = QComboBox(self)
        self.plan_combo.setMinimumContentsLength(30)
        self.partner_combo = QComboBox(self)
        self.format_combo = QComboBox(self)
        for key, name in FORMAT_NAMES:
            self.format_combo.addItem(tr_noop(name), key)
        self.day_combo = QComboBox(self)
        self.flight_combo = QComboBox(self)
        self.gets_label = QLabel(self)
        self.gets_label.setWordWrap(True)
        self.gets_label.setTextFormat(Qt.TextFormat.RichText)
        self.encrypt_check = QCheckBox(tr("&Encrypt with a password"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("at least %1 characters").replace(
            "%1", str(MIN_PASSWORD)))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.how_label = QLabel(self)
        self.how_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(ERROR)
        self.problem_label.setWordWrap(True)
        self.save_button = QPushButton(tr("&Save as…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.saveRequested)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Plan:"), self.plan_combo)
        form.addRow(tr("&Recipient:"), self.partner_combo)
        form.addRow(self.gets_label)
        form.addRow(tr("&Format:"), self.format_combo)
        only = QHBoxLayout()
        only.addWidget(self.day_combo, 1)
        only.addWidget(self.flight_combo, 1)
        only_label = QLabel(tr("&Only:"), self)
        only_label.setBuddy(self.day_combo)
        form.addRow(only_label, only)
        form.addRow("", self.encrypt_check)
        form.addRow(tr("Pass&word:"), self.password)
        form.addRow(tr("A&gain:"), self.again)
        form.addRow("", self.how_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem_label, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        layout.addStretch(1)

        self.plan_combo.activated.connect(self._plan_activated)
        self.partner_combo.currentIndexChanged.connect(self._sync)
        self.format_combo.currentIndexChanged.connect(self._sync)
        self.encrypt_check.toggled.connect(self._sync)
        self.password.textChanged.connect(self._sync)
        self.again.textChanged.connect(self._sync)
        self.set_choices(None)
        self._sync()

    # -- data -------------------------------------------------------------------------------

    def set_data(self, data: ExportsData) -> None:
        plan, partner = self.plan_id(), self.partner()
        self.data = data
        for combo in (self.plan_combo, self.partner_combo):
            combo.blockSignals(True)
            combo.clear()
        for v in data.versions:
            self.plan_combo.addItem(version_label(v), v.id)
        i = self.plan_combo.findData(plan if plan is not None else data.default_plan())
        self.plan_combo.setCurrentIndex(i if i >= 0 else self.plan_combo.findData(
            data.default_plan()))
        for p in data.profiles:
            self.partner_combo.addItem(p.name, p.name)
        self.partner_combo.addItem(tr("internal — the whole plan (JSON only)"), INTERNAL)
        j = self.partner_combo.findData(partner)
        self.partner_combo.setCurrentIndex(max(j, 0))
        for combo in (self.plan_combo, self.partner_combo):
            combo.blockSignals(False)
        self._sync()
        if self.plan_id() is not None and self.plan_id() != plan:
            self.planChosen.emit(self.plan_id())

    def set_choices(self, choices: PlanChoices | None) -> None:
        """The days and flights of the chosen plan (None: not read yet)."""
        self.choices_plan = choices.plan_id if choices is not None else None
        day, flight = self.day_combo.currentData(), self.flight_combo.currentData()
        self.day_combo.clear()
        self.flight_combo.clear()
        self.day_combo.addItem(tr("every day"), "")
        self.flight_combo.addItem(tr("every flight"), "")
        if choices is not None:
            for d in choices.days:
                self.day_combo.addItem(d.isoformat(), d.isoformat())
            for f in choices.flights:
                self.flight_combo.addItem(f, f)
        self.day_combo.setCurrentIndex(max(self.day_combo.findData(day), 0))
        self.flight_combo.setCurrentIndex(max(self.flight_combo.findData(flight), 0))

    def _plan_activated(self, _index: int) -> None:
        pid = self.plan_id()
        if pid is not None:
            self.planChosen.emit(pid)

    # -- values -----------------------------------------------------------------------------

    def plan_id(self) -> int | None:
        value = self.plan_combo.currentData()
        return value if isinstance(value, int) else None

    def partner(self) -> str:
        value = self.partner_combo.currentData()
        return value if isinstance(value, str) else ""

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def choose(self, *, partner: str | None = None, fmt: str | None = None,
               day: dt.date | None = None, flight: str | None = None) -> None:
        """Set choices by value (keyboard users and tests)."""
        for combo, value in ((self.partner_combo, partner), (self.format_combo, fmt),
                             (self.day_combo, day.isoformat() if day else None),
                             (self.flight_combo, flight)):
            if value is not None:
                i = combo.findData(value)
                if i < 0:
                    raise ValueError(f"no choice {value!r}")
                combo.setCurrentIndex(i)

    def must_encrypt(self) -> bool:
        p = self.data.profile(self.partner())
        return p is not None and requires_encryption(list(p.fields)) and self.fmt() != "ics"

    def problem(self) -> str:
        """Why Save is not allowed yet ('' when it is)."""
        if self.plan_id() is None:
            return tr("There is no plan yet: make one on the Plan screen.")
        if not self.partner():
            return tr("Choose a recipient.")
        if self.partner() == INTERNAL and self.fmt() != "json":
            return tr("The whole plan goes out as JSON only; choose a recipient for other "
                      "formats.")
        if self.fmt() == "paxlst":
            p = self.data.profile(self.partner())
            if p is not None and "names" not in p.fields:
                return tr("A passenger list needs names, which %1 does not get.").replace(
                    "%1", p.name)
        if self.encrypt_check.isChecked():
            pw = self.password.text()
            if len(pw) < MIN_PASSWORD:
                return tr("The password needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD))
            if not pw.strip():
                return tr("The password must not be only spaces.")
            if pw != self.again.text():
                return tr("The two passwords differ.")
        return ""

    def request(self) -> ExportRequest:
        json_ = self.fmt() == "json"
        day = str(self.day_combo.currentData() or "")
        return ExportRequest(
            self.plan_id(), self.partner(), self.fmt(),
            dt.date.fromisoformat(day) if day and not json_ else None,
            "" if json_ else str(self.flight_combo.currentData() or ""),
            self.password.text() if self.encrypt_check.isChecked() else None)

    def clear_password(self) -> None:
        self.password.clear()
        self.again.clear()

    # -- state ------------------------------------------------------------------------------

    def _sync(self, *_args: Any) -> None:
        must = self.must_encrypt()
        if must and not self.encrypt_check.isChecked():
            self.encrypt_check.setChecked(True)  # re-enters _sync
            return
        self.encrypt_check.setEnabled(not must)
        self.encrypt_check.setToolTip(tr("%1 gets medical data: its files are always "
                                         "encrypted").replace("%1", self.partner())
                                      if must else "")
        on = self.encrypt_check.isChecked()
        self.password.setEnabled(on)
        self.again.setEnabled(on)
        self.how_label.setText(
            "" if not on else tr("Excel and LibreOffice ask for the password when they open "
                                 "the workbook.") if self.fmt() == "xlsx" else
            tr("The file goes into a 7-Zip archive (.7z, AES-256) that 7-Zip, p7zip or Keka "
               "open with the password."))
        json_ = self.fmt() == "json"
        self.day_combo.setEnabled(not json_)
        self.flight_combo.setEnabled(not json_)
        self.gets_label.setText(self._gets_html())
        why = self.problem()
        self.problem_label.setText(why)
        self.save_button.setEnabled(not why)
        self.save_button.setToolTip(why)

    def _gets_html(self) -> str:
        partner = self.partner()
        if partner == INTERNAL:
            return tr("Our own systems: the engine's whole plan document.")
        p = self.data.profile(partner)
        if p is None:
            return ""
        if self.fmt() == "ics":
            return tr("A calendar: places, times, manifest numbers and head counts only.")
        if not p.fields:
            return tr("Head counts only, one row per handover.")
        names = tr(", ").join(
            f'<span style="{ERROR}">{html.escape(field_name(f))}</span>'
            if f in SENSITIVE_FIELDS else html.escape(field_name(f)) for f in p.fields)
        return tr("<b>%1</b> gets the person reference and: %2").replace(
            "%1", html.escape(p.name)).replace("%2", names)
