"""Commands of manifest escorts and signing: `manifest escorts`, `manifest signer set|show|clear`,
and the signer that `manifest` prints with (the PKCS#12 password from $REPATPLAN_SIGNING_PASSWORD
or a prompt; never stored, never logged)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from planner.cli.main import UserError, actor_name, print_json

if TYPE_CHECKING:  # the renderer and pyHanko load only when a command needs them
    from planner.reporting.signing import ManifestSigner

#: = planner.reporting.signing.ENV_PASSWORD (not imported here: the CLI starts faster)
ENV_PASSWORD = "REPATPLAN_SIGNING_PASSWORD"


def register(ms: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `escorts` and `signer` under the `manifest` command's actions."""
    e = ms.add_parser("escorts", parents=parents,
                      help="the escorts of a handover (printed on its manifest)")
    e.add_argument("number", metavar="NUMBER", help="manifest number (see `manifest list`)")
    e.add_argument("--add", action="append", default=[], metavar="NAME;ID;AGENCY[;ROLE]",
                   help="add an escort (repeat for several); with --clear: replace the list")
    e.add_argument("--clear", action="store_true", help="remove every escort first")
    e.add_argument("--list", action="store_true", help="show the escorts (the default)")
    e.add_argument("--plan", type=int, metavar="ID", help="default: the published plan")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=cmd_escorts)

    sg = ms.add_parser("signer", parents=parents,
                       help="the agency certificate manifests are signed with (PAdES)")
    ss = sg.add_subparsers(dest="signer_command", metavar="ACTION", required=True)
    st = ss.add_parser("set", parents=parents,
                       help=f"sign manifests with a PKCS#12 file (password: ${ENV_PASSWORD} "
                       "or a prompt; it is not stored)")
    st.add_argument("--p12", required=True, type=Path, metavar="FILE",
                    help="the agency's .p12/.pfx file (key and certificate)")
    st.set_defaults(handler=cmd_signer_set)
    sh = ss.add_parser("show", parents=parents, help="the certificate in use, if any")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=cmd_signer_show)
    sc = ss.add_parser("clear", parents=parents, help="stop signing manifests")
    sc.set_defaults(handler=cmd_signer_clear)


def signing_password(p12: Path) -> str:
    """$REPATPLAN_SIGNING_PASSWORD, else a terminal prompt."""
    value = os.environ.get(ENV_PASSWORD)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"the password of the signing certificate {p12.name} is needed: set "
                        f"{ENV_PASSWORD} or run in a terminal")
    value = getpass.getpass(f"Password of the signing certificate {p12.name}: ")
    if not value:
        raise UserError("no password given")
    return value


def _open_signer(p12: Path) -> ManifestSigner:
    from planner.reporting.signing import SigningError, load_signer

    try:
        return load_signer(p12, signing_password(p12))
    except SigningError as exc:
        raise UserError(str(exc)) from None


def configured_signer(engine: Engine, unsigned: bool = False) -> ManifestSigner | None:
    """The signer `manifest` prints with: None when no certificate is set or `unsigned`."""
    from planner.manifests.store import signer_config

    config = None if unsigned else signer_config(engine)
    if config is None:
        return None
    return _open_signer(config.p12)


def cmd_signer_set(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.store import set_signer

    if not args.p12.is_file():
        raise UserError(f"{args.p12} is not a file")
    signer = _open_signer(args.p12)
    config = set_signer(engine, args.p12, signer, actor_name(args))
    print(f"manifests will be signed by {config.subject} (certificate valid until "
          f"{config.not_after}); file {config.p12}")
    return 0


def cmd_signer_show(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.store import signer_config

    c = signer_config(engine)
    if args.json:
        print_json(None if c is None else {
            "p12": str(c.p12), "exists": c.p12.is_file(), "subject": c.subject,
            "not_after": c.not_after, "set_at": c.set_at.isoformat(), "set_by": c.set_by})
        return 0
    if c is None:
        print("no signing certificate: manifests are printed unsigned "
              "(set one with `repatplan manifest signer set --p12 FILE`)")
        return 0
    print(f"signer:      {c.subject}\nvalid until: {c.not_after}\nfile:        {c.p12}"
          + ("" if c.p12.is_file() else "  (MISSING: printing will fail)")
          + f"\nset:         {c.set_at:%Y-%m-%d %H:%M} UTC by {c.set_by}")
    return 0


def cmd_signer_clear(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.store import clear_signer

    if clear_signer(engine, actor_name(args)):
        print("signing certificate removed: manifests are printed unsigned from now on")
    else:
        print("no signing certificate was set")
    return 0


def _ensure_stored(engine: Engine, number: str, plan: int | None, actor: str) -> None:
    """Make the manifest of `number` from the plan when it is not stored yet."""
    from sqlmodel import Session

    from planner.manifests.events import resolve_plan_id
    from planner.manifests.store import latest, sync_plan

    with Session(engine) as s:
        if latest(s, number) is not None:
            return
    sync_plan(engine, resolve_plan_id(engine, plan), actor, number=number)


def cmd_escorts(args: argparse.Namespace, engine: Engine) -> int:
    from planner.manifests.escorts import get_escorts, parse_escort, set_escorts

    actor = actor_name(args)
    _ensure_stored(engine, args.number, args.plan, actor)
    if args.add or args.clear:
        new = [parse_escort(a) for a in args.add]
        current = () if args.clear else get_escorts(engine, args.number).escorts
        # --add appends to the escorts just read: refused if someone changes them meanwhile
        result = set_escorts(engine, args.number, [*current, *new], actor,
                             seen=None if args.clear else current)
    else:
        result = get_escorts(engine, args.number)
    if args.json:
        print_json({"number": result.number, "revision": result.revision,
                    "required": result.required, "warning": result.warning or None,
                    "escorts": [{"name": e.name, "id_number": e.id_number,
                                 "agency": e.agency, "role": e.role} for e in result.escorts]})
        return 0
    for i, e in enumerate(result.escorts, start=1):
        print(f"{i:>2}  {e.name}  ·  {e.id_number}  ·  {e.agency or '—'}  ·  {e.role or '—'}")
    required = f", {result.required} required by the plan" if result.required else ""
    n = len(result.escorts)
    print(f"{result.number} r{result.revision}: {n} escort{'' if n == 1 else 's'}{required}")
    if result.warning:
        print(f"warning: {result.warning}")
    return 0
