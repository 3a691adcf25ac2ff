"""What the main window shows at once: the commune, the plan's tasks, targets and hamlets."""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from ..db.models import Commune
from .dashboard import DueItem, due_this_week
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


def open_for_app(data_dir: str | None, demo_if_empty: bool = True) -> tuple[Store, bool]:
    """Open the store for the desktop app; on first run fill an empty store with the demo."""
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
    daily_backup(store)
    return store, created


def load_overview(store: Store, on: date | None = None) -> Overview:
    on = on or date.today()
    with store.session() as session:
        commune = session.exec(select(Commune)).first()
        plan = current_plan(session)
        commune_name = f"Xã {commune.name}" if commune else "Chưa có xã"
        plan_title = plan.title if plan else ""
        plan_number = plan.number if plan else ""
        is_demo = bool(plan and plan.source_file == "(dữ liệu mẫu)")
    tasks = list_tasks(store)
    status = commune_status(store, on, tasks=tasks)
    return Overview(
        data_dir=str(store.folder),
        commune_name=commune_name,
        plan_title=plan_title,
        plan_number=plan_number,
        is_demo=is_demo,
        on=on,
        tasks=tasks,
        indicators=status.indicators,
        hamlets=status.hamlets,
        warnings=status.warnings,
        due_this_week=due_this_week(store, on, tasks, status.hamlets),
    )
