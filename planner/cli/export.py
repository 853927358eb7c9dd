"""Commands of partner exports: export schedule (xlsx, csv, ics, json, paxlst) and partner
list / show / set.

`export` may already be registered by planner.cli.plan (JSON only): then this module takes over
its `schedule` action, so one parser serves every format (the internal JSON stays the default
when no partner is named)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy.engine import Engine

from planner.cli.main import UserError, actor_name, print_json

PASSWORD_ENV = "REPATPLAN_EXPORT_PASSWORD"


def _export_actions(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
                    ) -> argparse._SubParsersAction:
    existing = sub.choices.get("export")
    if existing is None:
        x = sub.add_parser("export", parents=[common], help="export the plan for partners")
        return x.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    for action in existing._actions:
        if isinstance(action, argparse._SubParsersAction):
            action._name_parser_map.pop("schedule", None)
            action._choices_actions = [a for a in action._choices_actions
                                       if a.dest != "schedule"]
            return action
    raise RuntimeError("the export command has no actions")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from planner.exports.service import FORMATS, INTERNAL

    xs = _export_actions(sub, common)
    sch = xs.add_parser("schedule", parents=[common],
                        help="the published plan for a partner (docs/exports.md)")
    sch.add_argument("--format", choices=FORMATS, default="json")
    sch.add_argument("--partner", default=INTERNAL, metavar="NAME",
                     help="partner profile deciding the fields (see `partner list`); without "
                     "it only the internal JSON can be written")
    sch.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sch.add_argument("--plan", type=int, default=None, metavar="ID")
    sch.add_argument("--date", type=dt.date.fromisoformat, metavar="DATE",
                     help="only this day's handovers (not for json)")
    sch.add_argument("--flight", default="", metavar="NUMBER", help="only this flight")
    sch.add_argument("--encrypt", action="store_true",
                     help=f"protect the file with a password (from ${PASSWORD_ENV}, else "
                     "asked twice): XLSX with Office encryption, anything else in an AES-256 "
                     "7-Zip archive FILE.7z")
    sch.set_defaults(handler=cmd_export)

    p = sub.add_parser("partner", parents=[common], help="partner profiles of exports")
    ps = p.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    ls = ps.add_parser("list", parents=[common], help="list partner profiles")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_partner_list)
    sh = ps.add_parser("show", parents=[common], help="one profile and its fields")
    sh.add_argument("name", metavar="NAME")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=cmd_partner_show)
    st = ps.add_parser("set", parents=[common], help="create or change a profile")
    st.add_argument("name", metavar="NAME")
    st.add_argument("--kind", metavar="KIND",
                    help="airline, foreign_police, receiving_bureau, logistics, other")
    st.add_argument("--fields", metavar="LIST", help="the whole field list, comma-separated")
    st.add_argument("--add", action="append", default=[], metavar="FIELD")
    st.add_argument("--remove", action="append", default=[], metavar="FIELD")
    st.add_argument("--events", metavar="LIST", help="crossing, flight or both")
    st.add_argument("--carrier", metavar="NAME", help="only this carrier's flights ('' = all)")
    st.add_argument("--note", metavar="TEXT")
    st.set_defaults(handler=cmd_partner_set)


def export_password() -> str:
    """From $REPATPLAN_EXPORT_PASSWORD, else asked twice in the terminal; checked for length."""
    from planner.exports.protect import PasswordError, check_password

    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise UserError(f"--encrypt needs a password: set {PASSWORD_ENV} or run in a "
                            "terminal")
        password = getpass.getpass("Password for the export file: ")
        try:
            check_password(password)
        except PasswordError as e:
            raise UserError(str(e)) from e
        if getpass.getpass("Repeat the password: ") != password:
            raise UserError("the two passwords differ; nothing was written")
    try:
        check_password(password)
    except PasswordError as e:
        raise UserError(f"{e} (from {PASSWORD_ENV})" if os.environ.get(PASSWORD_ENV)
                        else str(e)) from e
    return password


def cmd_export(args: argparse.Namespace, engine: Engine) -> int:
    from planner.exports.service import export_schedule

    if args.format == "json" and (args.date or args.flight):
        raise UserError("--date and --flight apply to xlsx, csv, ics and paxlst, not json")
    password = export_password() if args.encrypt else None
    rec = export_schedule(engine, fmt=args.format, partner=args.partner, out=args.output,
                          actor=actor_name(args), plan_id=args.plan, day=args.date,
                          flight=args.flight, password=password)
    written = args.output.with_name(rec.file_name)
    how = ", encrypted" if password is not None else ""
    print(f"plan {rec.plan_id} written to {written} for {rec.partner} ({rec.format}{how}: "
          f"{rec.rows} rows, {rec.people} people); export {rec.id} recorded")
    return 0


def _profile_json(p: object) -> dict[str, object]:
    from planner.exports.profiles import fields_of, kinds_of
    from planner.manifests.models import PartnerProfile

    assert isinstance(p, PartnerProfile)
    return {"name": p.name, "kind": p.kind, "fields": list(fields_of(p)),
            "events": list(kinds_of(p)), "carrier": p.carrier, "note": p.note,
            "version": p.version}


def cmd_partner_list(args: argparse.Namespace, engine: Engine) -> int:
    from planner.exports.profiles import list_profiles

    rows = [_profile_json(p) for p in list_profiles(engine)]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        fields = ", ".join(r["fields"]) or "(head counts only)"  # type: ignore[arg-type]
        print(f"{r['name']:<20} {r['kind']:<17} {fields}")
    return 0


def cmd_partner_show(args: argparse.Namespace, engine: Engine) -> int:
    from planner.exports.profiles import get_profile

    r = _profile_json(get_profile(engine, args.name))
    if args.json:
        print_json(r)
    else:
        for k, v in r.items():
            print(f"{k:<8} {', '.join(v) if isinstance(v, list) else v}")
    return 0


def cmd_partner_set(args: argparse.Namespace, engine: Engine) -> int:
    from planner.exports.profiles import set_profile

    p = set_profile(engine, args.name, actor=actor_name(args), kind=args.kind,
                    fields=args.fields, add=args.add, remove=args.remove,
                    event_kinds=args.events, carrier=args.carrier, note=args.note)
    print(f"partner {p.name}: {p.fields or '(head counts only)'}")
    return 0
