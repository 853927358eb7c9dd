"""Partner profiles: which fields each recipient of an export gets (stored, editable).

Field names (the vocabulary of `PartnerProfile.fields`): names, date_of_birth, sex, nationality,
document, case_ref, batch, province, flags (minor, screened victim, pregnant, travel
separately), medical (the medical flag and note). The person reference is always given so a
partner can answer about a person without a name; a profile with no fields gets head counts only.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.db.engine import transaction
from planner.manifests.models import PartnerProfile

FIELDS = ("names", "date_of_birth", "sex", "nationality", "document", "case_ref", "batch",
          "province", "flags", "medical")
EVENT_KINDS = ("crossing", "flight")
KINDS = ("airline", "foreign_police", "receiving_bureau", "logistics", "other")

#: Defaults made by migration 0004 (and by `ensure_defaults` in an emptied table).
DEFAULTS: tuple[tuple[str, str, str, str], ...] = (
    ("airline", "airline", "names,date_of_birth,sex,nationality,document", "flight"),
    ("foreign-police", "foreign_police",
     "names,date_of_birth,sex,nationality,document,case_ref", "crossing,flight"),
    ("receiving-bureau", "receiving_bureau",
     "names,date_of_birth,sex,nationality,document,case_ref,batch,province,flags",
     "crossing,flight"),
    ("schedule-only", "logistics", "", "crossing,flight"),
)


class ProfileError(Exception):
    """A bad profile name or field; the message says why."""


def parse_list(text: str, allowed: Sequence[str], what: str) -> list[str]:
    items = [x.strip() for x in text.replace(";", ",").split(",") if x.strip()]
    bad = [x for x in items if x not in allowed]
    if bad:
        raise ProfileError(f"unknown {what}: {', '.join(bad)} (known: {', '.join(allowed)})")
    return [x for x in allowed if x in items]  # canonical order, no duplicates


def fields_of(p: PartnerProfile) -> tuple[str, ...]:
    return tuple(parse_list(p.fields, FIELDS, "field"))


def kinds_of(p: PartnerProfile) -> tuple[str, ...]:
    return tuple(parse_list(p.event_kinds, EVENT_KINDS, "event kind"))


def list_profiles(engine: Engine) -> list[PartnerProfile]:
    with Session(engine) as s:
        return list(s.exec(select(PartnerProfile).order_by(col(PartnerProfile.name))).all())


def get_profile(engine: Engine, name: str) -> PartnerProfile:
    with Session(engine) as s:
        p = s.exec(select(PartnerProfile).where(PartnerProfile.name == name)).first()
    if p is None:
        known = ", ".join(x.name for x in list_profiles(engine)) or "none"
        raise ProfileError(f"there is no partner profile {name!r} (known: {known}); "
                           "add one with `repatplan partner set`")
    return p


def set_profile(engine: Engine, name: str, *, actor: str, kind: str | None = None,
                fields: str | None = None, add: Sequence[str] = (),
                remove: Sequence[str] = (), event_kinds: str | None = None,
                carrier: str | None = None, note: str | None = None) -> PartnerProfile:
    """Create or change a profile; each change is an audit entry (before → after)."""
    if not name.strip() or len(name) > 100:
        raise ProfileError("a profile name is 1–100 characters")
    with transaction(engine, actor) as s:
        p = s.exec(select(PartnerProfile).where(PartnerProfile.name == name)).first()
        before = None if p is None else p.model_dump(exclude={"id"})
        if p is None:
            if kind is None:
                raise ProfileError("a new profile needs --kind")
            p = PartnerProfile(name=name, kind=kind)
        if kind is not None:
            if kind not in KINDS:
                raise ProfileError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
            p.kind = kind
        current = parse_list(p.fields, FIELDS, "field") if fields is None else parse_list(
            fields, FIELDS, "field")
        current += parse_list(",".join(add), FIELDS, "field")
        drop = set(parse_list(",".join(remove), FIELDS, "field"))
        p.fields = ",".join(x for x in FIELDS if x in current and x not in drop)
        if event_kinds is not None:
            p.event_kinds = ",".join(parse_list(event_kinds, EVENT_KINDS, "event kind"))
        if carrier is not None:
            p.carrier = carrier.strip()
        if note is not None:
            p.note = note
        if before is not None:
            p.version += 1
        s.add(p)
        s.flush()
        record(s, actor=actor, action="partner", entity="partner_profile", entity_id=p.id,
               ref=name, before=before, after=p.model_dump(exclude={"id"}))
        return p


def ensure_defaults(engine: Engine, actor: str = "system") -> int:
    """Add any default profile that is missing; returns how many were added."""
    have = {p.name for p in list_profiles(engine)}
    n = 0
    for name, kind, fields, kinds in DEFAULTS:
        if name not in have:
            set_profile(engine, name, actor=actor, kind=kind, fields=fields, event_kinds=kinds)
            n += 1
    return n
