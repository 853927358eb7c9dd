"""What the Network screen's buttons do (a mixin of `NetworkScreen`): edit, add and delete rows,
add, confirm and cancel flights, close and reopen crossings, import a network file. Every change
is one undoable command run on the writer thread; a disruption (a cancelled flight, a closed
crossing) offers a re-plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QMessageBox, QTableView, QWidget

from planner.domain.enums import FlightStatus
from planner.queries_network import NetworkData
from planner.services import network_edits as ne
from ui.context import AppContext
from ui.screens.network_add import add_dialog, describe, new_values
from ui.screens.network_commands import (
    AddFlightCommand,
    AddRowCommand,
    CloseCrossingCommand,
    DeleteRowCommand,
    FlightStatusCommand,
    ReopenCrossingCommand,
    UpdateRowCommand,
)
from ui.screens.network_forms import RowDialog
from ui.screens.plan_dialogs import ChoiceDialog, from_qdate
from ui.screens.plan_models import selected_items
from ui.workers import Operation


class NetworkActions(QWidget):
    """Edits of the network; `NetworkScreen` provides the attributes declared here."""

    context: AppContext
    net: NetworkData
    views: dict[str, QTableView]
    calendar: QCalendarWidget
    dialog: Any
    offer: QMessageBox | None
    replanRequested: Signal

    def current(self, kind: str) -> Any:
        items = selected_items(self.views[kind])
        return items[0] if items else None

    def _ref(self, kind: str, row: Any) -> str:
        if kind == "leg":
            return f"{self.net.code(row.origin)} → {self.net.code(row.destination)}"
        values = self.net.values.get((kind, row.id), {})
        return str(values.get("code") or values.get("number") or f"#{row.id}")

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- rows -------------------------------------------------------------------------------

    def edit_current(self, kind: str) -> RowDialog | None:
        row = self.current(kind)
        if row is None:
            return None
        values = dict(self.net.values.get((kind, row.id), {}))
        if kind == "receiving_point":
            values["provinces"] = list(row.provinces)
        ref = self._ref(kind, row)
        dialog = RowDialog(kind, self.tr("Edit %1").replace("%1", ref), values, self)
        dialog.accepted.connect(lambda: self._push_edit(kind, row.id, ref, row.version,
                                                        dialog.changes()))
        return self._open(dialog)

    def _push_edit(self, kind: str, row_id: int, ref: str, version: int,
                   changes: dict[str, Any]) -> Operation[Any] | None:
        if not changes:
            return None
        return self.context.edits.push(UpdateRowCommand(kind, row_id, ref, version, changes))

    def ask_add(self, kind: str) -> RowDialog:
        """The dialog of a new location, crossing, leg or receiving point."""
        near = self.current("location")
        dialog = add_dialog(kind, self.net, self, near)
        dialog.accepted.connect(lambda: self.add_row(kind, new_values(dialog)))
        return self._open(dialog)

    def add_row(self, kind: str, values: dict[str, Any]) -> Operation[Any] | None:
        return self.context.edits.push(AddRowCommand(kind, describe(kind, values, self.net),
                                                     values))

    def delete_current(self, kind: str) -> Operation[Any] | None:
        """Delete the selected row; the service refuses (a dialog says why) when something
        uses it. Undo puts it back."""
        row = self.current(kind)
        if row is None:
            return None
        return self.context.edits.push(DeleteRowCommand(kind, row.id, self._ref(kind, row),
                                                        row.version))

    # -- flights ----------------------------------------------------------------------------

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
        return self._open(dialog)

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

    # -- crossings --------------------------------------------------------------------------

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
        return self._open(dialog)

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

    def ask_reopen_crossing(self) -> ChoiceDialog | None:
        """Choose a closure (of the selected crossing, else of any) to remove."""
        x = self.current("crossing")
        closures = [c for c in self.net.closures if x is None or c.crossing_id == x.id]
        if not closures:
            QMessageBox.information(self, self.tr("Reopen a crossing"), self.tr(
                "The selected crossing has no closures.") if x is not None
                else self.tr("No crossing is closed on any day."))
            return None
        choices = []
        for c in closures:
            xc = self.net.crossing(c.crossing_id)
            label = f"{xc.name if xc else '#'}: {c.first_day:%Y-%m-%d} – {c.last_day:%Y-%m-%d}"
            choices.append((label + (f" ({c.reason})" if c.reason else ""), c.id))
        dialog = ChoiceDialog(self.tr("Reopen a crossing"), self.tr(
            "The closure is removed: the planner may use the crossing on those days again; "
            "undo closes it again."), self.tr("&Closure:"), choices, self)
        dialog.accepted.connect(lambda: self.reopen(dialog.value()))
        return self._open(dialog)

    def reopen(self, closure_id: int) -> Operation[Any] | None:
        c = next((c for c in self.net.closures if c.id == closure_id), None)
        x = self.net.crossing(c.crossing_id) if c is not None else None
        if c is None or x is None:
            return None
        return self.context.edits.push(ReopenCrossingCommand(c.id, x.name, c.first_day,
                                                             c.last_day))

    # -- re-plan ----------------------------------------------------------------------------

    def offer_replan(self, reason: str) -> QMessageBox:
        """A disruption was recorded: offer to re-plan from the published plan now (without
        a published plan, only say that it was saved)."""
        plan = getattr(self.window(), "screens", {}).get("plan")
        has_published = getattr(plan, "has_published", None)
        if callable(has_published) and not has_published():
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Saved"), self.tr(
                "%1. There is no published plan to re-plan; the next plan respects it.")
                .replace("%1", reason[:1].upper() + reason[1:]),
                QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.offer = box
            box.open()
            return box
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

    # -- import -----------------------------------------------------------------------------

    def ask_import_network(self) -> Any:
        """File › Import network…: check a network file, then import it (the screens reload)."""
        if self.context.engine is None:
            return None
        from ui.dialogs.network_import import NetworkImportDialog

        dialog = NetworkImportDialog(self.context, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reload = getattr(self.window(), "reload", None)
        if callable(reload):
            dialog.imported.connect(lambda _r: reload())
        return self._open(dialog)
