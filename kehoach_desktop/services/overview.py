"""What the main window shows at once: the commune, the plan's tasks, targets and hamlets.

The app loads this on start-up with plain sqlite3 reads (services.plan, status, dashboard),
all in one read transaction, so that the window shows before — and without — the ORM being
imported (importing sqlmodel alone takes longer than the whole load).
"""

from dataclasses import dataclass, field
from datetime import date

from .dashboard import DueItem, due_this_week
from .first_run import DEMO_SOURCE
from .plan import IndicatorRow, TaskRow, current_plan, list_tasks
from .status import HamletStatus, Warning, commune_status
from .store import Store, open_store


@dataclass
class Overview:
    data_dir: str
    commune_name: str
    plan_title: str
    plan_number: str
    is_demo: bool
    on: date
    tasks: list[TaskRow]
    indicators: list[IndicatorRow]
    hamlets: list[HamletStatus]
    warnings: list[Warning] = field(default_factory=list)
    due_this_week: list[DueItem] = field(default_factory=list)

    @property
    def late_tasks(self) -> list[TaskRow]:
        return [t for t in self.tasks if t.due_date and t.due_date < self.on and t.status != "done"]


def open_for_app(
    data_dir: str | None, demo_if_empty: bool = True, backup: bool = True
) -> tuple[Store, bool]:
    """Open the store for the desktop app; on first run fill an empty store with the demo.

    With ``backup`` the day's backup is made here too; the app may leave it (``False``) to a
    job of its own after the window shows.
    """
    from .backups import daily_backup

    store = open_store(data_dir)
    created = False
    if demo_if_empty:
        with store.read() as conn:
            empty = conn.execute("SELECT count(*) FROM commune").fetchone()[0] == 0
        if empty:
            from .demo import build_demo

            build_demo(store)
            created = True
    if backup:
        daily_backup(store)
    return store, created


def load_overview(store: Store, on: date | None = None) -> Overview:
    on = on or date.today()
    # The reads below share this connection (see Store.read): one state of the store.
    with store.read() as conn:
        commune = conn.execute("SELECT name FROM commune LIMIT 1").fetchone()
        plan = current_plan(conn)
        tasks = list_tasks(store)
        status = commune_status(store, on, tasks=tasks)
        due = due_this_week(store, on, tasks, status.hamlets)
    return Overview(
        data_dir=str(store.folder),
        commune_name=f"Xã {commune[0]}" if commune else "Chưa có xã",
        plan_title=plan.title if plan else "",
        plan_number=plan.number if plan else "",
        is_demo=bool(plan and plan.source_file == DEMO_SOURCE),
        on=on,
        tasks=tasks,
        indicators=status.indicators,
        hamlets=status.hamlets,
        warnings=status.warnings,
        due_this_week=due,
    )
