"""Columns of a persons file and the checks that need only the row itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.domain.countries import ISO_ALPHA3
from planner.domain.enums import DocumentType, Flag, Screening, Sex
from planner.domain.mrz import check_td3, normalise, parse_td3, yymmdd
from planner.importing.report import RowIssue
from planner.importing.tabular import DateError, cell_text, parse_date

#: The columns of the template, in order.
TEMPLATE_COLUMNS: tuple[str, ...] = (
    "person_ref", "family_name", "given_name", "latin_name", "sex", "date_of_birth",
    "nationality", "document_type", "document_number", "document_expiry", "document_country",
    "mrz", "site", "batch_ref", "case_ref", "province", "flags", "ready_date", "notes",
)
#: The readiness steps: column name → Person attribute.
STEP_COLUMNS: dict[str, str] = {
    "identity_verified": "identity_verified_on",
    "document_issued": "document_issued_on",
    "exit_clearance": "exit_clearance_on",
    "fit_to_travel": "fit_to_travel_on",
}
#: Optional columns understood besides the template's.
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "family_ref", "medical_note", "screening", "separate_from", *STEP_COLUMNS,
)
KNOWN_COLUMNS: tuple[str, ...] = (*TEMPLATE_COLUMNS, *OPTIONAL_COLUMNS)
REQUIRED_COLUMNS: tuple[str, ...] = (
    "person_ref", "latin_name", "sex", "date_of_birth", "nationality", "site",
)
#: The column written with the reasons of rejected rows; ignored when importing.
ERRORS_COLUMN = "errors"
DATE_COLUMNS = ("date_of_birth", "document_expiry", "ready_date", *STEP_COLUMNS)
EARLIEST_BIRTH = dt.date(1900, 1, 1)

MAX_LENGTH: dict[str, int] = {
    "person_ref": 64, "family_name": 100, "given_name": 100, "latin_name": 200,
    "document_number": 32, "site": 32, "batch_ref": 64, "case_ref": 64, "province": 64,
    "family_ref": 64, "medical_note": 1000, "notes": 2000,
}
SEX_WORDS: dict[str, Sex] = {
    "m": Sex.MALE, "male": Sex.MALE, "男": Sex.MALE,
    "f": Sex.FEMALE, "female": Sex.FEMALE, "女": Sex.FEMALE,
    "x": Sex.UNKNOWN,
}
DOCUMENT_WORDS: dict[str, DocumentType] = {
    "passport": DocumentType.PASSPORT,
    "etc": DocumentType.EMERGENCY_TRAVEL_CERTIFICATE,
    "emergency travel certificate": DocumentType.EMERGENCY_TRAVEL_CERTIFICATE,
    "emergency_travel_certificate": DocumentType.EMERGENCY_TRAVEL_CERTIFICATE,
    "national_id": DocumentType.NATIONAL_ID,
    "national id": DocumentType.NATIONAL_ID,
    "none": DocumentType.NONE,
    "": DocumentType.NONE,
}
SCREENING_WORDS: dict[str, Screening] = {
    "not_screened": Screening.NOT_SCREENED, "not screened": Screening.NOT_SCREENED,
    "screened_suspect": Screening.SUSPECT, "suspect": Screening.SUSPECT,
    "screened_victim": Screening.VICTIM, "victim": Screening.VICTIM,
}
FLAG_VALUES = tuple(f.value for f in Flag)


def normalise_header(header: str) -> str:
    """Header cells match case-insensitively, trimmed, with spaces taken as underscores."""
    return "_".join(str(header).strip().lower().split())


def split_list(text: str) -> list[str]:
    """A `;`-separated list (commas accepted too), trimmed, without empty items."""
    return [p.strip() for p in text.replace(",", ";").split(";") if p.strip()]


@dataclass
class PersonRecord:
    """One valid-looking row, with its values converted to domain types."""

    row: int
    ref: str
    latin_name: str
    sex: Sex
    date_of_birth: dt.date
    nationality: str
    site: str
    family_name: str = ""
    given_name: str = ""
    document_type: DocumentType = DocumentType.NONE
    document_number: str | None = None
    document_expiry: dt.date | None = None
    document_country: str | None = None
    mrz: str | None = None
    batch_ref: str = ""
    case_ref: str = ""
    province: str = ""
    flags: frozenset[Flag] = frozenset()
    steps: dict[str, dt.date | None] = field(default_factory=dict)  # Person attribute → date
    notes: str = ""
    family_ref: str = ""
    medical_note: str = ""
    screening: Screening = Screening.NOT_SCREENED
    separate_from: list[str] = field(default_factory=list)

    def ready_on(self) -> dt.date | None:
        """The day every readiness step is done, if each has a date."""
        dates = [self.steps.get(a) for a in STEP_COLUMNS.values()]
        if any(d is None for d in dates):
            return None
        return max(d for d in dates if d is not None)


def age_on(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class RowParser:
    """Converts and checks one row; collects RowIssues in `issues`."""

    def __init__(self, row: int, values: dict[str, Any], present: frozenset[str],
                 today: dt.date) -> None:
        self.row = row
        self.values = values
        self.present = present
        self.today = today
        self.issues: list[RowIssue] = []

    def bad(self, column: str, reason: str) -> None:
        self.issues.append(RowIssue(self.row, column, self.values.get(column), reason))

    def text(self, column: str) -> str:
        value = cell_text(self.values.get(column))
        limit = MAX_LENGTH.get(column)
        if limit is not None and len(value) > limit:
            self.bad(column, f"longer than {limit} characters")
        return value

    def date(self, column: str) -> dt.date | None:
        try:
            return parse_date(self.values.get(column))
        except DateError as e:
            self.bad(column, str(e))
            return None

    def country(self, column: str) -> str:
        code = self.text(column).upper()
        if code and code not in ISO_ALPHA3:
            self.bad(column, "not an ISO 3166-1 alpha-3 country code (e.g. CHN, MMR, THA)")
        return code

    def parse(self) -> PersonRecord:
        for col in REQUIRED_COLUMNS:
            if not cell_text(self.values.get(col)):
                self.bad(col, f"{col} is required")
        ref = self.text("person_ref")
        latin = self.text("latin_name")
        sex = self._sex()
        born = self._birth()
        nationality = self.country("nationality")
        site = self.text("site").upper()
        doc_type, doc_number = self._document()
        expiry = self.date("document_expiry")
        doc_country = self.country("document_country") or None
        flags = self._flags()
        steps = self._steps()
        rec = PersonRecord(
            row=self.row, ref=ref, latin_name=latin, sex=sex or Sex.UNKNOWN,
            date_of_birth=born or dt.date.min, nationality=nationality, site=site,
            family_name=self.text("family_name"), given_name=self.text("given_name"),
            document_type=doc_type, document_number=doc_number, document_expiry=expiry,
            document_country=doc_country, batch_ref=self.text("batch_ref"),
            case_ref=self.text("case_ref"), province=self.text("province"), flags=flags,
            steps=steps, notes=self.text("notes"), family_ref=self.text("family_ref"),
            medical_note=self.text("medical_note"),
            separate_from=split_list(self.text("separate_from")),
        )
        rec.screening = self._screening(flags)
        self._cross_checks(rec, sex, born)
        if rec.ref and rec.ref in rec.separate_from:
            self.bad("separate_from", "a person cannot be kept apart from themselves")
        return rec

    def _sex(self) -> Sex | None:
        raw = self.text("sex")
        if not raw:
            return None
        sex = SEX_WORDS.get(raw.lower())
        if sex is None:
            self.bad("sex", "sex must be M, F or X (male/female/男/女 accepted)")
        return sex

    def _birth(self) -> dt.date | None:
        born = self.date("date_of_birth")
        if born is None:
            return None
        if born > self.today:
            self.bad("date_of_birth", "date of birth is in the future")
            return None
        if born < EARLIEST_BIRTH:
            self.bad("date_of_birth", "date of birth is before 1900")
            return None
        return born

    def _document(self) -> tuple[DocumentType, str | None]:
        raw = self.text("document_type")
        doc_type = DOCUMENT_WORDS.get(" ".join(raw.lower().split()))
        number = "".join(self.text("document_number").split()).upper() or None
        if doc_type is None:
            self.bad("document_type", "document type must be passport, etc (emergency travel "
                                      "certificate), national_id or none")
            return DocumentType.NONE, number
        if doc_type != DocumentType.NONE and number is None:
            self.bad("document_number", f"a document number is required for a {raw.lower()}")
        if doc_type == DocumentType.NONE and number is not None:
            self.bad("document_type", "a document number is given but the document type is "
                                      "none (or empty)")
        return doc_type, number

    def _flags(self) -> frozenset[Flag]:
        flags: set[Flag] = set()
        for item in split_list(self.text("flags")):
            try:
                flags.add(Flag(item.lower()))
            except ValueError:
                self.bad("flags", f"unknown flag {item!r} (allowed: {', '.join(FLAG_VALUES)})")
        return frozenset(flags)

    def _steps(self) -> dict[str, dt.date | None]:
        ready = self.date("ready_date")
        steps: dict[str, dt.date | None] = {}
        for col, attr in STEP_COLUMNS.items():
            day = self.date(col) if col in self.present else None
            steps[attr] = day if day is not None else ready
        return steps

    def _screening(self, flags: frozenset[Flag]) -> Screening:
        raw = " ".join(self.text("screening").lower().split())
        if not raw:
            return Screening.VICTIM if Flag.VICTIM in flags else Screening.NOT_SCREENED
        value = SCREENING_WORDS.get(raw)
        if value is None:
            self.bad("screening", "screening must be not_screened, screened_suspect or "
                                  "screened_victim")
            return Screening.NOT_SCREENED
        if Flag.VICTIM in flags and value != Screening.VICTIM:
            self.bad("screening", f"flag victim contradicts screening {value.value}")
        return value

    def _cross_checks(self, rec: PersonRecord, sex: Sex | None, born: dt.date | None) -> None:
        on = rec.ready_on()
        judged = on or self.today
        if Flag.PREGNANT in rec.flags and sex is not None and sex != Sex.FEMALE:
            self.bad("flags", "flag pregnant on a person whose sex is not F")
        if Flag.MINOR in rec.flags and born is not None and age_on(born, judged) >= 18:
            self.bad("flags", f"flag minor, but the person is {age_on(born, judged)} on "
                              f"{judged.isoformat()} (date of birth {born.isoformat()})")
        if rec.document_expiry is not None and rec.document_expiry < judged:
            when = f"the ready date {on.isoformat()}" if on else "today"
            self.bad("document_expiry", f"document expires before travel (before {when})")
        raw_mrz = self.text("mrz")
        if raw_mrz:
            rec.mrz = self._mrz(raw_mrz, rec, sex, born)

    def _mrz(self, raw: str, rec: PersonRecord, sex: Sex | None,
             born: dt.date | None) -> str | None:
        text = normalise(raw.upper())
        reasons = check_td3(text)
        for reason in reasons:
            self.bad("mrz", f"MRZ: {reason}")
        if any("two lines" in r or "not allowed" in r for r in reasons):
            return None
        td = parse_td3(text)
        if rec.document_number is not None and td.number != rec.document_number:
            self.bad("mrz", f"MRZ document number {td.number} differs from document_number "
                            f"{rec.document_number}")
        if born is not None and td.birth != yymmdd(born):
            self.bad("mrz", f"MRZ date of birth {td.birth} differs from date_of_birth "
                            f"{born.isoformat()}")
        mrz_sex = td.sex if td.sex in ("M", "F") else "X"
        if sex is not None and mrz_sex != sex.value:
            self.bad("mrz", f"MRZ sex {mrz_sex} differs from sex {sex.value}")
        nat = td.nationality.replace("<", "")
        if rec.nationality and nat != rec.nationality:
            self.bad("mrz", f"MRZ nationality {nat} differs from nationality {rec.nationality}")
        if rec.document_expiry is not None and td.expiry != yymmdd(rec.document_expiry):
            self.bad("mrz", f"MRZ expiry {td.expiry} differs from document_expiry "
                            f"{rec.document_expiry.isoformat()}")
        return text


def parse_row(row: int, values: dict[str, Any], present: frozenset[str],
              today: dt.date) -> tuple[PersonRecord, list[RowIssue]]:
    """Convert one row. The record is importable only when the issue list is empty; with
    issues it still carries what could be read, for the checks against the database."""
    parser = RowParser(row, values, present, today)
    rec = parser.parse()
    return rec, parser.issues
