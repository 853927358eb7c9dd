"""Commands of handover manifests and handover records: manifest (print one or a day's, signed
when a signing certificate is set), manifest list, manifest verify, handover record, handover
report. `manifest escorts` and `manifest signer` are in planner.cli.manifest_extra."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from planner.cli import manifest_extra
from planner.cli.main import UserError, actor_name, print_json

if TYPE_CHECKING:
    from planner.manifests.models import Manifest


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parents = [common]
    m = sub.add_parser("manifest", parents=parents, help="print handover manifests (PDF)")
    m.add_argument("--handover", metavar="NUMBER",
                   help="the manifest number of one handover (see `manifest list`)")
    m.add_argument("--date", type=dt.date.fromisoformat, metavar="DATE",
                   help="with --all: every handover of this day")
    m.add_argument("--all", action="store_true", help="with --date: all manifests of the day")
    m.add_argument("-o", "--output", type=Path, metavar="FILE|DIR",
                   help="the PDF file (--handover) or folder (--all)")
    m.add_argument("--plan", type=int, metavar="ID", help="default: the published plan")
    m.add_argument("--revision", type=int, metavar="N",
                   help="reprint an earlier revision (default: the current one)")
    m.add_argument("--operation", metavar="NAME",
                   help="operation name on the paper (default: $REPATPLAN_OPERATION)")
    m.add_argument("--no-sign", action="store_true",
                   help="print unsigned even when a signing certificate is set")
    m.set_defaults(handler=cmd_manifest)
    ms = m.add_subparsers(dest="manifest_command", metavar="ACTION")
    ls = ms.add_parser("list", parents=parents, help="handover events of the plan")
    ls.add_argument("--date", type=dt.date.fromisoformat, metavar="DATE")
    ls.add_argument("--plan", type=int, metavar="ID")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)
    v = ms.add_parser("verify", parents=parents,
                      help="check a printed manifest against the database (exit 1 if not)")
    v.add_argument("file", type=Path, metavar="FILE")
    v.add_argument("--trust", action="append", default=[], type=Path, metavar="CERT.pem",
                   help="a certificate authority to trust for the signature (repeatable)")
    v.add_argument("--require-trusted", action="store_true",
                   help="exit 1 unless the file is signed by a trusted certificate")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_verify)
    manifest_extra.register(ms, parents)

    h = sub.add_parser("handover", parents=parents, help="record handovers; reconciliation")
    hs = h.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    r = hs.add_parser("record", parents=parents, help="record what happened at a handover")
    r.add_argument("number", metavar="NUMBER", help="manifest number")
    r.add_argument("--at", required=True, type=dt.datetime.fromisoformat, metavar="DATETIME",
                   help="actual local time, e.g. 2025-02-20T09:10")
    r.add_argument("--dispatching-officer", required=True, metavar="NAME")
    r.add_argument("--dispatching-id", required=True, metavar="ID")
    r.add_argument("--receiving-officer", required=True, metavar="NAME")
    r.add_argument("--receiving-id", required=True, metavar="ID")
    r.add_argument("--witness", default="", metavar="NAME")
    r.add_argument("--witness-id", default="", metavar="ID")
    r.add_argument("--strike", action="append", default=[], metavar="REF:CODE[:NOTE]",
                   help="a person struck from the manifest; CODE: not_present, "
                   "refused_by_receiving, medical_hold, other (other needs a NOTE)")
    r.add_argument("--strike-as", action="append", default=[], metavar="REF:REASON",
                   help="with CODE other: strike the person for good (released, absconded, "
                   "deceased, other_legal_process, duplicate_record, hospitalised)")
    r.add_argument("--note", default="", metavar="TEXT")
    r.add_argument("--correct", action="store_true",
                   help="correct a recorded handover (makes a new manifest revision)")
    r.add_argument("--revision", type=int, metavar="N",
                   help="the revision printed on the signed paper; refused if it is no longer "
                   "the latest (or, without --correct, already recorded)")
    r.set_defaults(handler=cmd_record)
    rep = hs.add_parser("report", parents=parents,
                        help="reconciliation: planned, manifested, handed over, struck")
    rep.add_argument("--date", type=dt.date.fromisoformat, metavar="DATE",
                     help="one day (default: every day of the plan)")
    rep.add_argument("--plan", type=int, metavar="ID")
    rep.add_argument("--today", type=dt.date.fromisoformat, metavar="DATE",
                     help="what counts as past (default: today)")
    rep.add_argument("--by", choices=("day", "batch"), default="day",
                     help="rows per day and batch (default), or per batch over all days")
    rep.add_argument("--json", action="store_true")
    rep.set_defaults(handler=cmd_report)


def _plan(engine: Engine, given: int | None) -> int:
    from planner.manifests.events import resolve_plan_id

    return resolve_plan_id(engine, given)


def cmd_manifest(args: argparse.Namespace, engine: Engine) -> int:
    from planner.reporting.signing import SigningError

    try:
        return _print(args, engine)
    except SigningError as exc:  # e.g. the certificate file moved or expired since it was set
        raise UserError(str(exc)) from None


def _print(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.progress import ProgressBar
    from planner.engine.store import PlanError
    from planner.manifests.store import get, print_manifests, sync_plan

    if args.output is None:
        raise UserError("give -o FILE.pdf (with --handover) or -o DIR (with --date D --all)")
    actor = actor_name(args)
    pid = _plan(engine, args.plan)
    if not args.handover and not (args.date and args.all):
        raise UserError("say which: --handover NUMBER, or --date DATE --all")
    signer = manifest_extra.configured_signer(engine, args.no_sign)
    signed = f", signed by {signer.subject}" if signer else ""
    if args.handover:
        if args.revision is not None:
            from sqlmodel import Session

            with Session(engine) as s:
                ms = [get(s, args.handover, args.revision)]
        else:
            try:
                ms = sync_plan(engine, pid, actor, number=args.handover)
            except PlanError:  # no longer in the plan: reprint what is stored, if anything
                from sqlmodel import Session

                with Session(engine) as s:
                    ms = [get(s, args.handover)]
        done = print_manifests(engine, ms, lambda m: args.output, actor, args.operation,
                               signer=signer)
        d = done[0]
        print(f"{d.manifest.number} r{d.manifest.revision}: {d.info.people} people, "
              f"{d.info.pages} pages{signed} → {d.path}")
        _escort_warnings(engine, [d.manifest])
        return 0
    out: Path = args.output
    out.mkdir(parents=True, exist_ok=True)
    ms = sync_plan(engine, pid, actor, day=args.date)
    if not ms:
        raise UserError(f"plan {pid} has no handover on {args.date}")
    bar = ProgressBar(len(ms), "manifests")
    try:
        done = print_manifests(engine, ms, lambda m: out / f"{m.number}-r{m.revision}.pdf",
                               actor, args.operation, progress=bar,
                               signer=signer)
    finally:
        bar.close()
    people = sum(d.info.people for d in done)
    print(f"{len(done)} manifests, {people} people, {sum(d.info.pages for d in done)} pages"
          f"{signed} → {out}")
    _escort_warnings(engine, [d.manifest for d in done])
    return 0


def _escort_warnings(engine: Engine, printed: list[Manifest]) -> None:
    from planner.manifests.escorts import get_escorts

    for m in printed:
        warning = get_escorts(engine, m.number, m.revision).warning
        if warning:
            print(f"warning: {warning}")


def cmd_list(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.events import plan_events

    pid = _plan(engine, args.plan)
    events = [e for e in plan_events(engine, pid) if args.date is None or e.day == args.date]
    rows = [{"number": e.number, "kind": e.kind, "resource": e.code, "day": e.day.isoformat(),
             "time": e.time.strftime("%H:%M") if e.time else "", "people": len(e.people)}
            for e in events]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['number']:<28} {r['kind']:<8} {r['day']} {r['time']:>5} "
                  f"{r['people']:>4} people")
        print(f"{len(rows)} handovers in plan {pid}")
    return 0


def cmd_verify(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.store import verify_file
    from planner.reporting.signing import SigningError

    if not args.file.is_file():
        raise UserError(f"{args.file} is not a file")
    try:
        v = verify_file(engine, args.file, args.trust)
    except SigningError as exc:
        raise UserError(str(exc)) from None
    sig = v.signature
    ok = v.ok and (sig.trusted or not args.require_trusted)
    if args.json:
        print_json({"ok": ok, "number": v.manifest.number if v.manifest else None,
                    "revision": v.manifest.revision if v.manifest else None,
                    "latest_revision": v.latest_revision,
                    "mismatches": list(v.result.mismatches),
                    "signature": {"signed": sig.signed, "intact": sig.intact,
                                  "whole_file": sig.whole_file, "trusted": sig.trusted,
                                  "subject": sig.subject or None,
                                  "signed_at": sig.signed_at.isoformat() if sig.signed_at
                                  else None, "problems": list(sig.problems)}})
    else:
        print(v.summary())
        if args.require_trusted and v.ok and not sig.trusted:
            print("not accepted: --require-trusted needs a signature from a trusted authority")
    return 0 if ok else 1


def _pairs(items: list[str], what: str) -> list[list[str]]:
    out = []
    for it in items:
        parts = it.split(":", 2)
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise UserError(f"{what} {it!r}: expected REF:VALUE")
        out.append(parts)
    return out


def cmd_record(args: argparse.Namespace, engine: Engine) -> int:
    from planner.domain.enums import StrikeReason
    from planner.manifests.handover import Officers, StrikeCode, Struck, record_handover

    strike_as = {}
    for ref, reason, *_ in _pairs(args.strike_as, "--strike-as"):
        try:
            strike_as[ref] = StrikeReason(reason)
        except ValueError:
            raise UserError(f"--strike-as {ref}: unknown reason {reason!r}") from None
    struck = []
    for parts in _pairs(args.strike, "--strike"):
        try:
            code = StrikeCode(parts[1])
        except ValueError:
            known = ", ".join(c.value for c in StrikeCode)
            raise UserError(f"--strike {parts[0]}: unknown code {parts[1]!r} ({known})") from None
        struck.append(Struck(parts[0], code, parts[2] if len(parts) > 2 else "",
                             strike_as.pop(parts[0], None)))
    if strike_as:
        raise UserError(f"--strike-as for people not struck: {', '.join(strike_as)}")
    officers = Officers(args.dispatching_officer, args.dispatching_id, args.receiving_officer,
                        args.receiving_id, args.witness, args.witness_id)
    rev, handed, n_struck = record_handover(
        engine, args.number, occurred_at=args.at, officers=officers, struck=struck,
        note=args.note, actor=actor_name(args), correct=args.correct, revision=args.revision)
    print(f"{args.number} r{rev}: handover recorded, {handed} handed over, {n_struck} struck; "
          "the manifest is frozen")
    return 0


def cmd_report(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.reconcile import by_batch, reconcile

    pid = _plan(engine, args.plan)
    rows = reconcile(engine, pid, day=args.date, today=args.today)
    if args.by == "batch":
        rows = by_batch(rows)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    red = sys.stdout.isatty()
    print(f"{'day':<10} {'batch':<14} {'planned':>7} {'manifested':>10} {'handed over':>11} "
          f"{'struck':>6} {'unaccounted':>11}")
    total = [0, 0, 0, 0, 0]
    for r in rows:
        n = len(r.unaccounted)
        line = (f"{r.day} {r.batch:<14} {r.planned:>7} {r.manifested:>10} {r.handed_over:>11} "
                f"{r.struck:>6} {n:>11}")
        print(f"\033[31m{line}\033[0m" if (n and red) else line + (" !" if n else ""))
        for k, v in enumerate((r.planned, r.manifested, r.handed_over, r.struck, n)):
            total[k] += v
    print(f"{'total':<25} {total[0]:>7} {total[1]:>10} {total[2]:>11} {total[3]:>6} "
          f"{total[4]:>11}")
    missing = sorted({ref for r in rows for ref in r.unaccounted})
    if missing:
        shown = ", ".join(missing[:20]) + (f" and {len(missing) - 20} more"
                                           if len(missing) > 20 else "")
        msg = f"UNACCOUNTED FOR ({len(missing)}): {shown}"
        print(f"\033[31m{msg}\033[0m" if red else msg)
    return 0
