"""Printing PDF documents (the ReportLab manifests) with Qt's own dialogs, without QtPdf.

PySide6-Essentials has no QtPdf, so pages are rasterised with pdfium (`pypdfium2`) and painted
as images: in a QPrintPreviewDialog (zoom, page setup) and onto the printer, at the printer's
resolution (capped at MAX_PRINT_DPI, ample for text). "Save as PDF" never goes through here:
it writes the ReportLab file itself, which keeps its text, fonts and metadata.

One QPrinter serves the whole application (as in Frescobaldi): the choices of the last print
dialog and page setup (printer, paper, copies) are offered again next time.

Threads: Qt allows QPainter on a QPrinter in a worker thread, one thread per device at a time
("Thread-Support in Qt Modules: Painting in Threads"), so a print job paints in the writer
thread while the GUI keeps its hands off the printer. pdfium is not thread-safe: every call
into it holds `_PDFIUM`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QWidget

#: pages shown in a preview are rasterised at this resolution (readable at 150 % zoom)
PREVIEW_DPI = 150
#: pages sent to a printer: the printer's resolution, at most this
MAX_PRINT_DPI = 300

_PDFIUM = threading.Lock()
_PRINTER: list[QPrinter] = []

Source = Path | bytes


class PrintError(Exception):
    """The printer refused the job (not started, or not finished); the message says which."""


class JobCancelled(Exception):
    """The user cancelled a print or save job."""


def shared_printer() -> QPrinter:
    """The application's one printer (made on first use, A4 landscape like the manifests)."""
    if not _PRINTER:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName("repatplan")
        _PRINTER.append(printer)
    return _PRINTER[0]


def page_count(source: Source) -> int:
    with _PDFIUM:
        doc = pdfium.PdfDocument(source)
        try:
            return len(doc)
        finally:
            doc.close()


def page_images(source: Source, dpi: float) -> Iterator[QImage]:
    """Each page as an image, one at a time (a 300 dpi A4 page is 35 MB)."""
    n = page_count(source)
    for k in range(n):
        yield render_page(source, k, dpi)


def render_page(source: Source, index: int, dpi: float) -> QImage:
    with _PDFIUM:
        doc = pdfium.PdfDocument(source)
        try:
            page = doc[index]
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            # BGRX bytes are Qt's RGB32 on little-endian machines (every platform we ship)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            bitmap.close()
            page.close()
            return image
        finally:
            doc.close()


def rasterise(source: Source, dpi: float = PREVIEW_DPI) -> list[QImage]:
    return list(page_images(source, dpi))


def is_preview(printer: QPrinter) -> bool:
    """True while a print preview records the painting (Qt's preview engine draws into
    QPicture pages); False when the painting goes to a real printer or a file."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def print_dpi(printer: QPrinter) -> int:
    return max(72, min(printer.resolution(), MAX_PRINT_DPI))


def draw_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    """The page image scaled to fit the printable area, keeping its proportions, centred."""
    area = QRectF(0, 0, printer.width(), printer.height())
    size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(area.x() + (area.width() - size.width()) / 2,
                    area.y() + (area.height() - size.height()) / 2, size.width(), size.height())
    painter.drawImage(target, image)


def paint_images(printer: QPrinter, images: Sequence[QImage]) -> None:
    """Paint ready images, one per page (what a preview shows)."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for k, image in enumerate(images):
        if k:
            printer.newPage()
        draw_page(painter, printer, image)
    painter.end()


class PrintJob:
    """One print job of any number of PDF files, in order, on `printer`: honours the page
    range of the print dialog (pages counted over the whole job) and, when the printer cannot
    make copies itself (PDF output), the number of copies and collation. `should_stop` is
    asked between pages; a stop raises JobCancelled and the job is aborted."""

    def __init__(self, printer: QPrinter, should_stop: Callable[[], bool] = lambda: False
                 ) -> None:
        self.printer = printer
        self.should_stop = should_stop
        self.painter = QPainter()
        self.job_pages = 0  # pages of the documents so far (what the page range counts)
        self.sheets = 0  # pages painted, copies included
        ranges = printer.pageRanges()
        self._ranges = ranges if (printer.printRange() == QPrinter.PrintRange.PageRange
                                  and not ranges.isEmpty()) else None
        many = not printer.supportsMultipleCopies()
        self.copies = max(1, printer.copyCount()) if many else 1
        self.collate = printer.collateCopies()
        self.dpi = print_dpi(printer)

    def begin(self) -> None:
        if not self.painter.begin(self.printer):
            where = self.printer.outputFileName() or self.printer.printerName()
            raise PrintError(f"the printer did not accept the job ({where})")
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

    def _wanted(self, page: int) -> bool:
        return self._ranges is None or self._ranges.contains(page)

    def _paint(self, image: QImage) -> None:
        if self.should_stop():
            raise JobCancelled()
        if self.sheets:
            self.printer.newPage()
        draw_page(self.painter, self.printer, image)
        self.sheets += 1

    def add(self, source: Source) -> None:
        n = page_count(source)
        pages = [k for k in range(n) if self._wanted(self.job_pages + k + 1)]
        self.job_pages += n
        if self.collate:
            for _ in range(self.copies):
                for k in pages:
                    self._paint(render_page(source, k, self.dpi))
        else:
            for k in pages:
                image = render_page(source, k, self.dpi)
                for _ in range(self.copies):
                    self._paint(image)

    def finish(self) -> None:
        if self.painter.isActive() and not self.painter.end():
            raise PrintError("the printer did not finish the job")

    def abort(self) -> None:
        if self.painter.isActive():
            self.printer.abort()
            self.painter.end()


def print_dialog(printer: QPrinter, parent: QWidget, pages: int | None = None) -> QPrintDialog:
    """The system print dialog on `printer` (all pages preselected; page range offered)."""
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setMinMax(1, pages if pages else 9999)
    return dialog


def preview_painter(images: Callable[[], Sequence[QImage]], on_print: Callable[[], object]
                    ) -> Callable[[QPrinter], None]:
    """The slot for `paintRequested`: paints the preview images; when the preview's Print
    button sends the painting to the printer, nothing is painted here and `on_print` starts
    the real job (which renders, records and paints at the printer's resolution)."""

    def paint(printer: QPrinter) -> None:
        if is_preview(printer):
            paint_images(printer, images())
        else:  # after the preview dialog has closed, not inside its print call
            QTimer.singleShot(0, on_print)

    return paint


def preview_dialog(printer: QPrinter, images: Sequence[QImage], parent: QWidget,
                   on_print: Callable[[], object], title: str = "") -> QPrintPreviewDialog:
    """A QPrintPreviewDialog over ready page images (open it with `open()`)."""
    dialog = QPrintPreviewDialog(printer, parent, Qt.WindowType.Window)
    dialog.setObjectName("printPreviewDialog")
    if title:
        dialog.setWindowTitle(title)
    kept = list(images)
    dialog.paintRequested.connect(preview_painter(lambda: kept, on_print))
    dialog.resize(1100, 800)
    return dialog


def preview_widget(dialog: QWidget) -> QPrintPreviewWidget | None:
    found = dialog.findChild(QPrintPreviewWidget)
    return found if isinstance(found, QPrintPreviewWidget) else None
