"""The dashboard (Tổng quan): figures at a glance, red warnings by kind, targets against their
current value, each hamlet's VNeID and cashless rates as a bar chart, what falls due soon.

A view only: the controller feeds it plain rows through :meth:`DashboardPage.show_hamlet_rates`
and the models.
"""

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.warnings import WarningKind
from ..i18n import format_number, format_percent
from ..models import SORT_ROLE
from ..tracking_models import DueItemModel, TargetSummaryModel, WarningTableModel
from ..vocabulary import warning_kind
from .pages import Page

VNEID_COLOUR = QColor("#2f6db5")
CASHLESS_COLOUR = QColor("#e0902b")
# Per-hamlet targets of the plans (Lộc Tấn Phụ lục I): ≥ 80 % VNeID, ≥ 50 % households cashless.
VNEID_TARGET = 80
CASHLESS_TARGET = 50


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    return label


def _compact_table(view: QTableView, wrap: bool = True) -> None:
    """A read-only table; without ``wrap`` one line per row, the full text in the tooltip."""
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def short_hamlet_name(name: str) -> str:
    """ "Ấp Phú Lâm" → "Phú Lâm", "Ấp 1" → "1": the chart's axis has little room."""
    for prefix in ("Ấp ", "Thôn ", "Tổ "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


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


class HamletRateChart(QChartView):
    """Grouped bars: each hamlet's VNeID rate and cashless-household rate, with target lines."""

    def __init__(self) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(4, 2, 4, 2))
        chart.setBackgroundRoundness(0)
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self.rows: list[Any] = []

    def show_rates(self, hamlets: list[Any]) -> None:
        """Draw the rates of ``hamlets`` (plain HamletStatus rows)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.rows = list(hamlets)
        vneid = QBarSet(self.tr("VNeID (% dân số)"))
        cashless = QBarSet(self.tr("Hộ KDTM (% số hộ)"))
        vneid.setColor(VNEID_COLOUR)
        cashless.setColor(CASHLESS_COLOUR)
        for row in self.rows:
            vneid.append(float(row.rates.get("vneid") or 0))
            cashless.append(float(row.rates.get("cashless_households") or 0))
        bars = QBarSeries()
        bars.append(vneid)
        bars.append(cashless)
        bars.setBarWidth(0.8)
        vneid.hovered.connect(lambda on, i: self._tip(on, i, "vneid"))
        cashless.hovered.connect(lambda on, i: self._tip(on, i, "cashless_households"))
        chart.addSeries(bars)

        categories = QBarCategoryAxis()
        categories.append([short_hamlet_name(r.name) for r in self.rows])
        categories.setLabelsAngle(-90)  # at any other angle Qt Charts elides the names
        small = QFont()
        small.setPointSize(8)
        categories.setLabelsFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d%%")
        values.setLabelsFont(small)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(values)

        # Target lines drawn across the categories on a hidden axis of the same span.
        across = QValueAxis()
        across.setRange(-0.5, len(self.rows) - 0.5)
        across.setVisible(False)
        chart.addAxis(across, Qt.AlignmentFlag.AlignBottom)
        for target, colour, name in (
            (VNEID_TARGET, VNEID_COLOUR, self.tr("Mục tiêu VNeID {target}%")),
            (CASHLESS_TARGET, CASHLESS_COLOUR, self.tr("Mục tiêu KDTM {target}%")),
        ):
            line = QLineSeries()
            line.setName(name.format(target=target))
            line.append(-0.5, target)
            line.append(len(self.rows) - 0.5, target)
            pen = QPen(colour.darker(130))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(2)
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(across)
            line.attachAxis(values)
            for marker in chart.legend().markers(line):
                marker.setVisible(False)  # the heading above the chart names the targets

    def _tip(self, on: bool, index: int, metric: str) -> None:
        if not on or not 0 <= index < len(self.rows):
            QToolTip.hideText()
            return
        row = self.rows[index]
        value = row.rates.get(metric)
        denominator = row.denominators.get(metric) if hasattr(row, "denominators") else None
        label = "VNeID" if metric == "vneid" else self.tr("Hộ thanh toán không dùng tiền mặt")
        text = f"{row.name} — {label}: "
        text += format_percent(value) if value is not None else self.tr("chưa có số liệu")
        if denominator:
            text += f" ({format_number(row.totals[metric])}/{format_number(denominator)})"
        QToolTip.showText(QCursor.pos(), text, self)


class DashboardPage(Page):
    """Tổng quan: cards, the hamlet chart, targets, warnings, what falls due."""

    def __init__(self) -> None:
        super().__init__(self.tr("Tổng quan"), self.tr("Đang tải dữ liệu…"))
        self.layout_.setSpacing(8)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tasks_card = Card(self.tr("Nhiệm vụ của kế hoạch"))
        self.late_card = Card(self.tr("Nhiệm vụ quá hạn, chưa hoàn thành"))
        self.targets_card = Card(self.tr("Chỉ tiêu đã đạt"))
        self.vneid_card = Card(self.tr("Tỷ lệ người dân có VNeID (toàn xã)"))
        self.warnings_card = Card(self.tr("Cảnh báo đỏ"))
        cards = (
            self.tasks_card,
            self.late_card,
            self.targets_card,
            self.vneid_card,
            self.warnings_card,
        )
        for column, card in enumerate(cards):
            grid.addWidget(card, 0, column)
        self.layout_.addLayout(grid)

        self.warning_model = WarningTableModel(self)
        self.target_model = TargetSummaryModel(self)
        self.due_model = DueItemModel(self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(4)
        left_box.addWidget(
            _section(
                self.tr("Tỷ lệ theo ấp (mục tiêu: VNeID ≥ {vneid}%, hộ KDTM ≥ {cashless}%)").format(
                    vneid=VNEID_TARGET, cashless=CASHLESS_TARGET
                )
            )
        )
        self.chart = HamletRateChart()
        left_box.addWidget(self.chart, 3)
        left_box.addWidget(_section(self.tr("Chỉ tiêu: mục tiêu và hiện tại")))
        self.targets = QTableView()
        _compact_table(self.targets)
        self.targets.setModel(self.target_model)
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 68), (3, 96)):
            self.targets.setColumnWidth(column, width)
        left_box.addWidget(self.targets, 2)
        splitter.addWidget(left)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(_section(self.tr("Cảnh báo")))
        heading.addStretch(1)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Tất cả các loại"), "")
        for kind in WarningKind:
            self.kind_filter.addItem(warning_kind(kind), kind.value)
        heading.addWidget(self.kind_filter)
        right_box.addLayout(heading)
        self.warning_proxy = QSortFilterProxyModel(self)
        self.warning_proxy.setSourceModel(self.warning_model)
        self.warning_proxy.setSortRole(SORT_ROLE)
        self.warning_proxy.setFilterKeyColumn(0)
        self.warnings = QTableView()
        _compact_table(self.warnings, wrap=False)
        self.warnings.setModel(self.warning_proxy)
        header = self.warnings.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.warnings.setColumnWidth(0, 140)
        # The message begins with what it is about ("Nhiệm vụ II.1.1 …", "Ấp 3 …").
        self.warnings.setColumnHidden(1, True)
        right_box.addWidget(self.warnings, 3)
        self.due_title = _section(self.tr("Việc đến hạn trong 7 ngày tới"))
        right_box.addWidget(self.due_title)
        self.due = QTableView()
        _compact_table(self.due, wrap=False)
        self.due.setModel(self.due_model)
        header = self.due.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due.setColumnWidth(0, 180)
        self.due.setColumnWidth(2, 78)
        right_box.addWidget(self.due, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        self.layout_.addWidget(splitter, 1)

        self.kind_filter.currentIndexChanged.connect(self._filter_kind)
        self.targets.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _filter_kind(self) -> None:
        kind = self.kind_filter.currentData()
        label = warning_kind(kind) if kind else ""
        self.warning_proxy.setFilterRegularExpression(
            QRegularExpression(f"^{QRegularExpression.escape(label)}$") if label else ""
        )

    def show_hamlet_rates(self, hamlets: list[Any]) -> None:
        self.chart.show_rates(hamlets)
