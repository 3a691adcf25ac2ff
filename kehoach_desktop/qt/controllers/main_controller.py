"""Wires the main window to the services: loads plain data in the background, fills models."""

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from ...core.vnformat import format_date
from ..views.main_window import MainWindow
from .plan_controller import PlanController
from .settings_controller import SettingsController
from .tracking_controller import TrackingController


class MainController(QObject):
    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self, window: MainWindow, runner: Any, data_dir: str | None, today: date | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.data_dir = data_dir
        self.today = today
        self.store: Any = None
        self.overview: Any = None
        self.settings = SettingsController(window.settings_page, runner, lambda: self.store, window)
        self.settings.saved.connect(self.reload)
        self.settings.store_replaced.connect(self._store_replaced)
        self.plan = PlanController(window.tasks_page, runner, lambda: self.store, window)
        self.plan.imported.connect(lambda _result: self.reload())
        self.tracking = TrackingController(window, runner)
        self.tracking.data_changed.connect(self.reload)

    def start(self) -> None:
        """Open the store (demo on first run) and load the overview, off the GUI thread."""
        data_dir, today = self.data_dir, self.today

        def job() -> tuple[Any, bool, Any]:
            from ...services.overview import load_overview, open_for_app

            store, created = open_for_app(data_dir)
            return store, created, load_overview(store, today)

        self.runner.run(job, self._on_loaded, self._on_failed)

    def reload(self) -> None:
        store, today = self.store, self.today

        def job() -> Any:
            from ...services.overview import load_overview

            return load_overview(store, today)

        self.runner.run(job, self._show, self._on_failed)

    def _store_replaced(self, store: Any) -> None:
        self.store = store
        self.reload()

    def _on_loaded(self, result: tuple[Any, bool, Any]) -> None:
        self.store, created, overview = result
        self._show(overview)
        self.settings.load()
        if created:
            self.window.status_label.setText(
                self.window.tr("Lần đầu mở: đã tạo dữ liệu mẫu xã Tà Lài tại ") + overview.data_dir
            )

    def _show(self, overview: Any) -> None:
        self.overview = overview
        w = self.window
        w.ui.communeLabel.setText(f"Kế hoạch CĐS\n{overview.commune_name}")
        w.task_model.set_rows(overview.tasks, overview.on)
        w.tasks_page.tree.expandAll()
        w.indicator_model.set_rows(overview.indicators)
        w.hamlet_model.set_rows(overview.hamlets)
        plan = (
            f"Kế hoạch số {overview.plan_number}: {overview.plan_title}"
            if overview.plan_number
            else ""
        )
        w.tasks_page.set_subtitle(plan)
        w.indicators_page.set_subtitle(
            f"Số liệu tính đến ngày {format_date(overview.on)}. Chỉ tiêu tính từ số liệu ấp được "
            "cập nhật theo số liệu tuần; các chỉ tiêu khác theo số liệu nhập từng kỳ."
        )
        w.hamlets_page.set_subtitle(
            "Số liệu tuần của các Tổ CNSCĐ; tuần đã duyệt bị khóa. Lũy kế đến ngày "
            f"{format_date(overview.on)}: tỷ lệ VNeID = (số tài khoản tại ngày số liệu nền + "
            "số đăng ký mới từ đó) / dân số."
        )
        self.tracking.show(self.store, overview)
        demo = " (dữ liệu mẫu)" if overview.is_demo else ""
        w.status_label.setText(f"Kho dữ liệu: {overview.data_dir}{demo}")
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        message = str(exc) or exc.__class__.__name__
        self.window.status_label.setText(self.window.tr("Lỗi: ") + message)
        self.failed.emit(message)
        QMessageBox.warning(self.window, self.window.tr("Không mở được dữ liệu"), message)
