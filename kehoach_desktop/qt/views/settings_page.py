"""Cài đặt: the commune, its signer and recipients, report rules, units, backups, language."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGES, current_language, translate
from .pages import Page

# Field labels in the context "SettingsPage" (the first-run assistant shows them too).
COMMUNE_FIELDS = [
    ("name", QT_TRANSLATE_NOOP("SettingsPage", "Tên xã")),
    ("province", QT_TRANSLATE_NOOP("SettingsPage", "Tỉnh/thành phố")),
    ("issuing_body", QT_TRANSLATE_NOOP("SettingsPage", "Cơ quan ban hành (in trên văn bản)")),
    ("parent_body", QT_TRANSLATE_NOOP("SettingsPage", "Cơ quan chủ quản (nếu có)")),
    ("place_name", QT_TRANSLATE_NOOP("SettingsPage", "Địa danh ghi ngày tháng")),
]
SIGNER_FIELDS = [
    ("signer_authority", QT_TRANSLATE_NOOP("SettingsPage", "Thẩm quyền ký (TM./KT.)")),
    ("signer_title", QT_TRANSLATE_NOOP("SettingsPage", "Chức vụ người ký")),
    ("signer_name", QT_TRANSLATE_NOOP("SettingsPage", "Họ và tên người ký")),
]


def field_label(label: str) -> str:
    return translate("SettingsPage", label)


class SettingsPage(Page):
    #: The interface language chosen in the combo ("vi" or "en"); applied by the app at once.
    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Cài đặt"),
            self.tr(
                "Thông tin dùng để in báo cáo và đối chiếu kế hoạch. Bấm “Lưu cài đặt” sau khi sửa."
            ),
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
            left.addRow(field_label(label), edit)
        self.windows = QComboBox()
        self.windows.addItem(self.tr("Theo Nghị định 09/2019 (ngày 15 tháng trước – 14)"), "nd09")
        self.windows.addItem(self.tr("Theo tháng, quý dương lịch"), "calendar")
        left.addRow(self.tr("Kỳ số liệu báo cáo"), self.windows)
        self.numbering = QComboBox()
        self.numbering.addItem(self.tr("Ứng dụng tự đánh số theo năm"), "sequence")
        self.numbering.addItem(self.tr("Để trống cho văn thư điền"), "blank")
        left.addRow(self.tr("Số văn bản"), self.numbering)
        self.deadline_month = QSpinBox()
        self.deadline_month.setRange(1, 28)
        self.deadline_month.setPrefix(self.tr("trước ngày "))
        left.addRow(self.tr("Hạn báo cáo tháng"), self.deadline_month)
        self.deadline_quarter = QSpinBox()
        self.deadline_quarter.setRange(1, 28)
        self.deadline_quarter.setPrefix(self.tr("trước ngày "))
        self.deadline_quarter.setSuffix(self.tr(" của tháng cuối quý"))
        left.addRow(self.tr("Hạn báo cáo quý"), self.deadline_quarter)
        commune_layout.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(Page.section_label(self.tr("Nơi nhận (mỗi dòng một nơi)")))
        self.recipients = QPlainTextEdit()
        right.addWidget(self.recipients, 1)
        commune_layout.addLayout(right, 2)
        self.tabs.addTab(commune, self.tr("Xã và người ký"))

        units = QWidget()
        units_layout = QVBoxLayout(units)
        self.units = QTableWidget(0, 3)
        self.units.setHorizontalHeaderLabels(
            [self.tr("Đơn vị"), self.tr("Tên viết tắt"), self.tr("Tên gọi khác (trong kế hoạch)")]
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
        self.alias.setPlaceholderText(
            self.tr("Tên gọi khác của đơn vị đang chọn, ví dụ “Phòng VHXXH”")
        )
        self.alias.setProperty("vietnameseExample", True)  # an example from a real plan
        self.add_alias = QPushButton(self.tr("Thêm tên gọi khác"))
        alias_row.addWidget(self.alias, 1)
        alias_row.addWidget(self.add_alias)
        units_layout.addLayout(alias_row)
        self.tabs.addTab(units, self.tr("Đơn vị", "tab: the list of units"))

        backups = QWidget()
        backups_layout = QVBoxLayout(backups)
        self.backups = QTableWidget(0, 3)
        self.backups.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Loại"), self.tr("Tệp")]
        )
        self.backups.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.backups.setColumnWidth(0, 160)
        self.backups.setColumnWidth(1, 110)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.verticalHeader().setVisible(False)
        backups_layout.addWidget(self.backups, 1)
        backup_row = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("Sao lưu ngay"))
        self.restore = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        backup_row.addWidget(self.backup_now)
        backup_row.addWidget(self.restore)
        backup_row.addStretch(1)
        backups_layout.addLayout(backup_row)
        self.tabs.addTab(backups, self.tr("Sao lưu"))

        buttons = QHBoxLayout()
        # Always in both languages: whoever cannot read the current one still finds it.
        language_label = QLabel("Ngôn ngữ / Language:")
        language_label.setObjectName("languageLabel")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.setToolTip(
            self.tr("Đổi ngôn ngữ giao diện; áp dụng ngay, không cần bấm Lưu cài đặt.")
        )
        language_label.setBuddy(self.language)
        buttons.addWidget(language_label)
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        self.save = QPushButton(self.tr("Lưu cài đặt"))
        self.save.setDefault(True)
        buttons.addWidget(self.save)
        self.layout_.addLayout(buttons)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
