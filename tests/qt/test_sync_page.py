"""The Đồng bộ page on real stores (offscreen): a file queued through the page reaches a real
WebDAV server with "Gửi ngay" (the outbox runs off the GUI thread); a package previewed then
imported; a conflict shown side by side and decided; the page inside the main window."""

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.qt.controllers.sync_controller import SyncController
from kehoach_desktop.qt.task_runner import SyncTaskRunner, TaskRunner
from kehoach_desktop.qt.views.sync_page import PackagePreviewDialog, SyncPage
from kehoach_desktop.services.store import Store
from kehoach_desktop.services.sync_import import import_package, preview_package
from kehoach_desktop.sync.secrets import env_name
from tests.sync.helpers import count_value, set_counts, set_up_pair
from tests.sync.servers import WebDavServer

PASSWORD = "mật-khẩu-57"
WEEK = "2026-W47"


@pytest.fixture
def webdav(tmp_path: Path):  # type: ignore[no-untyped-def]
    server = WebDavServer(tmp_path / "webdav", "vanthu", PASSWORD)
    server.start()
    yield server
    server.stop()


def _page(qtbot, store: Store, runner) -> tuple[SyncPage, SyncController]:  # type: ignore[no-untyped-def]
    page = SyncPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    controller = SyncController(page, store=store, runner=runner, interval_ms=3_600_000)
    return page, controller


def _states(page: SyncPage) -> list[str]:
    model = page.outbox_model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_a_file_queued_on_the_page_reaches_webdav_with_send_now(
    qtbot, demo_store: Store, webdav: WebDavServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(env_name("may-chu-xa"), PASSWORD)
    runner = TaskRunner()
    page, controller = _page(qtbot, demo_store, runner)
    qtbot.waitUntil(lambda: "dấu vân tay" in page.device_label.text(), timeout=30000)

    with qtbot.waitSignal(controller.refreshed, timeout=30000):
        controller.add_destination(
            "may-chu-xa", f"webdav://127.0.0.1:{webdav.port}/bao-cao", "vanthu"
        )
    assert page.destination_model.rowCount() == 1
    report = tmp_path / "Báo cáo quý IV-2026.pdf"
    report.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 400)
    with qtbot.waitSignal(controller.queued, timeout=30000):
        controller.queue_files([report])
    qtbot.waitUntil(lambda: page.outbox_model.rowCount() == 1, timeout=30000)
    assert _states(page)[0] in ("Chờ gửi", "Đang gửi", "Đã gửi")

    qtbot.mouseClick(page.send_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _states(page) == ["Đã gửi"], timeout=60000)
    assert "đã gửi 1" in page.activity.text() or "Đã gửi" in _states(page)[0]
    assert webdav.files("bao-cao") == {report.name: report.read_bytes()}
    delivered = hashlib.sha256(webdav.files("bao-cao")[report.name]).hexdigest()
    assert delivered == page.outbox_model.rows[0].sha256
    controller.stop()
    runner.wait()


def test_a_package_is_previewed_then_imported_through_the_page(
    qtbot, demo_store: Store, tmp_path: Path
) -> None:
    pair = set_up_pair(demo_store, tmp_path / "sync")
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, state="submitted", vneid=17)
    package = pair.hamlet_to_office()
    page, controller = _page(qtbot, demo_store, SyncTaskRunner())
    seen = []

    def confirm(result) -> bool:  # type: ignore[no-untyped-def]
        seen.append(result)
        dialog = PackagePreviewDialog(result, page)  # what the person would see
        qtbot.addWidget(dialog)
        assert "Mới: <b>2</b>" in dialog.summary.text()
        assert dialog.model.rowCount() == 2 and dialog.apply_button.isEnabled()
        return True

    controller.confirm_import = confirm
    with qtbot.waitSignal(controller.imported, timeout=30000):
        controller.preview_package(package)
    assert seen and seen[0].new == 2 and not seen[0].applied
    assert count_value(demo_store, pair.hamlet_id, WEEK, "vneid") == 17
    assert page.log_model.rowCount() >= 1
    assert "Đã nhập" in page.activity.text()

    again = preview_package(demo_store, package)
    dialog = PackagePreviewDialog(again, page)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()  # importing it again would change nothing
    pair.hamlet.close()


def test_a_conflict_is_shown_side_by_side_and_decided_on_the_page(
    qtbot, demo_store: Store, tmp_path: Path
) -> None:
    pair = set_up_pair(demo_store, tmp_path / "sync")
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=10)
    import_package(demo_store, pair.hamlet_to_office("p1.khpkg"))
    set_counts(demo_store, pair.hamlet_id, WEEK, vneid=11)
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=13)
    import_package(demo_store, pair.hamlet_to_office("p2.khpkg"))

    page, controller = _page(qtbot, demo_store, SyncTaskRunner())
    assert page.conflict_model.rowCount() == 1
    assert page.tabs.tabText(1) == "Xung đột (1)"
    page.tabs.setCurrentIndex(1)
    page.conflicts_table.selectRow(0)
    fields = page.conflict_fields
    values = {
        fields.index(r, 0).data(): (fields.index(r, 1).data(), fields.index(r, 2).data())
        for r in range(fields.rowCount())
    }
    assert values["giá trị"] == ("11", "13")
    qtbot.mouseClick(page.take_incoming_button, Qt.MouseButton.LeftButton)
    assert count_value(demo_store, pair.hamlet_id, WEEK, "vneid") == 13
    assert page.conflict_model.rowCount() == 0 and page.tabs.tabText(1) == "Xung đột"
    pair.hamlet.close()


def test_the_main_window_shows_the_sync_page(qtbot, demo_dir: Path) -> None:
    from kehoach_desktop.qt.app import create_window

    window, controller = create_window(demo_dir, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    controller.start()
    window.show_page("dong-bo")
    assert isinstance(window.ui.pages.currentWidget(), SyncPage)
    page = window.sync_page
    qtbot.waitUntil(lambda: "Văn phòng xã" in page.device_label.text(), timeout=30000)
    assert page.export_button.text() == "Xuất gói dữ liệu…"
    assert page.register_button.isEnabled()
    window.sync_controller.stop()
