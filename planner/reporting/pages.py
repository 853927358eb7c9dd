"""Running header and footer of manifest pages ("Page x of y" needs the page count).

The canvas keeps every finished page's state and draws the header and footer when the document is
saved, when the total is known. Everything is drawn with Paragraph.drawOn so that complex scripts
are shaped (canvas.drawString does not shape).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from planner.reporting.fonts import LATIN
from planner.reporting.styles import RULE, Styles, tri_markup

PAGE_SIZE = landscape(A4)
MARGIN_X = 12 * mm
TOP_BAND = 17 * mm  # running header, above the frame
BOTTOM_BAND = 15 * mm  # footer, below the frame


@dataclass(frozen=True)
class PageText:
    """What the running header and footer show (markup, already escaped)."""

    title: str  # trilingual title markup
    reference: str  # manifest number, revision, date, place
    confidential: str  # trilingual "confidential — personal data"
    note: str  # confidential note + generated-at
    partner: str | None


def _draw(canvas: Canvas, p: Paragraph, x: float, y_top: float, width: float) -> float:
    """Draw a paragraph with its top at y_top; returns its height."""
    _, h = p.wrap(width, PAGE_SIZE[1])
    p.drawOn(canvas, x, y_top - h)
    return float(h)


def decorate(canvas: Canvas, styles: Styles, text: PageText, page: int, pages: int) -> None:
    width, height = PAGE_SIZE
    inner = width - 2 * MARGIN_X
    half = inner * 0.55
    top = height - 7 * mm
    canvas.saveState()
    _draw(canvas, Paragraph(text.title, styles.small), MARGIN_X, top, half)
    _draw(canvas, Paragraph(text.reference, styles.small_r), MARGIN_X + half, top, inner - half)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, height - TOP_BAND + 2 * mm, width - MARGIN_X, height - TOP_BAND + 2 * mm)
    canvas.line(MARGIN_X, BOTTOM_BAND - 2 * mm, width - MARGIN_X, BOTTOM_BAND - 2 * mm)
    y = BOTTOM_BAND - 3 * mm
    used = _draw(canvas, Paragraph(text.confidential, styles.alert), MARGIN_X, y, half + 20 * mm)
    _draw(canvas, Paragraph(text.note, styles.small), MARGIN_X, y - used, half + 20 * mm)
    page_markup = tri_markup("page", text.partner, sep="  ·  ", page=page, pages=pages)
    _draw(canvas, Paragraph(page_markup, styles.small_r), MARGIN_X + half + 20 * mm, y,
          inner - half - 20 * mm)
    canvas.restoreState()


def numbered_canvas(styles: Styles, text: PageText, counter: list[int]) -> Callable[..., Canvas]:
    """A canvas maker that decorates every page at save time and records the page count."""

    class _ManifestCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # an embedded initial font, so that no unembedded Helvetica is referenced
            kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN.regular
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            counter.append(total)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                decorate(self, styles, text, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _ManifestCanvas
