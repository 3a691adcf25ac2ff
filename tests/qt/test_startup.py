"""Starting the app: the window paints before its pages and the store exist, the pages are
built while the store opens, the Báo cáo and Đồng bộ pages come just after the data."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kehoach_desktop.qt.app import Desktop, wait_until_idle
from kehoach_desktop.qt.task_runner import TaskRunner
from kehoach_desktop.qt.views.main_window import LATER_PAGES, PAGES
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]

# Runs `kehoach` (the desktop app) and writes what was imported when the window first painted
# (benchmarks/startup.py times the same "KEHOACH_BENCH first-paint" line).
AT_FIRST_PAINT = r"""
import json, sys

class Watch:
    def __init__(self, out):
        self.out, self.seen = out, None
    def write(self, text):
        if text.startswith("KEHOACH_BENCH") and self.seen is None:
            self.seen = sorted(sys.modules)
        return self.out.write(text)
    def flush(self):
        self.out.flush()

watch = Watch(sys.stdout)
sys.stdout = watch
sys.argv = ["kehoach", "--data-dir", sys.argv[1]]
from kehoach_desktop.cli import main
code = main()
sys.stdout = watch.out
print(json.dumps({"code": code, "modules": watch.seen}))
"""


@pytest.fixture
def open_deferred(qtbot):  # type: ignore[no-untyped-def]
    """A Desktop as `kehoach` makes it (pages deferred, a real worker thread); its jobs are
    let finish before the window goes."""
    made: list[Desktop] = []

    def open_(folder: Path) -> Desktop:
        desktop = Desktop(folder, TaskRunner(), today=DEMO_TODAY, defer_pages=True)
        qtbot.addWidget(desktop.window)
        made.append(desktop)
        return desktop

    yield open_
    for desktop in made:
        if hasattr(desktop.window, "sync_controller"):
            desktop.window.sync_controller.stop()
        wait_until_idle(desktop.runner)


def test_the_window_paints_with_its_navigation_before_any_page_exists(
    qtbot, open_deferred, demo_dir
) -> None:  # type: ignore[no-untyped-def]
    desktop = open_deferred(demo_dir)
    window = desktop.window
    window.show()
    qtbot.waitExposed(window)
    navigation = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert len(navigation) == len(PAGES) and navigation[0] == "Tổng quan"
    assert window.ui.pages.count() == 0 and desktop.controller is None
    assert window.status_label.text() == "Đang mở kho dữ liệu…"

    today_copy = demo_dir / "backups" / f"hang-ngay-{date.today().isoformat()}.sqlite3"
    assert not today_copy.exists()
    with qtbot.waitSignal(desktop.loaded, timeout=30000):
        desktop.start()
    assert window.ui.pages.count() == len(PAGES)
    assert window.task_model.rowCount() > 0  # the demo's sections are shown
    assert window.ui.pages.currentWidget() is window.dashboard
    # The two pages left for later are made right after the data is shown.
    qtbot.waitUntil(lambda: hasattr(window, "sync_page"), timeout=10000)
    for key in LATER_PAGES:
        window.show_page(key)
        assert window.ui.pages.currentWidget().objectName() == f"page-{key}"
    assert window.ui.pages.widget(5) is window.report_page
    assert window.ui.pages.widget(6) is window.sync_page
    # The day's backup is made once the data is on screen, in the background.
    qtbot.waitUntil(today_copy.exists, timeout=10000)
    # The outbox's background passes run while the window is open, and stop when it closes.
    qtbot.waitUntil(window.sync_controller.timer.isActive, timeout=10000)
    window.close()
    assert not window.sync_controller.timer.isActive()


def test_opening_a_later_page_before_it_was_made_makes_it_at_once(
    qtbot, open_deferred, demo_dir
) -> None:  # type: ignore[no-untyped-def]
    desktop = open_deferred(demo_dir)
    window = desktop.window
    window.show()
    with qtbot.waitSignal(desktop.loaded, timeout=30000):
        desktop.start()
        assert not hasattr(window, "report_page")  # only a stand-in so far
        window.show_page("bao-cao")
        assert window.ui.pages.currentWidget() is window.report_page
    assert window.current_page_key() == "bao-cao"
    assert [window.ui.pages.widget(i).objectName() for i in range(len(PAGES))] == [
        f"page-{key}" for key, _label in PAGES
    ]


def test_nothing_but_the_window_is_imported_before_the_first_paint(demo_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEHOACH_BENCH_EXIT="first-paint")
    done = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, str(demo_dir)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    imported = set(report["modules"])
    assert "kehoach_desktop.qt.views.main_window" in imported
    # Neither the ORM, nor the pages, nor the command modules, nor the report writers.
    for module in (
        "sqlalchemy",
        "sqlmodel",
        "pydantic",
        "kehoach_desktop.qt.views.dashboard",
        "kehoach_desktop.qt.controllers.main_controller",
        "kehoach_desktop.cli.reports",
        "reportlab",
        "PySide6.QtCharts",
    ):
        assert module not in imported, module
