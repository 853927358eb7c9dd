"""The People table: every person, filterable by text, status, site, flags, readiness, batch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.domain.enums import PersonStatus
from planner.queries import READINESS_STEPS, PersonFlag, Snapshot
from ui.caseload_models import FLAG_LABELS, STATUS_LABELS, PeopleTableModel
from ui.widgets.badges import BadgeDelegate
from ui.widgets.table_screen import Choice, TableScreen

ACTIVE = frozenset(s.value for s in PersonStatus
                   if s not in (PersonStatus.STRUCK, PersonStatus.HANDED_OVER))
FLAGS_COLUMN = 11
ALL_FLAGS = range(1 << len(PersonFlag))
ALL_MASKS = range(1 << len(READINESS_STEPS))
STEP_WAIT_LABELS = (
    QT_TRANSLATE_NOOP("PeopleScreen", "Waiting for identity verification"),
    QT_TRANSLATE_NOOP("PeopleScreen", "Waiting for a travel document"),
    QT_TRANSLATE_NOOP("PeopleScreen", "Waiting for exit clearance"),
    QT_TRANSLATE_NOOP("PeopleScreen", "Waiting for fit to travel"),
)


def tr(text: str) -> str:
    """Module-level tr(): pyside6-lupdate files these strings under the empty context."""
    return QCoreApplication.translate("", text)


def status_label(status: str) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS.get(status, status))


def status_choices() -> list[Choice]:
    return [(tr("All statuses"), None),
            (tr("Active (not struck or handed over)"), ACTIVE),
            *((status_label(s), frozenset({s.value})) for s in PersonStatus)]


def flag_choices() -> list[Choice]:
    out: list[Choice] = [(tr("Any flags"), None),
                         (tr("No flags"), frozenset({0})),
                         (tr("Any flag"), frozenset(range(1, len(ALL_FLAGS))))]
    for bit, label in FLAG_LABELS:
        out.append((QCoreApplication.translate("Flags", label),
                    frozenset(f for f in ALL_FLAGS if f & bit)))
    return out


def readiness_choices() -> list[Choice]:
    out: list[Choice] = [(tr("Any readiness"), None),
                         (tr("Ready (all steps done)"), frozenset({0})),
                         (tr("Not ready"), frozenset(range(1, len(ALL_MASKS))))]
    for i, label in enumerate(STEP_WAIT_LABELS):
        text = QCoreApplication.translate("PeopleScreen", str(label))
        out.append((text, frozenset(m for m in ALL_MASKS if m & (1 << i))))
    return out


class PeopleScreen(TableScreen):
    settings_key = "people"
    noun = "people"
    noun_one = "person"
    filters_below = True

    def __init__(self, parent: QWidget | None = None) -> None:
        self.people_model = PeopleTableModel()
        self.empty_text = tr(
            "There are no people in this database yet.\n"
            "Import a persons list with File › Import persons… (Ctrl+I), or open another "
            "database with File › Open database…")
        super().__init__(self.people_model,
                         tr("Filter by reference, name, document, case or batch (Ctrl+F)"),
                         parent)
        self.people_model.setParent(self)
        self.status_combo = self.add_choice_filter("status", tr("Status"), status_choices())
        self.site_combo = self.add_choice_filter("site", tr("Holding site"),
                                                 [(tr("All sites"), None)])
        self.flags_combo = self.add_choice_filter("flags", tr("Flags"), flag_choices())
        self.readiness_combo = self.add_choice_filter("missing", tr("Readiness"),
                                                      readiness_choices())
        self.batch_combo = self.add_choice_filter("batch", tr("Batch"),
                                                  [(tr("Any batch"), None)])
        self.view.setItemDelegateForColumn(FLAGS_COLUMN, BadgeDelegate(self.view))

    def set_snapshot(self, snapshot: Snapshot, search: Sequence[str] | None = None) -> None:
        sites: list[Choice] = [(tr("All sites"), None)]
        sites += [(name or code, frozenset({sid})) for sid, code, name in snapshot.sites]
        self.set_choices("site", sites)
        b = snapshot.batches
        batches: list[Choice] = [(tr("Any batch"), None), (tr("No batch"), frozenset({None})),
                                 (tr("In a batch"), frozenset(b.id))]
        batches += [(ref, frozenset({bid})) for bid, ref in zip(b.id, b.ref, strict=True)]
        self.set_choices("batch", batches)
        self.people_model.configure_filter(self.filter_edit.text(), **self.allowed_values())
        self.load_keeping_selection(snapshot.people.id,
                                    lambda: self.people_model.set_people(snapshot.people, search))
        self._after_load()

    def selected_rows(self) -> list[int]:
        """Source rows (indexes into the snapshot's columns) of the selected people."""
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.people_model.source_row(r) for r in sorted(rows)]
