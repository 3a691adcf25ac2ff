"""The pages of the main window. Views build widgets only; controllers feed them data."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..models import SORT_ROLE


class Page(QWidget):
    """A page with a title line and a body."""

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 12)
        self.layout_.setSpacing(10)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.layout_.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        self.layout_.addWidget(self.subtitle)

    @staticmethod
    def section_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))


def _table(view: QTableView | QTreeView) -> None:
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(True)
    view.setWordWrap(True)


def _proxy(source, parent: QWidget) -> QSortFilterProxyModel:  # type: ignore[no-untyped-def]
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setAutoAcceptChildRows(True)
    return proxy


class EmptyState(QLabel):
    """What an empty list says instead of showing nothing: why it is empty, what to do."""

    def __init__(self, proxy: QSortFilterProxyModel, search: QLineEdit, empty: str) -> None:
        super().__init__()
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.proxy, self.search, self.empty_text = proxy, search, empty
        self.setVisible(False)  # until the first data arrives
        for signal in (
            proxy.modelReset,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.layoutChanged,
        ):
            signal.connect(self.refresh)
        search.textChanged.connect(self.refresh)

    def refresh(self) -> None:
        if self.proxy.sourceModel().rowCount() == 0:
            self.setText(self.empty_text)
            self.setVisible(True)
        elif self.proxy.rowCount() == 0:
            text = self.tr("Không có dòng nào khớp với “{text}”. Xóa ô tìm kiếm để xem tất cả.")
            self.setText(text.format(text=self.search.text()))
            self.setVisible(True)
        else:
            self.setVisible(False)


class TasksPage(Page):
    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Kế hoạch & nhiệm vụ"))
        # Plan intake and export (qt/controllers/plan_controller.py).
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.import_button = QPushButton(self.tr("Nhập từ tệp…"))
        self.import_button.setToolTip(
            self.tr("Nhập kế hoạch từ tệp Word (.docx) hoặc Excel (.xlsx)")
        )
        self.export_button = QPushButton(self.tr("Xuất ra Excel…"))
        self.export_button.setToolTip(
            self.tr("Xuất phụ lục nhiệm vụ và chỉ tiêu ra tệp Excel (.xlsx)")
        )
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        self.layout_.addLayout(actions)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo nội dung, đơn vị, thời hạn…"))
        self.search.setClearButtonEnabled(True)
        self.layout_.addWidget(self.search)
        self.model = model
        self.proxy = _proxy(model, self)
        self.tree = QTreeView()
        _table(self.tree)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (2, 200), (3, 150), (4, 120), (5, 70), (6, 80)):
            self.tree.setColumnWidth(column, width)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.empty = EmptyState(
            self.proxy,
            self.search,
            self.tr(
                "Chưa có nhiệm vụ nào. Bấm “Nhập từ tệp…” để nhập kế hoạch của xã từ tệp Word "
                "hoặc Excel."
            ),
        )
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.tree, 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)


class TablePage(Page):
    """A page that is one searchable table."""

    def __init__(
        self,
        title: str,
        model,  # type: ignore[no-untyped-def]
        stretch_column: int,
        widths: dict[int, int],
        empty_text: str = "",
    ) -> None:
        super().__init__(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm kiếm…"))
        self.search.setClearButtonEnabled(True)
        self.layout_.addWidget(self.search)
        self.model = model
        self.proxy = _proxy(model, self)
        self.table = QTableView()
        _table(self.table)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.empty = EmptyState(self.proxy, self.search, empty_text or self.tr("Chưa có dữ liệu."))
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        # Row heights follow the wrapped text at whatever width the columns get.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
