"""Kế hoạch → "Nhập từ tệp…" and "Xuất ra Excel…": choose a file, preview the import in a
dialog (every row, every warning), commit it on "Ghi vào kho", export the plan to .xlsx.

The reading, comparing and writing run through the TaskRunner; the services report progress
with ``progress(done, total, message)``, which a small relay turns into a signal so that the
progress dialog is updated on the GUI thread.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..task_runner import throttled

if TYPE_CHECKING:
    from ..views.import_dialog import ImportDialog


class _ProgressRelay(QObject):
    """Carries a service's progress calls from the worker thread to the GUI thread (a few a
    second: see task_runner.throttled)."""

    changed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forward = throttled(self.changed.emit)

    def __call__(self, done: int, total: int, message: str) -> None:
        self._forward(done, total, message)


class PlanController(QObject):
    """Drives plan import and export for the task page."""

    previewed = Signal(object)  # the ImportPreview, once the dialog shows it
    imported = Signal(object)  # the ImportResult, after a commit
    exported = Signal(object)  # the ExportResult

    def __init__(
        self, page: Any, runner: Any, store: Callable[[], Any], parent_widget: QWidget
    ) -> None:
        super().__init__(parent_widget)
        self.page = page
        self.runner = runner
        self.store = store
        self.parent_widget = parent_widget
        self.dialog: ImportDialog | None = None  # made on the first import
        self.path: Path | None = None
        self.last_error = ""
        self.last_message = ""
        self.last_result: Any = None
        self._progress: QProgressDialog | None = None
        self.relay = _ProgressRelay(self)
        self.relay.changed.connect(self._on_progress)
        page.import_button.clicked.connect(self.choose_file)
        page.export_button.clicked.connect(self.choose_export)

    # -- import

    def choose_file(self) -> None:
        """Ask for a plan file (the native dialog), then preview it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Chọn tệp kế hoạch (Word hoặc Excel)"),
            "",
            self.tr("Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)"),
        )
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: str | Path) -> None:
        """Read ``path`` and compare it with the store in the background; show the preview."""
        store = self.store()
        if store is None:
            return
        self.path = Path(path)
        relay = self.relay
        file = self.path

        def job() -> Any:
            from ...services.plan_import import preview_import

            return preview_import(store, file, relay)

        self._start_progress(self.tr("Đang đọc {file}…").format(file=file.name))
        self.runner.run(job, self._show_preview, self._failed)

    def _show_preview(self, preview: Any) -> None:
        self._stop_progress()
        if self.dialog is None:
            from ..views.import_dialog import ImportDialog  # (not needed to start the app)

            self.dialog = ImportDialog(self.parent_widget)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.accepted.connect(self.commit)
        self.dialog.show_preview(preview)
        self.dialog.show()
        self.dialog.raise_()
        self.previewed.emit(preview)

    def commit(self) -> None:
        """Write the previewed file into the store (backup first, one transaction)."""
        store, path, relay = self.store(), self.path, self.relay
        if store is None or path is None:
            return

        def job() -> Any:
            from ...services.plan_import import commit_import

            return commit_import(store, path, relay)

        self._start_progress(self.tr("Đang ghi kế hoạch từ {file}…").format(file=path.name))
        self.runner.run(job, self._committed, self._failed)

    def _committed(self, result: Any) -> None:
        self._stop_progress()
        self.last_result = result
        preview = result.preview
        tasks, indicators = preview.counts("task"), preview.counts("indicator")
        self._say(
            self.tr(
                "Đã nhập {file}: nhiệm vụ {tasks_new} mới, {tasks_updated} cập nhật; chỉ tiêu "
                "{indicators_new} mới, {indicators_updated} cập nhật."
            ).format(
                file=preview.file,
                tasks_new=tasks["new"],
                tasks_updated=tasks["updated"],
                indicators_new=indicators["new"],
                indicators_updated=indicators["updated"],
            )
        )
        self.imported.emit(result)

    # -- export

    def choose_export(self) -> None:
        """Ask where to save the plan workbook, then write it."""
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Xuất kế hoạch ra Excel"), "ke-hoach.xlsx", "Excel (*.xlsx)"
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path))

    def export_to(self, path: str | Path) -> None:
        store, relay, target = self.store(), self.relay, Path(path)
        if store is None:
            return

        def job() -> Any:
            from ...services.plan_export import export_plan

            return export_plan(store, target, relay)

        self._start_progress(self.tr("Đang xuất {file}…").format(file=target.name))
        self.runner.run(job, self._exported, self._failed)

    def _exported(self, result: Any) -> None:
        self._stop_progress()
        self.last_result = result
        self._say(
            self.tr("Đã xuất kế hoạch ({tasks} nhiệm vụ, {indicators} chỉ tiêu) ra {path}").format(
                tasks=result.tasks, indicators=result.indicators, path=result.path
            )
        )
        self.exported.emit(result)

    # -- feedback

    def _start_progress(self, label: str) -> None:
        self._stop_progress()
        dialog = QProgressDialog(label, "", 0, 0, self.parent_widget)
        dialog.setCancelButton(None)  # a transaction is not stopped half-way
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)  # only work that takes a while shows a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._progress = dialog

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(min(done, total))
            self._progress.setLabelText(message)

    def _stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _say(self, text: str) -> None:
        """A temporary status-bar message (the window's own status line stays beneath it)."""
        self.last_message = text
        status_bar = getattr(self.parent_widget, "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(text, 20000)

    def _failed(self, exc: BaseException) -> None:
        self._stop_progress()
        self.last_error = str(exc) or exc.__class__.__name__
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Không nhập/xuất được kế hoạch"),
            self.last_error,
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
