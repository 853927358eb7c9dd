"""Running the engine off the GUI thread: a solve (or re-plan) on its own one-thread pool, the
solver's progress (objective, bound, elapsed) back as queued signals, Cancel through
`should_stop`. The engine saves the plan (a draft) at the end; an edit meanwhile still goes
through the writer thread and is not held up by a long solve."""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from sqlalchemy.engine import Engine

from planner.engine.core import Progress
from planner.engine.mip_worker import use_helper_process
from planner.engine.service import RunOutcome, run_plan
from planner.engine.settings import PlanSettings
from ui.workers import Operation, TaskState, make_pool

_POOL: QThreadPool | None = None


def warm_up() -> None:
    """Start SCIP's helper process in the background (see planner/engine/mip_worker.py): the
    app's solves then never hold this process's GIL while SCIP finishes or frees a model."""
    use_helper_process(True)


def solver_pool() -> QThreadPool:
    """The one thread solves run on (one solve at a time)."""
    global _POOL
    if _POOL is None:
        _POOL = make_pool("repatplan-solver")
    return _POOL


@dataclass(frozen=True)
class RunRequest:
    settings: PlanSettings
    replan: bool = False
    base_id: int | None = None
    delayed: Sequence[tuple[int, dt.date]] = ()
    #: what the user did that asked for this run (shown with the changes)
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@contextmanager
def few_full_collections() -> Iterator[None]:
    """While the engine builds and solves, Python's cyclic garbage collector would walk every
    object of the process (the app's data included) each time the engine's many new objects
    trigger a full collection: 100-160 ms with the GIL held, a frozen window (measured during a
    1x solve). Objects that exist before the run are frozen out of those walks, and full
    collections come less often; both are undone afterwards."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 20_000), max(threshold[1], 50), max(threshold[2], 100))
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


class _ProgressBridge(QObject):
    progressed = Signal(object)


class SolveRun(QObject):
    """One run of the engine. Signals arrive on the GUI thread."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # RunOutcome
    failed = Signal(object)  # BaseException
    finished = Signal()

    #: the fewest seconds between two progress signals (the chart needs no more)
    MIN_INTERVAL = 0.25

    def __init__(self, engine: Engine, request: RunRequest, actor: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.started = time.monotonic()
        self.cancelled_at: float | None = None
        self._bridge = _ProgressBridge()
        self._bridge.progressed.connect(self.progressed)
        bridge, last = self._bridge, [0.0, None]

        def report(p: Progress) -> None:
            now = time.monotonic()
            if p.objective != last[1] or now - float(last[0] or 0) >= self.MIN_INTERVAL:
                last[0], last[1] = now, p.objective
                bridge.progressed.emit(p)

        def job(state: TaskState) -> RunOutcome:
            r = request
            with few_full_collections():
                return run_plan(engine, r.settings, replan=r.replan, base_id=r.base_id,
                                delayed=tuple(r.delayed), actor=actor, on_progress=report,
                                should_stop=state.should_stop)

        self.op: Operation[RunOutcome] = Operation(job, self)
        self.op.on_success(self.succeeded.emit).on_failure(self.failed.emit)
        self.op.finished.connect(self.finished)

    def start(self) -> SolveRun:
        warm_up()  # at the first run; its first MIP comes after the LP, by when it is ready
        self.started = time.monotonic()
        self.op.run(solver_pool())
        return self

    def cancel(self) -> None:
        if not self.op.done and self.cancelled_at is None:
            self.cancelled_at = time.monotonic()
            self.op.cancel()

    @property
    def done(self) -> bool:
        return self.op.done

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    def elapsed(self) -> float:
        return time.monotonic() - self.started
