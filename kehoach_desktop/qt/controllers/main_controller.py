"""Wires the main window to the services: loads plain data in the background, fills models."""

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from ...core.vnformat import format_date, format_percent
from ..views.main_window import MainWindow
from .settings_controller import SettingsController


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
            f"Lũy kế số liệu tuần từ đầu năm {overview.on.year} "
            f"đến ngày {format_date(overview.on)}; "
            "tỷ lệ VNeID = (số tài khoản đầu năm + số đăng ký mới) / dân số."
        )
        self._fill_dashboard(overview)
        demo = " (dữ liệu mẫu)" if overview.is_demo else ""
        w.status_label.setText(f"Kho dữ liệu: {overview.data_dir}{demo}")
        self.loaded.emit()

    def _fill_dashboard(self, overview: Any) -> None:
        d = self.window.dashboard
        tasks = overview.tasks
        done = sum(1 for t in tasks if t.status == "done")
        late = overview.late_tasks
        d.set_subtitle(
            f"{overview.commune_name} — {overview.plan_title}. Tình hình đến ngày "
            f"{format_date(overview.on)}."
        )
        d.tasks_card.show_figure(
            str(len(tasks)), f"{done} hoàn thành, {len(tasks) - done} đang theo dõi"
        )
        d.late_card.show_figure(
            str(len(late)), "cần đôn đốc ngay" if late else "không có", bool(late)
        )
        judged = [i for i in overview.indicators if i.achieved is not None]
        achieved = sum(1 for i in judged if i.achieved)
        d.targets_card.show_figure(
            f"{achieved}/{len(overview.indicators)}",
            f"{len(judged) - achieved} chưa đạt, "
            f"{len(overview.indicators) - len(judged)} chưa có số liệu",
        )
        vneid = next((i for i in overview.indicators if "VNeID" in i.name), None)
        if vneid is not None and vneid.current_value is not None:
            d.vneid_card.show_figure(
                format_percent(vneid.current_value),
                f"mục tiêu {vneid.target_text}",
                alarming=vneid.achieved is False,
            )
        else:
            d.vneid_card.show_figure("—", "chưa có số liệu")
        d.late_list.clear()
        for task in late:
            due = format_date(task.due_date) if task.due_date else ""
            QListWidgetItem(
                f"{task.ref} — {task.content} (hạn {task.deadline_text}, {due}; "
                f"{task.lead_unit}; tiến độ {task.progress}%)",
                d.late_list,
            )
        if not late:
            QListWidgetItem("Không có nhiệm vụ quá hạn.", d.late_list)
        d.off_track_list.clear()
        for indicator in overview.indicators:
            if indicator.achieved is False:
                QListWidgetItem(
                    f"{indicator.name}: {format_percent(indicator.current_value)} "
                    f"(mục tiêu {indicator.target_text})",
                    d.off_track_list,
                )

    def _on_failed(self, exc: BaseException) -> None:
        message = str(exc) or exc.__class__.__name__
        self.window.status_label.setText(self.window.tr("Lỗi: ") + message)
        self.failed.emit(message)
        QMessageBox.warning(self.window, self.window.tr("Không mở được dữ liệu"), message)
