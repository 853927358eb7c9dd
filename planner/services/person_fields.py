"""The person fields the detail editor changes: which they are, their check by the same rules
as an import row (plus, with a session, the database's: document number unique, province
served), and their normalisation to the stored form. Used by `planner.services.edits`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from planner.db.models import Person, ReceivingProvince
from planner.domain.enums import DocumentType, Screening, Sex
from planner.importing.person_rules import STEP_COLUMNS, parse_row
from planner.services.locking import conn_of

P = Person.__table__  # type: ignore[attr-defined]
RPV = ReceivingProvince.__table__  # type: ignore[attr-defined]

#: Person attribute → import template column, for the fields the detail editor changes.
EDITABLE_FIELDS: dict[str, str] = {
    "family_name": "family_name", "given_name": "given_name", "latin_name": "latin_name",
    "sex": "sex", "date_of_birth": "date_of_birth", "nationality": "nationality",
    "document_type": "document_type", "document_number": "document_number",
    "document_expiry": "document_expiry", "document_country": "document_country",
    "mrz": "mrz", "case_ref": "case_ref", "province": "province", "family_ref": "family_ref",
    "medical": "", "medical_note": "medical_note", "screening": "screening",
    "pregnant": "", "travel_separately": "", "notes": "notes",
}
#: Readiness steps: Person attribute → import column.
STEP_FIELDS: dict[str, str] = {attr: col for col, attr in STEP_COLUMNS.items()}
_COLUMN_TO_FIELD = {c: a for a, c in EDITABLE_FIELDS.items() if c} | {"flags": "flags"}


def _v(x: Any) -> Any:
    return getattr(x, "value", x)


def validate_person(values: Mapping[str, Any], *, today: dt.date,
                    session: Session | None = None, person_id: int | None = None
                    ) -> dict[str, list[str]]:
    """Messages per Person attribute ({} = valid), by the same rules as an import row (MRZ
    check digits and agreement, dates, codes, lengths, flags), plus, with a session, the
    database checks (document number unique, province served)."""
    flags = [f for f, on in (("medical", values.get("medical")),
                             ("pregnant", values.get("pregnant")),
                             ("separate", values.get("travel_separately"))) if on]
    row: dict[str, Any] = {c: _v(values.get(a)) for a, c in EDITABLE_FIELDS.items() if c}
    row.update(person_ref=values.get("ref") or "?", site="-", flags=";".join(flags))
    for attr, column in STEP_FIELDS.items():
        row[column] = values.get(attr)
    present = frozenset(row)
    _rec, issues = parse_row(0, row, present, today)
    out: dict[str, list[str]] = {}
    for issue in issues:
        name = _COLUMN_TO_FIELD.get(issue.column, STEP_COLUMNS.get(issue.column, issue.column))
        out.setdefault(name, []).append(issue.reason)
    if session is not None:
        number = "".join(str(values.get("document_number") or "").split()).upper()
        if number:
            owner = conn_of(session).execute(
                select(P.c.ref).where(P.c.document_number == number, P.c.id != person_id)
            ).first()
            if owner is not None:
                out.setdefault("document_number", []).append(
                    f"document number already belongs to person {owner.ref}")
        province = str(values.get("province") or "")
        if province:
            known = {str(p).lower() for p in conn_of(session).execute(
                select(RPV.c.province)).scalars()}
            if known and province.lower() not in known:
                out.setdefault("province", []).append("no receiving point serves this province")
    return out

def normalise(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values as stored: enums from their strings, codes upper-case, '' → None where
    the column is nullable."""
    out = dict(changes)
    for attr, kind in (("sex", Sex), ("document_type", DocumentType), ("screening", Screening)):
        if attr in out and out[attr] is not None:
            out[attr] = kind(_v(out[attr]))
    for attr in ("nationality", "document_country", "document_number", "mrz"):
        if attr in out and isinstance(out[attr], str):
            text = out[attr].strip().upper()
            if attr == "document_number":
                text = "".join(text.split())
            out[attr] = text or (None if attr != "nationality" else "")
    for attr in ("family_name", "given_name", "latin_name", "case_ref", "province",
                 "family_ref", "medical_note", "notes"):
        if attr in out and isinstance(out[attr], str):
            out[attr] = out[attr].strip()
    return out
