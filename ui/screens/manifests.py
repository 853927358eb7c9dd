"""The Manifests screen: the handover events of the published (or chosen) plan by day — crossing
handovers and flights — with number, place, people, revision, prints and the handover record;
the selected manifest's pages; print preview, print (one or all of a day, one job), save as
PDF (signed when the agency's certificate is configured); the escorts of a manifest; record a
handover (or correct one: a new revision); and the reconciliation per day and
batch, where anyone unaccounted for is red until resolved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.queries_network import PlanVersion
from ui.actions import screen_action
from ui.context import AppContext, Loaded
from ui.printing import rasterise
from ui.screens.manifests_actions import ManifestActions, show_problem, tr
from ui.screens.manifests_data import (
    Board,
    Draft,
    EventRow,
    default_plan,
    draft,
    load_versions,
    read_board,
)
from ui.screens.manifests_views import (
    RED,
    EventsModel,
    PreviewPane,
    ReconciliationView,
    disruption_label,
    disruption_tip,
    fit_columns,
)
from ui.screens.plan_models import ITEM_ROLE, make_view
from ui.screens.plan_view import version_label
from ui.workers import Operation, TaskState


class ManifestsScreen(QWidget):
    load_extra = staticmethod(load_versions)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.versions: list[PlanVersion] = []
        self.plan_id: int | None = None
        self.board = Board(None)
        self.draft: Draft | None = None
        self.load_op: Operation[Board] | None = None
        self.draft_op: Operation[tuple[Draft, list[QImage]]] | None = None
        self._stale = True
        self._busy = False
        self._days_shown = False  # the day filter starts on today, later it stays as chosen
        self.actions_ = ManifestActions(self)
        self.actions_.written.connect(self._written)

        self.plan_combo = QComboBox(self)
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.activated.connect(self._plan_chosen)
        self.day_combo = QComboBox(self)
        self.day_combo.setMinimumContentsLength(12)
        self.day_combo.activated.connect(lambda _i: self._fill_events())
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter: number, place…"))
        self.filter.setClearButtonEnabled(True)
        self.events = EventsModel(self)
        self.view = make_view(self.events, self)
        self.view.setObjectName("manifestEvents")
        self.filter.textChanged.connect(self.view.model().setFilterFixedString)  # type: ignore[attr-defined]
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.view.doubleClicked.connect(lambda _i: self.actions_.open_preview())

        self.preview_action = self._action(tr("Print pre&view…"), "Ctrl+Shift+P",
                                           self.actions_.open_preview)
        self.print_action = self._action(tr("&Print…"), "Ctrl+P",
                                         lambda: self.actions_.ask_print())
        self.save_action = self._action(tr("&Save as PDF…"), "Ctrl+Shift+E",
                                        self.actions_.ask_save)
        self.handover_action = self._action(tr("&Record handover…"), "Ctrl+R",
                                            self.actions_.ask_handover)
        self.escorts_action = self._action(tr("Escor&ts…"), "", self.actions_.escorts.ask)
        self.print_day_action = self._action(tr("Print &all of the day…"), "",
                                             lambda: self._day_job(self.actions_.ask_print))
        self.save_day_action = self._action(tr("Save all of the day as P&DFs…"), "",
                                            lambda: self._day_job(self.actions_.ask_save_day))
        buttons = []
        for a in (self.preview_action, self.print_action, self.save_action,
                  self.escorts_action, self.handover_action):
            b = QPushButton(a.text(), self)
            b.clicked.connect(a.trigger)
            a.changed.connect(lambda b=b, a=a: (b.setEnabled(a.isEnabled()), b.setText(a.text())))
            buttons.append(b)
        self.day_button = QPushButton(tr("&Day"), self)
        menu = QMenu(self.day_button)
        menu.addActions([self.print_day_action, self.save_day_action])
        self.day_button.setMenu(menu)
        (self.preview_button, self.print_button, self.save_button, self.escorts_button,
         self.handover_button) = buttons
        self.message = QLabel(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signer_label = QLabel(self)  # which certificate saved PDFs are signed with
        self.signer_label.setObjectName("manifestSigner")
        self.signer_label.setMaximumWidth(420)

        bar = QHBoxLayout()
        for text, w in ((tr("P&lan:"), self.plan_combo), (tr("Da&y:"), self.day_combo)):
            label = QLabel(text, self)
            label.setBuddy(w)
            bar.addWidget(label)
            bar.addWidget(w)
        bar.addWidget(self.filter, 1)
        actions = QHBoxLayout()
        for b in (*buttons, self.day_button):
            actions.addWidget(b)
        actions.addWidget(self.message, 1)
        actions.addWidget(self.signer_label)

        self.preview = PreviewPane(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 600])
        self.recon = ReconciliationView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, tr("&Handovers"))
        self.tabs.addTab(self.recon, tr("Re&conciliation"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(150)
        self._draft_timer.timeout.connect(self.load_draft)
        self._show_signer()
        self._sync()

    def _action(self, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        return screen_action(self, text, shortcut, slot)

    # -- screen protocol ----------------------------------------------------------------------

    def set_loaded(self, loaded: Loaded) -> None:
        versions = loaded.extra.get("manifests")
        if not isinstance(versions, list):
            return
        self.versions = versions
        ids = [v.id for v in versions]
        if self.plan_id not in ids:
            self.plan_id = default_plan(versions)
        self.plan_combo.clear()
        for v in versions:
            self.plan_combo.addItem(version_label(v), v.id)
        self.plan_combo.setCurrentIndex(max(self.plan_combo.findData(self.plan_id), 0))
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.context.engine is not None:
            self.refresh()

    def actions_for_menu(self) -> list[QAction]:
        return [self.preview_action, self.print_action, self.save_action,
                self.escorts_action, self.handover_action, self.print_day_action,
                self.save_day_action]

    def focus_widget(self) -> QWidget:
        return self.view

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def save_layout(self) -> None:
        if self.actions_.job is not None and not self.actions_.job.done:
            self.actions_.job.cancel()

    # -- loading ------------------------------------------------------------------------------

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index)
        if isinstance(plan_id, int) and plan_id != self.plan_id:
            self.plan_id = plan_id
            self.refresh()

    def refresh(self) -> Operation[Board] | None:
        """Read the events, manifests and reconciliation of the plan on the reader thread."""
        engine, plan_id, today = self.context.engine, self.plan_id, self.context.today
        if engine is None:
            return None
        self._stale = False

        def job(_s: TaskState) -> Board:
            return read_board(engine, plan_id, today)

        op: Operation[Board] = Operation(job, self, tr("Reading manifests…"))
        op.on_success(self._show_board).on_failure(
            lambda e: show_problem(self, e, tr("Could not read the manifests")))
        self.load_op = op
        return op.run(self.context.pools.reader)

    def _show_board(self, board: Board) -> None:
        if board.plan_id != self.plan_id:
            return
        self.board = board
        self.draft = None  # what would print may have changed: render again
        self._show_signer()
        chosen = self.day_combo.currentData()
        self.day_combo.clear()
        self.day_combo.addItem(tr("All days"), None)
        for d in board.days:
            self.day_combo.addItem(d.isoformat(), d)
        if not self._days_shown and board.days:  # first: today, else the next day with any
            upcoming = [d for d in board.days if d >= board.today]
            chosen = upcoming[0] if upcoming else board.days[-1]
        self._days_shown = True
        self.day_combo.setCurrentIndex(self.day_index(chosen))
        self._fill_events()

    def _show_signer(self) -> None:
        text, tip, problem = self.actions_.signing.status_text(self.board.signer,
                                                               self.board.signer_file_ok)
        label = self.signer_label
        label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                     label.maximumWidth()))
        label.setToolTip(text + "\n" + tip)
        label.setStyleSheet("color: #b00020;" if problem else "color: palette(mid);")

    def day_index(self, day: dt.date | None) -> int:
        """The day filter's entry of `day` (QComboBox.findData cannot compare dates)."""
        for k in range(self.day_combo.count()):
            if self.day_combo.itemData(k) == day:
                return k
        return 0

    def _fill_events(self) -> None:
        keep = self.current_number()
        day = self.day_combo.currentData()
        rows = [r for r in self.board.rows if day is None or r.day == day]
        self.events.today = self.board.today
        self.events.set_items(rows)
        fit_columns(self.view)
        self.recon.set_rows([r for r in self.board.recon if day is None or r.day == day])
        numbers = [r.number for r in rows]
        if rows:
            self.select(keep if keep in numbers else numbers[0])
        else:
            self.draft = None
            text = tr("No plan yet: make and publish one on the Plan screen.") \
                if self.board.plan_id is None else tr("No handovers on this day.")
            self.preview.show_message(text)
        self._sync()

    def select(self, number: str) -> None:
        model = self.view.model()
        for r in range(model.rowCount()):
            if model.index(r, 0).data(ITEM_ROLE).number == number:
                self.view.selectionModel().setCurrentIndex(
                    model.index(r, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self._selected()
                return

    def current(self) -> EventRow | None:
        idx = self.view.currentIndex()
        item = idx.data(ITEM_ROLE) if idx.isValid() else None
        return item if isinstance(item, EventRow) else None

    def current_number(self) -> str | None:
        row = self.current()
        return row.number if row else None

    def _selected(self) -> None:
        self._sync()
        number = self.current_number()
        if number is not None and (self.draft is None or self.draft.manifest.number != number):
            self._draft_timer.start()

    def load_draft(self) -> Operation[Any] | None:
        """The selected manifest as it would print now, rendered and rasterised off the GUI
        thread (nothing is written)."""
        engine, row, plan_id = self.context.engine, self.current(), self.plan_id
        if engine is None or row is None or plan_id is None or self.actions_.busy:
            return None

        def job(_s: TaskState) -> tuple[Draft, list[QImage]]:
            d = draft(engine, plan_id, row.number, row.event)
            return d, rasterise(d.pdf)

        def done(result: tuple[Draft, list[QImage]]) -> None:
            d, images = result
            if d.manifest.number != self.current_number():
                self._draft_timer.start()  # the selection moved meanwhile
                return
            self.draft = d
            m = d.manifest
            state = tr("handover recorded, frozen") if m.frozen else (
                tr("printed as shown") if d.issued else
                tr("not issued yet: printing issues this revision"))
            if row.blocked:
                state = (f"<span style='color: {RED.name()}; font-weight: bold;'>"
                         + disruption_label(row) + " — " + tr("do not use: re-plan")
                         + "</span>")
            self.preview.show_pages(
                f"<b>{m.number}</b> r{m.revision} · {m.place} · " + tr(
                    "%1 people · %2 pages").replace("%1", str(d.people))
                .replace("%2", str(d.pages)) + f" · <i>{state}</i>", images)
            self._sync()

        self.draft = None
        self.preview.show_message(tr("Rendering %1…").replace("%1", row.number))
        op: Operation[tuple[Draft, list[QImage]]] = Operation(job, self, tr("Rendering…"))
        op.on_success(done).on_failure(
            lambda e: self.preview.show_message(tr("Could not render: %1").replace("%1", str(e))))
        self.draft_op = op
        return op.run(self.context.pools.reader)

    # -- actions ------------------------------------------------------------------------------

    def _day_job(self, start: Any) -> None:
        day = self.day_combo.currentData()
        row = self.current()
        if day is None and row is not None:
            day = row.day
        if isinstance(day, dt.date):
            start(day)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync()

    def _sync(self) -> None:
        row = self.current()
        free = not self._busy and self.context.engine is not None and self.plan_id is not None
        self.preview_action.setEnabled(free and self.draft is not None and row is not None)
        # a cancelled flight or a crossing closed that day: nothing to print, save or record
        blocked = row is not None and row.blocked
        self.print_action.setEnabled(free and row is not None and not blocked)
        self.save_action.setEnabled(free and row is not None and not blocked)
        issued = row is not None and row.revision is not None
        self.handover_action.setEnabled(free and issued and not blocked)
        self.escorts_action.setEnabled(free and row is not None)
        self.handover_action.setText(tr("C&orrect handover…") if row is not None and row.frozen
                                     else tr("&Record handover…"))
        why = disruption_tip(row) if row is not None and blocked else ""
        self.handover_action.setToolTip(why or (
            "" if issued else tr("Print or save the manifest first: the handover is recorded "
                                 "against the printed list.")))
        self.print_action.setToolTip(why)
        self.save_action.setToolTip(why)
        has_days = bool(self.board.rows)
        for a in (self.print_day_action, self.save_day_action):
            a.setEnabled(free and has_days)
        self.day_button.setEnabled(free and has_days)

    def _written(self, text: str) -> None:
        if text:
            self.message.setText(text)
        self.draft = None
        window = self.window()
        reload = getattr(window, "reload", None)
        self._stale = True
        if callable(reload) and window is not self:
            reload()
        else:
            self.refresh()


def create(context: AppContext, parent: QWidget) -> ManifestsScreen:
    return ManifestsScreen(context, parent)
