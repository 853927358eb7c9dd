"""The escorts of the selected manifest on the Manifests screen: read on the reader thread, the
escorts dialog (read-only once the handover is recorded), saved with `set_escorts` on the writer
thread (refused as a conflict when someone else changed them since the dialog read them); the
screen then reloads and the preview shows the new escort list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from shiboken6 import isValid

from planner.manifests.escorts import EscortList
from planner.reporting import Escort
from ui.dialogs.escorts import EscortsDialog
from ui.screens.manifests_data import EscortForm, read_escort_form, save_escorts
from ui.workers import Operation, TaskState

if TYPE_CHECKING:
    from ui.screens.manifests_actions import ManifestActions


def show_problem(parent: Any, error: BaseException, title: str) -> Any:
    from ui.screens.manifests_actions import show_problem as show

    return show(parent, error, title)


class EscortActions(QObject):
    def __init__(self, actions: ManifestActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.op: Operation[Any] | None = None

    def ask(self) -> Operation[EscortForm] | None:
        """Read the escorts of the selected manifest, then open the dialog (read-only when its
        handover is recorded)."""
        s = self.actions.screen
        engine, plan_id, row = s.context.engine, s.plan_id, s.current()
        if engine is None or plan_id is None or row is None:
            return None
        number, event = row.number, row.event

        def job(_s: TaskState) -> EscortForm:
            return read_escort_form(engine, plan_id, number, event)

        op: Operation[EscortForm] = Operation(job, self, self.tr("Reading %1…").replace(
            "%1", number))
        op.on_success(self._open).on_failure(
            lambda e: show_problem(s, e, self.tr("Cannot read the escorts")))
        self.op = op
        return op.run(s.context.pools.reader)

    def _open(self, form: EscortForm) -> None:
        dialog = EscortsDialog(form, self.actions.screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda escorts: self.save(dialog, escorts))
        self.actions.dialog = dialog
        dialog.open()

    def save(self, dialog: EscortsDialog, escorts: tuple[Escort, ...]
             ) -> Operation[EscortList] | None:
        s = self.actions.screen
        engine, plan_id, actor = s.context.engine, s.plan_id, s.context.actor or ""
        if engine is None or plan_id is None:
            return None
        number, seen = dialog.form.number, dialog.form.escorts

        def job(_s: TaskState) -> EscortList:
            # refused (a conflict) when the stored escorts are no longer those the form showed
            return save_escorts(engine, plan_id, number, escorts, actor, seen=seen)

        def done(result: EscortList) -> None:
            if isValid(dialog):
                dialog.accept()
            text = self.tr("%1 r%2: %3 escorts saved.") if not result.required else \
                self.tr("%1 r%2: %3 escorts saved, %4 required by the plan.")
            self.actions.written.emit(text.replace("%1", result.number).replace(
                "%2", str(result.revision)).replace("%3", str(len(result.escorts)))
                .replace("%4", str(result.required)))

        def failed(error: BaseException) -> None:
            parent = dialog if isValid(dialog) else s
            if isValid(dialog):
                dialog.set_busy(False)
            show_problem(parent, error, self.tr("Escorts not saved"))

        op: Operation[EscortList] = Operation(job, self, self.tr("Saving the escorts…"))
        op.on_success(done).on_failure(failed)
        self.op = op
        return op.run(s.context.pools.writer)
