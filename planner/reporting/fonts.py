"""The fonts shipped in resources/fonts, registered once with ReportLab, and per-script font runs.

ReportLab's Paragraph shapes (HarfBuzz) each *word* with the font of its first fragment, so a
font change inside a whitespace-delimited word would draw the rest of the word with the wrong
font (missing glyphs). `markup()` therefore changes font only at whitespace: every word gets the
one font that covers all of its characters; a word that no single font covers (e.g. Chinese and
Thai with no space between them) is split where the script changes, with a space inserted.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

#: Override of the fonts folder (packaged builds put resources elsewhere).
FONTS_DIR_ENV = "REPATPLAN_FONTS_DIR"


@dataclass(frozen=True)
class FontSpec:
    """One script's font family: ReportLab names and the shipped files."""

    script: str
    regular: str
    bold: str
    regular_file: str
    bold_file: str


LATIN = FontSpec("latin", "RP-Latin", "RP-Latin-Bold", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
THAI = FontSpec("thai", "RP-Thai", "RP-Thai-Bold", "NotoSansThai-Regular.ttf",
                "NotoSansThai-Bold.ttf")
LAO = FontSpec("lao", "RP-Lao", "RP-Lao-Bold", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf")
KHMER = FontSpec("khmer", "RP-Khmer", "RP-Khmer-Bold", "NotoSansKhmer-Regular.ttf",
                 "NotoSansKhmer-Bold.ttf")
MYANMAR = FontSpec("myanmar", "RP-Myanmar", "RP-Myanmar-Bold", "NotoSansMyanmar-Regular.ttf",
                   "NotoSansMyanmar-Bold.ttf")
# Droid Sans Fallback has no bold face; bold Chinese uses the regular face.
CJK = FontSpec("cjk", "RP-CJK", "RP-CJK", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf")

FAMILIES: tuple[FontSpec, ...] = (LATIN, THAI, LAO, KHMER, MYANMAR, CJK)

# Code point ranges of the scripts that need a font other than the Latin one.
_RANGES: tuple[tuple[int, int, FontSpec], ...] = (
    (0x0E00, 0x0E7F, THAI),
    (0x0E80, 0x0EFF, LAO),
    (0x1780, 0x17FF, KHMER),
    (0x19E0, 0x19FF, KHMER),
    (0x1000, 0x109F, MYANMAR),
    (0xA9E0, 0xA9FF, MYANMAR),
    (0xAA60, 0xAA7F, MYANMAR),
    (0x2E80, 0x2FDF, CJK),
    (0x3000, 0x303F, CJK),
    (0x3040, 0x30FF, CJK),
    (0x3100, 0x312F, CJK),
    (0x3190, 0x31FF, CJK),
    (0x3400, 0x4DBF, CJK),
    (0x4E00, 0x9FFF, CJK),
    (0xF900, 0xFAFF, CJK),
    (0xFE30, 0xFE4F, CJK),
    (0xFF00, 0xFFEF, CJK),
    (0x20000, 0x2FA1F, CJK),
)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """The folder holding the shipped TTF files."""
    env = os.environ.get(FONTS_DIR_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    """Register every shipped font with ReportLab (shapable), once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for spec in FAMILIES:
            for name, file in ((spec.regular, spec.regular_file), (spec.bold, spec.bold_file)):
                if name in pdmetrics_names():
                    continue
                path = folder / file
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
            for bold, italic, face in ((0, 0, spec.regular), (1, 0, spec.bold),
                                       (0, 1, spec.regular), (1, 1, spec.bold)):
                addMapping(spec.regular, bold, italic, face)
                addMapping(spec.bold, bold, italic, face)
        _registered = True


def pdmetrics_names() -> list[str]:
    """Names of the fonts registered with ReportLab so far."""
    return list(pdfmetrics.getRegisteredFontNames())


def ttfont(name: str) -> TTFont:
    """A registered TTFont by its ReportLab name."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{name} is not a TrueType font")
    return font


def covers(name: str, ch: str) -> bool:
    """True if the font has a glyph for the character (its cmap maps it)."""
    return ord(ch) in ttfont(name).face.charToGlyph


def script_font(ch: str) -> FontSpec | None:
    """The family a character's script needs, or None for Latin and neutral characters."""
    cp = ord(ch)
    if cp < 0x0E00:
        return None
    for lo, hi, spec in _RANGES:
        if lo <= cp <= hi:
            return spec
    return None


_COMPLEX = (THAI, LAO, KHMER, MYANMAR)


def needs_shaping(text: str) -> bool:
    """True if the text has characters of a script that must be shaped (Thai, Lao, Khmer,
    Myanmar); Latin, Vietnamese and Chinese print correctly without shaping."""
    return any(ord(c) >= 0x0E00 and script_font(c) in _COMPLEX for c in text)


def word_runs(word: str) -> list[tuple[FontSpec, str]]:
    """Split one whitespace-free word into (family, text) runs; usually a single run."""
    strong = {s for s in map(script_font, word) if s is not None}
    if not strong and all(covers(LATIN.regular, c) for c in word):
        return [(LATIN, word)]
    if len(strong) == 1:
        spec = next(iter(strong))
        if all(covers(spec.regular, c) for c in word):
            return [(spec, word)]
    runs: list[tuple[FontSpec, str]] = []
    for c in word:
        found = script_font(c)
        if found is not None:
            spec = found
        elif runs and covers(runs[-1][0].regular, c):
            spec = runs[-1][0]
        else:
            spec = _neutral_font(c)
        if runs and runs[-1][0] is spec:
            runs[-1] = (spec, runs[-1][1] + c)
        else:
            runs.append((spec, c))
    return runs


def _neutral_font(ch: str) -> FontSpec:
    """Font for a character of no specific script: Latin, else the first family that has it."""
    for spec in (LATIN, CJK, THAI, LAO, KHMER, MYANMAR):
        if covers(spec.regular, ch):
            return spec
    return LATIN


def missing_glyphs(text: str) -> str:
    """Characters of `text` that the font chosen for them cannot draw (would print as boxes)."""
    bad: list[str] = []
    for spec, part in text_runs(text):
        bad.extend(c for c in part if not c.isspace() and not covers(spec.regular, c))
    return "".join(dict.fromkeys(bad))


def text_runs(text: str) -> list[tuple[FontSpec, str]]:
    """(family, text) runs of a text; runs change only at whitespace (see the module doc)."""
    out: list[tuple[FontSpec, str]] = []
    for i, word in enumerate(unicodedata.normalize("NFC", text).split()):
        for j, (spec, part) in enumerate(word_runs(word)):
            sep = " " if (i or j) else ""
            if out and out[-1][0] is spec:
                out[-1] = (spec, out[-1][1] + sep + part)
            elif out:
                prev_spec, prev = out[-1]
                out[-1] = (prev_spec, prev + sep)
                out.append((spec, part))
            else:
                out.append((spec, part))
    return out


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup of plain text with a `<font name=…>` run per script (XML-escaped)."""
    parts = []
    for spec, part in text_runs(text):
        name = spec.bold if bold else spec.regular
        parts.append(f'<font name="{name}">{escape(part)}</font>')
    return "".join(parts)
