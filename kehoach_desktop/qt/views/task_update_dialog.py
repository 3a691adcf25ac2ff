"""Cập nhật tiến độ: a dialog to record a task's status, progress, note and evidence, with its
history of updates and the evidence of each (open, judge đạt / không đạt).

A view only: it emits ``save_requested`` and ``review_requested`` with plain values; the
controller writes through the services and feeds the history back with :meth:`show_detail`.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import TaskStatus
from ..i18n import format_date
from ..models import GOOD, LATE
from ..vocabulary import evidence_review, task_status
from .file_list import FileListField

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 3


class TaskUpdateDialog(QDialog):
    save_requested = Signal(dict)
    review_requested = Signal(str, bool, str)
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cập nhật tiến độ nhiệm vụ"))
        self.resize(980, 660)
        self.task: Any = None
        # Asks for the reason of a "không đạt"; replaced in tests. None when cancelled.
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        # Converts a stored time (UTC) for display; the controller sets the local one.
        self.local_time: Callable[[Any], Any] = lambda moment: moment

        layout = QVBoxLayout(self)
        self.heading = QLabel("")
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.details = QLabel("")
        self.details.setObjectName("pageSubtitle")
        self.details.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)

        update_box = QGroupBox(self.tr("Cập nhật mới"))
        form = QFormLayout(update_box)
        self.status_edit = QComboBox()
        for status in TaskStatus:
            self.status_edit.addItem(task_status(status), status.value)
        self.progress_edit = QSpinBox()
        self.progress_edit.setRange(0, 100)
        self.progress_edit.setSuffix(" %")
        self.progress_slider = QSlider(Qt.Orientation.Horizontal)
        self.progress_slider.setRange(0, 100)
        self.progress_slider.setSingleStep(5)
        self.progress_slider.setPageStep(10)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_edit)
        progress_row.addWidget(self.progress_slider, 1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Đã làm gì, kết quả, khó khăn (ghi vào lịch sử)"))
        self.note_edit.setMaximumHeight(70)
        self.evidence = FileListField(
            self.tr("Thêm minh chứng…"),
            self.tr("Bỏ tệp"),
            self.tr("Chọn tệp minh chứng"),
            self.tr("Minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)"),
            max_list_height=60,
        )
        form.addRow(self.tr("Trạng thái:"), self.status_edit)
        form.addRow(self.tr("Tiến độ:"), progress_row)
        form.addRow(self.tr("Ghi chú:"), self.note_edit)
        form.addRow(self.tr("Minh chứng:"), self.evidence)
        layout.addWidget(update_box)

        history_box = QGroupBox(self.tr("Lịch sử cập nhật và minh chứng"))
        history_layout = QVBoxLayout(history_box)
        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Người cập nhật"),
                self.tr("Thay đổi"),
                self.tr("Ghi chú"),
            ]
        )
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        header = self.history.header()
        header.setStretchLastSection(True)
        self.history.setColumnWidth(0, 150)
        self.history.setColumnWidth(1, 170)
        self.history.setColumnWidth(2, 270)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.history)
        review_row = QHBoxLayout()
        review_row.addWidget(QLabel(self.tr("Minh chứng đang chọn:")))
        self.open_button = QPushButton(self.tr("Mở tệp"))
        self.accept_button = QPushButton(self.tr("Đạt"))
        self.reject_button = QPushButton(self.tr("Không đạt…"))
        for button in (self.open_button, self.accept_button, self.reject_button):
            button.setEnabled(False)
            review_row.addWidget(button)
        review_row.addStretch(1)
        history_layout.addLayout(review_row)
        layout.addWidget(history_box, 1)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lưu cập nhật"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        layout.addWidget(self.buttons)

        self.progress_edit.valueChanged.connect(self.progress_slider.setValue)
        self.progress_slider.valueChanged.connect(self.progress_edit.setValue)
        self.status_edit.currentIndexChanged.connect(self._status_changed)
        self.save_button.clicked.connect(self._emit_save)
        self.buttons.rejected.connect(self.reject)
        self.history.currentItemChanged.connect(lambda *_: self._update_review_buttons())
        self.open_button.clicked.connect(self._emit_open)
        self.accept_button.clicked.connect(lambda: self._emit_review(True))
        self.reject_button.clicked.connect(lambda: self._emit_review(False))

    # -- feeding
    def show_detail(self, detail: Any) -> None:
        """Show a task (plain TaskDetail) and its history; the form starts from its state."""
        task = detail.task
        self.task = task
        self.heading.setText(
            self.tr("Nhiệm vụ {ref}: {content}").format(ref=task.ref, content=task.content)
        )
        due = (
            self.tr(" (hạn cuối {date})").format(date=format_date(task.due_date))
            if task.due_date
            else ""
        )
        self.details.setText(
            self.tr(
                "Chủ trì: {lead}. Thời hạn: {deadline}{due}. Sản phẩm: {product}. Hiện tại: "
                "{status}, {progress}%."
            ).format(
                lead=task.lead_unit or "—",
                deadline=task.deadline_text or "—",
                due=due,
                product=task.product or "—",
                status=task_status(task.status).lower(),
                progress=task.progress,
            )
        )
        self.status_edit.setCurrentIndex(max(self.status_edit.findData(task.status), 0))
        self.progress_edit.setValue(task.progress)
        self.history.clear()
        for update in detail.updates:
            item = QTreeWidgetItem(
                [
                    self._moment(update.at),
                    update.author or "—",
                    self._change_text(update),
                    update.note,
                ]
            )
            for column in range(4):
                item.setToolTip(column, item.text(column))
            self.history.addTopLevelItem(item)
            for piece in update.evidence:
                child = QTreeWidgetItem(
                    [
                        self.tr("Minh chứng"),
                        piece.file_name,
                        evidence_review(piece.review_state)
                        + (f" ({piece.reviewed_by})" if piece.reviewed_by else ""),
                        piece.review_reason,
                    ]
                )
                child.setData(0, EVIDENCE_ROLE, piece)
                colour = {"accepted": GOOD, "rejected": LATE}.get(piece.review_state)
                if colour is not None:
                    child.setForeground(2, colour)
                child.setToolTip(1, f"{piece.file_name}\n{piece.path}")
                child.setToolTip(3, piece.review_reason)
                item.addChild(child)
            item.setExpanded(True)
        self._update_review_buttons()

    def reset_form(self) -> None:
        self.note_edit.clear()
        self.evidence.clear()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b6e2a;")

    def _moment(self, at: Any) -> str:
        local = self.local_time(at)
        return f"{format_date(local.date())} {local:%H:%M}"

    @staticmethod
    def _change_text(update: Any) -> str:
        parts = []
        if update.status_from != update.status_to:
            parts.append(f"{task_status(update.status_from)} → {task_status(update.status_to)}")
        if update.progress_from != update.progress_to:
            parts.append(f"{update.progress_from}% → {update.progress_to}%")
        return "; ".join(parts) or "—"

    # -- the form
    def _status_changed(self) -> None:
        if self.status_edit.currentData() == TaskStatus.DONE:
            self.progress_edit.setValue(100)

    def values(self) -> dict[str, Any]:
        return {
            "task_id": self.task.id if self.task else None,
            "status": self.status_edit.currentData(),
            "progress": self.progress_edit.value(),
            "note": self.note_edit.toPlainText(),
            "evidence": self.evidence.files(),
        }

    def _emit_save(self) -> None:
        self.save_requested.emit(self.values())

    # -- evidence review
    def selected_evidence(self) -> Any:
        item = self.history.currentItem()
        return item.data(0, EVIDENCE_ROLE) if item is not None else None

    def _update_review_buttons(self) -> None:
        piece = self.selected_evidence()
        self.open_button.setEnabled(piece is not None)
        self.accept_button.setEnabled(piece is not None and piece.review_state != "accepted")
        self.reject_button.setEnabled(piece is not None and piece.review_state != "rejected")

    def _emit_open(self) -> None:
        piece = self.selected_evidence()
        if piece is not None:
            self.open_requested.emit(piece.path)

    def _emit_review(self, accepted: bool) -> None:
        piece = self.selected_evidence()
        if piece is None:
            return
        reason = ""
        if not accepted:
            answer = self.ask_reason(piece.file_name)
            if answer is None:
                return
            reason = answer
        self.review_requested.emit(piece.id, accepted, reason)

    def _ask_reason(self, file_name: str) -> str | None:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Minh chứng không đạt"),
            self.tr("Lý do “{file}” không đạt (nhiệm vụ sẽ chuyển về “chờ hoàn thiện”):").format(
                file=file_name
            ),
        )
        return text if accepted else None
