"""Signing saved manifest PDFs (PAdES) with the agency's certificate configured by
`repatplan manifest signer set`: the PKCS#12 password is asked once per session of the app (or
"don't sign this time"), the certificate is opened off the GUI thread, and the opened signer is
kept in memory only, for the rest of the session. The password itself is never kept, stored or
logged: the opening job takes it out of its holder, and the finished operation is dropped.
Printing on paper is never signed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from planner.manifests.store import SignerConfig
from planner.reporting.signing import ManifestSigner, load_signer
from ui.dialogs.signing import SigningDialog
from ui.workers import Operation, TaskState

#: shows an error over a widget: (parent, error, title)
ShowProblem = Callable[[QWidget, BaseException, str], Any]


def common_name(subject: str) -> str:
    """The certificate's common name from a subject as asn1crypto spells it ("Country: TH,
    Organization: …, Common Name: …"), else the whole subject."""
    for part in subject.split(", "):
        key, _, value = part.partition(": ")
        if key == "Common Name" and value:
            return value
    return subject


def _key(config: SignerConfig) -> tuple[str, str, str]:
    return str(config.p12), config.subject, config.not_after


class SigningSession(QObject):
    """The opened signing certificate of this session of the app (never its password)."""

    def __init__(self, parent: QObject, show_problem: ShowProblem) -> None:
        super().__init__(parent)
        self._show_problem = show_problem
        self._signer: ManifestSigner | None = None
        self._key: tuple[str, str, str] | None = None
        self.op: Operation[ManifestSigner] | None = None

    def status_text(self, config: SignerConfig | None, file_ok: bool) -> tuple[str, str, bool]:
        """The screen's signing line, its tooltip, and whether it is a problem (shown in red)."""
        if config is None:
            return (self.tr("Not signed (no certificate configured)"),
                    self.tr("Saved PDFs are not signed. An administrator sets the agency's "
                            "certificate with: repatplan manifest signer set --p12 FILE"), False)
        tip = self.tr("Saved PDFs are signed (PAdES) with this certificate, valid until %1; "
                      "file %2. Printing on paper is not signed.").replace(
            "%1", config.not_after or "—").replace("%2", str(config.p12))
        if not file_ok:
            return (self.tr("Signing certificate missing: %1").replace("%1", config.p12.name),
                    tip, True)
        return (self.tr("Signed with: %1").replace("%1", common_name(config.subject)),
                config.subject + "\n" + tip, False)

    def cached(self, config: SignerConfig) -> ManifestSigner | None:
        """The signer opened earlier for this very certificate, while it is still valid."""
        s = self._signer
        if s is None or self._key != _key(config):
            return None
        if dt.datetime.now(dt.UTC) > s.not_after:  # expired during the session: ask again
            self.forget()
            return None
        return s

    def forget(self) -> None:
        self._signer, self._key = None, None

    def with_signer(self, config: SignerConfig | None, file_ok: bool, what: str,
                    parent: QWidget, pool: QThreadPool,
                    proceed: Callable[[ManifestSigner | None], Any]) -> SigningDialog | None:
        """Call `proceed(signer)` at once when no certificate is configured (None) or it is
        open already; else ask the password first (the dialog is returned). Cancel: nothing."""
        if config is None:
            proceed(None)
            return None
        signer = self.cached(config)
        if signer is not None:
            proceed(signer)
            return None
        dialog = SigningDialog(config, file_ok, what, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda password: self._chosen(dialog, config, password, pool,
                                                            proceed))
        dialog.open()
        return dialog

    def _chosen(self, dialog: SigningDialog, config: SignerConfig, password: str | None,
                pool: QThreadPool, proceed: Callable[[ManifestSigner | None], Any]) -> None:
        if password is None:  # don't sign this time (asked again next time)
            proceed(None)
            return
        p12 = config.p12
        secret = [password]  # the job takes it out: nothing keeps it once the file is opened
        del password

        def job(_s: TaskState) -> ManifestSigner:
            return load_signer(p12, secret.pop())

        def opened(signer: ManifestSigner) -> None:
            if not isValid(dialog):  # gone meanwhile (its window closed): nothing chosen
                return
            self._signer, self._key = signer, _key(config)
            dialog.opened()
            proceed(signer)

        def failed(error: BaseException) -> None:
            if not isValid(dialog):
                return
            dialog.failed()
            self._show_problem(dialog, error, self.tr("Cannot use the signing certificate"))

        op: Operation[ManifestSigner] = Operation(job, self,
                                                  self.tr("Opening the signing certificate…"))
        op.on_success(opened).on_failure(failed)
        op.finished.connect(lambda: self._drop(op))
        self.op = op
        op.run(pool)

    def _drop(self, op: Operation[ManifestSigner]) -> None:
        """Forget a finished opening (its job, and the result or error it holds)."""
        if self.op is op:
            self.op = None
        op.deleteLater()
