"""The People screen: the table with its filters, the detail editor beside it, bulk actions.
The detail of the person selected (status history, separations) is read on the reader thread,
so moving through the table never waits for the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QSplitter, QVBoxLayout, QWidget

from planner.queries_overview import PersonDetail, person_detail
from planner.services.locking import EditRejected
from ui import commands
from ui import settings as keys
from ui.actions import screen_action
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.dialogs.people_actions import (
    AssignDialog,
    GroupDialog,
    StepDialog,
    StrikeDialog,
    step_name,
)
from ui.widgets.people import PeopleScreen
from ui.widgets.person_editor import PersonEditor
from ui.workers import Operation

D = TypeVar("D", bound=QDialog)


class PeopleWorkspace(QWidget):
    #: the detail editor shows the person read last (or none)
    detailLoaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = PeopleScreen(self)
        self.editor = PersonEditor(lambda: context.today, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)  # the detail panel may be folded away
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.active_dialog: QDialog | None = None
        self._current_id: int | None = None
        self._row_of: dict[int, int] = {}
        self.detail_op: Operation[PersonDetail | None] | None = None
        self._detail_again = False

        self.assign_action = self._action(self.tr("&Assign to batch…"), "Ctrl+B", self.assign)
        self.step_action = self._action(self.tr("&Mark readiness step done…"), "Ctrl+D",
                                        self.mark_step)
        self.strike_action = self._action(self.tr("&Strike…"), "Ctrl+Shift+Del", self.strike)
        self.group_action = self._action(self.tr("&Keep together…"), "Ctrl+G", self.group)
        self.apart_action = self._action(self.tr("Keep &apart (two people)"), "Ctrl+Shift+A",
                                         self.keep_apart)
        self.save_action = self._action(self.tr("Save person"), QKeySequence.StandardKey.Save,
                                        self.editor.save)
        self.history_action = self._action(self.tr("&History in the audit trail"),
                                           "Ctrl+Shift+H", self.show_history)
        self.history_action.setStatusTip(
            self.tr("Every change, export and print of this record, in the Audit screen"))
        menu_button = QPushButton(self.tr("Actions"), self)
        menu_button.setToolTip(self.tr("Bulk actions on the selected people"))
        menu = QMenu(menu_button)
        for a in self.bulk_actions():
            menu.addAction(a)
        menu_button.setMenu(menu)
        self.table.bar.addWidget(menu_button)

        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.editor.saveRequested.connect(self._save)
        self.editor.separationRemoveRequested.connect(self._remove_separation)
        context.edits.failed.connect(self._edit_failed)
        self._selection_changed()
        state = QSettings().value(keys.screen_key("people", "splitter"))
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([900, 380])

    def _action(self, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        return screen_action(self, text, shortcut, slot)

    def bulk_actions(self) -> list[QAction]:
        return [self.assign_action, self.step_action, self.group_action, self.apart_action,
                self.strike_action]

    def actions_for_menu(self) -> list[QAction]:
        return [*self.bulk_actions(), self.save_action, self.history_action]

    # -- screen protocol --------------------------------------------------------------------

    def set_loaded(self, loaded: Loaded) -> None:
        self._row_of = {pid: i for i, pid in enumerate(loaded.snapshot.people.id)}
        self.table.set_snapshot(loaded.snapshot, loaded.people_search)
        self._load_detail()

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def focus_widget(self) -> QWidget:
        return self.table.view

    def save_layout(self) -> None:
        self.table.save_layout()
        QSettings().setValue(keys.screen_key("people", "splitter"), self.splitter.saveState())

    # -- selection and detail ---------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        snap = self.context.data.snapshot if self.context.data else None
        if snap is None:
            return []
        return [snap.people.id[r] for r in self.table.selected_rows()]

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        for a in self.bulk_actions():
            a.setEnabled(bool(ids))
        self.apart_action.setEnabled(len(ids) == 2)
        current = self.table.view.currentIndex()
        snap = self.context.data.snapshot if self.context.data else None
        pid = None
        if current.isValid() and snap is not None and ids:
            pid = snap.people.id[self.table.people_model.source_row(current.row())]
        self.history_action.setEnabled(pid is not None)
        if pid != self._current_id:
            self._current_id = pid
            self._load_detail()

    def show_history(self) -> None:
        """The current person's entries in the Audit screen."""
        from ui.screens.audit import show_history

        snap = self.context.data.snapshot if self.context.data else None
        current = self.table.view.currentIndex()
        if snap is not None and current.isValid():
            row = self.table.people_model.source_row(current.row())
            show_history(self, "person", snap.people.ref[row])

    def _load_detail(self) -> None:
        """Read the current person's detail on the reader thread; while a read runs, only
        the newest selection is read after it (moving fast through the table queues
        nothing)."""
        engine, pid = self.context.engine, self._current_id
        if engine is None or pid is None:
            self.editor.set_detail(None)
            self.detailLoaded.emit()
            return
        shown = self.editor.detail
        if shown is None or shown.values["id"] != pid:
            row = self._row_of.get(pid)
            snap = self.context.data.snapshot if self.context.data else None
            self.editor.set_pending(snap.people.ref[row] if snap is not None and row is not None
                                    else "")
        if self.detail_op is not None and not self.detail_op.done:
            self._detail_again = True
            return
        op: Operation[PersonDetail | None] = Operation(
            lambda _s: person_detail(engine, pid), self, self.tr("Reading the person…"))
        op.on_success(lambda detail: self._detail_read(pid, detail))
        op.on_failure(lambda e: show_error(self, e, self.tr("Could not read the person")))
        op.finished.connect(self._detail_finished)
        self.detail_op = op.run(self.context.pools.reader)

    def _detail_read(self, pid: int, detail: PersonDetail | None) -> None:
        if pid == self._current_id and not self._detail_again:
            self.editor.set_detail(detail)
            self.detailLoaded.emit()

    def _detail_finished(self) -> None:
        if self._detail_again:
            self._detail_again = False
            self._load_detail()

    def _save(self, person_id: int, version: int, changes: dict[str, Any]) -> None:
        ref = self.editor.detail.values["ref"] if self.editor.detail else ""
        self.context.edits.push(commands.UpdatePersonCommand(person_id, ref, version, changes,
                                                             self.context.today))

    def _edit_failed(self, error: BaseException) -> None:
        if isinstance(error, EditRejected) and self.editor.detail is not None:
            self.editor.show_messages(error.messages)

    # -- bulk actions -----------------------------------------------------------------------

    def _ask(self, dialog: D, then: Callable[[D], Any]) -> D:
        """Open a dialog without blocking; run `then(dialog)` when it is accepted."""
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog))
        dialog.open()
        return dialog

    def _seen(self) -> dict[int, int]:
        return self.context.people_seen(self.selected_ids())

    def assign(self) -> None:
        ids = self.selected_ids()
        snap = self.context.data.snapshot if self.context.data else None
        if not ids or snap is None:
            return
        p = snap.people
        sites = {p.site_code[self._row_of[i]] for i in ids}
        b = snap.batches
        batches = [(bid, ref) for bid, ref, code in zip(b.id, b.ref, b.site_code, strict=True)
                   if code in sites]
        self._ask(AssignDialog(len(ids), batches, self), lambda d: self.context.edits.push(
            commands.assign_to_batch(self._seen(), *d.choice())))

    def mark_step(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def then(d: StepDialog) -> None:
            step, day = d.choice()
            self.context.edits.push(commands.mark_step(self._seen(), step, step_name(step), day,
                                                       self.context.today))

        self._ask(StepDialog(len(ids), self.context.today, self, context=self.context, ids=ids),
                  then)

    def strike(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._ask(StrikeDialog(len(ids), self), lambda d: self.context.edits.push(
                commands.strike(self._seen(), *d.choice())))

    def group(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        snap = self.context.data.snapshot if self.context.data else None
        suggestion = ""
        if snap is not None:
            first = self._row_of[ids[0]]
            suggestion = snap.people.case_ref[first]
        self._ask(GroupDialog(len(ids), suggestion, self), lambda d: self.context.edits.push(
            commands.family_group(self._seen(), d.choice())))

    def keep_apart(self) -> None:
        ids = self.selected_ids()
        snap = self.context.data.snapshot if self.context.data else None
        if len(ids) != 2 or snap is None:
            return
        refs = [snap.people.ref[self._row_of[i]] for i in ids]
        self.context.edits.push(commands.SeparationCommand([(ids[0], ids[1])], True,
                                                           " ↔ ".join(refs)))

    def _remove_separation(self, person_id: int, other_id: int) -> None:
        snap = self.context.data.snapshot if self.context.data else None
        label = ""
        if snap is not None:
            label = " ↔ ".join(snap.people.ref[self._row_of[i]]
                               for i in (person_id, other_id) if i in self._row_of)
        self.context.edits.push(commands.SeparationCommand([(person_id, other_id)], False,
                                                           label))


def create(context: AppContext, parent: QWidget) -> PeopleWorkspace:
    return PeopleWorkspace(context, parent)
