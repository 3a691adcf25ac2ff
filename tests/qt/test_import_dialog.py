"""Kế hoạch & nhiệm vụ → Nhập từ tệp… / Xuất ra Excel…, through the widgets, offscreen, on a
real store. The file is handed to the controller (no native file dialog in tests)."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.importers import read_plan
from kehoach_desktop.qt.app import create_window
from kehoach_desktop.qt.task_runner import SyncTaskRunner, TaskRunner
from kehoach_desktop.services.plan import list_tasks
from tests.conftest import DEMO_TODAY
from tests.plan_intake import bad_files, build_all, store_fingerprint


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("plans"))


def _open(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    window, controller = create_window(demo_dir, SyncTaskRunner())
    controller.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.show()
    controller.start()
    window.show_page("ke-hoach")
    window.controller = controller
    return window


@pytest.fixture
def window(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    """The app on a store the officer works in: the demo's content, its plan from a file
    (a store holding only the first-run demo is replaced by an import instead)."""
    with sqlite3.connect(demo_dir / "kehoach.sqlite3") as conn:
        conn.execute("UPDATE plan SET source_file = 'ke-hoach-ta-lai-2026.docx'")
    return _open(qtbot, demo_dir)


def test_importing_over_the_first_run_demo_replaces_it(
    qtbot, demo_dir: Path, plan_files: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, demo_dir)
    plan = window.controller.plan
    plan.preview_file(plan_files["dak_nhou.docx"])
    assert "dữ liệu mẫu sẽ được thay bằng kế hoạch này" in plan.dialog.summary.text()
    plan.dialog.commit_button.click()
    assert window.task_model.task_count() == 8
    assert "Đak Nhou" in window.ui.communeLabel.text()


def _dialog_rows(dialog) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    model = dialog.rows.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_task_page_has_import_and_export_buttons(window) -> None:  # type: ignore[no-untyped-def]
    page = window.tasks_page
    assert page.import_button.text() == "Nhập từ tệp…"
    assert page.export_button.text() == "Xuất ra Excel…"
    assert page.import_button.isVisible() and page.export_button.isVisible()


def test_preview_shows_every_row_and_warning_then_commit_fills_the_tree(
    window, plan_files: dict[str, Path], qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = window.controller.plan
    store = window.controller.store
    before = store_fingerprint(store.path)
    plan.preview_file(plan_files["phu_hoa.xlsx"])
    dialog = plan.dialog
    assert dialog is not None and dialog.isVisible()
    # Nothing is written while the preview is on screen.
    assert store_fingerprint(store.path) == before
    rows = _dialog_rows(dialog)
    assert len(rows) == 15 + 10  # every task (parents included) and every target
    assert {r[3] for r in rows} == {"Mới"}
    assert (
        "Nhiệm vụ",
        "I.2.10",
        "Số hóa hồ sơ biến động đất đai 2021-2025",
        "Mới",
        "",
        "Trang tính “Nhiệm vụ”, dòng 18",
    ) in rows
    assert any(r[0] == "Chỉ tiêu" and r[1] == "1 (2030)" for r in rows)
    warnings = dialog.warnings.model()
    messages = [warnings.index(r, 3).data() for r in range(warnings.rowCount())]
    assert len(messages) == len(dialog.preview.warnings) > 0
    assert any("“2.10”" in m for m in messages)
    assert dialog.tabs.tabText(1) == f"Cảnh báo ({len(messages)})"
    assert "Kế hoạch của xã Phú Hòa, còn kho dữ liệu là của xã Tà Lài" in dialog.summary.text()
    assert "kế hoạch mới" in dialog.heading.text()
    assert dialog.commit_button.isEnabled()

    dialog.commit_button.click()
    assert not dialog.isVisible()
    tree = window.task_model
    assert tree.task_count() == 15
    sections = [tree.index(r, 0).data() for r in range(tree.rowCount())]
    assert sections == ["I", "II"]
    first = tree.index(0, 0)
    assert tree.index(1, 1, first).data() == "Số hóa hồ sơ đất đai"
    child = tree.index(9, 0, tree.index(1, 0, first))
    assert child.data() == "2.10"
    assert "20/KH-UBND" in window.tasks_page.subtitle.text()
    assert "Đã nhập phu_hoa.xlsx" in window.statusBar().currentMessage()
    assert plan.last_result.backup.exists()


def test_reimport_of_the_same_plan_marks_rows_unchanged_and_updated(
    window, plan_files: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    plan = window.controller.plan
    plan.preview_file(plan_files["ta_lai.docx"])
    dialog = plan.dialog
    rows = _dialog_rows(dialog)
    by_ref = {(r[0], r[1]): r for r in rows}
    lan = by_ref[("Nhiệm vụ", "II.1.2")]
    assert lan[3] == "Cập nhật"
    assert "Đơn vị chủ trì: “Văn phòng HĐND-UBND xã” → “Phòng VH-XH”" in lan[4]
    assert by_ref[("Nhiệm vụ", "IV.1")][3] == "Không còn trong tệp"
    assert by_ref[("Nhiệm vụ", "IV.(không số)")][3] == "Mới"
    dialog.changed_only.setChecked(True)
    assert dialog.rows.model().rowCount() == len([r for r in rows if r[3] != "Không đổi"])
    statuses = {t.ref: (t.status, t.progress) for t in list_tasks(window.controller.store)}
    dialog.commit_button.click()
    after = {t.ref: (t.status, t.progress) for t in list_tasks(window.controller.store)}
    assert all(after[ref] == statuses[ref] for ref in after if ref in statuses)
    assert window.task_model.task_count() == 31
    # A second preview of the same file has nothing to write.
    plan.preview_file(plan_files["ta_lai.docx"])
    assert {r[3] for r in _dialog_rows(dialog)} == {"Không đổi"}
    assert not dialog.commit_button.isEnabled()
    assert "không có gì để ghi" in dialog.nothing_to_do.text()
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_a_broken_file_is_refused_with_the_store_unchanged(
    window, plan_files: dict[str, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plan = window.controller.plan
    store = window.controller.store
    before = store_fingerprint(store.path)
    for path in bad_files(tmp_path / "hong", plan_files["dak_nhou.docx"]).values():
        plan.preview_file(path)
        assert f"“{path.name}”" in plan.last_error
        assert plan.dialog is None or not plan.dialog.isVisible()
    assert store_fingerprint(store.path) == before
    assert window.task_model.task_count() == 31


def test_cancel_writes_nothing(window, plan_files: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    plan = window.controller.plan
    before = store_fingerprint(window.controller.store.path)
    plan.preview_file(plan_files["loc_tan.docx"])
    plan.dialog.cancel_button.click()
    assert store_fingerprint(window.controller.store.path) == before


def test_export_to_excel_through_the_controller(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ke-hoach.xlsx"
    window.controller.plan.export_to(path)
    assert "Đã xuất kế hoạch (31 nhiệm vụ, 17 chỉ tiêu)" in window.statusBar().currentMessage()
    plan = read_plan(path)
    assert len(plan.tasks) == 31 and plan.number == "64/KH-UBND"


def test_import_runs_on_the_worker_with_progress(
    qtbot, demo_dir: Path, plan_files: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    window, controller = create_window(demo_dir, TaskRunner())
    controller.today = DEMO_TODAY
    qtbot.addWidget(window)
    with qtbot.waitSignal(controller.loaded, timeout=60000):
        controller.start()
    plan = controller.plan
    seen: list[tuple[int, int, str]] = []
    plan.relay.changed.connect(lambda d, t, m: seen.append((d, t, m)))
    plan.preview_file(plan_files["dak_nhou.docx"])
    qtbot.waitUntil(lambda: plan.dialog is not None and plan.dialog.isVisible(), timeout=30000)
    assert seen and seen[-1][0] == seen[-1][1]
    seen.clear()
    with qtbot.waitSignal(controller.loaded, timeout=60000):
        with qtbot.waitSignal(plan.imported, timeout=60000):
            qtbot.mouseClick(plan.dialog.commit_button, Qt.MouseButton.LeftButton)
    assert any("nhiệm vụ" in m for _, _, m in seen)
    assert window.task_model.task_count() == 8  # Đak Nhou's plan is now the current one
    controller.runner.wait(10000)
