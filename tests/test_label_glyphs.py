"""Issue #7: every manifest label, in every language, and every fixed mark the renderer prints has
a glyph in the font the renderer uses for it (no tofu boxes on the paper).

Two checks, both against the cmaps of the shipped font files read with ReportLab's TTFontFile
(independent of the renderer's own font registration):

1. every label (planner.reporting.labels: 7 languages, flag/sex/document tags, marks), with
   placeholders filled, run by run as `text_runs` assigns fonts, in the regular and the bold face;
   a failure names the label, the language, the code point and the font file;
2. rendered manifests (every partner country, crossing and flight, with escorts and the escort
   warning): every character code drawn in each embedded font is decoded through the font's
   /ToUnicode map; a .notdef glyph (shaping found none) or a code point missing from the
   original file's cmap is a failure naming the country, page, font and code point.
"""

from __future__ import annotations

import dataclasses
import io
import re
import string
import unicodedata
from functools import cache
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.ttfonts import TTFontFile

from planner.reporting import Escort, ManifestKind, render_manifest
from planner.reporting.fonts import FAMILIES, fonts_dir, text_runs
from planner.reporting.labels import LABELS, LANGUAGES, MARKS, PARTNER_LANGUAGE, all_label_strings
from planner.reporting.sample import sample_manifest

NOTDEF = {0x0000, 0xFFFF}
PUA = range(0xE000, 0xF900)  # ReportLab's code points for shaped glyphs without Unicode


@cache
def cmap(file: str) -> frozenset[int]:
    return frozenset(TTFontFile(str(fonts_dir() / file)).charToGlyph)


def _filled(text: str) -> str:
    """A label with its placeholders replaced by numbers, as printed ({page} → 12)."""
    names = [f for _, f, _, _ in string.Formatter().parse(text) if f]
    return text.format(**{n: 10 + k for k, n in enumerate(names)}) if names else text


def label_gaps() -> list[str]:
    gaps: list[str] = []
    for key, lang, text in all_label_strings():
        for spec, run in text_runs(_filled(text)):
            for file in dict.fromkeys((spec.regular_file, spec.bold_file)):
                for ch in dict.fromkeys(run):
                    if not ch.isspace() and ord(ch) not in cmap(file):
                        name = unicodedata.name(ch, "?")
                        gaps.append(f"label {key!r} ({lang}): U+{ord(ch):04X} {name} is not "
                                    f"in {file}")
    return gaps


def test_every_label_in_every_language_has_its_glyphs() -> None:
    gaps = label_gaps()
    assert not gaps, "missing glyphs:\n" + "\n".join(gaps)


def test_the_scan_covers_every_label_language_and_mark() -> None:
    scanned = {(k, lang) for k, lang, _ in all_label_strings()}
    assert {(k, lang) for k in LABELS for lang in LANGUAGES} <= scanned
    assert {(f"mark:{k}", "zxx") for k in MARKS} <= scanned
    assert set(PARTNER_LANGUAGE.values()) | {"zh", "en"} == set(LANGUAGES)


def test_a_gap_is_reported_with_label_language_and_code_point(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: a Lao label with U+0E8F LAO LETTER PALI NYA (Unicode 12), which the
    shipped Noto Sans Lao does not have."""
    entry = dict(LABELS["people"], lo="ຈຳນວນ\u0e8f")
    monkeypatch.setitem(LABELS, "people", entry)
    gaps = label_gaps()
    assert any(g.startswith("label 'people' (lo): U+0E8F") and "NotoSansLao" in g
               for g in gaps), gaps


# -- what the renderer really draws -------------------------------------------------------------

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: Any) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data()
    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in _BFCHAR.findall(block):
            out[int(code, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be", "replace")
    assert not re.search(rb"beginbfrange", data), "bfrange not handled"
    return out


@cache
def _files_by_name() -> dict[str, str]:
    """Shipped font files by their PostScript name (the /BaseFont after the subset tag)."""
    files = {f for s in FAMILIES for f in (s.regular_file, s.bold_file)}
    return {TTFontFile(str(fonts_dir() / f)).name.decode(): f for f in files}


def _file_of(font: Any) -> str:
    base = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
    assert base in _files_by_name(), f"unexpected font {base}"
    return _files_by_name()[base]


def drawn_gaps(pdf: bytes, where: str) -> tuple[list[str], int]:
    """Glyph problems of everything drawn in the PDF, and how many characters were checked."""
    reader = PdfReader(io.BytesIO(pdf))
    gaps: list[str] = []
    checked = 0
    for number, page in enumerate(reader.pages, start=1):
        fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
        maps = {name: (_to_unicode(ref.get_object()), _file_of(ref.get_object()))
                for name, ref in fonts.items()}
        current: tuple[dict[int, str], str] | None = None
        content = ContentStream(page.get_contents(), reader)
        for operands, op in content.operations:
            if op == b"Tf":
                current = maps[operands[0]]
                continue
            if op not in (b"Tj", b"TJ", b"'", b'"'):
                continue
            assert current is not None
            strings = operands[0] if op == b"TJ" else operands[-1:]
            for s in strings:
                if isinstance(s, int | float) or not hasattr(s, "__len__"):
                    continue
                raw = getattr(s, "original_bytes", s)
                for code in bytes(raw):
                    uni, file = current[0].get(code, "\uffff"), current[1]
                    checked += 1
                    cps = [ord(c) for c in uni]
                    if set(cps) <= NOTDEF:
                        gaps.append(f"{where} page {number}: code {code} in {file} is "
                                    ".notdef (no glyph after shaping)")
                    for cp in cps:
                        if cp not in NOTDEF and cp not in PUA and cp not in cmap(file):
                            gaps.append(f"{where} page {number}: U+{cp:04X} "
                                        f"{unicodedata.name(chr(cp), '?')} drawn with {file}, "
                                        "which has no glyph for it")
    return sorted(set(gaps)), checked


ESCORTS = (Escort("刘 强 LIU Qiang", "PSB-0421", "Team lead", "云南省公安厅"),
           Escort("Somchai Jaidee", "RTP-88812", "", "Royal Thai Police"))


@pytest.mark.parametrize("country", [*sorted(PARTNER_LANGUAGE), "CHN"])
def test_everything_the_renderer_draws_has_its_glyphs(country: str) -> None:
    kind = ManifestKind.FLIGHT if country in ("CHN", "LAO") else ManifestKind.CROSSING
    data = dataclasses.replace(sample_manifest(30, country, kind=kind), escorts=ESCORTS,
                               required_escorts=6)
    buf = io.BytesIO()
    render_manifest(data, buf)
    gaps, checked = drawn_gaps(buf.getvalue(), country)
    assert checked > 3000
    assert not gaps, "missing glyphs:\n" + "\n".join(gaps)


def test_the_drawn_check_finds_a_missing_glyph() -> None:
    """A place name with a letter the Lao font lacks (U+0E8F) is caught on the page."""
    data = dataclasses.replace(sample_manifest(3, "LAO"),
                               place=sample_manifest(3, "LAO").place.__class__(
                                   "ບໍ່ເຕັນ\u0e8f", "LAO"))
    buf = io.BytesIO()
    render_manifest(data, buf)
    gaps, _ = drawn_gaps(buf.getvalue(), "LAO")
    assert gaps and all("NotoSansLao" in g for g in gaps), gaps
