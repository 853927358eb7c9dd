"""The partner profiles as a table: one column per recipient, one row per field it may get (and
the kinds of handover it hears of, and its carrier). Ticking a box asks for an edit
(`editRequested`); the table itself changes only when the edit is written and the data reloaded,
so it always shows what is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.exports.profiles import EVENT_KINDS, FIELDS
from planner.exports.protect import SENSITIVE_FIELDS
from ui.screens.exports_data import ProfileRow, field_name, tr

R = Qt.ItemDataRole
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROWS: tuple[str, ...] = (*FIELDS, *EVENT_KINDS, "carrier")
SENSITIVE = QColor("#b3261e")


class ProfilesModel(QAbstractTableModel):
    #: (profile, row key, new value: bool for a box, str for the carrier)
    editRequested = Signal(object, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.profiles: list[ProfileRow] = []
        self.editable = True

    def set_profiles(self, profiles: list[ProfileRow]) -> None:
        self.beginResetModel()
        self.profiles = list(profiles)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.profiles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = R.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.profiles):
                return None
            p = self.profiles[section]
            if role == R.DisplayRole:
                return p.name
            if role == R.ToolTipRole:
                lines = [tr("Kind: %1").replace("%1", p.kind),
                         tr("Version %1").replace("%1", str(p.version))]
                if p.note:
                    lines.append(p.note)
                if not p.fields:
                    lines.append(tr("No person fields: head counts only"))
                return "\n".join(lines)
            return None
        if not 0 <= section < len(ROWS):
            return None
        key = ROWS[section]
        if role == R.DisplayRole:
            return tr("Only carrier") if key == "carrier" else field_name(key)
        if role == R.ForegroundRole and key in SENSITIVE_FIELDS:
            return SENSITIVE
        if role == R.ToolTipRole:
            if key in SENSITIVE_FIELDS:
                return tr("Nobody gets medical data unless it is ticked here; exports to a "
                          "recipient who gets it must be encrypted")
            if key == "carrier":
                return tr("Only this carrier's flights (empty: every carrier)")
            if key in EVENT_KINDS:
                return tr("The recipient hears of these handovers")
            return tr("The person reference is always given")
        return None

    def _value(self, p: ProfileRow, key: str) -> bool | str:
        if key == "carrier":
            return p.carrier
        return key in (p.fields if key in FIELDS else p.events)

    def data(self, index: AnyIndex, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p, key = self.profiles[index.column()], ROWS[index.row()]
        value = self._value(p, key)
        if isinstance(value, str):
            if role in (R.DisplayRole, R.EditRole):
                return value
            if role == R.ToolTipRole:
                return tr("Double-click to change")
            return None
        if role == R.CheckStateRole:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == R.ToolTipRole:
            return (tr("%1 gets %2") if value else tr("%1 does not get %2")).replace(
                "%1", p.name).replace("%2", field_name(key))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return f
        if ROWS[index.row()] == "carrier":
            return f | Qt.ItemFlag.ItemIsEditable
        return f | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = R.EditRole) -> bool:
        """Ask for the edit; the stored value comes back with the reload."""
        if not index.isValid() or not self.editable:
            return False
        p, key = self.profiles[index.column()], ROWS[index.row()]
        if key == "carrier" and role == R.EditRole:
            text = str(value or "").strip()
            if text != p.carrier:
                self.editRequested.emit(p, key, text)
            return False
        if role == R.CheckStateRole:
            on = _checked(value)
            if on != self._value(p, key):
                self.editRequested.emit(p, key, on)
        return False

    def toggle(self, column: int, key: str) -> None:
        """Tick or untick one box (what a click does; used by tests and the keyboard)."""
        index = self.index(ROWS.index(key), column)
        now = self.data(index, R.CheckStateRole) == Qt.CheckState.Checked
        self.setData(index, Qt.CheckState.Unchecked if now else Qt.CheckState.Checked,
                     R.CheckStateRole)


def _checked(value: Any) -> bool:
    """Check states come back from Qt as the enum or as its int."""
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return False


class CheckDelegate(QStyledItemDelegate):
    """A check box in the middle of its cell; a click anywhere in the cell (or Space) ticks
    it, so the small indicator need not be hit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        state = index.data(R.CheckStateRole)
        if state is None or not isinstance(state, int | Qt.CheckState):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        box = QStyleOptionButton()
        box.rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, box,
                                        opt.widget)
        box.rect.moveCenter(opt.rect.center())
        box.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if _checked(state) else QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter,
                            opt.widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and \
                event.button() == Qt.MouseButton.LeftButton and \
                option.rect.contains(event.position().toPoint()):
            self._toggle(model, index)
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # the release toggles; a double click is two toggles, not four
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            self._toggle(model, index)
            return True
        return False

    @staticmethod
    def _toggle(model: QAbstractItemModel, index: AnyIndex) -> None:
        on = _checked(index.data(R.CheckStateRole))
        model.setData(index, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked,
                      R.CheckStateRole)


def make_profiles_view(model: ProfilesModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegate(CheckDelegate(view))
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setMinimumSectionSize(76)
    return view
