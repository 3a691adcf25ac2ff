"""Qt models of the tracking pages, over plain rows from the services (never the store).

- :class:`WarningTableModel`, :class:`TargetSummaryModel`, :class:`DueItemModel`: the dashboard;
- :class:`WeekGridModel`: hamlets × metrics of one week, editable like a spreadsheet, with a
  totals row; it validates what is typed or pasted and emits the changed cells;
- :class:`ActivityTableModel`: the Tổ CNSCĐ log.
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.counts import parse_count
from ..core.domain import METRIC_LABELS, KehoachError, Metric
from ..core.text import fold
from ..core.warnings import WarningKind
from .i18n import format_date, format_number, format_percent, translate
from .models import GOOD, LATE, ROW_ROLE, SORT_ROLE, RowTableModel, achieved_label
from .vocabulary import activity_kind, warning_kind, week_state, word
from .vocabulary import metric as metric_label

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

# Short column titles for the grid (context "WeekGridModel"); the full label is the tooltip.
METRIC_SHORT = {
    Metric.VNEID: QT_TRANSLATE_NOOP("WeekGridModel", "Đăng ký\nVNeID"),
    Metric.VNEID_LEVEL2: QT_TRANSLATE_NOOP("WeekGridModel", "Kích hoạt\nVNeID mức 2"),
    Metric.DVCTT: QT_TRANSLATE_NOOP("WeekGridModel", "Hồ sơ\nDVCTT"),
    Metric.CASHLESS_HOUSEHOLDS: QT_TRANSLATE_NOOP("WeekGridModel", "Hộ mới\nthanh toán số"),
    Metric.OUTREACH_SESSIONS: QT_TRANSLATE_NOOP("WeekGridModel", "Buổi\ntuyên truyền"),
    Metric.PEOPLE_REACHED: QT_TRANSLATE_NOOP("WeekGridModel", "Lượt người\ntiếp cận"),
}


class WarningTableModel(RowTableModel):
    """The red warnings: kind, what it is about, the message."""

    CONTEXT = "WarningTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("WarningTableModel", "Loại cảnh báo"),
        QT_TRANSLATE_NOOP("WarningTableModel", "Đối tượng"),
        QT_TRANSLATE_NOOP("WarningTableModel", "Nội dung"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        kind = WarningKind(row.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return [warning_kind(kind), row.ref, row.message][column]
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

    CONTEXT = "TargetSummaryModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("TargetSummaryModel", "Chỉ tiêu"),
        QT_TRANSLATE_NOOP("TargetSummaryModel", "Mục tiêu"),
        QT_TRANSLATE_NOOP("TargetSummaryModel", "Hiện tại"),
        QT_TRANSLATE_NOOP("TargetSummaryModel", "Đánh giá"),
    ]

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
            verdict = achieved_label(achieved, row.current_value)
            return [row.name, row.target_text, current, verdict][column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (2, 3):
            return {True: GOOD, False: LATE}.get(achieved)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [row.name]
            if row.method:
                tip.append(translate("Verdict", "Cách tính: {method}").format(method=row.method))
            if row.numerator is not None and row.denominator:
                tip.append(f"{format_number(row.numerator)}/{format_number(row.denominator)}")
            if row.source:
                tip.append(translate("Verdict", "Nguồn: {source}").format(source=row.source))
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

    CONTEXT = "DueItemModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("DueItemModel", "Việc"),
        QT_TRANSLATE_NOOP("DueItemModel", "Nội dung"),
        QT_TRANSLATE_NOOP("DueItemModel", "Hạn"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [word(row.kind_label), row.text, format_date(row.due) if row.due else ""][column]
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
                return translate("WeekGridModel", "Ấp")
            if metric is not None:
                return translate("WeekGridModel", METRIC_SHORT[metric])
            if section == self.state_column:
                return translate("WeekGridModel", "Trạng thái")
            return translate("WeekGridModel", "Ghi chú / lý do")
        if role == Qt.ItemDataRole.ToolTipRole and metric is not None:
            return f"{metric_label(metric)} ({metric.value})"
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
            return week_state(hamlet.state) if column == self.state_column else hamlet.comment
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
                return translate(
                    "WeekGridModel", "Tuần đã duyệt (khóa); muốn sửa phải mở khóa kèm lý do."
                )
            if column == self.comment_column and hamlet.comment:
                return hamlet.comment
        if role == ROW_ROLE:
            return hamlet
        return None

    def _totals_data(self, column: int, metric: Metric | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return translate("WeekGridModel", "Tổng cộng")
            if metric is not None:
                return format_number(self.totals()[metric.value])
            if column == self.state_column:
                done = sum(1 for r in self.rows if r.state in ("submitted", "accepted"))
                return translate("WeekGridModel", "{done}/{count} ấp đã gửi").format(
                    done=done, count=len(self.rows)
                )
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
                    translate(
                        "WeekGridModel",
                        "Tuần {week} của {hamlet} đã được duyệt (khóa); mở khóa kèm lý do trước "
                        "khi sửa.",
                    ).format(week=self.grid.week, hamlet=hamlet.hamlet)
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
                        translate(
                            "WeekGridModel",
                            "Dòng {line} của dữ liệu dán: không có ấp “{hamlet}” trong bảng.",
                        ).format(line=number + 1, hamlet=line[0].strip())
                    )
                for offset, text in enumerate(line[1:]):
                    cells[(row, self.FIRST_METRIC + offset)] = text
        else:
            if top + len(block) > len(self.rows):
                raise KehoachError(
                    translate(
                        "WeekGridModel",
                        "Dữ liệu dán có {lines} dòng nhưng từ {hamlet} chỉ còn {left} ấp.",
                    ).format(
                        lines=len(block), hamlet=self.rows[top].hamlet, left=len(self.rows) - top
                    )
                )
            for r, line in enumerate(block):
                for c, text in enumerate(line):
                    column = left + c
                    if self.metric_at(column) is None:
                        raise KehoachError(
                            translate(
                                "WeekGridModel",
                                "Dữ liệu dán có {columns} cột, vượt quá các cột số liệu "
                                "(dòng {line}).",
                            ).format(columns=len(line), line=r + 1)
                        )
                    cells[(top + r, column)] = text
        return self.apply(self.edits_for(cells))


class ActivityTableModel(RowTableModel):
    """The Tổ CNSCĐ activity log, newest first."""

    CONTEXT = "ActivityTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("ActivityTableModel", "Ngày"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Ấp"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Hình thức"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Nội dung"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Địa điểm"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Số người"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Ý kiến người dân"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Ảnh"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            feedback = row.feedback
            if feedback:
                feedback += (
                    translate("ActivityTableModel", " (đã chuyển)")
                    if row.feedback_forwarded
                    else translate("ActivityTableModel", " (chưa chuyển)")
                )
            return [
                format_date(row.on_date),
                row.hamlet,
                activity_kind(row.kind),
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
                parts.append(
                    translate("ActivityTableModel", "Thành viên: {members}").format(
                        members=row.members_present
                    )
                )
            if row.feedback:
                parts.append(
                    translate("ActivityTableModel", "Ý kiến: {feedback}").format(
                        feedback=row.feedback
                    )
                )
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
