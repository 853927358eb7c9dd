"""Menus, toolbar and their keyboard shortcuts of the main window (a mixin of MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QWidget

    from ui.undo import EditController


class MenusMixin(QMainWindow):
    """File, Edit, View, People, Batches and Help menus; the main toolbar."""

    nav: QListWidget
    edits: EditController
    screens: dict[str, QWidget]

    # implemented by MainWindow
    def choose_database(self) -> None:
        raise NotImplementedError

    def import_persons(self) -> Any:
        raise NotImplementedError

    def ask_operator(self) -> Any:
        raise NotImplementedError

    def preferences(self) -> Any:
        raise NotImplementedError

    def show_screen(self, key: str) -> None:
        raise NotImplementedError

    def focus_filter(self) -> None:
        raise NotImplementedError

    def reload(self) -> Any:
        raise NotImplementedError

    def about(self) -> None:
        raise NotImplementedError

    def _action(self, text: str, shortcut: Any = None, slot: Any = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open database…"),
                                        QKeySequence.StandardKey.Open, self.choose_database)
        self.import_action = self._action(self.tr("&Import persons…"), "Ctrl+I",
                                          self.import_persons,
                                          self.tr("Check a persons list, then import it"))
        # Ctrl+Q everywhere (Windows has no standard Quit key; on macOS Qt makes it Cmd+Q)
        quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self.open_action, self.import_action])
        network = self.screens.get("network")
        import_network = getattr(network, "import_action", None)
        if import_network is not None:
            file_menu.addAction(import_network)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo,
                                        self.edits.undo)
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action = self._action(self.tr("&Redo"), redo_keys, self.edits.redo)
        self.edits.stack.undoTextChanged.connect(self._sync_undo)
        self.edits.stack.redoTextChanged.connect(self._sync_undo)
        self.edits.stack.indexChanged.connect(self._sync_undo)
        self.edits.busyChanged.connect(self._sync_undo)
        self._sync_undo()
        self.operator_action = self._action(self.tr("&Operator…"), None, self.ask_operator)
        self.preferences_action = self._action(self.tr("&Preferences…"),
                                               QKeySequence.StandardKey.Preferences,
                                               self.preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.operator_action, self.preferences_action])

        view_menu = bar.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.screen_actions: dict[str, QAction] = {}
        for n, key in enumerate(self.screens, start=1):
            title = self.nav.item(n - 1).text()
            action = self._action(f"&{title}", f"Ctrl+{n}",
                                  lambda _=False, k=key: self.show_screen(k))
            action.setCheckable(True)
            group.addAction(action)
            view_menu.addAction(action)
            self.screen_actions[key] = action
        self.nav.currentRowChanged.connect(self._sync_screen_action)
        view_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find,
                                        self.focus_filter)
        self.reload_action = self._action(self.tr("&Reload"), QKeySequence.StandardKey.Refresh,
                                          self.reload)
        view_menu.addActions([self.find_action, self.reload_action])

        for key, title in (("people", self.tr("&People")), ("batches", self.tr("&Batches"))):
            screen = self.screens.get(key)
            actions = getattr(screen, "actions_for_menu", None)
            if actions is not None:
                menu = bar.addMenu(title)
                menu.addActions(actions())

        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About repatplan"), None, self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.import_action, self.reload_action])
        self.addToolBar(self.toolbar)

    def _sync_undo(self, *_args: Any) -> None:
        stack, busy = self.edits.stack, self.edits.busy
        self.undo_action.setEnabled(stack.canUndo() and not busy)
        self.redo_action.setEnabled(stack.canRedo() and not busy)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText())
                                 if stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText())
                                 if stack.canRedo() else self.tr("&Redo"))

    def _sync_screen_action(self, row: int) -> None:
        if 0 <= row < self.nav.count():
            self.screen_actions[self.nav.item(row).data(Qt.ItemDataRole.UserRole)].setChecked(True)

