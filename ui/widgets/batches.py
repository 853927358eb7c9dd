"""The Batches screen: every batch with its size, readiness, deadline and flags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.queries import Snapshot
from ui.caseload_models import BatchTableModel
from ui.widgets.badges import BadgeDelegate
from ui.widgets.table_screen import Choice, TableScreen

FLAGS_COLUMN = 7


def tr(text: str) -> str:
    """Module-level tr(): pyside6-lupdate files these strings under the empty context."""
    return QCoreApplication.translate("", text)


class BatchesScreen(TableScreen):
    settings_key = "batches"
    noun = "batches"
    noun_one = "batch"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.batch_model = BatchTableModel()
        self.empty_text = tr("There are no batches in this database yet.")
        super().__init__(self.batch_model,
                         tr("Filter by reference, site or receiving point (Ctrl+F)"), parent)
        self.batch_model.setParent(self)
        self.site_combo = self.add_choice_filter("site", tr("Holding site"),
                                                 [(tr("All sites"), None)])
        self.view.setItemDelegateForColumn(FLAGS_COLUMN, BadgeDelegate(self.view))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        b = snapshot.batches
        seen = sorted({(n or c, c) for c, n in zip(b.site_code, b.site_name, strict=True)})
        sites: list[Choice] = [(tr("All sites"), None)]
        sites += [(name, frozenset({code})) for name, code in seen]
        self.set_choices("site", sites)
        self.batch_model.configure_filter(self.filter_edit.text(), **self.allowed_values())
        self.load_keeping_selection(b.id, lambda: self.batch_model.set_batches(b))
        self._after_load()
