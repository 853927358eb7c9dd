"""Paragraph styles and small markup helpers shared by the manifest modules.

Every paragraph style has `shaping=1`: text in Thai, Lao, Khmer and Myanmar must be shaped by
HarfBuzz, which ReportLab does only in Paragraphs (not in canvas.drawString or plain table cells).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from planner.reporting.fonts import LATIN, markup, needs_shaping, register_fonts
from planner.reporting.labels import FLAG_TAGS, trilingual

INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#4b5563")
RULE = colors.HexColor("#9ca3af")
HEAD_BG = colors.HexColor("#e5e7eb")
STRIPE = colors.HexColor("#f3f4f6")
ALERT = colors.HexColor("#b91c1c")
TAG_BG = "#fde68a"


def _style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    opts: dict[str, object] = {"textColor": INK, "shaping": 1, "splitLongWords": 0, **kw}
    return ParagraphStyle(name, fontName=LATIN.regular, fontSize=size, leading=leading, **opts)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    cell_c: ParagraphStyle
    small: ParagraphStyle
    small_r: ParagraphStyle
    small_c: ParagraphStyle
    alert: ParagraphStyle
    section: ParagraphStyle


@lru_cache(maxsize=1)
def make_styles() -> Styles:
    """The manifest styles (built once; treat them as read-only)."""
    register_fonts()
    return Styles(
        title=_style("mf-title", 15, 19),
        subtitle=_style("mf-subtitle", 11, 15),
        label=_style("mf-label", 6.5, 8.2, textColor=MUTED),
        value=_style("mf-value", 9.5, 12),
        head=_style("mf-head", 6.3, 7.8),
        cell=_style("mf-cell", 7.2, 8.6),
        cell_c=_style("mf-cell-c", 7.2, 8.6, alignment=TA_CENTER),
        small=_style("mf-small", 6.5, 8.2),
        small_r=_style("mf-small-r", 6.5, 8.2, alignment=TA_RIGHT),
        small_c=_style("mf-small-c", 6.5, 8.2, alignment=TA_CENTER),
        alert=_style("mf-alert", 7.5, 9.5, textColor=ALERT),
        section=_style("mf-section", 9, 11.5),
    )


_UNSHAPED: dict[str, ParagraphStyle] = {}


def unshaped(style: ParagraphStyle) -> ParagraphStyle:
    """The same style without HarfBuzz shaping, for text with no complex script (faster); it may
    split a long word (safe without shaping: no cluster can be cut)."""
    got = _UNSHAPED.get(style.name)
    if got is None or got.parent is not style:
        got = ParagraphStyle(style.name + "-noshape", parent=style, shaping=0, splitLongWords=1)
        _UNSHAPED[style.name] = got
    return got


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A paragraph of plain (unescaped) text, one font run per script; shaped when the text has
    Thai, Lao, Khmer or Myanmar characters."""
    return Paragraph(markup(text, bold=bold), style if needs_shaping(text) else unshaped(style))


def tri_markup(key: str, partner: str | None, *, sep: str = " / ", bold: bool = False,
               **fmt: object) -> str:
    """Markup of a label in Chinese, the partner language and English, joined by `sep`."""
    return sep.join(markup(t, bold=bold) for t in trilingual(key, partner, **fmt))


def tri(key: str, partner: str | None, style: ParagraphStyle, *, sep: str = " / ",
        bold: bool = False, **fmt: object) -> Paragraph:
    return Paragraph(tri_markup(key, partner, sep=sep, bold=bold, **fmt), style)


def tag_markup(key: str) -> str:
    """A flag as a highlighted bilingual tag (Chinese + English)."""
    zh, en = FLAG_TAGS[key]
    return f'<span backColor="{TAG_BG}">{markup(zh + " " + en, bold=True)}</span>'
