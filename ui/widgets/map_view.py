"""The network map (QGraphicsView): an approximate outline of the region, the locations by kind,
road legs, crossings, flight routes, and what the plan moves on one day drawn over them.

Coordinates are longitude/latitude, drawn equirectangular (x = lon·cos 22°, y = −lat) in scene
units of 1/100 degree; markers keep their size when zooming (ItemIgnoresTransformations).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from planner.queries_network import Movement, NetworkData

REGION = Path(__file__).resolve().parents[2] / "resources" / "maps" / "region.json"
SCALE = 100.0
COS = math.cos(math.radians(22))
LAND = ("#f1efe6", "#ecebe0", "#eef0e4", "#f0ede2", "#eceee6", "#f3efe9")
KIND_STYLE: dict[str, tuple[str, str]] = {  # kind → (colour, shape)
    "holding_site": ("#b3261e", "circle"),
    "staging": ("#e08e0b", "circle"),
    "border_checkpoint": ("#6a3d9a", "diamond"),
    "airport": ("#1f6fb5", "square"),
    "receiving_point": ("#1e7b34", "square"),
}
PLAN = QColor(224, 90, 0, 200)


def project(lon: float, lat: float) -> QPointF:
    return QPointF(lon * COS * SCALE, -lat * SCALE)


def load_region(path: Path = REGION) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    countries: list[dict[str, Any]] = data.get("countries", [])
    return countries


class Marker(QGraphicsPathItem):
    def __init__(self, shape: str, colour: str, size: float = 9.0) -> None:
        path = QPainterPath()
        h = size / 2
        if shape == "circle":
            path.addEllipse(QPointF(0, 0), h, h)
        elif shape == "diamond":
            path.addPolygon(QPolygonF([QPointF(0, -h - 1), QPointF(h + 1, 0), QPointF(0, h + 1),
                                       QPointF(-h - 1, 0), QPointF(0, -h - 1)]))
        else:
            path.addRect(QRectF(-h, -h, size, size))
        super().__init__(path)
        self.setBrush(QBrush(QColor(colour)))
        self.setPen(QPen(QColor("white"), 1.2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(10)


class NetworkMap(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#dfe9f3"))  # sea
        self.setAccessibleName(self.tr("Network map"))
        self.net = NetworkData()
        self.moves: list[Movement] = []
        self.plan_items: list[QGraphicsItem] = []
        self.markers: dict[int, Marker] = {}
        self._fitted = False
        self._draw_region()

    # -- drawing ----------------------------------------------------------------------------

    def _draw_region(self) -> None:
        scene = self.scene()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        for n, country in enumerate(load_region()):
            for poly in country.get("polygons", []):
                item = QGraphicsPolygonItem(QPolygonF([project(x, y) for x, y in poly]))
                item.setBrush(QColor(LAND[n % len(LAND)]))
                item.setPen(QPen(QColor("#9a9482"), 0))
                item.setZValue(-10)
                item.setToolTip(self.tr("%1 (outline approximate)").replace(
                    "%1", country.get("name", "")))
                scene.addItem(item)
            if "label" in country:
                label = QGraphicsSimpleTextItem(country["name"])
                label.setFont(font)
                label.setBrush(QColor("#a29c88"))
                label.setPos(project(*country["label"]))
                label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                label.setZValue(-5)
                scene.addItem(label)

    def _pos(self, location_id: int) -> QPointF | None:
        loc = self.net.by_id.get(location_id)
        if loc is None or loc.latitude is None or loc.longitude is None:
            return None
        return project(loc.longitude, loc.latitude)

    def set_network(self, net: NetworkData) -> None:
        scene = self.scene()
        for item in list(scene.items()):
            if item.zValue() > -5:
                scene.removeItem(item)
        self.plan_items, self.markers = [], {}
        self.net = net
        road = QPen(QColor("#7b7b7b"), 1.5)
        road.setCosmetic(True)
        for leg in net.legs:
            a, b = self._pos(leg.origin), self._pos(leg.destination)
            if a is None or b is None:
                continue
            line = scene.addLine(a.x(), a.y(), b.x(), b.y(), road)
            line.setToolTip(self.tr("%1 → %2: %3 min, %4 × %5 people a day").replace(
                "%1", net.place(leg.origin)).replace("%2", net.place(leg.destination))
                .replace("%3", str(leg.duration_minutes)).replace(
                    "%4", str(leg.vehicles_per_day)).replace("%5", str(leg.vehicle_capacity)))
        air = QPen(QColor(31, 111, 181, 110), 1.2, Qt.PenStyle.DashLine)
        air.setCosmetic(True)
        routes: dict[tuple[int, int], int] = defaultdict(int)
        for f in net.flights:
            if f.status != "cancelled":
                routes[(f.origin, f.destination)] += 1
        for (o, d), n in routes.items():
            path = self._arc(o, d)
            if path is not None:
                item = scene.addPath(path, air)
                item.setToolTip(self.tr("Flights %1 → %2: %3").replace(
                    "%1", net.code(o)).replace("%2", net.code(d)).replace("%3", str(n)))
        for x in net.crossings:
            a, b = self._pos(x.side_a), self._pos(x.side_b)
            if a is None or b is None:
                continue
            mid = (a + b) / 2
            m = Marker("diamond", "#6a3d9a", 11)
            m.setPos(mid)
            m.setZValue(11)
            m.setToolTip(self.tr("Crossing %1: %2 people a day, open days %3, %4–%5").replace(
                "%1", x.name).replace("%2", str(x.daily_capacity)).replace(
                "%3", x.open_weekdays).replace("%4", x.open_from.strftime("%H:%M")).replace(
                "%5", x.open_until.strftime("%H:%M")))
            scene.addItem(m)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        labelled: list[tuple[float, float]] = []
        rank = {"airport": 0, "border_checkpoint": 1, "holding_site": 2, "staging": 3,
                "receiving_point": 4}
        for loc in sorted(net.locations, key=lambda x: rank.get(x.kind, 5)):
            p = self._pos(loc.id)
            if p is None:
                continue
            colour, shape = KIND_STYLE.get(loc.kind, ("#555555", "circle"))
            marker = Marker(shape, colour)
            marker.setPos(p)
            marker.setToolTip(f"{loc.name} ({loc.code})")
            scene.addItem(marker)
            self.markers[loc.id] = marker
            assert loc.latitude is not None and loc.longitude is not None
            here = (loc.longitude, loc.latitude)
            if loc.kind != "receiving_point" and all(
                    abs(here[0] - a) + abs(here[1] - b) > 0.9 for a, b in labelled):
                labelled.append(here)
                label = QGraphicsSimpleTextItem(loc.code, marker)
                label.setFont(small)
                label.setBrush(QColor("#333333"))
                label.setPos(6, -4)
        if not self._fitted:
            self.fit()
        self.show_moves(self.moves)

    def _arc(self, o: int, d: int, bend: float = 0.18) -> QPainterPath | None:
        a, b = self._pos(o), self._pos(d)
        if a is None or b is None:
            return None
        mid = (a + b) / 2
        dx, dy = b.x() - a.x(), b.y() - a.y()
        ctrl = QPointF(mid.x() + dy * bend, mid.y() - dx * bend)
        path = QPainterPath(a)
        path.quadTo(ctrl, b)
        return path

    def show_moves(self, moves: list[Movement]) -> None:
        """Draw what travels on the chosen day: width by people, tooltips with the batches."""
        scene = self.scene()
        for item in self.plan_items:
            scene.removeItem(item)
        self.plan_items = []
        self.moves = list(moves)
        grouped: dict[tuple[str, int, int, int], list[Movement]] = defaultdict(list)
        for m in moves:
            grouped[(m.kind, m.ref, m.origin, m.destination)].append(m)
        for (kind, _ref, o, d), ms in grouped.items():
            people = sum(m.people for m in ms)
            if kind == "flight":
                path = self._arc(o, d)
            else:
                a, b = self._pos(o), self._pos(d)
                path = None if a is None or b is None else QPainterPath(a)
                if path is not None and b is not None:
                    path.lineTo(b)
            if path is None:
                continue
            pen = QPen(PLAN, min(12.0, 2.5 + math.sqrt(people) / 1.5))
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            item = scene.addPath(path, pen)
            item.setZValue(5)
            batches = ", ".join(sorted({m.batch_ref for m in ms}))
            item.setToolTip(self.tr("%1 people %2 → %3 (%4)").replace("%1", str(people))
                            .replace("%2", self.net.code(o)).replace("%3", self.net.code(d))
                            .replace("%4", batches))
            self.plan_items.append(item)
        for loc_id, marker in self.markers.items():
            busy = any(m.origin == loc_id or m.destination == loc_id for m in moves)
            marker.setScale(1.35 if busy else 1.0)

    def has_plan(self) -> bool:
        return bool(self.plan_items)

    # -- view -------------------------------------------------------------------------------

    def fit(self) -> None:
        pts = [p for loc in self.net.locations if (p := self._pos(loc.id)) is not None]
        if pts:
            xs, ys = [p.x() for p in pts], [p.y() for p in pts]
            rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            rect = rect.adjusted(-150, -120, 150, 120)
        else:
            rect = QRectF(project(92, 35), project(122, 8))
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = bool(pts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)

    def legend_html(self) -> str:
        """The legend, for a label next to the map."""
        symbol = {"circle": "●", "diamond": "◆", "square": "■"}
        kinds = [(self.tr("Holding site"), "holding_site"), (self.tr("Staging"), "staging"),
                 (self.tr("Border checkpoint / crossing"), "border_checkpoint"),
                 (self.tr("Airport"), "airport"), (self.tr("Receiving point"),
                                                   "receiving_point")]
        parts = [f"<span style='color:{KIND_STYLE[k][0]}'>{symbol[KIND_STYLE[k][1]]}</span> "
                 f"{text}" for text, k in kinds]
        road, air = self.tr("road leg"), self.tr("flight route")
        parts += [f"<span style='color:#7b7b7b'>━</span> {road}",
                  f"<span style='color:#1f6fb5'>╌</span> {air}",
                  f"<span style='color:{PLAN.name()}'><b>━</b></span> "
                  + self.tr("moving on the day shown (width: people)")]
        return " &nbsp; ".join(parts) + "<br><small>" + self.tr(
            "Borders are approximate (a coarse hand-made outline). Scroll to zoom, drag to "
            "move; hover a line or a place for details.") + "</small>"
