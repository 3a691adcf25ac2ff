"""Qt models of the tracking pages, over plain rows from the services (never the store).

- :class:`WarningTableModel`, :class:`TargetSummaryModel`, :class:`DueItemModel`: the dashboard;
- :class:`WeekGridModel`: hamlets × metrics of one week, editable like a spreadsheet, with a
  totals row; it validates what is typed or pasted and emits the changed cells;
- :class:`ActivityTableModel`: the Tổ CNSCĐ log.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.counts import parse_count
from ..core.domain import METRIC_LABELS, KehoachError, Metric
from ..core.text import fold
from ..core.vnformat import format_date, format_number, format_percent
from ..core.warnings import WARNING_KIND_LABELS, WarningKind
from .models import GOOD, LATE, ROW_ROLE, SORT_ROLE, RowTableModel

WARNING_COLOURS = {
    WarningKind.OVERDUE: QBrush(QColor("#b3261e")),
    WarningKind.BEHIND: QBrush(QColor("#a15c00")),
    WarningKind.EVIDENCE_REJECTED: QBrush(QColor("#b3261e")),
    WarningKind.HAMLET_SILENT: QBrush(QColor("#6a3d9a")),
    WarningKind.REPORT_DUE: QBrush(QColor("#1f5c99")),
}
LOCKED_BACKGROUND = QBrush(QColor("#eceff3"))
RETURNED_BACKGROUND = QBrush(QColor("#fdecea"))
TOTALS_BACKGROUND = QBrush(QColor("#e8eef6"))
BOLD = QFont()
BOLD.setBold(True)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)

# Short column titles for the grid; the full metric label is the tooltip.
METRIC_SHORT = {
    Metric.VNEID: "Đăng ký\nVNeID",
    Metric.VNEID_LEVEL2: "Kích hoạt\nVNeID mức 2",
    Metric.DVCTT: "Hồ sơ\nDVCTT",
    Metric.CASHLESS_HOUSEHOLDS: "Hộ mới\nthanh toán số",
    Metric.OUTREACH_SESSIONS: "Buổi\ntuyên truyền",
    Metric.PEOPLE_REACHED: "Lượt người\ntiếp cận",
}


class WarningTableModel(RowTableModel):
    """The red warnings: kind, what it is about, the message."""

    HEADERS = ["Loại cảnh báo", "Đối tượng", "Nội dung"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        kind = WarningKind(row.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return [WARNING_KIND_LABELS[kind], row.ref, row.message][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return WARNING_COLOURS[kind]
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return BOLD
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message
        if role == SORT_ROLE:
            order = list(WarningKind).index(kind)
            return [order, row.ref, row.message][column]
        return None


class TargetSummaryModel(RowTableModel):
    """Targets against their current value, for the dashboard."""

    HEADERS = ["Chỉ tiêu", "Mục tiêu", "Hiện tại", "Đánh giá"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        achieved = row.achieved
        if role == Qt.ItemDataRole.DisplayRole:
            current = "—"
            if row.current_value is not None:
                current = (
                    format_percent(row.current_value)
                    if row.unit == "%"
                    else format_number(row.current_value, 0) + (f" {row.unit}" if row.unit else "")
                )
            verdict = {True: "Đạt", False: "Chưa đạt", None: "Chưa có số liệu"}[achieved]
            if achieved is None and row.current_value is not None:
                verdict = "Đánh giá định tính"
            return [row.name, row.target_text, current, verdict][column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (2, 3):
            return {True: GOOD, False: LATE}.get(achieved)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [row.name, f"Cách tính: {row.method}"] if row.method else [row.name]
            if row.numerator is not None and row.denominator:
                tip.append(f"{format_number(row.numerator)}/{format_number(row.denominator)}")
            if row.source:
                tip.append(f"Nguồn: {row.source}")
            return "\n".join(tip)
        if role == SORT_ROLE:
            return [
                row.name,
                row.target_value or 0,
                row.current_value if row.current_value is not None else -1,
                {True: 2, False: 0, None: 1}[achieved],
            ][column]
        return None


class DueItemModel(RowTableModel):
    """What falls due in the coming days, and the review work waiting."""

    HEADERS = ["Việc", "Nội dung", "Hạn"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.kind_label, row.text, format_date(row.due) if row.due else ""][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return BOLD
        return None


class WeekGridModel(QAbstractTableModel):
    """One week: a row per hamlet (then a totals row), a column per metric, then the state.

    Cells of hamlets whose week is accepted are read-only. Edits are validated here (a bad
    value raises ``error``) and announced through ``cells_edited`` as
    ``{hamlet_id: {Metric: value or None}}``; the controller writes them to the store and feeds
    the grid again. The model shows the edit at once so that typing never waits.
    """

    cells_edited = Signal(object)
    error = Signal(str)

    FIRST_METRIC = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: Any = None
        self.rows: list[Any] = []
        self.metrics: list[Metric] = list(Metric)

    # -- feeding
    def set_grid(self, grid: Any) -> None:
        self.beginResetModel()
        self.grid = grid
        self.rows = list(grid.rows) if grid is not None else []
        self.endResetModel()

    @property
    def state_column(self) -> int:
        return self.FIRST_METRIC + len(self.metrics)

    @property
    def comment_column(self) -> int:
        return self.state_column + 1

    def is_totals_row(self, row: int) -> bool:
        return row == len(self.rows)

    def metric_at(self, column: int) -> Metric | None:
        index = column - self.FIRST_METRIC
        return self.metrics[index] if 0 <= index < len(self.metrics) else None

    def totals(self) -> dict[str, int]:
        return {m.value: sum(r.values.get(m.value) or 0 for r in self.rows) for m in self.metrics}

    def editable(self, row: int, column: int) -> bool:
        if self.grid is None or getattr(self.grid, "is_future", False):
            return False
        if self.is_totals_row(row) or self.metric_at(column) is None:
            return False
        return not self.rows[row].locked

    # -- Qt interface
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.rows) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.metrics) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        metric = self.metric_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Ấp"
            if metric is not None:
                return METRIC_SHORT[metric]
            return "Trạng thái" if section == self.state_column else "Ghi chú / lý do"
        if role == Qt.ItemDataRole.ToolTipRole and metric is not None:
            return f"{METRIC_LABELS[metric]} ({metric.value})"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        metric = self.metric_at(column)
        if self.is_totals_row(row):
            return self._totals_data(column, metric, role)
        hamlet = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return hamlet.hamlet
            if metric is not None:
                value = hamlet.values.get(metric.value)
                if value is None:
                    return ""
                return str(value) if role == Qt.ItemDataRole.EditRole else format_number(value)
            return hamlet.state_label if column == self.state_column else hamlet.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and metric is not None:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if hamlet.locked:
                return LOCKED_BACKGROUND
            if hamlet.state == "returned":
                return RETURNED_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == self.state_column:
            return {"returned": LATE, "accepted": GOOD}.get(hamlet.state or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if hamlet.locked:
                return "Tuần đã duyệt (khóa); muốn sửa phải mở khóa kèm lý do."
            if column == self.comment_column and hamlet.comment:
                return hamlet.comment
        if role == ROW_ROLE:
            return hamlet
        return None

    def _totals_data(self, column: int, metric: Metric | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "Tổng cộng"
            if metric is not None:
                return format_number(self.totals()[metric.value])
            if column == self.state_column:
                done = sum(1 for r in self.rows if r.state in ("submitted", "accepted"))
                return f"{done}/{len(self.rows)} ấp đã gửi"
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return BOLD
        if role == Qt.ItemDataRole.BackgroundRole:
            return TOTALS_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and metric is not None:
            return RIGHT
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable(index.row(), index.column()):
            return False
        try:
            edits = self.edits_for({(index.row(), index.column()): str(value)})
        except KehoachError as exc:
            self.error.emit(str(exc))
            return False
        return self.apply(edits)

    # -- edits
    def edits_for(self, cells: dict[tuple[int, int], str]) -> dict[str, dict[Metric, int | None]]:
        """Check text typed or pasted into cells; raise KehoachError naming the first bad one."""
        edits: dict[str, dict[Metric, int | None]] = {}
        for (row, column), text in sorted(cells.items()):
            metric = self.metric_at(column)
            if metric is None or self.is_totals_row(row):
                continue
            hamlet = self.rows[row]
            if hamlet.locked:
                raise KehoachError(
                    f"Tuần {self.grid.week} của {hamlet.hamlet} đã được duyệt (khóa); "
                    "mở khóa kèm lý do trước khi sửa."
                )
            value = parse_count(text, f"{hamlet.hamlet}, {METRIC_LABELS[metric]}")
            if hamlet.values.get(metric.value) != value:
                edits.setdefault(hamlet.hamlet_id, {})[metric] = value
        return edits

    def apply(self, edits: dict[str, dict[Metric, int | None]]) -> bool:
        """Show edits at once and announce them; False when nothing changes."""
        if not edits:
            return False
        by_id = {r.hamlet_id: i for i, r in enumerate(self.rows)}
        for hamlet_id, values in edits.items():
            row = by_id[hamlet_id]
            for metric, value in values.items():
                self.rows[row].values[metric.value] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        totals = len(self.rows)
        self.dataChanged.emit(self.index(totals, 0), self.index(totals, self.columnCount() - 1))
        self.cells_edited.emit(edits)
        return True

    def mark_saved(self, hamlet_ids: list[str]) -> None:
        """After a save: a hamlet that had no week yet now has a draft one."""
        for row, hamlet in enumerate(self.rows):
            if hamlet.hamlet_id in hamlet_ids and hamlet.state is None:
                hamlet.state = "draft"
                index = self.index(row, self.state_column)
                self.dataChanged.emit(index, index)
        totals = self.index(len(self.rows), self.state_column)
        self.dataChanged.emit(totals, totals)

    def paste(self, top: int, left: int, block: list[list[str]]) -> bool:
        """Paste a block copied from Excel with its top-left cell at (``top``, ``left``).

        Pasted on the hamlet column, the first column is read as hamlet names and each line
        goes to its hamlet (a first line of headings is skipped); elsewhere the block fills the
        grid from that cell. All or nothing: a bad value or a locked hamlet rejects the paste.
        """
        if not block:
            return False
        cells: dict[tuple[int, int], str] = {}
        if left == 0:
            names = {fold(r.hamlet): i for i, r in enumerate(self.rows)}
            names.update({fold(r.hamlet).removeprefix("ap"): i for i, r in enumerate(self.rows)})
            for number, line in enumerate(block):
                if not line or not line[0].strip():
                    continue
                row = names.get(fold(line[0])) if line[0].strip() else None
                if row is None:
                    if number == 0:
                        continue  # a heading line
                    raise KehoachError(
                        f"Dòng {number + 1} của dữ liệu dán: không có ấp “{line[0].strip()}” "
                        "trong bảng."
                    )
                for offset, text in enumerate(line[1:]):
                    cells[(row, self.FIRST_METRIC + offset)] = text
        else:
            if top + len(block) > len(self.rows):
                raise KehoachError(
                    f"Dữ liệu dán có {len(block)} dòng nhưng từ {self.rows[top].hamlet} chỉ còn "
                    f"{len(self.rows) - top} ấp."
                )
            for r, line in enumerate(block):
                for c, text in enumerate(line):
                    column = left + c
                    if self.metric_at(column) is None:
                        raise KehoachError(
                            f"Dữ liệu dán có {len(line)} cột, vượt quá các cột số liệu "
                            f"(dòng {r + 1})."
                        )
                    cells[(top + r, column)] = text
        return self.apply(self.edits_for(cells))


class ActivityTableModel(RowTableModel):
    """The Tổ CNSCĐ activity log, newest first."""

    HEADERS = [
        "Ngày",
        "Ấp",
        "Hình thức",
        "Nội dung",
        "Địa điểm",
        "Số người",
        "Ý kiến người dân",
        "Ảnh",
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            feedback = row.feedback
            if feedback:
                feedback += " (đã chuyển)" if row.feedback_forwarded else " (chưa chuyển)"
            return [
                format_date(row.on_date),
                row.hamlet,
                row.kind_label,
                row.description,
                row.place,
                format_number(row.people_reached),
                feedback,
                str(len(row.photos)) if row.photos else "",
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 7):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.feedback:
            return GOOD if row.feedback_forwarded else LATE
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 6):
            parts = [row.description]
            if row.members_present:
                parts.append(f"Thành viên: {row.members_present}")
            if row.feedback:
                parts.append(f"Ý kiến: {row.feedback}")
            return "\n".join(parts)
        if role == SORT_ROLE:
            return [
                row.on_date,
                row.hamlet,
                row.kind_label,
                row.description,
                row.place,
                row.people_reached,
                row.feedback,
                len(row.photos),
            ][column]
        return None
