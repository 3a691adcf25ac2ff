"""Wires the main window to the services: loads plain data in the background, fills models."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from ..i18n import format_date
from ..views.main_window import MainWindow
from .plan_controller import PlanController
from .settings_controller import SettingsController
from .tracking_controller import TrackingController


def _load(store: Any, today: date | None) -> tuple[Any, Any, Any]:
    """The overview, the device's role and the first-run state (on the worker thread)."""
    from ...services.device_mode import device_mode
    from ...services.first_run import first_run_state
    from ...services.overview import load_overview

    return load_overview(store, today), device_mode(store), first_run_state(store)


def open_job(data_dir: str | None, today: date | None) -> Callable[[], tuple[Any, bool, Any]]:
    """The worker's job at start-up: open the store (the demo on first run), load what the
    window shows. Its result goes to :meth:`MainController.show_opened`."""

    def job() -> tuple[Any, bool, tuple[Any, Any, Any]]:
        from ...services.overview import open_for_app

        # The day's backup is made after the window shows (MainController.show_opened).
        store, created = open_for_app(data_dir, backup=False)
        return store, created, _load(store, today)

    return job


class MainController(QObject):
    loaded = Signal()
    failed = Signal(str)
    #: The store is still what the first run made (empty, or the demo alone).
    first_run = Signal()

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
        self.mode: Any = None
        self.first_run_state: Any = None
        self.created_demo = False
        self.settings = SettingsController(window.settings_page, runner, lambda: self.store, window)
        self.settings.saved.connect(self.reload)
        self.settings.store_replaced.connect(self._store_replaced)
        self.plan = PlanController(window.tasks_page, runner, lambda: self.store, window)
        self.plan.imported.connect(lambda _result: self.reload())
        self.tracking = TrackingController(window, runner)
        self.tracking.data_changed.connect(self.reload)

    def start(self) -> None:
        """Open the store (demo on first run) and load the overview, off the GUI thread."""
        self.runner.run(open_job(self.data_dir, self.today), self.show_opened, self.show_failure)

    def adopt(self, store: Any) -> None:
        """Show a store that is already open (the window rebuilt in another language)."""
        today = self.today
        self.runner.run(
            lambda: (store, False, _load(store, today)), self.show_opened, self.show_failure
        )

    def reload(self) -> None:
        store, today = self.store, self.today

        def job() -> Any:
            return _load(store, today)

        self.runner.run(job, self._show_all, self.show_failure)

    def _store_replaced(self, store: Any) -> None:
        self.store = store
        self.reload()

    def show_opened(self, result: tuple[Any, bool, tuple[Any, Any, Any]]) -> None:
        self.store, self.created_demo, loaded = result
        self._show_all(loaded)
        self.settings.load()
        self.window.restore_layout()
        if self.created_demo:
            self.window.status_label.setText(
                self.tr("Lần đầu mở: đã tạo dữ liệu mẫu xã Tà Lài tại {folder}").format(
                    folder=self.overview.data_dir
                )
            )
        if self.first_run_state is not None and self.first_run_state.untouched:
            self.first_run.emit()
        self._daily_backup()

    def _daily_backup(self) -> None:
        """Today's copy of the store (SPEC §7), once the data is on screen."""
        from ...services.backups import daily_backup

        store = self.store

        def failed(exc: BaseException) -> None:
            self.window.status_label.setText(
                self.tr("Không sao lưu được dữ liệu hôm nay: {error}").format(error=exc)
            )

        def made(copy: Any) -> None:
            if copy is not None:
                self.settings.refresh_backups()

        self.runner.run(lambda: daily_backup(store), made, failed)

    def _show_all(self, loaded: tuple[Any, Any, Any]) -> None:
        overview, mode, first_run = loaded
        self.first_run_state = first_run
        if mode != self.mode:
            self.mode = mode
            self._apply_mode(mode)
        self._show(overview)

    def _apply_mode(self, mode: Any) -> None:
        """A hamlet device sees its own hamlet's week, log and monthly sheet only."""
        w = self.window
        hamlet = mode.hamlet if mode.is_hamlet else None
        w.apply_device_mode(mode.is_hamlet, hamlet)
        self.tracking.set_hamlet(hamlet, hamlet_device=mode.is_hamlet)
        if mode.is_hamlet:
            w.build_later_pages()
            w.report_page.lock_to_hamlet_sheet(hamlet)

    def _hamlet_rows(self, rows: list[Any]) -> list[Any]:
        mode = self.mode
        if mode is None or not mode.is_hamlet or not mode.hamlet:
            return rows
        return [r for r in rows if r.name == mode.hamlet]

    def _show(self, overview: Any) -> None:
        self.overview = overview
        w = self.window
        w.ui.communeLabel.setText(
            self.tr("Kế hoạch CĐS\n{commune}").format(commune=overview.commune_name)
        )
        w.task_model.set_rows(overview.tasks, overview.on)
        w.tasks_page.tree.expandAll()
        w.indicator_model.set_rows(overview.indicators)
        w.hamlet_model.set_rows(self._hamlet_rows(overview.hamlets))
        plan = (
            self.tr("Kế hoạch số {number}: {title}").format(
                number=overview.plan_number, title=overview.plan_title
            )
            if overview.plan_number
            else ""
        )
        w.tasks_page.set_subtitle(plan)
        on = format_date(overview.on)
        w.indicators_page.set_subtitle(
            self.tr(
                "Số liệu tính đến ngày {date}. Chỉ tiêu tính từ số liệu ấp được cập nhật theo số "
                "liệu tuần; các chỉ tiêu khác theo số liệu nhập từng kỳ."
            ).format(date=on)
        )
        w.hamlets_page.set_subtitle(
            self.tr(
                "Số liệu tuần của các Tổ CNSCĐ; tuần đã duyệt bị khóa. Lũy kế đến ngày {date}: tỷ "
                "lệ VNeID = (số tài khoản tại ngày số liệu nền + số đăng ký mới từ đó) / dân số."
            ).format(date=on)
        )
        if self.mode is not None and self.mode.is_hamlet:
            overview = replace(overview, hamlets=self._hamlet_rows(overview.hamlets))
        self.tracking.show(self.store, overview)
        status = (
            self.tr("Kho dữ liệu: {folder} (dữ liệu mẫu)")
            if overview.is_demo
            else self.tr("Kho dữ liệu: {folder}")
        )
        w.status_label.setText(status.format(folder=overview.data_dir))
        self.loaded.emit()

    def show_failure(self, exc: BaseException) -> None:
        message = str(exc) or exc.__class__.__name__
        self.window.status_label.setText(self.tr("Lỗi: {error}").format(error=message))
        self.failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Không mở được dữ liệu"), message, parent=self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()  # not exec(): never block the window (nor a test, nor --screenshots)
