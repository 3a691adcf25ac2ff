"""The import preview: what importing a plan file would do, row by row, and every warning,
before anything is written. A view: it builds widgets and shows the preview it is given; the
plan controller decides what "Ghi vào kho" does."""

from typing import Any

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..import_models import ImportRowModel, ImportWarningModel
from ..models import SORT_ROLE
from ..vocabulary import word


def _table(model: Any, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    model.modelReset.connect(view.resizeRowsToContents)
    return view, proxy


class ImportDialog(QDialog):
    """Shows an :class:`~kehoach_desktop.services.plan_import.ImportPreview`; "Ghi vào kho"
    accepts the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập kế hoạch từ tệp — xem trước"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.row_model = ImportRowModel(self)
        self.warning_model = ImportWarningModel(self)
        self.tabs = QTabWidget(self)
        rows_page = QWidget()
        rows_layout = QVBoxLayout(rows_page)
        self.changed_only = QCheckBox(
            self.tr("Chỉ hiện các dòng mới, cập nhật, không còn trong tệp")
        )
        rows_layout.addWidget(self.changed_only)
        self.rows, self.rows_proxy = _table(self.row_model, rows_page)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (1, 70), (3, 120), (4, 300), (5, 150)):
            self.rows.setColumnWidth(column, width)
        rows_layout.addWidget(self.rows)
        self.changed_only.toggled.connect(self._filter_changed)
        self.tabs.addTab(rows_page, "")
        self.warnings, self.warnings_proxy = _table(self.warning_model, self)
        header = self.warnings.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 55), (1, 55), (2, 150)):
            self.warnings.setColumnWidth(column, width)
        self.tabs.addTab(self.warnings, "")
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.nothing_to_do = QLabel()
        self.nothing_to_do.setWordWrap(True)
        bottom.addWidget(self.nothing_to_do, 1)
        self.buttons = QDialogButtonBox(self)
        self.commit_button = QPushButton(self.tr("Ghi vào kho"))
        self.commit_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.buttons.addButton(self.commit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.preview: Any = None

    def _filter_changed(self, changed_only: bool) -> None:
        """Hide the rows that importing leaves as they are (column "Kết quả" = Không đổi)."""
        self.rows_proxy.setFilterKeyColumn(3)
        unchanged = QRegularExpression.escape(word("Không đổi"))
        self.rows_proxy.setFilterRegularExpression(f"^(?!{unchanged}$)" if changed_only else "")

    def _counts_text(self, counts: dict[str, int]) -> str:
        text = self.tr("{new} mới, {updated} cập nhật, {unchanged} không đổi").format(**counts)
        if counts["removed"]:
            text += self.tr(", {removed} không còn trong tệp").format(**counts)
        return text

    def _plan_action(self, action: str) -> str:
        return {
            "new": self.tr("kế hoạch mới"),
            "updated": self.tr("cập nhật kế hoạch đã có"),
            "unchanged": self.tr("không đổi"),
        }[action]

    def show_preview(self, preview: Any) -> None:
        """Fill the dialog from a preview (plain data)."""
        self.preview = preview
        number = preview.plan_number or self.tr("chưa có số")
        self.heading.setText(
            self.tr("Tệp “{file}”: kế hoạch năm {year} ({number}) — {action}").format(
                file=preview.file,
                year=preview.plan_year,
                number=number,
                action=self._plan_action(preview.plan_action),
            )
        )
        lines = []
        if preview.plan_title:
            lines.append(self.tr("Trích yếu: {title}").format(title=preview.plan_title))
        if preview.replaces_demo:
            lines.append(
                self.tr(
                    "Kho đang chứa dữ liệu mẫu (xã Tà Lài): dữ liệu mẫu sẽ được thay bằng kế "
                    "hoạch này; bản sao lưu được tạo trước khi ghi."
                )
            )
        if preview.commune_action == "create":
            lines.append(
                self.tr(
                    "Kho dữ liệu chưa có xã: sẽ tạo xã {commune} từ phần đầu văn bản (cơ quan "
                    "ban hành “{body}”, địa danh “{place}”); sửa được trong Cài đặt."
                ).format(
                    commune=preview.commune_name,
                    body=preview.issuing_body or self.tr("chưa rõ"),
                    place=preview.place_name,
                )
            )
        elif preview.commune_differs:
            lines.append(
                self.tr(
                    "Kế hoạch của xã {in_file}, còn kho dữ liệu là của xã {commune}: sẽ nhập "
                    "thành một kế hoạch riêng."
                ).format(in_file=preview.commune_in_file, commune=preview.commune_name)
            )
        else:
            lines.append(self.tr("Xã: {commune}").format(commune=preview.commune_name))
        for change in preview.plan_changes:
            lines.append(
                self.tr("Kế hoạch — {field}: “{old}” → “{new}”").format(
                    field=change.label, old=change.old, new=change.new
                )
            )
        lines.append(
            self.tr("Nhiệm vụ: {counts}.").format(counts=self._counts_text(preview.counts("task")))
        )
        lines.append(
            self.tr("Chỉ tiêu: {counts}.").format(
                counts=self._counts_text(preview.counts("indicator"))
            )
        )
        if preview.units_created:
            lines.append(
                self.tr("Đơn vị sẽ thêm vào danh mục ({count}): {units}").format(
                    count=len(preview.units_created), units="; ".join(preview.units_created)
                )
            )
        self.summary.setText("\n".join(lines))
        rows = preview.tasks + preview.indicators
        self.changed_only.setChecked(False)  # a new file: show every row first
        self.row_model.set_rows(rows)
        self.warning_model.set_rows(preview.warnings)
        self.tabs.setTabText(0, self.tr("Nhiệm vụ và chỉ tiêu ({count})").format(count=len(rows)))
        self.tabs.setTabText(1, self.tr("Cảnh báo ({count})").format(count=len(preview.warnings)))
        changes = preview.changes_anything
        self.commit_button.setEnabled(changes)
        self.nothing_to_do.setText(
            "" if changes else self.tr("Kho dữ liệu đã có đúng kế hoạch này: không có gì để ghi.")
        )
