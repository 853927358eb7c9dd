"""Typed, immutable input of a handover manifest (no database access here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ManifestKind(StrEnum):
    CROSSING = "crossing"
    FLIGHT = "flight"


@dataclass(frozen=True)
class ManifestFlags:
    minor: bool = False
    medical: bool = False
    screened_victim: bool = False
    pregnant: bool = False
    travel_separately: bool = False

    def names(self) -> tuple[str, ...]:
        """The set flags as label keys (see labels.FLAG_TAGS), in a fixed order."""
        pairs = (("minor", self.minor), ("medical", self.medical),
                 ("victim", self.screened_victim), ("pregnant", self.pregnant),
                 ("separate", self.travel_separately))
        return tuple(k for k, on in pairs if on)

    @property
    def any(self) -> bool:
        return bool(self.names())


@dataclass(frozen=True)
class ManifestPerson:
    """One person on a manifest; `sex` and `document_type` take the domain enum values."""

    ref: str
    chinese_name: str
    latin_name: str
    sex: str
    date_of_birth: dt.date | None
    nationality: str
    document_type: str
    document_number: str | None
    case_ref: str = ""
    batch_ref: str = ""
    flags: ManifestFlags = field(default_factory=ManifestFlags)
    seal_number: str = ""


@dataclass(frozen=True)
class Escort:
    """An officer escorting the people of a handover (name, ID or badge number, agency, role)."""

    name: str
    id_number: str
    role: str = ""
    agency: str = ""


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3


@dataclass(frozen=True)
class ManifestData:
    """One manifest: a crossing handover on a date, or one flight. `people` are in sequence order
    (sequence number = position + 1)."""

    operation: str
    number: str
    revision: int
    kind: ManifestKind
    date: dt.date
    local_time: dt.time | None
    place: Place
    dispatching_agency: str
    receiving_agency: str
    people: tuple[ManifestPerson, ...]
    escorts: tuple[Escort, ...] = ()
    batch_refs: tuple[str, ...] = ()
    flight_number: str = ""
    generated_at: dt.datetime | None = None
    required_escorts: int = 0  # escorts the plan requires; fewer listed prints a warning

    @property
    def escorts_missing(self) -> int:
        """How many escorts fewer than the plan requires are listed (0 when enough)."""
        return max(0, self.required_escorts - len(self.escorts))

    def __post_init__(self) -> None:
        if self.kind is ManifestKind.FLIGHT and not self.flight_number:
            raise ValueError("a flight manifest needs a flight number")
        if self.revision < 0:
            raise ValueError("revision must be >= 0")
        if "|" in self.number or not self.number.strip():
            raise ValueError("manifest number must be non-empty and must not contain '|'")


@dataclass(frozen=True)
class ManifestRenderInfo:
    pages: int
    digest: str  # hex SHA-256 of the canonical person list
    payload: str  # the QR / metadata payload
    people: int
