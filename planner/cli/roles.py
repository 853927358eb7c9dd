"""`repatplan db roles`: coordinator and viewer roles on a shared PostgreSQL database."""

from __future__ import annotations

import argparse
import os

from sqlalchemy.engine import Engine


def register_roles(dsub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    r = dsub.add_parser("roles", parents=[common],
                        help="PostgreSQL: create the coordinator (read-write) and viewer "
                             "(read-only) roles, or give a login one of them")
    r.add_argument("--create", action="store_true",
                   help="create both roles and grant their privileges (run as the owner)")
    r.add_argument("--grant", metavar="LOGIN", help="make this login a coordinator or viewer")
    r.add_argument("--role", choices=["coordinator", "viewer"], default="viewer")
    r.add_argument("--password-env", metavar="VAR",
                   help="set the login's password from this environment variable")
    r.set_defaults(handler=cmd_roles, no_upgrade=True)


def cmd_roles(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import UserError
    from planner.db.roles import RoleError, create_roles, grant_role

    if not args.create and not args.grant:
        raise UserError("nothing to do: give --create and/or --grant LOGIN --role ROLE")
    try:
        if args.create:
            for line in create_roles(engine):
                print(line)
        if args.grant:
            password = os.environ.get(args.password_env) if args.password_env else None
            print(grant_role(engine, args.grant, args.role, password))
    except RoleError as e:
        raise UserError(str(e)) from None
    return 0
