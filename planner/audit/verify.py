"""Checking the audit chain: every entry's hash, every link, numbering and the head."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.audit.chain import ENTRY, HEAD, entry_hash
from planner.audit.models import GENESIS_HASH

_PAGE = 5000


class VerifyCancelled(Exception):
    """The check was stopped before the end; nothing is known about the rest of the chain."""


@dataclasses.dataclass
class VerifyReport:
    entries: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "head": self.head_seq,
                "head_hash": self.head_hash, "problems": self.problems}


def verify_chain(engine: Engine, *, max_problems: int = 50,
                 on_progress: Callable[[int, int], None] | None = None,
                 should_stop: Callable[[], bool] | None = None) -> VerifyReport:
    """Recompute every hash and link. Problems name the entry number and what differs:
    content changed (hash mismatch), a broken link (an entry rewritten, inserted or removed
    before it), a gap in the numbering (entries deleted), or a head that does not match the
    last entry (entries deleted from the end or added after it).

    `on_progress(entries checked, entries the head counts)` is called before each page of
    entries; when `should_stop()` says so there, `VerifyCancelled` is raised."""
    rep = VerifyReport()

    def problem(text: str) -> None:
        if len(rep.problems) < max_problems:
            rep.problems.append(text)
        elif len(rep.problems) == max_problems:
            rep.problems.append("… more problems not listed")

    cols = [ENTRY.c.seq, ENTRY.c.at, ENTRY.c.actor, ENTRY.c.action, ENTRY.c.entity,
            ENTRY.c.entity_id, ENTRY.c.ref, ENTRY.c.before_json, ENTRY.c.after_json,
            ENTRY.c.prev_hash, ENTRY.c.hash]
    with engine.connect() as conn:
        head = conn.execute(select(HEAD.c.id, HEAD.c.seq, HEAD.c.hash)).all()
        if len(head) != 1 or head[0][0] != 1:
            problem(f"chain head: expected one row with id 1, found {len(head)} row(s)")
        else:
            rep.head_seq, rep.head_hash = int(head[0][1]), str(head[0][2])
        expected_seq, prev_hash = 1, GENESIS_HASH
        last = 0
        while True:
            if should_stop is not None and should_stop():
                raise VerifyCancelled
            if on_progress is not None:
                on_progress(rep.entries, max(rep.head_seq, rep.entries))
            rows = conn.execute(select(*cols).where(ENTRY.c.seq > last)
                                .order_by(ENTRY.c.seq).limit(_PAGE)).all()
            if not rows:
                break
            for seq, at, actor, action, entity, eid, ref, before, after, prev, h in rows:
                rep.entries += 1
                if seq != expected_seq:
                    if seq > expected_seq:
                        gap = f"{expected_seq}" if seq == expected_seq + 1 else \
                            f"{expected_seq}–{seq - 1}"
                        problem(f"entry {gap}: missing (deleted); the numbering jumps to {seq}")
                    else:
                        problem(f"entry {seq}: out of sequence (inserted)")
                if prev != prev_hash:
                    problem(f"entry {seq}: its previous-hash {prev[:12]}… does not match the "
                            f"hash of the entry before it {prev_hash[:12]}… (an entry before it "
                            "was rewritten, inserted or deleted)")
                actual = entry_hash(seq, at, actor, action, entity, eid, ref, before, after, prev)
                if actual != h:
                    what = f"{action} {entity} {ref or eid or ''}".strip()
                    problem(f"entry {seq}: content does not match its hash (edited: {what} "
                            f"by {actor} at {at:%Y-%m-%d %H:%M:%S})")
                prev_hash, expected_seq, last = h, seq + 1, seq
    if last != rep.head_seq:
        if last < rep.head_seq:
            problem(f"entries {last + 1}–{rep.head_seq}: missing at the end (the head says the "
                    f"chain has {rep.head_seq} entries, the log ends at {last})")
        else:
            problem(f"entries {rep.head_seq + 1}–{last}: after the chain head (inserted)")
    elif prev_hash != rep.head_hash:
        problem(f"entry {last}: the chain head's hash does not match the last entry")
    return rep
