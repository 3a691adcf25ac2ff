"""`kehoach export-plan`: the current plan written back as an appendix workbook (.xlsx) that the
plan importer reads back to the same plan."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.domain import KehoachError

if TYPE_CHECKING:
    from ..reports.plan_workbook import PlanWorkbook
    from .store import Store

Progress = Callable[[int, int, str], None]


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


@dataclass
class ExportResult:
    path: Path
    tasks: int
    indicators: int
    sheets: int

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "tasks": self.tasks,
            "indicators": self.indicators,
            "sheets": self.sheets,
        }


def plan_workbook(store: Store) -> PlanWorkbook:
    """The current plan as the workbook's plain data (tasks and targets in plan order)."""
    from sqlmodel import col, select

    from ..db.models import Commune, TaskGroup
    from ..db.raw import raw_connection
    from ..reports.plan_workbook import IndicatorLine, PlanWorkbook, SectionLine, TaskLine
    from .plan import current_plan, list_indicators, list_tasks

    with store.session() as session:
        plan = current_plan(raw_connection(session))
        if plan is None:
            raise KehoachError(
                "Chưa có kế hoạch nào để xuất: hãy nhập kế hoạch (kehoach import) trước."
            )
        commune = session.get(Commune, plan.commune_id)
        groups = session.exec(
            select(TaskGroup)
            .where(TaskGroup.plan_id == plan.id, col(TaskGroup.deleted).is_(False))
            .order_by(col(TaskGroup.sort_order))
        ).all()
        sections = [
            SectionLine(g.code, g.title, g.budget_million, not re.fullmatch(r"PL\d+", g.code))
            for g in groups
        ]
        workbook = PlanWorkbook(
            issuing_body=commune.issuing_body if commune else "",
            commune_name=commune.name if commune else "",
            place_name=commune.place_name if commune else "",
            number=plan.number,
            issued_on=plan.issued_on,
            year=plan.year,
            title=plan.title,
            budget_total_million=plan.budget_total_million,
            sections=sections,
            tasks=[],
            indicators=[],
        )
    workbook.tasks = [
        TaskLine(
            section=t.section,
            code=t.code,
            content=t.content,
            lead_unit=t.lead_unit,
            partner_units=t.partner_units,
            product=t.product,
            deadline_text=t.deadline_text,
            budget_million=t.budget_million,
            note=t.note,
        )
        for t in list_tasks(store)
    ]
    workbook.indicators = [
        IndicatorLine(
            group=i.group,
            code=i.code,
            name=i.name,
            unit=i.unit,
            horizon=i.horizon,
            target_text=i.target_text,
            lead_unit=i.lead_unit,
            partner_units=i.partner_units,
        )
        for i in list_indicators(store)
    ]
    return workbook


def export_plan(store: Store, path: str | Path, progress: Progress = _noop) -> ExportResult:
    """Write the current plan to ``path`` (.xlsx). Raises :class:`KehoachError` when there is no
    plan or the file cannot be written."""
    from ..reports.plan_workbook import write_plan_workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise KehoachError(f"Tệp xuất “{path.name}” phải có đuôi .xlsx")
    progress(0, 2, "Đọc kế hoạch")
    data = plan_workbook(store)
    progress(1, 2, f"Ghi {path.name}")
    try:
        sheets = write_plan_workbook(data, path)
    except OSError as error:
        raise KehoachError(f"Không ghi được tệp “{path}”: {error.strerror or error}") from error
    progress(2, 2, "Xong")
    return ExportResult(path, len(data.tasks), len(data.indicators), sheets)
