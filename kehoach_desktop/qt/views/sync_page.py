"""The Đồng bộ page and its dialogs: widgets only; SyncController gives them data and acts.

The page shows this device (role, hamlet, fingerprint), what the background sync is doing,
and tabs: the outbox (each file's state and reason), conflicts side by side, destinations,
trusted devices and the log of packages. The package preview dialog lists what importing a
package would do before anything is written.
"""

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models import SORT_ROLE
from ..sync_models import (
    ConflictFieldsModel,
    ConflictTableModel,
    DestinationTableModel,
    DeviceTableModel,
    OutboxTableModel,
    PackageLogModel,
    PreviewTableModel,
)
from .pages import Page


def _table(model: Any, parent: QWidget, stretch: int, sortable: bool = True) -> QTableView:
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(parent)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _buttons(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class SyncPage(Page):
    """Widgets of the Đồng bộ page."""

    shown = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Đồng bộ"),
            self.tr(
                "Gói dữ liệu giữa máy của các ấp và văn phòng xã; hàng đợi gửi tệp khi có mạng."
            ),
        )
        self.device_label = QLabel(self.tr("Đang đọc thông tin máy…"))
        self.device_label.setObjectName("syncDevice")
        self.device_label.setWordWrap(True)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.device_label)

        self.export_button = QPushButton(self.tr("Xuất gói dữ liệu…"))
        self.import_button = QPushButton(self.tr("Nhập gói…"))
        self.queue_button = QPushButton(self.tr("Thêm tệp vào hàng đợi…"))
        self.send_now_button = QPushButton(self.tr("Gửi ngay"))
        self.send_now_button.setToolTip(
            self.tr("Gửi mọi tệp đang chờ và nhận gói từ hộp nhận, ngay bây giờ")
        )
        self.layout_.addLayout(
            _buttons(
                self.export_button, self.import_button, self.queue_button, self.send_now_button
            )
        )
        self.activity = QLabel("")
        self.activity.setObjectName("syncActivity")
        self.activity.setWordWrap(True)
        self.layout_.addWidget(self.activity)

        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        self.outbox_model = OutboxTableModel(self)
        outbox = QWidget()
        box = QVBoxLayout(outbox)
        self.outbox_table = _table(self.outbox_model, outbox, 4)
        for column, width in ((0, 250), (1, 110), (2, 85), (3, 60), (5, 130)):
            self.outbox_table.setColumnWidth(column, width)
        self.outbox_model.modelReset.connect(self.outbox_table.resizeRowsToContents)
        box.addWidget(self.outbox_table, 1)
        self.retry_button = QPushButton(self.tr("Gửi lại tệp bị lỗi"))
        box.addLayout(_buttons(self.retry_button))
        self.tabs.addTab(outbox, self.tr("Hàng đợi gửi"))

        self.conflict_model = ConflictTableModel(self)
        self.conflict_fields = ConflictFieldsModel(self)
        conflicts = QWidget()
        box = QVBoxLayout(conflicts)
        self.conflicts_hint = QLabel(
            self.tr(
                "Bản ghi cả văn phòng xã và máy ấp cùng sửa từ lần đồng bộ trước: xem hai bản "
                "cạnh nhau rồi chọn bản đúng. Bản được chọn sẽ theo gói tiếp theo về máy của ấp."
            )
        )
        self.conflicts_hint.setWordWrap(True)
        box.addWidget(self.conflicts_hint)
        split = QSplitter(Qt.Orientation.Vertical)
        self.conflicts_table = _table(self.conflict_model, split, 0, sortable=False)
        self.fields_table = _table(self.conflict_fields, split, 0, sortable=False)
        self.fields_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.conflicts_table)
        split.addWidget(self.fields_table)
        box.addWidget(split, 1)
        self.keep_local_button = QPushButton(self.tr("Giữ bản trên máy này"))
        self.take_incoming_button = QPushButton(self.tr("Lấy bản trong gói"))
        box.addLayout(_buttons(self.keep_local_button, self.take_incoming_button))
        self.tabs.addTab(conflicts, self.tr("Xung đột"))

        self.destination_model = DestinationTableModel(self)
        destinations = QWidget()
        box = QVBoxLayout(destinations)
        self.destinations_table = _table(self.destination_model, destinations, 2)
        box.addWidget(self.destinations_table, 1)
        self.add_destination_button = QPushButton(self.tr("Thêm nơi gửi…"))
        self.password_button = QPushButton(self.tr("Lưu mật khẩu…"))
        box.addLayout(_buttons(self.add_destination_button, self.password_button))
        self.tabs.addTab(destinations, self.tr("Nơi gửi / nhận"))

        self.device_model = DeviceTableModel(self)
        devices = QWidget()
        box = QVBoxLayout(devices)
        self.devices_table = _table(self.device_model, devices, 0)
        box.addWidget(self.devices_table, 1)
        self.register_button = QPushButton(self.tr("Đăng ký máy của ấp…"))
        box.addLayout(_buttons(self.register_button))
        self.tabs.addTab(devices, self.tr("Thiết bị"))

        self.log_model = PackageLogModel(self)
        log = QWidget()
        box = QVBoxLayout(log)
        self.log_table = _table(self.log_model, log, 2)
        box.addWidget(self.log_table, 1)
        self.tabs.addTab(log, self.tr("Lịch sử gói"))

    def set_outbox_counts(self, waiting: int, failed: int) -> None:
        parts = [self.tr("{count} chờ").format(count=waiting)] if waiting else []
        parts += [self.tr("{count} lỗi").format(count=failed)] if failed else []
        self.tabs.setTabText(
            0, self.tr("Hàng đợi gửi") + (f" ({', '.join(parts)})" if parts else "")
        )

    def set_conflict_count(self, count: int) -> None:
        self.tabs.setTabText(
            1, self.tr("Xung đột ({count})").format(count=count) if count else self.tr("Xung đột")
        )

    def selected_row(self, view: QTableView) -> Any:
        """The plain row behind the selected line of ``view`` (None when nothing is chosen)."""
        from ..models import ROW_ROLE

        indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
        return indexes[0].data(ROW_ROLE) if indexes else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()


class PackagePreviewDialog(QDialog):
    """What importing a package would do, before anything is written; "Áp dụng" applies."""

    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước gói {file}").format(file=result.file_name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        source = (
            self.tr("Máy gửi: dấu vân tay {fingerprint}").format(
                fingerprint=result.source_fingerprint
            )
            if result.source_fingerprint
            else ""
        )
        hamlets = f" — {', '.join(result.hamlets)}" if result.hamlets else ""
        counts = self.tr(
            "Mới: <b>{new}</b> · Cập nhật: <b>{updated}</b> · Không đổi: <b>{unchanged}</b> · "
            "Xung đột: <b>{conflicts}</b> · Từ chối: <b>{rejected}</b>"
        ).format(
            new=result.new,
            updated=result.updated,
            unchanged=result.unchanged,
            conflicts=result.conflicts,
            rejected=result.rejected,
        )
        self.summary = QLabel(f"<b>{result.file_name}</b>{hamlets}<br>{source}<br>{counts}")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if result.already_imported:
            layout.addWidget(
                QLabel(self.tr("Gói này đã được nhập trước đây; nhập lại không thay đổi gì."))
            )
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Tất cả"), "")
        for key, label in (
            ("conflict", self.tr("Xung đột")),
            ("rejected", self.tr("Từ chối")),
            ("updated", self.tr("Cập nhật")),
            ("new", self.tr("Mới")),
        ):
            self.filter.addItem(label, key)
        layout.addLayout(_buttons(QLabel(self.tr("Hiện:")), self.filter))
        self.model = PreviewTableModel(self)
        self.rows = list(result.items)
        self.model.set_rows(self.rows)
        self.table = _table(self.model, self, 3, sortable=False)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 300)
        layout.addWidget(self.table, 1)
        self.messages = QPlainTextEdit("\n".join(result.messages))
        self.messages.setReadOnly(True)
        self.messages.setMaximumHeight(110)
        self.messages.setVisible(bool(result.messages))
        layout.addWidget(self.messages)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Áp dụng"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(not result.already_imported)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.filter.currentIndexChanged.connect(self._filter)

    def _filter(self) -> None:
        wanted = self.filter.currentData()
        self.model.set_rows([r for r in self.rows if not wanted or r.outcome == wanted])


class DestinationDialog(QDialog):
    """A destination: name, address, user, password (to the keyring), inbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm nơi gửi"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText("may-chu-xa")
        self.url = QLineEdit()
        self.url.setPlaceholderText(
            "webdavs://cloud.example.vn/remote.php/dav/files/vanthu/KeHoach  ·  "
            "smtp://mail.example.vn:587/?to=…&from=…  ·  file:///E:/GUI-XA"
        )
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.inbox = QCheckBox(self.tr("Cũng nhận gói dữ liệu từ nơi này"))
        form.addRow(self.tr("Tên"), self.name)
        form.addRow(self.tr("Địa chỉ"), self.url)
        form.addRow(self.tr("Tên đăng nhập"), self.user)
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow("", self.inbox)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RegisterDeviceDialog(QDialog):
    """At the office: the hamlet and the public key its device shows."""

    def __init__(self, hamlets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng ký máy của ấp"))
        form = QFormLayout(self)
        self.hamlet = QComboBox()
        self.hamlet.addItems(hamlets)
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("ed25519:… (dòng Khóa công khai trên máy của ấp)"))
        hint = QLabel(
            self.tr(
                "Sau khi đăng ký, đọc lại dấu vân tay với tổ trưởng qua điện thoại để chắc đúng "
                "máy."
            )
        )
        hint.setWordWrap(True)
        form.addRow(self.tr("Ấp"), self.hamlet)
        form.addRow(self.tr("Khóa công khai"), self.key)
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
