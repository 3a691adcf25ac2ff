"""Cài đặt: the commune, its signer and recipients, report rules, units, backups, language."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .pages import Page

COMMUNE_FIELDS = [
    ("name", "Tên xã"),
    ("province", "Tỉnh/thành phố"),
    ("issuing_body", "Cơ quan ban hành (in trên văn bản)"),
    ("parent_body", "Cơ quan chủ quản (nếu có)"),
    ("place_name", "Địa danh ghi ngày tháng"),
]
SIGNER_FIELDS = [
    ("signer_authority", "Thẩm quyền ký (TM./KT.)"),
    ("signer_title", "Chức vụ người ký"),
    ("signer_name", "Họ và tên người ký"),
]


class SettingsPage(Page):
    def __init__(self) -> None:
        super().__init__(
            "Cài đặt",
            "Thông tin dùng để in báo cáo và đối chiếu kế hoạch. Bấm “Lưu cài đặt” sau khi sửa.",
        )
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.fields: dict[str, QLineEdit] = {}

        commune = QWidget()
        commune_layout = QHBoxLayout(commune)
        left = QFormLayout()
        for key, label in COMMUNE_FIELDS + SIGNER_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field-{key}")
            self.fields[key] = edit
            left.addRow(label, edit)
        self.windows = QComboBox()
        self.windows.addItem("Theo Nghị định 09/2019 (ngày 15 tháng trước – 14)", "nd09")
        self.windows.addItem("Theo tháng, quý dương lịch", "calendar")
        left.addRow("Kỳ số liệu báo cáo", self.windows)
        self.numbering = QComboBox()
        self.numbering.addItem("Ứng dụng tự đánh số theo năm", "sequence")
        self.numbering.addItem("Để trống cho văn thư điền", "blank")
        left.addRow("Số văn bản", self.numbering)
        self.deadline_month = QSpinBox()
        self.deadline_month.setRange(1, 28)
        self.deadline_month.setPrefix("trước ngày ")
        left.addRow("Hạn báo cáo tháng", self.deadline_month)
        self.deadline_quarter = QSpinBox()
        self.deadline_quarter.setRange(1, 28)
        self.deadline_quarter.setPrefix("trước ngày ")
        self.deadline_quarter.setSuffix(" của tháng cuối quý")
        left.addRow("Hạn báo cáo quý", self.deadline_quarter)
        commune_layout.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(Page.section_label("Nơi nhận (mỗi dòng một nơi)"))
        self.recipients = QPlainTextEdit()
        right.addWidget(self.recipients, 1)
        commune_layout.addLayout(right, 2)
        self.tabs.addTab(commune, "Xã và người ký")

        units = QWidget()
        units_layout = QVBoxLayout(units)
        self.units = QTableWidget(0, 3)
        self.units.setHorizontalHeaderLabels(
            ["Đơn vị", "Tên viết tắt", "Tên gọi khác (trong kế hoạch)"]
        )
        self.units.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.units.setColumnWidth(0, 300)
        self.units.setColumnWidth(1, 140)
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.verticalHeader().setVisible(False)
        units_layout.addWidget(self.units, 1)
        alias_row = QHBoxLayout()
        self.alias = QLineEdit()
        self.alias.setPlaceholderText("Tên gọi khác của đơn vị đang chọn, ví dụ “Phòng VHXXH”")
        self.add_alias = QPushButton("Thêm tên gọi khác")
        alias_row.addWidget(self.alias, 1)
        alias_row.addWidget(self.add_alias)
        units_layout.addLayout(alias_row)
        self.tabs.addTab(units, "Đơn vị")

        backups = QWidget()
        backups_layout = QVBoxLayout(backups)
        self.backups = QTableWidget(0, 3)
        self.backups.setHorizontalHeaderLabels(["Thời điểm", "Loại", "Tệp"])
        self.backups.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.backups.setColumnWidth(0, 160)
        self.backups.setColumnWidth(1, 110)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.verticalHeader().setVisible(False)
        backups_layout.addWidget(self.backups, 1)
        backup_row = QHBoxLayout()
        self.backup_now = QPushButton("Sao lưu ngay")
        self.restore = QPushButton("Khôi phục bản đã chọn…")
        backup_row.addWidget(self.backup_now)
        backup_row.addWidget(self.restore)
        backup_row.addStretch(1)
        backups_layout.addLayout(backup_row)
        self.tabs.addTab(backups, "Sao lưu")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save = QPushButton("Lưu cài đặt")
        self.save.setDefault(True)
        buttons.addWidget(self.save)
        self.layout_.addLayout(buttons)
