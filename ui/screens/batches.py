"""The Batches screen: the table plus create, split, merge and keep-cases-together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.db.models import Batch, Person
from planner.domain.enums import PersonStatus, Priority
from planner.services import batches as bs
from planner.services.locking import EditError
from ui import commands
from ui.actions import screen_action
from ui.context import AppContext, Loaded
from ui.dialogs.batch_actions import MergeDialog, NewBatchDialog, SplitDialog
from ui.dialogs.errors import show_error
from ui.widgets.batches import BatchesScreen

B = Batch.__table__  # type: ignore[attr-defined]
P = Person.__table__  # type: ignore[attr-defined]


def load_keep_flags(engine: Engine, _on: dt.date) -> dict[int, bool]:
    with engine.connect() as conn:
        return {i: bool(k) for i, k in conn.execute(select(B.c.id, B.c.keep_cases_together))}


class BatchesWorkspace(QWidget):
    load_extra = staticmethod(load_keep_flags)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = BatchesScreen(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.active_dialog: QDialog | None = None
        self.keep: dict[int, bool] = {}
        self.new_action = self._action(self.tr("&New batch…"), "Ctrl+N", self.new_batch)
        self.split_action = self._action(self.tr("&Split batch…"), "Ctrl+Shift+S", self.split)
        self.merge_action = self._action(self.tr("&Merge another batch in…"), "Ctrl+M",
                                         self.merge)
        self.keep_action = self._action(self.tr("&Keep cases together"), "Ctrl+K",
                                        self.toggle_keep)
        self.keep_action.setCheckable(True)
        self.history_action = self._action(self.tr("&History in the audit trail"),
                                           "Ctrl+Shift+H", self.show_history)
        button = QPushButton(self.tr("Actions"), self)
        menu = QMenu(button)
        for a in self.actions_for_menu():
            menu.addAction(a)
        button.setMenu(menu)
        self.table.bar.addWidget(button)
        self.table.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._current_changed()

    def _action(self, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        return screen_action(self, text, shortcut, slot)

    def actions_for_menu(self) -> list[QAction]:
        return [self.new_action, self.split_action, self.merge_action, self.keep_action,
                self.history_action]

    def set_loaded(self, loaded: Loaded) -> None:
        self.keep = loaded.extra.get("batches", {})
        self.table.set_snapshot(loaded.snapshot)
        self._current_changed()

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def focus_widget(self) -> QWidget:
        return self.table.view

    def save_layout(self) -> None:
        self.table.save_layout()

    # -- current batch ----------------------------------------------------------------------

    def current(self) -> int | None:
        """Row of the current batch in the snapshot's columns."""
        idx = self.table.view.currentIndex()
        if not idx.isValid() or self.context.data is None:
            return None
        return self.table.batch_model.source_row(idx.row())

    def _current_changed(self, *_args: Any) -> None:
        row = self.current()
        for a in (self.split_action, self.merge_action, self.keep_action, self.history_action):
            a.setEnabled(row is not None)
        if row is not None and self.context.data is not None:
            bid = self.context.data.snapshot.batches.id[row]
            self.keep_action.setChecked(self.keep.get(bid, True))

    def show_history(self) -> None:
        """The current batch's entries in the Audit screen."""
        from ui.screens.audit import show_history

        row = self.current()
        if row is not None and self.context.data is not None:
            show_history(self, "batch", self.context.data.snapshot.batches.ref[row])

    def _ask(self, dialog: Any, then: Callable[[Any], Any]) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog))
        dialog.open()

    # -- actions ----------------------------------------------------------------------------

    def new_batch(self) -> None:
        data = self.context.data
        if data is None:
            return
        snap = data.snapshot
        sites = [(sid, name or code) for sid, code, name in snap.sites]
        existing = set(snap.batches.ref)
        n = len(existing) + 1
        while f"B-{n:04d}" in existing:
            n += 1

        def then(d: NewBatchDialog) -> None:
            spec = bs.BatchSpec(d.ref_edit.text().strip(), d.site_combo.currentData(),
                                legal_deadline=d.deadline(),
                                priority=Priority(d.priority_combo.currentData()),
                                keep_cases_together=d.keep_check.isChecked())
            self.context.edits.push(commands.CreateBatchCommand(spec))

        self._ask(NewBatchDialog(sites, existing, f"B-{n:04d}", self.context.today, self),
                  then)

    def split(self) -> None:
        row, engine = self.current(), self.context.engine
        if row is None or engine is None or self.context.data is None:
            return
        b = self.context.data.snapshot.batches
        bid, ref = b.id[row], b.ref[row]
        with engine.connect() as conn:
            members = [(i, r, c) for i, r, c in conn.execute(
                select(P.c.id, P.c.ref, P.c.case_ref).where(
                    P.c.batch_id == bid, P.c.status != PersonStatus.STRUCK).order_by(P.c.ref))]
        suggestion = f"{ref}-2"
        while suggestion in set(b.ref):
            suggestion += "b"

        def then(d: SplitDialog) -> None:
            try:
                chosen = d.chosen() if d.by_people.isChecked() else \
                    bs.split_choice(engine, bid, d.size_spin.value())
            except EditError as e:  # e.g. cases larger than the part asked for
                show_error(self, e)
                return
            self.context.edits.push(commands.SplitBatchCommand(
                bid, ref, self.context.batch_version(bid), self.context.people_seen(chosen),
                d.ref_edit.text().strip()))

        self._ask(SplitDialog(ref, members, suggestion, self), then)

    def merge(self) -> None:
        row = self.current()
        if row is None or self.context.data is None:
            return
        b = self.context.data.snapshot.batches
        bid, ref, site = b.id[row], b.ref[row], b.site_code[row]
        others = [(i, r) for i, r, s in zip(b.id, b.ref, b.site_code, strict=True)
                  if s == site and i != bid]

        def then(d: MergeDialog) -> None:
            src = d.source_combo.currentData()
            self.context.edits.push(commands.MergeBatchesCommand(
                bid, ref, self.context.batch_version(bid), src, d.source_combo.currentText(),
                self.context.batch_version(src)))

        self._ask(MergeDialog(ref, others, self), then)

    def toggle_keep(self) -> None:
        row = self.current()
        if row is None or self.context.data is None:
            return
        b = self.context.data.snapshot.batches
        bid = b.id[row]
        self.context.edits.push(commands.KeepCasesCommand(
            bid, b.ref[row], self.context.batch_version(bid), self.keep_action.isChecked()))


def create(context: AppContext, parent: QWidget) -> BatchesWorkspace:
    return BatchesWorkspace(context, parent)
