"""How fast the Audit screen opens and filters a large audit trail.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.audit_screen [--entries 100000] [--json OUT]

Builds a throw-away database (a synthetic caseload of 2,000 people, then N audit entries
appended to the hash chain: edits of people by eight operators, batch moves, prints and
exports), opens the main window on it, and measures:

* open_ms: from switching to the Audit screen until its first page is painted;
* filter_ms: for each filter, from setting it until the matching rows are painted;
* last_page_ms: from scrolling to the oldest entry until its page is painted;
* stall_ms: the longest gap of a 5 ms GUI-thread heartbeat during all of the above
  (idle_stall_ms: the same over one idle second before, what a busy machine alone costs);
* verify_s: "Verify chain" over the whole trail (worker thread, progress reported), and
  verify_stall_ms: the longest heartbeat gap meanwhile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPATPLAN_NO_ENCRYPTION", "1")  # a throw-away plain database

from sqlalchemy.engine import Engine

from benchmarks import emit
from benchmarks.gui_open import build_synthetic
from planner.audit.chain import Change, append
from planner.audit.query import AuditFilter
from planner.db.engine import open_database

TARGET_OPEN_MS = 500.0
TARGET_FILTER_MS = 1000.0
TARGET_STALL_MS = 100.0
PEOPLE = 2000
ACTORS = [f"{n} ({i}, {a})" for n, i, a in (
    ("Alice Chan", "A7", "Ministry of Public Security"), ("Bob Lee", "B2", "Border Police"),
    ("Chen Jing", "C3", "Ministry of Public Security"), ("Dara Sok", "D4", "IOM"),
    ("Ei Mon", "E5", "Immigration Department"), ("Fang Wu", "F6", "Consulate Yangon"),
    ("Gita Rai", "G7", "Red Cross"), ("Hu Lei", "H8", "Border Police"))]
STATUSES = ("detained", "verified", "cleared", "scheduled")


def build_trail(engine: Engine, entries: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    batches = PEOPLE // 25
    with engine.begin() as c:
        for start in range(0, entries, 20_000):
            changes = []
            for k in range(start, min(start + 20_000, entries)):
                pid = rng.randrange(1, PEOPLE + 1)
                ref = f"P-{pid:06d}"
                roll = rng.random()
                if roll < 0.5:
                    a, b = rng.sample(STATUSES, 2)
                    changes.append(Change(f"set status {b}", "person", str(pid), ref,
                                          {"status": a, "version": k}, {"status": b,
                                                                        "version": k + 1}))
                elif roll < 0.8:
                    changes.append(Change("assign to batch", "person", str(pid), ref,
                                          {"batch_id": rng.randrange(1, batches + 1)},
                                          {"batch_id": rng.randrange(1, batches + 1)}))
                elif roll < 0.95:
                    changes.append(Change("update person", "person", str(pid), ref,
                                          {"notes": ""}, {"notes": f"interview {k}"}))
                else:
                    changes.append(Change("print", "manifest", str(k), f"XB-{k:06d}", None,
                                          {"revision": 1, "pages": 2, "head_count": 40}))
            append(c, rng.choice(ACTORS), changes,
                   at=dt.datetime(2025, 1, 1) + dt.timedelta(minutes=start // 50))


FILTERS: dict[str, AuditFilter] = {
    "person ref": AuditFilter(person="P-000123"),
    "person name": AuditFilter(person="wang wei"),
    "batch": AuditFilter(batch="B-0042"),
    "operator": AuditFilter(actor="border police"),
    "action": AuditFilter(action="assign to batch"),
    "manifest": AuditFilter(manifest="XB-0999"),
    "dates": AuditFilter(since=dt.date(2025, 1, 1), until=dt.date(2025, 1, 1)),
    "no match": AuditFilter(person="nobody at all"),
    "cleared": AuditFilter(),
}


def run(entries: int) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import configure_application
    from ui.main_window import MainWindow
    from ui.screens.audit import AuditScreen
    from ui.settings import save_operator, use_private_settings

    folder = Path(tempfile.mkdtemp(prefix="repatplan-bench-audit-"))
    db = folder / "audit.sqlite"
    started = time.perf_counter()
    engine = open_database(db, allow_plain=True)
    build_synthetic(engine, PEOPLE)
    build_trail(engine, entries)
    engine.dispose()
    build_s = time.perf_counter() - started

    use_private_settings(folder / "settings")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    save_operator("Benchmark", "B1", "repatplan")
    window = MainWindow()
    window.resize(1400, 820)
    window.show()
    if not window.open_database(db):
        raise SystemExit(f"could not open {db}")
    window.show_screen("people")
    screen = window.screens["audit"]
    assert isinstance(screen, AuditScreen)
    gaps = [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    heart = QTimer()
    heart.timeout.connect(beat)
    heart.start(5)

    def settle() -> None:
        while True:
            app.processEvents()
            op = screen.refresh_op
            if op is not None and op.done and not screen._again and not screen.model.busy:
                break
            time.sleep(0.001)
        screen.view.viewport().grab()

    last[0] = time.perf_counter()
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 1.0:  # idle: what the machine alone costs
        app.processEvents()
        time.sleep(0.001)
    idle_stall_ms, gaps[0] = gaps[0] * 1000, 0.0
    last[0] = time.perf_counter()
    t0 = time.perf_counter()
    window.show_screen("audit")
    settle()
    open_ms = (time.perf_counter() - t0) * 1000
    shown = screen.model.rowCount()
    filters: dict[str, dict[str, Any]] = {}
    for name, f in FILTERS.items():
        t0 = time.perf_counter()
        screen.filters.set_filter(f)
        settle()
        filters[name] = {"ms": round((time.perf_counter() - t0) * 1000, 1),
                         "entries": screen.model.rowCount()}
    t0 = time.perf_counter()
    screen.view.scrollToBottom()
    screen.view.viewport().grab()
    settle()
    last_page_ms = (time.perf_counter() - t0) * 1000
    stall_ms, gaps[0] = gaps[0] * 1000, 0.0
    t0 = time.perf_counter()
    op = screen.verify()
    assert op is not None
    while not op.done:
        app.processEvents()
        time.sleep(0.001)
    verify_s = time.perf_counter() - t0
    verify_stall_ms = gaps[0] * 1000
    heart.stop()
    ok = bool(screen.verify_panel.report and screen.verify_panel.report.ok)
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    worst = max(v["ms"] for v in filters.values())
    return {
        "entries": entries, "people": PEOPLE, "build_s": round(build_s, 1),
        "open_ms": round(open_ms, 1), "rows_on_open": shown,
        "filter_ms": filters, "slowest_filter_ms": worst,
        "last_page_ms": round(last_page_ms, 1), "stall_ms": round(stall_ms, 1),
        "idle_stall_ms": round(idle_stall_ms, 1),
        "verify_s": round(verify_s, 2), "verify_stall_ms": round(verify_stall_ms, 1),
        "chain_intact": ok,
        "targets": {"open_ms": TARGET_OPEN_MS, "filter_ms": TARGET_FILTER_MS,
                    "stall_ms": TARGET_STALL_MS},
        "met": open_ms <= TARGET_OPEN_MS and worst <= TARGET_FILTER_MS
        and stall_ms <= TARGET_STALL_MS,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--json", type=Path, help="also write the result to this file")
    args = ap.parse_args(argv)
    result = run(args.entries)
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
