"""The password of the agency's signing certificate (PKCS#12), asked before saved PDFs are
signed: once per session of the app, with "Don't sign this time" to save unsigned once.

The dialog only collects the answer: `chosen` carries the password, or None for "don't sign this
time"; the screen opens the certificate off the GUI thread and closes the dialog when that
worked (an error leaves it open to try again); meanwhile it cannot be cancelled. The password is
never stored or logged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.manifests.store import SignerConfig


class SigningDialog(QDialog):
    #: the password (str), or None: save unsigned this time
    chosen = Signal(object)

    def __init__(self, config: SignerConfig, file_ok: bool, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingDialog")
        self.setWindowTitle(self.tr("Sign the manifests"))
        self.config = config
        head = QLabel(self.tr("%1 will be signed with the agency's certificate:").replace(
            "%1", _html(what)) + f"<br><b>{_html(config.subject)}</b>", self)
        head.setWordWrap(True)
        details = QLabel(self.tr("Valid until %1 · file %2").replace("%1", config.not_after or "—")
                         .replace("%2", _html(str(config.p12))), self)
        details.setWordWrap(True)
        self.missing = QLabel(self.tr("The certificate file is missing: signing will fail. Ask the "
                                 "administrator, or save unsigned this time."), self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020;")
        self.missing.setVisible(not file_ok)
        self.password = QLineEdit(self)
        self.password.setObjectName("signingPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(lambda _t: self._sync())
        form = QFormLayout()
        form.addRow(self.tr("Certificate &password:"), self.password)
        note = QLabel(self.tr("Asked once while the app runs: the opened certificate stays in "
                         "memory until you quit. The password is never saved."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")

        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.unsigned_button: QPushButton = self.buttons.addButton(
            self.tr("&Don't sign this time"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.unsigned_button.clicked.connect(self.unsigned)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(details)
        layout.addWidget(self.missing)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.password.setFocus()
        self._busy = False
        self._sync()

    def _sync(self) -> None:
        self.sign_button.setEnabled(not self._busy and bool(self.password.text()))
        self.unsigned_button.setEnabled(not self._busy)
        self.cancel_button.setEnabled(not self._busy)
        self.password.setEnabled(not self._busy)

    def sign(self) -> None:
        if not self.password.text() or self._busy:
            return
        self.set_busy(True)
        self.chosen.emit(self.password.text())

    def unsigned(self) -> None:
        if self._busy:
            return
        self.chosen.emit(None)
        self.accept()

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the certificate is opened: no Cancel, Esc or closing (the screen closes the
        dialog when it opened, or makes it editable again)."""
        self._busy = busy
        self._sync()

    def reject(self) -> None:
        if self._busy:  # Esc or the window's close button while opening: ignored
            return
        super().reject()

    def failed(self) -> None:
        """The certificate did not open: try again (the error is shown by the screen)."""
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()

    def opened(self) -> None:
        """The certificate is open: forget the typed password and close."""
        self.password.clear()
        self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
