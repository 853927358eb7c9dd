"""What the import wizard shows about columns: the template columns' labels (translated), the
problems' fixed wording (translated where it is fixed), the columns of the file that are
ignored with the template column each one looks like, and the matches kept when the user
chooses a corrected file again.

The problems come from `planner/` as English text; those with a value inside (duplicate
rows, unknown codes, dates) stay English, the fixed ones are translated here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.importing.person_rules import KNOWN_COLUMNS, normalise_header
from ui.i18n import translate_in

IGNORE = ""


def tr(text: str) -> str:
    """Module-level tr(): pyside6-lupdate files these strings under the empty context."""
    return QCoreApplication.translate("", text)


_LABEL_MARKERS: dict[str, object] = {
    "person_ref": QT_TRANSLATE_NOOP("ImportColumns", "Person reference"),
    "family_name": QT_TRANSLATE_NOOP("ImportColumns", "Family name (native)"),
    "given_name": QT_TRANSLATE_NOOP("ImportColumns", "Given name (native)"),
    "latin_name": QT_TRANSLATE_NOOP("ImportColumns", "Latin name"),
    "sex": QT_TRANSLATE_NOOP("ImportColumns", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportColumns", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("ImportColumns", "Nationality"),
    "document_type": QT_TRANSLATE_NOOP("ImportColumns", "Document type"),
    "document_number": QT_TRANSLATE_NOOP("ImportColumns", "Document number"),
    "document_expiry": QT_TRANSLATE_NOOP("ImportColumns", "Document expiry"),
    "document_country": QT_TRANSLATE_NOOP("ImportColumns", "Issuing country"),
    "mrz": QT_TRANSLATE_NOOP("ImportColumns", "MRZ"),
    "site": QT_TRANSLATE_NOOP("ImportColumns", "Holding site"),
    "batch_ref": QT_TRANSLATE_NOOP("ImportColumns", "Batch"),
    "case_ref": QT_TRANSLATE_NOOP("ImportColumns", "Case"),
    "province": QT_TRANSLATE_NOOP("ImportColumns", "Province"),
    "flags": QT_TRANSLATE_NOOP("ImportColumns", "Flags"),
    "ready_date": QT_TRANSLATE_NOOP("ImportColumns", "Ready date"),
    "notes": QT_TRANSLATE_NOOP("ImportColumns", "Notes"),
    "family_ref": QT_TRANSLATE_NOOP("ImportColumns", "Keep-together group"),
    "medical_note": QT_TRANSLATE_NOOP("ImportColumns", "Medical note"),
    "screening": QT_TRANSLATE_NOOP("ImportColumns", "Trafficking screening"),
    "separate_from": QT_TRANSLATE_NOOP("ImportColumns", "Keep apart from"),
    "identity_verified": QT_TRANSLATE_NOOP("ImportColumns", "Identity verified"),
    "document_issued": QT_TRANSLATE_NOOP("ImportColumns", "Travel document issued"),
    "exit_clearance": QT_TRANSLATE_NOOP("ImportColumns", "Exit clearance"),
    "fit_to_travel": QT_TRANSLATE_NOOP("ImportColumns", "Fit to travel"),
}
#: Template column → its label (translated where shown, context "ImportColumns").
COLUMN_LABELS: dict[str, str] = {col: str(text) for col, text in _LABEL_MARKERS.items()}
assert set(COLUMN_LABELS) == set(KNOWN_COLUMNS)

#: The problems without a value inside (planner/importing/person_rules.py, person_checks.py).
FIXED_REASONS = (
    QT_TRANSLATE_NOOP("ImportReasons", "date of birth is in the future"),
    QT_TRANSLATE_NOOP("ImportReasons", "date of birth is before 1900"),
    QT_TRANSLATE_NOOP("ImportReasons",
                      "not an ISO 3166-1 alpha-3 country code (e.g. CHN, MMR, THA)"),
    QT_TRANSLATE_NOOP("ImportReasons", "sex must be M, F or X (male/female/男/女 accepted)"),
    QT_TRANSLATE_NOOP("ImportReasons", "a document number is required for a passport"),
    QT_TRANSLATE_NOOP("ImportReasons", "a document number is given but the document type is "
                                       "none (or empty)"),
    QT_TRANSLATE_NOOP("ImportReasons", "document type must be passport, etc (emergency "
                                       "travel certificate), national_id or none"),
    QT_TRANSLATE_NOOP("ImportReasons", "a two-digit year is ambiguous: write the year in full"),
    QT_TRANSLATE_NOOP("ImportReasons",
                      "unknown site code (no holding site with this code in the database)"),
    QT_TRANSLATE_NOOP("ImportReasons", "no receiving point serves this province"),
    QT_TRANSLATE_NOOP("ImportReasons", "batch exists at a different site"),
    QT_TRANSLATE_NOOP("ImportReasons", "flag pregnant on a person whose sex is not F"),
    QT_TRANSLATE_NOOP("ImportReasons", "a person cannot be kept apart from themselves"),
    QT_TRANSLATE_NOOP("ImportReasons",
                      "screening must be not_screened, screened_suspect or screened_victim"),
)
_REQUIRED = re.compile(r"^(\w+) is required$")


def column_label(column: str) -> str:
    """The translated label of a template column ("Date of birth"); the name if unknown."""
    english = COLUMN_LABELS.get(column)
    return translate_in("ImportColumns", english) if english else column


def column_title(column: str, header: str | None = None) -> str:
    """The label with the template name, "Date of birth · date_of_birth"; given the header
    as in the file, the label with that header when the two differ: "Document number
    (Passport No.)", "出生日期 (date of birth)", "Sex"."""
    label = column_label(column)
    if header is None:
        return f"{label} · {column}"
    shown = header or column
    return label if normalise_header(label) == normalise_header(shown) else f"{label} ({shown})"


def reason_text(reason: str) -> str:
    """A problem in the interface's language where its wording is fixed ("<column> is
    required" names the column's label); problems with values inside stay as they are."""
    m = _REQUIRED.match(reason)
    if m is not None and m[1] in COLUMN_LABELS:
        return tr("%1 is required").replace("%1", column_label(m[1]))
    return translate_in("ImportReasons", reason)


def ignored_html(ignored: Sequence[str], suggested: Mapping[str, str]) -> str:
    """Rich text: "These columns will be ignored: 'Passport No.' (looks like Document
    number — match it on the previous page), …"; "" when every column is read."""
    if not ignored:
        return ""
    parts = []
    for header in ignored:
        part = f"<b>“{escape(header)}”</b>"
        if header in suggested:
            part += " " + escape(tr("(looks like %1)").replace(
                "%1", column_title(suggested[header])))
        parts.append(part)
    text = escape(tr("These columns will be ignored: %1")
                  ).replace("%1", ", ".join(parts))
    if suggested:
        text += "<br>" + escape(tr(
            "Use the suggested matches, or go Back and match the columns."))
    return text


def carry_over(previous: Mapping[str, str], previous_headers: Sequence[str],
               headers: Sequence[str], found: Mapping[str, str]) -> dict[str, str]:
    """The matches for a file chosen again (e.g. corrected after Back): the user's match of
    a column is kept when its header is still in the file, a column the user left unmatched
    stays so when its header was there before; the rest is matched by name (`found`).
    A header is never matched to two columns."""
    now = {h for h in headers if h.strip()}
    before = set(previous_headers)
    out: dict[str, str] = {}
    for col, header in previous.items():
        if header and header in now:
            out[col] = header
        elif not header and found.get(col) in before:
            out[col] = IGNORE  # unmatched on purpose before: not matched again
    taken = set(out.values())
    for col, header in found.items():
        if col not in out and header not in taken:
            out[col] = header
            taken.add(header)
    return out
