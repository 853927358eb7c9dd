"""Headers a partner's list may use for a template column: aliases ("Passport No.", "DOB",
"护照号码") and near misses ("Natinality"), suggested to the user for columns the import would
otherwise ignore. Never applied without the user."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from planner.importing.person_rules import KNOWN_COLUMNS

#: Headers partners often use for a template column, compared as :func:`_compact` forms
#: (lower case, letters and digits only). Only suggested to the user, never applied.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "person_ref": ("ref", "reference", "personid", "personno", "personnumber", "编号",
                   "人员编号"),
    "family_name": ("surname", "lastname", "familyname", "姓"),
    "given_name": ("firstname", "givennames", "forename", "名"),
    "latin_name": ("name", "fullname", "nameinpassport", "passportname", "englishname",
                   "nameinlatin", "姓名拼音", "拼音姓名", "英文姓名"),
    "sex": ("gender", "性别"),
    "date_of_birth": ("dob", "birthdate", "birthday", "dateofbirth", "born", "出生日期",
                      "生日"),
    "nationality": ("citizenship", "nation", "国籍"),
    "document_type": ("doctype", "documenttype", "typeofdocument", "证件类型"),
    "document_number": ("passportno", "passportnumber", "passportnum", "passport", "docno",
                        "docnumber", "documentno", "traveldocumentnumber", "etcnumber",
                        "etcno", "idnumber", "idno", "护照号码", "护照号", "证件号码", "证件号"),
    "document_expiry": ("expiry", "expirydate", "dateofexpiry", "passportexpiry",
                        "validuntil", "expires", "有效期至", "证件有效期"),
    "document_country": ("issuingcountry", "countryofissue", "issuedby", "签发国"),
    "site": ("holdingsite", "sitecode", "center", "centre", "detentioncentre",
             "detentioncenter", "羁押场所"),
    "batch_ref": ("batch", "batchno", "batchnumber", "批次"),
    "case_ref": ("case", "caseno", "casenumber", "案件编号"),
    "province": ("hukouprovince", "homeprovince", "户籍省份", "省份"),
    "notes": ("remarks", "comments", "comment", "note", "备注"),
    "medical_note": ("medical", "medicalnotes", "health", "医疗备注"),
}


def _compact(text: str) -> str:
    return "".join(ch for ch in str(text).lower() if ch.isalnum())


_ALIAS_TO_COLUMN = {_compact(a): c for c, aliases in HEADER_ALIASES.items() for a in aliases}
_COMPACT_COLUMNS = {_compact(c): c for c in KNOWN_COLUMNS}


def suggest_column(header: str, taken: Iterable[str] = ()) -> str | None:
    """The template column an ignored header probably means ("Passport No." →
    document_number, "DOB" → date_of_birth, "Natinality" → nationality), or None. Columns in
    `taken` (already read from another header) are never suggested."""
    used = set(taken)
    key = _compact(header)
    if not key:
        return None
    found = _COMPACT_COLUMNS.get(key) or _ALIAS_TO_COLUMN.get(key)
    if found is None:
        close = difflib.get_close_matches(key, [*_COMPACT_COLUMNS, *_ALIAS_TO_COLUMN], n=1,
                                          cutoff=0.85)
        if close:
            found = _COMPACT_COLUMNS.get(close[0]) or _ALIAS_TO_COLUMN[close[0]]
    return found if found is not None and found not in used else None


def suggest_columns(headers: Iterable[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """{ignored header: the column it probably is}, each column suggested once at most."""
    used = set(taken)
    out: dict[str, str] = {}
    for header in headers:
        column = suggest_column(header, used)
        if column is not None:
            out[header] = column
            used.add(column)
    return out
