"""Table models of the Đồng bộ page, over plain rows from the sync services."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from .i18n import format_date, format_number, translate
from .models import GOOD, LATE, SORT_ROLE, RowTableModel

SENDING = QBrush(QColor("#1f5fa8"))
CHANGED = QBrush(QColor("#fff4d6"))


def _time(moment: datetime | None) -> str:
    return f"{format_date(moment.date())} {moment:%H:%M}" if moment else ""


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{format_number(round(size / (1024 * 1024), 1), 1)} MB"
    return f"{format_number(max(1, round(size / 1024)))} KB"


class OutboxTableModel(RowTableModel):
    """The outbox: each file, where to, its state (chờ gửi / đang gửi / đã gửi / lỗi) and why."""

    CONTEXT = "OutboxTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("OutboxTableModel", "Tệp"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Nơi nhận"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Lần thử"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Lý do / ghi chú"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Đưa vào lúc"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            note = (
                row.last_error
                if row.state != "delivered"
                else translate("OutboxTableModel", "đã gửi {time}").format(
                    time=_time(row.delivered_at)
                )
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
    CONTEXT = "DestinationTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("DestinationTableModel", "Tên"),
        QT_TRANSLATE_NOOP("DestinationTableModel", "Loại"),
        QT_TRANSLATE_NOOP("DestinationTableModel", "Địa chỉ"),
        QT_TRANSLATE_NOOP("DestinationTableModel", "Tài khoản"),
        QT_TRANSLATE_NOOP("DestinationTableModel", "Mật khẩu"),
        QT_TRANSLATE_NOOP("DestinationTableModel", "Nhận gói"),
        QT_TRANSLATE_NOOP("DestinationTableModel", "Đang chờ"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            password = {
                "keyring": translate("DestinationTableModel", "trong kho mật khẩu"),
                "env": translate("DestinationTableModel", "biến môi trường"),
            }.get(
                row.password_source or "",
                translate("DestinationTableModel", "chưa có")
                if row.username
                else translate("DestinationTableModel", "không cần"),
            )
            waiting = row.counts.get("pending", 0) + row.counts.get("sending", 0)
            return [
                row.name,
                row.kind_label,
                row.url,
                row.username,
                password,
                translate("DestinationTableModel", "có") if row.inbox else "",
                str(waiting) if role == Qt.ItemDataRole.DisplayRole else waiting,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return LATE if row.username and not row.password_source else None
        return None


class DeviceTableModel(RowTableModel):
    CONTEXT = "DeviceTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("DeviceTableModel", "Máy"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Vai trò"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Ấp"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Dấu vân tay"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Tình trạng"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Nhận gói gần nhất"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            state = (
                translate("DeviceTableModel", "đã thay bằng máy khác")
                if row.revoked_at
                else translate("DeviceTableModel", "tin cậy")
            )
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
    CONTEXT = "ConflictTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("ConflictTableModel", "Bản ghi"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Bảng"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Phát hiện lúc"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [row.label, row.table_label, _time(row.created_at)][column]
        return None


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            translate("ConflictFieldsModel", "có")
            if value
            else translate("ConflictFieldsModel", "không")
        )
    return str(value)


class ConflictFieldsModel(RowTableModel):
    """One conflict side by side: each field, this store's value and the package's."""

    CONTEXT = "ConflictFieldsModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("ConflictFieldsModel", "Trường"),
        QT_TRANSLATE_NOOP("ConflictFieldsModel", "Bản trên máy này"),
        QT_TRANSLATE_NOOP("ConflictFieldsModel", "Bản trong gói"),
    ]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return [row.label, _shown(row.local), _shown(row.incoming)][column]
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return CHANGED
        return None


class PreviewTableModel(RowTableModel):
    """A package's preview: what would happen to each record shown."""

    CONTEXT = "PreviewTableModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("PreviewTableModel", "Kết quả"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Bảng"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Bản ghi"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Ghi chú / thay đổi"),
    ]

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
    CONTEXT = "PackageLogModel"
    HEADERS = [
        QT_TRANSLATE_NOOP("PackageLogModel", "Lúc"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Chiều"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Tệp"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Bản ghi"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Mới"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Cập nhật"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Xung đột"),
        QT_TRANSLATE_NOOP("PackageLogModel", "Từ chối"),
    ]

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
