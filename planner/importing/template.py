"""The blank persons template (XLSX): header row and an instructions sheet."""

from __future__ import annotations

from pathlib import Path

from planner.importing.person_rules import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    TEMPLATE_COLUMNS,
)
from planner.importing.tabular import DATE_FORMATS_DOC

__all__ = ["COLUMN_HELP", "OPTIONAL_COLUMNS", "TEMPLATE_COLUMNS", "write_template"]

_DATES = ", ".join(DATE_FORMATS_DOC)

#: One line of help per column, shown on the instructions sheet and in docs/import.md.
COLUMN_HELP: dict[str, str] = {
    "person_ref": "Required. Your unique reference of the person; re-importing it updates.",
    "family_name": "Family name in the native script (e.g. 王).",
    "given_name": "Given name in the native script (e.g. 伟).",
    "latin_name": "Required. Name in Latin letters as in the document: SURNAME Given.",
    "sex": "Required. M, F or X (male, female, 男, 女 accepted).",
    "date_of_birth": f"Required. A date cell or text {_DATES}. Not in the future, not before "
                     "1900.",
    "nationality": "Required. ISO 3166-1 alpha-3 code, e.g. CHN.",
    "document_type": "passport, etc (emergency travel certificate), national_id or none "
                     "(empty = none).",
    "document_number": "Required unless document_type is none. Unique across people.",
    "document_expiry": "Date. Must not be before the ready date (or today).",
    "document_country": "Issuing country, ISO alpha-3.",
    "mrz": "The two 44-character passport MRZ lines (TD3); check digits and fields are "
           "compared with the other columns.",
    "site": "Required. Code of the holding site where the person is held.",
    "batch_ref": "Batch reference; a new one is created at the person's site.",
    "case_ref": "Case reference; people sharing a case may be kept together.",
    "province": "Household-registration province; must be served by a receiving point.",
    "flags": "';'-separated: minor, medical, victim, pregnant, separate.",
    "ready_date": "Date all readiness steps are done (used for every step without its own "
                  "column).",
    "notes": "Free text, at most 2000 characters.",
    "family_ref": "Optional column. Family reference: members travel together.",
    "medical_note": "Optional column. Medical note (not exported to partners).",
    "screening": "Optional column. not_screened, screened_suspect or screened_victim.",
    "separate_from": "Optional column. ';'-list of person_refs who must not travel with "
                     "this person.",
    "identity_verified": "Optional column. Date identity and nationality were verified.",
    "document_issued": "Optional column. Date the travel document was issued.",
    "exit_clearance": "Optional column. Date of the transit country's exit clearance.",
    "fit_to_travel": "Optional column. Date the person was found fit to travel.",
}

_WIDTHS = {"latin_name": 28, "mrz": 48, "notes": 40, "flags": 20, "separate_from": 20}


def write_template(path: str | Path) -> Path:
    """Write the blank XLSX template: a "persons" sheet (bold, frozen header, sized columns)
    and an "instructions" sheet describing each column and the flag values."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    out = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "persons"
    bold = Font(bold=True)
    ws.append(list(TEMPLATE_COLUMNS))
    for i, name in enumerate(TEMPLATE_COLUMNS, start=1):
        ws.cell(row=1, column=i).font = bold
        ws.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(name, max(14, len(name) + 3))
    ws.freeze_panes = "A2"

    info = wb.create_sheet("instructions")
    info.append(["column", "required", "what to write"])
    for c in info[1]:
        c.font = bold
    for name in (*TEMPLATE_COLUMNS, *OPTIONAL_COLUMNS):
        info.append([name, "yes" if name in REQUIRED_COLUMNS else "", COLUMN_HELP[name]])
    info.append([])
    info.append(["flags", "", "minor: under 18 on the ready date; medical: needs medical care; "
                 "victim: screened as a trafficking victim; pregnant: only for sex F; "
                 "separate: travels apart from others"])
    info.append(["dates", "", f"Real date cells, or text {_DATES}. Two-digit years and "
                 "impossible dates (2025-02-30) are rejected."])
    info.append(["headers", "", "Case-insensitive, any order; extra columns are ignored, "
                 "as is an 'errors' column from a rejected-rows file."])
    info.column_dimensions["A"].width = 20
    info.column_dimensions["B"].width = 10
    info.column_dimensions["C"].width = 100
    for row in info.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    info.freeze_panes = "A2"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
