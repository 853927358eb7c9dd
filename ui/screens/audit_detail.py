"""The selected audit entry: who, when, what, and its values field by field (before → after
for a change; the values of a new or deleted record; the details of an export or print)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.audit.present import changes, show_value
from ui.screens.audit_model import Line, identify, kind_text

CHANGED = QColor("#fff4d6")
MUTED = QColor("#6b6b6b")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AuditDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line: Line | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Values of the entry"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hashes = QLabel(self)
        self.hashes.setWordWrap(True)
        self.hashes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF() - 1, 7))
        self.hashes.setFont(mono)
        self.hashes.setStyleSheet("color: #6b6b6b")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hashes)
        self.set_line(None)

    def set_line(self, line: Line | None) -> None:
        self.line = line
        self.table.setRowCount(0)
        if line is None:
            self.heading.setText(self.tr("Select an entry to see what it changed."))
            self.hashes.setText("")
            self.table.hide()
            return
        r = line.row
        if r is None:
            self.heading.setText(
                f"<b>#{line.seq}</b> · " + self.tr(
                    "<b>This entry is missing</b>: it was deleted from the trail, which "
                    "<b>Verify chain</b> reports as a break."))
            self.hashes.setText("")
            self.table.hide()
            return
        self.table.show()
        what = f"{kind_text(r.entity)} {identify(r)}".strip()
        self.heading.setText(
            f"<b>#{r.seq}</b> · {r.at:%Y-%m-%d %H:%M:%S} UTC<br>"
            + self.tr("<b>%1</b> by %2").replace("%1", _html(f"{r.action} · {what}"))
            .replace("%2", _html(r.actor)))
        fields = changes(r)
        update = r.before is not None and r.after is not None
        if update:
            titles = [self.tr("Field"), self.tr("Before"), self.tr("After")]
        elif r.after is None:
            titles = [self.tr("Field"), self.tr("Value (deleted)"), ""]
        else:
            titles = [self.tr("Field"), self.tr("Value"), ""]
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setColumnHidden(2, not update)
        self.table.setRowCount(len(fields))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, c in enumerate(fields):
            values = [c.before, c.after] if update else \
                [c.after if r.after is not None else c.before]
            cells = [c.field.replace("_", " ")] + [self._show(c.field, v) for v in values]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if update and (c.changed or c.before is None or c.after is None):
                    item.setBackground(CHANGED)
                    if j == 0:
                        item.setFont(bold)
                elif j == 0:
                    item.setForeground(MUTED)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self.hashes.setText(self.tr("hash %1\nprevious %2").replace("%1", line.hash)
                            .replace("%2", line.prev_hash))

    def _show(self, name: str, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        text = show_value(value)
        batches = self.line.batches if self.line is not None else {}
        if name == "batch_id" and isinstance(value, int) and value in batches:
            return f"{batches[value]} (id {value})"
        return text
