"""Benchmark: a database of 100,000 people (the demo at --scale 12) and their history still
opens, plans, prints and exports — encrypted with SQLCipher, as in the field.

    python -m benchmarks.scale [--scale 12] [--plain] [--time-limit 60] [--keep DIR] [--json OUT]

Steps, each timed: build the demo (setup), first open of the day (integrity check, daily
backup), a second open, read every person, plan (`planner.engine`, saved as a draft), print the
largest crossing manifest (`planner.reporting.render_manifest`, recorded in the audit trail),
export the schedule (JSON), verify the audit chain, back up. Prints JSON figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

from benchmarks import emit
from planner.audit import record, verify_chain
from planner.db.backup import backup_dir, backup_sqlite
from planner.db.engine import open_database, transaction
from planner.db.models import Batch, Location, Person
from planner.demo import build_demo

KEY = "benchmark passphrase 100k"
T = TypeVar("T")


def _timed(figures: dict[str, Any], name: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    out = fn()
    figures[f"{name}_s"] = round(time.perf_counter() - start, 3)
    return out


def _manifest(engine: Any, chunk: Any) -> Any:
    from planner.reporting import ManifestKind
    from planner.reporting.model import ManifestData, ManifestPerson, Place

    with engine.connect() as c:
        rows = c.execute(select(Person).where(Person.id.in_(chunk.people))).all()  # type: ignore[union-attr]
        site = c.execute(select(Location).join(Batch, Batch.site_id == Location.id)
                         .where(Batch.id == chunk.batch_id)).first()
    people = tuple(ManifestPerson(
        ref=r.ref, chinese_name=f"{r.family_name}{r.given_name}", latin_name=r.latin_name,
        sex=str(r.sex.value if hasattr(r.sex, "value") else r.sex), date_of_birth=r.date_of_birth,
        nationality=r.nationality, document_type=str(getattr(r.document_type, "value",
                                                             r.document_type)),
        document_number=r.document_number, case_ref=r.case_ref, batch_ref=chunk.batch_ref)
        for r in rows)
    place = Place(site.name_en if site else "Crossing", site.country if site else "MMR")
    return ManifestData(operation="Scale benchmark", number=f"M-{chunk.batch_ref}-1", revision=1,
                        kind=ManifestKind.CROSSING, date=chunk.depart_day, local_time=None,
                        place=place, dispatching_agency="Transfer unit",
                        receiving_agency="Receiving bureau", people=people,
                        batch_refs=(chunk.batch_ref,))


def run(scale: int, folder: Path, *, encrypted: bool, time_limit: float) -> dict[str, Any]:
    path = folder / f"scale{scale}.sqlite"
    opts: dict[str, Any] = {"key": KEY} if encrypted else {"allow_plain": True}
    f: dict[str, Any] = {"scale": scale, "encrypted": encrypted}
    engine = open_database(path, **opts)
    summary = _timed(f, "build_demo", lambda: build_demo(engine, scale=scale))
    f["people"], f["batches"] = summary.people, summary.batches
    engine.dispose()
    f["file_mb"] = round(path.stat().st_size / 1e6, 1)
    engine = _timed(f, "open_first_of_day", lambda: open_database(path, **opts))
    f["daily_backup_written"] = bool(list(backup_dir(path).glob("*-daily.sqlite")))
    engine.dispose()
    engine = _timed(f, "open_again", lambda: open_database(path, **opts))

    def read_people() -> int:
        with engine.connect() as c:
            return len(c.execute(select(Person)).all())

    f["people_read"] = _timed(f, "read_all_people", read_people)
    try:
        from planner.engine.export import export_schedule
        from planner.engine.service import run_plan
        from planner.engine.settings import PlanSettings
    except ImportError:
        f["plan"] = "planner.engine not available"
    else:
        out = _timed(f, "plan", lambda: run_plan(
            engine, PlanSettings(time_limit=time_limit, workers=2), actor="benchmark"))
        res = out.result
        f.update(plan_status=res.status, scheduled_people=res.scheduled_people,
                 chunks=len(res.chunks), gap=res.gap, violations=len(out.violations))
        chunk = max(res.chunks, key=lambda c: len(c.people))
        data = _manifest(engine, chunk)
        pdf = io.BytesIO()

        def print_manifest() -> Any:
            from planner.reporting import render_manifest

            info = render_manifest(data, pdf)
            with transaction(engine, actor="benchmark") as s:
                record(s, actor="benchmark", action="print", entity="manifest",
                       entity_id=data.number, ref=chunk.batch_ref, before=None,
                       after={"people": len(data.people), "pages": info.pages})
            return info

        info = _timed(f, "print_manifest", print_manifest)
        f.update(manifest_people=len(data.people), manifest_pages=info.pages,
                 manifest_kb=round(len(pdf.getvalue()) / 1024, 1))
        export_path = folder / "schedule.json"

        def export() -> int:
            doc = export_schedule(engine, out.plan_id)
            export_path.write_text(json.dumps(doc, ensure_ascii=False, default=str),
                                   encoding="utf-8")
            with transaction(engine, actor="benchmark") as s:
                record(s, actor="benchmark", action="export", entity="plan",
                       entity_id=out.plan_id, ref=None, before=None,
                       after={"file": export_path.name, "bytes": export_path.stat().st_size})
            return export_path.stat().st_size

        f["export_mb"] = round(_timed(f, "export_schedule", export) / 1e6, 2)
    rep = _timed(f, "audit_verify", lambda: verify_chain(engine))
    f["audit_entries"], f["audit_ok"] = rep.entries, rep.ok
    _timed(f, "backup", lambda: backup_sqlite(engine, reason="bench"))
    with engine.connect() as c:
        f["people_in_db"] = c.execute(select(func.count()).select_from(Person)).scalar_one()
    engine.dispose()
    f["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    f["when"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    parser.add_argument("--scale", type=int, default=12)
    parser.add_argument("--plain", action="store_true", help="unencrypted SQLite")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the files")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        figures = run(args.scale, args.keep, encrypted=not args.plain,
                      time_limit=args.time_limit)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            figures = run(args.scale, Path(tmp), encrypted=not args.plain,
                          time_limit=args.time_limit)
    emit(figures, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
