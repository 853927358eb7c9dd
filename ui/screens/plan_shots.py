"""Screenshots of the Network and Plan screens in their states (a solve running, a re-plan's
changes, a comparison), which `python -m ui.screenshots` cannot reach by only switching screens.

    QT_QPA_PLATFORM=offscreen python -m ui.screens.plan_shots --db COPY.sqlite --out DIR
        [--time-limit 20]

It runs the planner and cancels a flight on the database given: use a copy of the demo.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui import settings as keys
from ui.app import configure_application
from ui.main_window import MainWindow
from ui.settings import use_private_settings


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(ready: Callable[[], bool], timeout: float = 300.0) -> None:
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready")
        settle(50)
    settle(100)


def grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)  # noqa: T201
    return path


def main(argv: list[str] | None = None) -> int:
    from ui.screens.network import NetworkScreen
    from ui.screens.plan import PlanScreen

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--size", default="1536x864")
    parser.add_argument("--time-limit", type=float, default=20.0)
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="repatplan-shots-") as tmp:
        use_private_settings(tmp)
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        configure_application(app)
        keys.save_operator("Li Na", "IB-2041", "Immigration Bureau")
        window = MainWindow()
        window.resize(width, height)
        window.show()
        if not window.open_database(args.db):
            return 1
        plan = window.screens["plan"]
        network = window.screens["network"]
        assert isinstance(plan, PlanScreen) and isinstance(network, NetworkScreen)
        window.show_screen("network")
        wait_until(lambda: network.map.has_plan())
        grab(window, args.out / "network.png")
        network.tabs.setCurrentIndex(2)
        grab(window, args.out / "network-flights.png")
        window.show_screen("plan")
        wait_until(lambda: plan.shown is not None)
        grab(window, args.out / "plan.png")
        plan.tabs.setCurrentIndex(1)
        grab(window, args.out / "plan-chunks.png")
        plan.tabs.setCurrentIndex(2)
        grab(window, args.out / "plan-unscheduled.png")
        if plan.shown is not None and plan.shown.status == "draft":
            plan.publish_shown(confirm=False)
            wait_until(lambda: any(v.status == "published" for v in plan.data.versions))
        plan.time_limit.setValue(args.time_limit)
        flight = next(iter(plan.shown.result.operated_flights)) if plan.shown else None
        assert flight is not None
        plan.actions_.cancel_flight(flight)
        wait_until(lambda: plan.run is not None)
        run = plan.run
        assert run is not None
        wait_until(lambda: (len(plan.chart.points) >= 2 and run.elapsed() > 2.5) or run.done)
        grab(window, args.out / "plan-running.png")
        wait_until(lambda: run.done)
        grab(window, args.out / "plan-changes.png")
        wait_until(lambda: len(plan.data.versions) >= 2 and not window.edits.busy
                   and window.reload_op is not None and window.reload_op.done)
        plan.tabs.setCurrentIndex(4)
        plan.compare.run()
        wait_until(lambda: plan.compare.op is not None and plan.compare.op.done)
        grab(window, args.out / "plan-compare.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
