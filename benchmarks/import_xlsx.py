"""Benchmark: import a valid 10,000-row persons XLSX into a fresh database.

    python -m benchmarks.import_xlsx [--rows 10000] [--json OUT]

Prints JSON: rows, seconds, rows_per_second, peak_rss_mb, target_seconds, ok.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import openpyxl

from benchmarks import emit
from planner.db.engine import open_database, transaction
from planner.domain.mrz import compose_td3
from planner.importing.network import apply_network
from planner.importing.persons import import_persons
from planner.importing.template import TEMPLATE_COLUMNS

TARGET_SECONDS = 5.0
TODAY = dt.date(2025, 2, 15)

NETWORK: dict[str, Any] = {
    "format": "repatplan-network", "version": 1,
    "locations": [
        {"code": "MYW-KKP", "name_en": "KK Park", "country": "MMR", "kind": "holding_site",
         "timezone": "Asia/Yangon", "holding_capacity": 20000},
        {"code": "MYW-SHW", "name_en": "Shwe Kokko", "country": "MMR", "kind": "holding_site",
         "timezone": "Asia/Yangon", "holding_capacity": 20000},
        {"code": "NKG-CITY", "name_en": "Nanjing", "country": "CHN", "kind": "receiving_point",
         "timezone": "Asia/Shanghai"},
    ],
    "receiving_points": [
        {"code": "NKG-PSB", "name": "Nanjing PSB", "location": "NKG-CITY", "daily_intake": 500,
         "provinces": ["Jiangsu", "Anhui", "Fujian"]},
    ],
}


def build_rows(n: int) -> list[list[Any]]:
    rows: list[list[Any]] = []
    provinces = ("Jiangsu", "Anhui", "Fujian")
    for i in range(n):
        sex = "M" if i % 3 else "F"
        born = dt.date(1970, 1, 1) + dt.timedelta(days=(i * 37) % 12000)
        number = f"E{i:08d}"
        expiry = dt.date(2030, 1, 1) + dt.timedelta(days=i % 300)
        mrz = compose_td3(surname=f"WANG{i}", given_names="WEI", number=number,
                          nationality="CHN", birth=born, sex=sex, expiry=expiry)
        ready = dt.datetime(2025, 2, 1) + dt.timedelta(days=i % 10)
        rows.append([
            f"P{i:06d}", "王", "伟", f"WANG{i} Wei", sex, dt.datetime.combine(born, dt.time()),
            "CHN", "passport", number, dt.datetime.combine(expiry, dt.time()), "CHN", mrz,
            "MYW-KKP" if i % 2 else "MYW-SHW", f"B{i % 2}-{i // 500:03d}", f"C{i // 5:05d}",
            provinces[i % 3], "medical" if i % 50 == 0 else "", ready, "",
        ])
    return rows


def write_xlsx(path: Path, n: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("persons")
    ws.append(list(TEMPLATE_COLUMNS))
    for row in build_rows(n):
        ws.append(row)
    wb.save(path)


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024, 1)


def run(rows: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = open_database(folder / "bench.sqlite", allow_plain=True)
        with transaction(engine) as session:
            apply_network(session, NETWORK, actor="benchmark")
        xlsx = folder / "persons.xlsx"
        write_xlsx(xlsx, rows)
        start = time.perf_counter()
        report = import_persons(engine, xlsx, actor="benchmark", today=TODAY)
        seconds = time.perf_counter() - start
        engine.dispose()
    if not report.written or report.created != rows:
        raise SystemExit(f"benchmark import failed: {report.summary()}")
    return {
        "rows": rows,
        "seconds": round(seconds, 3),
        "rows_per_second": round(rows / seconds, 1),
        "peak_rss_mb": peak_rss_mb(),
        "target_seconds": TARGET_SECONDS,
        "ok": seconds <= TARGET_SECONDS,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--json", type=Path, default=None, help="also write the result here")
    args = ap.parse_args(argv)
    result = run(args.rows)
    emit(result, args.json)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
