"""Edits of single rows of the transport network (locations, crossings, flights, legs, receiving
points), Qt-free: `update_row`, `add_row`, `delete_row` (refused, naming what uses the row, while
anything does) and `restore_row`, and the tables and helpers the flight and closure edits share.
Import them from `planner.services.network_edits`, which re-exports them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, column, delete, func, insert, or_, select, table
from sqlalchemy.engine import Connection, Engine

from planner.db.engine import transaction
from planner.db.models import (
    Batch,
    BorderCrossing,
    CrossingClosure,
    Flight,
    Leg,
    Location,
    Person,
    ReceivingPoint,
    ReceivingProvince,
)
from planner.db.plan_models import PlanAssignment, PlanFlight, PlanLoad, PlanStep, PlanVehicle
from planner.domain.enums import LegMode, LocationKind
from planner.services.locking import (
    ConflictError,
    EditError,
    EditRejected,
    RowChange,
    bump,
    conn_of,
    record,
)
from planner.services.network_rules import (
    FIELDS,
    NEW_FIELDS,
    validate,
    validate_new,
)


def _table(model: Any) -> Table:
    return model.__table__


MODELS: dict[str, Any] = {"location": Location, "crossing": BorderCrossing, "flight": Flight,
                          "leg": Leg, "receiving_point": ReceivingPoint}
TABLES: dict[str, Table] = {k: _table(m) for k, m in MODELS.items()}
XC, RPV = _table(CrossingClosure), _table(ReceivingProvince)
F, L = TABLES["flight"], TABLES["location"]
#: Rows deleted and restored together with their parent: (table, column of the parent's id).
CHILDREN: dict[str, tuple[Table, str]] = {"crossing": (XC, "crossing_id"),
                                          "receiving_point": (RPV, "receiving_point_id")}

_REF_COLUMN = {"location": "code", "crossing": "code", "flight": "number",
               "receiving_point": "code"}


@dataclass(frozen=True, slots=True)
class RowEdit:
    """One network row changed: `before`/`after` hold only the changed fields."""

    kind: str
    row_id: int
    ref: str
    before: dict[str, Any]
    after: dict[str, Any]
    version: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A deleted row (every column, id and version included) and the rows that went with it
    (closures of a crossing, provinces of a receiving point): what `restore_row` puts back."""

    kind: str
    ref: str
    row: dict[str, Any]
    children: tuple[dict[str, Any], ...] = ()


def load_row(conn: Any, kind: str, row_id: int) -> Mapping[str, Any]:
    """Row `row_id` of `kind`; ConflictError when it no longer exists."""
    t = TABLES[kind]
    r = conn.execute(select(t).where(t.c.id == row_id)).first()
    if r is None:
        raise ConflictError(kind.replace("_", " "), f"#{row_id}", 0, None)
    return r._mapping


def _ref(kind: str, row: Mapping[str, Any]) -> str:
    col = _REF_COLUMN.get(kind)
    return str(row[col]) if col else f"#{row['id']}"


def _provinces(conn: Connection, point_id: int) -> list[str]:
    return list(conn.execute(select(RPV.c.province).where(
        RPV.c.receiving_point_id == point_id).order_by(RPV.c.province)).scalars())


def _set_provinces(conn: Connection, point_id: int, provinces: Collection[str]) -> None:
    conn.execute(delete(RPV).where(RPV.c.receiving_point_id == point_id))
    if provinces:
        conn.execute(insert(RPV), [{"receiving_point_id": point_id, "province": p}
                                   for p in provinces])


def update_row(engine: Engine, kind: str, row_id: int, seen_version: int,
               changes: Mapping[str, Any], *, actor: str) -> RowEdit:
    """Change fields of one network row the user saw at `seen_version`."""
    if kind not in FIELDS:
        raise EditError(f"unknown kind of network row {kind!r}")
    unknown = set(changes) - FIELDS[kind]
    if unknown:
        raise EditError(f"{kind}: these fields cannot be edited here: {sorted(unknown)}")
    with transaction(engine) as session:
        conn = conn_of(session)
        row = dict(load_row(conn, kind, row_id))
        if kind == "receiving_point":
            row["provinces"] = _provinces(conn, row_id)
        ref = _ref(kind, row)
        messages = validate(kind, {**row, **changes})
        if messages:
            raise EditRejected(messages, f"{kind.replace('_', ' ')} {ref}")
        changed = {k: v for k, v in changes.items()
                   if (sorted(row[k]) != sorted(v) if k == "provinces" else row[k] != v)}
        before = {k: row[k] for k in changed}
        if not changed:
            if row["version"] != seen_version:
                raise ConflictError(kind, ref, seen_version, row["version"])
            return RowEdit(kind, row_id, ref, {}, {}, seen_version)
        version = bump(session, TABLES[kind], row_id, seen_version,
                       {k: v for k, v in changed.items() if k != "provinces"},
                       kind=kind.replace("_", " "), ref=ref)
        if "provinces" in changed:
            _set_provinces(conn, row_id, changed["provinces"])
        record(session, actor, f"edit {kind.replace('_', ' ')}",
               [RowChange(kind, row_id, ref, plain(before), plain(changed))])
    return RowEdit(kind, row_id, ref, before, changed, version)


def plain(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the audit trail stores them (ISO strings for dates and times)."""
    out: dict[str, Any] = {}
    for k, v in values.items():
        v = getattr(v, "value", v)
        out[k] = v.isoformat() if isinstance(v, dt.date | dt.time) else v
    return out


def add_row(engine: Engine, kind: str, values: Mapping[str, Any], *, actor: str) -> int:
    """A new location, crossing, leg or receiving point (with its `provinces`); returns its id.
    Fields left out take the table's defaults."""
    if kind not in NEW_FIELDS:
        raise EditError(f"{kind}: add it with its own function")
    unknown = set(values) - NEW_FIELDS[kind]
    if unknown:
        raise EditError(f"{kind}: unknown fields {sorted(unknown)}")
    provinces = list(values.get("provinces") or ())
    v = {k: x for k, x in values.items() if k != "provinces"}
    for name, enum in (("kind", LocationKind), ("mode", LegMode)):
        if getattr(v.get(name), "value", v.get(name)) in {e.value for e in enum}:
            v[name] = enum(getattr(v[name], "value", v[name]))
    if "code" in v:
        v["code"] = str(v["code"] or "").strip().upper()
    obj = MODELS[kind](**v)
    t = TABLES[kind]
    full = {c.name: getattr(obj, c.name) for c in t.c if c.name not in ("id", "version")}
    with transaction(engine) as session:
        conn = conn_of(session)
        places = {i: k for i, k in conn.execute(select(L.c.id, L.c.kind))}
        taken = ({tuple(r) for r in conn.execute(select(t.c.origin_id, t.c.destination_id,
                                                        t.c.mode))}
                 if kind == "leg" else set(conn.execute(select(t.c.code)).scalars()))
        messages = validate_new(kind, {**full, "provinces": provinces}, taken=taken,
                                places=places)
        ref = _ref(kind, {**full, "id": "new"})
        if messages:
            raise EditRejected(messages, f"{kind.replace('_', ' ')} {ref}")
        key = conn.execute(insert(t).values({**full, "version": 1})).inserted_primary_key
        assert key is not None
        row_id = int(key[0])
        if provinces:
            _set_provinces(conn, row_id, provinces)
        record(session, actor, f"add {kind.replace('_', ' ')}",
               [RowChange(kind, row_id, _ref(kind, {**full, "id": row_id}), None,
                          plain({**full, "provinces": provinces}))])
    return row_id


def _uses(conn: Connection, kind: str, row_id: int) -> list[str]:
    """What would point at nothing if the row were deleted, in words (empty: nothing)."""
    PA, PS, PLD, B, P = (_table(m) for m in (PlanAssignment, PlanStep, PlanLoad, Batch,
                                              Person))
    X, LG, RP = TABLES["crossing"], TABLES["leg"], TABLES["receiving_point"]
    manifest = table("manifest", column("plan_id"), column("kind"), column("ref_id"))
    steps = select(PA.c.plan_id).join(PS, PS.c.assignment_id == PA.c.id)
    step = {"crossing": "crossing", "leg": "road", "flight": "flight"}.get(kind, "")
    load = {"location": "stage", "crossing": "crossing", "leg": "leg", "receiving_point":
            "intake"}.get(kind, "")
    at = (lambda a, b: or_(a == row_id, b == row_id))  # noqa: E731
    other = L.alias("other")
    names: dict[str, list[Any]] = {
        "location": [("legs", select(L.c.code + " → " + other.c.code).select_from(
                         LG.join(L, L.c.id == LG.c.origin_id).join(
                             other, other.c.id == LG.c.destination_id)).where(
                         at(LG.c.origin_id, LG.c.destination_id))),
                     ("crossings", select(X.c.code).where(at(X.c.side_a_id, X.c.side_b_id))),
                     ("flights", select(F.c.number).where(at(F.c.origin_id,
                                                             F.c.destination_id))),
                     ("receiving points", select(RP.c.code).where(RP.c.location_id == row_id)),
                     ("batches", select(B.c.ref).where(B.c.site_id == row_id))],
        "receiving_point": [("batches", select(B.c.ref).where(
            B.c.receiving_point_id == row_id))]}
    plans = [steps.where(at(PS.c.origin_id, PS.c.destination_id)) if kind == "location"
             else steps.where(PS.c.kind == step, PS.c.ref_id == row_id),
             select(PLD.c.plan_id).where(PLD.c.kind == load, PLD.c.ref_id == row_id),
             select(manifest.c.plan_id).where(manifest.c.kind == kind,
                                              manifest.c.ref_id == row_id)]
    for model, col in ((PlanVehicle, "leg_id"), (PlanFlight, "flight_id"),
                       (PlanAssignment, "receiving_point_id")):
        if col == f"{kind}_id":
            plans.append(select(_table(model).c.plan_id).where(_table(model).c[col] == row_id))
    out: list[str] = []
    n = conn.execute(select(func.count()).where(P.c.site_id == row_id)).scalar_one() \
        if kind == "location" else 0
    if n:
        out.append(f"{n} {'person' if n == 1 else 'people'} held there")
    for label, q in names.get(kind, []):
        found = sorted({str(x) for x in conn.execute(q).scalars()})
        if found:
            more = f" and {len(found) - 3} more" if len(found) > 3 else ""
            one = label.removesuffix("es" if label == "batches" else "s")
            out.append(f"{len(found)} {label if len(found) > 1 else one} "
                       f"({', '.join(found[:3])}{more})")
    ids = sorted({int(x) for q in plans for x in conn.execute(q).scalars()})
    if ids:
        out.append(("plan " if len(ids) == 1 else "plans ") + ", ".join(map(str, ids)))
    return out


def delete_row(engine: Engine, kind: str, row_id: int, seen_version: int, *,
               actor: str) -> Removed:
    """Delete a row the user saw at `seen_version`, if nothing uses it; else refuse, naming
    what uses it. Closures of a crossing and provinces of a receiving point go with it."""
    t = TABLES[kind]
    with transaction(engine) as session:
        conn = conn_of(session)
        # locked until the end (PostgreSQL; SQLite's one writer serialises anyway): no edit of
        # the row, and no new row referring to it, can slip in between the checks and the delete
        found = conn.execute(select(t).where(t.c.id == row_id).with_for_update()).first()
        if found is None:
            raise EditError(f"{kind.replace('_', ' ')} {row_id} no longer exists")
        row = dict(found._mapping)
        name, ref = kind.replace("_", " "), _ref(kind, row)
        if row["version"] != seen_version:
            raise ConflictError(name, ref, seen_version, row["version"])
        uses = _uses(conn, kind, row_id)
        if uses:
            hint = "; cancel it instead" if kind == "flight" else ""
            raise EditError(f"{name} {ref} cannot be deleted, it is still needed by: "
                            f"{'; '.join(uses)}. Nothing was deleted{hint}.")
        children: tuple[dict[str, Any], ...] = ()
        if kind in CHILDREN:
            child, fk = CHILDREN[kind]
            children = tuple(dict(r._mapping) for r in conn.execute(
                select(child).where(child.c[fk] == row_id)))
            conn.execute(delete(child).where(child.c[fk] == row_id))
        gone = conn.execute(delete(t).where(t.c.id == row_id, t.c.version == seen_version))
        if gone.rowcount != 1:
            raise ConflictError(name, ref, seen_version, None)
        record(session, actor, f"delete {name}",
               [RowChange(kind, row_id, ref, plain(row), None)])
    return Removed(kind, ref, row, children)


def restore_row(engine: Engine, removed: Removed, *, actor: str) -> int:
    """Put a deleted row back with its id, code and version (the undo of `delete_row`);
    returns its version. Refused when its code was taken or a place it needs is gone."""
    t, row = TABLES[removed.kind], removed.row
    with transaction(engine) as session:
        conn = conn_of(session)
        col = _REF_COLUMN.get(removed.kind)
        if col == "code" and conn.execute(select(t.c.id).where(t.c.code == row["code"])).first():
            raise EditError(f"{removed.kind.replace('_', ' ')} {removed.ref} cannot be put "
                            f"back: another one now has the code {row['code']}")
        needed = [row[k] for k in ("origin_id", "destination_id", "side_a_id", "side_b_id",
                                   "location_id") if k in row]
        if len(set(conn.execute(select(L.c.id).where(L.c.id.in_(needed))).scalars())) < len(
                set(needed)):
            raise EditError(f"{removed.kind.replace('_', ' ')} {removed.ref} cannot be put "
                            "back: a place it connects has been deleted")
        conn.execute(insert(t).values(row))
        if removed.children:
            conn.execute(insert(CHILDREN[removed.kind][0]), list(removed.children))
        record(session, actor, f"restore {removed.kind.replace('_', ' ')}",
               [RowChange(removed.kind, int(row["id"]), removed.ref, None, plain(row))])
    return int(row["version"])

