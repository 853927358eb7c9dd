"""The handover manifest PDF: pages, text, fonts, QR/metadata payload and verification."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from planner.db.models import Person
from planner.domain.enums import DocumentType, Sex
from planner.reporting import (
    ManifestKind,
    canonical_person_list,
    manifest_digest,
    parse_qr_payload,
    qr_payload,
    render_manifest,
    totals,
    verify_manifest_pdf,
)
from planner.reporting.digest import format_payload, read_pdf_payload
from planner.reporting.fonts import (
    CJK,
    KHMER,
    LAO,
    LATIN,
    MYANMAR,
    THAI,
    covers,
    markup,
    missing_glyphs,
    text_runs,
    word_runs,
)
from planner.reporting.labels import LABELS, LANGUAGES, PARTNER_LANGUAGE, all_label_strings
from planner.reporting.model import ManifestData, ManifestPerson, ManifestRenderInfo, Place
from planner.reporting.sample import sample_manifest

COUNTRIES = sorted(PARTNER_LANGUAGE)
SCRIPT_FONT = {"THA": THAI, "LAO": LAO, "KHM": KHMER, "MMR": MYANMAR, "VNM": LATIN}
N_3_PAGES = 70  # people that fill exactly three pages (checked below)


def _text(page: object) -> str:
    # shaped Latin words may use the fi/fl ligature glyphs; NFKC maps them back to letters
    return unicodedata.normalize("NFKC", page.extract_text())  # type: ignore[attr-defined]


Rendered = tuple[str, ManifestData, Path, ManifestRenderInfo, PdfReader]


@pytest.fixture(scope="module", params=COUNTRIES)
def rendered(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    country = request.param
    data = sample_manifest(N_3_PAGES, country)
    path = tmp_path_factory.mktemp("manifest") / f"{country}.pdf"
    info = render_manifest(data, path)
    return country, data, path, info, PdfReader(path)


def test_three_pages_with_header_row_and_footer_on_every_page(rendered: Rendered) -> None:
    _, _, _, info, reader = rendered
    assert info.pages == 3
    assert len(reader.pages) == 3
    for number, page in enumerate(reader.pages, start=1):
        text = _text(page)
        for head in ("序号", "出生日期", "Date of birth", "Document type and number",
                     "Property bag seal No."):
            assert head in text, (number, head)
        assert f"Page {number} of 3" in text
        assert f"第 {number} 页 共 3 页" in text
        assert "CONFIDENTIAL — PERSONAL DATA" in text
        assert "保密 — 个人信息" in text


def test_every_person_listed_and_chinese_names_extractable(rendered: Rendered) -> None:
    _, data, _, _, reader = rendered
    text = "\n".join(_text(p) for p in reader.pages)
    for p in data.people:
        assert p.chinese_name in text
        assert p.latin_name in text
        assert (p.document_number or "") in text
    assert "公安部 接收组" in text


def test_totals_printed_and_correct(rendered: Rendered) -> None:
    _, data, _, _, reader = rendered
    counts = totals(data.people)
    people = data.people
    assert counts["people"] == len(people)
    assert counts["men"] + counts["women"] + counts["sex_unknown"] == len(people)
    assert counts["minor"] == sum(p.flags.minor for p in people)
    assert counts["flagged"] == sum(
        p.flags.minor or p.flags.medical or p.flags.screened_victim or p.flags.pregnant
        or p.flags.travel_separately for p in people)
    last = _text(reader.pages[-1])
    for english, key in (("People", "people"), ("Men", "men"), ("Women", "women"),
                         ("Minors", "minor"), ("Screened victims", "victim"),
                         ("Flagged (any flag)", "flagged")):
        found = re.search(re.escape(f"/ {english}") + r"\s*\n\s*(\d+)", last)
        assert found, english
        assert int(found.group(1)) == counts[key], english


def test_payload_in_metadata_matches_digest(rendered: Rendered) -> None:
    _, data, path, info, reader = rendered
    meta = reader.metadata
    assert meta is not None
    payload = parse_qr_payload(str(meta["/Subject"]))
    assert payload.number == data.number
    assert payload.revision == data.revision
    assert payload.count == len(data.people)
    assert payload.digest == manifest_digest(data.people) == info.digest
    assert str(meta["/Subject"]) == qr_payload(data) == info.payload
    assert read_pdf_payload(path) == payload


def test_verify_succeeds_and_reports_changes(rendered: Rendered) -> None:
    _, data, path, _, _ = rendered
    people = list(data.people)
    ok = verify_manifest_pdf(path, people, expected_number=data.number,
                             expected_revision=data.revision)
    assert ok.ok, ok.mismatches
    removed = verify_manifest_pdf(path, people[:10] + people[11:])
    assert not removed.ok
    assert any("head count" in m for m in removed.mismatches)
    assert any("person list differs" in m for m in removed.mismatches)
    changed = list(people)
    changed[5] = dataclasses.replace(changed[5], document_number="X0000000")
    result = verify_manifest_pdf(path, changed)
    assert not result.ok
    assert result.mismatches == (
        "the person list differs (references, document numbers, dates of birth or order)",
        f"document numbers of expected people not printed: {people[5].ref} "
        "(refs as in the expected list)")
    swapped = [people[1], people[0], *people[2:]]
    assert not verify_manifest_pdf(path, swapped).ok
    wrong = verify_manifest_pdf(path, people, expected_number="M-OTHER", expected_revision=2)
    assert not wrong.ok and len(wrong.mismatches) == 2
    assert "does NOT match" in wrong.summary()


def test_fonts_embedded_truetype_no_type3_no_standard_fonts(rendered: Rendered) -> None:
    country, _, _, _, reader = rendered
    names: set[str] = set()
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
        for ref in fonts.values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType", font.get("/BaseFont")
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "/ToUnicode" in font
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    assert "DroidSansFallback" in names
    expected = Path(SCRIPT_FONT[country].regular_file).stem
    assert expected in names


def test_complex_script_glyphs_are_shaped_not_missing(rendered: Rendered) -> None:
    """Shaping output uses the fonts' own glyphs; .notdef (glyph 0) would mean tofu boxes."""
    country, data, _, _, _ = rendered
    for text in (data.place.name, *LABELS["title_crossing"].values()):
        assert missing_glyphs(text) == ""
    # every shipped script font is HarfBuzz-shapable
    from planner.reporting.fonts import ttfont

    assert ttfont(SCRIPT_FONT[country].regular).shapable


def test_every_label_character_is_in_the_cmap_of_its_font() -> None:
    checked = 0
    for key, lang, text in all_label_strings():
        for spec, run in text_runs(text):
            for ch in run:
                if ch.isspace():
                    continue
                assert covers(spec.regular, ch), (key, lang, ch, spec.script)
                assert covers(spec.bold, ch), (key, lang, ch, spec.script)
                checked += 1
        for word in text.split():
            # labels never need the "split a mixed word" fallback: printed exactly as written
            assert len(word_runs(word)) == 1, (key, lang, word)
    assert checked > 1500


def test_labels_complete_and_in_the_right_script() -> None:
    script_of = {"th": THAI, "lo": LAO, "km": KHMER, "my": MYANMAR, "zh": CJK}
    for key, entry in LABELS.items():
        assert set(entry) == set(LANGUAGES), key
        placeholders = set(re.findall(r"{\w+}", entry["en"]))
        for lang, text in entry.items():
            assert text.strip() == text and text, (key, lang)
            assert set(re.findall(r"{\w+}", text)) == placeholders, (key, lang)
            spec = script_of.get(lang)
            if spec is not None:
                assert any(s is spec for s, _ in text_runs(text)), (key, lang)
            else:
                assert all(s is LATIN for s, _ in text_runs(text)), (key, lang)


def test_mixed_script_word_gets_a_font_per_script() -> None:
    runs = word_runs("张伟สมชาย")
    assert [s for s, _ in runs] == [CJK, THAI]
    assert markup("张伟สมชาย").count("<font") == 2
    assert missing_glyphs("张伟สมชาย (ສົມພອນ) សុខ မောင် Nguyễn") == ""
    assert markup("a<b & c>") == '<font name="RP-Latin">a&lt;b &amp; c&gt;</font>'
    # decomposed Vietnamese is normalised to precomposed letters
    assert text_runs(unicodedata.normalize("NFD", "Nguyễn"))[0][1] == "Nguyễn"


def test_canonical_person_list_format_and_db_person() -> None:
    people = [
        ManifestPerson("P1", "张伟", "ZHANG Wei", "M", dt.date(1990, 1, 2), "CHN", "passport",
                       "E123"),
        ManifestPerson("P|2", "李娜", "LI Na", "F", None, "CHN", "none", None),
    ]
    assert canonical_person_list(people) == b"1|P1|E123|1990-01-02\n2|P%7C2||\n"
    db_people = [
        Person(ref="P1", latin_name="ZHANG Wei", sex=Sex.MALE, nationality="CHN", site_id=1,
               document_type=DocumentType.PASSPORT, document_number="E123",
               date_of_birth=dt.date(1990, 1, 2)),
        Person(ref="P|2", latin_name="LI Na", sex=Sex.FEMALE, nationality="CHN", site_id=1),
    ]
    assert manifest_digest(db_people) == manifest_digest(people)
    assert len(manifest_digest(people)) == 64


def test_payload_round_trip_and_rejections() -> None:
    data = sample_manifest(5, "THA")
    payload = parse_qr_payload(qr_payload(data))
    assert format_payload(payload) == qr_payload(data)
    assert qr_payload(data).startswith("REPATPLAN-MANIFEST|v1|M-THA-0314-01|r1|5|")
    for bad in ("", "hello", "REPATPLAN-MANIFEST|v2|M|r1|5|" + "0" * 64,
                "REPATPLAN-MANIFEST|v1|M|1|5|" + "0" * 64,
                "REPATPLAN-MANIFEST|v1|M|r1|x|" + "0" * 64,
                "REPATPLAN-MANIFEST|v1|M|r1|5|abc"):
        with pytest.raises(ValueError, match=r"payload|version|field"):
            parse_qr_payload(bad)


def test_verify_on_a_pdf_without_payload(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "other.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 100, "not a manifest")
    canvas.save()
    result = verify_manifest_pdf(path, sample_manifest(3).people)
    assert not result.ok
    assert "cannot read the manifest" in result.mismatches[0]


def test_flight_manifest_to_stream_and_place_without_partner() -> None:
    data = sample_manifest(12, "MMR", kind=ManifestKind.FLIGHT)
    buf = io.BytesIO()
    info = render_manifest(data, buf, confidential_note="Handle per agreement 7.")
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    text = _text(reader.pages[0])
    assert info.pages == len(reader.pages) == 2  # the signature block goes to page 2
    assert "Flight handover manifest" in text and "MU2034" in text
    assert "Handle per agreement 7." in text
    china = dataclasses.replace(sample_manifest(4, "THA"), place=Place("Kunming", "CHN"))
    buf = io.BytesIO()
    render_manifest(china, buf)
    text = _text(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    assert "边境移交人员名单 · Border handover manifest" in text
    with pytest.raises(ValueError, match="flight number"):
        dataclasses.replace(data, flight_number="")


def test_shaped_label_runs_have_no_notdef_glyph() -> None:
    """HarfBuzz shaping of every Thai/Lao/Khmer/Myanmar label run finds a real glyph for every
    cluster (glyph id 0 is .notdef, printed as a box)."""
    import uharfbuzz

    from planner.reporting.fonts import ttfont

    shaped = 0
    for key, lang, text in all_label_strings():
        for spec, run in text_runs(text):
            if spec not in (THAI, LAO, KHMER, MYANMAR):
                continue
            for face in (spec.regular, spec.bold):
                buf = uharfbuzz.Buffer()
                buf.add_str(run)
                buf.guess_segment_properties()
                uharfbuzz.shape(ttfont(face).hbFont(10), buf, {})
                assert all(info.codepoint != 0 for info in buf.glyph_infos), (key, lang, run)
                shaped += 1
    assert shaped > 150


def test_complex_script_paragraphs_are_shaped_and_others_are_not() -> None:
    from reportlab.pdfbase.ttfonts import ShapedStr

    from planner.reporting.styles import make_styles, para, tri

    styles = make_styles()

    def shaped(p: Any) -> bool:
        p.wrap(2000, 1000)
        return any(isinstance(getattr(frag, "text", None), ShapedStr)
                   for line in p.blPara.lines for frag in line.words)

    for lang in ("th", "lo", "km", "my"):
        assert shaped(para(LABELS["title_crossing"][lang], styles.title)), lang
        assert shaped(para(LABELS["confidential"][lang], styles.alert)), lang
    assert shaped(tri("col_document", "my", styles.head, sep="<br/>"))
    assert not shaped(para("张伟 ZHANG Wei Nguyễn Văn Hùng", styles.cell))


def test_qr_code_drawn_on_page_one_encodes_the_payload(rendered: Rendered) -> None:
    """Rebuild the QR module matrix from the filled rectangles on page 1 and compare it with a
    fresh encoding of the payload (so the printed code holds exactly that payload)."""
    from pypdf.generic import ContentStream
    from reportlab.graphics.barcode import qrencoder

    from planner.reporting.manifest import QR_BORDER, QR_LEVEL, QR_SIZE

    _, data, _, _, reader = rendered
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    qr.addData(qr_payload(data))
    qr.make()
    n = qr.getModuleCount()
    module = QR_SIZE / (n + 2 * QR_BORDER)
    ops = ContentStream(reader.pages[0].get_contents(), reader).operations
    dark: set[tuple[int, int]] = set()
    for (operands, op), (_, nxt) in itertools.pairwise(ops):
        if op != b"re" or nxt not in (b"f", b"f*"):
            continue
        x, y, w, h = (float(v) for v in operands)
        if abs(h - module * 1.05) > 1e-3:
            continue
        row = round((QR_SIZE - y) / module) - QR_BORDER - 1
        col = round(x / module) - QR_BORDER
        dark.update((row, col + i) for i in range(round(w / module)))
    expected = {(r, c) for r in range(n) for c in range(n) if qr.modules[r][c]}
    assert dark == expected
