"""Save a PNG of every screen and the main dialogs of repatplan, for the user guide.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --db DEMO --out DIR [--size 1536x864]
        [--on 2025-02-20] [--time-limit 15] [--import-file FILE] [--language en]
        [--second-language zh_CN]

Works on a COPY of the database given (an SQLite file; the original is only read): it plans and
publishes there as `repatplan plan` and `repatplan plan publish` do, then opens the copy in the
app and saves every screen — overview, people (a person selected), batches, each network tab,
the plan (its search chart after a run, chunks, unscheduled, a disruption's changes, the
comparison), the manifests of a day (and the print preview), a recorded handover and the
reconciliation, exports, audit — and the dialogs (operator, preferences, import wizard with
errors, network import, handover, closure, bulk status, split). Every screen that reads in the
background has finished reading before it is saved. Then a few screens again in the second
language (`<screen>-zh_CN.png`).

Runs with private settings in a temporary folder, so the user's own window state and last
database are neither used nor changed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui import settings as keys
from ui.app import configure_application
from ui.i18n import install_translation
from ui.main_window import MainWindow
from ui.settings import use_private_settings
from ui.shots import (
    OPERATOR,
    SECOND_LANGUAGE_SCREENS,
    Shots,
    settle,
    shoot_audit,
    shoot_dialogs,
    shoot_exports,
    shoot_manifests,
    shoot_network,
    shoot_network_import,
    shoot_people,
    shoot_plain,
    shoot_plan_run,
    shoot_plan_tabs,
    shoot_replan,
)

# -- the database copy, planned and published ---------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    path: Path
    plan_id: int
    first_flight: dt.date  # the first day anyone flies in the plan (else its first day)


def copy_database(db: str, dest: Path) -> Path:
    """A consistent copy (SQLite's backup API) of the database `db`, which is only read: not
    upgraded, not backed up, not checked. Encrypted files stay encrypted with the same key."""
    from planner.db.backup import backup_sqlite
    from planner.db.crypto import unlock_from_environment
    from planner.db.engine import open_database, resolve_url, sqlite_path

    path = sqlite_path(resolve_url(db))
    if path is None:
        raise SystemExit("screenshots are made on a copy of an SQLite file; a server database "
                         "cannot be copied here")
    if not path.exists():
        raise SystemExit(f"{path}: no such database (build one with: repatplan demo --db FILE "
                         "--no-encryption)")
    engine = open_database(db, upgrade=False, check=False, daily_backup=False,
                           **unlock_from_environment(path))
    try:
        return backup_sqlite(engine, dest=dest)
    finally:
        engine.dispose()


def plan_and_publish(db: Path, time_limit: float, actor: str,
                     start: dt.date | None = None) -> Prepared:
    """Plan everyone ready from `start` (as the app's runs start at its today) and publish the
    plan (`repatplan plan --start` + `plan publish`)."""
    from sqlmodel import Session, select

    from planner.db.crypto import unlock_from_environment
    from planner.db.engine import open_database
    from planner.db.models import Flight
    from planner.engine.service import run_plan
    from planner.engine.settings import PlanSettings
    from planner.engine.store import publish

    engine = open_database(db, **unlock_from_environment(db))
    try:
        started = time.perf_counter()
        out = run_plan(engine, PlanSettings(time_limit=time_limit, workers=2, start=start),
                       actor=actor)
        changes = publish(engine, out.plan_id, actor)
        print(f"plan {out.plan_id}: {out.result.scheduled_people} people scheduled, "  # noqa: T201
              f"{len(out.result.unscheduled)} batches unscheduled, published "
              f"({changes} status changes) in {time.perf_counter() - started:.0f} s")
        with Session(engine) as s:
            days = [f.departure_local.date() for f in s.exec(select(Flight).where(
                Flight.id.in_(out.result.operated_flights))).all()]  # type: ignore[union-attr]
        return Prepared(db, out.plan_id, min(days, default=out.result.start))
    finally:
        engine.dispose()


def write_persons_with_errors(db: Path, out: Path) -> Path:
    """A small partner list (CSV) with the usual mistakes, for the import wizard's pages."""
    from sqlmodel import Session, select

    from planner.db.crypto import unlock_from_environment
    from planner.db.engine import open_database
    from planner.db.models import Location, Person
    from planner.domain.enums import LocationKind

    engine = open_database(db, **unlock_from_environment(db))
    try:
        with Session(engine) as s:
            site = s.exec(select(Location.code).where(
                Location.kind == LocationKind.HOLDING_SITE)).first() or "SITE"
            taken = s.exec(select(Person.document_number).where(
                Person.document_number.is_not(None))).first() or "E00000000"  # type: ignore[union-attr]
    finally:
        engine.dispose()
    header = ["person_ref", "family_name", "given_name", "latin_name", "sex", "date_of_birth",
              "nationality", "document_type", "document_number", "document_expiry", "site",
              "batch_ref", "flags", "ready_date"]
    rows = [
        ["NEW-0001", "王", "伟", "WANG Wei", "M", "1991-04-12", "CHN", "passport", "EG1000001",
         "2031-01-01", site, "", "", "2025-03-01"],
        ["NEW-0002", "李", "娜", "LI Na", "F", "12/07/1998", "CHN", "passport", "EG1000002",
         "2030-06-30", site, "", "victim", "2025-03-01"],
        ["NEW-0003", "张", "磊", "ZHANG Lei", "Q", "1987-11-02", "CHN", "passport", "EG1000003",
         "2029-05-14", site, "", "", "2025-03-01"],
        ["NEW-0004", "刘", "洋", "LIU Yang", "M", "03/02/95", "CHN", "passport", "EG1000004",
         "2032-02-02", site, "", "", "2025-03-01"],
        ["NEW-0005", "陈", "静", "CHEN Jing", "F", "2000-02-30", "CHN", "passport",
         "EG1000005", "2030-01-01", site, "", "", "2025-03-01"],
        ["NEW-0006", "杨", "帆", "YANG Fan", "M", "1993-08-19", "CHX", "passport", "EG1000006",
         "2030-01-01", site, "", "", "2025-03-01"],
        ["NEW-0007", "赵", "强", "ZHAO Qiang", "M", "1985-01-23", "CHN", "passport",
         "EG1000007", "2030-01-01", "NOWHERE", "", "", "2025-03-01"],
        ["NEW-0008", "黄", "敏", "HUANG Min", "M", "1990-09-09", "CHN", "passport", "EG1000008",
         "2030-01-01", site, "", "pregnant", "2025-03-01"],
        ["NEW-0009", "周", "杰", "ZHOU Jie", "M", "1996-12-01", "CHN", "passport", taken,
         "2030-01-01", site, "", "", "2025-03-01"],
        ["NEW-0010", "吴", "芳", "WU Fang", "F", "2009-05-17", "CHN", "passport", "EG1000010",
         "2024-12-31", site, "", "minor", "2025-03-01"],
        ["NEW-0011", "徐", "斌", "XU Bin", "M", "1989-03-03", "CHN", "none", "",
         "", site, "", "", "2025-03-01"],
        ["NEW-0012", "孙", "丽", "SUN Li", "F", "1994-10-10", "CHN", "passport", "EG1000001",
         "2030-01-01", site, "", "", "2025-03-01"],
    ]
    with out.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return out



def make_window(db: Path, size: tuple[int, int], on: dt.date) -> MainWindow:
    window = MainWindow(on=on)
    window.resize(*size)
    window.show()
    if not window.open_database(str(db)):
        raise SystemExit(f"the app could not open {db}")
    settle(200)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a PNG per screen and dialog of "
                                                 "repatplan, on a copy of the database.")
    parser.add_argument("--db", required=True, help="an SQLite database file (only read: the "
                        "shots are made on a copy)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1536x864",
                        help="window size, WIDTHxHEIGHT (default: a 1920x1080 laptop screen at "
                             "Windows' usual 125%% scaling)")
    parser.add_argument("--on", type=dt.date.fromisoformat,
                        help="judge ages and deadlines on this day (YYYY-MM-DD; default: the "
                             "first day anyone flies in the plan made here)")
    parser.add_argument("--time-limit", type=float, default=15.0,
                        help="seconds for each optimiser run (default 15)")
    parser.add_argument("--language", default="en", choices=sorted(keys.LANGUAGES))
    parser.add_argument("--second-language", default="zh_CN",
                        choices=[*sorted(keys.LANGUAGES), "none"],
                        help="also save the overview, people and batches screens in this "
                             "language, as <screen>-<language>.png (default zh_CN)")
    parser.add_argument("--import-file", type=Path,
                        help="a persons file for the import wizard's pages (default: a small "
                             "list with typical mistakes, made here)")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    network_file = Path(__file__).resolve().parent.parent / "resources/demo/network-2025.json"
    with tempfile.TemporaryDirectory(prefix="repatplan-shots-") as tmp:
        work = Path(tmp)
        use_private_settings(work / "settings")
        actor = keys.actor_text(*OPERATOR)
        copy = copy_database(args.db, work / "demo.sqlite")
        from planner.demo import HORIZON_START  # the demo's own day

        prepared = plan_and_publish(copy, args.time_limit, actor, args.on or HORIZON_START)
        on = args.on or prepared.first_flight
        import_file = args.import_file or write_persons_with_errors(
            copy, work / "persons-march.csv")

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        configure_application(app)
        install_translation(app, args.language)
        keys.save_operator(*OPERATOR)
        args.out.mkdir(parents=True, exist_ok=True)

        window = make_window(copy, (width, height), on)
        s = Shots(window, args.out)
        for key in ("overview", "batches"):
            s.attempt(key, partial(shoot_plain, s, key))
        s.attempt("people", lambda: shoot_people(s))
        s.attempt("network", lambda: shoot_network(s))
        s.attempt("network import", lambda: shoot_network_import(s, network_file))
        s.attempt("plan", lambda: shoot_plan_tabs(s))
        s.attempt("plan run", lambda: shoot_plan_run(s, args.time_limit))
        s.attempt("manifests", lambda: shoot_manifests(s, work))
        s.attempt("exports", lambda: shoot_exports(s, work))
        s.attempt("plan re-plan", lambda: shoot_replan(s, args.time_limit))
        s.attempt("audit", lambda: shoot_audit(s))
        s.attempt("dialogs", lambda: shoot_dialogs(s, import_file))
        window.close()
        skipped = list(s.skipped)

        if args.second_language not in ("none", args.language):
            install_translation(app, args.second_language)
            window = make_window(copy, (width, height), on)
            t = Shots(window, args.out, f"-{args.second_language}")
            for key in SECOND_LANGUAGE_SCREENS:
                if key == "people":
                    t.attempt(key, lambda: shoot_people(t))
                else:
                    t.attempt(key, partial(shoot_plain, t, key))
            window.close()
            skipped += t.skipped
            install_translation(app, args.language)
        for line in skipped:
            print(f"skipped {line}", file=sys.stderr)  # noqa: T201
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
