"""The escorts of a handover: the officers who travel with the people (name, ID or badge number,
agency, role), printed in the escort list of the manifest.

Escorts are set per manifest number: they belong to its current revision and are copied into
every new revision (a re-plan or a handover correction). A recorded (frozen) revision keeps its
escorts: they are part of the record. Every change is an audit entry (``escorts``). Fewer escorts
than the plan requires (a flight's escort rule) is a warning, not an error. A change names the
escorts the user saw (`seen`): when someone else changed them since, it is refused as a conflict.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.audit import record
from planner.db.engine import transaction
from planner.db.models import Flight
from planner.db.plan_models import PlanFlight
from planner.manifests.models import Manifest, ManifestEscort
from planner.reporting.model import Escort

#: Longest value of each field (the table's column sizes).
LIMITS = {"name": 200, "id_number": 64, "agency": 200, "role": 100}
FIELD_NAMES = {"name": "name", "id_number": "ID number", "agency": "agency", "role": "role"}


@dataclass(frozen=True)
class EscortList:
    """The escorts of one manifest revision and how many the plan requires."""

    number: str
    revision: int
    escorts: tuple[Escort, ...]
    required: int
    frozen: bool = False

    @property
    def missing(self) -> int:
        return max(0, self.required - len(self.escorts))

    @property
    def warning(self) -> str:
        """One line when fewer escorts are listed than the plan requires, else ''."""
        if not self.missing:
            return ""
        return (f"{self.number} r{self.revision}: {len(self.escorts)} escorts listed, the plan "
                f"requires {self.required}")


def _error(text: str) -> Exception:
    from planner.manifests.store import ManifestError

    return ManifestError(text)


def parse_escort(text: str) -> Escort:
    """An escort from ``NAME;ID;AGENCY[;ROLE]`` (the command line's form)."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) not in (3, 4) or not all(parts[:3]):
        raise _error(f"escort {text!r}: expected NAME;ID;AGENCY or NAME;ID;AGENCY;ROLE")
    return Escort(name=parts[0], id_number=parts[1], agency=parts[2],
                  role=parts[3] if len(parts) == 4 else "")


def clean_escorts(escorts: Sequence[Escort]) -> tuple[Escort, ...]:
    """Trimmed escorts; ManifestError naming the escort and field when one is not acceptable
    (a missing name or ID number, a value too long, the same ID number twice)."""
    out: list[Escort] = []
    seen: set[str] = set()
    for n, e in enumerate(escorts, start=1):
        e = Escort(name=" ".join(e.name.split()), id_number=e.id_number.strip(),
                   role=" ".join(e.role.split()), agency=" ".join(e.agency.split()))
        if not e.name or not e.id_number:
            raise _error(f"escort {n}: a name and an ID number are needed")
        for key, limit in LIMITS.items():
            if len(getattr(e, key)) > limit:
                raise _error(f"escort {n}: the {FIELD_NAMES[key]} is longer than {limit} "
                             "characters")
        if e.id_number.casefold() in seen:
            raise _error(f"escort {n}: ID number {e.id_number} is listed twice")
        seen.add(e.id_number.casefold())
        out.append(e)
    return tuple(out)


def escorts_of(s: Session, manifest_id: int | None) -> tuple[Escort, ...]:
    """The escorts stored for one manifest revision, in their order."""
    rows = s.exec(select(ManifestEscort).where(ManifestEscort.manifest_id == manifest_id)
                  .order_by(col(ManifestEscort.seq))).all()
    return tuple(Escort(r.name, r.id_number, r.role, r.agency) for r in rows)


def copy_escorts(s: Session, from_id: int | None, to_id: int | None) -> None:
    """Carry the escorts of one revision into a new one."""
    assert to_id is not None
    for r in s.exec(select(ManifestEscort).where(ManifestEscort.manifest_id == from_id)).all():
        s.add(ManifestEscort(**r.model_dump(exclude={"manifest_id"}), manifest_id=to_id))


def required_escorts(s: Session, m: Manifest) -> int:
    """Escorts the plan requires for a manifest: a flight's planned escorts (else its escort
    ratio times the head count); a land crossing has no escort rule (0)."""
    if m.kind != "flight":
        return 0
    planned = s.get(PlanFlight, (m.plan_id, m.ref_id))
    if planned is not None:
        return int(planned.escorts)
    flight = s.get(Flight, m.ref_id)
    if flight is None:
        return 0
    return math.ceil(m.head_count * flight.escorts_per_detainee - 1e-9)


def _as_json(escorts: Sequence[Escort]) -> list[dict[str, str]]:
    return [dataclasses.asdict(e) for e in escorts]


def _current(s: Session, number: str, revision: int | None = None) -> Manifest:
    from planner.manifests.store import get

    return get(s, number, revision)


def set_escorts(engine: Engine, number: str, escorts: Sequence[Escort], actor: str, *,
                seen: Sequence[Escort] | None = None) -> EscortList:
    """Replace the escorts of the current revision of manifest `number` (an empty list clears
    them). Refused when that revision's handover is recorded. One audit entry.

    `seen`: the escorts the user's form showed; when the stored ones differ now (a colleague
    changed them since), `ManifestConflict` (a planner.services.locking.ConflictError) and
    nothing is written."""
    cleaned = clean_escorts(escorts)
    with transaction(engine, actor) as s:
        return set_escorts_in(s, number, cleaned, actor, seen=seen)


def set_escorts_in(s: Session, number: str, escorts: Sequence[Escort], actor: str, *,
                   seen: Sequence[Escort] | None = None) -> EscortList:
    """`set_escorts` inside the caller's transaction (e.g. with issuing the revision)."""
    from planner.manifests.store import ManifestConflict, lock_number

    cleaned = clean_escorts(escorts)
    lock_number(s, number)
    m = _current(s, number)
    if m.frozen:
        raise _error(f"the handover of {number} r{m.revision} is recorded; its escorts are "
                     "part of the record and are not changed any more")
    before = escorts_of(s, m.id)
    if seen is not None and before != tuple(seen):
        raise ManifestConflict(
            number, m.revision, m.revision,
            f"the escorts of {number} r{m.revision} were changed by someone else since they "
            f"were read ({len(tuple(seen))} then, {len(before)} now). Nothing was saved: "
            "reload to see them, then make your change again.",
            yours={"escorts": _names(cleaned)}, theirs={"escorts": _names(before)})
    if before == cleaned:
        return EscortList(number, m.revision, before, required_escorts(s, m))
    for row in s.exec(select(ManifestEscort).where(ManifestEscort.manifest_id == m.id)):
        s.delete(row)
    s.flush()
    assert m.id is not None
    for seq, e in enumerate(cleaned, start=1):
        s.add(ManifestEscort(manifest_id=m.id, seq=seq, name=e.name, id_number=e.id_number,
                             agency=e.agency, role=e.role))
    s.flush()
    required = required_escorts(s, m)
    record(s, actor=actor, action="escorts", entity="manifest", entity_id=m.id, ref=number,
           before={"revision": m.revision, "escorts": _as_json(before)},
           after={"revision": m.revision, "escorts": _as_json(cleaned),
                  "required": required})
    return EscortList(number, m.revision, cleaned, required)


def _names(escorts: Sequence[Escort]) -> str:
    return "; ".join(f"{e.name} ({e.id_number})" for e in escorts)


def get_escorts(engine: Engine, number: str, revision: int | None = None) -> EscortList:
    """The escorts of manifest `number` (its current revision, or the one given)."""
    with Session(engine) as s:
        m = _current(s, number, revision)
        return EscortList(number, m.revision, escorts_of(s, m.id), required_escorts(s, m),
                          m.frozen)
