"""Benchmark: build the demo database (8,390 people × scale) into a fresh SQLite file.

    python -m benchmarks.demo [--scale 1] [--seed 2025] [--json OUT]

Prints JSON: scale, people, batches, flights, seconds, peak_rss_mb, target_seconds, ok.
The target is 10 s at scale 1 (and below 10); from scale 10 it is 30 s ("well under a minute").
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

from benchmarks import emit
from planner.db.engine import open_database
from planner.demo import build_demo


def target_seconds(scale: int) -> float:
    return 10.0 if scale < 10 else 30.0


def run(scale: int, seed: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(Path(tmp) / "demo.sqlite", allow_plain=True)
        try:
            summary = build_demo(engine, scale=scale, seed=seed)
        finally:
            engine.dispose()
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    target = target_seconds(scale)
    return {
        "scale": scale, "people": summary.people, "batches": summary.batches,
        "flights": summary.flights, "seconds": round(summary.seconds, 2),
        "peak_rss_mb": round(peak_rss_mb, 1), "target_seconds": target,
        "ok": summary.seconds <= target,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.demo", description=__doc__)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--json", type=Path, help="also write the result to this file")
    args = parser.parse_args(argv)
    result = run(args.scale, args.seed)
    emit(result, args.json)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
