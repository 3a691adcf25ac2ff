"""Opens the task-update dialog for the chosen task, saves updates and evidence reviews."""

from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTreeView, QWidget

from ..models import ROW_ROLE
from ..views.task_update_dialog import TaskUpdateDialog


class TaskUpdateController(QObject):
    data_changed = Signal()

    def __init__(self, parent: QWidget, runner: Any, tree: QTreeView) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.tree = tree
        self.store: Any = None
        self.dialog: TaskUpdateDialog | None = None
        tree.doubleClicked.connect(lambda _index: self.open_selected())

    def selected_task(self) -> Any:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ROW_ROLE)

    def open_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Cập nhật tiến độ"),
                self.tr("Chọn một nhiệm vụ trong danh sách trước (không chọn dòng tên mục)."),
            )
            return
        self.open_task(task.id)

    def open_task(self, task_id: str) -> None:
        if self.store is None:
            return
        if self.dialog is None:
            self.dialog = TaskUpdateDialog(self.parent_widget)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.save_requested.connect(self.save)
            self.dialog.review_requested.connect(self.review)
            self.dialog.open_requested.connect(
                lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(path))
            )
            from ...services.tracking import local_time

            self.dialog.local_time = local_time
        dialog = self.dialog
        dialog.reset_form()
        dialog.show_message("")
        store = self.store

        def job() -> Any:
            from ...services.task_updates import task_detail

            return task_detail(store, task_id)

        def done(detail: Any) -> None:
            dialog.show_detail(detail)
            dialog.show()
            dialog.raise_()

        self.runner.run(job, done, lambda exc: dialog.show_message(str(exc), error=True))

    def save(self, values: dict[str, Any]) -> None:
        dialog, store = self.dialog, self.store
        assert dialog is not None

        def job() -> Any:
            from ...services.task_updates import update_task

            return update_task(
                store,
                "",
                task_id=values["task_id"],
                status=values["status"],
                progress=values["progress"],
                note=values["note"],
                evidence=values["evidence"],
            )

        def done(detail: Any) -> None:
            dialog.show_detail(detail)
            dialog.reset_form()
            files = len(detail.updates[0].evidence) if detail.updates else 0
            text = (
                self.tr("Đã lưu cập nhật nhiệm vụ {ref} kèm {files} minh chứng.")
                if files
                else self.tr("Đã lưu cập nhật nhiệm vụ {ref}.")
            )
            dialog.show_message(text.format(ref=detail.task.ref, files=files))
            self.data_changed.emit()

        self.runner.run(job, done, lambda exc: dialog.show_message(str(exc), error=True))

    def review(self, evidence_id: str, accepted: bool, reason: str) -> None:
        dialog, store = self.dialog, self.store
        assert dialog is not None and dialog.task is not None
        task_id = dialog.task.id

        def job() -> Any:
            from ...services.evidence import review_evidence
            from ...services.task_updates import task_detail

            reviewed = review_evidence(store, evidence_id, accepted=accepted, reason=reason)
            return reviewed, task_detail(store, task_id)

        def done(result: tuple[Any, Any]) -> None:
            reviewed, detail = result
            dialog.show_detail(detail)
            text = (
                self.tr("Minh chứng “{file}”: đạt.")
                if accepted
                else self.tr("Minh chứng “{file}”: không đạt; nhiệm vụ chuyển về “chờ hoàn thiện”.")
            )
            dialog.show_message(text.format(file=reviewed.file_name))
            self.data_changed.emit()

        self.runner.run(job, done, lambda exc: dialog.show_message(str(exc), error=True))
