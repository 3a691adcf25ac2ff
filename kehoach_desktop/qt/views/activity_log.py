"""Nhật ký Tổ CNSCĐ: the teams' activity log with filters, and a dialog to log activities.

A view only: it emits ``filter_changed`` and ``add_requested`` with plain values; the
controller queries and writes through the services.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from ...core.domain import ActivityKind
from ..i18n import date_display_format, format_number
from ..models import SORT_ROLE
from ..tracking_models import ActivityTableModel
from ..vocabulary import activity_kind
from .file_list import FileListField
from .pages import Page


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ActivityLogPage(Page):
    filter_changed = Signal(dict)
    add_requested = Signal(dict)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Nhật ký Tổ CNSCĐ"),
            self.tr(
                "Hoạt động của các Tổ công nghệ số cộng đồng: ngày, ấp, hình thức, số người được "
                "tiếp cận, ý kiến người dân và việc chuyển ý kiến, ảnh minh chứng."
            ),
        )
        self.model = ActivityTableModel(self)
        filters = QHBoxLayout()
        self.hamlet_filter = QComboBox()
        self.hamlet_filter.addItem(self.tr("Tất cả các ấp"), "")
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Mọi hình thức"), "")
        for kind in ActivityKind:
            self.kind_filter.addItem(activity_kind(kind), kind.value)
        # Long kinds ("Trực tại Trung tâm Phục vụ hành chính công") must not push the search
        # box off the line: the combo keeps a moderate width, its list shows them whole.
        for combo in (self.hamlet_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.hamlet_filter.setMinimumContentsLength(12)
        self.kind_filter.setMinimumContentsLength(18)
        self.kind_filter.view().setMinimumWidth(self.kind_filter.view().sizeHintForColumn(0) + 24)
        self.start_filter = QDateEdit()
        self.end_filter = QDateEdit()
        for edit in (self.start_filter, self.end_filter):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm trong nội dung, địa điểm, ý kiến…"))
        self.search.setClearButtonEnabled(True)
        self.hamlet_filter_label = QLabel(self.tr("Ấp:"))
        filters.addWidget(self.hamlet_filter_label)
        filters.addWidget(self.hamlet_filter)
        filters.addWidget(QLabel(self.tr("Từ")))
        filters.addWidget(self.start_filter)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.end_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("Ghi hoạt động mới…"))
        filters.addWidget(self.new_button)
        self.layout_.addLayout(filters)
        self.team = QLabel("")
        self.team.setObjectName("pageSubtitle")
        self.team.setWordWrap(True)
        self.layout_.addWidget(self.team)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Row heights follow the wrapped text at whatever width the page gets.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 96), (1, 110), (2, 150), (4, 140), (5, 66), (6, 190), (7, 56)):
            self.table.setColumnWidth(column, width)
        self.layout_.addWidget(self.table, 1)
        self.count = QLabel("")
        self.count.setObjectName("pageSubtitle")
        self.layout_.addWidget(self.count)

        # The form opens in a dialog that stays open for the next entry.
        self.form_dialog = QDialog(self)
        self.form_dialog.setWindowTitle(self.tr("Ghi hoạt động của Tổ CNSCĐ"))
        self.form_dialog.resize(520, 520)
        dialog_box = QVBoxLayout(self.form_dialog)
        form_box = QGroupBox(self.tr("Hoạt động mới"))
        dialog_box.addWidget(form_box)
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_display_format())
        self.hamlet_edit = QComboBox()
        self.kind_edit = QComboBox()
        for kind in ActivityKind:
            self.kind_edit.addItem(activity_kind(kind), kind.value)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(self.tr("Đã làm gì, cho ai (bắt buộc)"))
        self.description_edit.setMaximumHeight(80)
        self.place_edit = QLineEdit()
        self.members_edit = QLineEdit()
        self.members_edit.setPlaceholderText(self.tr("Tổ trưởng, 2 tổ viên…"))
        self.people_edit = QSpinBox()
        self.people_edit.setRange(0, 10_000)
        self.feedback_edit = QPlainTextEdit()
        self.feedback_edit.setPlaceholderText(self.tr("Ý kiến, kiến nghị của người dân (nếu có)"))
        self.feedback_edit.setMaximumHeight(64)
        self.forwarded_edit = QCheckBox(self.tr("Đã chuyển ý kiến đến cơ quan liên quan"))
        self.photos = FileListField(
            self.tr("Thêm ảnh…"),
            self.tr("Bỏ ảnh"),
            self.tr("Chọn ảnh minh chứng"),
            self.tr("Ảnh (*.jpg *.jpeg *.png *.heic);;Mọi tệp (*)"),
        )
        form.addRow(self.tr("Ngày:"), self.date_edit)
        form.addRow(self.tr("Ấp:"), self.hamlet_edit)
        form.addRow(self.tr("Hình thức:"), self.kind_edit)
        form.addRow(self.tr("Nội dung:"), self.description_edit)
        form.addRow(self.tr("Địa điểm:"), self.place_edit)
        form.addRow(self.tr("Thành viên:"), self.members_edit)
        form.addRow(self.tr("Số người:"), self.people_edit)
        form.addRow(self.tr("Ý kiến:"), self.feedback_edit)
        form.addRow("", self.forwarded_edit)
        form.addRow(self.tr("Ảnh:"), self.photos)
        self.form_message = QLabel("")
        self.form_message.setWordWrap(True)
        dialog_box.addWidget(self.form_message)
        self.save_button = QPushButton(self.tr("Lưu và ghi tiếp"))
        self.save_button.setDefault(True)
        closing = QDialogButtonBox()
        closing.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        closing.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        closing.rejected.connect(self.form_dialog.reject)
        dialog_box.addWidget(closing)

        self.hamlet_filter.currentIndexChanged.connect(self._emit_filter)
        self.kind_filter.currentIndexChanged.connect(self._emit_filter)
        self.start_filter.dateChanged.connect(self._emit_filter)
        self.end_filter.dateChanged.connect(self._emit_filter)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.save_button.clicked.connect(self._emit_add)
        self.new_button.clicked.connect(self.open_form)
        self.model.modelReset.connect(self._after_reset)

    # -- feeding
    def set_hamlets(self, names: list[str], today: date) -> None:
        """Fill the hamlet lists and the default dates (the last three months)."""
        for combo, keep_all in ((self.hamlet_filter, True), (self.hamlet_edit, False)):
            combo.blockSignals(True)
            chosen = combo.currentData()
            combo.clear()
            if keep_all:
                combo.addItem(self.tr("Tất cả các ấp"), "")
            for name in names:
                combo.addItem(name, name)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        for edit in (self.start_filter, self.end_filter, self.date_edit):
            edit.blockSignals(True)
        self.start_filter.setDate(to_qdate(date(today.year, 1, 1)))
        self.end_filter.setDate(to_qdate(today))
        self.date_edit.setDate(to_qdate(today))
        self.date_edit.setMaximumDate(to_qdate(today))
        for edit in (self.start_filter, self.end_filter, self.date_edit):
            edit.blockSignals(False)

    def lock_hamlet(self, name: str | None) -> None:
        """A hamlet device: the log and the form are those of its own hamlet only."""
        for combo in (self.hamlet_filter, self.hamlet_edit):
            if name:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(name), 0))
                combo.blockSignals(False)
            combo.setEnabled(not name)

    def current_filter(self) -> dict[str, Any]:
        return {
            "hamlet": self.hamlet_filter.currentData() or None,
            "kind": self.kind_filter.currentData() or None,
            "start": to_date(self.start_filter.date()),
            "end": to_date(self.end_filter.date()),
        }

    def show_rows(self, rows: list[Any], team: str = "") -> None:
        self.model.set_rows(rows)
        self.team.setText(team)
        self.team.setVisible(bool(team))

    def _after_reset(self) -> None:
        people = sum(r.people_reached for r in self.model.rows)
        if not self.model.rows:
            self.count.setText(
                self.tr(
                    "Chưa có hoạt động nào theo bộ lọc này. Đổi khoảng ngày, hoặc bấm “Ghi hoạt "
                    "động mới…” để ghi."
                )
            )
            return
        self.count.setText(
            self.tr("{count} hoạt động, {people} lượt người được tiếp cận").format(
                count=format_number(len(self.model.rows)), people=format_number(people)
            )
        )

    # -- the form
    def open_form(self) -> None:
        """Show the entry form, on the hamlet chosen in the filter if there is one."""
        chosen = self.hamlet_filter.currentData()
        if chosen:
            self.hamlet_edit.setCurrentIndex(max(self.hamlet_edit.findData(chosen), 0))
        self.form_message.clear()
        self.form_dialog.show()
        self.form_dialog.raise_()
        self.description_edit.setFocus()

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def form_values(self) -> dict[str, Any]:
        return {
            "hamlet": self.hamlet_edit.currentData() or "",
            "on_date": to_date(self.date_edit.date()),
            "kind": self.kind_edit.currentData(),
            "description": self.description_edit.toPlainText(),
            "place": self.place_edit.text(),
            "members_present": self.members_edit.text(),
            "people_reached": self.people_edit.value(),
            "feedback": self.feedback_edit.toPlainText(),
            "feedback_forwarded": self.forwarded_edit.isChecked(),
            "photos": self.photos.files(),
        }

    def _emit_add(self) -> None:
        self.add_requested.emit(self.form_values())

    def form_saved(self, text: str) -> None:
        """Clear what changes from one activity to the next; keep date, hamlet and kind."""
        for edit in (self.description_edit, self.feedback_edit):
            edit.clear()
        self.place_edit.clear()
        self.people_edit.setValue(0)
        self.forwarded_edit.setChecked(False)
        self.photos.clear()
        self.show_form_message(text)

    def show_form_message(self, text: str, error: bool = False) -> None:
        self.form_message.setText(text)
        self.form_message.setStyleSheet("color: #b3261e;" if error else "color: #1b6e2a;")
