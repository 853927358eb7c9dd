"""The escorts of a handover: the officers who travel with the people (name, ID or badge number,
agency, role), printed in the escort list of the manifest.

The table is checked as it is edited with the planner's own rules (`clean_escorts`: a name and
an ID number each, no ID number twice, no value too long) and says how many escorts the plan
requires (fewer is a warning, not an error). Rows left entirely empty are ignored. A manifest
whose handover is recorded shows its escorts read-only: they are part of the record.

The dialog only collects and checks the list; `submitted` hands it to the screen, which writes
it on the writer thread and closes the dialog when that succeeded (an error leaves it open);
meanwhile it cannot be cancelled. The save names the escorts the dialog showed (`form.escorts`):
when someone else changed them since, it is refused as a conflict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.manifests.escorts import clean_escorts
from planner.manifests.store import ManifestError
from planner.reporting import Escort
from ui.screens.manifests_data import EscortForm

#: the table's columns: Escort field and header
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("name", QT_TRANSLATE_NOOP("EscortsDialog", "Name")),
    ("id_number", QT_TRANSLATE_NOOP("EscortsDialog", "ID or badge number")),
    ("agency", QT_TRANSLATE_NOOP("EscortsDialog", "Agency")),
    ("role", QT_TRANSLATE_NOOP("EscortsDialog", "Role")),
)
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #9a5b00;"


class EscortsDialog(QDialog):
    #: the escorts to save (tuple[Escort, ...]); the screen writes them and then calls accept()
    submitted = Signal(object)

    def __init__(self, form: EscortForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escortsDialog")
        self.form = form
        self.read_only = form.frozen
        self._busy = False
        self.setWindowTitle(self.tr("Escorts of %1").replace(
            "%1", f"{form.number} r{form.revision}"))
        kind = self.tr("flight") if form.kind == "flight" else self.tr("land border crossing")
        head = QLabel(f"<b>{form.number}</b> r{form.revision} · {kind} · {form.place}", self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        if self.read_only:
            self.notice.setText(self.tr(
                "The handover of this manifest is recorded: its escorts are part of the record "
                "and cannot be changed."))
        elif not form.stored:
            self.notice.setText(self.tr(
                "This manifest is not issued yet: saving the escorts issues revision r%1 "
                "(nothing is printed).").replace("%1", str(form.revision)))
        else:
            self.notice.setText(self.tr(
                "The escorts are printed on the manifest and carried into its later revisions."))

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("escortsTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("EscortsDialog", h)
                                              for _k, h in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for c in range(len(COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add escort"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel(self)
        self.count.setObjectName("escortsCount")
        self.count.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("escortsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addSpacing(12)
        side.addWidget(self.count)
        side.addWidget(self.error)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setFixedWidth(260)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(panel)

        if self.read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.add_button.hide()
            self.remove_button.hide()
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                            | QDialogButtonBox.StandardButton.Cancel, self)
            self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)

        for e in form.escorts:
            self.add_row(e.name, e.id_number, e.agency, e.role, focus=False)
        if not form.escorts and not self.read_only:
            self.add_row(focus=False)
        self.table.itemChanged.connect(lambda _i: self.check())
        self.table.itemSelectionChanged.connect(self._sync_remove)
        self.check()
        self._sync_remove()

    # -- editing -------------------------------------------------------------------------------

    def add_row(self, name: str = "", id_number: str = "", agency: str = "", role: str = "",
                *, focus: bool = True) -> int:
        """Append an escort row (empty: for the user to fill in); returns its row."""
        row = self.table.rowCount()
        blocked = self.table.blockSignals(True)
        self.table.insertRow(row)
        for c, text in enumerate((name, id_number, agency, role)):
            item = QTableWidgetItem(text)
            if self.read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, c, item)
        self.table.blockSignals(blocked)
        if focus:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)
            if first is not None:
                self.table.editItem(first)
        self.check()
        return row

    def set_row(self, row: int, name: str, id_number: str, agency: str, role: str = "") -> None:
        """Fill one row's cells (as a user typing into them)."""
        for c, text in enumerate((name, id_number, agency, role)):
            item = self.table.item(row, c)
            assert item is not None
            item.setText(text)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        self.check()

    def _sync_remove(self) -> None:
        self.remove_button.setEnabled(not self.read_only and not self._busy
                                      and bool(self.table.selectedIndexes()))

    def _cells(self, row: int) -> list[str]:
        return [(item.text() if (item := self.table.item(row, c)) is not None else "")
                for c in range(len(COLUMNS))]

    def escorts(self) -> tuple[Escort, ...]:
        """The rows as escorts, in order; rows left entirely empty are skipped."""
        out = []
        for r in range(self.table.rowCount()):
            cells = self._cells(r)
            if any(v.strip() for v in cells):
                values = dict(zip((k for k, _h in COLUMNS), cells, strict=True))
                out.append(Escort(**values))
        return tuple(out)

    # -- checking ------------------------------------------------------------------------------

    def problem(self) -> str:
        """What the planner would refuse in the list now ('' when nothing)."""
        try:
            clean_escorts(self.escorts())
        except ManifestError as exc:
            return str(exc)
        return ""

    def check(self) -> None:
        """Number the escorts as they print (empty rows get no number), count them against
        what the plan requires, and show what the planner would refuse."""
        n = 0
        labels = []
        for r in range(self.table.rowCount()):
            filled = any(v.strip() for v in self._cells(r))
            n += filled
            labels.append(str(n) if filled else "·")
        self.table.setVerticalHeaderLabels(labels)
        required = self.form.required
        if required:
            text = self.tr("<b>%1 of %2 required</b>").replace("%1", str(n)).replace(
                "%2", str(required))
            if n < required and self.read_only:
                text += "<br>" + self.tr("Fewer escorts than the plan required.")
            elif n < required:
                text += "<br>" + self.tr(
                    "Fewer escorts than the plan requires: the manifest prints a warning. You can "
                    "still save.")
            self.count.setStyleSheet(WARNING_STYLE if n < required else "")
        else:
            text = self.tr("<b>%1 listed</b>").replace("%1", str(n)) + "<br>" + self.tr(
                "The plan requires no escorts here.")
            self.count.setStyleSheet("")
        self.count.setText(text)
        problem = "" if self.read_only else self.problem()
        self.error.setText(problem)
        if not self.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def submit(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if problem or self.read_only:
            return
        self.set_busy(True)
        self.submitted.emit(self.escorts())

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the list is saved: nothing to edit, and no Cancel, Esc or closing (the screen
        accepts the dialog when the escorts are written, or makes it editable again)."""
        self._busy = busy
        if not self.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
                not busy and not self.problem())
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
            self.add_button.setEnabled(not busy)
        self.table.setEnabled(not busy)
        self._sync_remove()

    def reject(self) -> None:
        if self._busy:  # Esc or the window's close button while saving: ignored
            return
        super().reject()

