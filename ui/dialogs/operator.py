"""Who is at the keyboard: asked once, stored in QSettings, recorded on every change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import settings as keys


class OperatorDialog(QDialog):
    """Name, staff ID and agency of the operator. OK only once a name is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using repatplan?"))
        name, ident, agency = keys.operator()
        intro = QLabel(self.tr("Every change you make is recorded with your name, ID and "
                               "agency. You are asked once; change it later with "
                               "Edit › Operator…"), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name, self)
        self.id_edit = QLineEdit(ident, self)
        self.agency_edit = QLineEdit(agency, self)
        for edit, limit in ((self.name_edit, 100), (self.id_edit, 40), (self.agency_edit, 50)):
            edit.setMaxLength(limit)
        self.name_edit.setPlaceholderText(self.tr("e.g. Li Na"))
        self.id_edit.setPlaceholderText(self.tr("staff or badge number"))
        self.agency_edit.setPlaceholderText(self.tr("e.g. Immigration Bureau, Mae Sot"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&ID:"), self.id_edit)
        form.addRow(self.tr("&Agency:"), self.agency_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(420)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        keys.save_operator(self.name_edit.text(), self.id_edit.text(), self.agency_edit.text())
        super().accept()
