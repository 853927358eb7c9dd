"""SCIP in the helper process: the same answers as in this process, Cancel, and falling back to
this process when the helper is busy or gone."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.engine import mip_worker
from planner.engine.gap import read_gap, read_optima, to_core
from planner.engine.lpbound import LinearModel

GAP_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "gap"
pytestmark = pytest.mark.skipif(not GAP_DIR.exists(), reason="GAP instances not present")


@pytest.fixture
def worker() -> Iterator[mip_worker.MipWorker]:
    mip_worker.use_helper_process(False)  # a fresh helper (the app's screens may have one)
    w = mip_worker.use_helper_process(True)
    assert w is not None and w.answered == 0
    yield w
    mip_worker.use_helper_process(False)
    assert mip_worker.helper() is None


def _value(name: str, lm: LinearModel) -> tuple[float, bool]:
    inst = read_gap(GAP_DIR / name)
    res = lm.mip(20.0)
    assert res is not None and res.values
    agents = [next(iter(v)) for v in res.values]
    return sum(inst.costs[a][j] for j, a in enumerate(agents)), res.optimal


def test_the_helper_gives_the_same_optimum(worker: mip_worker.MipWorker) -> None:
    name = "cattrysse1994/gap8-3"
    core = to_core(read_gap(GAP_DIR / name))
    in_helper = _value(name, LinearModel(core))
    assert worker.alive and worker.answered == 1
    mip_worker.use_helper_process(False)
    here = _value(name, LinearModel(core))
    assert in_helper == here == (read_optima(GAP_DIR / "optima.csv")[name], True)


def test_a_restricted_model_and_a_hint_reach_the_helper(worker: mip_worker.MipWorker) -> None:
    core = to_core(read_gap(GAP_DIR / "cattrysse1994/gap5-1"))
    keep = [set(range(1, len(item.options))) for item in core.items]  # agent 0 switched off
    in_helper = LinearModel(core).mip(10.0, keep=keep)
    assert in_helper is not None and in_helper.values
    assert all(0 not in v for v in in_helper.values)
    hint = tuple({o: int(k) for o, k in v.items()} for v in in_helper.values)
    again = LinearModel(core).mip(10.0, hint, keep=keep)  # from the optimum as a hint
    assert worker.answered == 2
    mip_worker.use_helper_process(False)
    here = LinearModel(core).mip(10.0, keep=keep)
    assert here is not None and again is not None
    assert in_helper.bound == again.bound == here.bound and in_helper.optimal and here.optimal


def test_interrupt_stops_a_long_solve(worker: mip_worker.MipWorker) -> None:
    lm = LinearModel(to_core(read_gap(GAP_DIR / "chu1997/d20200")))  # not solved in 60 s
    threading.Timer(1.0, lm.interrupt).start()
    t0 = time.monotonic()
    res = lm.mip(60.0)
    assert time.monotonic() - t0 < 10.0
    assert res is not None and not res.optimal and worker.answered == 1


def test_busy_or_gone_means_solving_here(worker: mip_worker.MipWorker) -> None:
    job = mip_worker.MipJob(b"", 1.0, 0.0, b"", b"", b"")
    with worker._lock:  # another solve holds the helper
        assert worker.solve(job) is None
    worker._proc.kill()
    worker._proc.join()
    assert not worker.alive
    name = "cattrysse1994/gap1-0"
    value, optimal = _value(name, LinearModel(to_core(read_gap(GAP_DIR / name))))
    assert optimal and value == read_optima(GAP_DIR / "optima.csv")[name]
    assert worker.answered == 0 or worker.alive  # solved here, or by a new helper


def test_an_interrupt_before_the_solve_starts_is_not_lost(worker: mip_worker.MipWorker) -> None:
    lm = LinearModel(to_core(read_gap(GAP_DIR / "chu1997/d20200")))
    lm.interrupt()  # Cancel pressed while the model was still being prepared
    t0 = time.monotonic()
    res = lm.mip(60.0)
    assert time.monotonic() - t0 < 10.0
    assert res is None or not res.optimal
    assert worker.answered == 1
