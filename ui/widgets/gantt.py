"""A timeline (Gantt) of crossings and flight routes by day: each day's bar shows the load
against the capacity, coloured by utilisation; closed days are hatched grey. Without rows it
shows the days asked for (from the app's today) and a line of text saying why it is empty."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from planner.queries_network import TimelineCell, TimelineRow

DAY_W = 26
ROW_H = 26
HEAD_H = 38
CLOSED = QColor("#bdbdbd")
WEEKEND = QColor(0, 0, 0, 14)


def utilisation_colour(u: float) -> QColor:
    """Green when there is room, amber when nearly full, red when full (or over)."""
    if u >= 0.999:
        return QColor("#c0392b")
    if u >= 0.8:
        return QColor("#e08e0b")
    if u >= 0.5:
        return QColor("#7cae3e")
    return QColor("#3d8f58")


class GanttChart(QWidget):
    """The chart itself; put it in a QScrollArea (`GanttView`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []
        self.start = dt.date.today()
        self.days = 0
        self.title_w = 220
        self.placeholder = ""
        self.setMouseTracking(True)

    def set_rows(self, rows: list[TimelineRow], start: dt.date, end: dt.date,
                 placeholder: str = "") -> None:
        """`placeholder`: the text shown when there are no rows."""
        self.rows, self.start, self.placeholder = rows, start, placeholder
        self.days = max(0, (end - start).days + 1)
        fm = self.fontMetrics()
        self.title_w = min(340, max([160, *(fm.horizontalAdvance(r.title) + 16 for r in rows)]))
        self.setFixedSize(self.sizeHint())
        self.update()

    def month_label(self, d: dt.date) -> str:
        return QLocale().toString(QDate(d.year, d.month, 1), "MMMM yyyy")

    def _labels(self) -> list[tuple[int, dt.date]]:
        """(x, day) of each month label: the first day shown and every 1st of a month."""
        out = []
        for k in range(self.days):
            d = self.start + dt.timedelta(days=k)
            if d.day == 1 or k == 0:
                out.append((self.title_w + k * DAY_W, d))
        return out

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = self.title_w + self.days * DAY_W + 2
        # never cut a month's name off at the right edge
        width = max([width, *(x + 2 + fm.horizontalAdvance(self.month_label(d)) + 6
                              for x, d in self._labels())])
        if not self.rows and self.placeholder:
            width = max(width, self.title_w + fm.horizontalAdvance(self.placeholder) + 16)
        body = len(self.rows) * ROW_H if self.rows else (2 * ROW_H if self.placeholder else 0)
        return QSize(width, HEAD_H + body + 2)

    def day_at(self, x: int) -> dt.date | None:
        k = (x - self.title_w) // DAY_W
        return self.start + dt.timedelta(days=k) if 0 <= k < self.days else None

    def cells_at(self, pos: QPoint) -> tuple[TimelineRow, list[TimelineCell]] | None:
        r = (pos.y() - HEAD_H) // ROW_H
        day = self.day_at(pos.x())
        if day is None or not 0 <= r < len(self.rows) or pos.y() < HEAD_H:
            return None
        row = self.rows[r]
        return row, [c for c in row.cells if c.day == day]

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        fm = self.fontMetrics()
        text = pal.text().color()
        grid = QColor("#e3e3e3")
        # header: months and day numbers, weekends shaded
        for k in range(self.days):
            d = self.start + dt.timedelta(days=k)
            x = self.title_w + k * DAY_W
            if d.isoweekday() >= 6:
                p.fillRect(QRect(x, HEAD_H, DAY_W, len(self.rows) * ROW_H), WEEKEND)
            p.setPen(text)
            p.drawText(QRect(x, HEAD_H - fm.height() - 3, DAY_W, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, str(d.day))
            if d.day == 1 or k == 0:
                p.drawText(QPoint(x + 2, fm.ascent() + 2), self.month_label(d))
                p.setPen(QPen(grid, 1))
                p.drawLine(x, 0, x, HEAD_H)
        p.setPen(QPen(grid, 1))
        p.drawLine(0, HEAD_H, self.width(), HEAD_H)
        for r, row in enumerate(self.rows):
            y = HEAD_H + r * ROW_H
            p.setPen(QPen(grid, 1))
            p.drawLine(0, y + ROW_H, self.width(), y + ROW_H)
            p.setPen(text)
            title = fm.elidedText(row.title, Qt.TextElideMode.ElideMiddle, self.title_w - 12)
            p.drawText(QRect(6, y, self.title_w - 10, ROW_H),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
            by_day: dict[dt.date, list[TimelineCell]] = defaultdict(list)
            for c in row.cells:
                by_day[c.day].append(c)
            for d, cells in by_day.items():
                k = (d - self.start).days
                if not 0 <= k < self.days:
                    continue
                x0 = self.title_w + k * DAY_W + 2
                w = (DAY_W - 4) / len(cells)
                for i, c in enumerate(cells):
                    cell = QRect(int(x0 + i * w), y + 3, max(2, int(w) - 1), ROW_H - 6)
                    if c.closed and not c.load:
                        p.fillRect(cell, QBrush(CLOSED, Qt.BrushStyle.BDiagPattern))
                        continue
                    p.setPen(QPen(QColor("#9e9e9e"), 1))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(cell.adjusted(0, 0, -1, -1))
                    u = min(1.0, c.utilisation)
                    h = max(2, int(cell.height() * u))
                    p.fillRect(QRect(cell.left(), cell.bottom() - h + 1, cell.width(), h),
                               utilisation_colour(c.utilisation))
        if not self.rows and self.placeholder:
            p.setPen(pal.placeholderText().color())
            p.drawText(QRect(self.title_w + 8, HEAD_H, self.width() - self.title_w - 8,
                             2 * ROW_H), Qt.AlignmentFlag.AlignVCenter, self.placeholder)
        p.setPen(QPen(grid, 1))
        p.drawLine(self.title_w, 0, self.title_w, self.height())
        p.end()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            hit = self.cells_at(e.pos())
            if hit is None or not hit[1]:
                QToolTip.hideText()
                e.ignore()
                return True
            QToolTip.showText(e.globalPos(), self.describe(*hit), self)
            return True
        return super().event(e)

    def describe(self, row: TimelineRow, cells: list[TimelineCell]) -> str:
        lines = [f"<b>{row.title}</b> — {cells[0].day.isoformat()}"]
        for c in cells:
            name = f"{c.label}: " if c.label else ""
            if c.closed and not c.load:
                lines.append(name + self.tr("closed") if row.kind == "crossing"
                             else name + self.tr("cancelled"))
            else:
                lines.append(name + self.tr("%1 of %2 (%3%)").replace("%1", str(c.load))
                             .replace("%2", str(c.capacity))
                             .replace("%3", str(round(100 * c.utilisation))))
        return "<br>".join(lines)


class GanttView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = GanttChart(self)
        self.setWidget(self.chart)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_rows(self, rows: list[TimelineRow], start: dt.date, end: dt.date,
                 placeholder: str = "") -> None:
        self.chart.set_rows(rows, start, end, placeholder)
