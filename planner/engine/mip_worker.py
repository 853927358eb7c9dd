"""SCIP in a helper process, for callers whose other threads must keep running (the desktop app).

OR-Tools' linear-solver wrapper holds Python's GIL while SCIP frees a solved model and at the end
of a solve: 70-150 ms on the 1x demo, long enough to freeze a window whose GUI thread needs the
GIL for every event (measured with benchmarks/gui_solve.py). In a process of its own, SCIP holds
only that process's GIL; the caller's thread waits on a pipe.

One persistent process serves one solve at a time (started in the background by `start()`, so
the import of OR-Tools is paid before the first solve); `interrupt()` stops a running solve
(SCIP's InterruptSolve) and the answer comes back as usual. When the process is busy, gone or
never started, `MipWorker.solve` returns None and the caller solves in its own process.
"""

from __future__ import annotations

import array
import contextlib
import dataclasses
import logging
import math
import multiprocessing as mp
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

#: a helper that has not answered this long after a solve's time limit is stopped
GRACE_S = 20.0

#: what the helper answers: (status, best bound, values of every variable or None)
Answer = tuple[str, float, "array.array[float] | None"]


@dataclass(frozen=True, slots=True)
class MipJob:
    model: bytes
    """a serialized MPModelProto"""
    time_limit: float
    relative_gap: float
    switched_off: bytes
    """array('i') of variables whose upper bound becomes 0"""
    hint_vars: bytes
    """array('i') of the variables a hint gives a value (empty: no hint)"""
    hint_values: bytes
    """array('d') of their values"""
    parameters: str = ""
    """SCIP's own parameters (e.g. a root-node-only run)"""
    number: int = 0
    """numbers the caller's solves, so an interrupt stops the solve it was meant for even when
    it arrives before the helper has started it"""


def _serve(jobs: Connection, control: Connection) -> None:
    """The helper's main loop: one job at a time, interrupts on `control` meanwhile."""
    from ortools.linear_solver import linear_solver_pb2, pywraplp

    current: list[Any] = []
    lock = threading.Lock()
    state = {"running": -1, "stop_upto": -1}

    def listen() -> None:
        while True:
            try:
                number = int(control.recv())
            except (EOFError, OSError):
                return
            with lock:
                state["stop_upto"] = max(state["stop_upto"], number)
                if state["running"] == number:
                    for s in current:
                        s.InterruptSolve()

    threading.Thread(target=listen, daemon=True).start()
    while True:
        try:
            job: MipJob = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            proto = linear_solver_pb2.MPModelProto()
            proto.ParseFromString(job.model)
            s = pywraplp.Solver.CreateSolver("SCIP")
            if s is None or s.LoadModelFromProto(proto):
                jobs.send(("ERROR", -math.inf, None))
                continue
            sv = s.variables()
            off = array.array("i")
            off.frombytes(job.switched_off)
            for v in off:
                sv[v].SetUb(0.0)
            if job.hint_vars:
                hv, hx = array.array("i"), array.array("d")
                hv.frombytes(job.hint_vars)
                hx.frombytes(job.hint_values)
                s.SetHint([sv[v] for v in hv], list(hx))
            s.SetTimeLimit(max(1, int(job.time_limit * 1000)))
            if job.parameters:
                s.SetSolverSpecificParametersAsString(job.parameters)
            params = pywraplp.MPSolverParameters()
            params.SetDoubleParam(pywraplp.MPSolverParameters.RELATIVE_MIP_GAP,
                                  job.relative_gap)
            with lock:
                stopped = state["stop_upto"] >= job.number
                if not stopped:
                    current.append(s)
                    state["running"] = job.number
            if stopped:  # interrupted before it started
                jobs.send(("NOT_SOLVED", -math.inf, None))
                continue
            try:
                status = s.Solve(params)
            finally:
                with lock:
                    current.clear()
                    state["running"] = -1
            name = {pywraplp.Solver.OPTIMAL: "OPTIMAL", pywraplp.Solver.FEASIBLE: "FEASIBLE",
                    pywraplp.Solver.NOT_SOLVED: "NOT_SOLVED"}.get(status, "NONE")
            values = (array.array("d", (v.solution_value() for v in sv))
                      if name in ("OPTIMAL", "FEASIBLE") else None)
            bound = s.Objective().BestBound() if name != "NONE" else -math.inf
            jobs.send((name, bound, values))
        except Exception as e:  # the caller logs it and solves in its own process
            jobs.send(("ERROR", -math.inf, None))
            log.warning("MIP helper: %s: %s", type(e).__name__, e)


class MipWorker:
    """The parent's side of the helper process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: Any = None
        self._jobs: Connection | None = None
        self._control: Connection | None = None
        self.answered = 0
        """solves the helper answered (for tests and diagnostics)"""
        self._number = 0
        self._running = -1

    def start(self) -> None:
        """Start the helper (returns at once; the helper imports OR-Tools meanwhile)."""
        with self._lock:
            self._start()

    def _start(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        ctx = mp.get_context("spawn")
        jobs_here, jobs_there = ctx.Pipe(duplex=True)
        control_here, control_there = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_serve, args=(jobs_there, control_here),
                           name="repatplan-mip", daemon=True)
        proc.start()
        jobs_there.close()
        control_here.close()
        self._proc, self._jobs, self._control = proc, jobs_here, control_there

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def solve(self, job: MipJob, should_stop: Callable[[], bool] | None = None
              ) -> Answer | None:
        """Run `job` in the helper; None when it is busy with another solve or not working
        (then the caller solves itself). `should_stop` is polled while it runs: when it says
        so, the solve is interrupted (and answers early, like `interrupt()`)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            self._start()
            assert self._jobs is not None
            self._number += 1
            job = dataclasses.replace(job, number=self._number)
            self._running = self._number
            give_up = time.monotonic() + job.time_limit + GRACE_S
            try:
                self._jobs.send(job)
                polls = 0
                while not self._jobs.poll(0.05):
                    polls += 1
                    if not self.alive:
                        raise EOFError("the MIP helper process ended")
                    if time.monotonic() > give_up:
                        raise TimeoutError(f"no answer {GRACE_S:g} s after the time limit")
                    if should_stop is not None and polls % 10 == 1 and should_stop():
                        self.interrupt()  # again every half second until it answers
                answer: Answer = self._jobs.recv()
            except (EOFError, OSError, TimeoutError) as e:
                log.warning("MIP helper unavailable (%s); solving in this process", e)
                self._reset()
                return None
            if answer[0] == "ERROR":
                return None
            self.answered += 1
            return answer
        finally:
            self._running = -1
            self._lock.release()

    def interrupt(self) -> None:
        """Stop the running solve, if any (its answer then comes back early)."""
        control, number = self._control, self._running
        if control is not None and number >= 0:
            # a helper that is gone is noticed by `solve`, which then answers None
            with contextlib.suppress(OSError, BrokenPipeError):
                control.send(number)

    def _reset(self) -> None:
        proc = self._proc
        self._proc = self._jobs = self._control = None
        if proc is not None and proc.is_alive():
            proc.kill()
            proc.join(1)

    def stop(self) -> None:
        with self._lock:
            for conn in (self._jobs, self._control):
                if conn is not None:
                    conn.close()
            self._reset()


_WORKER: MipWorker | None = None


def use_helper_process(enabled: bool = True) -> MipWorker | None:
    """Solve MIPs in a helper process from now on (the app calls this at start), or not."""
    global _WORKER
    if enabled and _WORKER is None:
        _WORKER = MipWorker()
        _WORKER.start()
    elif not enabled and _WORKER is not None:
        _WORKER.stop()
        _WORKER = None
    return _WORKER


def helper() -> MipWorker | None:
    return _WORKER


def as_bytes(values: Sequence[float] | Sequence[int], code: str) -> bytes:
    return array.array(code, values).tobytes()
