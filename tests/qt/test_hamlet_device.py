"""A hamlet team's laptop: the navigation keeps the hamlet's week, its log, its monthly sheet
and "Gửi dữ liệu"; each shows that hamlet only."""

from pathlib import Path

import pytest

from kehoach_desktop.qt.app import Desktop, save_screenshots
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.qt.views.report_page import HAMLET_SHEET
from kehoach_desktop.services.device_mode import device_mode
from kehoach_desktop.services.devices import claim_hamlet
from kehoach_desktop.services.settings import set_setting
from kehoach_desktop.services.store import open_store
from tests.conftest import DEMO_TODAY

HAMLET = "Ấp Phú Lâm"


def _open(qtbot, folder: Path) -> Desktop:  # type: ignore[no-untyped-def]
    desktop = Desktop(folder, SyncTaskRunner(), today=DEMO_TODAY)
    qtbot.addWidget(desktop.window)
    desktop.window.resize(1366, 768)
    desktop.window.show()
    desktop.start()
    return desktop


@pytest.fixture
def claimed(demo_dir: Path) -> Path:
    """The store after `kehoach device claim "Ấp Phú Lâm"` (the sync layer's device role)."""
    store = open_store(demo_dir)
    claim_hamlet(store, HAMLET)
    store.close()
    return demo_dir


def test_the_office_sees_every_page(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, demo_dir).window
    assert len(window.visible_page_keys()) == 8
    assert window.hamlets_page.action_buttons["accept"].isVisibleTo(window.hamlets_page)


def test_a_hamlet_device_shows_only_its_four_pages(qtbot, claimed: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desktop = _open(qtbot, claimed)
    window = desktop.window
    assert window.visible_page_keys() == ["so-lieu-ap", "nhat-ky", "bao-cao", "dong-bo"]
    navigation = window.ui.navigation
    shown = [
        navigation.item(r).text()
        for r in range(navigation.count())
        if not navigation.isRowHidden(r)
    ]
    assert shown == ["Số liệu tuần của ấp", "Nhật ký của Tổ", "Phiếu tháng", "Gửi dữ liệu"]
    assert window.current_page_key() == "so-lieu-ap"

    # The week: that hamlet's row only, and no office buttons (accept, return, unlock).
    grid = window.hamlets_page
    qtbot.waitUntil(lambda: grid.model.grid is not None)
    assert [r.hamlet for r in grid.model.rows] == [HAMLET]
    assert grid.action_buttons["submit"].isVisibleTo(grid)
    for action in ("accept", "return", "unlock"):
        assert not grid.action_buttons[action].isVisibleTo(grid)
    assert [
        window.hamlet_model.index(r, 0).data() for r in range(window.hamlet_model.rowCount())
    ] == [HAMLET]

    # The log: that hamlet's activities, the filter and the form fixed on it.
    log = window.activity_page
    assert not log.hamlet_filter.isEnabled() and log.hamlet_filter.currentData() == HAMLET
    assert log.hamlet_edit.currentData() == HAMLET
    assert log.model.rows and {r.hamlet for r in log.model.rows} == {HAMLET}

    # The monthly sheet of the team, for that hamlet.
    report = window.report_page
    assert report.report_kind.currentData() == HAMLET_SHEET and not report.report_kind.isEnabled()
    window.show_page("bao-cao")
    assert report.hamlet.currentData() == HAMLET and not report.hamlet.isEnabled()

    # Screenshots follow the navigation: four pictures.
    written = save_screenshots(window, tmp_path / "shots", desktop.runner)
    assert [p.name for p in written] == [
        "04-so-lieu-ap.png",
        "05-nhat-ky.png",
        "06-bao-cao.png",
        "07-dong-bo.png",
    ]


def test_the_role_can_also_come_from_the_settings(demo_store) -> None:  # type: ignore[no-untyped-def]
    assert device_mode(demo_store).is_hamlet is False
    with demo_store.session() as session:
        set_setting(session, "device.role", "hamlet")
        set_setting(session, "device.hamlet", HAMLET)
    mode = device_mode(demo_store)
    assert mode.is_hamlet and mode.hamlet == HAMLET
    with demo_store.session() as session:
        set_setting(session, "device.hamlet", "Ấp không có")
    assert device_mode(demo_store).hamlet is None  # a hamlet device not tied to a hamlet yet
