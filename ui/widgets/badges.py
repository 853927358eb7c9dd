"""A delegate that draws short coloured tags ("minor", "3 victim") instead of cell text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.table_models import BADGES_ROLE, Badge

PAD_X = 5
GAP = 4
MARGIN = 4


class BadgeDelegate(QStyledItemDelegate):
    """Reads a tuple of (text, colour) from BADGES_ROLE and draws them as rounded tags. The
    DisplayRole text stays the plain-text form, for copying and screen readers."""

    def _font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        font.setBold(True)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        badges: tuple[Badge, ...] | None = index.data(BADGES_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not badges:
            return
        font = self._font(option)
        fm = QFontMetrics(font)
        rect = option.rect
        h = min(fm.height() + 2, rect.height() - 4)
        y = rect.top() + (rect.height() - h) / 2
        x = rect.left() + MARGIN
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for text, colour in badges:
            w = fm.horizontalAdvance(text) + 2 * PAD_X
            if x + w > rect.right() - 1:  # out of room: show that more are hidden
                painter.setPen(option.palette.text().color())
                painter.drawText(QRectF(x, y, rect.right() - x, h),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "…")
                break
            box = QRectF(x, y, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(box, h / 3, h / 3)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += w + GAP
        painter.restore()

    def width_for(self, option: QStyleOptionViewItem, badges: tuple[Badge, ...]) -> int:
        """Width that shows all of `badges` without the "…"."""
        fm = QFontMetrics(self._font(option))
        return MARGIN * 2 + sum(fm.horizontalAdvance(t) + 2 * PAD_X + GAP for t, _ in badges)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        badges: tuple[Badge, ...] | None = index.data(BADGES_ROLE)
        return QSize(max(self.width_for(option, badges or ()), 40), base.height())
