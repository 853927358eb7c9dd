"""Undo and redo of edits (orange-canvas-core's commands, Anki's background operations).

Every edit is one `EditCommand`. Its `apply()` and `revert()` call the Qt-free services of
`planner.services` and run on the writer thread; the `EditController` moves the QUndoStack's
index only after the database work succeeded. When it fails (a conflict, a rule of the state
machine that forbids the inverse, a validation message) the user gets a dialog, nothing is
written and the stack stays where it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.engine import Engine

from ui.workers import Operation, Pools, TaskState


class EditCommand(QUndoCommand):
    """One user edit. Subclasses implement `apply` and `revert` (database thread only: no
    widgets). `redo()`/`undo()` do nothing themselves: the controller has already run the
    database work when it moves the stack."""

    def apply(self, engine: Engine, actor: str) -> None:
        raise NotImplementedError

    def revert(self, engine: Engine, actor: str) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


class EditController(QObject):
    """Runs edits on the writer thread and keeps the undo stack in step with the database."""

    #: after any edit, undo or redo was written (Anki's operation_did_execute)
    changed = Signal()
    #: an edit, undo or redo failed; nothing was written (the error is passed)
    failed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, pools: Pools, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools = pools
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        self.engine: Engine | None = None
        self.actor = ""
        self._busy = False
        self._commands: list[EditCommand] = []  # keeps the Python side of each command alive

    @property
    def busy(self) -> bool:
        return self._busy

    def set_engine(self, engine: Engine | None) -> None:
        """Another database: the history of the previous one cannot be undone here."""
        self.engine = engine
        self.stack.clear()
        self._commands.clear()

    def push(self, command: EditCommand) -> Operation[Any] | None:
        """Apply a new edit; on success it becomes the top of the undo stack."""
        return self._run(command, command.apply, lambda: self._pushed(command))

    def undo(self) -> Operation[Any] | None:
        command = self._at(self.stack.index() - 1)
        if command is None:
            return None
        return self._run(command, command.revert, self.stack.undo)

    def redo(self) -> Operation[Any] | None:
        command = self._at(self.stack.index())
        if command is None:
            return None
        return self._run(command, command.apply, self.stack.redo)

    def _at(self, index: int) -> EditCommand | None:
        if self._busy or not 0 <= index < self.stack.count():
            return None
        command = self.stack.command(index)
        return command if isinstance(command, EditCommand) else None

    def _pushed(self, command: EditCommand) -> None:
        self._commands = [c for c in self._commands if _alive(c)]
        self._commands.append(command)
        self.stack.push(command)

    def _run(self, command: EditCommand, work: Any, then: Any) -> Operation[Any] | None:
        engine, actor = self.engine, self.actor
        if engine is None or self._busy:
            return None

        def job(_state: TaskState) -> None:
            work(engine, actor)

        op: Operation[None] = Operation(job, self, command.text())
        op.on_success(lambda _r: self._succeeded(then)).on_failure(self._failed)
        self._set_busy(True)
        return op.run(self.pools.writer)

    def _succeeded(self, then: Any) -> None:
        self._set_busy(False)
        then()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)


def _alive(command: EditCommand) -> bool:
    try:
        command.text()
    except RuntimeError:  # the stack deleted it (undo limit, or a new edit after undo)
        return False
    return True
