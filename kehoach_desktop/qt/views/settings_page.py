"""Cài đặt: the commune, its signer and recipients, report rules, units, backups, language."""

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGES, current_language, date_display_format, format_date, translate
from .dialog_parts import error_label, save_cancel
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
        self.tabs.addTab(self._hamlets_tab(), self.tr("Ấp và số liệu"))

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

    def show_hamlets_tab(self) -> None:
        """Open "Ấp và số liệu" (a new commune's next step: its hamlets)."""
        self.tabs.setCurrentWidget(self.findChild(QWidget, "hamletsTab"))

    def _hamlets_tab(self) -> QWidget:
        tab = QWidget()
        tab.setObjectName("hamletsTab")
        layout = QVBoxLayout(tab)
        hint = QLabel(
            self.tr(
                "Kế hoạch của xã không có danh sách ấp: thêm từng ấp, hoặc nhập danh sách từ tệp "
                "Excel có các cột Ấp, Dân số, Từ 14 tuổi, Số hộ (và nếu có: Số tài khoản VNeID, "
                "Hộ KDTM). Dân số, số người từ 14 tuổi và số hộ là mẫu số khi tính tỷ lệ; số liệu "
                "nền cộng với số đăng ký hằng tuần ghi sau ngày của nó. Thay đổi ở đây được lưu "
                "ngay."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.hamlets = QTableWidget(0, len(HAMLET_COLUMNS))
        self.hamlets.setObjectName("hamletsTable")
        self.hamlets.setHorizontalHeaderLabels([self.tr(label) for label in HAMLET_COLUMNS])
        for column, tip in (
            (4, self.tr("Số tài khoản VNeID đã có tính đến ngày của số liệu (số liệu nền)")),
            (
                5,
                self.tr(
                    "Số hộ đã thanh toán không dùng tiền mặt tính đến ngày của số liệu "
                    "(số liệu nền)"
                ),
            ),
        ):
            self.hamlets.horizontalHeaderItem(column).setToolTip(tip)
        header = self.hamlets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEADER_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in range(1, LEADER_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(80)
        self.hamlets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hamlets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hamlets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hamlets.setAlternatingRowColors(True)
        self.hamlets.verticalHeader().setVisible(False)
        layout.addWidget(self.hamlets, 1)
        self.hamlets_empty = QLabel(
            self.tr("Chưa có ấp nào. Bấm “Thêm ấp…” hoặc “Nhập danh sách từ Excel…”.")
        )
        self.hamlets_empty.setObjectName("hamletsEmpty")
        self.hamlets_empty.setVisible(False)
        layout.addWidget(self.hamlets_empty)
        row = QHBoxLayout()
        self.add_hamlet = QPushButton(self.tr("Thêm ấp…"))
        self.rename_hamlet = QPushButton(self.tr("Đổi tên…"))
        self.update_figures = QPushButton(self.tr("Cập nhật số liệu…"))
        self.remove_hamlet = QPushButton(self.tr("Bỏ ấp"))
        self.edit_team = QPushButton(self.tr("Tổ CNSCĐ…"))
        self.edit_team.setToolTip(
            self.tr("Tổ công nghệ số cộng đồng của ấp đang chọn: thành viên, vai trò, điện thoại")
        )
        self.import_hamlets = QPushButton(self.tr("Nhập danh sách từ Excel…"))
        for button in (self.add_hamlet, self.rename_hamlet, self.update_figures, self.edit_team):
            row.addWidget(button)
        row.addWidget(self.remove_hamlet)
        row.addStretch(1)
        row.addWidget(self.import_hamlets)
        layout.addLayout(row)
        self.hamlets.itemSelectionChanged.connect(self._hamlet_selected)
        self._hamlet_selected()
        return tab

    def _hamlet_selected(self) -> None:
        chosen = self.hamlets.currentRow() >= 0 and bool(self.hamlets.selectedItems())
        for button in (self.rename_hamlet, self.update_figures, self.remove_hamlet, self.edit_team):
            button.setEnabled(chosen)

    def show_hamlets(self, hamlets: list[Any]) -> None:
        """Fill the hamlet table from ``services.hamlets.HamletInfo`` rows."""
        from ..i18n import format_number

        table = self.hamlets
        table.setRowCount(len(hamlets))
        for row, hamlet in enumerate(hamlets):
            figures = [hamlet.figures.get(n) for n in FIGURE_KEYS]
            texts = [
                hamlet.name,
                *("" if v is None else format_number(v) for v in figures),
                format_date(hamlet.as_of) if hamlet.as_of else "",
                hamlet.leader,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if 1 <= column <= len(FIGURE_KEYS):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        self.hamlets_empty.setVisible(not hamlets)
        self._hamlet_selected()

    def selected_hamlet(self) -> int:
        """The row chosen in the hamlet table, or -1."""
        return self.hamlets.currentRow() if self.hamlets.selectedItems() else -1


#: The hamlet table's columns, in the context "SettingsPage".
HAMLET_COLUMNS = [
    QT_TRANSLATE_NOOP("SettingsPage", "Ấp"),
    QT_TRANSLATE_NOOP("SettingsPage", "Dân số"),
    QT_TRANSLATE_NOOP("SettingsPage", "Từ 14 tuổi"),
    QT_TRANSLATE_NOOP("SettingsPage", "Số hộ"),
    QT_TRANSLATE_NOOP("SettingsPage", "VNeID (nền)"),
    QT_TRANSLATE_NOOP("SettingsPage", "Hộ KDTM (nền)"),
    QT_TRANSLATE_NOOP("SettingsPage", "Số liệu tính đến ngày"),
    QT_TRANSLATE_NOOP("SettingsPage", "Tổ trưởng"),
]
LEADER_COLUMN = len(HAMLET_COLUMNS) - 1
#: The figures a hamlet row shows, in its columns' order (``services.hamlets.LIST_FIELDS``).
FIGURE_KEYS = ("population", "adults", "households", "vneid_accounts", "cashless_households")
BASELINE_KEYS = ("vneid_accounts", "cashless_households")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class HamletDialog(QDialog):
    """Add a hamlet (name and first figures), rename one (name), or update its figures.

    Not modal-blocking: the controller opens it, listens to ``submitted`` and closes it when
    the store took the change; a refusal stays in the dialog, under the fields.
    """

    submitted = Signal()

    ADD, RENAME, FIGURES = "add", "rename", "figures"

    def __init__(
        self,
        mode: str,
        parent: QWidget | None = None,
        hamlet: Any = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hamletDialog")
        self.mode = mode
        titles = {
            self.ADD: self.tr("Thêm ấp"),
            self.RENAME: self.tr("Đổi tên ấp"),
            self.FIGURES: self.tr("Cập nhật số liệu của ấp"),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("hamletName")
        self.name.setPlaceholderText(self.tr("ví dụ: Ấp Bàu Sen"))
        if mode == self.FIGURES:
            label = QLabel(f"<b>{hamlet.name}</b>")
            form.addRow(self.tr("Ấp"), label)
        else:
            if hamlet is not None:
                self.name.setText(hamlet.name)
            form.addRow(self.tr("Tên ấp") if mode == self.ADD else self.tr("Tên mới"), self.name)
        self.population = QLineEdit()
        self.adults = QLineEdit()
        self.households = QLineEdit()
        self.vneid_accounts = QLineEdit()
        self.cashless_households = QLineEdit()
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_display_format())
        self.as_of.setDate(_qdate(today or date.today()))
        if mode != self.RENAME:
            for edit, label_text, key in (
                (self.population, self.tr("Dân số"), "population"),
                (self.adults, self.tr("Số người từ 14 tuổi"), "adults"),
                (self.households, self.tr("Số hộ"), "households"),
                (
                    self.vneid_accounts,
                    self.tr("Số tài khoản VNeID đã có (số liệu nền)"),
                    "vneid_accounts",
                ),
                (
                    self.cashless_households,
                    self.tr("Số hộ đã thanh toán không dùng tiền mặt (số liệu nền)"),
                    "cashless_households",
                ),
            ):
                edit.setObjectName(f"hamlet-{key}")
                edit.setPlaceholderText(self.tr("để trống nếu chưa có"))
                if hamlet is not None and hamlet.figures.get(key) is not None:
                    edit.setText(str(hamlet.figures[key]))
                form.addRow(label_text, edit)
            self.baseline_hint = QLabel(
                self.tr(
                    "Tỷ lệ = số liệu nền + số đăng ký hằng tuần ghi sau ngày của số liệu nền "
                    "(để nguyên thì số liệu nền giữ ngày cũ)."
                )
            )
            self.baseline_hint.setObjectName("baselineHint")
            self.baseline_hint.setWordWrap(True)
            self.baseline_hint.setStyleSheet("color: #4a5a6a;")
            form.addRow(self.baseline_hint)  # the whole width: it reads as one line
            if hamlet is not None and hamlet.as_of is not None:
                self.as_of.setDate(_qdate(hamlet.as_of))
            form.addRow(self.tr("Số liệu tính đến ngày"), self.as_of)
        layout.addLayout(form)
        if mode == self.FIGURES:
            note = QLabel(
                self.tr(
                    "Cùng ngày thì số liệu được sửa lại; ngày khác thì thêm số liệu mới, số "
                    "liệu cũ vẫn dùng cho các kỳ trước ngày đó."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.message = error_label("hamletMessage")
        layout.addWidget(self.message)
        buttons, self.ok_button = save_cancel(self, self._submit)
        layout.addWidget(buttons)
        (self.population if mode == self.FIGURES else self.name).setFocus()
        # A baseline shown unchanged is not written again: written at a later date it would
        # drop the weekly registrations logged since its own date from the running total.
        self._shown = {key: getattr(self, key).text() for key in BASELINE_KEYS}

    def _submit(self) -> None:
        if self.mode != self.FIGURES and not self.name.text().strip():
            self.show_error(self.tr("Hãy nhập tên ấp."))
            return
        self.message.setText("")
        self.submitted.emit()

    def values(self) -> dict[str, Any]:
        """What was typed: the name, the figures as typed (the service checks them), the date."""
        day = self.as_of.date()
        values: dict[str, Any] = {"name": self.name.text()}
        for key in FIGURE_KEYS:
            text = getattr(self, key).text()
            unchanged = key in BASELINE_KEYS and text.strip() == self._shown[key].strip()
            values[key] = "" if unchanged and self.mode == self.FIGURES else text
        values["as_of"] = date(day.year(), day.month(), day.day())
        return values

    def show_error(self, text: str) -> None:
        self.message.setText(text)


class HamletListDialog(QDialog):
    """The preview of an imported hamlet list: what will be added and updated, the date the
    figures are as of; "Ghi vào kho" commits."""

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hamletListDialog")
        self.setWindowTitle(self.tr("Nhập danh sách ấp"))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_display_format())
        self.as_of.setDate(_qdate(today or date.today()))
        form.addRow(self.tr("Số liệu tính đến ngày"), self.as_of)
        layout.addLayout(form)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dòng"),
                self.tr("Ấp"),
                self.tr("Sẽ làm gì"),
                self.tr("Dân số"),
                self.tr("Từ 14 tuổi"),
                self.tr("Số hộ"),
                self.tr("VNeID (nền)"),
                self.tr("Hộ KDTM (nền)"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.commit_button = QPushButton(self.tr("Ghi vào kho"))
        self.commit_button.setDefault(True)
        cancel = QPushButton(self.tr("Hủy"))
        buttons.addButton(self.commit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.as_of.dateChanged.connect(
            lambda day: self.date_changed.emit(date(day.year(), day.month(), day.day()))
        )

    def as_of_date(self) -> date:
        day = self.as_of.date()
        return date(day.year(), day.month(), day.day())

    def show_preview(self, preview: Any) -> None:
        from ..i18n import format_number

        actions = {
            "add": self.tr("thêm mới"),
            "update": self.tr("cập nhật số liệu"),
            "unchanged": self.tr("không đổi"),
        }
        self.summary.setText(
            self.tr(
                "Tệp “{file}”: {total} ấp — {added} ấp mới, {updated} ấp cập nhật số liệu, "
                "{unchanged} ấp không đổi. Một bản sao lưu được tạo trước khi ghi."
            ).format(
                file=preview.file,
                total=len(preview.rows),
                added=preview.count("add"),
                updated=preview.count("update"),
                unchanged=preview.count("unchanged"),
            )
        )
        self.table.setRowCount(len(preview.rows))
        for row, item in enumerate(preview.rows):
            figures = [item.figures.get(n) for n in FIGURE_KEYS]
            texts = [
                str(item.row),
                item.name,
                actions.get(item.action, item.action),
                *("" if v is None else format_number(v) for v in figures),
            ]
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.commit_button.setEnabled(preview.changes_anything)
