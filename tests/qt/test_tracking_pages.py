"""The tracking pages through their widgets, offscreen, on a real demo store: the weekly grid
(typing, paste from Excel, submit / accept / return / unlock, locked weeks), the dashboard,
the activity log and the task-update dialog with evidence."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kehoach_desktop.qt.app import create_window
from kehoach_desktop.qt.models import ROW_ROLE
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.services.activities import list_activities
from kehoach_desktop.services.status import collect_warnings
from kehoach_desktop.services.store import open_store
from kehoach_desktop.services.task_updates import list_evidence
from kehoach_desktop.services.tracking import list_counts, load_week_grid
from tests.conftest import DEMO_TODAY

WEEK = "2026-W46"
VNEID = 1  # the grid's first metric column


@pytest.fixture
def app(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    window, controller = create_window(demo_dir, SyncTaskRunner())
    controller.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    controller.start()
    qtbot.waitUntil(lambda: window.hamlets_page.model.grid is not None)
    store = open_store(demo_dir)
    yield window, controller, store
    store.close()


def cells(store, hamlet: str, week: str = WEEK) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {c.metric: c.value for c in list_counts(store, hamlet=hamlet, week=week)}


def state(store, hamlet: str, week: str = WEEK) -> str | None:  # type: ignore[no-untyped-def]
    return next(r.state for r in load_week_grid(store, week, DEMO_TODAY).rows if r.hamlet == hamlet)


def open_grid(qtbot, window, week: str = WEEK):  # type: ignore[no-untyped-def]
    window.show_page("so-lieu-ap")
    page = window.hamlets_page
    if page.current_week() != week:
        page.week_combo.setCurrentIndex(page.week_combo.findData(week))
        page.week_combo.activated.emit(page.week_combo.currentIndex())
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.week == week)
    return page


def editor_or(widget: QWidget) -> QWidget:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit):
        return focus
    return widget.findChild(QLineEdit) or widget


def type_in(qtbot, table, index: QModelIndex, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type over a cell as a user does: select it, type the digits, press Enter."""
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, text[0])
    for char in text[1:]:
        qtbot.keyClick(editor_or(table.viewport()), char)
    qtbot.keyClick(editor_or(table.viewport()), Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop, as in the running app.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_typing_in_the_grid_saves_the_cell_and_moves_down(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window, _controller, store = app
    page = open_grid(qtbot, window)
    row = next(i for i, r in enumerate(page.model.rows) if r.hamlet == "Ấp Phú Lập")
    assert page.model.rows[row].state == "draft"
    type_in(qtbot, page.table, page.model.index(row, VNEID), "17")
    qtbot.waitUntil(lambda: cells(store, "Ấp Phú Lập").get("vneid") == 17)
    assert page.table.currentIndex().row() == row + 1  # Enter went on to the next hamlet
    qtbot.waitUntil(lambda: page.model.index(row, VNEID).data() == "17")
    assert "Đã lưu 1 ô" in page.message.text()
    # The frozen totals row follows.
    totals = page.model.index(len(page.model.rows), VNEID).data()
    assert totals == str(sum(r.values["vneid"] or 0 for r in page.model.rows))
    # Typing a word is refused with the place named, and nothing is written.
    type_in(qtbot, page.table, page.model.index(row, VNEID), "x")
    assert "Ấp Phú Lập, Hướng dẫn đăng ký VNeID" in page.message.text()
    assert cells(store, "Ấp Phú Lập")["vneid"] == 17


def test_pasting_a_block_from_excel(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window, _controller, store = app
    page = open_grid(qtbot, window)
    before = cells(store, "Ấp Tà Lài")
    # Copied from Excel with the hamlet column and a heading line; numbers grouped the
    # Vietnamese way, the Windows line ends and the trailing line break Excel adds.
    QGuiApplication.clipboard().setText(
        "Ấp\tVNeID\tVNeID mức 2\r\nẤp 1\t21\t9\r\nPhú Lâm\t1.024\t8\r\n"
    )
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cells(store, "Ấp Phú Lâm").get("vneid") == 1024)
    assert cells(store, "Ấp 1")["vneid"] == 21 and cells(store, "Ấp 1")["vneid_level2"] == 9
    assert cells(store, "Ấp Phú Lâm")["vneid_level2"] == 8
    assert cells(store, "Ấp Tà Lài") == before
    # A block pasted on a number cell fills from there; one bad value rejects it all.
    ta_lai = next(i for i, r in enumerate(page.model.rows) if r.hamlet == "Ấp Tà Lài")
    QGuiApplication.clipboard().setText("30\t12\n31\tmười\n")
    page.table.setCurrentIndex(page.model.index(ta_lai, VNEID))
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "Không dán được" in page.message.text() and "mười" in page.message.text()
    assert cells(store, "Ấp Tà Lài") == before
    QGuiApplication.clipboard().setText("30\t12\n")
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cells(store, "Ấp Tà Lài").get("vneid") == 30)
    assert cells(store, "Ấp Tà Lài")["vneid_level2"] == 12


def test_submit_accept_return_and_unlock_through_the_buttons(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window, _controller, store = app
    page = open_grid(qtbot, window)
    buttons = page.action_buttons
    page.select_hamlets(["Ấp Phú Lập"])  # a draft
    assert buttons["submit"].isEnabled() and not buttons["accept"].isEnabled()
    qtbot.mouseClick(buttons["submit"], Qt.MouseButton.LeftButton)
    assert state(store, "Ấp Phú Lập") == "submitted"
    qtbot.waitUntil(lambda: "Đã gửi tuần" in page.message.text())

    page.select_hamlets(["Ấp Phú Lập", "Ấp 1"])  # both submitted now
    assert buttons["accept"].isEnabled()
    qtbot.mouseClick(buttons["accept"], Qt.MouseButton.LeftButton)
    assert state(store, "Ấp Phú Lập") == "accepted" and state(store, "Ấp 1") == "accepted"
    assert "2 ấp" in page.message.text()

    # The accepted row is read-only: typing over it changes nothing.
    qtbot.waitUntil(lambda: page.model.rows[0].locked)
    before = cells(store, "Ấp 1")
    assert not page.model.flags(page.model.index(0, VNEID)) & Qt.ItemFlag.ItemIsEditable
    type_in(qtbot, page.table, page.model.index(0, VNEID), "99")
    assert cells(store, "Ấp 1") == before
    # Nor can a paste reach it.
    QGuiApplication.clipboard().setText("99\n")
    page.table.setCurrentIndex(page.model.index(0, VNEID))
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "đã được duyệt" in page.message.text() and cells(store, "Ấp 1") == before

    # Return needs a reason; a cancelled prompt does nothing.
    page.select_hamlets(["Ấp 2"])
    page.ask_note = lambda _action: None
    qtbot.mouseClick(buttons["return"], Qt.MouseButton.LeftButton)
    assert state(store, "Ấp 2") == "submitted"
    page.ask_note = lambda _action: "Số hồ sơ DVCTT chưa khớp sổ theo dõi"
    qtbot.mouseClick(buttons["return"], Qt.MouseButton.LeftButton)
    assert state(store, "Ấp 2") == "returned"
    qtbot.waitUntil(lambda: page.model.rows[1].state == "returned")
    assert page.model.index(1, page.model.comment_column).data().startswith("Số hồ sơ DVCTT")

    # Unlock an accepted week with a reason; it becomes editable again.
    page.select_hamlets(["Ấp 1"])
    page.ask_note = lambda _action: "Công an xã cấp lại số liệu VNeID"
    assert buttons["unlock"].isEnabled()
    qtbot.mouseClick(buttons["unlock"], Qt.MouseButton.LeftButton)
    assert state(store, "Ấp 1") == "submitted"
    qtbot.waitUntil(lambda: not page.model.rows[0].locked)
    type_in(qtbot, page.table, page.model.index(0, VNEID), "11")
    qtbot.waitUntil(lambda: cells(store, "Ấp 1").get("vneid") == 11)


def test_week_navigation_and_older_locked_weeks(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window, _controller, _store = app
    page = open_grid(qtbot, window)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.grid.week == "2026-W45")
    assert not any(r.locked for r in page.model.rows)  # the last two weeks wait for review
    for _ in range(3):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.grid.week == "2026-W42")
    assert all(r.locked for r in page.model.rows)  # accepted weeks: all grey and read-only
    assert "20 đã duyệt" in page.summary.text()
    qtbot.mouseClick(page.latest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.grid.week == WEEK)


def test_the_dashboard_shows_warnings_by_kind_and_the_hamlet_chart(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window, _controller, store = app
    dashboard = window.dashboard
    model = dashboard.warning_model
    kinds = {model.index(r, 0).data(ROW_ROLE).kind for r in range(model.rowCount())}
    assert {"overdue", "behind", "evidence_rejected", "hamlet_silent"} <= kinds
    assert model.rowCount() == len(collect_warnings(store, DEMO_TODAY))
    assert dashboard.warnings_card.value.text() == str(model.rowCount())
    dashboard.kind_filter.setCurrentIndex(dashboard.kind_filter.findData("hamlet_silent"))
    shown = [dashboard.warning_proxy.index(r, 1).data() for r in range(2)]
    assert dashboard.warning_proxy.rowCount() == 2
    assert sorted(shown) == ["Ấp Chòm Mới", "Ấp Đồng Tràm"]
    bars = dashboard.chart.chart().series()[0]
    vneid, cashless = bars.barSets()
    hamlets = window.hamlet_model.rows
    assert vneid.count() == len(hamlets) == 20
    assert vneid.at(0) == pytest.approx(float(hamlets[0].rates["vneid"]))
    assert cashless.at(3) == pytest.approx(float(hamlets[3].rates["cashless_households"]))
    due = dashboard.due_model
    assert any("Tuần chờ duyệt" == due.index(r, 0).data() for r in range(due.rowCount()))


def test_logging_an_activity_through_the_form(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, _controller, store = app
    window.show_page("nhat-ky")
    page = window.activity_page
    assert page.model.rowCount() == len(
        list_activities(store, start=DEMO_TODAY.replace(month=1, day=1))
    )
    page.hamlet_filter.setCurrentIndex(page.hamlet_filter.findData("Ấp Bàu Sen"))
    assert page.team.text().startswith("Tổ CNSCĐ Ấp Bàu Sen: Quyết định số 112/QĐ-UBND")
    assert {r.hamlet for r in page.model.rows} == {"Ấp Bàu Sen"}
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.form_dialog.isVisible() and page.hamlet_edit.currentText() == "Ấp Bàu Sen"
    page.kind_edit.setCurrentIndex(page.kind_edit.findData("door_to_door"))
    # (QTest types ASCII only: Vietnamese text goes in as an input method would put it.)
    page.description_edit.insertPlainText("Đi từng nhà hướng dẫn cài VNeID mức 2")
    page.place_edit.insert("Tổ 4")
    page.people_edit.selectAll()  # as tabbing into the field does
    qtbot.keyClicks(page.people_edit.lineEdit(), "23")
    page.feedback_edit.insertPlainText("Xin thêm buổi hướng dẫn buổi tối")
    page.forwarded_edit.setChecked(True)
    photo = tmp_path / "di-tung-nha.jpg"
    photo.write_bytes(b"\xff\xd8\xff anh di tung nha")
    page.photos.add_files([photo])
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (saved,) = list_activities(store, hamlet="Ấp Bàu Sen", start=DEMO_TODAY, kind="door_to_door")
    assert saved.people_reached == 23 and saved.feedback_forwarded and len(saved.photos) == 1
    assert "Đã ghi hoạt động" in page.form_message.text()
    assert page.description_edit.toPlainText() == "" and page.photos.files() == []
    first = page.proxy.index(0, 3).data()
    assert first == "Đi từng nhà hướng dẫn cài VNeID mức 2"
    # An empty description is refused in the form, nothing written.
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Thiếu nội dung" in page.form_message.text()
    assert len(list_activities(store, hamlet="Ấp Bàu Sen", start=DEMO_TODAY)) == 1


def select_task(window, ref: str) -> None:  # type: ignore[no-untyped-def]
    tree = window.tasks_page.tree
    proxy = tree.model()

    def walk(parent: QModelIndex):  # type: ignore[no-untyped-def]
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            task = index.data(ROW_ROLE)
            if task is not None and task.ref == ref:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    index = walk(QModelIndex())
    assert index is not None, ref
    tree.setCurrentIndex(index)


def test_task_update_with_evidence_through_the_dialog(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller, store = app
    window.show_page("ke-hoach")
    select_task(window, "II.1.1")
    qtbot.mouseClick(window.update_task_button, Qt.MouseButton.LeftButton)
    dialog = controller.tracking.task_updates.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text().startswith("Nhiệm vụ II.1.1: Camera tầm cao")
    assert dialog.progress_edit.value() == 35
    dialog.status_edit.setCurrentIndex(dialog.status_edit.findData("done"))
    assert dialog.progress_edit.value() == 100  # done means 100 %
    dialog.note_edit.insertPlainText("Đã lắp đặt, nghiệm thu 8 camera")
    scan = tmp_path / "Biên bản nghiệm thu camera.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban nghiem thu camera")
    dialog.evidence.add_files([scan])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Đã lưu cập nhật nhiệm vụ II.1.1 kèm 1 minh chứng" in dialog.message.text()
    (piece,) = list_evidence(store, task="II.1.1")
    assert piece.file_name == scan.name and Path(piece.path).read_bytes() == scan.read_bytes()
    assert "II.1.1" not in {
        w.ref for w in collect_warnings(store, DEMO_TODAY) if w.kind == "overdue"
    }
    # The history shows the update with its evidence; the task tree was reloaded.
    latest = dialog.history.topLevelItem(0)
    assert "Đang thực hiện → Hoàn thành" in latest.text(2) and latest.childCount() == 1
    done = next(t for t in controller.overview.tasks if t.ref == "II.1.1")
    assert done.status == "done" and done.progress == 100
    select_task(window, "II.1.1")
    row = window.tasks_page.tree.currentIndex()
    assert row.siblingAtColumn(4).data() == "Hoàn thành" and row.siblingAtColumn(5).data() == "100%"

    # Judge the evidence "không đạt": the task goes back to "chờ hoàn thiện" and is warned.
    dialog.history.setCurrentItem(latest.child(0))
    assert dialog.reject_button.isEnabled()
    dialog.ask_reason = lambda _name: "Biên bản chưa có chữ ký của đơn vị thi công"
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    (piece,) = list_evidence(store, task="II.1.1")
    assert piece.review_state == "rejected" and piece.review_reason.startswith("Biên bản chưa")
    assert dialog.history.topLevelItem(0).text(2) == "Hoàn thành → Chờ hoàn thiện"
    warned = {w.ref: w.kind for w in collect_warnings(store, DEMO_TODAY) if w.ref == "II.1.1"}
    assert "evidence_rejected" in warned.values()
    rows = window.dashboard.warning_model.rows
    assert any(w.kind == "evidence_rejected" and w.ref == "II.1.1" for w in rows)
    # A missing file is refused in the dialog; nothing is written.
    dialog.evidence.add_files([tmp_path / "khong-co.pdf"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Không tìm thấy tệp minh chứng" in dialog.message.text()
    assert len(list_evidence(store, task="II.1.1")) == 1
