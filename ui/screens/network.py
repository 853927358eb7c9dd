"""The Network screen: locations, crossings, flights (a calendar of days), legs and receiving
points as tables, each row editable (one undoable edit each), and a map of the network with
what the plan moves on a chosen day. Cancelling a flight or closing a crossing is a disruption:
the screen offers to re-plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
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
from planner.services import network_edits as ne
from ui.context import AppContext, Loaded
from ui.screens.network_commands import (
    AddFlightCommand,
    CloseCrossingCommand,
    FlightStatusCommand,
    UpdateRowCommand,
)
from ui.screens.network_forms import RowDialog
from ui.screens.network_tables import build_models
from ui.screens.plan_dialogs import ChoiceDialog, from_qdate, to_qdate
from ui.screens.plan_models import RowsModel, make_view, selected_items
from ui.screens.plan_view import Shown
from ui.widgets.map_view import NetworkMap
from ui.workers import Operation

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


class NetworkScreen(QWidget):
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
        edit = QPushButton(self.tr("&Edit…"), self)
        edit.setToolTip(self.tr("Change the selected row (double-click does the same)"))
        edit.clicked.connect(lambda: self.edit_current(kind))
        row.addWidget(edit)
        for b in extra:
            row.addWidget(b)
        row.addStretch(1)
        return row

    def _page(self, kind: str, view: QTableView) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        extra: list[QPushButton] = []
        if kind == "crossing":
            close = QPushButton(self.tr("&Close for some days…"), self)
            close.setToolTip(self.tr("A disruption: the planner will avoid these days"))
            close.clicked.connect(lambda: self.ask_close_crossing())
            extra.append(close)
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

    # -- edits ------------------------------------------------------------------------------

    def current(self, kind: str) -> Any:
        items = selected_items(self.views[kind])
        return items[0] if items else None

    def edit_current(self, kind: str) -> RowDialog | None:
        row = self.current(kind)
        if row is None:
            return None
        values = self.net.values.get((kind, row.id), {})
        ref = str(values.get("code") or values.get("number") or f"#{row.id}")
        dialog = RowDialog(kind, self.tr("Edit %1").replace("%1", ref), values, self)
        dialog.accepted.connect(lambda: self._push_edit(kind, row.id, ref, row.version,
                                                        dialog.changes()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _push_edit(self, kind: str, row_id: int, ref: str, version: int,
                   changes: dict[str, Any]) -> Operation[Any] | None:
        if not changes:
            return None
        return self.context.edits.push(UpdateRowCommand(kind, row_id, ref, version, changes))

    def ask_add_flight(self) -> RowDialog:
        places = [loc for loc in self.net.locations
                  if loc.kind in ("airport", "receiving_point")]
        places.sort(key=lambda loc: (loc.kind != "airport", loc.code))
        combos = []
        for _ in range(2):
            combo = QComboBox(self)
            for loc in places:
                combo.addItem(f"{loc.code} — {loc.name}", loc.id)
            combos.append(combo)
        if len(places) > 1:
            combos[1].setCurrentIndex(1)
        day = from_qdate(self.calendar.selectedDate())
        dep = dt.datetime.combine(day, dt.time(10, 0))
        values = {"number": "", "departure_local": dep,
                  "arrival_local": dep + dt.timedelta(hours=4), "seats": 180,
                  "max_detainees": 50, "escorts_per_detainee": 1.0, "charter_cost": 0,
                  "optional": True, "origin_id": None, "destination_id": None}
        dialog = RowDialog("flight", self.tr("Add flight"), values, self, extra=[
            ("origin_id", self.tr("From"), combos[0]),
            ("destination_id", self.tr("To"), combos[1])])
        for combo in combos:
            combo.currentIndexChanged.connect(dialog.check)
        dialog.check()
        dialog.accepted.connect(lambda: self.add_flight(dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_flight(self, v: dict[str, Any]) -> Operation[Any] | None:
        spec = ne.FlightSpec(v["number"], v["origin_id"], v["destination_id"],
                             v["departure_local"], v["arrival_local"], v["seats"],
                             v["max_detainees"], carrier=v.get("carrier") or "",
                             escorts_per_detainee=v["escorts_per_detainee"],
                             charter_cost=v["charter_cost"], optional=v["optional"])
        return self.context.edits.push(AddFlightCommand(spec))

    def set_selected_flight_status(self, status: FlightStatus) -> Operation[Any] | None:
        f = self.current("flight")
        if f is None or f.status == status.value:
            return None
        op = self.context.edits.push(FlightStatusCommand(f.id, f.number, f.version, status))
        if op is not None and status == FlightStatus.CANCELLED:
            reason = self.tr("flight %1 cancelled").replace("%1", f.number)
            op.on_success(lambda _r: self.offer_replan(reason))
        return op

    def ask_close_crossing(self) -> ChoiceDialog | None:
        x = self.current("crossing")
        choices = [(f"{c.name} ({c.code})", c.id) for c in self.net.crossings]
        first = self.context.today
        dialog = ChoiceDialog(
            self.tr("Close a crossing"), self.tr("The planner will not use the crossing on "
                                                 "these days; undo reopens it."),
            self.tr("&Crossing:"), choices, self,
            dates=[(self.tr("&First day:"), first),
                   (self.tr("&Last day:"), first + dt.timedelta(days=2))], reason=True)
        if x is not None:
            dialog.combo.setCurrentIndex(dialog.combo.findData(x.id))
        dialog.accepted.connect(lambda: self.close_crossing(
            dialog.value(), dialog.dates()[0], dialog.dates()[1], dialog.reason()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def close_crossing(self, crossing_id: int, first: dt.date, last: dt.date,
                       reason: str = "") -> Operation[Any] | None:
        x = self.net.crossing(crossing_id)
        if x is None:
            return None
        op = self.context.edits.push(CloseCrossingCommand(x.id, x.name, first, last, reason))
        why = self.tr("%1 closed %2 to %3").replace("%1", x.name).replace(
            "%2", first.isoformat()).replace("%3", last.isoformat())
        if op is not None:
            op.on_success(lambda _r: self.offer_replan(why))
        return op

    def offer_replan(self, reason: str) -> QMessageBox:
        """A disruption was recorded: offer to re-plan from the published plan now."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Re-plan?"), self.tr(
            "%1. Re-plan from the published plan now? Only what must move is moved; the "
            "changes are listed on the Plan screen.").replace("%1", reason[:1].upper()
                                                              + reason[1:]),
            QMessageBox.StandardButton.NoButton, self)
        replan = box.addButton(self.tr("Re-plan now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        replan.clicked.connect(lambda: self._replan(reason))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.offer = box
        box.open()
        return box

    def _replan(self, reason: str) -> None:
        self.replanRequested.emit(reason)
        window = self.window()
        plan = getattr(window, "screens", {}).get("plan")
        if plan is not None:
            getattr(window, "show_screen", lambda _k: None)("plan")
            plan.start_run(replan=True, reason=reason)

    def actions_for_menu(self) -> list[QAction]:
        return []


def create(context: AppContext, parent: QWidget) -> NetworkScreen:
    return NetworkScreen(context, parent)
