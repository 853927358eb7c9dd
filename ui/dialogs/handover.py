"""Record what happened at a handover: the actual time, the dispatching and receiving officers
(name and ID), a witness, and who was struck from the manifest and why. For a manifest whose
handover is recorded it records a correction (a new revision; the recorded one is kept).

The dialog only collects and checks the answer; `submitted` hands it to the screen, which writes
it on the writer thread and closes the dialog when that succeeded (an error leaves it open).
Meanwhile it cannot be cancelled. The answer names the revision shown: the record is refused when
another one is the latest by then."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import StrikeReason
from planner.manifests.handover import Officers, StrikeCode, Struck
from ui.dialogs.people_actions import REASON_NAMES
from ui.i18n import translate_in
from ui.screens.manifests_data import HandoverForm

HANDED_OVER = ""
OUTCOME_NAMES: dict[str, Any] = {
    HANDED_OVER: QT_TRANSLATE_NOOP("Handover", "Handed over"),
    StrikeCode.NOT_PRESENT.value: QT_TRANSLATE_NOOP("Handover", "Struck: not present"),
    StrikeCode.REFUSED.value: QT_TRANSLATE_NOOP("Handover", "Struck: refused by receiving side"),
    StrikeCode.MEDICAL_HOLD.value: QT_TRANSLATE_NOOP("Handover", "Struck: medical hold"),
    StrikeCode.OTHER.value: QT_TRANSLATE_NOOP("Handover", "Struck: other (say why)"),
}
STRUCK_TINT = QColor(255, 228, 225)
COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("Handover", "No."),
    QT_TRANSLATE_NOOP("Handover", "Reference"),
    QT_TRANSLATE_NOOP("Handover", "Name"),
    QT_TRANSLATE_NOOP("Handover", "Batch"),
    QT_TRANSLATE_NOOP("Handover", "Outcome"),
    QT_TRANSLATE_NOOP("Handover", "Note"),
    QT_TRANSLATE_NOOP("Handover", "Strike for good as"),
)
OUTCOME, NOTE, STRIKE_AS = 4, 5, 6


def tr(text: str) -> str:
    return translate_in("Handover", text)


@dataclass(frozen=True)
class HandoverAnswer:
    number: str
    occurred_at: dt.datetime
    officers: Officers
    struck: tuple[Struck, ...]
    note: str
    correct: bool
    revision: int  # the revision shown (the one the officers signed)


class HandoverDialog(QDialog):
    #: the checked answer; the screen writes it and then calls accept()
    submitted = Signal(object)

    def __init__(self, form: HandoverForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.form = form
        self.correct = form.frozen
        self._busy = False
        title = tr("Correct the handover of %1") if self.correct else \
            tr("Record the handover of %1")
        self.setWindowTitle(title.replace("%1", f"{form.number} r{form.revision}"))
        kind = tr("flight") if form.kind == "flight" else tr("land border crossing")
        planned = form.planned.strftime("%H:%M") if form.planned else "—"
        head = QLabel(tr("<b>%1</b> r%2 · %3 at %4 · planned %5 %6 · %7 on the manifest")
                      .replace("%1", form.number).replace("%2", str(form.revision))
                      .replace("%3", kind).replace("%4", form.place)
                      .replace("%5", form.day.isoformat()).replace("%6", planned)
                      .replace("%7", str(len(form.people))), self)
        head.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        if self.correct:
            self.notice.setText(tr(
                "This handover is recorded and its manifest is frozen. A correction is recorded "
                "on a new revision r%1 of the manifest; the recorded revision is kept as it is.")
                .replace("%1", str(form.revision + 1)))
        else:
            self.notice.setText(tr(
                "Recording freezes this revision of the manifest. Everyone not struck is handed "
                "over; statuses change accordingly."))

        rec = form.record
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = rec.occurred_at if rec else dt.datetime.combine(
            form.day, form.planned or dt.time(9, 0))
        self.when.setDateTime(QDateTime(start.year, start.month, start.day, start.hour,
                                          start.minute, 0))
        self.dispatching = self._edit(rec.dispatching_officer if rec else "")
        self.dispatching_id = self._edit(rec.dispatching_officer_id if rec else "")
        self.receiving = self._edit(rec.receiving_officer if rec else "")
        self.receiving_id = self._edit(rec.receiving_officer_id if rec else "")
        self.witness = self._edit(rec.witness if rec else "")
        self.witness_id = self._edit(rec.witness_id if rec else "")
        self.note = self._edit(rec.note if rec else "")
        officers = QGroupBox(tr("Officers"), self)
        grid = QGridLayout(officers)
        grid.addWidget(QLabel(tr("Name"), officers), 0, 1)
        grid.addWidget(QLabel(tr("ID number"), officers), 0, 2)
        for k, (label, name, ident) in enumerate((
                (tr("&Dispatching officer:"), self.dispatching, self.dispatching_id),
                (tr("&Receiving officer:"), self.receiving, self.receiving_id),
                (tr("&Witness (optional):"), self.witness, self.witness_id)), start=1):
            lab = QLabel(label, officers)
            lab.setBuddy(name)
            grid.addWidget(lab, k, 0)
            grid.addWidget(name, k, 1)
            grid.addWidget(ident, k, 2)
        top = QFormLayout()
        top.addRow(tr("&Actual time (local):"), self.when)
        top.addRow(tr("N&ote:"), self.note)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Find a person by reference or name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.table = self._people_table()
        for r in range(self.table.rowCount()):
            self._tint(r)
        self.summary = QLabel(self)
        self.error = QLabel(self)
        self.error.setObjectName("handoverError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Record correction") if self.correct else tr("Record handover"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(officers)
        people = QGroupBox(tr("People on the manifest: who was struck, and why"), self)
        pl = QVBoxLayout(people)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(self.summary)
        pl.addLayout(row)
        pl.addWidget(self.table, 1)
        layout.addWidget(people, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        self._update_summary()
        for edit in (self.dispatching, self.dispatching_id, self.receiving, self.receiving_id):
            edit.textEdited.connect(lambda _t: self.error.clear())
        self.table.itemChanged.connect(lambda _i: self.error.clear())

    def _edit(self, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setMaxLength(200)
        return edit

    def _people_table(self) -> QTableWidget:
        table = QTableWidget(len(self.form.people), len(COLUMNS), self)
        table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.outcomes: list[QComboBox] = []
        self.strike_as: list[QComboBox] = []
        for r, p in enumerate(self.form.people):
            name = " ".join(x for x in (p.chinese_name, p.latin_name) if x)
            for c, text in enumerate((str(p.seq), p.ref, name, p.batch_ref)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
            outcome = QComboBox(table)
            for code, label in OUTCOME_NAMES.items():
                outcome.addItem(tr(label), code)
            outcome.setCurrentIndex(max(outcome.findData(p.strike_code), 0))
            outcome.currentIndexChanged.connect(lambda _i, row=r: self._outcome_changed(row))
            table.setCellWidget(r, OUTCOME, outcome)
            self.outcomes.append(outcome)
            table.setItem(r, NOTE, QTableWidgetItem(p.strike_note))
            reason = QComboBox(table)
            reason.addItem(tr("— (back to cleared)"), None)
            for value, label in REASON_NAMES.items():
                reason.addItem(QCoreApplication.translate("Reasons", label), value.value)
            table.setCellWidget(r, STRIKE_AS, reason)
            self.strike_as.append(reason)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        return table

    def _note(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, NOTE)
        assert item is not None
        return item

    def _tint(self, row: int) -> None:
        struck = self.outcomes[row].currentData() != HANDED_OVER
        self.strike_as[row].setEnabled(self.outcomes[row].currentData() == StrikeCode.OTHER)
        for c in range(4):
            item = self.table.item(row, c)
            if item is not None:
                item.setBackground(QBrush(STRUCK_TINT) if struck else QBrush())

    def _outcome_changed(self, row: int) -> None:
        self.error.clear()
        self._tint(row)
        self._update_summary()

    def _update_summary(self) -> None:
        n = len(self.form.people)
        struck = sum(1 for o in self.outcomes if o.currentData() != HANDED_OVER)
        self.summary.setText(tr("%1 handed over · %2 struck").replace("%1", str(n - struck))
                             .replace("%2", str(struck)))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for r in range(self.table.rowCount()):
            hay = " ".join(i.text() for c in (1, 2, 3)
                           if (i := self.table.item(r, c)) is not None).casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in hay)

    # -- the answer ---------------------------------------------------------------------------

    def set_outcome(self, ref: str, code: StrikeCode | None, note: str = "",
                    strike_as: StrikeReason | None = None) -> None:
        """Set one person's outcome (as a user would with the row's widgets)."""
        row = next(r for r, p in enumerate(self.form.people) if p.ref == ref)
        self.outcomes[row].setCurrentIndex(self.outcomes[row].findData(
            code.value if code else HANDED_OVER))
        self._note(row).setText(note)
        self.strike_as[row].setCurrentIndex(max(self.strike_as[row].findData(
            strike_as.value if strike_as else None), 0))

    def problems(self) -> list[str]:
        out = []
        for label, edit in ((tr("the dispatching officer's name"), self.dispatching),
                            (tr("the dispatching officer's ID number"), self.dispatching_id),
                            (tr("the receiving officer's name"), self.receiving),
                            (tr("the receiving officer's ID number"), self.receiving_id)):
            if not edit.text().strip():
                out.append(tr("Fill in %1.").replace("%1", label))
        for r, p in enumerate(self.form.people):
            if self.outcomes[r].currentData() == StrikeCode.OTHER and \
                    not self._note(r).text().strip():
                out.append(tr("%1 is struck for another reason: say why in the note.")
                           .replace("%1", p.ref))
        return out

    def answer(self) -> HandoverAnswer:
        struck = []
        for r, p in enumerate(self.form.people):
            code = self.outcomes[r].currentData()
            if code == HANDED_OVER:
                continue
            reason = self.strike_as[r].currentData() if code == StrikeCode.OTHER else None
            struck.append(Struck(p.ref, StrikeCode(code), self._note(r).text().strip(),
                                 StrikeReason(reason) if reason else None))
        when = self.when.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        officers = Officers(self.dispatching.text().strip(), self.dispatching_id.text().strip(),
                            self.receiving.text().strip(), self.receiving_id.text().strip(),
                            self.witness.text().strip(), self.witness_id.text().strip())
        return HandoverAnswer(self.form.number, when.replace(second=0, microsecond=0),
                              officers, tuple(struck), self.note.text().strip(), self.correct,
                              self.form.revision)

    def submit(self) -> None:
        problems = self.problems()
        self.error.setText("<br>".join(problems))
        if problems:
            return
        self.set_busy(True)
        self.submitted.emit(self.answer())

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the answer is written: no second submit, and no Cancel, Esc or closing (the
        screen accepts the dialog when the record is written, or makes it editable again)."""
        self._busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:  # Esc or the window's close button while recording: ignored
            return
        super().reject()
