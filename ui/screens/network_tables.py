"""Columns of the Network screen's tables (one RowsModel per kind of row)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from planner.queries_network import (
    CrossingRow,
    FlightRow,
    LegRow,
    LocationRow,
    NetworkData,
    ReceivingRow,
)
from ui.i18n import translate_in
from ui.screens.plan_models import RowsModel

CANCELLED = QColor("#b3261e")
CONFIRMED = QColor("#1e7b34")


def tr(text: str) -> str:
    return translate_in("NetworkTables", text)


KIND_LABELS: dict[str, Any] = {
    "holding_site": QT_TRANSLATE_NOOP("NetworkTables", "holding site"),
    "border_checkpoint": QT_TRANSLATE_NOOP("NetworkTables", "border checkpoint"),
    "airport": QT_TRANSLATE_NOOP("NetworkTables", "airport"),
    "receiving_point": QT_TRANSLATE_NOOP("NetworkTables", "receiving point"),
    "staging": QT_TRANSLATE_NOOP("NetworkTables", "staging")}
FLIGHT_STATUS: dict[str, Any] = {
    "proposed": QT_TRANSLATE_NOOP("NetworkTables", "proposed"),
    "requested": QT_TRANSLATE_NOOP("NetworkTables", "requested"),
    "confirmed": QT_TRANSLATE_NOOP("NetworkTables", "confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("NetworkTables", "cancelled")}
MODES: dict[str, Any] = {"road": QT_TRANSLATE_NOOP("NetworkTables", "road"),
                         "rail": QT_TRANSLATE_NOOP("NetworkTables", "rail")}


def weekdays(days: str) -> str:
    loc = QLocale()
    names = [loc.dayName(int(d), QLocale.FormatType.ShortFormat) for d in sorted(days)
             if d.isdigit() and 1 <= int(d) <= 7]
    return tr("every day") if len(names) == 7 else " ".join(names)


def build_models(parent: QWidget, net: Callable[[], NetworkData]) -> dict[str, RowsModel]:
    def loc(x: LocationRow) -> list[object]:
        return [x.code, x.name, x.country, tr(str(KIND_LABELS.get(x.kind, x.kind))), x.latitude,
                x.longitude, x.holding_capacity]

    def crossing(x: CrossingRow) -> list[object]:
        n = net()
        closed = [c for c in n.closures if c.crossing_id == x.id]
        closures = ", ".join(f"{c.first_day:%d %b}–{c.last_day:%d %b}" for c in closed)
        return [x.code, x.name, n.place(x.side_a), n.place(x.side_b), x.daily_capacity,
                weekdays(x.open_weekdays),
                f"{x.open_from:%H:%M}–{x.open_until:%H:%M}", closures]

    def flight(f: FlightRow) -> list[object]:
        n = net()
        return [f.number, f"{f.departure:%Y-%m-%d %H:%M}", f"{f.arrival:%H:%M}",
                n.code(f.origin), n.code(f.destination), f.seats, f.max_detainees,
                tr(str(FLIGHT_STATUS.get(f.status, f.status))), f.charter_cost]

    def flight_colour(f: FlightRow) -> QColor | None:
        return CANCELLED if f.status == "cancelled" else (
            CONFIRMED if f.status == "confirmed" else None)

    def leg(x: LegRow) -> list[object]:
        n = net()
        mode = tr(str(MODES.get(x.mode, x.mode)))
        return [n.place(x.origin), n.place(x.destination), mode, x.duration_minutes,
                x.vehicle_capacity, x.vehicles_per_day]

    def receiving(x: ReceivingRow) -> list[object]:
        return [x.code, x.name, net().place(x.location), x.daily_intake, ", ".join(x.provinces)]

    return {
        "location": RowsModel([tr("Code"), tr("Name"), tr("Country"), tr("Kind"),
                               tr("Latitude"), tr("Longitude"), tr("Holding capacity")],
                              loc, parent),
        "crossing": RowsModel([tr("Code"), tr("Name"), tr("Side A"), tr("Side B"),
                               tr("People a day"), tr("Open days"), tr("Hours"),
                               tr("Closed")], crossing, parent),
        "flight": RowsModel([tr("Flight"), tr("Departs"), tr("Arrives"), tr("From"), tr("To"),
                             tr("Seats"), tr("Most detainees"), tr("Status"),
                             tr("Charter cost")], flight, parent, colour=flight_colour),
        "leg": RowsModel([tr("From"), tr("To"), tr("Mode"), tr("Minutes"),
                          tr("People per vehicle"), tr("Vehicles a day")], leg, parent),
        "receiving_point": RowsModel([tr("Code"), tr("Name"), tr("Location"),
                                      tr("Intake a day"), tr("Provinces")], receiving, parent),
    }
