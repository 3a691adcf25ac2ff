"""The Báo cáo page: choose the report and its period, fill in what a person decides (number,
date, signer, recipients, "Căn cứ", sections III–V), preview the pages, print and export.

A view only: it builds widgets and shows what it is given; ReportController does the work.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import date_display_format, translate
from .pages import Page

PERIODIC = "periodic"
HAMLET_SHEET = "hamlet_sheet"

# Texts in the context "ReportPage", translated when the widgets are filled.
PERIOD_KINDS = [
    ("month", QT_TRANSLATE_NOOP("ReportPage", "Tháng")),
    ("quarter", QT_TRANSLATE_NOOP("ReportPage", "Quý")),
    ("half", QT_TRANSLATE_NOOP("ReportPage", "6 tháng")),
    ("year", QT_TRANSLATE_NOOP("ReportPage", "Năm")),
]
_QUARTERS = ("I", "II", "III", "IV")
# (key, tab label, hint shown while empty)
FREE_TEXTS = [
    (
        "difficulties",
        QT_TRANSLATE_NOOP("ReportPage", "III. Tồn tại, hạn chế"),
        QT_TRANSLATE_NOOP("ReportPage", "Tồn tại, hạn chế và nguyên nhân…"),
    ),
    (
        "directions",
        QT_TRANSLATE_NOOP("ReportPage", "IV. Phương hướng"),
        QT_TRANSLATE_NOOP("ReportPage", "Phương hướng, nhiệm vụ kỳ tới…"),
    ),
    (
        "proposals",
        QT_TRANSLATE_NOOP("ReportPage", "V. Đề xuất, kiến nghị"),
        QT_TRANSLATE_NOOP("ReportPage", "Đề xuất, kiến nghị với cấp trên…"),
    ),
]


def period_indexes(kind: str) -> list[tuple[int, str]]:
    """The months, quarters or halves of a year to choose from, as (index, label)."""
    if kind == "month":
        return [(m, translate("ReportPage", "Tháng {month}").format(month=m)) for m in range(1, 13)]
    if kind == "quarter":
        return [
            (q, translate("ReportPage", "Quý {quarter}").format(quarter=_QUARTERS[q - 1]))
            for q in range(1, 5)
        ]
    if kind == "half":
        return [
            (1, translate("ReportPage", "6 tháng đầu năm")),
            (2, translate("ReportPage", "6 tháng cuối năm")),
        ]
    return [(0, translate("ReportPage", "Cả năm"))]


PAGE_GAP = 14


class DocNumberSpin(QSpinBox):
    """A document number as NĐ 30 prints it: "05/BC-UBND" (under 10 with a leading zero)."""

    def textFromValue(self, value: int) -> str:
        return f"{value:02d}"


class PreviewPane(QScrollArea):
    """The rendered pages, one under the other, scaled to the pane's width."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reportPreview")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.container = QWidget()
        self.container.setObjectName("reportPreviewPages")
        self.column = QVBoxLayout(self.container)
        self.column.setSpacing(PAGE_GAP)
        self.column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.placeholder = QLabel(
            self.tr("Chọn kỳ báo cáo rồi bấm “Xem trước” để xem các trang như khi in.")
        )
        self.placeholder.setObjectName("emptyState")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.placeholder)
        self.setWidget(self.container)
        self.images: list[QImage] = []
        self.page_labels: list[QLabel] = []

    def show_pages(self, images: list[QImage]) -> None:
        for label in self.page_labels:
            self.column.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self.images = list(images)
        self.placeholder.setVisible(not images)
        for number, _image in enumerate(images, start=1):
            label = QLabel()
            label.setObjectName(f"previewPage{number}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("background: white; border: 1px solid #b8c4d2;")
            label.setToolTip(self.tr("Trang {number}").format(number=number))
            self.column.addWidget(label)
            self.page_labels.append(label)
        self._scale()

    def show_message(self, text: str) -> None:
        self.show_pages([])
        self.placeholder.setText(text)

    def _scale(self) -> None:
        """Each page as wide as the pane allows, never larger than rendered."""
        width = max(200, self.viewport().width() - 2 * PAGE_GAP - 4)
        for label, image in zip(self.page_labels, self.images, strict=True):
            pixmap = QPixmap.fromImage(image)
            if image.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


class ReportPage(Page):
    """The form on the left, the preview on the right."""

    shown = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Báo cáo"),
            self.tr(
                "Báo cáo định kỳ theo thể thức Nghị định 30/2020/NĐ-CP và phiếu tháng của Tổ "
                "công nghệ số cộng đồng: xem trước, in, xuất PDF/Word/Excel."
            ),
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form = QWidget()
        self.form_layout = QVBoxLayout(form)
        self.form_layout.setContentsMargins(0, 0, 8, 0)
        self.form_layout.setSpacing(10)
        self._build_choice()
        self._build_document()
        self._build_legal_bases()
        self._build_texts()
        self.form_layout.addStretch(1)
        form_scroll.setWidget(form)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setMinimumWidth(400)
        splitter.addWidget(form_scroll)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(self._build_actions())
        status_row = QHBoxLayout()
        self.status = QLabel("")
        self.status.setObjectName("pageSubtitle")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        right_layout.addLayout(status_row)
        self.preview = PreviewPane()
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 700])
        self.layout_.addWidget(splitter, 1)
        self.period_kind.currentIndexChanged.connect(self._fill_indexes)
        self.report_kind.currentIndexChanged.connect(self._kind_changed)
        self.number_blank.toggled.connect(lambda blank: self.number.setEnabled(not blank))
        self.date_blank.toggled.connect(lambda blank: self.date.setEnabled(not blank))
        self.unavailable: set[QPushButton] = set()
        self.locked_hamlet: str | None = None
        self._fill_indexes()
        self._kind_changed()

    # ------------------------------------------------------------------ building

    def _build_choice(self) -> None:
        box = QGroupBox(self.tr("Loại và kỳ báo cáo"))
        grid = QGridLayout(box)
        self.report_kind = QComboBox()
        self.report_kind.addItem(self.tr("Báo cáo định kỳ (Nghị định 30)"), PERIODIC)
        self.report_kind.addItem(self.tr("Phiếu tháng của Tổ CNSCĐ"), HAMLET_SHEET)
        self.period_kind = QComboBox()
        for key, label in PERIOD_KINDS:
            self.period_kind.addItem(translate("ReportPage", label), key)
        self.period_index = QComboBox()
        for combo in (self.report_kind, self.period_kind, self.period_index):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.calendar = QCheckBox(self.tr("Kỳ theo lịch (thay vì Nghị định 09/2019/NĐ-CP)"))
        self.calendar.setToolTip(
            self.tr(
                "Nghị định 09/2019: tháng tính từ ngày 15 tháng trước đến ngày 14; quý I từ "
                "15/12 đến 14/3… Theo lịch: từ ngày 1 đến cuối tháng, cuối quý."
            )
        )
        self.window_label = QLabel("")
        self.window_label.setObjectName("pageSubtitle")
        self.window_label.setWordWrap(True)
        self.hamlet = QComboBox()
        self.hamlet.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.hamlet.addItem(self.tr("Tất cả các ấp (mỗi ấp một trang)"), None)
        self.hamlet_label = QLabel(self.tr("Ấp:"))
        grid.addWidget(QLabel(self.tr("Loại:")), 0, 0)
        grid.addWidget(self.report_kind, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Kỳ:")), 1, 0)
        grid.addWidget(self.period_kind, 1, 1)
        grid.addWidget(self.period_index, 1, 2)
        grid.addWidget(self.year, 1, 3)
        grid.addWidget(self.calendar, 2, 0, 1, 4)
        grid.addWidget(self.hamlet_label, 3, 0)
        grid.addWidget(self.hamlet, 3, 1, 1, 3)
        grid.addWidget(self.window_label, 4, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        self.form_layout.addWidget(box)

    def _build_document(self) -> None:
        self.document_box = QGroupBox(self.tr("Số, ngày và người ký"))
        form = QFormLayout(self.document_box)
        number_row = QHBoxLayout()
        self.number_auto = QRadioButton(self.tr("Số"))
        self.number = DocNumberSpin()
        self.number.setRange(1, 9999)
        self.number.setSuffix("/BC-UBND")
        self.number_blank = QRadioButton(self.tr("Để trống cho văn thư"))
        group = QButtonGroup(self)
        group.addButton(self.number_auto)
        group.addButton(self.number_blank)
        self.number_auto.setChecked(True)
        number_row.addWidget(self.number_auto)
        number_row.addWidget(self.number)
        number_row.addStretch(1)
        form.addRow(self.tr("Số báo cáo:"), number_row)
        form.addRow("", self.number_blank)
        date_row = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_display_format())
        self.date.setDate(QDate.currentDate())
        self.date_blank = QCheckBox(self.tr("Để trống ngày"))
        date_row.addWidget(self.date)
        date_row.addWidget(self.date_blank)
        date_row.addStretch(1)
        form.addRow(self.tr("Ngày ký:"), date_row)
        self.signer_authority = QLineEdit()
        self.signer_authority.setPlaceholderText(self.tr("KT. CHỦ TỊCH (để trống nếu Chủ tịch ký)"))
        self.signer_title = QLineEdit()
        self.signer_title.setPlaceholderText(self.tr("PHÓ CHỦ TỊCH"))
        # The signature block is printed in Vietnamese: the examples stay Vietnamese.
        for edit in (self.signer_authority, self.signer_title):
            edit.setProperty("vietnameseExample", True)
        self.signer_name = QLineEdit()
        form.addRow(self.tr("Thẩm quyền ký:"), self.signer_authority)
        form.addRow(self.tr("Chức vụ:"), self.signer_title)
        form.addRow(self.tr("Người ký:"), self.signer_name)
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận"))
        self.recipients.setFixedHeight(96)
        form.addRow(self.tr("Nơi nhận:"), self.recipients)
        self.form_layout.addWidget(self.document_box)

    def _build_legal_bases(self) -> None:
        self.legal_box = QGroupBox(self.tr("Căn cứ (chọn các dòng đưa vào báo cáo)"))
        layout = QVBoxLayout(self.legal_box)
        self.legal_bases = QListWidget()
        self.legal_bases.setWordWrap(True)
        self.legal_bases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legal_bases.setFixedHeight(120)
        layout.addWidget(self.legal_bases)
        self.form_layout.addWidget(self.legal_box)

    def _build_texts(self) -> None:
        self.texts_box = QGroupBox(self.tr("Nội dung do cán bộ soạn (mục III–V)"))
        layout = QVBoxLayout(self.texts_box)
        hint = QLabel(
            self.tr(
                "Ứng dụng gợi ý nội dung từ số liệu; sửa lại cho đúng thực tế. Mỗi dòng một "
                "đoạn; dòng bắt đầu bằng “-” là một ý gạch đầu dòng."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("pageSubtitle")
        layout.addWidget(hint)
        self.text_tabs = QTabWidget()
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key, label, placeholder in FREE_TEXTS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"text-{key}")
            edit.setPlaceholderText(translate("ReportPage", placeholder))
            edit.setMinimumHeight(150)
            self.text_tabs.addTab(edit, translate("ReportPage", label))
            self.text_edits[key] = edit
        layout.addWidget(self.text_tabs)
        self.restore_button = QPushButton(self.tr("Khôi phục nội dung gợi ý"))
        self.restore_button.setToolTip(
            self.tr("Thay nội dung của thẻ đang mở bằng nội dung ứng dụng gợi ý")
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.form_layout.addWidget(self.texts_box)

    def _build_actions(self) -> QGridLayout:
        """Two rows of buttons, so that the page fits a 1366 × 768 screen."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setToolTip(
            self.tr("Lưu số, ngày, người ký và nội dung của báo cáo kỳ này")
        )
        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.print_button = QPushButton(self.tr("In…"))
        self.sign_button = QPushButton(self.tr("Ký số…"))
        self.export_pdf_button = QPushButton(self.tr("Xuất PDF…"))
        self.export_docx_button = QPushButton(self.tr("Xuất Word…"))
        self.export_xlsx_button = QPushButton(self.tr("Xuất Excel…"))
        self.outbox_button = QPushButton(self.tr("Thêm vào hộp thư đi"))
        rows = [
            (self.preview_button, self.print_button, self.save_button, self.sign_button),
            (self.export_pdf_button, self.export_docx_button, self.export_xlsx_button,
             self.outbox_button),
        ]  # fmt: skip
        for r, buttons in enumerate(rows):
            for c, button in enumerate(buttons):
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                grid.addWidget(button, r, c)
        grid.setColumnStretch(4, 1)
        self.preview_button.setDefault(True)
        return grid

    # ------------------------------------------------------------------ behaviour

    def _fill_indexes(self) -> None:
        kind = self.period_kind.currentData()
        current = self.period_index.currentData()
        was_blocked = self.period_index.blockSignals(True)
        self.period_index.clear()
        for value, label in period_indexes(kind):
            self.period_index.addItem(label, value)
        position = self.period_index.findData(current)
        self.period_index.setCurrentIndex(max(position, 0))
        self.period_index.setEnabled(kind != "year")
        self.period_index.blockSignals(was_blocked)  # a caller may have blocked it

    def _kind_changed(self) -> None:
        sheet = self.report_kind.currentData() == HAMLET_SHEET
        self.hamlet.setVisible(sheet)
        self.hamlet_label.setVisible(sheet)
        for widget in (self.document_box, self.legal_box, self.texts_box, self.save_button,
                       self.export_docx_button, self.export_xlsx_button):  # fmt: skip
            widget.setVisible(not sheet)
        if sheet:
            self.period_kind.setCurrentIndex(0)  # a month
        self.period_kind.setEnabled(not sheet)

    def period_code(self) -> str:
        kind = self.period_kind.currentData()
        year = self.year.value()
        index = self.period_index.currentData() or 0
        return {
            "month": f"{year}-{index:02d}",
            "quarter": f"{year}-Q{index}",
            "half": f"{year}-H{index}",
            "year": f"{year}",
        }[kind]

    def set_period(self, kind: str, year: int, index: int) -> None:
        self.period_kind.setCurrentIndex(self.period_kind.findData(kind))
        self._fill_indexes()  # also when the caller blocks the combo's signals
        self.year.setValue(year)
        self.period_index.setCurrentIndex(max(self.period_index.findData(index), 0))

    def set_hamlets(self, names: list[str]) -> None:
        current = self.hamlet.currentData()
        self.hamlet.blockSignals(True)
        while self.hamlet.count() > 1:
            self.hamlet.removeItem(1)
        for name in names:
            self.hamlet.addItem(name, name)
        chosen = self.locked_hamlet or current
        self.hamlet.setCurrentIndex(max(self.hamlet.findData(chosen), 0))
        self.hamlet.blockSignals(False)

    def lock_to_hamlet_sheet(self, hamlet: str | None) -> None:
        """A hamlet device: only its team's monthly sheet, for its own hamlet."""
        self.locked_hamlet = hamlet
        self.report_kind.setCurrentIndex(self.report_kind.findData(HAMLET_SHEET))
        self.report_kind.setEnabled(False)
        if hamlet:
            self.hamlet.setCurrentIndex(max(self.hamlet.findData(hamlet), 0))
            self.hamlet.setEnabled(False)
        self.title.setText(self.tr("Phiếu tháng của Tổ CNSCĐ"))
        self.set_subtitle(
            self.tr(
                "Số liệu tuần, hoạt động và tỷ lệ của ấp trong tháng: xem trước, in, xuất PDF, "
                "thêm vào hộp thư đi để gửi về xã."
            )
        )

    def set_legal_bases(self, options: list[str], chosen: list[str]) -> None:
        self.legal_bases.clear()
        for line in [*options, *[c for c in chosen if c not in options]]:
            item = QListWidgetItem(line)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if line in chosen else Qt.CheckState.Unchecked)
            self.legal_bases.addItem(item)

    def chosen_legal_bases(self) -> list[str]:
        return [
            self.legal_bases.item(i).text()
            for i in range(self.legal_bases.count())
            if self.legal_bases.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_available(self, button: QPushButton, available: bool, why: str = "") -> None:
        """Enable a button whose feature exists in this build; say why one does not."""
        if available:
            self.unavailable.discard(button)
        else:
            self.unavailable.add(button)
            button.setToolTip(why)
        button.setEnabled(available)

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        for button in (
            self.save_button,
            self.preview_button,
            self.print_button,
            self.export_pdf_button,
            self.export_docx_button,
            self.export_xlsx_button,
            self.outbox_button,
            self.sign_button,
        ):
            button.setEnabled(not busy and button not in self.unavailable)
        if message:
            self.status.setText(message)

    def set_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if message:
            self.status.setText(message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
