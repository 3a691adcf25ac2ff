"""One way to run work off the GUI thread: ``runner.run(fn, on_success, on_failure)``.

``fn`` runs on a worker thread and must not touch widgets; the callbacks run on the GUI
thread. Errors go to ``on_failure`` or, by default, to a Vietnamese message box.
SyncTaskRunner does the same synchronously, for deterministic tests.
"""

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[[Any], None]
Failure = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]

#: The shortest time between two progress reports a job sends to the GUI thread.
PROGRESS_INTERVAL_S = 0.05


def throttled(report: Progress, interval_s: float = PROGRESS_INTERVAL_S) -> Progress:
    """``report`` called at most every ``interval_s`` seconds from a job, but always for a new
    message and for the last step. A report lays out hundreds of paragraphs, each with a
    progress call: sent one by one, they queue up on the GUI thread, and each waits for the
    worker to let go of Python (the GIL) — the window stalls. A few a second say as much."""
    last: dict[str, Any] = {"at": float("-inf"), "message": None}

    def forward(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if message != last["message"] or done >= total or now - last["at"] >= interval_s:
            last.update(at=now, message=message)
            report(done, total, message)

    return forward


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            outcome, payload = self.signals.failed, exc
        else:
            outcome, payload = self.signals.succeeded, result
        try:
            outcome.emit(payload)
        except RuntimeError:
            pass  # the app is closing and the receiver is gone: nothing to report to


class TaskRunner(QObject):
    """Runs jobs on a thread pool; one thread, so store writes never race each other."""

    def __init__(self, parent: QObject | None = None, default_failure: Failure | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.default_failure = default_failure
        self._jobs: set[_Job] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        job = _Job(fn)
        self._jobs.add(job)

        def finished(result: Any) -> None:
            self._jobs.discard(job)
            if on_success:
                on_success(result)

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            handler = on_failure or self.default_failure
            if handler:
                handler(exc)

        job.signals.succeeded.connect(finished)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def busy(self) -> bool:
        """Whether a job is queued or running, or its result not yet delivered."""
        return bool(self._jobs)


class SyncTaskRunner:
    """The same interface, run at once on the calling thread (tests)."""

    def __init__(self, default_failure: Failure | None = None) -> None:
        self.default_failure = default_failure

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001
            handler = on_failure or self.default_failure
            if handler is None:
                raise
            handler(exc)
        else:
            if on_success:
                on_success(result)

    def wait(self, msecs: int = 0) -> bool:
        return True

    def busy(self) -> bool:
        return False
