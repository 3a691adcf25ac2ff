"""What the window remembers (QSettings beside the store: UI state, never the store itself),
what an empty list says, and text sizes that follow the system font."""

import re
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSplitter

from kehoach_desktop.qt.app import Desktop
from kehoach_desktop.qt.models import IndicatorTableModel, TaskTreeModel
from kehoach_desktop.qt.style import style_sheet
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.qt.views.pages import TablePage, TasksPage
from tests.conftest import DEMO_TODAY
from tests.qt.typing import type_text


def _open(qtbot, folder: Path) -> Desktop:  # type: ignore[no-untyped-def]
    desktop = Desktop(folder, SyncTaskRunner(), today=DEMO_TODAY)
    qtbot.addWidget(desktop.window)
    desktop.window.show()
    desktop.start()
    return desktop


def test_the_page_splitters_and_columns_are_remembered(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, demo_dir).window
    window.tasks_page.tree.setColumnWidth(2, 333)
    splitter = window.dashboard.findChild(QSplitter)
    splitter.setSizes([300, 700])
    sizes = splitter.sizes()
    window.show_page("bao-cao")
    window.close()
    assert (demo_dir / "giao-dien.ini").exists()

    again = _open(qtbot, demo_dir).window
    assert again.current_page_key() == "bao-cao"
    assert again.tasks_page.tree.columnWidth(2) == 333
    # The dashboard's left pane keeps the width the officer gave it (not the default 560).
    assert again.dashboard.findChild(QSplitter).sizes()[0] == sizes[0] != 560


def test_empty_lists_say_why_and_what_to_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = TasksPage(TaskTreeModel())
    qtbot.addWidget(page)
    page.show()
    assert not page.empty.isVisible()  # nothing said before the data has come
    page.model.set_rows([])
    assert page.empty.isVisible() and "Nhập từ tệp…" in page.empty.text()

    table = TablePage("Chỉ tiêu", IndicatorTableModel(), 2, {})
    qtbot.addWidget(table)
    table.show()
    table.model.set_rows([])
    assert table.empty.isVisible() and table.empty.text() == "Chưa có dữ liệu."


def test_a_search_that_finds_nothing_says_so(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, demo_dir).window
    window.show_page("ke-hoach")
    page = window.tasks_page
    assert not page.empty.isVisible()
    type_text(page.search, "không có nhiệm vụ nào như thế")
    assert page.empty.isVisible()
    assert "không có nhiệm vụ nào như thế" in page.empty.text()
    page.search.clear()
    assert not page.empty.isVisible()


def test_text_sizes_follow_the_system_font() -> None:
    sheet = style_sheet(QFont("Sans", 9))
    assert not re.search(r"font-size:\s*\d+px", sheet)  # points (or nothing), never pixels
    larger = style_sheet(QFont("Sans", 14))
    title = re.compile(r"#pageTitle \{ font-size: ([\d.]+)pt")
    assert float(title.search(larger).group(1)) > float(title.search(sheet).group(1))


def test_ctrl_and_a_number_opens_a_page(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = _open(qtbot, demo_dir).window
    window.activateWindow()
    qtbot.waitExposed(window)
    # Sent to the window as the system does, so that Qt's shortcut map sees the keys.
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "bao-cao"
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "ke-hoach"
