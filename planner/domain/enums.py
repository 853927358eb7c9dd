"""Enumerations of the domain. Values are the stable strings stored in the database and files."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = "X"


class DocumentType(StrEnum):
    PASSPORT = "passport"
    EMERGENCY_TRAVEL_CERTIFICATE = "etc"
    NATIONAL_ID = "national_id"
    NONE = "none"


class Screening(StrEnum):
    """Trafficking-victim screening outcome."""

    NOT_SCREENED = "not_screened"
    SUSPECT = "screened_suspect"
    VICTIM = "screened_victim"


class PersonStatus(StrEnum):
    DETAINED = "detained"
    VERIFIED = "verified"
    CLEARED = "cleared"
    SCHEDULED = "scheduled"
    IN_TRANSIT = "in_transit"
    HANDED_OVER = "handed_over"
    STRUCK = "struck"


class StrikeReason(StrEnum):
    RELEASED = "released"
    HOSPITALISED = "hospitalised"
    OTHER_LEGAL_PROCESS = "other_legal_process"
    ABSCONDED = "absconded"
    DECEASED = "deceased"
    DUPLICATE_RECORD = "duplicate_record"


class LocationKind(StrEnum):
    HOLDING_SITE = "holding_site"
    BORDER_CHECKPOINT = "border_checkpoint"
    AIRPORT = "airport"
    RECEIVING_POINT = "receiving_point"
    STAGING = "staging"


class FlightStatus(StrEnum):
    PROPOSED = "proposed"
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class LegMode(StrEnum):
    ROAD = "road"
    RAIL = "rail"


class Priority(StrEnum):
    """Priority class of a batch; the engine weights people by it."""

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class Flag(StrEnum):
    """Flags as written in import files (`flags` column, `;`-separated)."""

    MINOR = "minor"
    MEDICAL = "medical"
    VICTIM = "victim"
    PREGNANT = "pregnant"
    SEPARATE = "separate"
