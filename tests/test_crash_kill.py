"""Nothing lost: a process doing imports, batches of status changes or plan saves is killed
(SIGKILL) at random moments; afterwards the database passes its integrity check, the audit
chain verifies, and every operation is either wholly there or not there at all."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from planner.audit import verify_chain
from planner.db.engine import open_database, transaction
from planner.db.models import Person
from planner.importing.persons import import_persons
from tests.crash_worker import IMPORT_ROWS, STATUS_BATCHES
from tests.test_import_persons import TODAY, good_row, setup_db, write_csv

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[1]
RUNS_PER_KIND = 17  # 3 kinds → 51 kills


def _open(path: Path) -> Engine:
    return open_database(path, allow_plain=True, daily_backup=False)  # quick_check on open


def _prepare(kind: str, path: Path) -> None:
    engine = _open(path)
    setup_db(engine)
    if kind == "status":
        rows = [good_row(f"S{b}-{i:02d}", batch_ref=f"S{b}") for b in range(STATUS_BATCHES)
                for i in range(25)]
        assert import_persons(engine, write_csv(path.parent / "s.csv", rows), actor="setup",
                              today=TODAY).written
    if kind == "plan":
        from planner.engine.service import run_plan
        from planner.engine.settings import PlanSettings
        from tests.test_engine_store import _fill

        engine.dispose()
        path.unlink()
        engine = _open(path)
        _fill(engine)
        assert run_plan(engine, PlanSettings(time_limit=5, workers=1, horizon_days=10)).plan_id \
            == 1
    engine.dispose()


def _check(kind: str, path: Path) -> str:
    engine = _open(path)
    try:
        rep = verify_chain(engine)
        assert rep.ok, rep.problems
        with engine.connect() as c:
            if kind == "import":
                refs = c.execute(text("SELECT ref FROM person WHERE ref LIKE 'I%'")).scalars()
                groups = Counter(r.rsplit("-", 1)[0] for r in refs)
                assert all(n == IMPORT_ROWS for n in groups.values()), groups
                audited = Counter(str(r).rsplit("-", 1)[0] for r in c.execute(text(
                    "SELECT ref FROM audit_entry WHERE entity = 'person' AND action = 'insert' "
                    "AND ref LIKE 'I%'")).scalars())
                assert audited == groups
                runs = c.execute(text("SELECT count(*) FROM import_run WHERE actor = 'crash'"))
                assert runs.scalar_one() == len(groups)
                return f"{len(groups)} imports"
            if kind == "status":
                per_batch = c.execute(text(
                    "SELECT b.ref, count(DISTINCT p.status || '|' || p.notes) FROM person p "
                    "JOIN batch b ON b.id = p.batch_id GROUP BY b.ref")).all()
                assert all(n == 1 for _ref, n in per_batch), per_batch
                events = c.execute(text(
                    "SELECT count(*) FROM status_event WHERE actor = 'crash'")).scalar_one()
                assert events % 25 == 0
                return f"{events // 25} batch changes"
            counts = c.execute(text(
                "SELECT p.id, (SELECT count(*) FROM plan_assignment a WHERE a.plan_id = p.id), "
                "(SELECT count(*) FROM plan_step s JOIN plan_assignment a ON a.id = "
                "s.assignment_id WHERE a.plan_id = p.id), "
                "(SELECT count(*) FROM plan_vehicle v WHERE v.plan_id = p.id), "
                "(SELECT count(*) FROM plan_load l WHERE l.plan_id = p.id) FROM plan p")).all()
            assert len({tuple(r[1:]) for r in counts}) == 1, counts
            return f"{len(counts) - 1} plans"
    finally:
        engine.dispose()


def _kill_runs(kind: str, folder: Path, rng: random.Random, out: dict[str, object]) -> None:
    path = folder / f"{kind}.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for run in range(RUNS_PER_KIND):
        proc = subprocess.Popen([sys.executable, "-m", "tests.crash_worker", str(path), kind],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", (line, proc.stderr.read() if proc.stderr else "")
        time.sleep(rng.uniform(0.0, 0.6))
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert alive, f"{kind} worker died by itself: {proc.stderr.read() if proc.stderr else ''}"
        try:
            out[f"{kind}-{run}"] = _check(kind, path)
        except AssertionError as e:
            out["failure"] = f"{kind} run {run}: {e}"
            return


def test_sigkill_at_random_moments_loses_nothing_half_done(tmp_path: Path) -> None:
    seed = int(os.environ.get("REPATPLAN_CRASH_SEED", time.time_ns() % 1_000_000))
    results: dict[str, object] = {}
    for kind in ("import", "status", "plan"):  # migrations run one at a time (alembic is global)
        _prepare(kind, tmp_path / f"{kind}.sqlite")
    threads = [threading.Thread(target=_kill_runs,
                                args=(k, tmp_path, random.Random(f"{seed}-{k}"), results))
               for k in ("import", "status", "plan")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "failure" not in results, f"seed {seed}: {results.get('failure')}"
    assert len(results) == 3 * RUNS_PER_KIND, f"seed {seed}: {sorted(results)}"
    final = {k: v for k, v in results.items() if k.endswith(f"-{RUNS_PER_KIND - 1}")}
    # work was really done between the kills (not every kill came before the first commit)
    print(f"crash test seed {seed}: {final}")
    assert all(not str(v).startswith("0 ") for v in final.values()), final


def test_rolled_back_import_leaves_nothing(engine: Engine, tmp_path: Path) -> None:
    setup_db(engine)
    bad = [good_row("OK1"), good_row("BAD", sex="?")]
    rep = import_persons(engine, write_csv(tmp_path / "bad.csv", bad), actor="t", today=TODAY)
    assert not rep.written
    with transaction(engine) as s:
        assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 0
