"""The parts of the Manifests screen that show data: the handover events table, the preview
pane (page images in a QPrintPreviewWidget) and the reconciliation table, where anyone
unaccounted for is red until resolved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.manifests.reconcile import ReconRow, by_batch
from ui.i18n import translate_in
from ui.printing import is_preview, paint_images
from ui.screens.manifests_data import EventRow
from ui.screens.plan_models import RowsModel, make_view

RED = QColor(190, 0, 32)
EVENT_HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("Manifests", "Day"),
    QT_TRANSLATE_NOOP("Manifests", "Time"),
    QT_TRANSLATE_NOOP("Manifests", "Manifest number"),
    QT_TRANSLATE_NOOP("Manifests", "Kind"),
    QT_TRANSLATE_NOOP("Manifests", "People"),
    QT_TRANSLATE_NOOP("Manifests", "Revision"),
    QT_TRANSLATE_NOOP("Manifests", "Printed"),
    QT_TRANSLATE_NOOP("Manifests", "Handover"),
    QT_TRANSLATE_NOOP("Manifests", "Place"),
)
MAX_COLUMN = 240  # px: a long place name does not push the other columns out of sight
RECON_HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("Manifests", "Day"),
    QT_TRANSLATE_NOOP("Manifests", "Batch"),
    QT_TRANSLATE_NOOP("Manifests", "Planned"),
    QT_TRANSLATE_NOOP("Manifests", "Manifested"),
    QT_TRANSLATE_NOOP("Manifests", "Handed over"),
    QT_TRANSLATE_NOOP("Manifests", "Struck off"),
    QT_TRANSLATE_NOOP("Manifests", "Unaccounted"),
    QT_TRANSLATE_NOOP("Manifests", "People unaccounted for"),
)


def tr(text: str) -> str:
    return translate_in("Manifests", text)


def revision_text(r: EventRow) -> str:
    if r.revision is None:
        return tr("not issued")
    return f"r{r.revision} → r{r.revision + 1}" if r.outdated else f"r{r.revision}"


def disruption_label(r: EventRow) -> str:
    """"flight cancelled" or "crossing closed", translated."""
    return tr("flight cancelled") if r.disrupted == "flight cancelled" else tr("crossing closed")


def disruption_tip(r: EventRow) -> str:
    """Why a disrupted row cannot be printed, saved or recorded, and what to do."""
    if r.kind == "flight":
        text = tr("Flight %1 on %2 is cancelled: re-plan, then print the new manifest and "
                  "record its handover. This manifest is not to be printed, saved or recorded.")
    else:
        text = tr("Crossing %1 is closed on %2: re-plan, then print the new manifest and "
                  "record its handover. This manifest is not to be printed, saved or recorded.")
    return text.replace("%1", r.code if r.kind == "flight" else r.place).replace(
        "%2", r.day.isoformat())


def handover_text(r: EventRow, today: dt.date) -> str:
    if r.blocked:
        return disruption_label(r)
    if r.frozen:
        at = r.handed_at
        when = "" if at is None else at.strftime("%H:%M" if at.date() == r.day else
                                                 "%Y-%m-%d %H:%M")
        return tr("✓ %1, frozen").replace("%1", when)
    return tr("not recorded") if r.day < today else ""


def event_cells(r: EventRow, today: dt.date) -> tuple[Any, ...]:
    kind = tr("Flight %1").replace("%1", r.code) if r.kind == "flight" else tr("Crossing")
    if not r.in_plan:
        kind += " · " + tr("no longer in the plan")
    printed = tr("%1×").replace("%1", str(r.printed)) if r.printed else ""
    return (r.day.isoformat(), r.time.strftime("%H:%M") if r.time else "", r.number, kind,
            r.people, revision_text(r), printed, handover_text(r, today), r.place)


def event_tooltip(r: EventRow) -> str:
    if r.blocked:
        return disruption_tip(r)
    if r.revision is None:
        return tr("No manifest issued yet: printing or saving issues revision 1.")
    if r.outdated:
        return tr("The plan changed since r%1 was printed: printing now issues r%2.").replace(
            "%1", str(r.revision)).replace("%2", str(r.revision + 1))
    if r.frozen:
        return tr("The handover is recorded: this revision is frozen. A correction makes a new "
                  "revision.")
    return ""


class EventsModel(RowsModel):
    def __init__(self, parent: QWidget) -> None:
        self.today = dt.date.today()
        super().__init__([tr(h) for h in EVENT_HEADERS], lambda r: event_cells(r, self.today),
                         parent, colour=self._colour, tooltip=event_tooltip)

    def _colour(self, r: EventRow) -> QColor | None:
        return RED if r.blocked or (r.day < self.today and not r.frozen) else None


def fit_columns(view: QTableView) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for c in range(header.count()):
        header.resizeSection(c, min(header.sectionSize(c), MAX_COLUMN))


def recon_cells(r: ReconRow) -> tuple[Any, ...]:
    refs = sorted(r.unaccounted)
    shown = ", ".join(refs[:12]) + (" …" if len(refs) > 12 else "")
    return (r.day.isoformat(), r.batch, r.planned, r.manifested, r.handed_over, r.struck,
            len(refs), shown)


class ReconciliationView(QWidget):
    """Planned vs manifested vs handed over vs struck, per day and batch or per batch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.addItem(tr("Per day and batch"), "day")
        self.mode.addItem(tr("Per batch (all days shown)"), "batch")
        self.mode.currentIndexChanged.connect(lambda _i: self._fill())
        self.model = RowsModel([tr(h) for h in RECON_HEADERS], recon_cells, self,
                               colour=lambda r: RED if r.unaccounted else None,
                               tooltip=lambda r: ", ".join(sorted(r.unaccounted)))
        self.view: QTableView = make_view(self.model, self)
        self.totals = QLabel(self)
        self.missing = QLabel(self)
        self.missing.setObjectName("unaccountedLabel")
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing.setStyleSheet(f"color: {RED.name()}; font-weight: bold;")
        bar = QHBoxLayout()
        label = QLabel(tr("&Rows:"), self)
        label.setBuddy(self.mode)
        bar.addWidget(label)
        bar.addWidget(self.mode)
        bar.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.missing)
        self.rows: list[ReconRow] = []

    def set_rows(self, rows: Sequence[ReconRow]) -> None:
        self.rows = list(rows)
        self._fill()

    def shown_rows(self) -> list[ReconRow]:
        return by_batch(self.rows) if self.mode.currentData() == "batch" else list(self.rows)

    def _fill(self) -> None:
        rows = self.shown_rows()
        self.model.set_items(rows)
        self.view.resizeColumnsToContents()
        t = [sum(getattr(r, k) for r in rows)
             for k in ("planned", "manifested", "handed_over", "struck")]
        missing = sorted({ref for r in rows for ref in r.unaccounted})
        self.totals.setText(tr("Total: %1 planned · %2 manifested · %3 handed over · %4 struck")
                            .replace("%1", str(t[0])).replace("%2", str(t[1]))
                            .replace("%3", str(t[2])).replace("%4", str(t[3])))
        if missing:
            shown = ", ".join(missing[:30]) + (" …" if len(missing) > 30 else "")
            self.missing.setText(tr("UNACCOUNTED FOR (%1): %2").replace(
                "%1", str(len(missing))).replace("%2", shown))
        self.missing.setVisible(bool(missing))


class PreviewPane(QWidget):
    """The selected manifest's pages (fit to width), from images rendered off the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # not the shared one
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.widget = QPrintPreviewWidget(self.printer, self)
        self.widget.setObjectName("manifestPreview")
        self.widget.paintRequested.connect(self._paint)
        self.widget.fitToWidth()
        self.placeholder = QLabel(tr("Select a handover to see its manifest."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def _paint(self, printer: QPrinter) -> None:
        if is_preview(printer):
            paint_images(printer, self.images)

    def show_pages(self, title: str, images: Sequence[QImage]) -> None:
        self.title.setText(title)
        self.images = list(images)
        self.stack.setCurrentWidget(self.widget)
        self.widget.updatePreview()
        self.widget.fitToWidth()

    def show_message(self, text: str, title: str = "") -> None:
        self.title.setText(title)
        self.images = []
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
