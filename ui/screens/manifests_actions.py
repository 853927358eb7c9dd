"""What the Manifests screen does: preview, print and save one manifest or all of a day (on the
writer thread, with a progress dialog and Cancel), set the escorts, and record a handover.
Saved PDFs are signed when a signing certificate is configured (see manifests_signing.py).

Every print and save goes through `planner.manifests.store.print_manifests`, which renders the
ReportLab PDF and writes the `print` audit entry in one transaction; a print job paints the
pages onto the printer inside that transaction, so a cancelled or failed job records nothing.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from planner.engine.store import PlanError
from planner.manifests.handover import record_handover
from planner.manifests.store import ManifestError, signer_config
from planner.reporting.signing import ManifestSigner, SigningError
from ui.dialogs.errors import show_error
from ui.dialogs.handover import HandoverAnswer, HandoverDialog
from ui.i18n import translate_in
from ui.printing import JobCancelled, PrintError, PrintJob, preview_dialog, print_dialog
from ui.printing import shared_printer as printer
from ui.screens.manifests_data import (
    HandoverForm,
    Stop,
    issue,
    read_handover_form,
    render_and_record,
)
from ui.screens.manifests_escorts import EscortActions
from ui.screens.manifests_signing import SigningSession
from ui.workers import Operation, TaskState

if TYPE_CHECKING:
    from ui.screens.manifests import ManifestsScreen


def tr(text: str) -> str:
    return translate_in("Manifests", text)


@dataclass(frozen=True)
class JobDone:
    what: str  # print or save
    manifests: int
    pages: int
    sheets: int = 0
    where: str = ""
    signed_by: str = ""


def show_problem(parent: QWidget, error: BaseException, title: str) -> QMessageBox:
    """A manifest or printer problem in words (its message names what is wrong); anything
    else as the app's other errors."""
    if isinstance(error, ManifestError | PlanError | PrintError | SigningError | OSError):
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(error),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box
    return show_error(parent, error, title)


class ManifestActions(QObject):
    #: a job or a handover record was written (the screen reloads)
    written = Signal(str)

    def __init__(self, screen: ManifestsScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.job: Operation[JobDone] | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: Any = None  # the dialog open now (tests reach it here)
        self.handover_op: Operation[Any] | None = None
        self.signing = SigningSession(self, show_problem)
        self.escorts = EscortActions(self)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    # -- one manifest ---------------------------------------------------------------------------

    def open_preview(self) -> Any:
        s = self.screen
        if s.draft is None or self.busy:
            return None
        d = s.draft
        title = tr("Print preview — %1 r%2").replace("%1", d.manifest.number).replace(
            "%2", str(d.manifest.revision))
        number = d.manifest.number
        printer().setPrintRange(QPrinter.PrintRange.AllPages)  # a range was for another one
        dialog = preview_dialog(printer(), s.preview.images, s, lambda: self.start_print(
            number=number), title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_print(self, day: dt.date | None = None) -> Any:
        """The system print dialog; accepted, the job starts (one manifest, or the day's)."""
        s = self.screen
        number = None if day is not None else s.current_number()
        if self.busy or (day is None and number is None):
            return None
        pages = s.draft.pages if (day is None and s.draft is not None
                                  and s.draft.manifest.number == number) else None
        dialog = print_dialog(printer(), s, pages)
        dialog.setWindowTitle(tr("Print %1").replace("%1", number) if number else
                              tr("Print all manifests of %1").replace("%1", str(day)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda *_a: self.start_print(number=number, day=day))
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog hides the argument-less open() in PySide6
        return dialog

    def ask_save(self) -> Any:
        s = self.screen
        number = s.current_number()
        if self.busy or number is None:
            return None
        rev = s.draft.manifest.revision if s.draft is not None and \
            s.draft.manifest.number == number else 1
        dialog = QFileDialog(s, tr("Save manifest %1 as PDF").replace("%1", number))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{number}-r{rev}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.signed(number, lambda signer: (
            self.start_save(Path(path), number=number, signer=signer))))
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_save_day(self, day: dt.date) -> Any:
        if self.busy:
            return None
        dialog = QFileDialog(self.screen, tr("Folder for the manifests of %1").replace(
            "%1", str(day)))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.signed(
            tr("The manifests of %1").replace("%1", str(day)),
            lambda signer: self.start_save(Path(path), day=day, signer=signer)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def signed(self, what: str, proceed: Callable[[ManifestSigner | None], Any]) -> Any:
        """`proceed(signer)`: with the session's signer, after asking the certificate password
        when it is not open yet; with None when no certificate is configured or the user chose
        not to sign this time."""
        s = self.screen
        dialog = self.signing.with_signer(s.board.signer, s.board.signer_file_ok, what, s,
                                          s.context.pools.reader, proceed)
        if dialog is not None:
            self.dialog = dialog
        return dialog

    # -- jobs ----------------------------------------------------------------------------------

    def start_print(self, *, number: str | None = None, day: dt.date | None = None
                    ) -> Operation[JobDone] | None:
        """Issue, render, record and paint onto the shared printer as one job."""
        s = self.screen
        engine, plan_id, actor = s.context.engine, s.plan_id, s.context.actor or ""
        if engine is None or plan_id is None or self.busy:
            return None
        dev = printer()

        def job(state: TaskState) -> JobDone:
            manifests = issue(engine, plan_id, actor, number=number, day=day)
            pj = PrintJob(dev, state.should_stop)

            def each(path: Path, last: bool) -> None:
                pj.add(path)
                if last:
                    pj.finish()

            with tempfile.TemporaryDirectory(prefix="repatplan-print-") as tmp:
                pj.begin()
                try:
                    done = render_and_record(
                        engine, manifests, actor, lambda m: Path(tmp) / f"{m.number}.pdf",
                        each, state.should_stop, state.report)
                finally:
                    pj.abort()  # only if still painting: an error or Cancel
            return JobDone("print", len(done), sum(d.info.pages for d in done), pj.sheets,
                           dev.outputFileName() or dev.printerName())

        what = number or tr("the manifests of %1").replace("%1", str(day))
        return self._run(job, tr("Printing %1…").replace("%1", what))

    def start_save(self, target: Path, *, number: str | None = None,
                   day: dt.date | None = None, signer: ManifestSigner | None = None
                   ) -> Operation[JobDone] | None:
        """Write the ReportLab PDF (one file, or one per manifest of the day into a folder),
        signed with `signer` if given."""
        s = self.screen
        engine, plan_id, actor = s.context.engine, s.plan_id, s.context.actor or ""
        if engine is None or plan_id is None or self.busy:
            return None
        seen = s.board.signer.p12 if s.board.signer is not None else None

        def job(state: TaskState) -> JobDone:
            now = signer_config(engine)
            if (now.p12 if now is not None else None) != seen:
                raise ManifestError(
                    "the signing certificate was changed since the screen was read; nothing "
                    "was saved: save again")
            manifests = issue(engine, plan_id, actor, number=number, day=day)

            def out(m: Any) -> Path:
                return target if number is not None else target / f"{m.number}-r{m.revision}.pdf"

            # all or nothing: the files are written as .part and renamed into place once their
            # prints are recorded; a cancel or an error removes only the .part files
            done = render_and_record(engine, manifests, actor, out, lambda _p, _l: None,
                                     state.should_stop, state.report, signer)
            return JobDone("save", len(done), sum(d.info.pages for d in done), 0, str(target),
                           signer.subject if signer is not None else "")

        what = number or tr("the manifests of %1").replace("%1", str(day))
        return self._run(job, tr("Saving %1…").replace("%1", what))

    def _run(self, job: Callable[[TaskState], JobDone], title: str) -> Operation[JobDone]:
        s = self.screen
        op: Operation[JobDone] = Operation(job, self, title)
        bar = QProgressDialog(title, tr("Cancel"), 0, 0, s)
        bar.setObjectName("manifestProgress")
        bar.setWindowTitle(tr("Manifests"))
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(0)
        bar.setAutoClose(False)
        bar.setAutoReset(False)
        bar.setMinimumWidth(460)

        def progressed(done: int, total: int) -> None:
            bar.setMaximum(total)
            bar.setValue(done)
            bar.setLabelText(tr("%1 — %2 of %3").replace("%1", title).replace(
                "%2", str(done)).replace("%3", str(total)))

        def cancel() -> None:
            op.cancel()
            bar.setLabelText(tr("Cancelling…"))

        def finished() -> None:
            bar.canceled.disconnect(cancel)
            bar.close()
            bar.deleteLater()
            self.progress = None
            printer().setPrintRange(QPrinter.PrintRange.AllPages)  # a page range is for one job
            s.set_busy(False)

        op.on_progress(progressed).on_success(self._done).on_failure(self._failed)
        op.finished.connect(finished)
        bar.canceled.connect(cancel)
        self.job, self.progress = op, bar
        s.set_busy(True)
        bar.show()
        return op.run(s.context.pools.writer)

    def _done(self, r: JobDone) -> None:
        one = r.manifests == 1
        if r.what == "print":
            text = tr("1 manifest (%2 pages) sent to %3.") if one else \
                tr("%1 manifests (%2 pages) sent to %3, as one job.")
        else:
            text = tr("1 manifest (%2 pages) saved to %3.") if one else \
                tr("%1 manifests (%2 pages) saved to %3.")
        text = text.replace("%1", str(r.manifests)).replace("%2", str(r.pages)).replace(
            "%3", r.where)
        if r.signed_by:
            text += " " + tr("Signed by %1.").replace("%1", r.signed_by)
        self.written.emit(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Stop | JobCancelled):
            self.written.emit(tr("Cancelled: nothing was printed or saved, and no print was "
                                 "recorded."))
            return
        show_problem(self.screen, error, tr("Printing failed"))
        self.written.emit("")

    # -- handover ------------------------------------------------------------------------------

    def ask_handover(self) -> Operation[HandoverForm] | None:
        """Read the printed list and any record, then open the dialog (a correction when the
        handover is already recorded)."""
        s = self.screen
        engine, number = s.context.engine, s.current_number()
        if engine is None or number is None:
            return None

        def job(_s: TaskState) -> HandoverForm:
            return read_handover_form(engine, number)

        op: Operation[HandoverForm] = Operation(job, self, tr("Reading %1…").replace(
            "%1", number))
        op.on_success(self._open_handover).on_failure(
            lambda e: show_problem(s, e, tr("Cannot record this handover")))
        self.handover_op = op
        return op.run(s.context.pools.reader)

    def _open_handover(self, form: HandoverForm) -> None:
        dialog = HandoverDialog(form, self.screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda a: self.record(dialog, a))
        self.dialog = dialog
        dialog.open()

    def record(self, dialog: HandoverDialog, a: HandoverAnswer) -> Operation[Any] | None:
        engine, actor = self.screen.context.engine, self.screen.context.actor or ""
        if engine is None:
            return None

        def job(_s: TaskState) -> tuple[int, int, int]:
            # on the revision the dialog showed (the signed paper): refused if it moved on
            return record_handover(engine, a.number, occurred_at=a.occurred_at,
                                   officers=a.officers, struck=a.struck, note=a.note,
                                   actor=actor, correct=a.correct, revision=a.revision)

        def done(result: tuple[int, int, int]) -> None:
            rev, handed, struck = result
            if isValid(dialog):
                dialog.accept()
            self.written.emit(tr("%1 r%2: handover recorded, %3 handed over, %4 struck; the "
                                 "manifest is frozen.").replace("%1", a.number)
                              .replace("%2", str(rev)).replace("%3", str(handed))
                              .replace("%4", str(struck)))

        def failed(error: BaseException) -> None:
            # a ManifestConflict (another revision is the latest now, or it was recorded
            # meanwhile) says so; the dialog stays open to cancel, nothing was written
            parent = dialog if isValid(dialog) else self.screen
            if isValid(dialog):
                dialog.set_busy(False)
            show_problem(parent, error, tr("Handover not recorded"))

        op: Operation[Any] = Operation(job, self, tr("Recording the handover…"))
        op.on_success(done).on_failure(failed)
        self.handover_op = op
        return op.run(self.screen.context.pools.writer)
