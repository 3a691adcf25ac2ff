"""Wires the weekly grid to the services: loads a week, saves edits, moves weeks along."""

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from ...core.counts import default_week, week_label
from ...core.periods import iso_week, week_start
from ..i18n import translate
from ..views.weekly_grid import WeeklyGridPage

ACTION_DONE = {
    "submit": QT_TRANSLATE_NOOP("WeeklyGridController", "Đã gửi tuần {week} của {n} ấp."),
    "accept": QT_TRANSLATE_NOOP("WeeklyGridController", "Đã duyệt (khóa) tuần {week} của {n} ấp."),
    "return": QT_TRANSLATE_NOOP("WeeklyGridController", "Đã trả lại tuần {week} cho {n} ấp."),
    "unlock": QT_TRANSLATE_NOOP(
        "WeeklyGridController", "Đã mở khóa tuần {week} của {n} ấp; lý do được lưu vào lịch sử."
    ),
}
#: After the last edit, wait this long before telling the rest of the app that data changed.
SETTLE_MS = 1500


class WeeklyGridController(QObject):
    """``data_changed`` fires once typing settles (or at once after a week moves)."""

    data_changed = Signal()

    def __init__(self, page: WeeklyGridPage, runner: Any) -> None:
        super().__init__(page)
        self.page = page
        self.runner = runner
        self.store: Any = None
        self.today = date.today()
        self.week = ""
        #: A hamlet device shows its own hamlet's row only (None: every hamlet).
        self.hamlet: str | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.data_changed)
        page.week_changed.connect(self.load)
        page.model.cells_edited.connect(self.save)
        page.action_requested.connect(self.move_week)

    def start(self, store: Any, today: date) -> None:
        """Show the store's weeks, opening on the last complete week the first time."""
        self.store, self.today = store, today
        latest = default_week(today)
        first = date(today.year - 1, 12, 28)  # the last week of the year before, too
        weeks, monday = [], week_start(iso_week(today))
        while monday >= first:
            code = iso_week(monday)
            weeks.append((code, week_label(code)))
            monday -= timedelta(days=7)
        self.page.set_weeks(weeks, self.week or latest, latest)
        self.load(self.week or latest)

    def load(self, week: str) -> None:
        if self.store is None or not week:
            return
        self.week = week
        store, today = self.store, self.today

        def job() -> Any:
            from ...services.tracking import load_week_grid

            return load_week_grid(store, week, today)

        self.runner.run(job, self._show, self._failed)

    def _show(self, grid: Any) -> None:
        if grid.week != self.week:
            return  # an older request answered after the user moved on
        if self.hamlet:
            grid = replace(grid, rows=[r for r in grid.rows if r.hamlet == self.hamlet])
        table = self.page.table
        if table.state() == table.State.EditingState:
            QTimer.singleShot(300, lambda: self._show(grid))  # after the user's edit
            return
        current = table.currentIndex()
        self.page.show_grid(grid)
        if current.isValid():
            table.setCurrentIndex(self.page.model.index(current.row(), current.column()))

    def save(self, edits: dict[str, dict[Any, int | None]]) -> None:
        store, week, today = self.store, self.week, self.today

        def job() -> int:
            from ...services.tracking import set_week_counts

            return set_week_counts(store, week, edits, today)

        def done(changed: int) -> None:
            # The grid already shows the values; reloading it now would reset the model under
            # a user already typing in the next cell. Only the new weeks' state changes.
            self.page.model.mark_saved(list(edits))
            self.page.show_message(
                self.tr("Đã lưu {count} ô số liệu tuần {week}.").format(count=changed, week=week)
            )
            self._settle.start()

        self.runner.run(job, done, self._failed_and_reload)

    def move_week(self, action: str, hamlet_ids: list[str], note: str) -> None:
        store, week = self.store, self.week

        def job() -> Any:
            from ...services.tracking import change_week_state

            return change_week_state(store, action, week, hamlet_ids=hamlet_ids, note=note)

        def done(changes: list[Any]) -> None:
            done_text = translate("WeeklyGridController", ACTION_DONE[action])
            self.page.show_message(done_text.format(week=week, n=len(changes)))
            self.load(week)
            self._settle.stop()
            self.data_changed.emit()

        self.runner.run(job, done, self._failed_and_reload)

    def _failed(self, exc: BaseException) -> None:
        self.page.show_message(str(exc) or exc.__class__.__name__, error=True)

    def _failed_and_reload(self, exc: BaseException) -> None:
        self._failed(exc)
        week = self.week
        QTimer.singleShot(0, lambda: self.load(week))  # show what the store really holds
