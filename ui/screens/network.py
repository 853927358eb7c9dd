"""The Network screen: locations, crossings, flights (a calendar of days), legs and receiving
points as tables — rows added, edited and deleted one undoable edit each (`network_actions`) —
and a map of the network with what the plan moves on a chosen day. Cancelling a flight or
closing a crossing is a disruption: the screen offers to re-plan. Import network… loads a
network file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from planner.domain.enums import FlightStatus
from planner.engine.store import load_plan, published_plan_id
from planner.queries_network import NetworkData, busiest_day, load_network, movements_on
from ui.context import AppContext, Loaded
from ui.screens.network_actions import NetworkActions
from ui.screens.network_add import ADDABLE
from ui.screens.network_tables import build_models
from ui.screens.plan_dialogs import from_qdate, to_qdate
from ui.screens.plan_models import RowsModel, make_view
from ui.screens.plan_view import Shown
from ui.widgets.map_view import NetworkMap

KINDS = ("location", "crossing", "flight", "leg", "receiving_point")


@dataclass(frozen=True)
class NetworkExtra:
    network: NetworkData
    plan: Shown | None


def load_network_extra(engine: Engine, _on: dt.date) -> NetworkExtra:
    """The network, and the plan to draw on the map (the published one, else the newest)."""
    from planner.engine.store import latest_plan_id

    pid = published_plan_id(engine) or latest_plan_id(engine)
    shown = None
    if pid is not None:
        sp = load_plan(engine, pid)
        shown = Shown(sp.id, sp.status, sp.parent_id, sp.result)
    return NetworkExtra(load_network(engine), shown)


class NetworkScreen(NetworkActions):
    load_extra = staticmethod(load_network_extra)
    #: the user chose to re-plan after a disruption here (the reason is passed)
    replanRequested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.net = NetworkData()
        self.plan: Shown | None = None
        self.dialog: Any = None
        self.offer: QMessageBox | None = None
        self.import_action = QAction(self.tr("Import &network…"), self)
        self.import_action.setStatusTip(self.tr("Check a network file (JSON), then import it"))
        self.import_action.triggered.connect(self.ask_import_network)
        self.models: dict[str, RowsModel] = build_models(self, lambda: self.net)
        self.views: dict[str, QTableView] = {}
        self.tabs = QTabWidget(self)
        titles = {"location": self.tr("Locations"), "crossing": self.tr("Crossings"),
                  "flight": self.tr("Flights"), "leg": self.tr("Legs"),
                  "receiving_point": self.tr("Receiving points")}
        for kind in KINDS:
            view = make_view(self.models[kind], self)
            view.doubleClicked.connect(lambda _i, k=kind: self.edit_current(k))
            self.views[kind] = view
            page = self._flights_page(view) if kind == "flight" else self._page(kind, view)
            self.tabs.addTab(page, titles[kind])
        self.flights_page = self.tabs.widget(KINDS.index("flight"))

        self.map = NetworkMap(self)
        self.day_edit = QDateEdit(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.day_edit.dateChanged.connect(self._day_changed)
        self.map_label = QLabel(self)
        self.map_label.setWordWrap(True)
        day_label = QLabel(self.tr("Plan on &day:"), self)
        day_label.setBuddy(self.day_edit)
        fit = QPushButton(self.tr("Whole region"), self)
        fit.clicked.connect(self.map.fit)
        top = QHBoxLayout()
        for w in (day_label, self.day_edit, fit):
            top.addWidget(w)
        top.addStretch(1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(top)
        rl.addWidget(self.map_label)
        rl.addWidget(self.map, 1)
        legend = QLabel(self.map.legend_html(), self)
        legend.setWordWrap(True)
        rl.addWidget(legend)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # -- pages ------------------------------------------------------------------------------

    def _buttons(self, kind: str, extra: list[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        if kind in ADDABLE:
            add = QPushButton(self.tr("&Add…"), self)
            add.setToolTip(self.tr("A new row; the form checks it as you type"))
            add.clicked.connect(lambda: self.ask_add(kind))
            row.addWidget(add)
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.setToolTip(self.tr("Change the selected row (double-click does the same)"))
        edit.clicked.connect(lambda: self.edit_current(kind))
        row.addWidget(edit)
        delete = QPushButton(self.tr("&Delete"), self)
        delete.setToolTip(self.tr("Delete the selected row if nothing uses it (Del); undo "
                                  "puts it back"))
        delete.clicked.connect(lambda: self.delete_current(kind))
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.views[kind],
                             context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: self.delete_current(kind))
        row.addWidget(delete)
        for b in extra:
            row.addWidget(b)
        row.addStretch(1)
        importer = QPushButton(self.tr("Import network…"), self)
        importer.setToolTip(self.import_action.statusTip())
        importer.clicked.connect(self.import_action.trigger)
        row.addWidget(importer)
        return row

    def _page(self, kind: str, view: QTableView) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        extra: list[QPushButton] = []
        if kind == "crossing":
            close = QPushButton(self.tr("&Close for some days…"), self)
            close.setToolTip(self.tr("A disruption: the planner will avoid these days"))
            close.clicked.connect(lambda: self.ask_close_crossing())
            reopen = QPushButton(self.tr("&Reopen…"), self)
            reopen.setToolTip(self.tr("Remove a closure of the selected crossing"))
            reopen.clicked.connect(lambda: self.ask_reopen_crossing())
            extra += [close, reopen]
        lay.addLayout(self._buttons(kind, extra))
        lay.addWidget(view)
        return page

    def _flights_page(self, view: QTableView) -> QWidget:
        page = QWidget(self)
        self.calendar = QCalendarWidget(page)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._fill_flights)
        self.all_days = QCheckBox(self.tr("&All days"), page)
        self.all_days.toggled.connect(self._fill_flights)
        self.flight_count = QLabel(page)
        add = QPushButton(self.tr("&Add flight…"), page)
        add.clicked.connect(lambda: self.ask_add_flight())
        confirm = QPushButton(self.tr("Con&firm"), page)
        confirm.setToolTip(self.tr("Mark the selected flight confirmed by the carrier"))
        confirm.clicked.connect(lambda: self.set_selected_flight_status(FlightStatus.CONFIRMED))
        cancel = QPushButton(self.tr("Cancel flight"), page)
        cancel.setToolTip(self.tr("A disruption: the flight is no longer available; you are "
                                  "offered a re-plan"))
        cancel.clicked.connect(lambda: self.set_selected_flight_status(FlightStatus.CANCELLED))
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.all_days)
        left.addWidget(self.flight_count)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self._buttons("flight", [add, confirm, cancel]))
        right.addWidget(view)
        lay = QHBoxLayout(page)
        lay.addLayout(left)
        lay.addLayout(right, 1)
        return page

    # -- screen protocol --------------------------------------------------------------------

    def set_loaded(self, loaded: Loaded) -> None:
        extra = loaded.extra.get("network")
        if not isinstance(extra, NetworkExtra):
            return
        first = not getattr(self, "_sized", False)
        self._sized = True
        self.net, self.plan = extra.network, extra.plan
        for kind in KINDS:
            if kind != "flight":
                self.models[kind].set_items(self._rows(kind))
                if first:  # measuring every row costs the GUI thread; widths stay after that
                    self.views[kind].resizeColumnsToContents()
        self._mark_calendar()
        self._fill_flights()
        self.map.set_network(self.net)
        if self.plan is not None:
            r = self.plan.result
            self.day_edit.setDateRange(to_qdate(r.start), to_qdate(r.end))
            today = self.context.today
            moving_today = r.start <= today <= r.end and movements_on(r, today)
            day = today if moving_today else busiest_day(r) or r.start
            if from_qdate(self.day_edit.date()) == day:
                self._day_changed(self.day_edit.date())
            self.day_edit.setDate(to_qdate(day))
        else:
            self.map.show_moves([])
            self.map_label.setText(self.tr("No plan yet: the map shows the network only."))

    def focus_widget(self) -> QWidget:
        return self.views["location"]

    def _rows(self, kind: str) -> list[Any]:
        n = self.net
        return list({"location": n.locations, "crossing": n.crossings, "flight": n.flights,
                     "leg": n.legs, "receiving_point": n.receiving}[kind])

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        bold.setForeground(QColor("#1f6fb5"))
        for f in self.net.flights:
            if f.status != "cancelled":
                self.calendar.setDateTextFormat(to_qdate(f.departure.date()), bold)
        if self.net.flights and not hasattr(self, "_calendar_set"):
            self._calendar_set = True
            first = min(f.departure.date() for f in self.net.flights)
            day = self.context.today if any(
                f.departure.date() == self.context.today for f in self.net.flights) else first
            self.calendar.setSelectedDate(to_qdate(day))

    def _fill_flights(self, *_args: Any) -> None:
        day = from_qdate(self.calendar.selectedDate())
        flights = [f for f in self.net.flights
                   if self.all_days.isChecked() or f.departure.date() == day]
        self.models["flight"].set_items(flights)
        self.views["flight"].resizeColumnsToContents()
        self.flight_count.setText(self.tr("%1 flights shown").replace("%1", str(len(flights))))

    def _day_changed(self, d: QDate) -> None:
        if self.plan is None:
            return
        day = from_qdate(d)
        moves = movements_on(self.plan.result, day)
        self.map.show_moves(moves)
        people = sum(m.people for m in moves if m.kind == "crossing")
        flown = sum(m.people for m in moves if m.kind == "flight")
        text = (self.tr("Plan %1 (%2) on %3: %4 people cross a border, %5 fly.")
                .replace("%1", str(self.plan.id)).replace("%2", self.plan.status)
                .replace("%3", day.isoformat()).replace("%4", str(people))
                .replace("%5", str(flown)))
        missing = [loc.code for loc in self.net.locations
                   if loc.latitude is None or loc.longitude is None]
        if missing:
            text += " " + self.tr("Not on the map (no coordinates): %1.").replace(
                "%1", ", ".join(missing[:8]) + ("…" if len(missing) > 8 else ""))
        self.map_label.setText(text)

    def actions_for_menu(self) -> list[QAction]:
        """For the main window's menus: File › Import network…"""
        return [self.import_action]

    actions = actions_for_menu


def create(context: AppContext, parent: QWidget) -> NetworkScreen:
    return NetworkScreen(context, parent)
