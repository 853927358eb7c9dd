"""File › Import network…: choose a network file (JSON, docs/network-format.md), check it
completely on the reader thread (schema, then references against the file and the database)
and list every problem with its JSON path before anything is written; a file without problems
is imported in one transaction on the writer thread, with progress and Cancel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine
from sqlmodel import Session

from planner.importing.network import import_network, read_network_file
from planner.importing.network_checks import check_network
from planner.importing.report import (
    ImportCancelled,
    ImportFileError,
    NetworkImportError,
    NetworkImportReport,
    NetworkIssue,
)
from ui.context import AppContext
from ui.dialogs.errors import show_error
from ui.workers import Operation, ProgressPanel, TaskState

FILE_FILTER = "Network files (*.json);;All files (*)"
SECTIONS = ("locations", "crossings", "legs", "receiving_points", "flights")


@dataclass(frozen=True)
class Checked:
    """What checking a file found: every problem (a file that cannot be read at all gives one
    problem without a path) and how many rows of each section it has."""

    issues: list[NetworkIssue] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def check_file(engine: Engine, path: Path, state: TaskState | None = None) -> Checked:
    """Read and check a network file; nothing is written (the reader thread's job)."""
    try:
        data, _digest = read_network_file(path)
    except ImportFileError as e:
        return Checked([NetworkIssue("", str(e))])
    if state is not None:
        state.report(1, 2)
    with Session(engine) as session:
        issues = check_network(session, data)
    counts = {s: len(data[s]) for s in SECTIONS if isinstance(data.get(s), list)}
    return Checked(issues, counts)


class NetworkImportDialog(QDialog):
    """Choose → Check (all problems listed, nothing written) → Import (one transaction)."""

    #: the import was written (the report is passed); the screens should reload
    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import network"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Network file (JSON) to import"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setToolTip(self.tr("Look for every problem; nothing is written"))
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        self.summary = QLabel(self.tr(
            "Locations, crossings, legs, receiving points and flights are added, or updated "
            "when their code is already there; nothing is deleted. The whole file is checked "
            "first: with any problem, nothing is imported."), self)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.issues = QTreeWidget(self)
        self.issues.setRootIsDecorated(False)
        self.issues.setHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.issues.hide()
        self.progress = ProgressPanel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.path_edit.textChanged.connect(self._path_changed)
        self._path_changed()
        self.op: Operation[Any] | None = None
        self.checked: Checked | None = None
        self.report: NetworkImportReport | None = None
        self.resize(720, 420)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import network"), "", FILE_FILTER)
        if path:
            self.path_edit.setText(path)
            self.check()

    def _path_changed(self, *_args: Any) -> None:
        self.checked = None
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(bool(self.path_edit.text().strip()))

    def _busy(self) -> bool:
        return self.op is not None and not self.op.done

    def check(self) -> Operation[Checked] | None:
        path = Path(self.path_edit.text().strip())
        engine = self.context.engine
        if engine is None or self._busy() or not path.name:
            return None
        self.checked, self.report = None, None
        self.issues.clear()
        self.issues.hide()
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking %1… nothing is written.").replace("%1",
                                                                                path.name))
        op: Operation[Checked] = Operation(lambda s: check_file(engine, path, s), self,
                                           self.tr("Checking"))
        op.on_success(self._checked).on_failure(self._failed).with_progress(self.progress)
        self.op = op.run(self.context.pools.reader)
        return self.op

    def _checked(self, checked: Checked) -> None:
        self.checked = checked
        self.check_button.setEnabled(True)
        counts = ", ".join(f"{n} {self._section(s)}" for s, n in checked.counts.items()) \
            or self.tr("nothing")
        if checked.issues:
            n = len(checked.issues)
            self.summary.setText(self.tr(
                "%1 problems found; nothing has been imported. Fix the file and check it "
                "again (the import is all or nothing).").replace("%1", str(n)))
            self._show_issues(checked.issues)
        else:
            self.summary.setText(self.tr("No problems. The file has %1. Import writes it in "
                                         "one go.").replace("%1", counts))
        self.import_button.setEnabled(not checked.issues)

    def _show_issues(self, issues: list[NetworkIssue]) -> None:
        self.issues.clear()
        for issue in issues:
            item = QTreeWidgetItem(self.issues, [issue.path or self.tr("(the file)"),
                                                 issue.message])
            item.setToolTip(1, issue.message)
        self.issues.resizeColumnToContents(0)
        self.issues.show()

    def _section(self, name: str) -> str:
        return {"locations": self.tr("locations"), "crossings": self.tr("crossings"),
                "legs": self.tr("legs"), "receiving_points": self.tr("receiving points"),
                "flights": self.tr("flights")}.get(name, name)

    def start_import(self) -> Operation[NetworkImportReport] | None:
        ctx, path = self.context, Path(self.path_edit.text().strip())
        engine, actor = ctx.engine, ctx.actor
        if engine is None or self.checked is None or self.checked.issues or self._busy():
            return None

        def job(state: TaskState) -> NetworkImportReport:
            return import_network(engine, path, actor=actor, on_progress=state.report,
                                  should_stop=state.should_stop)

        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Importing… Cancel stops it and writes nothing."))
        op: Operation[NetworkImportReport] = Operation(job, self, self.tr("Importing"))
        op.on_success(self._imported).on_failure(self._failed).with_progress(self.progress)
        self.op = op.run(ctx.pools.writer)
        return self.op

    def _imported(self, report: NetworkImportReport) -> None:
        self.report = report
        self.check_button.setEnabled(True)
        lines = [self.tr("%1: %2 added, %3 updated, %4 unchanged").replace(
            "%1", self._section(t)).replace("%2", str(c.created)).replace(
            "%3", str(c.updated)).replace("%4", str(c.unchanged))
            for t, c in report.tables.items()]
        self.summary.setText(self.tr("Imported.") + "\n" + "\n".join(lines))
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
        elif isinstance(error, NetworkImportError):  # the file changed since it was checked
            self.summary.setText(self.tr("The file has problems now; nothing was imported."))
            self._show_issues(error.issues)
        elif isinstance(error, ImportFileError):
            self.summary.setText(str(error))
        else:
            self.summary.setText(self.tr("Nothing was imported."))
            show_error(self, error)

    def reject(self) -> None:
        """Close; work still running is cancelled first (nothing is written) and the dialog
        closes when it has stopped."""
        if self.op is not None and not self.op.done:
            self.op.cancel()
            self.summary.setText(self.tr("Cancelling…"))
            self.op.finished.connect(super().reject)
            return
        super().reject()
