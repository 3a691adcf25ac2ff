"""The main window: a navigation column and one page per job (SPEC §3).

On a hamlet's laptop (a hamlet device, see :meth:`MainWindow.apply_device_mode`) the
navigation keeps only what a team needs: its week, its log, its monthly sheet and sending.

The window can appear before its pages exist (``MainWindow(defer_pages=True)``): the desktop
app shows the navigation column and the status line at once and builds the pages, with their
imports, after the first paint (:meth:`MainWindow.build_pages`).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from ..forms.ui_main_window import Ui_MainWindow
from ..i18n import translate

if TYPE_CHECKING:
    from .pages import TasksPage

# (key used for screenshots and settings, label in the navigation column; translated at use)
PAGES = [
    ("tong-quan", QT_TRANSLATE_NOOP("Navigation", "Tổng quan")),
    ("ke-hoach", QT_TRANSLATE_NOOP("Navigation", "Kế hoạch & nhiệm vụ")),
    ("chi-tieu", QT_TRANSLATE_NOOP("Navigation", "Chỉ tiêu")),
    ("so-lieu-ap", QT_TRANSLATE_NOOP("Navigation", "Số liệu ấp")),
    ("nhat-ky", QT_TRANSLATE_NOOP("Navigation", "Nhật ký Tổ CNSCĐ")),
    ("bao-cao", QT_TRANSLATE_NOOP("Navigation", "Báo cáo")),
    ("dong-bo", QT_TRANSLATE_NOOP("Navigation", "Đồng bộ")),
    ("cai-dat", QT_TRANSLATE_NOOP("Navigation", "Cài đặt")),
]
# A hamlet device shows these pages only, under these names.
HAMLET_PAGES = {
    "so-lieu-ap": QT_TRANSLATE_NOOP("Navigation", "Số liệu tuần của ấp"),
    "nhat-ky": QT_TRANSLATE_NOOP("Navigation", "Nhật ký của Tổ"),
    "bao-cao": QT_TRANSLATE_NOOP("Navigation", "Phiếu tháng"),
    "dong-bo": QT_TRANSLATE_NOOP("Navigation", "Gửi dữ liệu"),
}
#: Pages the desktop app makes just after the data is shown rather than before: nothing on
#: them is needed to show the store, and they cost most to make.
LATER_PAGES = ("bao-cao", "dong-bo")


def page_label(key: str, hamlet_device: bool = False) -> str:
    """The navigation label of page ``key`` in the interface language."""
    text = HAMLET_PAGES[key] if hamlet_device and key in HAMLET_PAGES else dict(PAGES)[key]
    return translate("Navigation", text)


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, defer_pages: bool = False) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.hamlet_device = False
        self.pages_built = False
        for key, _label in PAGES:
            self.ui.navigation.addItem(QListWidgetItem(page_label(key)))
        self.ui.navigation.currentRowChanged.connect(self._navigated)
        self.ui.navigation.setCurrentRow(0)
        self.status_label = QLabel(self.tr("Đang mở kho dữ liệu…"))
        self.ui.statusbar.addWidget(self.status_label, 1)
        self._restore_state()
        if not defer_pages:
            self.build_pages()

    def build_pages(self, later: tuple[str, ...] = ()) -> None:
        """Make the pages and their models (once), and show the page the navigation points at.

        The pages named in ``later`` (of ``LATER_PAGES``) get a stand-in for now; they are made
        by :meth:`build_later_pages` — at the latest when someone opens one of them.
        """
        if self.pages_built:
            return
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QPushButton

        from ..models import HamletTableModel, IndicatorTableModel, TaskTreeModel
        from .activity_log import ActivityLogPage
        from .dashboard import DashboardPage
        from .pages import TablePage, TasksPage
        from .settings_page import SettingsPage
        from .weekly_grid import WeeklyGridPage

        self.settings_page = SettingsPage()
        self.task_model = TaskTreeModel(self)
        self.indicator_model = IndicatorTableModel(self)
        self.hamlet_model = HamletTableModel(self)
        self.dashboard = DashboardPage()
        self.tasks_page = TasksPage(self.task_model)
        self.update_task_button = QPushButton(self.tr("Cập nhật tiến độ…"))
        self.update_task_button.setToolTip(
            self.tr("Ghi trạng thái, tiến độ, minh chứng của nhiệm vụ đang chọn (hoặc nháy đúp)")
        )
        self._add_beside_search(self.tasks_page, self.update_task_button)
        self.indicators_page = TablePage(
            self.tr("Chỉ tiêu"),
            self.indicator_model,
            2,
            {0: 44, 1: 105, 3: 100, 4: 75, 5: 190, 6: 105, 7: 170},
        )
        self.hamlets_page = WeeklyGridPage(self.hamlet_model)
        self.activity_page = ActivityLogPage()
        pages: list[QWidget] = [
            self.dashboard,
            self.tasks_page,
            self.indicators_page,
            self.hamlets_page,
            self.activity_page,
            QWidget() if "bao-cao" in later else self._report_page(),
            QWidget() if "dong-bo" in later else self._sync_page(),
            self.settings_page,
        ]
        for (key, _label), page in zip(PAGES, pages, strict=True):
            page.setObjectName(f"page-{key}" if key not in later else f"later-{key}")
            self.ui.pages.addWidget(page)
        # Keyboard first: Ctrl+1 … Ctrl+8 open the pages of the navigation, in its order.
        for number in range(1, len(PAGES) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_nth_page(n))
        self.pages_built = True
        self.ui.pages.setCurrentIndex(self.ui.navigation.currentRow())

    def build_later_pages(self) -> list[str]:
        """Make the pages ``build_pages`` left for later (once); returns their keys."""
        made = []
        for row, (key, _label) in enumerate(PAGES):
            stand_in = self.ui.pages.widget(row)
            if stand_in is None or stand_in.objectName() != f"later-{key}":
                continue
            page = self._report_page() if key == "bao-cao" else self._sync_page()
            page.setObjectName(f"page-{key}")
            current = self.ui.pages.currentIndex()
            self.ui.pages.insertWidget(row, page)
            self.ui.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.ui.pages.setCurrentIndex(current)
            made.append(key)
        if made:
            self.restore_layout(made)
        return made

    def _navigated(self, row: int) -> None:
        if not self.pages_built:
            return
        if PAGES[row][0] in LATER_PAGES:
            self.build_later_pages()
        self.ui.pages.setCurrentIndex(row)

    def _report_page(self) -> QWidget:
        """The Báo cáo page; its controller binds itself to the window's MainController."""
        from ..controllers.report_controller import ReportController
        from .report_page import ReportPage

        self.report_page = ReportPage()
        self.report_controller = ReportController(self.report_page, self)
        return self.report_page

    def _sync_page(self) -> QWidget:
        """The Đồng bộ page; its controller binds itself to the window's MainController."""
        from ..controllers.sync_controller import SyncController
        from .sync_page import SyncPage

        self.sync_page = SyncPage()
        self.sync_controller = SyncController(self.sync_page, self)
        return self.sync_page

    @staticmethod
    def _add_beside_search(page: "TasksPage", button: QWidget) -> None:
        """Put ``button`` on the search line of a page (right of the search box)."""
        from PySide6.QtWidgets import QHBoxLayout

        index = page.layout_.indexOf(page.search)
        page.layout_.removeWidget(page.search)
        row = QHBoxLayout()
        row.addWidget(page.search, 1)
        row.addWidget(button)
        page.layout_.insertLayout(index, row)

    # -- navigation

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow([k for k, _ in PAGES].index(key))

    def show_nth_page(self, number: int) -> None:
        """The ``number``-th page the navigation shows (1-based); nothing past the last."""
        keys = self.visible_page_keys()
        if 1 <= number <= len(keys):
            self.show_page(keys[number - 1])

    def current_page_key(self) -> str:
        return PAGES[max(self.ui.navigation.currentRow(), 0)][0]

    def visible_page_keys(self) -> list[str]:
        """The pages the navigation offers (all of them, or a hamlet device's four)."""
        return [
            key
            for row, (key, _label) in enumerate(PAGES)
            if not self.ui.navigation.isRowHidden(row)
        ]

    def apply_device_mode(self, hamlet_device: bool, hamlet: str | None = None) -> None:
        """Show every page (the commune office) or a hamlet team's four pages."""
        self.hamlet_device = hamlet_device
        for row, (key, _label) in enumerate(PAGES):
            self.ui.navigation.setRowHidden(row, hamlet_device and key not in HAMLET_PAGES)
            self.ui.navigation.item(row).setText(page_label(key, hamlet_device))
        if hamlet_device and self.current_page_key() not in HAMLET_PAGES:
            self.show_page("so-lieu-ap")

    # -- remembered state (QSettings: UI state, never the store)

    def _state_widgets(self) -> dict[str, QWidget]:
        """Splitters and table headers whose layout is remembered, by a stable name."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHeaderView, QSplitter

        found: dict[str, QWidget] = {}
        for index in range(self.ui.pages.count()):
            page = self.ui.pages.widget(index)
            prefix = page.objectName()
            for number, splitter in enumerate(page.findChildren(QSplitter)):
                found[f"{prefix}/splitter{number}"] = splitter
            for number, header in enumerate(page.findChildren(QHeaderView)):
                if header.orientation() == Qt.Orientation.Horizontal and not header.isHidden():
                    # The column count in the name: a state never lands on another table.
                    found[f"{prefix}/header{number}-{header.count()}"] = header
        return found

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        page = str(self.settings.value("main_window/page", ""))
        if page in dict(PAGES):
            self.show_page(page)

    def restore_layout(self, pages: list[str] | None = None) -> None:
        """Splitter sizes and column widths as the user left them (after data has arrived, so
        that a table's columns exist), on every page or on the ``pages`` named."""
        if self.settings is None:
            return
        from PySide6.QtCore import QByteArray

        prefixes = tuple(f"page-{key}/" for key in pages) if pages is not None else ("",)
        for name, widget in self._state_widgets().items():
            if not name.startswith(prefixes):
                continue
            state = self.settings.value(f"layout/{name}")
            if isinstance(state, QByteArray | bytes) and state:
                widget.restoreState(state)  # type: ignore[attr-defined]

    def save_state(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/page", self.current_page_key())
        for name, widget in self._state_widgets().items():
            self.settings.setValue(f"layout/{name}", widget.saveState())  # type: ignore[attr-defined]
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if hasattr(self, "sync_controller"):
            self.sync_controller.stop()  # no background pass outlives the window
        super().closeEvent(event)
