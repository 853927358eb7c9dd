"""The detail editor of one person: fields with their validation messages next to them (the
import's rules), the readiness checklist, separation rules and the status history."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DocumentType, Screening, Sex
from planner.importing.tabular import DateError, parse_date
from planner.queries_overview import PersonDetail
from planner.services.person_fields import STEP_FIELDS, validate_person
from ui.widgets.people import status_label

BAD_STYLE = "color: #b3261e;"
DATE_FIELDS = ("date_of_birth", "document_expiry")
#: The rules' "<column> is required", shown with the field's label instead of the column name.
_REQUIRED = re.compile(r"^(\w+) is required$")


class PersonEditor(QWidget):
    """Shows one person; `saveRequested(person_id, version, changes)` when Save is pressed
    with valid values. `show_messages` puts the services' messages next to the fields."""

    saveRequested = Signal(int, int, dict)
    separationRemoveRequested = Signal(int, int)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.detail: PersonDetail | None = None
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self._parse_details: dict[str, str] = {}  # field → why its text is not a date
        self.title = QLabel(self.tr("Select a person to see and edit their details."), self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        form_box = QWidget(self)
        self.form = QFormLayout(form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        line = self._line
        line("family_name", self.tr("Family name (native)"))
        line("given_name", self.tr("Given name (native)"))
        line("latin_name", self.tr("Latin name"), self.tr("SURNAME Given, as in the document"))
        self._combo("sex", self.tr("Sex"), [(self.tr("Male"), Sex.MALE.value),
                                            (self.tr("Female"), Sex.FEMALE.value),
                                            (self.tr("Unknown"), Sex.UNKNOWN.value)])
        line("date_of_birth", self.tr("Date of birth"), "YYYY-MM-DD")
        line("nationality", self.tr("Nationality"), self.tr("ISO code, e.g. CHN"))
        self._combo("document_type", self.tr("Document"), [
            (self.tr("Passport"), DocumentType.PASSPORT.value),
            (self.tr("Emergency travel certificate"),
             DocumentType.EMERGENCY_TRAVEL_CERTIFICATE.value),
            (self.tr("National ID"), DocumentType.NATIONAL_ID.value),
            (self.tr("No document"), DocumentType.NONE.value)])
        line("document_number", self.tr("Document number"))
        line("document_expiry", self.tr("Document expiry"), "YYYY-MM-DD")
        line("document_country", self.tr("Issuing country"), self.tr("ISO code, e.g. CHN"))
        mrz = QPlainTextEdit(self)
        mrz.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        mrz.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mrz.setFixedHeight(mrz.fontMetrics().height() * 2 + 14
                           + mrz.horizontalScrollBar().sizeHint().height())
        mrz.setTabChangesFocus(True)
        mrz.setPlaceholderText(self.tr("Two lines of 44 characters (passport MRZ)"))
        self._add("mrz", self.tr("MRZ"), mrz, mrz.textChanged)
        line("case_ref", self.tr("Case"))
        line("family_ref", self.tr("Keep-together group"),
             self.tr("people sharing this travel together"))
        line("province", self.tr("Province"))
        for attr, label in (("medical", self.tr("Medical case")),
                            ("pregnant", self.tr("Pregnant")),
                            ("travel_separately", self.tr("Travels separately"))):
            box = QCheckBox(label, self)
            self._add(attr, "", box, box.toggled)
        line("medical_note", self.tr("Medical note"))
        self._combo("screening", self.tr("Trafficking screening"), [
            (self.tr("Not screened"), Screening.NOT_SCREENED.value),
            (self.tr("Screened: suspect"), Screening.SUSPECT.value),
            (self.tr("Screened: victim"), Screening.VICTIM.value)])
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().height() * 3 + 14)
        self._add("notes", self.tr("Notes"), notes, notes.textChanged)

        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S); undo with Ctrl+Z"))
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.readiness = QLabel(self)
        self.readiness.setWordWrap(True)
        ready_box = QGroupBox(self.tr("Readiness"), self)
        QVBoxLayout(ready_box).addWidget(self.readiness)
        self.separations = QTreeWidget(self)
        self.separations.setHeaderHidden(True)
        self.separations.setRootIsDecorated(False)
        self.separations.setMaximumHeight(90)
        self.remove_sep_button = QPushButton(self.tr("No longer keep apart"), self)
        self.remove_sep_button.clicked.connect(self._remove_separation)
        sep_box = QGroupBox(self.tr("Kept apart from"), self)
        sep_layout = QVBoxLayout(sep_box)
        sep_layout.addWidget(self.separations)
        sep_layout.addWidget(self.remove_sep_button)
        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When (UTC)"), self.tr("Status"), self.tr("By"),
                                      self.tr("Reason")])
        self.history.setMinimumHeight(120)
        hist_box = QGroupBox(self.tr("Status history"), self)
        QVBoxLayout(hist_box).addWidget(self.history)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(form_box)
        layout.addLayout(buttons)
        layout.addWidget(ready_box)
        layout.addWidget(sep_box)
        layout.addWidget(hist_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_detail(None)

    # -- building ---------------------------------------------------------------------------

    def _add(self, attr: str, label: str, editor: QWidget, changed: Any) -> None:
        message = QLabel(self)
        message.setStyleSheet(BAD_STYLE)
        message.setWordWrap(True)
        message.hide()
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(editor)
        v.addWidget(message)
        editor.setAccessibleName(label or attr)
        self.labels[attr] = label or attr
        self.form.addRow(label, box)
        self.editors[attr] = editor
        self.messages[attr] = message
        changed.connect(self._edited)

    def _line(self, attr: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self._add(attr, label, edit, edit.textEdited)

    def _combo(self, attr: str, label: str, items: list[tuple[str, str]]) -> None:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        self._add(attr, label, combo, combo.activated)

    # -- values -----------------------------------------------------------------------------

    def set_detail(self, detail: PersonDetail | None) -> None:
        self.detail = detail
        enabled = detail is not None
        for w in (*self.editors.values(), self.save_button, self.revert_button,
                  self.remove_sep_button):
            w.setEnabled(enabled)
        self.history.clear()
        self.separations.clear()
        if detail is None:
            self.title.setText(self.tr("Select a person to see and edit their details."))
            self.readiness.setText("")
            self._set_values({})
            self.show_messages({})
            return
        v = detail.values
        self.title.setText(f"{v['ref']} · {v['family_name']}{v['given_name']} "
                           f"{v['latin_name']}")
        self._set_values(v)
        self.show_messages({})
        steps = [(self.tr("Identity verified"), v["identity_verified_on"]),
                 (self.tr("Travel document issued"), v["document_issued_on"]),
                 (self.tr("Exit clearance"), v["exit_clearance_on"]),
                 (self.tr("Fit to travel"), v["fit_to_travel_on"])]
        self.readiness.setText("<br>".join(
            f"{'✔' if d else '○'} {name}: {d.isoformat() if d else self.tr('not yet')}"
            for name, d in steps) + "<br>" + self.tr("Site: %1 · Batch: %2")
            .replace("%1", detail.site).replace("%2", detail.batch or "—"))
        for at, actor, frm, to, reason, note in reversed(detail.events):
            text = status_label(to) if frm is None else \
                f"{status_label(frm)} → {status_label(to)}"
            why = ", ".join(x for x in ((reason or "").replace("_", " "), note) if x)
            QTreeWidgetItem(self.history, [at.strftime("%Y-%m-%d %H:%M"), text, actor, why])
        for c in range(4):
            self.history.resizeColumnToContents(c)
        for other_id, ref in detail.separations:
            item = QTreeWidgetItem(self.separations, [ref])
            item.setData(0, Qt.ItemDataRole.UserRole, other_id)
        self.remove_sep_button.setEnabled(bool(detail.separations))
        self.save_button.setEnabled(False)

    def set_pending(self, ref: str) -> None:
        """A person was chosen and their detail is being read (off the GUI thread): an empty,
        disabled form meanwhile, so nobody edits the person shown before."""
        self.set_detail(None)
        self.title.setText(self.tr("Reading %1…").replace("%1", ref))

    def _set_values(self, v: Mapping[str, Any]) -> None:
        for attr, w in self.editors.items():
            w.blockSignals(True)
            value = v.get(attr)
            if isinstance(w, QLineEdit):
                w.setText(value.isoformat() if isinstance(value, dt.date) else value or "")
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(w.findData(getattr(value, "value", value)), 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            w.blockSignals(False)

    def values(self) -> tuple[dict[str, Any], dict[str, list[str]]]:
        """The edited values (typed) and messages of fields that do not even parse (one
        message each, with the detailed reason as the message label's tooltip)."""
        out: dict[str, Any] = {}
        bad: dict[str, list[str]] = {}
        self._parse_details = {}
        for attr, w in self.editors.items():
            if isinstance(w, QLineEdit):
                text = w.text().strip()
                if attr in DATE_FIELDS:
                    try:
                        out[attr] = parse_date(text)
                    except DateError as e:
                        bad[attr] = [self.tr("not a date: %1 (use YYYY-MM-DD)")
                                     .replace("%1", text)]
                        self._parse_details[attr] = str(e)
                else:
                    out[attr] = text
            elif isinstance(w, QPlainTextEdit):
                out[attr] = w.toPlainText().strip()
            elif isinstance(w, QComboBox):
                out[attr] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[attr] = w.isChecked()
        return out, bad

    def changes(self) -> dict[str, Any]:
        if self.detail is None:
            return {}
        now, _ = self.values()
        old = self.detail.values
        return {k: v for k, v in now.items()
                if _plain(old.get(k)) != _plain(v) and not (old.get(k) is None and v == "")}

    def validate(self) -> dict[str, list[str]]:
        """Messages per field ({} = valid). A field that does not parse gets its one message
        (not also "is required"); the other fields are checked with its stored value."""
        if self.detail is None:
            return {}
        values, bad = self.values()
        merged = {**self.detail.values, **values}
        for attr in bad:
            merged[attr] = self.detail.values.get(attr)
        merged.update({a: self.detail.values[a] for a in STEP_FIELDS})
        messages = validate_person(merged, today=self._today())
        messages.update(bad)
        return messages

    def _labelled(self, attr: str, message: str) -> str:
        """"date_of_birth is required" → "Date of birth is required" (the field's label)."""
        m = _REQUIRED.match(message)
        if m is None:
            return message
        label = self.labels.get(m[1]) or self.labels.get(attr) or m[1].replace("_", " ")
        return self.tr("%1 is required").replace("%1", label)

    def show_messages(self, messages: Mapping[str, list[str]]) -> None:
        """Messages next to their fields; "<column> is required" names the field's label."""
        details = self._parse_details
        messages = {a: [self._labelled(a, m) for m in ms] for a, ms in messages.items()}
        for attr, label in self.messages.items():
            text = "\n".join(messages.get(attr, []))
            label.setText(text)
            label.setToolTip(details.get(attr, "") if text else "")
            label.setVisible(bool(text))
        other = [m for k, ms in messages.items() if k not in self.messages for m in ms]
        if other and self.detail is not None:
            self.messages["notes"].setText("\n".join(other))
            self.messages["notes"].setVisible(True)

    def _edited(self, *_args: Any) -> None:
        messages = self.validate()
        self.show_messages(messages)
        self.save_button.setEnabled(bool(self.changes()) and not messages)

    def save(self) -> None:
        if self.detail is None:
            return
        messages = self.validate()
        self.show_messages(messages)
        changes = self.changes()
        if messages or not changes:
            return
        v = self.detail.values
        self.saveRequested.emit(v["id"], v["version"], changes)

    def revert(self) -> None:
        self.set_detail(self.detail)

    def _remove_separation(self) -> None:
        item = self.separations.currentItem() or self.separations.topLevelItem(0)
        if item is not None and self.detail is not None:
            self.separationRemoveRequested.emit(self.detail.values["id"],
                                                item.data(0, Qt.ItemDataRole.UserRole))


def _plain(value: Any) -> Any:
    value = getattr(value, "value", value)
    return "" if value is None else value
