"""The main window on a real store, offscreen: navigation, the task tree, the targets table."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.qt.app import create_window, save_screenshots
from kehoach_desktop.qt.models import ROW_ROLE, SORT_ROLE, IndicatorTableModel, TaskTreeModel
from kehoach_desktop.qt.task_runner import SyncTaskRunner, TaskRunner
from kehoach_desktop.qt.views.main_window import PAGES
from kehoach_desktop.services.plan import list_indicators, list_tasks
from tests.conftest import DEMO_TODAY

NAVIGATION = [
    "Tổng quan",
    "Kế hoạch & nhiệm vụ",
    "Chỉ tiêu",
    "Số liệu ấp",
    "Nhật ký Tổ CNSCĐ",
    "Báo cáo",
    "Đồng bộ",
    "Cài đặt",
]


@pytest.fixture
def window(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    window, controller = create_window(demo_dir, SyncTaskRunner())
    controller.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.show()
    controller.start()
    return window


def test_navigation_has_every_page(window) -> None:  # type: ignore[no-untyped-def]
    labels = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert labels == NAVIGATION
    for index, (key, _label) in enumerate(PAGES):
        window.ui.navigation.setCurrentRow(index)
        assert window.ui.pages.currentIndex() == index
        assert window.current_page_key() == key


def test_task_tree_shows_sections_and_sub_tasks(window) -> None:  # type: ignore[no-untyped-def]
    model: TaskTreeModel = window.task_model
    sections = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sections == ["I", "II", "III", "IV"]
    section_ii = model.index(1, 0)
    assert model.index(1, 1).data() == "CHUYỂN ĐỔI SỐ"
    infrastructure = model.index(0, 0, section_ii)
    assert infrastructure.data() == "1"
    camera = model.index(0, 1, infrastructure)
    assert camera.data() == "Camera tầm cao phục vụ quản lý an ninh trật tự"
    assert model.index(0, 6, infrastructure).data() == "2.100"
    assert model.parent(camera).data() == "1"
    assert model.task_count() == 31
    # Late: due Quý III/2026, 35% on 22/11/2026 → its deadline cell is red.
    assert model.index(0, 3, infrastructure).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_filtering_the_tree_keeps_matching_tasks_with_their_parents(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.tasks_page
    qtbot.keyClicks(page.search, "Camera")
    proxy = page.proxy
    assert proxy.rowCount() == 1  # only section II survives
    infrastructure = proxy.index(0, 0, proxy.index(0, 0))
    assert proxy.index(0, 1, infrastructure).data().startswith("Camera")


def test_indicator_table_shows_targets_and_verdicts(window) -> None:  # type: ignore[no-untyped-def]
    model: IndicatorTableModel = window.indicator_model
    assert model.rowCount() >= 12
    names = [model.index(r, 2).data() for r in range(model.rowCount())]
    row = names.index("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)")
    assert model.index(row, 3).data() == "≥ 80%"
    assert model.index(row, 4).data().endswith("%")
    assert model.index(row, 6).data() in {"Đạt", "Chưa đạt"}
    assert "dân số" in model.index(row, 5).data()
    assert model.index(row, 0).data(ROW_ROLE).measure == "computed"


def test_dashboard_counts_late_tasks(window) -> None:  # type: ignore[no-untyped-def]
    card = window.dashboard.late_card.value.text()
    assert int(card) >= 3
    warnings = window.dashboard.warning_model
    overdue = [warnings.index(r, 0).data() for r in range(warnings.rowCount())]
    assert overdue.count("Quá hạn") == int(card)
    assert "Tà Lài" in window.ui.communeLabel.text()


def test_models_are_fed_plain_rows_and_sort_by_raw_values(demo_store) -> None:  # type: ignore[no-untyped-def]
    model = IndicatorTableModel()
    model.set_rows(list_indicators(demo_store, DEMO_TODAY))
    assert model.rowCount() == len(list_indicators(demo_store, DEMO_TODAY))
    assert model.index(9, 0).data(SORT_ROLE) == 10  # numeric, so 10 sorts after 9
    tree = TaskTreeModel()
    tree.set_rows(list_tasks(demo_store), DEMO_TODAY)
    assert tree.rowCount() == 4


def test_first_run_on_an_empty_folder_opens_on_the_demo(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller = create_window(data_dir, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.loaded, timeout=60000):
        controller.start()
    assert window.task_model.task_count() == 31
    assert "dữ liệu mẫu" in window.status_label.text()
    assert (data_dir / "kehoach.sqlite3").exists()


def test_screenshots_one_png_per_page(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = save_screenshots(window, tmp_path / "shots")
    assert [p.name for p in written] == [
        f"{i + 1:02d}-{key}.png" for i, (key, _) in enumerate(PAGES)
    ]
    assert all(p.stat().st_size > 5000 for p in written)


def test_kehoach_without_a_command_opens_the_window_and_stays_open(tmp_path: Path) -> None:
    """`kehoach --data-dir D` (offscreen) keeps running until it is closed."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "kehoach_desktop", "--data-dir", str(tmp_path / "d")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "d" / "kehoach.sqlite3").exists() and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            time.sleep(0.2)
        time.sleep(2)
        assert process.poll() is None  # still open
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
