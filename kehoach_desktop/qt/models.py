"""Qt item models over plain rows from the services; they never touch the store.

Each model is fed with ``set_rows(rows)`` inside begin/endResetModel and exposes SORT_ROLE
(raw values) so that sorting is numeric where it should be.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from .i18n import format_date, format_money_million, format_number, format_percent, translate
from .vocabulary import task_status

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
LATE = QBrush(QColor("#b3261e"))
GOOD = QBrush(QColor("#1b6e2a"))
SECTION_BACKGROUND = QBrush(QColor("#e8eef6"))
SECTION_FONT = QFont()
SECTION_FONT.setBold(True)


@dataclass
class _Node:
    row: Any
    parent: "_Node | None"
    children: list["_Node"] = field(default_factory=list)
    section_title: str = ""


class TaskTreeModel(QAbstractItemModel):
    """The plan's tasks as a tree: sections, tasks, sub-tasks ("33.1" under "33")."""

    CONTEXT = "TaskTreeModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("TaskTreeModel", "Mã"),
        QT_TRANSLATE_NOOP("TaskTreeModel", "Nội dung nhiệm vụ"),
        QT_TRANSLATE_NOOP("TaskTreeModel", "Đơn vị chủ trì"),
        QT_TRANSLATE_NOOP("TaskTreeModel", "Thời hạn"),
        QT_TRANSLATE_NOOP("TaskTreeModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("TaskTreeModel", "Tiến độ"),
        QT_TRANSLATE_NOOP("TaskTreeModel", "Kinh phí"),
    ]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(row=None, parent=None)
        self.today = date.today()

    def set_rows(self, rows: list[Any], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or date.today()
        self._root = _Node(row=None, parent=None)
        sections: dict[str, _Node] = {}
        tasks: dict[tuple[str, str], _Node] = {}
        for row in rows:
            section = sections.get(row.section)
            if section is None:
                section = _Node(row=None, parent=self._root, section_title=row.section_title)
                section.section_code = row.section  # type: ignore[attr-defined]
                sections[row.section] = section
                self._root.children.append(section)
            parent = tasks.get((row.section, row.parent_code or "")) if row.parent_code else None
            holder = parent or section
            node = _Node(row=row, parent=holder)
            holder.children.append(node)
            tasks[(row.section, row.code)] = node
        self.endResetModel()

    def task_count(self) -> int:
        def count(node: _Node) -> int:
            return sum((1 if c.row is not None else 0) + count(c) for c in node.children)

        return count(self._root)

    # -- structure
    def _node(self, index: QModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self.HEADERS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()  # type: ignore[assignment]
        parent = node.parent
        if parent is None or parent is self._root or parent.parent is None:
            return QModelIndex()
        return self.createIndex(parent.parent.children.index(parent), 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()  # type: ignore[assignment]
        column = index.column()
        if node.row is None:  # a section row
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return node.section_code  # type: ignore[attr-defined]
                if column == 1:
                    return node.section_title
            if role == Qt.ItemDataRole.BackgroundRole:
                return SECTION_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                return SECTION_FONT
            return None
        row = node.row
        late = bool(row.due_date and row.due_date < self.today and row.status != "done")
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.code,
                row.content,
                row.lead_unit,
                row.deadline_text,
                task_status(row.status),
                f"{row.progress}%",
                format_money_million(row.budget_million) if row.budget_million is not None else "",
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2, 3):
            parts = [row.content]
            if row.product:
                parts.append(translate("TaskTreeModel", "Sản phẩm: {product}").format(
                    product=row.product))  # fmt: skip
            if row.partner_units:
                parts.append(translate("TaskTreeModel", "Phối hợp: {units}").format(
                    units="; ".join(row.partner_units)))  # fmt: skip
            if row.due_date:
                due = (
                    translate("TaskTreeModel", "Hạn: {date} (quá hạn)")
                    if late
                    else translate("TaskTreeModel", "Hạn: {date}")
                )
                parts.append(due.format(date=format_date(row.due_date)))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return translate("TaskTreeModel", "Kinh phí (triệu đồng)")
        if role == Qt.ItemDataRole.ForegroundRole and late and column in (3, 4):
            return LATE
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return [
                row.code,
                row.content,
                row.lead_unit,
                row.due_date or date.max,
                row.status,
                row.progress,
                row.budget_million or 0,
            ][column]
        if role == ROW_ROLE:
            return row
        return None


class RowTableModel(QAbstractTableModel):
    """A table over a list of plain rows; subclasses say how to show each column."""

    #: Column titles, marked with QT_TRANSLATE_NOOP(CONTEXT, …) and translated when shown.
    CONTEXT = "RowTableModel"
    HEADERS: list[str] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return translate(self.CONTEXT, self.HEADERS[section])
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


def achieved_label(achieved: bool | None, current_value: object = None) -> str:
    """The verdict on a target: "Đạt", "Chưa đạt", "Chưa có số liệu", "Đánh giá định tính"."""
    if achieved is None and current_value is not None:
        return translate("Verdict", "Đánh giá định tính")
    return {
        True: translate("Verdict", "Đạt"),
        False: translate("Verdict", "Chưa đạt"),
        None: translate("Verdict", "Chưa có số liệu"),
    }[achieved]


class IndicatorTableModel(RowTableModel):
    CONTEXT = "IndicatorTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("IndicatorTableModel", "STT"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Nhóm"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Tên chỉ tiêu"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Chỉ tiêu"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Hiện tại"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Cách tính"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Đánh giá"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Đơn vị theo dõi"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            current = ""
            if row.current_value is not None:
                current = (
                    format_percent(row.current_value)
                    if row.unit == "%"
                    else format_number(row.current_value, 0) + (f" {row.unit}" if row.unit else "")
                )
            achieved = row.achieved
            verdict = achieved_label(achieved, row.current_value if not row.comparator else None)
            return [
                row.code,
                row.group,
                row.name,
                row.target_text,
                current,
                row.method,
                verdict,
                row.lead_unit,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            return {True: GOOD, False: LATE}.get(row.achieved)
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 4, 5):
            tip = [row.name]
            if row.numerator is not None and row.denominator:
                tip.append(f"{format_number(row.numerator)}/{format_number(row.denominator)}")
            if row.source:
                tip.append(translate("Verdict", "Nguồn: {source}").format(source=row.source))
            if row.as_of:
                tip.append(
                    translate("Verdict", "Tính đến ngày {date}").format(date=format_date(row.as_of))
                )
            return "\n".join(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            return [
                int(row.code) if row.code.isdigit() else row.code,
                row.group,
                row.name,
                row.target_value or 0,
                row.current_value or -1,
                row.method,
                {True: 2, False: 0, None: 1}[row.achieved],
                row.lead_unit,
            ][column]
        return None


class HamletTableModel(RowTableModel):
    CONTEXT = "HamletTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("HamletTableModel", "Ấp"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Dân số"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Số hộ"),
        QT_TRANSLATE_NOOP("HamletTableModel", "VNeID mới"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Tỷ lệ VNeID"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Hồ sơ DVCTT"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Hộ KDTM mới"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Tỷ lệ hộ KDTM"),
        QT_TRANSLATE_NOOP("HamletTableModel", "Tuần gửi gần nhất"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        vneid_rate = row.rates.get("vneid")
        cashless_rate = row.rates.get("cashless_households")
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.name,
                format_number(row.population) if row.population is not None else "—",
                format_number(row.households) if row.households is not None else "—",
                format_number(row.logged.get("vneid", 0)),
                format_percent(vneid_rate) if vneid_rate is not None else "—",
                format_number(row.totals.get("dvctt", 0)),
                format_number(row.logged.get("cashless_households", 0)),
                format_percent(cashless_rate) if cashless_rate is not None else "—",
                row.last_submitted_week or translate("HamletTableModel", "chưa gửi"),
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The hamlet targets of the plans (Lộc Tấn Phụ lục I): VNeID ≥ 80 %, cashless ≥ 50 %.
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and vneid_rate is not None:
            return GOOD if vneid_rate >= 80 else LATE
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and cashless_rate is not None:
            return GOOD if cashless_rate >= 50 else LATE
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4, 6, 7):
            metric = "vneid" if column in (3, 4) else "cashless_households"
            base = (row.baselines or {}).get(metric)
            return translate(
                "HamletTableModel",
                "Lũy kế {total} (gồm số liệu nền {base}); ghi nhận mới trong năm {new}",
            ).format(
                total=format_number(row.totals.get(metric, 0)),
                base=format_number(base or 0),
                new=format_number(row.logged.get(metric, 0)),
            )
        if role == SORT_ROLE:
            return [
                row.name,
                row.population or 0,
                row.households or 0,
                row.logged.get("vneid", 0),
                vneid_rate or 0,
                row.totals.get("dvctt", 0),
                row.logged.get("cashless_households", 0),
                cashless_rate or 0,
                row.last_submitted_week or "",
            ][column]
        return None
