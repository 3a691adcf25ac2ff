"""Cài đặt → Ấp và số liệu through the widgets, offscreen, on real stores: a new commune sets
up its hamlets (one by one or from an Excel list) and sees them in the weekly grid; figures are
updated, with the baselines of the running totals; a hamlet with records cannot be removed, and
says why; a hamlet's Tổ CNSCĐ is edited as a draft and saved at once."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.qt.app import create_window
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.services.first_run import start_new_commune
from kehoach_desktop.services.store import open_store
from kehoach_desktop.services.teams import team_of
from kehoach_desktop.services.tracking import list_figures
from tests.conftest import DEMO_TODAY
from tests.fingerprints import store_fingerprint
from tests.qt.typing import type_text


def _open(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    window, controller = create_window(folder, SyncTaskRunner())
    controller.today = DEMO_TODAY
    controller.settings.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    controller.start()
    qtbot.waitUntil(lambda: controller.overview is not None)
    window.show_page("cai-dat")
    page = window.settings_page
    page.tabs.setCurrentIndex(1)
    window.controller = controller
    return window


@pytest.fixture
def new_commune(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """The window on a commune created by hand: no hamlets at all."""
    store = open_store(data_dir)
    start_new_commune(store, "Tân Lợi", signer_name="Lê Văn Bình")
    store.close()
    return _open(qtbot, data_dir)


@pytest.fixture
def demo(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    return _open(qtbot, demo_dir)


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.hamlets.item(r, 0).text() for r in range(page.hamlets.rowCount())]


def _row(page, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    row = _names(page).index(name)
    return [page.hamlets.item(row, c).text() for c in range(page.hamlets.columnCount())]


def _grid_hamlets(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.hamlet for r in window.hamlets_page.model.rows]


def _add(window, name: str, population: str = "", adults: str = "", households: str = ""):  # type: ignore[no-untyped-def]
    window.settings_page.add_hamlet.click()
    dialog = window.controller.settings.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.name, name)
    for edit, text in (
        (dialog.population, population),
        (dialog.adults, adults),
        (dialog.households, households),
    ):
        if text:
            type_text(edit, text)
    dialog.as_of.setDate(QDate(2026, 1, 1))
    dialog.ok_button.click()
    return dialog


def test_the_tab_sits_after_the_commune_tab(new_commune) -> None:  # type: ignore[no-untyped-def]
    tabs = new_commune.settings_page.tabs
    assert [tabs.tabText(i) for i in range(3)] == ["Xã và người ký", "Ấp và số liệu", "Đơn vị"]
    page = new_commune.settings_page
    assert page.hamlets.rowCount() == 0 and page.hamlets_empty.isVisible()
    assert not page.remove_hamlet.isEnabled()  # nothing chosen yet
    headers = [page.hamlets.horizontalHeaderItem(c).text() for c in range(8)]
    assert headers == [
        "Ấp",
        "Dân số",
        "Từ 14 tuổi",
        "Số hộ",
        "VNeID (nền)",
        "Hộ KDTM (nền)",
        "Số liệu tính đến ngày",
        "Tổ trưởng",
    ]


def test_a_hamlet_added_on_a_new_commune_appears_in_the_weekly_grid(new_commune) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    page = window.settings_page
    assert _grid_hamlets(window) == []
    dialog = _add(window, "Ấp Bàu Sen", "1.842", "1290", "512")
    assert not dialog.isVisible() and window.controller.settings.dialog is None
    assert _row(page, "Ấp Bàu Sen") == [
        "Ấp Bàu Sen", "1.842", "1.290", "512", "", "", "01/01/2026", ""
    ]  # fmt: skip
    assert not page.hamlets_empty.isVisible()
    assert _grid_hamlets(window) == ["Ấp Bàu Sen"]  # the main window reloaded
    assert [h.name for h in window.controller.overview.hamlets] == ["Ấp Bàu Sen"]
    _add(window, "Ấp 2")
    assert _grid_hamlets(window) == ["Ấp Bàu Sen", "Ấp 2"]  # the order of addition

    again = _add(window, "ấp  bàu sen")  # the same hamlet, typed differently
    assert again.isVisible()  # the refusal stays in the dialog, under the fields
    assert "Ấp Bàu Sen" in again.message.text() and "trùng" in again.message.text()
    again.reject()
    assert _names(page) == ["Ấp Bàu Sen", "Ấp 2"]

    bad = _add(window, "Ấp 3", "100", "250")
    assert bad.isVisible() and "lớn hơn dân số" in bad.message.text()
    bad.reject()
    assert _names(page) == ["Ấp Bàu Sen", "Ấp 2"]  # nothing half-written


def test_rename_and_update_figures(new_commune) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    page = window.settings_page
    _add(window, "Ấp Bàu Sen", "1842", "1290", "512")
    page.hamlets.selectRow(0)
    page.update_figures.click()
    dialog = window.controller.settings.dialog
    assert dialog.population.text() == "1842" and dialog.households.text() == "512"  # prefilled
    assert dialog.as_of.date() == QDate(2026, 1, 1)
    dialog.population.clear()
    type_text(dialog.population, "1900")
    dialog.as_of.setDate(QDate(2026, 7, 1))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _row(page, "Ấp Bàu Sen")[1:7] == ["1.900", "1.290", "512", "", "", "01/07/2026"]
    store = window.controller.store
    figures = [(f.as_of, f.values["population"]) for f in list_figures(store, "Ấp Bàu Sen")]
    assert figures == [(date(2026, 1, 1), 1842), (date(2026, 7, 1), 1900)]  # the old one kept

    page.hamlets.selectRow(0)
    page.update_figures.click()
    dialog = window.controller.settings.dialog
    dialog.adults.clear()
    type_text(dialog.adults, "mười")
    dialog.ok_button.click()
    assert dialog.isVisible() and "“mười” không phải số" in dialog.message.text()
    dialog.reject()

    page.hamlets.selectRow(0)
    page.rename_hamlet.click()
    dialog = window.controller.settings.dialog
    assert dialog.name.text() == "Ấp Bàu Sen"
    dialog.name.clear()
    type_text(dialog.name, "Ấp Bàu Sen Mới")
    dialog.ok_button.click()
    assert _names(page) == ["Ấp Bàu Sen Mới"]
    assert _grid_hamlets(window) == ["Ấp Bàu Sen Mới"]


def test_a_hamlet_with_records_is_not_removed(demo) -> None:  # type: ignore[no-untyped-def]
    page = demo.settings_page
    before = _names(page)
    assert len(before) == 20 and _row(page, "Ấp 1")[7]  # the demo's team leaders are shown
    page.hamlets.selectRow(before.index("Ấp 3"))
    page.remove_hamlet.click()
    settings = demo.controller.settings
    assert settings.question is None  # not even asked: refused at once, saying why
    assert "Không bỏ được Ấp 3" in settings.last_error
    assert "ô số liệu tuần" in settings.last_error and "hoạt động" in settings.last_error
    boxes = [w for w in demo.findChildren(QMessageBox) if w.isVisible()]
    assert any("Không bỏ được Ấp 3" in b.text() for b in boxes)
    assert _names(page) == before


def test_removing_a_hamlet_without_records_asks_first(new_commune) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    page = window.settings_page
    _add(window, "Ấp 1")
    _add(window, "Ấp Thừa")
    page.hamlets.selectRow(1)
    page.remove_hamlet.click()
    question = window.controller.settings.question
    assert question is not None and "Ấp Thừa" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    assert _names(page) == ["Ấp 1", "Ấp Thừa"]
    page.hamlets.selectRow(1)
    page.remove_hamlet.click()
    window.controller.settings.question.button(QMessageBox.StandardButton.Yes).click()
    assert _names(page) == ["Ấp 1"]
    assert _grid_hamlets(window) == ["Ấp 1"]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách ấp"
    sheet.append(["DANH SÁCH ẤP, THÔN NĂM 2026"])
    sheet.append(["STT", "Tên ấp", "Số dân", "Số người từ 14 tuổi trở lên", "Số hộ"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_a_list_from_excel(new_commune, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    page = window.settings_page
    _add(window, "Ấp 1", "1000", "700", "300")
    path = _workbook(
        tmp_path / "danh-sach-ap.xlsx",
        [[1, "ấp 1", 1050, 720, 310], [2, "Ấp Bàu Sen", 1842, 1290, 512], [3, "Ấp 10", 900]],
    )
    settings = window.controller.settings
    settings.choose_file = lambda: str(path)
    page.import_hamlets.click()
    dialog = settings.list_dialog
    assert dialog is not None and dialog.isVisible()
    assert "2 ấp mới, 1 ấp cập nhật số liệu" in dialog.summary.text()
    actions = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert actions == ["cập nhật số liệu", "thêm mới", "thêm mới"]
    dialog.as_of.setDate(QDate(2026, 6, 30))
    dialog.commit_button.click()
    assert not dialog.isVisible()
    assert _names(page) == ["Ấp 1", "Ấp Bàu Sen", "Ấp 10"]  # the file's order after the old
    assert _row(page, "Ấp 1")[1:7] == ["1.050", "720", "310", "", "", "30/06/2026"]
    assert _grid_hamlets(window) == ["Ấp 1", "Ấp Bàu Sen", "Ấp 10"]
    assert list((window.controller.store.folder / "backups").glob("*nhap-danh-sach-ap*"))


def test_a_bad_list_says_where_and_changes_nothing(new_commune, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    path = _workbook(tmp_path / "sai.xlsx", [[1, "Ấp 1", 1000], [2, "Ấp 2", "một nghìn"]])
    settings = window.controller.settings
    settings.choose_file = lambda: str(path)
    window.settings_page.import_hamlets.click()
    assert settings.list_dialog is None
    assert "sai.xlsx" in settings.last_error and "dòng 4" in settings.last_error
    assert "cột “Số dân”" in settings.last_error
    assert _names(window.settings_page) == []


# ----------------------------------------------------------------------------- baselines


def test_baselines_in_the_dialog_and_the_table(new_commune) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    page = window.settings_page
    window.settings_page.add_hamlet.click()
    dialog = window.controller.settings.dialog
    assert "số đăng ký hằng tuần ghi sau ngày" in dialog.baseline_hint.text()
    for edit, text in (
        (dialog.name, "Ấp 1"),
        (dialog.population, "1000"),
        (dialog.households, "300"),
        (dialog.vneid_accounts, "1.200"),
        (dialog.cashless_households, "90"),
    ):
        type_text(edit, text)
    dialog.as_of.setDate(QDate(2026, 1, 1))
    dialog.ok_button.click()
    assert dialog.isVisible() and "lớn hơn dân số (1000)" in dialog.message.text()
    dialog.vneid_accounts.clear()
    type_text(dialog.vneid_accounts, "600")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _row(page, "Ấp 1")[1:7] == ["1.000", "", "300", "600", "90", "01/01/2026"]

    # Figures updated at a later date: the baselines shown unchanged keep their own date.
    page.hamlets.selectRow(0)
    page.update_figures.click()
    dialog = window.controller.settings.dialog
    assert (dialog.vneid_accounts.text(), dialog.cashless_households.text()) == ("600", "90")
    dialog.population.clear()
    type_text(dialog.population, "1100")
    dialog.cashless_households.clear()
    type_text(dialog.cashless_households, "120")
    dialog.as_of.setDate(QDate(2026, 7, 1))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    figures = list_figures(window.controller.store, "Ấp 1")
    assert [(f.as_of, f.values["vneid_accounts"]) for f in figures] == [
        (date(2026, 1, 1), 600),
        (date(2026, 7, 1), None),  # not written again
    ]
    assert figures[1].values["cashless_households"] == 120
    assert _row(page, "Ấp 1")[1:7] == ["1.100", "", "300", "600", "120", "01/07/2026"]


def test_the_list_preview_shows_the_baselines(new_commune, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    book = openpyxl.Workbook()
    book.active.append(["Ấp", "Dân số", "Số hộ", "Số tài khoản VNeID", "Hộ KDTM"])
    book.active.append(["Ấp 1", 1000, 300, 600, 90])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    settings = window.controller.settings
    settings.choose_file = lambda: str(path)
    window.settings_page.import_hamlets.click()
    table = settings.list_dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[-2:] == ["VNeID (nền)", "Hộ KDTM (nền)"]
    assert [table.item(0, c).text() for c in range(3, 8)] == ["1.000", "", "300", "600", "90"]
    settings.list_dialog.commit_button.click()
    assert _row(window.settings_page, "Ấp 1")[4:6] == ["600", "90"]


# ----------------------------------------------------------------------------- the team


def _team_dialog(window, name: str):  # type: ignore[no-untyped-def]
    page = window.settings_page
    page.hamlets.selectRow(_names(page).index(name))
    page.edit_team.click()
    dialog = window.controller.settings.team_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _members(dialog) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def _type_member(dialog, name: str, role: str, phone: str = "") -> None:  # type: ignore[no-untyped-def]
    dialog.name.clear()
    type_text(dialog.name, name)
    dialog.role.setCurrentIndex(dialog.role.findText(role))
    dialog.phone.clear()
    if phone:
        type_text(dialog.phone, phone)


def test_the_team_button_needs_a_hamlet(new_commune) -> None:  # type: ignore[no-untyped-def]
    page = new_commune.settings_page
    assert not page.edit_team.isEnabled()
    _add(new_commune, "Ấp 1")
    page.hamlets.selectRow(0)
    assert page.edit_team.isEnabled()


def test_a_new_team_is_built_and_saved_at_once(new_commune) -> None:  # type: ignore[no-untyped-def]
    window = new_commune
    _add(window, "Ấp 1")
    store = window.controller.store
    before = store_fingerprint(store.path)
    dialog = _team_dialog(window, "Ấp 1")
    assert _members(dialog) == [] and dialog.empty.isVisible()
    _type_member(dialog, "Trần  Văn Minh", "Tổ trưởng", "0912 345 678")
    dialog.add_button.click()
    _type_member(dialog, "Lê Thị Lan", "Tổ trưởng")
    dialog.add_button.click()  # a second Tổ trưởng: refused at once, in the dialog
    assert "chỉ có một Tổ trưởng" in dialog.message.text()
    assert _members(dialog) == [("Trần Văn Minh", "Tổ trưởng", "0912 345 678")]  # cleaned
    dialog.role.setCurrentIndex(dialog.role.findText("Tổ phó"))
    dialog.phone.clear()
    type_text(dialog.phone, "0912")
    dialog.add_button.click()
    assert "có 4 chữ số" in dialog.message.text()
    dialog.phone.clear()
    dialog.add_button.click()
    assert dialog.message.text() == "" and len(_members(dialog)) == 2
    assert store_fingerprint(store.path) == before  # nothing written before "Lưu"
    dialog.ok_button.click()
    assert not dialog.isVisible() and window.controller.settings.team_dialog is None
    assert _row(window.settings_page, "Ấp 1")[7] == "Trần Văn Minh"
    team = team_of(store, "Ấp 1")
    assert [(m.name, m.role, m.phone) for m in team.members] == [
        ("Trần Văn Minh", "Tổ trưởng", "0912 345 678"),
        ("Lê Thị Lan", "Tổ phó", ""),
    ]


def test_edit_and_remove_members_of_the_demo_team(demo) -> None:  # type: ignore[no-untyped-def]
    window = demo
    store = window.controller.store
    old = team_of(store, "Ấp 2")
    dialog = _team_dialog(window, "Ấp 2")
    assert [m[1] for m in _members(dialog)] == ["Tổ trưởng", "Tổ viên", "Tổ viên", "Tổ viên"]
    dialog.table.selectRow(1)
    assert dialog.name.text() == old.members[1].name  # the form shows the chosen member
    _type_member(dialog, "Võ Thị Mai", "Tổ trưởng")
    dialog.edit_button.click()
    assert "chỉ có một Tổ trưởng" in dialog.message.text()
    dialog.role.setCurrentIndex(dialog.role.findText("Tổ phó"))
    dialog.edit_button.click()
    assert _members(dialog)[1] == ("Võ Thị Mai", "Tổ phó", "")
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert [m[0] for m in _members(dialog)][0] == "Võ Thị Mai"
    before = store_fingerprint(store.path)
    dialog.reject()  # "Hủy": nothing written
    assert store_fingerprint(store.path) == before

    dialog = _team_dialog(window, "Ấp 2")
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    type_text(dialog.name, "Người Chưa Thêm")
    dialog.ok_button.click()  # typed but not added: said, not lost
    assert dialog.isVisible() and "chưa được thêm vào tổ" in dialog.message.text()
    dialog.name.clear()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    team = team_of(store, "Ấp 2")
    assert [m.name for m in team.members] == [m.name for m in old.members[1:]]
    assert team.leader is None and _row(window.settings_page, "Ấp 2")[7] == ""


def test_the_dialog_offers_the_roles_the_service_knows() -> None:
    from kehoach_desktop.qt.views.team_dialog import ROLES as SHOWN
    from kehoach_desktop.services.teams import ROLES

    assert tuple(SHOWN) == ROLES
