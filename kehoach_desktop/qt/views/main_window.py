"""The main window: a navigation column and one page per job (SPEC §3)."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from ..forms.ui_main_window import Ui_MainWindow
from ..models import HamletTableModel, IndicatorTableModel, TaskTreeModel
from .pages import DashboardPage, PlaceholderPage, TablePage, TasksPage
from .settings_page import SettingsPage

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
        self.indicators_page = TablePage(
            "Chỉ tiêu",
            self.indicator_model,
            2,
            {0: 44, 1: 105, 3: 100, 4: 75, 5: 190, 6: 105, 7: 170},
        )
        self.hamlets_page = TablePage(
            "Số liệu ấp",
            self.hamlet_model,
            0,
            {1: 80, 2: 70, 3: 120, 4: 100, 5: 110, 6: 150, 7: 110, 8: 130},
        )
        pages: list[QWidget] = [
            self.dashboard,
            self.tasks_page,
            self.indicators_page,
            self.hamlets_page,
            PlaceholderPage(
                "Nhật ký Tổ CNSCĐ",
                self.tr(
                    "Nhật ký hoạt động của các Tổ công nghệ số cộng đồng (ngày, ấp, hình thức, "
                    "số người được tiếp cận, ý kiến người dân, ảnh minh chứng) sẽ được ghi và "
                    "xem tại đây."
                ),
            ),
            PlaceholderPage(
                "Báo cáo",
                self.tr(
                    "Lập báo cáo định kỳ (tháng, quý, 6 tháng, năm) theo thể thức Nghị định "
                    "30/2020/NĐ-CP, xem trước, in, xuất PDF/Word/Excel và ký số."
                ),
            ),
            PlaceholderPage(
                "Đồng bộ",
                self.tr(
                    "Gửi và nhận gói dữ liệu giữa máy của các ấp và văn phòng xã (tệp, USB, "
                    "WebDAV, thư điện tử); hàng đợi gửi đi và trạng thái từng tệp."
                ),
            ),
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
