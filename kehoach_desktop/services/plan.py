"""Reading the plan: its tasks (in appendix order, with their section) and its targets."""

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..core.domain import DENOMINATOR_LABELS, Comparator, Denominator, Metric
from ..core.metrics import RATE_DEFINITIONS, rate
from ..db.models import (
    HamletFigure,
    Indicator,
    IndicatorValue,
    Plan,
    Task,
    TaskGroup,
    TaskPartner,
    Unit,
    WeeklyCount,
)
from .store import Store


@dataclass
class TaskRow:
    id: str
    code: str
    ref: str
    section: str
    section_title: str
    parent_code: str | None
    content: str
    lead_unit: str
    partner_units: list[str]
    product: str
    deadline_text: str
    due_date: date | None
    recurrence: str | None
    budget_million: Decimal | None
    status: str
    progress: int
    note: str
    depth: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "ref": self.ref,
            "section": self.section,
            "section_title": self.section_title,
            "parent_code": self.parent_code,
            "content": self.content,
            "lead_unit": self.lead_unit,
            "partner_units": self.partner_units,
            "product": self.product,
            "deadline_text": self.deadline_text,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "recurrence": self.recurrence,
            "budget_million": self.budget_million,
            "status": self.status,
            "progress": self.progress,
            "note": self.note,
        }


@dataclass
class IndicatorRow:
    id: str
    code: str
    group: str
    horizon: int | None
    name: str
    unit: str
    comparator: str | None
    target_value: Decimal | None
    target_text: str
    lead_unit: str
    partner_units: list[str]
    measure: str
    method: str
    current_value: Decimal | None
    numerator: int | None = None
    denominator: int | None = None
    as_of: date | None = None
    source: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def achieved(self) -> bool | None:
        """Đạt (True) / chưa đạt (False) / chưa có số liệu or text-only target (None)."""
        if self.current_value is None or self.target_value is None or not self.comparator:
            return None
        if self.comparator == Comparator.AT_LEAST:
            return self.current_value >= self.target_value
        if self.comparator == Comparator.AT_MOST:
            return self.current_value <= self.target_value
        return self.current_value == self.target_value

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "group": self.group,
            "horizon": self.horizon,
            "name": self.name,
            "unit": self.unit,
            "comparator": self.comparator,
            "target_value": self.target_value,
            "target_text": self.target_text,
            "lead_unit": self.lead_unit,
            "partner_units": self.partner_units,
            "measure": self.measure,
            "method": self.method,
            "current_value": self.current_value,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "achieved": self.achieved,
        }


def current_plan(session: Session) -> Plan | None:
    """The plan being tracked: the newest year's, latest imported."""
    return session.exec(
        select(Plan)
        .where(col(Plan.deleted).is_(False))
        .order_by(col(Plan.year).desc(), col(Plan.created_at).desc())
    ).first()


def _unit_names(session: Session) -> dict[str, str]:
    return {u.id: u.name for u in session.exec(select(Unit))}


def list_tasks(store: Store) -> list[TaskRow]:
    """Every task of the current plan in appendix order, parents before their children."""
    with store.session() as session:
        plan = current_plan(session)
        if plan is None:
            return []
        groups = {
            g.id: g for g in session.exec(select(TaskGroup).where(TaskGroup.plan_id == plan.id))
        }
        tasks = session.exec(
            select(Task)
            .where(Task.plan_id == plan.id, col(Task.deleted).is_(False))
            .order_by(col(Task.sort_order))
        ).all()
        partners: dict[str, list[str]] = {}
        for partner in session.exec(
            select(TaskPartner)
            .join(Task, col(Task.id) == col(TaskPartner.task_id))
            .where(Task.plan_id == plan.id)
            .order_by(col(TaskPartner.sort_order))
        ):
            partners.setdefault(partner.task_id, []).append(partner.printed_text)
        units = _unit_names(session)
        by_id = {t.id: t for t in tasks}
        code_count: dict[str, int] = {}
        for t in tasks:
            code_count[t.code] = code_count.get(t.code, 0) + 1
        restarts = any(n > 1 for n in code_count.values())
        rows = []
        for t in tasks:
            group = groups.get(t.group_id or "")
            section = group.code if group else ""
            parent = by_id.get(t.parent_id or "")
            depth = 0
            walker = parent
            while walker is not None:
                depth += 1
                walker = by_id.get(walker.parent_id or "")
            rows.append(
                TaskRow(
                    id=t.id,
                    code=t.code,
                    ref=f"{section}.{t.code}" if restarts and section else t.code,
                    section=section,
                    section_title=group.title if group else "",
                    parent_code=parent.code if parent else None,
                    content=t.content,
                    lead_unit=t.lead_unit_text or units.get(t.lead_unit_id or "", ""),
                    partner_units=partners.get(t.id, []),
                    product=t.product,
                    deadline_text=t.deadline_text,
                    due_date=t.due_date,
                    recurrence=t.recurrence,
                    budget_million=t.budget_million,
                    status=t.status,
                    progress=t.progress,
                    note=t.note,
                    depth=depth,
                )
            )
        return rows


def list_indicators(store: Store, on: date | None = None) -> list[IndicatorRow]:
    """The current plan's targets with their current value on ``on`` (default: today)."""
    on = on or date.today()
    with store.session() as session:
        plan = current_plan(session)
        if plan is None:
            return []
        indicators = session.exec(
            select(Indicator)
            .where(Indicator.plan_id == plan.id, col(Indicator.deleted).is_(False))
            .order_by(col(Indicator.sort_order))
        ).all()
        units = _unit_names(session)
        commune_totals = _commune_totals(session, on)
        rows = []
        for ind in indicators:
            row = IndicatorRow(
                id=ind.id,
                code=ind.code,
                group=ind.group_name,
                horizon=ind.horizon,
                name=ind.name,
                unit=ind.unit_of_measure,
                comparator=ind.comparator,
                target_value=ind.target_value,
                target_text=ind.target_text,
                lead_unit=ind.lead_unit_text or units.get(ind.lead_unit_id or "", ""),
                partner_units=json.loads(ind.partner_units_json or "[]"),
                measure=ind.measure,
                method="",
                current_value=None,
            )
            if ind.measure == "computed" and ind.numerator_metric:
                _fill_computed(row, ind, commune_totals)
            else:
                _fill_manual(session, row, ind, on)
            rows.append(row)
        return rows


def _fill_computed(row: IndicatorRow, ind: Indicator, totals: dict[str, int]) -> None:
    metric = Metric(ind.numerator_metric)
    definition = RATE_DEFINITIONS.get(metric)
    denominator_kind = ind.denominator or (definition.denominator if definition else None)
    numerator = totals.get(metric.value, 0)
    if definition and definition.baseline:
        numerator += totals.get(f"baseline:{definition.baseline}", 0)
    if denominator_kind == "quota":
        denominator = ind.quota
    else:
        denominator = totals.get(f"denominator:{denominator_kind}")
    row.numerator = numerator
    row.denominator = denominator
    row.current_value = rate(numerator, denominator)
    if denominator_kind:
        numerator_label = definition.numerator_label if definition else metric.label
        row.method = f"{numerator_label} / {DENOMINATOR_LABELS[Denominator(denominator_kind)]}"
    row.source = "Tính từ số liệu các ấp"


def _fill_manual(session: Session, row: IndicatorRow, ind: Indicator, on: date) -> None:
    value = session.exec(
        select(IndicatorValue)
        .where(
            IndicatorValue.indicator_id == ind.id,
            col(IndicatorValue.as_of) <= on,
            col(IndicatorValue.deleted).is_(False),
        )
        .order_by(col(IndicatorValue.as_of).desc())
    ).first()
    row.method = "Số liệu nhập theo kỳ"
    if value is not None:
        row.current_value = value.value
        row.numerator = value.numerator
        row.denominator = value.denominator
        row.as_of = value.as_of
        row.source = value.source


def latest_figures(session: Session, on: date) -> dict[str, HamletFigure]:
    """Each hamlet's newest dated figures on or before ``on``."""
    figures: dict[str, HamletFigure] = {}
    for figure in session.exec(
        select(HamletFigure)
        .where(col(HamletFigure.as_of) <= on, col(HamletFigure.deleted).is_(False))
        .order_by(col(HamletFigure.as_of))
    ):
        figures[figure.hamlet_id] = figure
    return figures


def count_totals(
    session: Session, up_to_week: str, since_week: str = ""
) -> dict[tuple[str, str], int]:
    """Sum of weekly counts per (hamlet_id, metric) for weeks in [since_week, up_to_week]."""
    query = (
        select(WeeklyCount.hamlet_id, WeeklyCount.metric, func.sum(WeeklyCount.value))
        .where(col(WeeklyCount.week) <= up_to_week, col(WeeklyCount.deleted).is_(False))
        .group_by(WeeklyCount.hamlet_id, WeeklyCount.metric)
    )
    if since_week:
        query = query.where(col(WeeklyCount.week) >= since_week)
    return {(h, m): int(v or 0) for h, m, v in session.exec(query)}


def _commune_totals(session: Session, on: date) -> dict[str, int]:
    # The running totals and dated figures live with the field data (services.tracking), so
    # that commune targets and hamlet rates are computed the same way.
    from .tracking import commune_totals

    return commune_totals(session, on)
