"""The audit trail as people read it: an entry's changes field by field, values shown plainly
("—" for none, times without T), a one-line summary with values withheld where asked, and the
operator and agency an actor names."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.audit.query import AuditRow

WITHHELD = "(withheld)"


@dataclasses.dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: Any
    after: Any
    changed: bool


def changes(row: AuditRow) -> list[FieldChange]:
    """Field by field: before → after of an update (the fields it changed), the values of an
    insert or a delete, or the details of an event (an export, a print …)."""
    before = row.before if isinstance(row.before, dict) else \
        ({} if row.before is None else {"value": row.before})
    after = row.after if isinstance(row.after, dict) else \
        ({} if row.after is None else {"value": row.after})
    names = list(dict.fromkeys([*before, *after]))
    return [FieldChange(k, before.get(k), after.get(k),
                        k in before and k in after and before[k] != after[k]) for k in names]


_ISO_TIME = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)(?:\.\d+)?$")


def show_value(value: Any) -> str:
    """A stored value as people read it ("—" for none, times without T and fractions)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and (m := _ISO_TIME.match(value)):
        return f"{m.group(1)} {m.group(2)}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return str(value)


def summary(row: AuditRow, most: int = 4, width: int = 40,
            batches: Mapping[int, str] | None = None, withheld: Collection[str] = ()) -> str:
    """One line: "field: before → after; …" for a change, "field=value; …" (those with a
    value) otherwise. `batches` shows a batch_id as the batch's reference; the values of the
    fields named in `withheld` (at any depth) show as "(withheld)", whether they changed
    still shows."""
    def short(name: str, v: Any) -> str:
        if name in withheld:
            return WITHHELD
        if name == "batch_id" and batches and isinstance(v, int) and v in batches:
            return batches[v]
        text = show_value(withhold(v, withheld))
        return text if len(text) <= width else text[:width - 1] + "…"

    fields = changes(row)
    if row.before is not None and row.after is not None:
        shown = [f"{c.field}: {short(c.field, c.before)} → {short(c.field, c.after)}"
                 for c in fields if c.changed or c.before is None or c.after is None]
    else:
        values = [(c.field, c.after if row.after is not None else c.before) for c in fields]
        shown = [f"{k}={short(k, v)}" for k, v in values
                 if v not in (None, "") or k in withheld]
    more = len(shown) - most
    return "; ".join(shown[:most]) + (f"; +{more} more" if more > 0 else "")


def withhold(value: Any, names: Collection[str]) -> Any:
    """`value` with the values of the keys in `names` replaced by "(withheld)", at any depth."""
    if not names:
        return value
    if isinstance(value, dict):
        return {k: WITHHELD if k in names else withhold(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [withhold(v, names) for v in value]
    return value


def split_actor(actor: str) -> tuple[str, str]:
    """(operator, agency) of an actor recorded as "Name (ID, Agency)" (the app's form), or
    (actor, "") for any other (a CLI --actor, "os:<login>")."""
    if not actor.endswith(")") or " (" not in actor:
        return actor, ""
    name, _, details = actor[:-1].rpartition(" (")
    parts = [p.strip() for p in details.split(",")]
    agency = parts[-1] if len(parts) > 1 or not any(ch.isdigit() for ch in parts[-1]) else ""
    return name, agency
