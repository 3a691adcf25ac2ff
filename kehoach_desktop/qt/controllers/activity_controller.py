"""Wires the activity log page to the services: lists with filters, logs new activities."""

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..i18n import format_date
from ..views.activity_log import ActivityLogPage


class ActivityController(QObject):
    data_changed = Signal()

    def __init__(self, page: ActivityLogPage, runner: Any) -> None:
        super().__init__(page)
        self.page = page
        self.runner = runner
        self.store: Any = None
        self.today = date.today()
        self._started = False
        #: A hamlet device logs and lists its own hamlet only (None: every hamlet).
        self.hamlet: str | None = None
        page.filter_changed.connect(self.load)
        page.add_requested.connect(self.add)

    def start(self, store: Any, today: date, hamlet_names: list[str]) -> None:
        self.store, self.today = store, today
        if not self._started:
            self.page.set_hamlets(hamlet_names, today)
            self._started = True
        self.page.lock_hamlet(self.hamlet)
        self.load(self.page.current_filter())

    def load(self, chosen: dict[str, Any]) -> None:
        if self.store is None:
            return
        store = self.store

        def job() -> tuple[list[Any], str]:
            from ...services.activities import list_activities, team_info

            rows = list_activities(
                store,
                hamlet=chosen.get("hamlet"),
                start=chosen.get("start"),
                end=chosen.get("end"),
                kind=chosen.get("kind"),
            )
            team = team_info(store, chosen["hamlet"]).summary() if chosen.get("hamlet") else ""
            return rows, team

        self.runner.run(job, lambda result: self.page.show_rows(*result), self._failed)

    def add(self, values: dict[str, Any]) -> None:
        store, today = self.store, self.today

        def job() -> Any:
            from ...services.activities import add_activity

            return add_activity(store, today=today, **values)

        def done(row: Any) -> None:
            text = (
                self.tr("Đã ghi hoạt động ngày {date} của {hamlet} kèm {photos} ảnh.")
                if row.photos
                else self.tr("Đã ghi hoạt động ngày {date} của {hamlet}.")
            )
            self.page.form_saved(
                text.format(
                    date=format_date(row.on_date), hamlet=row.hamlet, photos=len(row.photos)
                )
            )
            self.load(self.page.current_filter())
            self.data_changed.emit()

        self.runner.run(job, done, self._failed_form)

    def _failed(self, exc: BaseException) -> None:
        self.page.team.setText(self.tr("Lỗi: {error}").format(error=exc))
        self.page.team.setVisible(True)

    def _failed_form(self, exc: BaseException) -> None:
        self.page.show_form_message(str(exc) or exc.__class__.__name__, error=True)
