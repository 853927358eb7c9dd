"""Synthetic detainees of the demo: units (co-accused groups, families, victims, single people)
at each holding site, with identity, documents, flags and screening. Pure Python, no database.

Rows are plain dicts keyed by Person column names, plus private keys starting with `_` that
:mod:`planner.demo.batches` and :mod:`planner.demo.build` consume and strip.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from planner.demo import names
from planner.demo.names import between
from planner.demo.scenario import HORIZON_START, Area, horizon_days, receiving_for
from planner.domain.enums import DocumentType, Screening, Sex
from planner.domain.mrz import compose_td3

Row = dict[str, Any]

# Share of units (not people) by kind, chosen so that about 10 % of people are screened victims,
# 3 % are in families, 55 % in co-accused groups and the rest alone.
_UNIT_KINDS = (("victim", 0.161), ("family", 0.021), ("case", 0.25), ("single", 0.568))
_CASE_SIZES = ((2, 25), (3, 25), (4, 20), (5, 15), (6, 10), (8, 5))
_FEMALE_SHARE = {"victim": 0.35, "case": 0.12, "single": 0.13}
_MINOR_SHARE = {"victim": 0.14, "family": 0.2}  # about 2 % of all people
_MEDICAL_SHARE = {"victim": 0.07}
_SEPARATE_SHARE = 0.07  # of co-accused groups: one member must travel apart (≈1 % of people)
_PASSPORT_SHARE = 0.25  # the rest lost their passports (confiscated) and get an ETC


@dataclass
class Unit:
    """People who are batched together: one case, one family, or one person."""

    kind: str
    site: str
    receiving: str
    members: list[Row] = field(default_factory=list)
    separations: list[tuple[int, int]] = field(default_factory=list)  # member positions

    @property
    def sensitive(self) -> bool:
        """A unit with a screened victim or a minor (their batches are urgent)."""
        return any(m["screening"] is Screening.VICTIM or m["_minor"] for m in self.members)


class DocumentNumbers:
    """Unique document numbers: passports `E` + 8 digits, emergency travel certificates `T` +
    8 digits (the Chinese travel document)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def next(self, prefix: str) -> str:
        while True:
            number = f"{prefix}{between(self.rng, 10_000_000, 99_999_999)}"
            if number not in self.used:
                self.used.add(number)
                return number


def _pick(rng: random.Random, table: tuple[tuple[Any, float], ...]) -> Any:
    x = rng.random() * sum(w for _, w in table)
    for value, w in table:
        x -= w
        if x < 0:
            return value
    return table[-1][0]


def _birth(rng: random.Random, minor: bool) -> dt.date:
    age = between(rng, 16, 17) if minor else 18 + int(rng.triangular(0, 38, 8))
    anniversary = HORIZON_START.replace(year=HORIZON_START.year - age)
    return anniversary - dt.timedelta(days=between(rng, 0, 364))


def _person(rng: random.Random, *, sex: Sex, minor: bool, screening: Screening, province: str,
            case_ref: str, family_ref: str = "", surname: tuple[str, str] | None = None,
            medical_share: float = 0.04) -> Row:
    family, family_latin = surname or names.surname(rng)
    given, given_latin = names.given_name(rng, sex is Sex.FEMALE)
    medical = rng.random() < medical_share
    return {
        "family_name": family, "given_name": given,
        "latin_name": f"{family_latin.upper()} {given_latin}",
        "sex": sex, "date_of_birth": _birth(rng, minor), "nationality": "CHN",
        "province": province, "case_ref": case_ref, "family_ref": family_ref,
        "medical": medical, "medical_note": rng.choice(names.MEDICAL_NOTES) if medical else "",
        "screening": screening,
        "pregnant": sex is Sex.FEMALE and not minor and rng.random() < 0.005,
        "travel_separately": False,
        "_minor": minor, "_surname_latin": family_latin, "_given_latin": given_latin,
    }


class UnitFactory:
    """Draws the units of one area; case and family references are numbered per area."""

    def __init__(self, rng: random.Random, area: Area) -> None:
        self.rng = rng
        self.area = area
        self.cases = 0
        self.families = 0

    def case_ref(self) -> str:
        self.cases += 1
        return f"{self.area.code}-C{self.cases:06d}"

    def unit(self, site: str, room: int) -> Unit:
        rng = self.rng
        kind = _pick(rng, _UNIT_KINDS)
        if kind == "family" and room < 2:
            kind = "single"
        if kind == "family":
            return self._family(site, room)
        size = min(room, _pick(rng, _CASE_SIZES)) if kind == "case" else 1
        lead = names.PROVINCE(rng)
        case_ref = "" if kind == "victim" else self.case_ref()
        members = []
        for i in range(size):
            province = lead if i == 0 or rng.random() < 0.7 else names.PROVINCE(rng)
            if kind == "victim":
                screening = Screening.VICTIM
            elif kind == "case":
                screening = Screening.SUSPECT if rng.random() < 0.85 else Screening.NOT_SCREENED
            else:
                screening = Screening.SUSPECT if rng.random() < 0.42 else Screening.NOT_SCREENED
            sex = Sex.FEMALE if rng.random() < _FEMALE_SHARE[kind] else Sex.MALE
            minor = rng.random() < _MINOR_SHARE.get(kind, 0.0)
            members.append(_person(rng, sex=sex, minor=minor, screening=screening,
                                   province=province, case_ref=case_ref,
                                   medical_share=_MEDICAL_SHARE.get(kind, 0.037)))
        unit = Unit(kind, site, receiving_for(site, lead), members)
        if kind == "case" and size >= 2 and rng.random() < _SEPARATE_SHARE:
            who = rng.randrange(size)
            members[who]["travel_separately"] = True
            others = [i for i in range(size) if i != who]
            for other in rng.sample(others, min(len(others), between(rng, 1, 2))):
                unit.separations.append((min(who, other), max(who, other)))
        return unit

    def _family(self, site: str, room: int) -> Unit:
        """A couple, siblings, or a parent with a teenage child; same province."""
        rng = self.rng
        self.families += 1
        family_ref = f"{self.area.code}-F{self.families:05d}"
        province = names.PROVINCE(rng)
        screening = _pick(rng, ((Screening.VICTIM, 0.4), (Screening.SUSPECT, 0.3),
                                (Screening.NOT_SCREENED, 0.3)))
        case_ref = "" if screening is Screening.VICTIM else self.case_ref()
        shape = rng.choice(("couple", "siblings", "parent_child"))
        common = {"screening": screening, "province": province, "case_ref": case_ref,
                  "family_ref": family_ref}
        members: list[Row] = []
        if shape == "couple":
            members.append(_person(rng, sex=Sex.MALE, minor=False, **common))
            members.append(_person(rng, sex=Sex.FEMALE, minor=False, **common))
        else:
            sn = names.surname(rng)
            size = min(room, rng.choice((2, 2, 3))) if shape == "siblings" else 2
            for i in range(size):
                minor = (shape == "parent_child" and i == 1) or (
                    shape == "siblings" and i > 0 and rng.random() < 0.2)
                sex = Sex.FEMALE if rng.random() < 0.4 else Sex.MALE
                members.append(_person(rng, sex=sex, minor=minor, surname=sn, **common))
        return Unit("family", site, receiving_for(site, province), members)


def site_units(rng: random.Random, factory: UnitFactory, site: str, count: int) -> list[Unit]:
    """Units at one holding site totalling exactly `count` people."""
    units: list[Unit] = []
    made = 0
    while made < count:
        unit = factory.unit(site, count - made)
        units.append(unit)
        made += len(unit.members)
    return units


def add_documents(rng: random.Random, numbers: DocumentNumbers, p: Row, scale: int) -> None:
    """Passport (with a TD3 MRZ) or emergency travel certificate, valid past the horizon;
    none while the travel-document step is still open."""
    if p["document_issued_on"] is None:
        p.update(document_type=DocumentType.NONE, document_number=None, document_expiry=None,
                 document_country=None, mrz=None)
        return
    horizon_end = HORIZON_START + dt.timedelta(days=horizon_days(scale))
    if rng.random() < _PASSPORT_SHARE:
        number = numbers.next("E")
        expiry = horizon_end + dt.timedelta(days=between(rng, 120, 3500))
        mrz = compose_td3(surname=p["_surname_latin"], given_names=p["_given_latin"],
                          number=number, nationality="CHN", birth=p["date_of_birth"],
                          sex=p["sex"].value, expiry=expiry)
        p.update(document_type=DocumentType.PASSPORT, document_number=number,
                 document_expiry=expiry, document_country="CHN", mrz=mrz)
    else:
        number = numbers.next("T")
        expiry = max(p["document_issued_on"] + dt.timedelta(days=180),
                     horizon_end + dt.timedelta(days=30))
        p.update(document_type=DocumentType.EMERGENCY_TRAVEL_CERTIFICATE,
                 document_number=number, document_expiry=expiry, document_country="CHN",
                 mrz=None)
