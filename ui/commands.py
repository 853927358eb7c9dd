"""One QUndoCommand per kind of edit; each calls the services, forward and back. They keep the
versions the services return, so an undo meets the same optimistic locking as an edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.engine import Engine

from planner.domain.enums import StrikeReason
from planner.services import batches as bs
from planner.services import edits
from ui.undo import EditCommand


def tr(text: str) -> str:
    """Module-level tr(): pyside6-lupdate files these strings under the empty context."""
    return QCoreApplication.translate("", text)


def _people(n: int) -> str:
    return tr("1 person") if n == 1 else tr("%1 people").replace("%1", f"{n:,}")


class UpdatePersonCommand(EditCommand):
    """Fields of one person, from the detail editor."""

    def __init__(self, person_id: int, ref: str, seen_version: int, changes: Mapping[str, Any],
                 today: dt.date) -> None:
        super().__init__(tr("Edit %1").replace("%1", ref))
        self.person_id, self.version, self.today = person_id, seen_version, today
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self, engine: Engine, actor: str) -> None:
        r = edits.update_person(engine, self.person_id, self.version, self.changes, actor=actor,
                                today=self.today)
        self.before, self.version = r.before, r.version

    def revert(self, engine: Engine, actor: str) -> None:
        r = edits.update_person(engine, self.person_id, self.version, self.before, actor=actor,
                                today=self.today)
        self.version = r.version


class PeopleCommand(EditCommand):
    """A bulk edit of people; the inverse restores each person's previous values."""

    def __init__(self, text: str, seen: Mapping[int, int],
                 do: Callable[[Engine, Mapping[int, int], str], edits.PeopleEdit],
                 label: Callable[[edits.PeopleEdit], str] | None = None) -> None:
        super().__init__(text)
        self.seen = dict(seen)
        self._do = do
        self._label = label  # the text once the edit says whom it changed
        self.result: edits.PeopleEdit | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.result = self._do(engine, self.seen, actor)

    def redo(self) -> None:
        # on the GUI thread, after `apply` succeeded (the stack's push and redo call it)
        # (once: a redo after an undo changes only the people the edit had changed)
        if self._label is not None and self.result is not None:
            self.setText(self._label(self.result))
            self._label = None

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.result is not None
        if not self.result.versions:
            return  # the edit changed nobody: nothing to put back
        back = edits.restore_people(engine, self.result.versions, self.result.before,
                                    actor=actor, action="undo")
        # a redo changes again the people the edit changed (the others kept their values)
        self.seen = back.versions


def assign_to_batch(seen: Mapping[int, int], batch_id: int | None, batch_ref: str
                    ) -> PeopleCommand:
    text = (tr("Assign %1 to %2").replace("%1", _people(len(seen))).replace("%2", batch_ref)
            if batch_id is not None else
            tr("Take %1 out of their batch").replace("%1", _people(len(seen))))
    return PeopleCommand(text, seen, lambda e, s, a: edits.move_people(e, s, batch_id, actor=a))


def mark_step(seen: Mapping[int, int], step: str, step_name: str, day: dt.date,
              today: dt.date) -> PeopleCommand:
    text = tr("Mark %1 done for %2").replace("%1", step_name).replace("%2", _people(len(seen)))

    def label(r: edits.PeopleEdit) -> str:
        """Whom it changed: people who had the step done already kept their dates."""
        changed = tr("Mark %1 done for %2").replace("%1", step_name).replace(
            "%2", _people(len(r.versions)))
        if not r.kept:
            return changed
        if not r.versions:
            return tr("Mark %1 done: nobody changed (%2 had it done already)").replace(
                "%1", step_name).replace("%2", _people(len(r.kept)))
        return changed + " " + tr("(%1 kept their dates)").replace("%1", f"{len(r.kept):,}")

    return PeopleCommand(text, seen, lambda e, s, a: edits.mark_step_done(
        e, s, step, day, actor=a, today=today), label)


def strike(seen: Mapping[int, int], reason: StrikeReason, note: str) -> PeopleCommand:
    text = tr("Strike %1").replace("%1", _people(len(seen)))
    return PeopleCommand(text, seen, lambda e, s, a: edits.strike_people(
        e, s, reason, note, actor=a))


def family_group(seen: Mapping[int, int], group: str) -> PeopleCommand:
    text = (tr("Keep %1 together (%2)").replace("%1", _people(len(seen))).replace("%2", group)
            if group else tr("Release %1 from their group").replace("%1", _people(len(seen))))
    return PeopleCommand(text, seen, lambda e, s, a: bs.set_family_group(e, s, group, actor=a))


class CreateBatchCommand(EditCommand):
    def __init__(self, spec: bs.BatchSpec) -> None:
        super().__init__(tr("Create batch %1").replace("%1", spec.ref))
        self.spec = spec
        self.batch_id: int | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.batch_id = bs.create_batch(engine, bs.BatchSpec(**vars(self.spec)), actor=actor)

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.batch_id is not None
        bs.delete_batch(engine, self.batch_id, 1, actor=actor)


class SplitBatchCommand(EditCommand):
    def __init__(self, batch_id: int, ref: str, seen: int, people: Mapping[int, int],
                 new_ref: str) -> None:
        super().__init__(tr("Split %1 into %2").replace("%1", ref).replace("%2", new_ref))
        self.batch_id, self.version, self.people, self.new_ref = batch_id, seen, dict(people), \
            new_ref
        self.move: bs.BatchMove | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.move = bs.split_batch(engine, self.batch_id, self.version, self.people,
                                   self.new_ref, actor=actor)
        self.version = self.move.batch_versions[self.batch_id]

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.move is not None
        back = bs.merge_batches(engine, self.batch_id, self.version, self.move.batch_id, 1,
                                actor=actor)
        self.version = back.batch_versions[self.batch_id]
        self.people = back.people_versions


class MergeBatchesCommand(EditCommand):
    def __init__(self, target_id: int, target_ref: str, target_seen: int, source_id: int,
                 source_ref: str, source_seen: int) -> None:
        super().__init__(tr("Merge %1 into %2").replace("%1", source_ref)
                         .replace("%2", target_ref))
        self.target, self.target_version = target_id, target_seen
        self.source, self.source_version = source_id, source_seen
        self.move: bs.BatchMove | None = None

    def apply(self, engine: Engine, actor: str) -> None:
        self.move = bs.merge_batches(engine, self.target, self.target_version, self.source,
                                     self.source_version, actor=actor)
        self.target_version = self.move.batch_versions[self.target]

    def revert(self, engine: Engine, actor: str) -> None:
        assert self.move is not None
        back = bs.unmerge(engine, self.move, actor=actor)
        self.source, self.source_version = back.batch_id, 1


class KeepCasesCommand(EditCommand):
    def __init__(self, batch_id: int, ref: str, seen: int, keep: bool) -> None:
        super().__init__((tr("Keep cases of %1 together") if keep
                          else tr("Allow splitting cases of %1")).replace("%1", ref))
        self.batch_id, self.version, self.keep = batch_id, seen, keep
        self.before = not keep

    def apply(self, engine: Engine, actor: str) -> None:
        self.before, self.version = bs.set_keep_cases_together(
            engine, self.batch_id, self.version, self.keep, actor=actor)

    def revert(self, engine: Engine, actor: str) -> None:
        _, self.version = bs.set_keep_cases_together(engine, self.batch_id, self.version,
                                                      self.before, actor=actor)


class SeparationCommand(EditCommand):
    """Add (or remove) rules that keep two people apart."""

    def __init__(self, pairs: Sequence[tuple[int, int]], add: bool, label: str) -> None:
        super().__init__((tr("Keep apart: %1") if add else tr("No longer keep apart: %1"))
                         .replace("%1", label))
        self.pairs, self.add = list(pairs), add
        self.changed: list[tuple[int, int]] = []

    def apply(self, engine: Engine, actor: str) -> None:
        fn = bs.add_separations if self.add else bs.remove_separations
        self.changed = fn(engine, self.pairs, actor=actor)

    def revert(self, engine: Engine, actor: str) -> None:
        fn = bs.remove_separations if self.add else bs.add_separations
        fn(engine, self.changed, actor=actor)
