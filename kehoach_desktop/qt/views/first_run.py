"""The first-run assistant: the app opens on the demo commune; this says so and offers the three
ways to start. A view: it emits what the officer chose; FirstRunController acts on it."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .dialog_parts import error_label
from .settings_page import COMMUNE_FIELDS, SIGNER_FIELDS, field_label

#: The fields asked for when a commune is created by hand (the rest is in Cài đặt).
NEW_COMMUNE_FIELDS = ("name", "issuing_body", "place_name", "signer_title", "signer_name")


class FirstRunDialog(QDialog):
    demo_chosen = Signal()
    import_chosen = Signal()
    create_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Bắt đầu dùng Kế hoạch CĐS"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        choose = QWidget()
        box = QVBoxLayout(choose)
        title = QLabel(self.tr("Chào mừng! Bắt đầu thế nào?"))
        title.setObjectName("pageTitle")
        box.addWidget(title)
        intro = QLabel(
            self.tr(
                "Ứng dụng đang mở dữ liệu mẫu của xã Tà Lài để anh/chị xem thử. Chọn một cách "
                "bắt đầu; đổi ý lúc nào cũng được (nhập kế hoạch ở trang “Kế hoạch & nhiệm "
                "vụ”, sửa thông tin xã ở “Cài đặt”)."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.demo_button = QCommandLinkButton(
            self.tr("Dùng dữ liệu mẫu để làm quen"),
            self.tr("Xem thử các trang với xã Tà Lài; dữ liệu mẫu được thay khi nhập kế hoạch."),
        )
        self.import_button = QCommandLinkButton(
            self.tr("Nhập kế hoạch của xã từ tệp Word/Excel…"),
            self.tr(
                "Chọn tệp kế hoạch (.docx, .xlsx); xem trước mọi dòng trước khi ghi. Dữ liệu "
                "mẫu được thay bằng kế hoạch của xã."
            ),
        )
        self.create_button = QCommandLinkButton(
            self.tr("Tạo xã mới và nhập tay"),
            self.tr("Nhập tên xã, cơ quan ban hành, người ký; nhiệm vụ và chỉ tiêu nhập sau."),
        )
        for button in (self.demo_button, self.import_button, self.create_button):
            box.addWidget(button)
        hamlets = QLabel(
            self.tr(
                "Kế hoạch không có danh sách ấp: sau khi nhập kế hoạch hoặc tạo xã, khai báo các "
                "ấp và số dân ở Cài đặt → Ấp và số liệu."
            )
        )
        hamlets.setWordWrap(True)
        box.addWidget(hamlets)
        box.addStretch(1)
        self.pages.addWidget(choose)

        create = QWidget()
        form_box = QVBoxLayout(create)
        heading = QLabel(self.tr("Tạo xã mới"))
        heading.setObjectName("pageTitle")
        form_box.addWidget(heading)
        warning = QLabel(
            self.tr(
                "Dữ liệu mẫu (xã Tà Lài) sẽ bị xóa và thay bằng xã mới; một bản sao lưu được "
                "tạo trước."
            )
        )
        warning.setWordWrap(True)
        form_box.addWidget(warning)
        form = QFormLayout()
        labels = dict(COMMUNE_FIELDS + SIGNER_FIELDS)
        self.fields: dict[str, QLineEdit] = {}
        for key in NEW_COMMUNE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"first-run-{key}")
            self.fields[key] = edit
            form.addRow(field_label(labels[key]), edit)
        self.fields["issuing_body"].setPlaceholderText(self.tr("UBND XÃ …"))
        self.fields["signer_title"].setPlaceholderText(self.tr("CHỦ TỊCH"))
        form_box.addLayout(form)
        self.message = error_label()
        form_box.addWidget(self.message)
        form_box.addStretch(1)
        buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("◀ Quay lại"))
        self.save_button = QPushButton(self.tr("Tạo xã"))
        self.save_button.setDefault(True)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        form_box.addWidget(buttons)
        self.pages.addWidget(create)

        self.demo_button.clicked.connect(self.demo_chosen)
        self.import_button.clicked.connect(self.import_chosen)
        self.create_button.clicked.connect(self.show_form)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.save_button.clicked.connect(self._emit_create)

    def show_form(self) -> None:
        self.pages.setCurrentIndex(1)
        self.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, Any]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}

    def _emit_create(self) -> None:
        values = self.values()
        if not values["name"]:
            self.show_error(self.tr("Hãy nhập tên xã."))
            self.fields["name"].setFocus()
            return
        self.create_requested.emit(values)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
