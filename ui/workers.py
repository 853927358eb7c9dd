"""Long work off the GUI thread (Anki's CollectionOp, Orange's TaskState, napari's workers).

    Operation(lambda state: import_persons(..., on_progress=state.report,
                                           should_stop=state.should_stop), parent=window)
        .on_success(show_report).on_failure(show_error).with_progress(panel)
        .run(pools.writer)

The function runs on a pool thread and never touches widgets; it reports progress through
`state.report(done, total)` and looks at `state.should_stop()` often (Cancel sets it). Results,
errors and progress come back to the GUI thread as queued signals of the `Operation`, which
lives there. Every database write goes through the one-thread `writer` pool, so writes never
overlap; reads (reloading the tables) go through the one-thread `reader` pool.
"""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
_POOLS: weakref.WeakSet[QThreadPool] = weakref.WeakSet()
#: Operations not finished yet (kept alive until their result reached the GUI thread).
_RUNNING: set[Operation[Any]] = set()


GC_THRESHOLDS = (50_000, 50, 1000)


def short_gc_pauses() -> None:
    """Keep Python's garbage collector from stalling the GUI thread. A worker that creates
    many objects (an import of 10,000 rows) triggers full collections; each scans the whole
    heap while holding the GIL, 50-150 ms with a large table loaded, and the GUI thread waits
    for it. Fewer collections, and none over the long-lived data (see `freeze_loaded_data`)."""
    gc.set_threshold(*GC_THRESHOLDS)


def freeze_loaded_data() -> None:
    """Move everything alive now (the tables just loaded) out of the collector's scans. The
    data is acyclic, so reference counting still frees it when the next load replaces it."""
    gc.freeze()


_GC_PAUSES = [0]


def _pause_gc() -> None:
    """No automatic collection while background work runs: a collection holds the GIL for as
    long as it scans, and the work's many young objects make that 100 ms and more. Reference
    counting frees almost everything meanwhile; collections resume when the work is done."""
    if _GC_PAUSES[0] == 0:
        gc.disable()
    _GC_PAUSES[0] += 1


def _resume_gc() -> None:
    _GC_PAUSES[0] = max(_GC_PAUSES[0] - 1, 0)
    if _GC_PAUSES[0] == 0:
        gc.enable()


def make_pool(name: str) -> QThreadPool:
    """A private pool with one thread: work submitted to it runs in order, one at a time."""
    pool = QThreadPool()
    pool.setObjectName(name)
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(2000)
    _POOLS.add(pool)
    return pool


def cancel_all() -> None:
    """Ask every running operation to stop (the window is closing)."""
    for op in list(_RUNNING):
        op.cancel()


def wait_for_pools(msecs: int) -> bool:
    """Wait until every pool made here is idle; False if one is still busy after `msecs`."""
    return all(pool.waitForDone(msecs) for pool in list(_POOLS))


class Pools:
    """The application's two worker threads: one writer, one reader."""

    def __init__(self) -> None:
        self.writer = make_pool("repatplan-writer")
        self.reader = make_pool("repatplan-reader")

    def wait(self, msecs: int = 30_000) -> bool:
        return self.writer.waitForDone(msecs) and self.reader.waitForDone(msecs)


class TaskState:
    """What the work function sees: report progress, ask whether to stop. Thread-safe."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._stop = threading.Event()
        self._emit = emit
        self._last = -1

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def report(self, done: int, total: int) -> None:
        """Emit progress only when the whole percentage changes (few signals, smooth bar)."""
        pct = 100 * done // total if total > 0 else 0
        if pct != self._last:
            self._last = pct
            self._emit(done, total)


class _Bridge(QObject):
    """Signals emitted from the pool thread; connected to the Operation's slots (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState, bridge: _Bridge) -> None:
        super().__init__()
        self.fn, self.state, self.bridge = fn, state, bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.state)
        except BaseException as e:  # every error reaches the GUI thread as a dialog
            self.bridge.failed.emit(e)
        else:
            self.bridge.succeeded.emit(result)


class Operation(QObject, Generic[T]):
    """One piece of background work with callbacks on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[TaskState], T], parent: QObject | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.title = title
        self._fn = fn
        self._bridge = _Bridge()
        self._bridge.succeeded.connect(self._on_success)
        self._bridge.failed.connect(self._on_failure)
        self._bridge.progress.connect(self._on_progress)
        self.state = TaskState(self._bridge.progress.emit)
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None

    def on_success(self, callback: Callable[[T], Any]) -> Operation[T]:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], Any]) -> Operation[T]:
        self.failed.connect(callback)
        return self

    def on_progress(self, callback: Callable[[int, int], Any]) -> Operation[T]:
        self.progressed.connect(callback)
        return self

    def with_progress(self, panel: ProgressPanel) -> Operation[T]:
        panel.attach(self)
        return self

    def run(self, pool: QThreadPool) -> Operation[T]:
        _RUNNING.add(self)
        _pause_gc()
        pool.start(_Job(self._fn, self.state, self._bridge))
        return self

    def cancel(self) -> None:
        self.state.cancel()

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.result = result
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failure(self, error: BaseException) -> None:
        self.error = error
        if not isinstance(error, Exception):
            log.error("background work stopped: %s", type(error).__name__)
        self._finish()
        self.failed.emit(error)
        self.finished.emit()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    def _finish(self) -> None:
        self.done = True
        _RUNNING.discard(self)
        _resume_gc()


class ProgressPanel(QWidget):
    """A label, a progress bar and a Cancel button (for the status bar or a wizard page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop this work; nothing is written (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._op: Operation[Any] | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def attach(self, op: Operation[Any]) -> None:
        self._op = op
        self.label.setText(op.title)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        op.progressed.connect(self._progress)
        op.finished.connect(self._finished)
        self.show()

    def cancel(self) -> None:
        if self._op is not None and not self._op.done:
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self) -> None:
        self._op = None
        self.hide()
