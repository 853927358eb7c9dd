"""UN/EDIFACT PAXLST D:05B passenger lists, one message per flight (docs/exports.md).

Envelope UNA, UNB (syntax UNOA:4), UNG, then per flight UNH … UNT, then UNE and UNZ. Values are
escaped with the release character `?` before `?`, `'`, `+` and `:`; names are transliterated
to Latin A–Z (UNOA has no lower case and no diacritics).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from planner.domain.enums import DocumentType

UNA = "UNA:+.? '"
DOC_CODES = {DocumentType.PASSPORT.value: "P", DocumentType.NATIONAL_ID.value: "I",
             DocumentType.EMERGENCY_TRAVEL_CERTIFICATE.value: "F"}
_SPECIAL = str.maketrans({"Đ": "D", "đ": "D", "Ø": "O", "ø": "O", "Ł": "L", "ł": "L",
                          "ß": "SS", "Æ": "AE", "æ": "AE", "Œ": "OE", "œ": "OE"})


def escape(value: str) -> str:
    return re.sub(r"([?'+:])", r"?\1", value)


def latin(text: str) -> str:
    """Upper-case Latin A–Z, digits and single spaces only."""
    t = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    t = "".join(c for c in t if not unicodedata.combining(c)).upper()
    return " ".join(re.sub(r"[^A-Z0-9 ]+", " ", t).split())


def split_name(latin_name: str) -> tuple[str, str]:
    """'SURNAME Given Names' → (SURNAME, GIVEN NAMES): leading all-capital words are the
    surname (at least the first word)."""
    words = latin_name.split()
    k = 0
    while k < len(words) and words[k].isupper():
        k += 1
    k = max(1, k) if k < len(words) else max(1, len(words) - 1)
    return latin(" ".join(words[:k])), latin(" ".join(words[k:]))


def code(value: str, size: int = 35) -> str:
    """An identifier (flight number, document number, code): A–Z and 0–9 only."""
    return re.sub(r"[^A-Z0-9]", "", latin(value))[:size]


@dataclass(frozen=True)
class Passenger:
    ref: str
    latin_name: str
    sex: str | None  # M, F, X; None when not shared
    date_of_birth: dt.date | None
    nationality: str | None
    document_type: str | None
    document_number: str | None
    document_expiry: dt.date | None
    document_country: str | None


@dataclass(frozen=True)
class FlightList:
    number: str
    carrier: str
    origin: str  # IATA airport code
    destination: str
    departure: dt.datetime  # local
    arrival: dt.datetime  # local
    passengers: Sequence[Passenger]


def carrier_code(flight_number: str, carrier: str) -> str:
    """The airline designator: the carrier when it is a 2–3 character code, else the first two
    characters of the flight number (CZ6061 → CZ)."""
    c = code(carrier)
    if 2 <= len(c) <= 3 and c == carrier.strip().upper():
        return c
    m = re.match(r"([A-Z0-9]{2})[0-9]", code(flight_number))
    return m.group(1) if m else c[:3]


def _seg(*elements: str) -> str:
    return "+".join(elements).rstrip("+") + "'"


def message(f: FlightList, ref: str, reporter: str) -> list[str]:
    access = escape(code(f.number)) + f"{f.departure:%y%m%d}"
    segs = [_seg("UNH", ref, "PAXLST:D:05B:UN:IATA", access),
            _seg("BGM", "745"),
            _seg("NAD", "MS", "", "", escape(latin(reporter)[:35])),
            _seg("TDT", "20", escape(code(f.number, 17)), "", "",
                 escape(carrier_code(f.number, f.carrier))),
            _seg("LOC", "125", escape(code(f.origin, 5))),
            _seg("DTM", f"189:{f.departure:%y%m%d%H%M}:201"),
            _seg("LOC", "87", escape(code(f.destination, 5))),
            _seg("DTM", f"232:{f.arrival:%y%m%d%H%M}:201")]
    for p in f.passengers:
        surname, given = split_name(p.latin_name)
        segs.append(_seg("NAD", "FL", "", "", f"{escape(surname)}:{escape(given)}"))
        if p.sex:
            segs.append(_seg("ATT", "2", "", {"M": "M", "F": "F"}.get(p.sex, "U")))
        if p.date_of_birth:
            segs.append(_seg("DTM", f"329:{p.date_of_birth:%y%m%d}"))
        if p.nationality:
            segs.append(_seg("NAT", "2", escape(code(p.nationality, 3))))
        segs.append(_seg("RFF", "ABO:" + escape(code(p.ref, 25))))
        doc = DOC_CODES.get(p.document_type or "")
        if doc and p.document_number:
            segs.append(_seg("DOC", f"{doc}:110:111", escape(code(p.document_number))))
            if p.document_expiry:
                segs.append(_seg("DTM", f"36:{p.document_expiry:%y%m%d}"))
            if p.document_country:
                segs.append(_seg("LOC", "91", escape(code(p.document_country, 3))))
    segs.append(_seg("CNT", f"42:{len(f.passengers)}"))
    segs.append(_seg("UNT", str(len(segs) + 1), ref))  # counts UNH and UNT too
    return segs


def interchange(flights: Sequence[FlightList], *, sender: str, recipient: str, reporter: str,
                control_ref: str, now: dt.datetime) -> str:
    """One interchange: a UNG group of one PAXLST message per flight."""
    snd, rcp, ctl = escape(code(sender)), escape(code(recipient) or "UNKNOWN"), code(control_ref)
    when = f"{now:%y%m%d}:{now:%H%M}"
    segs = [UNA, _seg("UNB", "UNOA:4", snd, rcp, when, ctl),
            _seg("UNG", "PAXLST", snd, rcp, when, ctl, "UN", "D:05B")]
    for k, f in enumerate(flights, start=1):
        segs += message(f, f"{ctl[:10]}{k:04d}", reporter)
    segs += [_seg("UNE", str(len(flights)), ctl), _seg("UNZ", "1", ctl)]
    return "\n".join(segs) + "\n"
