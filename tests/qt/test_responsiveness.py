"""The window never freezes: a report written and a plan imported through the real TaskRunner
leave the event loop turning. A QTimer ticking every 20 ms keeps firing while the job runs on
the worker thread; were the job on the GUI thread, no tick could arrive until it ended."""

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from kehoach_desktop.qt.controllers.plan_controller import PlanController
from kehoach_desktop.qt.controllers.report_controller import ReportController
from kehoach_desktop.qt.models import TaskTreeModel
from kehoach_desktop.qt.task_runner import SyncTaskRunner, TaskRunner
from kehoach_desktop.qt.views.pages import TasksPage
from kehoach_desktop.qt.views.report_page import ReportPage
from tests.conftest import DEMO_TODAY
from tests.plan_intake import build_all

TICK_MS = 20
#: The longest pause between two ticks that still reads as "the window keeps responding".
MAX_GAP_MS = 250


def assert_responsive(heart: "Heartbeat", took_ms: float) -> None:
    """Ticks kept coming all through the job: at least a third of those a free loop gets, and
    no pause longer than half the job (a frozen loop lets none through until the end)."""
    assert len(heart.ticks) >= max(3, took_ms / TICK_MS / 3), (len(heart.ticks), took_ms)
    assert heart.longest_gap() < min(MAX_GAP_MS, took_ms / 2), (heart.longest_gap(), took_ms)


class Heartbeat:
    """Counts the ticks of a 20 ms timer and the longest gap between two of them."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[int] = []

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.ticks.append(self.clock.elapsed())

    def longest_gap(self) -> int:
        moments = [0, *self.ticks]
        return max(b - a for a, b in zip(moments, moments[1:], strict=False))


def _run_while_beating(qtbot, start, finished_signal, timeout_ms: int = 120_000):  # type: ignore[no-untyped-def]
    heart = Heartbeat()
    heart.start()
    began = time.monotonic()
    with qtbot.waitSignal(finished_signal, timeout=timeout_ms):
        start()
    took_ms = (time.monotonic() - began) * 1000
    heart.stop()
    return heart, took_ms


@pytest.fixture
def runner():  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait(60_000)


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The benchmark's commune: 70 tasks, 21 hamlets with a year of weeks (a 16-page report).
    The demo's report is written in ~0.1 s, too short for a pause to stand out from noise."""
    from benchmarks.bench_report import build

    store = build(tmp_path_factory.mktemp("large"))
    yield store
    store.close()


def test_writing_a_report_keeps_the_window_responsive(
    qtbot, large_store, runner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = ReportPage()
    qtbot.addWidget(page)
    controller = ReportController(page, runner=runner, store=large_store, today=DEMO_TODAY)
    qtbot.waitUntil(lambda: controller.draft is not None, timeout=60_000)
    target = tmp_path / "bao-cao.pdf"
    heart, took_ms = _run_while_beating(
        qtbot, lambda: controller.export("pdf", target), controller.exported
    )
    assert target.stat().st_size > 10_000
    assert took_ms > 5 * TICK_MS  # real work, long enough for the measure to mean something
    assert_responsive(heart, took_ms)
    assert page.export_pdf_button.isEnabled()  # the buttons come back after the job


def test_the_heartbeat_does_see_a_frozen_loop(qtbot, demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The measure is honest: the same export run on the GUI thread (the synchronous runner
    of the other tests) lets no tick through while it works."""
    page = ReportPage()
    qtbot.addWidget(page)
    controller = ReportController(page, runner=SyncTaskRunner(), store=demo_store, today=DEMO_TODAY)
    heart = Heartbeat()
    heart.start()
    began = time.monotonic()
    controller.export("pdf", tmp_path / "bao-cao.pdf")
    took_ms = (time.monotonic() - began) * 1000
    assert heart.ticks == [] and took_ms > 5 * TICK_MS
    qtbot.wait(3 * TICK_MS)
    heart.stop()
    assert heart.ticks  # the timer itself works once the loop turns again


def test_importing_a_plan_keeps_the_window_responsive(
    qtbot, demo_store, runner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The whole import as the officer does it: read and compare the file (preview), then
    "Ghi vào kho" as soon as the preview shows, until the plan is written."""
    plan_file = build_all(tmp_path / "plans")["loc_tan.docx"]
    page = TasksPage(TaskTreeModel())
    qtbot.addWidget(page)
    controller = PlanController(page, runner, lambda: demo_store, page)
    controller.previewed.connect(lambda _preview: controller.dialog.commit_button.click())
    heart, took_ms = _run_while_beating(
        qtbot, lambda: controller.preview_file(plan_file), controller.imported
    )
    assert controller.last_result.preview.counts("task")["new"] > 0
    assert took_ms > 5 * TICK_MS
    assert_responsive(heart, took_ms)


def test_progress_reaches_the_window_a_few_times_a_second_not_per_paragraph() -> None:
    from kehoach_desktop.qt.task_runner import throttled

    seen: list[tuple[int, int, str]] = []
    report = throttled(lambda *call: seen.append(call), interval_s=3600)
    report(0, 4, "Đọc số liệu")
    for done in range(1, 588):
        report(done, 588, "Đang dàn trang")  # a progress call per paragraph laid out
    report(588, 588, "Đang dàn trang")
    report(4, 4, "Xong")
    # The first call, each new message and each last step: never the 586 in between.
    assert seen == [
        (0, 4, "Đọc số liệu"),
        (1, 588, "Đang dàn trang"),
        (588, 588, "Đang dàn trang"),
        (4, 4, "Xong"),
    ]
