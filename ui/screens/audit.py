"""The Audit screen: the hash-chained audit trail, newest first, filtered per person, batch,
plan, manifest, operator, action and date; the selected entry field by field; "Verify chain"
and "Export the filtered trail…" (the export is itself recorded).

Only the numbers of the matching entries are read for a filter (on the reader thread); rows
are read a page at a time as they are shown (`ui.screens.audit_model`). Other screens open a
record's history with :func:`show_history`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from planner.audit.export import ExportCancelled, export_csv
from planner.audit.query import AuditFilter, FilterOptions, filter_options
from planner.audit.verify import VerifyCancelled, VerifyReport
from planner.services.locking import EditError
from ui import settings as keys
from ui.actions import screen_action
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.screens.audit_detail import AuditDetail
from ui.screens.audit_filters import AuditFilterBar
from ui.screens.audit_model import AuditTableModel, Line, Result, read
from ui.screens.audit_verify import VerifyPanel, check_pool, verify_with_progress
from ui.workers import Operation, ProgressPanel, TaskState

#: kind of record → the filter that shows its history
KINDS = ("person", "batch", "plan", "manifest", "operator")
WIDTHS = (135, 100, 130, 110, 150)
class AuditScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filters = AuditFilterBar(self)
        self.model = AuditTableModel(context.pools.reader, self)
        self.view = self._table()
        self.detail = AuditDetail(self)
        self.verify_panel = VerifyPanel(self)
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.verify_progress = ProgressPanel(self)
        self.export_progress = ProgressPanel(self)
        self.verify_action = self._action(self.tr("&Verify chain"), "Ctrl+Shift+V", self.verify)
        self.verify_action.setToolTip(self.tr("Recompute every entry's hash and link: finds "
                                              "any edited, inserted or deleted entry"))
        self.export_action = self._action(self.tr("&Export the filtered trail…"), "Ctrl+E",
                                          self.export_dialog)
        self.export_action.setToolTip(self.tr("The entries shown, to a CSV file; the export "
                                              "is recorded in the trail"))
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.verify_progress)
        bar.addWidget(self.export_progress)
        for action in (self.verify_action, self.export_action):
            button = QPushButton(action.text().replace("&", ""), self)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            bar.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.verify_panel)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.message.hide()

        self._stale = True
        self._options_stale = True
        self._options: tuple[Engine, FilterOptions] | None = None
        self._again = False
        self._jump: int | None = None
        self.refresh_op: Operation[Result] | None = None
        self.options_op: Operation[FilterOptions] | None = None
        self.verify_op: Operation[VerifyReport] | None = None
        self.export_op: Operation[tuple[int, int]] | None = None
        self.filters.changed.connect(self._filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(lambda e: show_error(self, e, self.tr(
            "Could not read the audit trail")))
        self.verify_panel.jumpRequested.connect(self.show_entry)
        self._restore_layout()
        self._show_count()

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Audit entries, newest first"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        vh = view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = view.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, w in enumerate(WIDTHS):
            hh.resizeSection(i, w)
        return view

    def _action(self, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        return screen_action(self, text, shortcut, slot)

    # -- screen protocol --------------------------------------------------------------------

    def set_loaded(self, _loaded: Loaded) -> None:
        """The database changed (an edit, a reload): read again now if shown, else later."""
        self._stale = self._options_stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def actions_for_menu(self) -> list[QAction]:
        return [self.verify_action, self.export_action]

    def focus_filter(self) -> None:
        self.filters.person_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.person_edit.selectAll()

    def focus_widget(self) -> QWidget:
        return self.view

    def save_layout(self) -> None:
        s = QSettings()
        s.setValue(keys.screen_key("audit", "header"), self.view.horizontalHeader().saveState())
        s.setValue(keys.screen_key("audit", "splitter"), self.splitter.saveState())

    def _restore_layout(self) -> None:
        s = QSettings()
        header = s.value(keys.screen_key("audit", "header"))
        if isinstance(header, QByteArray):
            self.view.horizontalHeader().restoreState(header)
        state = s.value(keys.screen_key("audit", "splitter"))
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            self.splitter.setSizes([900, 400])

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> Operation[Result] | None:
        """Read the entries matching the filters again (on the reader thread)."""
        engine = self.context.engine
        if engine is None:
            return None
        if self.refresh_op is not None and not self.refresh_op.done:
            self._again = True
            return self.refresh_op
        self._stale = False
        f = self.filters.current()
        op: Operation[Result] = Operation(lambda _s: read(engine, f), self)
        op.on_success(lambda res: self._show_result(engine, res)).on_failure(
            lambda e: show_error(self, e, self.tr("Could not read the audit trail")))
        op.finished.connect(self._refresh_finished)
        self.refresh_op = op
        op.run(self.context.pools.reader)
        if self._options_stale:
            self._load_options(engine)
        return op

    def _load_options(self, engine: Engine) -> None:
        """Read the filters' choices after the rows (the operators and actions of new
        entries only, once those of the older ones are known)."""
        self._options_stale = False
        known = self._options[1] if self._options and self._options[0] is engine else None
        after = known.upto if known is not None else 0

        def done(options: FilterOptions) -> None:
            merged = options.merged(known)
            self._options = (engine, merged)
            self.filters.set_options(merged)

        op: Operation[FilterOptions] = Operation(lambda _s: filter_options(engine, after), self)
        op.on_success(done).on_failure(lambda e: show_error(self, e, self.tr(
            "Could not read the audit trail")))
        self.options_op = op
        op.run(self.context.pools.reader)

    def _refresh_finished(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _filter_changed(self) -> None:
        self._jump = None
        self.refresh()

    def _show_result(self, engine: Engine, res: Result) -> None:
        if res.filter != self.filters.current():
            self._again = True  # the filters changed meanwhile: this result is stale
            return
        current = self.current_line()
        self.model.set_source(engine, res.seqs, res.first)
        self._show_count()
        target = self._jump if self._jump is not None else \
            (current.seq if current is not None else None)
        self._jump = None
        if target is not None and len(res.seqs):
            self._select(self.model.row_of(target))
        else:
            self.detail.set_line(None)

    def _show_count(self) -> None:
        n = len(self.model.seqs)
        if self.filters.current().empty:
            text = self.tr("%1 entries, newest first").replace("%1", f"{n:,}") if n else \
                self.tr("No audit entries yet.")
        else:
            text = self.tr("%1 entries match the filters").replace("%1", f"{n:,}") if n else \
                self.tr("No entry matches these filters.")
        self.count_label.setText(text)

    # -- selection --------------------------------------------------------------------------

    def current_line(self) -> Line | None:
        idx = self.view.currentIndex()
        return self.model.line(idx.row(), fetch=False) if idx.isValid() else None

    def _select(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_current(idx)

    def _show_current(self, current: QModelIndex, *_args: Any) -> None:
        line = self.model.line(current.row()) if current.isValid() else None
        if line is not None or not current.isValid():
            self.detail.set_line(line)

    def _page_loaded(self, first: int, last: int) -> None:
        idx = self.view.currentIndex()
        if idx.isValid() and first <= idx.row() <= last:
            self.detail.set_line(self.model.line(idx.row()))

    def show_entry(self, seq: int) -> None:
        """Select entry `seq` (the nearest older one if it is gone); the filters are cleared
        when they hide it."""
        if self.model.has(seq) or (self.filters.current().empty and len(self.model.seqs)):
            self._select(self.model.row_of(seq))
            return
        self.filters.clear()  # refreshes; the result selects the entry
        self._jump = seq

    def show_for(self, kind: str, reference: str) -> None:
        """Show this screen with the history of one person, batch, plan (its number),
        manifest or operator."""
        if kind not in KINDS:
            raise ValueError(f"no audit history for {kind!r}")
        f = AuditFilter(actor=reference) if kind == "operator" else \
            AuditFilter(**{kind: reference})  # type: ignore[arg-type]
        self.filters.set_filter(f)
        show = getattr(self.window(), "show_screen", None)
        if show is not None:
            show("audit")

    # -- verify and export ------------------------------------------------------------------

    def verify(self) -> Operation[VerifyReport] | None:
        engine = self.context.engine
        if engine is None or (self.verify_op is not None and not self.verify_op.done):
            return None
        self.verify_action.setEnabled(False)
        op: Operation[VerifyReport] = Operation(
            lambda state: verify_with_progress(engine, state), self,
            self.tr("Checking the audit chain…"))
        op.with_progress(self.verify_progress).on_success(self.verify_panel.show_report)
        op.on_failure(self._verify_failed)
        op.finished.connect(lambda: self.verify_action.setEnabled(True))
        self.verify_op = op
        return op.run(check_pool())

    def _verify_failed(self, error: BaseException) -> None:
        if isinstance(error, VerifyCancelled):
            self.verify_panel.show_cancelled()
        else:
            show_error(self, error, self.tr("Could not check the audit chain"))

    def export_dialog(self) -> None:
        start = Path.home() / f"audit-trail-{dt.date.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the filtered trail"),
                                              str(start), self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation[tuple[int, int]] | None:
        """Write the entries the filters match to `path` (CSV) on the writer thread."""
        engine, actor = self.context.engine, self.context.actor
        if engine is None or (self.export_op is not None and not self.export_op.done):
            return None
        if not actor:
            show_error(self, EditError(self.tr(
                "Say who you are first (Edit ▸ Operator…): every export is recorded in the "
                "audit trail with the operator's name.")), self.tr("Not exported"))
            return None
        f = self.filters.current()
        self.export_action.setEnabled(False)

        def job(state: TaskState) -> tuple[int, int]:
            return export_csv(engine, f, path, actor=actor, progress=state.report,
                              should_stop=state.should_stop)

        def done(result: tuple[int, int]) -> None:
            rows, seq = result
            self._say(self.tr("Exported %1 entries to %2 (recorded as entry #%3).")
                      .replace("%1", f"{rows:,}").replace("%2", str(path))
                      .replace("%3", str(seq)))
            self._options_stale = True
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, ExportCancelled):
                self._say(self.tr("Export cancelled: no file was written."))
            else:
                show_error(self, error, self.tr("Could not export the audit trail"))

        op: Operation[tuple[int, int]] = Operation(job, self,
                                                   self.tr("Exporting the audit trail…"))
        op.with_progress(self.export_progress).on_success(done).on_failure(failed)
        op.finished.connect(lambda: self.export_action.setEnabled(True))
        self.export_op = op
        return op.run(self.context.pools.writer)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def show_history(widget: QWidget, kind: str, reference: str) -> bool:
    """From any screen: switch to the Audit screen showing the history of a person, batch,
    plan, manifest or operator. False when the window has no Audit screen."""
    screens = getattr(widget.window(), "screens", {})
    audit = screens.get("audit") if isinstance(screens, dict) else None
    if not isinstance(audit, AuditScreen):
        return False
    audit.show_for(kind, reference)
    return True


def create(context: AppContext, parent: QWidget) -> AuditScreen:
    return AuditScreen(context, parent)
