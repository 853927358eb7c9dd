"""File › Import persons: choose a file → map columns → preview every row error (nothing
written) → import with progress and Cancel, or export the rejected rows to a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlmodel import Session

from planner.importing.person_checks import ParsedFile, ValidationResult, check_file
from planner.importing.person_rules import (
    KNOWN_COLUMNS,
    REQUIRED_COLUMNS,
    normalise_header,
)
from planner.importing.persons import import_persons, read_persons_file, suggest_columns
from planner.importing.report import ImportCancelled, PersonImportReport, format_issue
from planner.importing.tabular import read_table, write_rejected
from ui.context import AppContext
from ui.dialogs.errors import show_error
from ui.import_wizard_columns import (
    IGNORE,
    carry_over,
    column_title,
    ignored_html,
    reason_text,
)
from ui.workers import Operation, ProgressPanel, TaskState

FILE_FILTER = "Persons lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"
WARN_STYLE = ("background: #fff4e5; color: #5f3700; border: 1px solid #f0b35a; "
              "border-radius: 4px; padding: 6px;")


def auto_map(headers: list[str]) -> dict[str, str]:
    """Template column → header of the file, matched case-insensitively (spaces as _)."""
    by_name = {normalise_header(h): h for h in headers if h.strip()}
    return {col: by_name[col] for col in KNOWN_COLUMNS if col in by_name}


def validate(engine: Any, path: Path, column_map: dict[str, str], today: dt.date,
             state: TaskState) -> tuple[ParsedFile, ValidationResult]:
    """Read and check every row; nothing is written (the reader thread's job)."""
    parsed = read_persons_file(path, column_map)
    with Session(engine) as session:
        result = check_file(session, parsed, today=today, on_progress=state.report,
                            should_stop=state.should_stop)
    return parsed, result


def export_rejected(parsed: ParsedFile, result: ValidationResult, out: Path) -> int:
    """Write the rejected rows with an `errors` column; returns how many."""
    by_row: dict[int, list[str]] = {}
    for issue in result.issues:
        by_row.setdefault(issue.row, []).append(
            f"{issue.column}: {issue.reason}" if issue.column else issue.reason)
    rows = [(r.cells, "; ".join(by_row.get(r.number, ["rejected"])))
            for r in parsed.rows if r.number in result.rejected_rows]
    kind = "xlsx" if out.suffix.lower() == ".xlsx" else "csv"
    write_rejected(out, kind, parsed.headers, rows, delimiter=parsed.delimiter)
    return len(rows)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose a persons list"))
        self.setSubTitle(self.tr("A CSV or Excel file in the repatplan template (other "
                                 "column names can be matched on the next page)."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import persons"), "", FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            self.w.headers = [h for h in read_table(path).headers]
        except Exception as e:  # unreadable: say why, stay on the page
            self.error.setText(str(e))
            return False
        self.error.setText("")
        self.w.path = path
        return True


class MapPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each template field and the column of your file it comes "
                                 "from. Required fields are marked *."))
        self.combos: dict[str, QComboBox] = {}
        self.shown_headers: list[str] = []  # the headers the combos were filled with
        inner = QWidget(self)
        self.form = QFormLayout(inner)
        for col in KNOWN_COLUMNS:
            combo = QComboBox(inner)
            combo.setAccessibleName(col)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[col] = combo
            self.form.addRow(column_title(col) + (" *" if col in REQUIRED_COLUMNS else ""),
                             combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.missing = QLabel(self)
        self.missing.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:
        """Match by name; a file chosen again (after Back) keeps the user's matches of the
        headers it still has."""
        found = auto_map(self.w.headers)
        if self.shown_headers:
            previous = {col: c.currentData() or IGNORE for col, c in self.combos.items()}
            found = carry_over(previous, self.shown_headers, self.w.headers, found)
        self.shown_headers = list(self.w.headers)
        for col, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), IGNORE)
            for h in self.w.headers:
                if h.strip():
                    combo.addItem(h, h)
            combo.setCurrentIndex(max(combo.findData(found.get(col, IGNORE)), 0))
            combo.blockSignals(False)
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        """Header in the file → template column, for `read_persons_file`; a header matched
        to no column maps to nothing (so it is ignored, and reported so)."""
        chosen = {combo.currentData(): col for col, combo in self.combos.items()
                  if combo.currentData()}
        unmatched = {h: IGNORE for h in self.w.headers if h.strip() and h not in chosen}
        return {**unmatched, **chosen}

    def isComplete(self) -> bool:
        chosen = {col for col, c in self.combos.items() if c.currentData()}
        missing = [c for c in REQUIRED_COLUMNS if c not in chosen]
        self.missing.setText(self.tr("Still needed: %1").replace("%1", ", ".join(missing))
                             if missing else "")
        return not missing

    def validatePage(self) -> bool:
        self.w.column_map = self.mapping()
        return True


class PreviewPage(QWizardPage):
    """Every row error, found on the reader thread before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.ignored = QLabel(self)  # the columns of the file that are not read
        self.ignored.setWordWrap(True)
        self.ignored.setStyleSheet(WARN_STYLE)
        self.ignored.hide()
        self.apply_button = QPushButton(self.tr("&Use the suggested matches"), self)
        self.apply_button.clicked.connect(self.apply_suggestions)
        self.apply_button.hide()
        self.suggestions: dict[str, str] = {}
        self.issues = QTreeWidget(self)
        self.issues.setRootIsDecorated(False)
        self.issues.setHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                     self.tr("Problem")])
        self.export_button = QPushButton(self.tr("&Export rejected rows…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.progress = ProgressPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ignored)
        ignored_row = QHBoxLayout()
        ignored_row.addWidget(self.apply_button)
        ignored_row.addStretch(1)
        layout.addLayout(ignored_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.issues, 1)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.op: Operation[Any] | None = None

    def initializePage(self) -> None:
        self.w.validation = None
        self.issues.clear()
        self.ignored.hide()
        self.apply_button.hide()
        self.suggestions = {}
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("Checking every row… nothing is written yet."))
        engine, path, mapping, today = (self.w.context.engine, self.w.path, self.w.column_map,
                                        self.w.context.today)
        op: Operation[Any] = Operation(lambda s: validate(engine, path, mapping, today, s),
                                       None, self.tr("Checking"))
        op.on_success(self._checked).on_failure(self._failed).with_progress(self.progress)
        self.op = op.run(self.w.context.pools.reader)
        self.completeChanged.emit()

    def _checked(self, value: tuple[ParsedFile, ValidationResult]) -> None:
        self.w.parsed, self.w.validation = value
        parsed, result = value
        self.suggestions = suggest_columns(parsed.ignored_columns, parsed.present)
        self.ignored.setText(ignored_html(parsed.ignored_columns, self.suggestions))
        self.ignored.setVisible(bool(parsed.ignored_columns))
        self.apply_button.setVisible(bool(self.suggestions))
        ok = result.rows_total - len(result.rejected_rows)
        text = (self.tr("%1 rows: %2 can be imported, %3 have problems (%4 issues). Nothing "
                        "has been written.")
                .replace("%1", str(result.rows_total)).replace("%2", str(ok))
                .replace("%3", str(len(result.rejected_rows)))
                .replace("%4", str(len(result.issues))))
        if result.issues:
            text += "\n" + self.tr("Fix the rows in the file (export them with their errors) "
                                   "and choose it again; the import is all or nothing.")
        self.summary.setText(text)
        header_of = {col: parsed.headers[i] for col, i in parsed.columns.items()}
        for issue in result.issues:
            col = issue.column
            item = QTreeWidgetItem(self.issues, [
                str(issue.row), column_title(col, header_of.get(col, col)) if col else "",
                "" if issue.value is None else str(issue.value), reason_text(issue.reason)])
            item.setData(1, Qt.ItemDataRole.UserRole, issue.column)
            item.setToolTip(3, format_issue(issue))
        for c in range(3):
            self.issues.resizeColumnToContents(c)
        self.export_button.setEnabled(bool(result.rejected_rows))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error))
        if not isinstance(error, ImportCancelled):
            show_error(self, error)

    def isComplete(self) -> bool:
        return self.w.validation is not None and not self.w.validation.issues

    def apply_suggestions(self) -> None:
        """Match each ignored column to the template column it looks like, check again."""
        if self.op is not None and not self.op.done:
            return
        combos = self.w.map_page.combos
        for header, col in self.suggestions.items():
            combos[col].setCurrentIndex(max(combos[col].findData(header), 0))
        self.w.column_map = self.w.map_page.mapping()
        self.initializePage()

    def ask_export(self) -> None:
        if self.w.parsed is None:
            return
        suggestion = str(Path(self.w.parsed.path).with_name(
            f"{Path(self.w.parsed.path).stem}-rejected.csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export rejected rows"),
                                              suggestion, FILE_FILTER)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        assert self.w.parsed is not None and self.w.validation is not None
        n = export_rejected(self.w.parsed, self.w.validation, path)
        self.summary.setText(self.summary.text() + "\n" + self.tr(
            "%1 rejected rows written to %2 (with an errors column).")
            .replace("%1", str(n)).replace("%2", str(path)))
        return n


class ImportPage(QWizardPage):
    """The import itself, on the writer thread, with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.progress = ProgressPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.op: Operation[PersonImportReport] | None = None
        self.report: PersonImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.summary.setText(self.tr("Importing… Cancel stops it and writes nothing."))
        ctx = self.w.context
        engine, path, mapping, actor, today = (ctx.engine, self.w.path, self.w.column_map,
                                               ctx.actor, ctx.today)

        assert engine is not None

        def job(state: TaskState) -> PersonImportReport:
            return import_persons(engine, path, actor=actor, column_map=mapping, today=today,
                                  on_progress=state.report, should_stop=state.should_stop)

        op: Operation[PersonImportReport] = Operation(job, None, self.tr("Importing"))
        op.on_success(self._done).on_failure(self._failed).with_progress(self.progress)
        self.op = op.run(ctx.pools.writer)
        self.completeChanged.emit()

    def _done(self, report: PersonImportReport) -> None:
        self.report = report
        self.summary.setText(
            self.tr("Imported: %1 created, %2 updated, %3 unchanged.")
            .replace("%1", str(report.created)).replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged)))
        self.completeChanged.emit()
        self.w.imported.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
        else:
            self.summary.setText(str(error))
            show_error(self, error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.op is not None and self.op.done


class ImportWizard(QWizard):
    imported = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import persons"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.path = Path()
        self.headers: list[str] = []
        self.column_map: dict[str, str] = {}
        self.parsed: ParsedFile | None = None
        self.validation: ValidationResult | None = None
        self.file_page = FilePage(self)
        self.map_page = MapPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.map_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.resize(760, 560)

    def reject(self) -> None:
        for op in (self.preview_page.op, self.import_page.op):
            if op is not None and not op.done:
                op.cancel()
        super().reject()
