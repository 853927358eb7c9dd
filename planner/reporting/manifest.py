"""Render a handover manifest to PDF (A4 landscape, ReportLab platypus).

A pure renderer: it takes a `ManifestData` and writes a PDF; it reads no database. Layout, the QR
payload and the fonts are described in docs/manifest.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from planner.reporting.digest import manifest_digest, qr_payload
from planner.reporting.fonts import LATIN, markup, needs_shaping
from planner.reporting.labels import (
    DOCUMENT_TAGS,
    MARKS,
    SEX_TAGS,
    partner_language,
    trilingual,
)
from planner.reporting.model import ManifestData, ManifestKind, ManifestPerson, ManifestRenderInfo
from planner.reporting.pages import (
    BOTTOM_BAND,
    MARGIN_X,
    PAGE_SIZE,
    TOP_BAND,
    PageText,
    numbered_canvas,
)
from planner.reporting.styles import (
    HEAD_BG,
    RULE,
    STRIPE,
    Styles,
    make_styles,
    para,
    tag_markup,
    tri,
    tri_markup,
    unshaped,
)

if TYPE_CHECKING:
    from reportlab.graphics.barcode.qr import QrCode

DEFAULT_CONFIDENTIAL_NOTE = (
    "For the officers of this handover only. Do not copy, photograph or forward; keep and destroy "
    "under the data-sharing agreement."
)

INNER_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
# sequence, name, sex, date of birth, nationality, document, case, batch, flags, seal (mm)
COLUMNS_MM = (9, 54, 13, 19, 15, 38, 30, 26, 43, 26)
COLUMN_KEYS = ("col_seq", "col_name", "col_sex", "col_dob", "col_nationality", "col_document",
               "col_case", "col_batch", "col_flags", "col_seal")
DASH = MARKS["dash"]
DOT = f"  {MARKS['dot']}  "
REV = MARKS["revision"]
CELL_SIZE = 7.2
QR_SIZE = 34 * mm
QR_BORDER = 2  # quiet zone, in modules
QR_LEVEL = "M"


def render_manifest(data: ManifestData, out: Path | str | BinaryIO, *,
                    confidential_note: str = DEFAULT_CONFIDENTIAL_NOTE) -> ManifestRenderInfo:
    """Write the manifest PDF to a path or binary stream; returns page count and digest."""
    styles = make_styles()
    partner = partner_language(data.place.country)
    payload = qr_payload(data)
    generated = data.generated_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    generated_text = generated.strftime("%Y-%m-%d %H:%M UTC")
    title_key = "title_flight" if data.kind is ManifestKind.FLIGHT else "title_crossing"
    page_text = PageText(
        title=tri_markup(title_key, partner, sep=DOT, bold=True),
        reference=markup(f"{data.number}  {REV}{data.revision}{DOT}{_when(data)}{DOT}"
                         f"{_place(data)}"),
        confidential=tri_markup("confidential", partner, sep=DOT, bold=True),
        note=markup(confidential_note) + DOT + tri_markup("generated", partner)
        + " " + markup(generated_text),
        partner=partner,
    )
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=TOP_BAND, bottomMargin=BOTTOM_BAND,
        title=f"Manifest {data.number} r{data.revision}", author="repatplan",
        subject=payload, keywords=payload, creator="repatplan",
    )
    story: list[Flowable] = [
        _header_block(data, styles, partner, payload, title_key, generated_text),
        Spacer(1, 3 * mm),
        _people_table(data.people, styles, partner),
        Spacer(1, 4 * mm),
        KeepTogether([_totals_and_escorts(data, styles, partner), Spacer(1, 4 * mm),
                      _signatures(data, styles, partner), Spacer(1, 2 * mm),
                      _digest_line(data, styles, partner, payload)]),
    ]
    counter: list[int] = []
    doc.build(story, canvasmaker=numbered_canvas(styles, page_text, counter))
    return ManifestRenderInfo(pages=counter[-1], digest=manifest_digest(data.people),
                              payload=payload, people=len(data.people))


def _ts(commands: list) -> TableStyle:
    """A table style whose plain-string cells use the embedded Latin font (not Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN.regular), *commands])


def _place(data: ManifestData) -> str:
    return f"{data.place.name} {MARKS['open']}{data.place.country}{MARKS['close']}"


def _when(data: ManifestData) -> str:
    time = f" {data.local_time.strftime('%H:%M')}" if data.local_time else ""
    return data.date.isoformat() + time


def _field(key: str, value: Paragraph | str, styles: Styles, partner: str | None) -> list:
    val = para(value, styles.value, bold=True) if isinstance(value, str) else value
    return [tri(key, partner, styles.label), val]


def _qr(payload: str, size: float) -> QrCode:
    """The QR code as a flowable drawn straight on the canvas (no graphics fonts involved).
    Imported here: reportlab's barcode package loads every symbology (~0.2 s at start-up)."""
    from reportlab.graphics.barcode.qr import QrCode

    return QrCode(payload, width=size, height=size, qrLevel=QR_LEVEL, qrBorder=QR_BORDER)


def _header_block(data: ManifestData, styles: Styles, partner: str | None, payload: str,
                  title_key: str, generated_text: str) -> Table:
    titles = trilingual(title_key, partner)
    title_cells = [para(titles[0], styles.title, bold=True)]
    title_cells += [para(t, styles.subtitle, bold=True) for t in titles[1:]]
    kind_value = tri_markup("kind_flight" if data.kind is ManifestKind.FLIGHT else "kind_crossing",
                            partner, bold=True)
    if data.kind is ManifestKind.FLIGHT:
        kind_value += "  " + markup(data.flight_number, bold=True)
    rows = [
        _field("operation", data.operation, styles, partner)
        + _field("manifest_no", f"{data.number}   {REV}{data.revision}", styles, partner)
        + _field("date_time", _when(data), styles, partner),
        _field("kind", Paragraph(kind_value, styles.value), styles, partner)
        + _field("place", _place(data), styles, partner)
        + _field("batches", f"{MARKS['comma']} ".join(data.batch_refs) or DASH, styles,
                 partner),
        _field("dispatching", f"{data.dispatching_agency}  {MARKS['onward']}", styles, partner)
        + _field("receiving", data.receiving_agency, styles, partner)
        + [tri("generated", partner, styles.label), para(generated_text, styles.value)],
    ]
    w = (INNER_WIDTH - 44 * mm) / 6
    grid = Table(rows, colWidths=[w * 0.75, w * 1.25] * 3)
    grid.setStyle(_ts([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    qr_size = QR_SIZE
    caption = Paragraph(markup(f"{data.number} {REV}{data.revision} {MARKS['dot']} "
                               f"{len(data.people)}"),
                        styles.small_c)
    qr_cell = Table([[_qr(payload, qr_size)], [caption]], colWidths=[qr_size + 4])
    qr_cell.setStyle(_ts([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    left = Table([[c] for c in title_cells] + [[grid]], colWidths=[INNER_WIDTH - 40 * mm])
    left.setStyle(_ts([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    outer = Table([[left, qr_cell]], colWidths=[INNER_WIDTH - 40 * mm, 40 * mm])
    outer.setStyle(_ts([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _plain_ok(text: str, width: float) -> bool:
    """A value that can go into a table cell as a plain string: Latin-1, fits its column."""
    return text.isascii() and stringWidth(text, LATIN.regular, CELL_SIZE) <= width - 5


def _person_row(seq: int, p: ManifestPerson, styles: Styles) -> list[Paragraph | str]:
    cell = styles.cell
    name = " ".join(x for x in (p.chinese_name.strip(), p.latin_name.strip()) if x) or DASH
    sex_zh, sex_code = SEX_TAGS.get(p.sex, ("", p.sex))
    doc_zh, doc_en = DOCUMENT_TAGS.get(p.document_type, ("", p.document_type))
    number = p.document_number or DASH
    doc = (markup(number, bold=True) + " " + markup(f"{doc_zh} {doc_en}"))
    tags = " ".join(tag_markup(k) for k in p.flags.names())
    dob = p.date_of_birth.isoformat() if p.date_of_birth else DASH
    row: list[Paragraph | str] = [
        str(seq), para(name, cell), para(f"{sex_zh} {sex_code}", cell), dob, p.nationality,
        Paragraph(doc, styles.cell if needs_shaping(number) else unshaped(cell)),
    ]
    for col, text in ((6, p.case_ref), (7, p.batch_ref)):
        row.append(text if text and _plain_ok(text, COLUMNS_MM[col] * mm) else
                   para(text or DASH, cell))
    row.append(Paragraph(tags, unshaped(cell)) if tags else "")
    seal = p.seal_number or DASH
    row.append(seal if _plain_ok(seal, COLUMNS_MM[9] * mm) else para(seal, cell))
    return row


def _people_table(people: Sequence[ManifestPerson], styles: Styles,
                  partner: str | None) -> Table:
    header = [tri(k, partner, styles.head, sep="<br/>", bold=True) for k in COLUMN_KEYS]
    rows = [header] + [_person_row(i, p, styles) for i, p in enumerate(people, start=1)]
    table = Table(rows, colWidths=[w * mm for w in COLUMNS_MM], repeatRows=1)
    table.setStyle(_ts([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 1), (-1, -1), LATIN.regular),
        ("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 1), (-1, -1), styles.cell.leading),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, STRIPE]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def totals(people: Sequence[ManifestPerson]) -> dict[str, int]:
    """Head counts printed in the totals block (keys are label keys)."""
    counts = {"people": len(people),
              "men": sum(p.sex == "M" for p in people),
              "women": sum(p.sex == "F" for p in people),
              "sex_unknown": sum(p.sex not in ("M", "F") for p in people)}
    for key in ("minor", "medical", "victim", "pregnant", "separate"):
        counts[key] = sum(key in p.flags.names() for p in people)
    counts["flagged"] = sum(p.flags.any for p in people)
    return counts


def _totals_and_escorts(data: ManifestData, styles: Styles, partner: str | None) -> Table:
    counts = totals(data.people)
    trows: list[list] = [[tri("totals", partner, styles.section, bold=True), "", ""]]
    for key, value in counts.items():
        tag = Paragraph(tag_markup(key), styles.small) if key in (
            "minor", "medical", "victim", "pregnant", "separate") else ""
        trows.append([tag, tri(key, partner, styles.cell), para(str(value), styles.value,
                                                                  bold=True)])
    tw = 130 * mm
    ttable = Table(trows, colWidths=[30 * mm, tw - 45 * mm, 15 * mm])
    ttable.setStyle(_ts([
        ("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("ALIGN", (2, 1), (2, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    ew = INNER_WIDTH - tw - 6 * mm
    etable = _escorts_table(data, styles, partner, ew)
    outer = Table([[ttable, "", etable]], colWidths=[tw, 6 * mm, ew])
    outer.setStyle(_ts([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


ESCORT_KEYS = ("col_seq", "escort_name", "escort_id", "escort_agency", "escort_role")


def _escorts_table(data: ManifestData, styles: Styles, partner: str | None,
                   width: float) -> Table:
    """The escort list (No., name, ID, agency, role), with a warning line when the plan requires
    more escorts than are listed."""
    erows: list[list] = [[tri("escorts", partner, styles.section, bold=True), "", "", "", ""],
                         [tri(k, partner, styles.head, sep="<br/>", bold=True)
                          for k in ESCORT_KEYS]]
    for i, e in enumerate(data.escorts, start=1):
        erows.append([Paragraph(str(i), styles.cell_c), para(e.name, styles.cell),
                      para(e.id_number, styles.cell), para(e.agency or DASH, styles.cell),
                      para(e.role or DASH, styles.cell)])
    if not data.escorts:
        erows.append(["", para(DASH, styles.cell), "", "", ""])
    commands = [
        ("SPAN", (0, 0), (-1, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD_BG),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if data.escorts_missing:
        erows.append([tri("escorts_short", partner, styles.alert, sep=DOT, bold=True,
                          listed=len(data.escorts), required=data.required_escorts),
                      "", "", "", ""])
        commands.append(("SPAN", (0, -1), (-1, -1)))
    rest = width - 10 * mm
    etable = Table(erows, colWidths=[10 * mm, rest * 0.27, rest * 0.19, rest * 0.32,
                                     rest * 0.22])
    etable.setStyle(_ts(commands))
    return etable


def _signature_box(title_key: str, agency: str, styles: Styles, partner: str | None,
                   width: float) -> Table:
    rows: list[list] = [[tri(title_key, partner, styles.cell, bold=True), ""],
                        [para(agency, styles.small) if agency else "", ""]]
    for key in ("sig_name", "sig_id", "signature", "sig_datetime"):
        rows.append([tri(key, partner, styles.label, sep="<br/>"), ""])
    heights = [None, None, 11 * mm, 11 * mm, 15 * mm, 11 * mm]
    box = Table(rows, colWidths=[width * 0.36, width * 0.64], rowHeights=heights)
    box.setStyle(_ts([
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
        ("VALIGN", (0, 2), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 2), (1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return box


def _signatures(data: ManifestData, styles: Styles, partner: str | None) -> Table:
    gap = 5 * mm
    w = (INNER_WIDTH - 2 * gap) / 3
    boxes = [_signature_box("dispatching_officer", data.dispatching_agency, styles, partner, w),
             _signature_box("receiving_officer", data.receiving_agency, styles, partner, w),
             _signature_box("witness", "", styles, partner, w)]
    outer = Table([[boxes[0], "", boxes[1], "", boxes[2]]], colWidths=[w, gap, w, gap, w])
    outer.setStyle(_ts([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _digest_line(data: ManifestData, styles: Styles, partner: str | None,
                 payload: str) -> Paragraph:
    colon = MARKS["colon"]  # separators are plain text in the style's (Latin) font
    return Paragraph(tri_markup("digest", partner) + f"{colon} "
                     + markup(manifest_digest(data.people)) + f"{DOT}{MARKS['qr']}{colon} "
                     + markup(payload), styles.small)
