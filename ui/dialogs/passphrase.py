"""The passphrase dialog: unlock an encrypted database, or choose the passphrase of a new one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


@dataclass(frozen=True)
class PassphraseAnswer:
    passphrase: str
    remember: bool


class PassphraseDialog(QDialog):
    """Asks for the passphrase of `location`. With `new=True` it is typed twice and must be at
    least 8 characters; `error` is shown above the fields (e.g. after a wrong passphrase)."""

    def __init__(self, location: str, *, new: bool, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("New database passphrase") if new
                            else self.tr("Database passphrase"))
        intro = (self.tr("The database\n%1\nwill be encrypted. Choose a passphrase of at least "
                         "%2 characters: without it nobody, you included, can read the file.")
                 if new else self.tr("The database\n%1\nis encrypted. Enter its passphrase."))
        text = intro.replace("%1", location).replace("%2", str(MIN_LENGTH))
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.error = QLabel(error)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(bool(error))
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember it in this computer's keychain"))
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def problem(self) -> str:
        """Why OK is not allowed yet ('' when it is)."""
        p = self.first.text()
        if not p:
            return self.tr("Enter the passphrase.")
        if self.new and len(p) < MIN_LENGTH:
            return self.tr("At least %1 characters.").replace("%1", str(MIN_LENGTH))
        if self.new and p != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _check(self) -> None:
        why = self.problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not why)
        ok.setToolTip(why)

    def answer(self) -> PassphraseAnswer:
        return PassphraseAnswer(self.first.text(), self.remember.isChecked())
