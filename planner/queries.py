"""Read-only queries behind the desktop tables: one SQLAlchemy Core select per table, returned
as compact columns (one tuple per field), never one ORM object per row.

Everything here is Qt-free and safe to call from a worker thread: each function opens its own
connection from the engine, reads, and returns immutable data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntFlag
from typing import Any

from sqlalchemy import String, and_, case, func, select, type_coerce
from sqlalchemy.engine import Engine

from planner.db.models import Batch, Location, Person, ReceivingPoint
from planner.domain.enums import PersonStatus, Priority, Screening

P = Person.__table__  # type: ignore[attr-defined]
B = Batch.__table__  # type: ignore[attr-defined]
L = Location.__table__  # type: ignore[attr-defined]
RP = ReceivingPoint.__table__  # type: ignore[attr-defined]

#: Readiness steps in checklist order: (column name, words a coordinator uses).
READINESS_STEPS: tuple[tuple[str, str], ...] = (
    ("identity_verified_on", "identity verified"),
    ("document_issued_on", "travel document issued"),
    ("exit_clearance_on", "exit clearance"),
    ("fit_to_travel_on", "fit to travel"),
)

#: Ranking used to sort priorities from most to least urgent.
PRIORITY_RANK: dict[str, int] = {p.value: i for i, p in enumerate(Priority)}


class PersonFlag(IntFlag):
    """Flags of a person packed into one small int per row."""

    MINOR = 1
    MEDICAL = 2
    VICTIM = 4
    PREGNANT = 8
    SEPARATE = 16


def minor_cutoff(on: dt.date) -> dt.date:
    """People born after this day are under 18 on `on` (same rule as services.people.is_minor)."""
    try:
        return on.replace(year=on.year - 18)
    except ValueError:  # 29 February → 28 February
        return on.replace(year=on.year - 18, day=28)


def age_on(born: dt.date | None, on: dt.date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def missing_step_names(mask: int) -> list[str]:
    """The readiness steps whose bit is set in `mask` (bit i = step i is missing)."""
    return [name for i, (_, name) in enumerate(READINESS_STEPS) if mask & (1 << i)]


@dataclass(frozen=True, slots=True)
class PeopleColumns:
    """The people table, column by column; row i of every tuple is the same person."""

    on: dt.date
    id: tuple[int, ...] = ()
    ref: tuple[str, ...] = ()
    family_name: tuple[str, ...] = ()
    given_name: tuple[str, ...] = ()
    latin_name: tuple[str, ...] = ()
    sex: tuple[str, ...] = ()
    date_of_birth: tuple[dt.date | None, ...] = ()
    nationality: tuple[str, ...] = ()
    document_type: tuple[str, ...] = ()
    document_number: tuple[str | None, ...] = ()
    document_expiry: tuple[dt.date | None, ...] = ()
    site_id: tuple[int, ...] = ()
    site_code: tuple[str, ...] = ()
    site_name: tuple[str, ...] = ()
    batch_id: tuple[int | None, ...] = ()
    batch_ref: tuple[str | None, ...] = ()
    case_ref: tuple[str, ...] = ()
    province: tuple[str, ...] = ()
    #: PersonFlag bits; MINOR is judged on `on`.
    flags: tuple[int, ...] = ()
    #: bit i set = readiness step i (READINESS_STEPS order) not done yet
    missing: tuple[int, ...] = ()
    #: the day the checklist was complete (latest step), None while a step is open
    ready_on: tuple[dt.date | None, ...] = ()
    status: tuple[str, ...] = ()
    strike_reason: tuple[str | None, ...] = ()

    def __len__(self) -> int:
        return len(self.id)


@dataclass(frozen=True, slots=True)
class BatchColumns:
    """The batches table, column by column. Counts are over members who are not struck."""

    on: dt.date
    id: tuple[int, ...] = ()
    ref: tuple[str, ...] = ()
    site_code: tuple[str, ...] = ()
    site_name: tuple[str, ...] = ()
    people: tuple[int, ...] = ()
    not_ready: tuple[int, ...] = ()
    #: latest member's ready date; None when empty or someone is not ready
    ready_on: tuple[dt.date | None, ...] = ()
    legal_deadline: tuple[dt.date | None, ...] = ()
    priority: tuple[str, ...] = ()
    receiving_code: tuple[str | None, ...] = ()
    receiving_name: tuple[str | None, ...] = ()
    minors: tuple[int, ...] = ()
    victims: tuple[int, ...] = ()
    medical: tuple[int, ...] = ()
    pregnant: tuple[int, ...] = ()
    separate: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.id)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the main window shows after opening a database (one call, worker-friendly)."""

    people: PeopleColumns
    batches: BatchColumns
    sites: tuple[tuple[int, str, str], ...] = field(default=())  # (id, code, name) with people


def _columns(rows: Sequence[Sequence[Any]], width: int) -> list[tuple[Any, ...]]:
    if not rows:
        return [() for _ in range(width)]
    return list(zip(*rows, strict=True))


def _raw(column: Any) -> Any:
    """An enum column read as its stored string, without building enum members per row."""
    return type_coerce(column, String).label(column.name)


def _str(v: Any) -> str:
    """Enum members → their stored value; None → ''."""
    if v is None:
        return ""
    return str(getattr(v, "value", v))


def load_people(engine: Engine, on: dt.date | None = None) -> PeopleColumns:
    """Every person with site and batch names resolved, ordered by reference."""
    on = on or dt.date.today()
    site = L.alias("site")
    stmt = (
        select(
            P.c.id, P.c.ref, P.c.family_name, P.c.given_name, P.c.latin_name, _raw(P.c.sex),
            P.c.date_of_birth, P.c.nationality, _raw(P.c.document_type), P.c.document_number,
            P.c.document_expiry, P.c.site_id, site.c.code, site.c.name_en, P.c.batch_id, B.c.ref,
            P.c.case_ref, P.c.province, P.c.medical, _raw(P.c.screening), P.c.pregnant,
            P.c.travel_separately, *(P.c[name] for name, _ in READINESS_STEPS),
            _raw(P.c.status), _raw(P.c.strike_reason),
        )
        .select_from(P.join(site, site.c.id == P.c.site_id).outerjoin(B, B.c.id == P.c.batch_id))
        .order_by(P.c.ref)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    (ids, ref, fam, giv, lat, sex, dob, nat, dtype, dnum, dexp, site_id, site_code, site_name,
     batch_id, batch_ref, case_ref, province, medical, screening, pregnant, separate,
     s0, s1, s2, s3, status, strike) = _columns(rows, 28)

    cutoff = minor_cutoff(on)
    victim = Screening.VICTIM.value
    minor, med, vic, preg, sep = (int(f) for f in PersonFlag)  # plain ints: IntFlag ops are slow
    flags = tuple(
        (minor if b is not None and b > cutoff else 0)
        | (med if m else 0)
        | (vic if sc == victim else 0)
        | (preg if pr else 0)
        | (sep if se else 0)
        for b, m, sc, pr, se in zip(dob, medical, screening, pregnant, separate, strict=True)
    )
    missing: list[int] = []
    ready_on: list[dt.date | None] = []
    for a, b, c, d in zip(s0, s1, s2, s3, strict=True):
        mask = (a is None) | (b is None) << 1 | (c is None) << 2 | (d is None) << 3
        missing.append(mask)
        ready_on.append(None if mask else max(a, b, c, d))
    return PeopleColumns(
        on=on, id=ids, ref=ref, family_name=tuple(x or "" for x in fam),
        given_name=tuple(x or "" for x in giv), latin_name=lat,
        sex=sex, date_of_birth=dob, nationality=nat, document_type=dtype, document_number=dnum,
        document_expiry=dexp, site_id=site_id, site_code=site_code, site_name=site_name,
        batch_id=batch_id, batch_ref=batch_ref, case_ref=tuple(x or "" for x in case_ref),
        province=tuple(x or "" for x in province), flags=flags, missing=tuple(missing),
        ready_on=tuple(ready_on), status=status, strike_reason=strike,
    )


def people_search_keys(people: PeopleColumns) -> list[str]:
    """One lowercase string per person to match a filter text against: reference, native and
    Latin names, document number, case reference and batch reference."""
    return [
        f"{r}\x1f{f}{g}\x1f{f} {g}\x1f{lat}\x1f{d or ''}\x1f{c}\x1f{b or ''}".casefold()
        for r, f, g, lat, d, c, b in zip(
            people.ref, people.family_name, people.given_name, people.latin_name,
            people.document_number, people.case_ref, people.batch_ref, strict=True,
        )
    ]


def _count_if(cond: Any) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def load_batches(engine: Engine, on: dt.date | None = None) -> BatchColumns:
    """Every batch with member counts and readiness; struck members are not counted."""
    on = on or dt.date.today()
    site = L.alias("site")
    member = and_(P.c.batch_id == B.c.id, P.c.status != PersonStatus.STRUCK)
    steps = [P.c[name] for name, _ in READINESS_STEPS]
    any_open = steps[0].is_(None)
    for s in steps[1:]:
        any_open = any_open | s.is_(None)
    stmt = (
        select(
            B.c.id, B.c.ref, site.c.code, site.c.name_en, func.count(P.c.id),
            _count_if(and_(P.c.id.is_not(None), any_open)),
            *(func.max(s) for s in steps), B.c.legal_deadline, B.c.priority, RP.c.code, RP.c.name,
            _count_if(P.c.date_of_birth > minor_cutoff(on)),
            _count_if(P.c.screening == Screening.VICTIM),
            _count_if(P.c.medical.is_(True)),
            _count_if(P.c.pregnant.is_(True)),
            _count_if(P.c.travel_separately.is_(True)),
        )
        .select_from(
            B.join(site, site.c.id == B.c.site_id)
            .outerjoin(RP, RP.c.id == B.c.receiving_point_id)
            .outerjoin(P, member)
        )
        .group_by(B.c.id, B.c.ref, site.c.code, site.c.name_en, B.c.legal_deadline,
                  B.c.priority, RP.c.code, RP.c.name)
        .order_by(B.c.ref)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    (ids, ref, site_code, site_name, people, not_ready, m0, m1, m2, m3, deadline, priority,
     rp_code, rp_name, minors, victims, medical, pregnant, separate) = _columns(rows, 19)
    ready_on = tuple(
        max(a, b, c, d) if n and not nr else None
        for n, nr, a, b, c, d in zip(people, not_ready, m0, m1, m2, m3, strict=True)
    )
    return BatchColumns(
        on=on, id=ids, ref=ref, site_code=site_code, site_name=site_name,
        people=tuple(int(x) for x in people), not_ready=tuple(int(x) for x in not_ready),
        ready_on=ready_on, legal_deadline=deadline, priority=tuple(_str(x) for x in priority),
        receiving_code=rp_code, receiving_name=rp_name, minors=tuple(int(x) for x in minors),
        victims=tuple(int(x) for x in victims), medical=tuple(int(x) for x in medical),
        pregnant=tuple(int(x) for x in pregnant), separate=tuple(int(x) for x in separate),
    )


def load_snapshot(engine: Engine, on: dt.date | None = None) -> Snapshot:
    """Everything the main window needs, read in one go (the unit a loading worker will run)."""
    on = on or dt.date.today()
    people = load_people(engine, on)
    sites = sorted(
        {(i, c, n) for i, c, n in zip(people.site_id, people.site_code, people.site_name,
                                      strict=True)},
        key=lambda s: s[2].casefold(),
    )
    return Snapshot(people=people, batches=load_batches(engine, on), sites=tuple(sites))
