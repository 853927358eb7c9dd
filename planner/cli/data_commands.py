"""`repatplan demo`, `repatplan import persons|network|template`, `repatplan status`."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    d = sub.add_parser("demo", parents=[common],
                       help="build the deterministic 2025 demo caseload into the database")
    d.add_argument("--scale", type=int, default=1, help="multiply the caseload (benchmarks)")
    d.add_argument("--seed", type=int, default=2025)
    d.add_argument("--force", action="store_true",
                   help="replace a database that already holds people")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_demo)

    imp = sub.add_parser("import", parents=[common], help="import persons or the network")
    isub = imp.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    ip = isub.add_parser("persons", parents=[common], help="import a persons list (CSV or XLSX)")
    ip.add_argument("file", type=Path)
    ip.add_argument("--skip-invalid", action="store_true",
                    help="import the valid rows and write the rejected ones to a file")
    ip.add_argument("--rejected", type=Path,
                    help="where rejected rows go (default: FILE-rejected.csv/.xlsx)")
    ip.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                    help="map a file header to a template field (repeatable)")
    ip.add_argument("--json", action="store_true")
    ip.set_defaults(handler=cmd_import_persons)
    inet = isub.add_parser("network", parents=[common], help="import the network (JSON)")
    inet.add_argument("file", type=Path)
    inet.add_argument("--json", action="store_true")
    inet.set_defaults(handler=cmd_import_network)
    it = isub.add_parser("template", parents=[common],
                         help="write the blank persons template (XLSX)")
    it.add_argument("output", type=Path)
    it.set_defaults(handler=cmd_template, no_db=True)

    st = sub.add_parser("status", parents=[common], help="counts of people, batches and network")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=cmd_status)


def cmd_demo(args: argparse.Namespace, engine: Engine) -> int:
    from sqlalchemy import func, select

    from planner.cli.main import UserError, actor_name, print_json
    from planner.cli.progress import ProgressBar
    from planner.db.crypto import engine_key
    from planner.db.engine import open_database, sqlite_path
    from planner.db.models import Person
    from planner.demo import build_demo

    if args.scale < 1:
        raise UserError("--scale must be 1 or more")
    with engine.connect() as c:
        people = c.execute(select(func.count()).select_from(Person)).scalar_one()
    if people:
        path = sqlite_path(engine.url.render_as_string(hide_password=False))
        if not args.force:
            raise UserError(f"the database already holds {people} people; use --force to "
                            "replace it with the demo")
        if path is None:
            raise UserError("--force replaces SQLite files only")
        key = engine_key(engine)
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        engine = open_database(path, key=key, allow_plain=key is None)
    bar = ProgressBar(0, "demo")
    try:
        summary = build_demo(engine, scale=args.scale, seed=args.seed, actor=actor_name(args),
                             on_progress=bar)
    finally:
        bar.close()
    data = _as_dict(summary)
    if args.json:
        print_json(data)
    else:
        print(f"demo database built: {data.get('people')} people, {data.get('batches')} batches, "
              f"{data.get('flights')} flights in {data.get('seconds', 0):.1f} s")
    return 0


def _as_dict(obj: Any) -> dict[str, Any]:
    import dataclasses

    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    return dict(obj)


def _parse_map(items: list[str]) -> dict[str, str] | None:
    from planner.cli.main import UserError

    out: dict[str, str] = {}
    for item in items:
        src, sep, dst = item.partition("=")
        if not sep or not src.strip() or not dst.strip():
            raise UserError(f"--map {item!r}: expected HEADER=FIELD")
        out[src.strip()] = dst.strip()
    return out or None


def cmd_import_persons(args: argparse.Namespace, engine: Engine) -> int:
    src: Path = args.file
    if not src.is_file():
        raise FileNotFoundError(f"no file at {src}")
    from planner.cli.main import actor_name, print_json
    from planner.cli.progress import ProgressBar
    from planner.importing.persons import import_persons
    from planner.importing.report import format_issues

    bar = ProgressBar(0, "import")
    try:
        report = import_persons(engine, src, actor=actor_name(args),
                                skip_invalid=args.skip_invalid, rejected_path=args.rejected,
                                column_map=_parse_map(args.map), on_progress=bar)
    finally:
        bar.close()
    if args.json:
        print_json({
            "file": str(src), "written": report.written, "rows": report.rows_total,
            "created": report.created, "updated": report.updated, "unchanged": report.unchanged,
            "rejected": report.rejected,
            "rejected_file": str(report.rejected_path) if report.rejected_path else None,
            "issues": [{"row": i.row, "column": i.column, "value": i.value, "reason": i.reason}
                       for i in report.issues],
            "ignored_columns": report.ignored_columns,
            "suggested_map": report.suggested_columns,
        })
    else:
        if report.issues:
            print(format_issues(report.issues, limit=200))
        if report.ignored_columns:  # after the issues, where it is seen: often their cause
            print(report.ignored_text())
            for header, column in report.suggested_columns.items():
                option = shlex.quote(f"{header}={column}")
                print(f"  to read {header!r} as {column}: --map {option}")
        if report.written:
            print(f"imported {src.name}: {report.created} created, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {report.rejected} rejected"
                  + (f" (written to {report.rejected_path})" if report.rejected_path else ""))
        else:
            print(f"nothing imported: {len(report.issues)} problem(s) in {report.rejected} "
                  f"row(s); fix them or use --skip-invalid")
    return 0 if report.written else 2


def cmd_import_network(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import actor_name, print_json
    from planner.importing.network import import_network

    report = import_network(engine, args.file, actor=actor_name(args))
    data = _as_dict(report)
    if args.json:
        print_json(data)
    else:
        print(f"network imported from {args.file.name}:")
        for table, counts in data.get("tables", {}).items():
            print(f"  {table:<17} " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def cmd_template(args: argparse.Namespace, _engine: Engine) -> int:
    from planner.importing.template import write_template

    write_template(args.output)
    print(f"template written: {args.output}")
    return 0


def cmd_status(args: argparse.Namespace, engine: Engine) -> int:
    from planner.cli.main import print_json
    from planner.queries_status import status_summary

    data = status_summary(engine)
    if args.json:
        print_json(data)
        return 0
    print(f"database: {data['database']} (schema {data['schema']})")
    print(f"people: {data['people']['total']}")
    for k, v in data["people"]["by_status"].items():
        print(f"  {k:<12} {v:>7}")
    print("by holding site:")
    for k, v in data["people"]["by_site"].items():
        print(f"  {k:<24} {v:>7}")
    net = data["network"]
    print(f"batches: {data['batches']}  flights: {net['flights']}  crossings: "
          f"{net['crossings']}  receiving points: {net['receiving_points']}")
    return 0
