"""The tracking pages together: dashboard, weekly grid, activity log, task updates.

The main controller hands over the store and each freshly loaded Overview through
:meth:`TrackingController.show`; ``data_changed`` asks it to load the Overview again after a
task update, an activity, a week moved, or once grid typing has settled.
"""

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..views.main_window import MainWindow
from .activity_controller import ActivityController
from .dashboard_controller import DashboardController
from .task_update_controller import TaskUpdateController
from .weekly_grid_controller import WeeklyGridController


class TrackingController(QObject):
    data_changed = Signal()

    def __init__(self, window: MainWindow, runner: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dashboard = DashboardController(window.dashboard)
        self.weekly_grid = WeeklyGridController(window.hamlets_page, runner)
        self.activities = ActivityController(window.activity_page, runner)
        self.task_updates = TaskUpdateController(window, runner, window.tasks_page.tree)
        window.update_task_button.clicked.connect(self.task_updates.open_selected)
        self._grid_is_fresh = False
        self.weekly_grid.data_changed.connect(self._grid_changed)
        self.activities.data_changed.connect(self.data_changed)
        self.task_updates.data_changed.connect(self.data_changed)

    def _grid_changed(self) -> None:
        # The grid already shows what it wrote: do not reset it under the user's cursor.
        self._grid_is_fresh = True
        self.data_changed.emit()

    def set_hamlet(self, hamlet: str | None, hamlet_device: bool = False) -> None:
        """A hamlet device: the grid and the log show that hamlet only; the office's week
        actions (accept, return, unlock) are not offered."""
        self.weekly_grid.hamlet = hamlet
        self.window.hamlets_page.set_office_actions(not hamlet_device)
        self.activities.hamlet = hamlet

    def show(self, store: Any, overview: Any) -> None:
        self.dashboard.show(overview)
        self.task_updates.store = store
        if self._grid_is_fresh and self.weekly_grid.store is store:
            self._grid_is_fresh = False
        else:
            self.weekly_grid.start(store, overview.on)
        self.activities.start(store, overview.on, [h.name for h in overview.hamlets])
