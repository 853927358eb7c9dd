"""`repatplan audit verify|list`: check the hash chain; show who changed what."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy.engine import Engine

EXIT_TAMPERED = 3


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    a = sub.add_parser("audit", parents=[common], help="the tamper-evident audit trail")
    asub = a.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", parents=[common],
                        help="check every entry's hash and link; exit 3 and say where if the "
                             "log was edited, added to or cut")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_verify)
    ls = asub.add_parser("list", parents=[common], help="list entries, newest first")
    ls.add_argument("--person", metavar="REF", help="entries about this person")
    ls.add_argument("--batch", metavar="REF", help="entries about this batch and its people")
    ls.add_argument("--entity", help="entries about this kind of record (table name)")
    ls.add_argument("--by", dest="by_actor", metavar="ACTOR", help="entries by this actor")
    ls.add_argument("--limit", type=int, default=200, help="at most this many (0: all)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)


def cmd_verify(args: argparse.Namespace, engine: Engine) -> int:
    from planner.audit.verify import verify_chain
    from planner.cli.main import print_json

    rep = verify_chain(engine)
    if args.json:
        print_json(rep.as_dict())
    elif rep.ok:
        print(f"audit chain intact: {rep.entries} entries, head {rep.head_hash[:16]}…")
    else:
        print(f"audit chain BROKEN ({len(rep.problems)} problem(s) in {rep.entries} entries):")
        for p in rep.problems:
            print(f"  {p}")
    return 0 if rep.ok else EXIT_TAMPERED


def _short(value: Any) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 120 else text[:117] + "…"


def cmd_list(args: argparse.Namespace, engine: Engine) -> int:
    from planner.audit.query import list_entries
    from planner.cli.main import print_json

    rows = list_entries(engine, person=args.person, batch=args.batch, entity=args.entity,
                        actor=args.by_actor, limit=args.limit or None)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    if not rows:
        print("no audit entries match")
    for r in rows:
        what = f"{r.entity} {r.ref or r.entity_id or ''}".strip()
        change = (f"{_short(r.before)} → {_short(r.after)}" if r.action == "update"
                  else _short(r.after if r.after is not None else r.before))
        print(f"#{r.seq} {r.at:%Y-%m-%d %H:%M:%S} {r.actor}: {r.action} {what} {change}")
    return 0
