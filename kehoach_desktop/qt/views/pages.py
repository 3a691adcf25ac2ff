"""The pages of the main window. Views build widgets only; controllers feed them data."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
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


class Card(QFrame):
    """A figure with its caption, as on a dashboard."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "", alarming: bool = False) -> None:
        self.value.setText(value)
        self.value.setProperty("alarming", alarming)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.detail.setText(detail)


class DashboardPage(Page):
    def __init__(self) -> None:
        super().__init__("Tổng quan", "Đang tải dữ liệu…")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.tasks_card = Card("Nhiệm vụ của kế hoạch")
        self.late_card = Card("Nhiệm vụ quá hạn, chưa hoàn thành")
        self.targets_card = Card("Chỉ tiêu đã đạt")
        self.vneid_card = Card("Tỷ lệ người dân có VNeID (toàn xã)")
        for column, card in enumerate(
            (self.tasks_card, self.late_card, self.targets_card, self.vneid_card)
        ):
            grid.addWidget(card, 0, column)
        self.layout_.addLayout(grid)
        lists = QHBoxLayout()
        late_box = QVBoxLayout()
        late_title = QLabel("Cảnh báo: nhiệm vụ quá hạn")
        late_title.setObjectName("sectionTitle")
        late_box.addWidget(late_title)
        self.late_list = QListWidget()
        self.late_list.setWordWrap(True)
        late_box.addWidget(self.late_list)
        lists.addLayout(late_box, 3)
        off_box = QVBoxLayout()
        off_title = QLabel("Chỉ tiêu chưa đạt")
        off_title.setObjectName("sectionTitle")
        off_box.addWidget(off_title)
        self.off_track_list = QListWidget()
        self.off_track_list.setWordWrap(True)
        off_box.addWidget(self.off_track_list)
        lists.addLayout(off_box, 2)
        self.layout_.addLayout(lists, 1)


class TasksPage(Page):
    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        super().__init__("Kế hoạch & nhiệm vụ")
        # Plan intake and export (qt/controllers/plan_controller.py).
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.import_button = QPushButton("Nhập từ tệp…")
        self.import_button.setToolTip("Nhập kế hoạch từ tệp Word (.docx) hoặc Excel (.xlsx)")
        self.export_button = QPushButton("Xuất ra Excel…")
        self.export_button.setToolTip("Xuất phụ lục nhiệm vụ và chỉ tiêu ra tệp Excel (.xlsx)")
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        self.layout_.addLayout(actions)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Tìm theo nội dung, đơn vị, thời hạn…")
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
        self.layout_.addWidget(self.tree, 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)


class TablePage(Page):
    """A page that is one searchable table."""

    def __init__(self, title: str, model, stretch_column: int, widths: dict[int, int]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Tìm kiếm…")
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
        self.layout_.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.modelReset.connect(self.table.resizeRowsToContents)


class PlaceholderPage(Page):
    """A page whose tools come in a later version; says so plainly."""

    def __init__(self, title: str, what: str) -> None:
        super().__init__(title)
        note = QLabel(what)
        note.setObjectName("emptyState")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(note)
        self.layout_.addStretch(1)
