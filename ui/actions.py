"""Actions that belong to one screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def screen_action(owner: QWidget, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
    """An action of the screen `owner`: its shortcut (a key string, a standard key, or none)
    works while the screen or one of its children has the focus, so two screens may use the
    same keys; `slot` is called without the `checked` argument."""
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
