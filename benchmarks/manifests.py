"""Benchmark: every manifest of the demo plan, assembled from the database and rendered.

    python -m benchmarks.manifests [--db FILE] [--time-limit S] [--json OUT] [--keep DIR]

Without --db it builds the demo into a temporary SQLite file, plans it (CP time limit, default
20 s; not timed) and publishes it. Then it times (1) assembly: creating the manifest revisions
of every handover event of the plan, and (2) rendering all of them to PDF, with a progress bar.
Target: assembly + rendering <= 60 s. Prints JSON.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import emit
from planner.cli.progress import ProgressBar
from planner.db.engine import open_database
from planner.manifests.events import resolve_plan_id
from planner.manifests.store import print_manifests, sync_plan

TARGET = 60.0


def _prepare(db: Path, time_limit: float) -> None:
    from planner.demo import build_demo
    from planner.engine.service import run_plan
    from planner.engine.settings import PlanSettings
    from planner.engine.store import publish

    engine = open_database(db, allow_plain=True)
    try:
        build_demo(engine)
        out = run_plan(engine, PlanSettings(time_limit=time_limit, workers=2), actor="bench")
        publish(engine, out.plan_id, "bench")
    finally:
        engine.dispose()


def run(db: Path | None, time_limit: float, keep: Path | None) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="repatplan-bench-"))
    try:
        if db is None:
            db = tmp / "demo.sqlite"
            t = time.perf_counter()
            _prepare(db, time_limit)
            prep = time.perf_counter() - t
        else:
            prep = 0.0
        out_dir = keep or tmp / "pdf"
        out_dir.mkdir(parents=True, exist_ok=True)
        engine = open_database(db, allow_plain=True)
        try:
            pid = resolve_plan_id(engine)
            t0 = time.perf_counter()
            manifests = sync_plan(engine, pid, "bench")
            t1 = time.perf_counter()
            bar = ProgressBar(len(manifests), "manifests")
            try:
                done = print_manifests(engine, manifests,
                                       lambda m: out_dir / f"{m.number}-r{m.revision}.pdf",
                                       "bench", progress=bar)
            finally:
                bar.close()
            t2 = time.perf_counter()
        finally:
            engine.dispose()
        total = t2 - t0
        return {"plan": pid, "manifests": len(done),
                "crossing": sum(1 for d in done if d.manifest.kind == "crossing"),
                "flight": sum(1 for d in done if d.manifest.kind == "flight"),
                "people_lines": sum(d.info.people for d in done),
                "pages": sum(d.info.pages for d in done),
                "prepare_seconds": round(prep, 2), "assemble_seconds": round(t1 - t0, 2),
                "render_seconds": round(t2 - t1, 2), "seconds": round(total, 2),
                "target_seconds": TARGET, "ok": total <= TARGET}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--db", type=Path, help="a database with a published plan (plain SQLite)")
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--json", type=Path, metavar="OUT")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep the PDFs here")
    args = ap.parse_args()
    result = run(args.db, args.time_limit, args.keep)
    emit(result, args.json)


if __name__ == "__main__":
    main()
