"""Table models for the import preview: every row of the file with what importing does to it,
and every warning. Fed plain data from ``services.plan_import``; they never touch the store."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from .i18n import translate
from .models import GOOD, LATE, SORT_ROLE, RowTableModel
from .vocabulary import word

UPDATED = QBrush(QColor("#8a5a00"))
ACTION_BRUSHES = {"new": GOOD, "updated": UPDATED, "removed": LATE}
ACTION_ORDER = {"new": 0, "updated": 1, "removed": 2, "unchanged": 3}


def change_lines(row: Any) -> str:
    """ "Thời hạn: “Quý II/2026” → “Quý III/2026”", one line per changed field."""
    return "\n".join(f"{c.label}: “{c.old}” → “{c.new}”" for c in row.changes)


class ImportRowModel(RowTableModel):
    """One line per task and target of the file (and per stored row no longer in it)."""

    CONTEXT = "ImportRowModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("ImportRowModel", "Loại"),
        QT_TRANSLATE_NOOP("ImportRowModel", "Mã"),
        QT_TRANSLATE_NOOP("ImportRowModel", "Nội dung"),
        QT_TRANSLATE_NOOP("ImportRowModel", "Kết quả"),
        QT_TRANSLATE_NOOP("ImportRowModel", "Thay đổi"),
        QT_TRANSLATE_NOOP("ImportRowModel", "Vị trí trong tệp"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        kind = (
            translate("ImportRowModel", "Nhiệm vụ")
            if row.kind == "task"
            else translate("ImportRowModel", "Chỉ tiêu")
        )
        if role == Qt.ItemDataRole.DisplayRole:
            action = word(row.action_label)
            return [kind, row.ref, row.text, action, change_lines(row), row.place][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 4):
            return "\n".join(p for p in (row.text, row.detail, change_lines(row)) if p)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return ACTION_BRUSHES.get(row.action)
        if role == SORT_ROLE:
            return [
                kind,
                row.ref,
                row.text,
                ACTION_ORDER[row.action],
                change_lines(row),
                (row.table or 0, row.row or 0),
            ][column]
        return None


class ImportWarningModel(RowTableModel):
    """Every warning, with where it is in the file."""

    CONTEXT = "ImportWarningModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("ImportWarningModel", "Bảng"),
        QT_TRANSLATE_NOOP("ImportWarningModel", "Dòng"),
        QT_TRANSLATE_NOOP("ImportWarningModel", "Cột"),
        QT_TRANSLATE_NOOP("ImportWarningModel", "Cảnh báo"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                str(row.table) if row.table is not None else "",
                str(row.row) if row.row is not None else "",
                row.column or "",
                row.message,
            ]
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.message
        if role == SORT_ROLE:
            return [row.table or 0, row.row or 0, row.column or "", row.message][column]
        return None
