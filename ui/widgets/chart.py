"""A live line chart of the solver's objective and bound over time (QPainter; no QtCharts)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

OBJECTIVE = QColor("#1f6fb5")
BOUND = QColor("#c26a00")
GRID = QColor("#d9d9d9")


def nice_step(raw: float) -> float:
    """1, 2 or 5 times a power of ten, at least `raw`."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class ObjectiveChart(QWidget):
    """Objective (solid, best plan found so far) and bound (dashed, no plan can be better) by
    elapsed seconds. The gap between the lines is the room the search may still find."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[float, float | None, float | None]] = []
        self.time_limit = 10.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)
        self.setAccessibleName(self.tr("Objective and bound over time"))

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def clear(self, time_limit: float = 10.0) -> None:
        self.points.clear()
        self.time_limit = max(1.0, time_limit)
        self.update()

    def add(self, elapsed: float, objective: float | None, bound: float | None) -> None:
        self.points.append((elapsed, objective, bound))
        self.update()

    def _y_range(self) -> tuple[float, float]:
        values = [v for _t, o, b in self.points for v in (o, b) if v is not None]
        if not values:
            return 0.0, 1.0
        lo, hi = min(values), max(values)
        if hi - lo < 1e-9:
            pad = max(1.0, abs(hi) * 0.01)
            return lo - pad, hi + pad
        pad = (hi - lo) * 0.08
        return lo - pad, hi + pad

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        loc = QLocale()
        lo, hi = self._y_range()
        labels = ([f"{round(lo + (hi - lo) * k / 4):,}" for k in range(5)]
                  if self.points else [""] * 5)
        left = max(fm.horizontalAdvance(t) for t in labels) + 10
        top, bottom, right = fm.height() + 6, fm.height() + 8, 10
        plot = QRectF(left, top, max(10, self.width() - left - right),
                      max(10, self.height() - top - bottom))
        p.fillRect(self.rect(), self.palette().base())
        t_max = max(self.time_limit, *(t for t, _o, _b in self.points)) if self.points \
            else self.time_limit

        def x_of(t: float) -> float:
            return plot.left() + plot.width() * t / t_max

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * (v - lo) / (hi - lo)

        p.setPen(QPen(GRID, 1))
        text = self.palette().text().color()
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, labels[k])
        step = nice_step(t_max / 5)
        ticks = [step * k for k in range(int(t_max / step) + 1)]
        for t in ticks:
            p.drawText(QRectF(x_of(t) - 30, plot.bottom() + 2, 60, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, self.tr("%1 s").replace(
                           "%1", loc.toString(float(t), "f", 0 if step >= 1 else 1)))
        p.setPen(QPen(text, 1))
        p.drawRect(plot)
        for index, colour, style in ((1, OBJECTIVE, Qt.PenStyle.SolidLine),
                                     (2, BOUND, Qt.PenStyle.DashLine)):
            path = QPainterPath()
            started = False
            last_y = 0.0
            for point in self.points:
                t, v = point[0], point[index]
                if v is None:
                    continue
                x, y = x_of(t), y_of(v)
                if not started:
                    path.moveTo(x, y)
                    started = True
                else:  # a step: the value holds until the next improvement
                    path.lineTo(x, last_y)
                    path.lineTo(x, y)
                last_y = y
            if started:
                if self.points:
                    path.lineTo(x_of(self.points[-1][0]), last_y)
                p.setPen(QPen(colour, 2, style))
                p.drawPath(path)
        # legend
        x = plot.left() + 8
        for colour, style, name in ((OBJECTIVE, Qt.PenStyle.SolidLine,
                                     self.tr("Objective (best plan found)")),
                                    (BOUND, Qt.PenStyle.DashLine,
                                     self.tr("Bound (no plan can be better)"))):
            p.setPen(QPen(colour, 2, style))
            p.drawLine(QPointF(x, top / 2), QPointF(x + 22, top / 2))
            p.setPen(text)
            p.drawText(QPointF(x + 26, top / 2 + fm.ascent() / 2 - 1), name)
            x += 26 + fm.horizontalAdvance(name) + 18
        if not self.points:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                       self.tr("Run the planner to see the search progress here."))
        p.end()
