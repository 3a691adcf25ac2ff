"""The main window: a navigation column and one page per job (SPEC §3)."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QWidget,
)

from ..forms.ui_main_window import Ui_MainWindow
from ..models import HamletTableModel, IndicatorTableModel, TaskTreeModel
from .activity_log import ActivityLogPage
from .dashboard import DashboardPage
from .pages import TablePage, TasksPage
from .settings_page import SettingsPage
from .weekly_grid import WeeklyGridPage

# (key used for screenshots and settings, label in the navigation column)
PAGES = [
    ("tong-quan", "Tổng quan"),
    ("ke-hoach", "Kế hoạch & nhiệm vụ"),
    ("chi-tieu", "Chỉ tiêu"),
    ("so-lieu-ap", "Số liệu ấp"),
    ("nhat-ky", "Nhật ký Tổ CNSCĐ"),
    ("bao-cao", "Báo cáo"),
    ("dong-bo", "Đồng bộ"),
    ("cai-dat", "Cài đặt"),
]


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
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
            "Chỉ tiêu",
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
            self._report_page(),
            self._sync_page(),
            self.settings_page,
        ]
        for (key, label), page in zip(PAGES, pages, strict=True):
            item = QListWidgetItem(label)
            item.setData(256, key)
            self.ui.navigation.addItem(item)
            page.setObjectName(f"page-{key}")
            self.ui.pages.addWidget(page)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.status_label = QLabel(self.tr("Đang mở kho dữ liệu…"))
        self.ui.statusbar.addWidget(self.status_label, 1)
        self._restore_state()

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
    def _add_beside_search(page: TasksPage, button: QPushButton) -> None:
        """Put ``button`` on the search line of a page (right of the search box)."""
        index = page.layout_.indexOf(page.search)
        page.layout_.removeWidget(page.search)
        row = QHBoxLayout()
        row.addWidget(page.search, 1)
        row.addWidget(button)
        page.layout_.insertLayout(index, row)

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow([k for k, _ in PAGES].index(key))

    def current_page_key(self) -> str:
        return PAGES[self.ui.pages.currentIndex()][0]

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
