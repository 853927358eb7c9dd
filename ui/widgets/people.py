"""The People screen: every person, filterable by text, status and holding site."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.domain.enums import PersonStatus
from planner.queries import Snapshot
from ui.table_models import STATUS_LABELS, PeopleTableModel
from ui.widgets.badges import BadgeDelegate
from ui.widgets.table_screen import Choice, TableScreen

ACTIVE = frozenset(s.value for s in PersonStatus
                   if s not in (PersonStatus.STRUCK, PersonStatus.HANDED_OVER))
STATUS_CHOICES: list[Choice] = [
    ("All statuses", None),
    ("Active (not struck or handed over)", ACTIVE),
    *((STATUS_LABELS[s], frozenset({s.value})) for s in PersonStatus),
]
FLAGS_COLUMN = 11


class PeopleScreen(TableScreen):
    settings_key = "people"
    noun = "people"
    noun_one = "person"
    empty_text = ("There are no people in this database yet.\n"
                  "Import a persons list (repatplan import persons FILE), or open another "
                  "database with File › Open database…")

    def __init__(self, parent: QWidget | None = None) -> None:
        self.people_model = PeopleTableModel()
        super().__init__(self.people_model,
                         "Filter by reference, name, document, case or batch (Ctrl+F)", parent)
        self.people_model.setParent(self)
        self.status_combo = self.add_choice_filter("status", "Status", STATUS_CHOICES)
        self.site_combo = self.add_choice_filter("site", "Holding site", [("All sites", None)])
        self.view.setItemDelegateForColumn(FLAGS_COLUMN, BadgeDelegate(self.view))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        sites: list[Choice] = [("All sites", None)]
        sites += [(name or code, frozenset({sid})) for sid, code, name in snapshot.sites]
        self.set_choices("site", sites)
        self.people_model.configure_filter(self.filter_edit.text(), **self.allowed_values())
        self.people_model.set_people(snapshot.people)
        self._after_load()
