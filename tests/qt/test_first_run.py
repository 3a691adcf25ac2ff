"""The first-run assistant on the store the first run made (the demo alone): keep the demo,
import the commune's plan, or create a new commune by hand."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.qt.app import Desktop
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.services.first_run import first_run_state, start_new_commune
from kehoach_desktop.services.settings import load_commune
from kehoach_desktop.services.store import open_store
from tests.conftest import DEMO_TODAY
from tests.plan_intake import build_all
from tests.qt.typing import type_text


def _desktop(qtbot, folder: Path, offer: bool = True) -> Desktop:  # type: ignore[no-untyped-def]
    desktop = Desktop(folder, SyncTaskRunner(), today=DEMO_TODAY, offer_first_run=offer)
    qtbot.addWidget(desktop.window)
    desktop.window.show()
    desktop.start()
    return desktop


def test_the_assistant_opens_on_the_demo_store(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    desktop = _desktop(qtbot, demo_dir)
    dialog = desktop.first_run.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.demo_button.text() == "Dùng dữ liệu mẫu để làm quen"
    assert dialog.import_button.text() == "Nhập kế hoạch của xã từ tệp Word/Excel…"
    assert dialog.create_button.text() == "Tạo xã mới và nhập tay"
    assert desktop.window.task_model.task_count() == 31  # the demo is there behind it


def test_not_offered_in_screenshots_or_tests_unless_asked(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    desktop = _desktop(qtbot, demo_dir, offer=False)
    assert desktop.first_run is None


def test_keeping_the_demo_is_remembered(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    desktop = _desktop(qtbot, demo_dir)
    qtbot.mouseClick(desktop.first_run.dialog.demo_button, Qt.MouseButton.LeftButton)
    assert not desktop.first_run.dialog.isVisible()
    desktop.window.close()
    again = _desktop(qtbot, demo_dir)
    assert again.first_run is not None and again.first_run.dialog is None  # not shown again


def test_create_a_new_commune_by_hand(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    desktop = _desktop(qtbot, demo_dir)
    dialog = desktop.first_run.dialog
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Hãy nhập tên xã."  # nothing written without a name
    type_text(dialog.fields["name"], "Tân Lợi")
    type_text(dialog.fields["issuing_body"], "ỦY BAN NHÂN DÂN XÃ TÂN LỢI")
    type_text(dialog.fields["place_name"], "Tân Lợi")
    type_text(dialog.fields["signer_title"], "CHỦ TỊCH")
    type_text(dialog.fields["signer_name"], "Lê Văn Bình")
    with qtbot.waitSignal(desktop.first_run.created):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window = desktop.window
    assert not dialog.isVisible()
    assert window.ui.communeLabel.text().endswith("Xã Tân Lợi")
    assert window.task_model.task_count() == 0  # the demo's tasks are gone
    assert window.current_page_key() == "cai-dat"
    # The next step of a new commune: its hamlets (no plan file lists them).
    assert window.settings_page.tabs.currentWidget().objectName() == "hamletsTab"
    assert window.settings_page.fields["signer_name"].text() == "Lê Văn Bình"
    store = open_store(demo_dir)
    try:
        info = load_commune(store)
        assert (info.name, info.issuing_body, info.signer_title) == (
            "Tân Lợi",
            "ỦY BAN NHÂN DÂN XÃ TÂN LỢI",
            "CHỦ TỊCH",
        )
        assert not first_run_state(store).untouched
    finally:
        store.close()
    assert list((demo_dir / "backups").glob("*tao-xa-moi*"))  # the demo was backed up first
    window.show_page("ke-hoach")
    assert window.tasks_page.empty.isVisible()  # the empty plan says what to do
    assert "Nhập từ tệp…" in window.tasks_page.empty.text()


def test_import_the_plan_from_the_assistant(qtbot, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plans = build_all(tmp_path / "plans")
    desktop = _desktop(qtbot, demo_dir)
    assistant = desktop.first_run
    assistant.choose_file = lambda: str(plans["loc_tan.docx"])
    qtbot.mouseClick(assistant.dialog.import_button, Qt.MouseButton.LeftButton)
    plan = desktop.controller.plan
    assert plan.dialog is not None and plan.dialog.isVisible()  # the usual preview
    assert "dữ liệu mẫu sẽ được thay" in plan.dialog.summary.text()
    with qtbot.waitSignal(plan.imported):
        qtbot.mouseClick(plan.dialog.commit_button, Qt.MouseButton.LeftButton)
    assert "Lộc Tấn" in desktop.window.ui.communeLabel.text()


def test_a_store_with_real_data_is_never_cleared(demo_store) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.core.domain import KehoachError

    start_new_commune(demo_store, "Tân Lợi")  # the demo is replaced…
    with pytest.raises(KehoachError):
        start_new_commune(demo_store, "Xã khác")  # …but a real commune is not
