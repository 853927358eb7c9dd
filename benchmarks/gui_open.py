"""How fast the desktop app opens a large database and filters its people table.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_open [--people 10000] [--json OUT]

Builds a database with at least N people (the 2025 demo caseload of `planner.demo.build_demo`,
scaled up; or `--synthetic`: exactly N generated people), then measures:

* open_seconds: in this process, from creating the main window to the People table painted
  (open + upgrade check + queries + models + first paint);
* cold_open_seconds: the same in a fresh Python process, imports of Qt and SQLAlchemy included;
* filter_ms: the slowest of several filter texts typed into the People filter box, until the
  table has repainted;
* stall_ms: the longest gap of a 5 ms GUI-thread heartbeat while the import wizard checks and
  imports a file of --import-rows new people (10,000) and the screens reload (target 100 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPATPLAN_NO_ENCRYPTION", "1")  # a throw-away plain database

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection, Engine

from benchmarks import emit
from planner.db.engine import open_database
from planner.db.models import Batch, Location, Person, ReceivingPoint

TARGET_OPEN_S = 2.0
TARGET_FILTER_MS = 100.0
TARGET_STALL_MS = 100.0
DEMO_PEOPLE = 8390  # people in the demo at scale 1
FILTER_TEXTS = ("w", "wa", "wang", "e1", "b-0", "zzzz-no-match", "")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
SURNAMES_LATIN = ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU",
                  "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "GAO", "LIN", "LUO"]
GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"),
         ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"),
         ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao")]
PROVINCES = ("Fujian", "Jiangsu", "Zhejiang", "Guangdong", "Henan", "Sichuan", "Hunan", "Yunnan")
LOC = Location.__table__  # type: ignore[attr-defined]
RP = ReceivingPoint.__table__  # type: ignore[attr-defined]
BATCH = Batch.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]
STATUSES = ("detained",) * 5 + ("verified",) * 3 + ("cleared",) * 2 + ("scheduled", "struck")


def _insert(c: Connection, table: Any, **values: Any) -> int:
    key = c.execute(insert(table).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def build_synthetic(engine: Engine, people: int, seed: int = 7) -> None:
    """A plausible caseload of `people` people in batches of ~25, inserted in bulk."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 6)
    with engine.begin() as c:
        site_ids = []
        for n, name in enumerate(("Myawaddy holding site", "Shwe Kokko holding site",
                                  "Tachileik holding site", "Mae Sot staging"), start=1):
            site_ids.append(_insert(c, LOC, code=f"SITE{n}", name_en=name, country="MMR",
                                    kind="holding_site", timezone="Asia/Yangon", version=1))
        rp_ids = []
        for n, name in enumerate(("Nanjing PSB", "Fuzhou PSB", "Kunming PSB"), start=1):
            loc = _insert(c, LOC, code=f"CITY{n}", name_en=name, country="CHN",
                          kind="receiving_point", timezone="Asia/Shanghai", version=1)
            rp_ids.append(_insert(c, RP, code=f"RP{n}", name=name, location_id=loc,
                                  daily_intake=300, version=1))
        batches = []
        for n in range(max(1, people // 25)):
            c.execute(insert(BATCH).values(
                ref=f"B-{n + 1:04d}", site_id=site_ids[n % len(site_ids)],
                legal_deadline=start + dt.timedelta(days=30 + n % 90),
                priority=rng.choice(("urgent", "high", "normal", "normal", "low")),
                receiving_point_id=rp_ids[n % len(rp_ids)], keep_cases_together=True,
                min_chunk=10, notes="", version=1))
            batches.append((n + 1, site_ids[n % len(site_ids)]))
        rows: list[dict[str, Any]] = []
        now = dt.datetime(2025, 1, 1)
        for i in range(people):
            batch_id, site_id = batches[i // 25 % len(batches)]
            k = rng.randrange(len(SURNAMES))
            given, given_latin = rng.choice(GIVEN)
            steps = [start + dt.timedelta(days=rng.randrange(60)) if rng.random() < 0.75
                     else None for _ in range(4)]
            status = rng.choice(STATUSES)
            rows.append(dict(
                ref=f"P-{i + 1:06d}", family_name=SURNAMES[k], given_name=given,
                latin_name=f"{SURNAMES_LATIN[k]} {given_latin}",
                sex=rng.choice("MMMF"), date_of_birth=dt.date(1965 + rng.randrange(45),
                                                              rng.randint(1, 12),
                                                              rng.randint(1, 28)),
                nationality="CHN", document_type=rng.choice(("passport", "etc", "none")),
                document_number=f"E{rng.randrange(10**8):08d}", document_expiry=None,
                document_country="CHN", mrz=None, province=rng.choice(PROVINCES),
                case_ref=f"C-{i // 4:05d}", family_ref="", site_id=site_id,
                batch_id=batch_id if rng.random() < 0.9 else None,
                medical=rng.random() < 0.05, medical_note="",
                screening="screened_victim" if rng.random() < 0.03 else "not_screened",
                pregnant=rng.random() < 0.01, travel_separately=rng.random() < 0.02,
                identity_verified_on=steps[0], document_issued_on=steps[1],
                exit_clearance_on=steps[2], fit_to_travel_on=steps[3], status=status,
                strike_reason="released" if status == "struck" else None, notes="",
                created_at=now, updated_at=now, version=1))
        c.execute(insert(PERSON), rows)


def build_database(path: Path, people: int, synthetic: bool = False) -> tuple[int, str]:
    """Build the database (the demo caseload scaled to at least `people`, or a synthetic one);
    return (people in it, how it was made)."""
    engine = open_database(path, allow_plain=True)
    try:
        if synthetic:
            build_synthetic(engine, people)
            source = "synthetic"
        else:
            from planner.demo import build_demo

            scale = max(1, math.ceil(people / DEMO_PEOPLE))
            build_demo(engine, scale=scale)
            source = f"planner.demo.build_demo(scale={scale})"
        with engine.connect() as c:
            count = c.execute(select(func.count()).select_from(PERSON)).scalar_one()
    finally:
        engine.dispose()
    return int(count), source


def open_window(path: Path, on: dt.date | None = None) -> tuple[Any, float]:
    """Open the main window on `path` (taking `on` as today, as `repatplan-gui --today`); the
    window and the seconds until its table painted."""
    from PySide6.QtWidgets import QApplication

    from ui.app import configure_application
    from ui.main_window import MainWindow
    from ui.settings import use_private_settings

    use_private_settings(tempfile.mkdtemp(prefix="repatplan-bench-settings-"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    from ui.settings import save_operator

    save_operator("Benchmark", "B1", "repatplan")
    started = time.perf_counter()
    window = MainWindow(on=on)
    window.show()
    if not window.open_database(path):
        raise SystemExit(f"could not open {path}")
    window.show_screen("people")
    app.processEvents()
    window.screens["people"].table.view.viewport().grab()  # the table painted once
    return window, time.perf_counter() - started


def measure_filter(window: Any) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    screen = window.screens["people"].table
    times: dict[str, float] = {}
    for text in FILTER_TEXTS:
        started = time.perf_counter()
        screen.filter_edit.setText(text)
        QApplication.processEvents()
        screen.view.viewport().grab()
        times[text or "(cleared)"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    screen.status_combo.setCurrentIndex(1)
    QApplication.processEvents()
    times["status: active"] = (time.perf_counter() - started) * 1000
    screen.status_combo.setCurrentIndex(0)
    return times


def measure_sort(window: Any) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    view = window.screens["people"].table.view
    started = time.perf_counter()
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # Latin name
    QApplication.processEvents()
    return (time.perf_counter() - started) * 1000


def write_import_file(path: Path, db: Path, rows: int) -> Path:
    """A persons CSV of `rows` new people at the first holding site of `db`."""
    import csv

    engine = open_database(db, allow_plain=True)
    with engine.connect() as c:
        site = c.execute(select(LOC.c.code).where(LOC.c.kind == "holding_site")
                         .order_by(LOC.c.id)).scalars().first()
    engine.dispose()
    out = path.parent / "import.csv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["person_ref", "family_name", "given_name", "latin_name", "sex",
                    "date_of_birth", "nationality", "site"])
        for i in range(rows):
            fam, given = SURNAMES[i % len(SURNAMES)], GIVEN[i % len(GIVEN)]
            w.writerow([f"IMP-{i:06d}", fam, given[0],
                        f"{SURNAMES_LATIN[i % len(SURNAMES_LATIN)]} {given[1]}",
                        "MF"[i % 2], f"19{60 + i % 40}-0{1 + i % 9}-1{i % 9}", "CHN", site])
    return out


class Heartbeat:
    """A 5 ms GUI-thread timer; `stall_ms` is the longest gap between its ticks, i.e. the
    longest time the GUI thread was busy (a frozen window)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.at: list[float] = []  # when each gap ended, seconds after start()
        self.last = self.started = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.at.append(now - self.started)
        self.last = now

    def start(self) -> None:
        self.last = self.started = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return round(max(self.gaps, default=0.0), 1)

    def worst(self, n: int = 5) -> list[tuple[float, float]]:
        """The n longest stalls as (ms, seconds after start when it ended)."""
        pairs = sorted(zip(self.gaps, self.at, strict=True), reverse=True)[:n]
        return [(round(g, 1), round(t, 2)) for g, t in pairs]


def wait_for(done: Any, limit_s: float = 300) -> None:
    """Run the event loop until done() or the limit."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(5)
    deadline = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < deadline:
        loop.exec()
    poll.stop()


def pause(ms: int = 100) -> None:
    """Wait as a user does between clicks, with the event loop running."""
    until = time.perf_counter() + ms / 1000
    wait_for(lambda: time.perf_counter() >= until)


def measure_import_stall(window: Any, csv_path: Path) -> dict[str, float]:
    """The longest gap between ticks of a 5 ms GUI-thread heartbeat while the import wizard
    checks and imports `csv_path` and the screens reload (the GUI thread must stay <= 100 ms)."""
    beat = Heartbeat()
    started = time.perf_counter()
    beat.start()
    wizard = window.import_persons()  # File › Import persons…
    pause()
    wizard.file_page.path_edit.setText(str(csv_path))
    pause()
    wizard.next()  # reads the header row (GUI thread)
    pause()
    wizard.next()  # checks every row (reader thread)
    wait_for(lambda: wizard.preview_page.op is not None and wizard.preview_page.op.done)
    reloaded = [False]
    window.loadedChanged.connect(lambda: reloaded.__setitem__(0, True))
    pause()
    wizard.next()  # imports (writer thread), then the screens reload
    wait_for(lambda: reloaded[0])
    stall = beat.stop()
    total = time.perf_counter() - started
    report = wizard.import_page.report
    wizard.accept()
    return {"import_seconds": round(total, 2),
            "import_created": report.created if report else 0,
            "stall_ms": stall}


def cold_open(path: Path) -> float:
    """Seconds from starting a new interpreter until its window is painted."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "benchmarks.gui_open", "--child-open", str(path)],
                         check=True, capture_output=True, text=True, env=dict(os.environ))
    assert "ready" in out.stdout, out.stdout + out.stderr
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="use this database instead of building one")
    parser.add_argument("--synthetic", action="store_true",
                        help="generate exactly --people synthetic people instead of the demo")
    parser.add_argument("--json", type=Path, help="also write the result here")
    parser.add_argument("--import-rows", type=int, default=10_000,
                        help="rows of the import whose GUI-thread stalls are measured")
    parser.add_argument("--child-open", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_open:
        window, _ = open_window(args.child_open)
        print("ready", flush=True)
        window.close()
        return 0

    with tempfile.TemporaryDirectory(prefix="repatplan-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        if args.db:
            engine = open_database(path, allow_plain=True)
            with engine.connect() as c:
                people = int(c.execute(select(func.count()).select_from(PERSON)).scalar_one())
            engine.dispose()
            source = str(args.db)
        else:
            people, source = build_database(path, args.people, args.synthetic)
        csv_path = write_import_file(Path(tmp) / "x", path, args.import_rows)
        window, open_s = open_window(path)
        filters = measure_filter(window)
        sort_ms = measure_sort(window)
        window.close()
        cold_s = cold_open(path)
        window, _ = open_window(path)
        stall = measure_import_stall(window, csv_path)
        window.close()
    filter_ms = max(filters.values())
    result = {
        "people": people,
        "source": source,
        "open_seconds": round(open_s, 3),
        "cold_open_seconds": round(cold_s, 3),
        "filter_ms": round(filter_ms, 1),
        "filter_ms_each": {k: round(v, 1) for k, v in filters.items()},
        "sort_ms": round(sort_ms, 1),
        "import_rows": args.import_rows,
        **stall,
        "targets": {"open_seconds": TARGET_OPEN_S, "filter_ms": TARGET_FILTER_MS,
                    "stall_ms": TARGET_STALL_MS},
        "ok": cold_s <= TARGET_OPEN_S and open_s <= TARGET_OPEN_S
        and filter_ms <= TARGET_FILTER_MS and stall["stall_ms"] <= TARGET_STALL_MS,
    }
    emit(result, args.json)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
