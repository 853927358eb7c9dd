"""Run the engine in a child process, so the caller's threads keep running while it solves.

OR-Tools and the model building hold Python's GIL for 100–200 ms at a time; in a thread of the
desktop app that freezes the window as long (benchmarks/gui_solve.py measures it). A child process
has its own interpreter: the caller's thread only waits on a queue. Same signature and result as
:func:`planner.engine.service.run_plan`; progress and cancel work as there.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import queue
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Engine

from planner.db.crypto import engine_key
from planner.engine.core import Progress
from planner.engine.service import RunOutcome
from planner.engine.settings import PlanSettings

POLL_S = 0.02


class PlannerProcessError(RuntimeError):
    """The planning process ended without an answer (it crashed or was killed)."""


def _child(url: str, key: str | None, settings: PlanSettings, kwargs: dict[str, Any],
           out: Any, stop: Any) -> None:
    from planner.db.engine import open_database
    from planner.engine.service import run_plan

    try:
        engine = open_database(url, key=key, allow_plain=key is None, upgrade=False,
                               check=False, daily_backup=False)
        try:
            outcome = run_plan(engine, settings, on_progress=lambda p: out.put(("progress", p)),
                               should_stop=stop.is_set, **kwargs)
        finally:
            engine.dispose()
        out.put(("done", outcome))
    except BaseException as e:  # sent to the parent, which raises it
        try:
            out.put(("error", e))
        except Exception:
            out.put(("error", PlannerProcessError(f"{type(e).__name__}: {e}")))


def run_plan_isolated(
    engine: Engine,
    settings: PlanSettings,
    *,
    replan: bool = False,
    base_id: int | None = None,
    delayed: Sequence[tuple[int, dt.date]] = (),
    actor: str = "",
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> RunOutcome:
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    stop = ctx.Event()
    kwargs = {"replan": replan, "base_id": base_id, "delayed": tuple(delayed), "actor": actor}
    url = engine.url
    if url.drivername == "sqlite+pysqlcipher":  # the key travels as its own argument
        url = url.set(drivername="sqlite", password=None)
    proc = ctx.Process(target=_child, name="repatplan-planner", daemon=True,
                       args=(url.render_as_string(hide_password=False), engine_key(engine),
                             settings, kwargs, out, stop))
    proc.start()
    answered = False
    try:
        while True:
            if should_stop is not None and should_stop():
                stop.set()
            try:
                kind, value = out.get(timeout=POLL_S)
            except queue.Empty:
                if not proc.is_alive():
                    raise PlannerProcessError(
                        f"the planning process ended unexpectedly (exit code {proc.exitcode})"
                    ) from None
                continue
            if kind == "progress":
                if on_progress is not None:
                    on_progress(value)
                continue
            answered = True
            if kind == "done":
                return value
            raise value
    finally:
        stop.set()
        # After its answer the child only tears down (freeing the model takes a moment): the
        # caller need not wait, and multiprocessing reaps it. Without an answer it is stopped.
        proc.join(timeout=0.05 if answered else 5)
        if proc.is_alive() and not answered:
            proc.kill()
            proc.join()
