"""Table models of the Đồng bộ page, over plain rows from the sync services."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ..core.vnformat import format_number
from .models import GOOD, LATE, SORT_ROLE, RowTableModel

SENDING = QBrush(QColor("#1f5fa8"))
CHANGED = QBrush(QColor("#fff4d6"))


def _time(moment: datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{format_number(round(size / (1024 * 1024), 1), 1)} MB"
    return f"{format_number(max(1, round(size / 1024)))} KB"


class OutboxTableModel(RowTableModel):
    """The outbox: each file, where to, its state (chờ gửi / đang gửi / đã gửi / lỗi) and why."""

    HEADERS = ["Tệp", "Nơi nhận", "Trạng thái", "Lần thử", "Lý do / ghi chú", "Đưa vào lúc"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            note = (
                row.last_error if row.state != "delivered" else f"đã gửi {_time(row.delivered_at)}"
            )
            return [
                row.file_name,
                row.destination,
                row.state_label.capitalize(),
                str(row.attempts),
                note,
                _time(row.created_at),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return {"delivered": GOOD, "failed": LATE, "sending": SENDING}.get(row.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.file_name} ({_size(row.size)})\nSHA-256: {row.sha256}"
            return f"{tip}\n{row.last_error}" if row.last_error else tip
        if role == SORT_ROLE:
            order = {"failed": 0, "sending": 1, "pending": 2, "delivered": 3}
            return [
                row.file_name,
                row.destination,
                order.get(row.state, 9),
                row.attempts,
                row.last_error,
                row.created_at.isoformat(),
            ][column]
        return None


class DestinationTableModel(RowTableModel):
    HEADERS = ["Tên", "Loại", "Địa chỉ", "Tài khoản", "Mật khẩu", "Nhận gói", "Đang chờ"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            password = {
                "keyring": "trong kho mật khẩu",
                "env": "biến môi trường",
            }.get(row.password_source or "", "chưa có" if row.username else "không cần")
            waiting = row.counts.get("pending", 0) + row.counts.get("sending", 0)
            return [
                row.name,
                row.kind_label,
                row.url,
                row.username,
                password,
                "có" if row.inbox else "",
                str(waiting) if role == Qt.ItemDataRole.DisplayRole else waiting,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return LATE if row.username and not row.password_source else None
        return None


class DeviceTableModel(RowTableModel):
    HEADERS = ["Máy", "Vai trò", "Ấp", "Dấu vân tay", "Tình trạng", "Nhận gói gần nhất"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            state = "đã thay bằng máy khác" if row.revoked_at else "tin cậy"
            return [
                row.label,
                row.role_label,
                row.hamlet or "",
                row.fingerprint,
                state,
                _time(row.last_import_at),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return LATE if row.revoked_at else GOOD
        return None


class ConflictTableModel(RowTableModel):
    HEADERS = ["Bản ghi", "Bảng", "Phát hiện lúc"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [row.label, row.table_label, _time(row.created_at)][column]
        return None


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value)


class ConflictFieldsModel(RowTableModel):
    """One conflict side by side: each field, this store's value and the package's."""

    HEADERS = ["Trường", "Bản trên máy này", "Bản trong gói"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [row.label, _shown(row.local), _shown(row.incoming)][column]
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return CHANGED
        return None


class PreviewTableModel(RowTableModel):
    """A package's preview: what would happen to each record shown."""

    HEADERS = ["Kết quả", "Bảng", "Bản ghi", "Ghi chú / thay đổi"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [row.outcome_label, row.table, row.label, _change(row)][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return {"rejected": LATE, "conflict": LATE, "new": GOOD}.get(row.outcome)
        return None


def _change(row: Any) -> str:
    if row.message and row.outcome in ("rejected", "conflict"):
        differences = _differences(row)
        return f"{row.message}{'; ' + differences if differences else ''}"
    return _differences(row) or row.message


def _differences(row: Any) -> str:
    if not row.local or not row.incoming:
        return ""
    changed = [
        f"{name}: {_shown(row.local.get(name))} → {_shown(value)}"
        for name, value in row.incoming.items()
        if row.local.get(name) != value
    ]
    return ", ".join(changed)


class PackageLogModel(RowTableModel):
    HEADERS = ["Lúc", "Chiều", "Tệp", "Bản ghi", "Mới", "Cập nhật", "Xung đột", "Từ chối"]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = [
                _time(row.recorded_at),
                row.direction_label,
                row.file_name,
                row.record_count,
                row.new,
                row.updated,
                row.conflicts,
                row.rejected,
            ]
            value = values[column]
            return str(value) if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.ToolTipRole and row.messages:
            return "\n".join(row.messages[:20])
        return None
