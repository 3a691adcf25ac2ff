"""Cài đặt through the widgets: edit the signer, add a unit alias, back up and restore."""

from pathlib import Path

import pytest

from kehoach_desktop.qt.app import create_window
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.services.settings import list_units, load_commune
from tests.conftest import DEMO_TODAY
from tests.qt.typing import type_text


@pytest.fixture
def window(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    window, controller = create_window(demo_dir, SyncTaskRunner())
    controller.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.show()
    controller.start()
    window.show_page("cai-dat")
    window.controller = controller
    return window


def test_editing_the_signer_is_saved(window) -> None:  # type: ignore[no-untyped-def]
    page = window.settings_page
    assert page.fields["issuing_body"].text() == "ỦY BAN NHÂN DÂN XÃ TÀ LÀI"
    page.fields["signer_name"].clear()
    type_text(page.fields["signer_name"], "Lê Văn Bình")
    page.windows.setCurrentIndex(page.windows.findData("calendar"))
    page.save.click()
    info = load_commune(window.controller.store)
    assert info.signer_name == "Lê Văn Bình"
    assert info.settings["report.windows"] == "calendar"


def test_adding_an_alias_through_the_page(window) -> None:  # type: ignore[no-untyped-def]
    page = window.settings_page
    names = [page.units.item(r, 0).text() for r in range(page.units.rowCount())]
    page.units.selectRow(names.index("Phòng Kinh tế"))
    type_text(page.alias, "P. Kinh tế xã")
    page.add_alias.click()
    unit = next(u for u in list_units(window.controller.store) if u.name == "Phòng Kinh tế")
    assert "P. Kinh tế xã" in unit.aliases
    assert "P. Kinh tế xã" in page.units.item(names.index("Phòng Kinh tế"), 2).text()


def test_backup_then_restore_from_the_list(window) -> None:  # type: ignore[no-untyped-def]
    page = window.settings_page
    before = page.backups.rowCount()
    page.backup_now.click()
    assert page.backups.rowCount() == before + 1
    controller = window.controller.settings
    newest = controller.backup_paths[0]
    page.fields["signer_name"].setText("Người Khác")
    page.save.click()
    assert load_commune(window.controller.store).signer_name == "Người Khác"
    controller.restore_from(newest)
    assert load_commune(window.controller.store).signer_name == "Nguyễn Phạm Tuyển"
    assert page.fields["signer_name"].text() == "Nguyễn Phạm Tuyển"
