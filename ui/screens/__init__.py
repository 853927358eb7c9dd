"""The screens of the main window, in navigation order, and the one place to register more.

A screen is a module `ui/screens/<key>.py` (or another module named here) with a function
``create(context: AppContext, parent: QWidget) -> QWidget``. The widget may have:

* ``set_loaded(loaded: Loaded)`` — show the data of a (re)load (GUI thread);
* ``load_extra(engine, on) -> Any`` (a static method) — read what it needs besides the tables, on
  the reader thread; the result is ``loaded.extra[key]``;
* ``focus_filter()``, ``save_layout()``, ``focus_widget()``, and ``actions() -> list[QAction]``
  (put in the screen's menu).

Screens whose module does not exist yet are left out of the navigation; Network, Plan,
Manifests, Exports and Audit become visible by adding their module.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: Any  # English (str); shown translated in context "Screens"
    module: str

    def factory(self) -> Callable[[Any, QWidget], QWidget] | None:
        """The module's `create`, or None while the module does not exist."""
        if importlib.util.find_spec(self.module) is None:
            return None
        module = importlib.import_module(self.module)
        create: Callable[[Any, QWidget], QWidget] | None = getattr(module, "create", None)
        return create


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("overview", QT_TRANSLATE_NOOP("Screens", "Overview"), "ui.screens.overview"),
    ScreenSpec("people", QT_TRANSLATE_NOOP("Screens", "People"), "ui.screens.people"),
    ScreenSpec("batches", QT_TRANSLATE_NOOP("Screens", "Batches"), "ui.screens.batches"),
    ScreenSpec("network", QT_TRANSLATE_NOOP("Screens", "Network"), "ui.screens.network"),
    ScreenSpec("plan", QT_TRANSLATE_NOOP("Screens", "Plan"), "ui.screens.plan"),
    ScreenSpec("manifests", QT_TRANSLATE_NOOP("Screens", "Manifests"), "ui.screens.manifests"),
    ScreenSpec("exports", QT_TRANSLATE_NOOP("Screens", "Exports"), "ui.screens.exports"),
    ScreenSpec("audit", QT_TRANSLATE_NOOP("Screens", "Audit"), "ui.screens.audit"),
)
