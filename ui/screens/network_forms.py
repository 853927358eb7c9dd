"""The edit dialog of one network row (location, crossing, flight, leg, receiving point) and the
dialog of a new flight: a form per field with the service's validation messages next to the
field, checked as the user types; OK only when everything is valid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
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

#: (field, label, type) per kind; types: str, int, int?, float, time, datetime, bool, mode
FORM: dict[str, list[tuple[str, Any, str]]] = {
    "location": [("name_en", QT_TRANSLATE_NOOP("NetworkForm", "Name"), "str"),
                 ("name_local", QT_TRANSLATE_NOOP("NetworkForm", "Local name"), "str"),
                 ("latitude", QT_TRANSLATE_NOOP("NetworkForm", "Latitude"), "float"),
                 ("longitude", QT_TRANSLATE_NOOP("NetworkForm", "Longitude"), "float"),
                 ("holding_capacity", QT_TRANSLATE_NOOP("NetworkForm", "Holding capacity"),
                  "int?")],
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
                         "int")],
}


def tr(text: str) -> str:
    return QCoreApplication.translate("NetworkForm", text)


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
    if isinstance(w, QLineEdit):
        return w.text().strip()
    return None


class RowDialog(QDialog):
    """Edit the fields of one row; `changes()` holds only what the user changed."""

    def __init__(self, kind: str, title: str, values: Mapping[str, Any],
                 parent: QWidget | None = None,
                 extra: Sequence[tuple[str, str, QWidget]] = ()) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(title)
        self.original = dict(values)
        self.specs = FORM[kind]
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        form = QFormLayout()
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.check()

    def values(self) -> dict[str, Any]:
        types = {n: t for n, _l, t in self.specs}
        return {n: _get(w, types.get(n, "")) for n, w in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        return {n: v for n, v in self.values().items()
                if n in ne.FIELDS[self.kind] and getattr(self.original.get(n), "value",
                                                          self.original.get(n)) != v}

    def set_value(self, name: str, value: Any) -> None:
        _set(self.editors[name], value)

    def check(self, *_args: Any) -> bool:
        problems = ne.validate(self.kind, {**self.original, **self.values()})
        for name, label in self.messages.items():
            text = "; ".join(problems.get(name, []))
            label.setText(text)
            label.setVisible(bool(text))
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok
