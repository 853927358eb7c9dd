"""ui/printing.py on real PDFs (ReportLab manifests), a real QPrinter writing PDF files read
back with pypdf, and a real QPrintPreviewWidget (offscreen): rasterising, page ranges, copies,
cancel, painting from a worker thread, and the preview's own Print button."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from planner.reporting import render_manifest
from planner.reporting.sample import sample_manifest
from tests.qt_helpers import ui_settings  # noqa: F401  (autouse fixture)
from ui.printing import (
    JobCancelled,
    PrintJob,
    is_preview,
    page_count,
    preview_painter,
    rasterise,
    shared_printer,
)


@pytest.fixture(scope="module")
def manifest_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "m.pdf"
    info = render_manifest(sample_manifest(70, "THA"), path)
    assert info.pages == 3
    return path


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def inked(image: QImage, step: int = 7) -> float:
    """Share of sampled pixels that are not white (0 for a blank page)."""
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if QColor(image.pixel(x, y)).lightness() < 200:
                dark += 1
    return dark / max(total, 1)


def test_rasterise_gives_every_page_with_ink(manifest_pdf: Path) -> None:
    images = rasterise(manifest_pdf, dpi=60)
    assert len(images) == page_count(manifest_pdf) == 3
    assert all(not i.isNull() and i.width() > i.height() for i in images)  # A4 landscape
    assert all(0.01 < inked(i) < 0.6 for i in images)
    assert abs(images[0].width() - 297 / 25.4 * 60) < 2
    assert rasterise(manifest_pdf.read_bytes(), dpi=30)[0].width() == images[0].width() // 2


def test_print_job_pages_ranges_and_copies(manifest_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    job = PrintJob(pdf_printer(out))
    job.begin()
    job.add(manifest_pdf)
    job.add(manifest_pdf)  # a second manifest in the same job
    job.finish()
    assert len(pypdf.PdfReader(out).pages) == 6 and job.sheets == 6

    p = pdf_printer(tmp_path / "range.pdf")
    p.setPrintRange(QPrinter.PrintRange.PageRange)
    p.setFromTo(2, 4)  # job pages: 2-3 of the first manifest, 1 of the second
    job = PrintJob(p)
    job.begin()
    job.add(manifest_pdf)
    job.add(manifest_pdf)
    job.finish()
    assert len(pypdf.PdfReader(tmp_path / "range.pdf").pages) == 3

    p = pdf_printer(tmp_path / "copies.pdf")
    p.setCopyCount(2)  # PDF output cannot make copies: the job paints them
    assert not p.supportsMultipleCopies()
    job = PrintJob(p)
    job.begin()
    job.add(manifest_pdf)
    job.finish()
    assert len(pypdf.PdfReader(tmp_path / "copies.pdf").pages) == 6


def test_print_job_cancel_and_worker_thread(manifest_pdf: Path, tmp_path: Path) -> None:
    stop = threading.Event()
    job = PrintJob(pdf_printer(tmp_path / "stopped.pdf"), stop.is_set)
    job.begin()
    stop.set()
    with pytest.raises(JobCancelled):
        job.add(manifest_pdf)
    job.abort()
    assert job.sheets == 0 and not job.painter.isActive()

    # Qt allows QPainter on a QPrinter outside the GUI thread (the app's print jobs do it)
    out = tmp_path / "thread.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            j = PrintJob(pdf_printer(out))
            j.begin()
            j.add(manifest_pdf)
            j.finish()
        except BaseException as e:
            errors.append(e)

    t = threading.Thread(target=work)
    t.start()
    t.join(60)
    assert not errors and len(pypdf.PdfReader(out).pages) == 3


def test_preview_paints_pages_and_print_button_starts_the_job(
        qtbot: QtBot, manifest_pdf: Path, tmp_path: Path) -> None:
    images = rasterise(manifest_pdf)
    printer = pdf_printer(tmp_path / "from-preview.pdf")
    widget = QPrintPreviewWidget(printer)
    qtbot.addWidget(widget)
    seen: list[bool] = []
    started: list[int] = []
    paint = preview_painter(lambda: images, lambda: started.append(1))

    def requested(p: QPrinter) -> None:
        seen.append(is_preview(p))
        paint(p)

    widget.paintRequested.connect(requested)
    widget.resize(900, 700)
    widget.show()
    widget.updatePreview()
    qtbot.waitUntil(lambda: widget.pageCount() == 3)
    assert seen and all(seen)  # the preview paints in preview mode
    shot = widget.grab().toImage()
    assert inked(shot, 5) > 0.02  # pages drawn, not an empty grey area
    assert not started
    # the preview's Print: the painting goes to the printer, so the real job is started
    widget.print_()
    assert seen[-1] is False
    qtbot.waitUntil(lambda: started == [1])
    assert not (tmp_path / "from-preview.pdf").exists()  # nothing painted by the preview


def test_one_shared_printer_in_landscape() -> None:
    p = shared_printer()
    assert p is shared_printer()
    assert p.pageLayout().orientation() == p.pageLayout().Orientation.Landscape
