"""The edit dialog of one network row (location, crossing, flight, leg, receiving point) and the
dialog of a new flight: a form per field with the service's validation messages next to the
field, checked as the user types; OK only when everything is valid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.services import network_edits as ne
from ui.i18n import translate_in

#: (field, label, type) per kind; types: str, int, int?, float, time, datetime, bool, mode,
#: list (comma-separated), coord (degrees, empty = none)
FORM: dict[str, list[tuple[str, Any, str]]] = {
    "location": [("name_en", QT_TRANSLATE_NOOP("NetworkForm", "Name"), "str"),
                 ("name_local", QT_TRANSLATE_NOOP("NetworkForm", "Local name"), "str"),
                 ("latitude", QT_TRANSLATE_NOOP("NetworkForm", "Latitude"), "coord"),
                 ("longitude", QT_TRANSLATE_NOOP("NetworkForm", "Longitude"), "coord"),
                 ("holding_capacity", QT_TRANSLATE_NOOP("NetworkForm", "Holding capacity"),
                  "int?"),
                 ("timezone", QT_TRANSLATE_NOOP("NetworkForm", "Time zone"), "str")],
    "crossing": [("name", QT_TRANSLATE_NOOP("NetworkForm", "Name"), "str"),
                 ("daily_capacity", QT_TRANSLATE_NOOP("NetworkForm", "People a day"), "int"),
                 ("open_weekdays", QT_TRANSLATE_NOOP("NetworkForm", "Open weekdays (1=Mon)"),
                  "str"),
                 ("open_from", QT_TRANSLATE_NOOP("NetworkForm", "Opens"), "time"),
                 ("open_until", QT_TRANSLATE_NOOP("NetworkForm", "Closes"), "time"),
                 ("handover_minutes", QT_TRANSLATE_NOOP("NetworkForm", "Handover minutes"),
                  "int")],
    "flight": [("number", QT_TRANSLATE_NOOP("NetworkForm", "Flight number"), "str"),
               ("carrier", QT_TRANSLATE_NOOP("NetworkForm", "Carrier"), "str"),
               ("departure_local", QT_TRANSLATE_NOOP("NetworkForm", "Departs (local)"),
                "datetime"),
               ("arrival_local", QT_TRANSLATE_NOOP("NetworkForm", "Arrives (local)"),
                "datetime"),
               ("seats", QT_TRANSLATE_NOOP("NetworkForm", "Seats"), "int"),
               ("max_detainees", QT_TRANSLATE_NOOP("NetworkForm", "Most detainees"), "int"),
               ("escorts_per_detainee", QT_TRANSLATE_NOOP("NetworkForm",
                                                          "Escorts per detainee"), "float"),
               ("charter_cost", QT_TRANSLATE_NOOP("NetworkForm", "Charter cost"), "int"),
               ("optional", QT_TRANSLATE_NOOP("NetworkForm", "The planner may choose it"),
                "bool")],
    "leg": [("mode", QT_TRANSLATE_NOOP("NetworkForm", "Mode"), "mode"),
            ("duration_minutes", QT_TRANSLATE_NOOP("NetworkForm", "Minutes"), "int"),
            ("vehicle_capacity", QT_TRANSLATE_NOOP("NetworkForm", "People per vehicle"), "int"),
            ("vehicles_per_day", QT_TRANSLATE_NOOP("NetworkForm", "Vehicles a day"), "int"),
            ("cost_per_vehicle", QT_TRANSLATE_NOOP("NetworkForm", "Cost per vehicle"), "int")],
    "receiving_point": [("name", QT_TRANSLATE_NOOP("NetworkForm", "Name"), "str"),
                        ("daily_intake", QT_TRANSLATE_NOOP("NetworkForm", "Intake a day"),
                         "int"),
                        ("provinces", QT_TRANSLATE_NOOP("NetworkForm", "Provinces served"),
                         "list")],
}


#: The messages of `planner.services.network_edits` validation, for translation.
RULES = (QT_TRANSLATE_NOOP("NetworkRules", "must not be negative"),
         QT_TRANSLATE_NOOP("NetworkRules", "required"),
         QT_TRANSLATE_NOOP("NetworkRules", "between -90 and 90"),
         QT_TRANSLATE_NOOP("NetworkRules", "between -180 and 180"),
         QT_TRANSLATE_NOOP("NetworkRules", "not a time zone of the time-zone database "
                                           "(e.g. Asia/Yangon)"),
         QT_TRANSLATE_NOOP("NetworkRules", "ISO weekdays 1 (Monday) to 7 (Sunday), each once"),
         QT_TRANSLATE_NOOP("NetworkRules", "must be after the opening time"),
         QT_TRANSLATE_NOOP("NetworkRules", "before the departure"),
         QT_TRANSLATE_NOOP("NetworkRules", "more detainees than seats"),
         QT_TRANSLATE_NOOP("NetworkRules", "the same airport as the origin"),
         QT_TRANSLATE_NOOP("NetworkRules", "at least 1"),
         QT_TRANSLATE_NOOP("NetworkRules", "road or rail"),
         QT_TRANSLATE_NOOP("NetworkRules", "distinct names of 1 to 64 characters, separated by "
                                           "commas"),
         QT_TRANSLATE_NOOP("NetworkRules", "1 to 32 capital letters, digits, - or _"),
         QT_TRANSLATE_NOOP("NetworkRules", "already used by another row of this kind"),
         QT_TRANSLATE_NOOP("NetworkRules", "not an ISO 3166-1 alpha-3 country code (e.g. MMR)"),
         QT_TRANSLATE_NOOP("NetworkRules", "choose what the place is"),
         QT_TRANSLATE_NOOP("NetworkRules", "choose a place"),
         QT_TRANSLATE_NOOP("NetworkRules", "must be a border checkpoint"),
         QT_TRANSLATE_NOOP("NetworkRules", "the same place as the other end"),
         QT_TRANSLATE_NOOP("NetworkRules", "this leg (same ends and mode) already exists"))
COORDS = ("latitude", "longitude")
Validator = Callable[[dict[str, Any]], dict[str, list[str]]]


def tr(text: str) -> str:
    return translate_in("NetworkForm", text)


def rule(message: str) -> str:
    """A validation message of the service, in the user's language."""
    return QCoreApplication.translate("NetworkRules", message)


def _editor(kind: str, parent: QWidget) -> QWidget:
    if kind in ("int", "int?"):
        w = QSpinBox(parent)
        w.setRange(-1 if kind == "int?" else 0, 1_000_000_000)
        if kind == "int?":
            w.setSpecialValueText(tr("none"))
        return w
    if kind == "float":
        f = QDoubleSpinBox(parent)
        f.setRange(-180, 100_000)
        f.setDecimals(4)
        return f
    if kind == "time":
        t = QTimeEdit(parent)
        t.setDisplayFormat("HH:mm")
        return t
    if kind == "datetime":
        d = QDateTimeEdit(parent)
        d.setDisplayFormat("yyyy-MM-dd HH:mm")
        d.setCalendarPopup(True)
        return d
    if kind in ("list", "coord"):
        line = QLineEdit(parent)
        line.setPlaceholderText(tr("names separated by commas") if kind == "list"
                                else tr("degrees, e.g. 16.6; empty: not on the map"))
        return line
    if kind == "bool":
        return QCheckBox(parent)
    if kind == "mode":
        c = QComboBox(parent)
        c.addItem(tr("road"), "road")
        c.addItem(tr("rail"), "rail")
        return c
    return QLineEdit(parent)


def _set(w: QWidget, value: Any) -> None:
    value = getattr(value, "value", value)
    if isinstance(value, list | tuple):
        value = ", ".join(value)
    if isinstance(w, QSpinBox):
        w.setValue(-1 if value is None else int(value))
    elif isinstance(w, QDoubleSpinBox):
        w.setValue(float(value or 0))
    elif isinstance(w, QTimeEdit):
        w.setTime(QTime(value.hour, value.minute))
    elif isinstance(w, QDateTimeEdit):
        w.setDateTime(QDateTime(value))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QComboBox):
        w.setCurrentIndex(max(0, w.findData(value)))
    elif isinstance(w, QLineEdit):
        w.setText("" if value is None else str(value))


def _get(w: QWidget, kind: str) -> Any:
    if isinstance(w, QSpinBox):
        return None if kind == "int?" and w.value() < 0 else w.value()
    if isinstance(w, QDoubleSpinBox):
        return w.value()
    if isinstance(w, QTimeEdit):
        t = w.time()
        return dt.time(t.hour(), t.minute())
    if isinstance(w, QDateTimeEdit):
        v = w.dateTime().toPython()
        return v.replace(second=0, microsecond=0) if isinstance(v, dt.datetime) else v
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QLineEdit) and kind == "list":
        return [p.strip() for p in w.text().split(",") if p.strip()]
    if isinstance(w, QLineEdit) and kind == "coord":
        try:
            return float(w.text()) if w.text().strip() else None
        except ValueError:
            return w.text().strip()  # not a number: `RowDialog.check` says so
    if isinstance(w, QLineEdit):
        return w.text().strip()
    return None


class RowDialog(QDialog):
    """Edit the fields of one row; `changes()` holds only what the user changed."""

    def __init__(self, kind: str, title: str, values: Mapping[str, Any],
                 parent: QWidget | None = None,
                 extra: Sequence[tuple[str, str, QWidget]] = (),
                 validator: Validator | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.validator = validator
        self.setWindowTitle(title)
        self.original = dict(values)
        self.specs = FORM[kind]
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        for name, label, widget in extra:
            form.addRow(label, widget)
            self.editors[name] = widget
            msg = QLabel(self)
            msg.setStyleSheet("color: #b3261e")
            msg.hide()
            form.addRow("", msg)
            self.messages[name] = msg
        for name, label, typ in self.specs:
            w = _editor(typ, self)
            _set(w, values.get(name))
            form.addRow(tr(label), w)
            msg = QLabel(self)
            msg.setStyleSheet("color: #b3261e")
            msg.hide()
            form.addRow("", msg)
            self.editors[name], self.messages[name] = w, msg
            for signal in ("textChanged", "valueChanged", "timeChanged", "dateTimeChanged",
                           "toggled", "currentIndexChanged"):
                if hasattr(w, signal):
                    getattr(w, signal).connect(self.check)
                    break
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other = QLabel(self)  # problems of no field shown here
        self.other.setStyleSheet("color: #b3261e")
        self.other.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.other)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.check()

    def values(self) -> dict[str, Any]:
        types = {n: t for n, _l, t in self.specs}
        return {n: _get(w, types.get(n, "")) for n, w in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        return {n: v for n, v in self.values().items()
                if n in ne.FIELDS[self.kind] and _plain(self.original.get(n)) != _plain(v)}

    def set_value(self, name: str, value: Any) -> None:
        _set(self.editors[name], value)

    def check(self, *_args: Any) -> bool:
        values = {**self.original, **self.values()}
        bad: dict[str, list[str]] = {
            n: [str(QT_TRANSLATE_NOOP("NetworkRules", "a number of degrees, or empty"))]
            for n, v in values.items() if isinstance(v, str) and n in COORDS}
        values.update(dict.fromkeys(bad))
        problems = {**(self.validator(values) if self.validator is not None
                       else ne.validate(self.kind, values)), **bad}
        for name, label in self.messages.items():
            text = "; ".join(rule(m) for m in problems.get(name, []))
            label.setText(text)
            self.form.setRowVisible(label, bool(text))  # no gap where no message
        other = [f"{n}: {rule(m)}" for n, ms in problems.items() if n not in self.messages
                 for m in ms]
        self.other.setText("\n".join(other))
        self.other.setVisible(bool(other))
        layout = self.layout()
        if layout is not None:
            layout.activate()  # messages shown or hidden: rows move now
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok


def _plain(value: Any) -> Any:
    value = getattr(value, "value", value)
    return sorted(value) if isinstance(value, list | tuple) else value
