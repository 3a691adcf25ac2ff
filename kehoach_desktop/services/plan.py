"""Reading the plan: its tasks (in appendix order, with their section) and its targets.

Plain sqlite3 (``Store.read``, or a session's ``db.raw.raw_connection``): the main window
shows these at start-up, before the ORM is imported, if it ever is.
"""

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ..core.domain import DENOMINATOR_LABELS, Comparator, Denominator, Metric
from ..core.metrics import RATE_DEFINITIONS, rate
from ..db.raw import optional_date, optional_decimal
from .store import Store
from .tracking import commune_totals


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


class PlanRow(NamedTuple):
    """The plan's own fields (``db.models.Plan``), as the services read them."""

    id: str
    commune_id: str
    number: str
    issued_on: date | None
    title: str
    year: int
    budget_total_million: Decimal | None
    source_file: str
    legal_bases_json: str


def current_plan(conn: sqlite3.Connection) -> PlanRow | None:
    """The plan being tracked: the newest year's, latest imported."""
    row = conn.execute(
        "SELECT id, commune_id, number, issued_on, title, year, budget_total_million, "
        'source_file, legal_bases_json FROM "plan" WHERE deleted IS 0 '
        "ORDER BY year DESC, created_at DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    plan_id, commune_id, number, issued_on, title, year, budget, source, legal_bases = row
    return PlanRow(
        plan_id,
        commune_id,
        number,
        optional_date(issued_on),
        title,
        year,
        optional_decimal(budget),
        source,
        legal_bases,
    )


def _unit_names(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT id, name FROM unit").fetchall())


class _TaskColumns(NamedTuple):
    """The columns of a ``task`` row a :class:`TaskRow` is made from, as stored."""

    id: str
    group_id: str | None
    parent_id: str | None
    code: str
    content: str
    lead_unit_id: str | None
    lead_unit_text: str
    product: str
    deadline_text: str
    due_date: str | None
    recurrence: str | None
    budget_million: str | None
    status: str
    progress: int
    note: str


def list_tasks(store: Store) -> list[TaskRow]:
    """Every task of the current plan in appendix order, parents before their children."""
    with store.read() as conn:
        plan = current_plan(conn)
        if plan is None:
            return []
        groups: dict[str, tuple[str, str]] = {
            group_id: (code, title)
            for group_id, code, title in conn.execute(
                "SELECT id, code, title FROM task_group WHERE plan_id = ?", (plan.id,)
            )
        }
        tasks = [
            _TaskColumns._make(row)
            for row in conn.execute(
                f"SELECT {', '.join(_TaskColumns._fields)} FROM task "
                "WHERE plan_id = ? AND deleted IS 0 ORDER BY sort_order",
                (plan.id,),
            )
        ]
        partners: dict[str, list[str]] = {}
        for task_id, printed_text in conn.execute(
            "SELECT task_partner.task_id, task_partner.printed_text FROM task_partner "
            "JOIN task ON task.id = task_partner.task_id "
            "WHERE task.plan_id = ? AND task_partner.deleted = 0 "
            "ORDER BY task_partner.sort_order",
            (plan.id,),
        ):
            partners.setdefault(task_id, []).append(printed_text)
        units = _unit_names(conn)
    by_id = {t.id: t for t in tasks}
    code_count: dict[str, int] = {}
    for t in tasks:
        code_count[t.code] = code_count.get(t.code, 0) + 1
    restarts = any(n > 1 for n in code_count.values())
    rows = []
    for t in tasks:
        section, section_title = groups.get(t.group_id or "", ("", ""))
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
                section_title=section_title,
                parent_code=parent.code if parent else None,
                content=t.content,
                lead_unit=t.lead_unit_text or units.get(t.lead_unit_id or "", ""),
                partner_units=partners.get(t.id, []),
                product=t.product,
                deadline_text=t.deadline_text,
                due_date=optional_date(t.due_date),
                recurrence=t.recurrence,
                budget_million=optional_decimal(t.budget_million),
                status=t.status,
                progress=t.progress,
                note=t.note,
                depth=depth,
            )
        )
    return rows


class EnteredValue(NamedTuple):
    """A hand-entered value of a target (``db.models.IndicatorValue``)."""

    id: str
    as_of: date
    value: Decimal | None
    numerator: int | None
    denominator: int | None
    source: str


def latest_values(conn: sqlite3.Connection, plan_id: str, on: date) -> dict[str, EnteredValue]:
    """Each live target's latest entered value on or before ``on``, by target id (the latest
    written wins between two values of one day)."""
    latest: dict[str, EnteredValue] = {}
    for indicator_id, value_id, as_of, value, numerator, denominator, source in conn.execute(
        "SELECT v.indicator_id, v.id, v.as_of, v.value, v.numerator, v.denominator, v.source "
        "FROM indicator_value AS v JOIN indicator ON indicator.id = v.indicator_id "
        "WHERE indicator.plan_id = ? AND indicator.deleted IS 0 AND v.deleted IS 0 "
        "AND v.as_of <= ? ORDER BY v.as_of, v.change_seq",
        (plan_id, on.isoformat()),
    ):
        latest[indicator_id] = EnteredValue(
            value_id,
            date.fromisoformat(as_of),
            optional_decimal(value),
            numerator,
            denominator,
            source,
        )
    return latest


class _IndicatorColumns(NamedTuple):
    """The columns of an ``indicator`` row an :class:`IndicatorRow` is made from, as stored."""

    id: str
    code: str
    group_name: str
    horizon: int | None
    name: str
    unit_of_measure: str
    comparator: str | None
    target_value: str | None
    target_text: str
    lead_unit_id: str | None
    lead_unit_text: str
    partner_units_json: str
    measure: str
    numerator_metric: str | None
    denominator: str | None
    quota: int | None


def list_indicators(store: Store, on: date | None = None) -> list[IndicatorRow]:
    """The current plan's targets with their current value on ``on`` (default: today)."""
    on = on or date.today()
    with store.read() as conn:
        plan = current_plan(conn)
        if plan is None:
            return []
        indicators = [
            _IndicatorColumns._make(row)
            for row in conn.execute(
                f"SELECT {', '.join(_IndicatorColumns._fields)} FROM indicator "
                "WHERE plan_id = ? AND deleted IS 0 ORDER BY sort_order",
                (plan.id,),
            )
        ]
        units = _unit_names(conn)
        entered = latest_values(conn, plan.id, on)
        # The running totals live with the field data (services.tracking), so that commune
        # targets and hamlet rates are computed the same way.
        totals = commune_totals(conn, on)
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
            target_value=optional_decimal(ind.target_value),
            target_text=ind.target_text,
            lead_unit=ind.lead_unit_text or units.get(ind.lead_unit_id or "", ""),
            partner_units=json.loads(ind.partner_units_json or "[]"),
            measure=ind.measure,
            method="",
            current_value=None,
        )
        if ind.measure == "computed" and ind.numerator_metric:
            _fill_computed(row, ind, Metric(ind.numerator_metric), totals)
        else:
            _fill_manual(row, entered.get(ind.id))
        rows.append(row)
    return rows


def _fill_computed(
    row: IndicatorRow, ind: _IndicatorColumns, metric: Metric, totals: dict[str, int]
) -> None:
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


def _fill_manual(row: IndicatorRow, value: EnteredValue | None) -> None:
    row.method = "Số liệu nhập theo kỳ"
    if value is not None:
        row.current_value = value.value
        row.numerator = value.numerator
        row.denominator = value.denominator
        row.as_of = value.as_of
        row.source = value.source


def count_totals(
    conn: sqlite3.Connection, up_to_week: str, since_week: str = ""
) -> dict[tuple[str, str], int]:
    """Sum of weekly counts per (hamlet_id, metric) for weeks in [since_week, up_to_week]."""
    return {
        (hamlet_id, metric): int(total or 0)
        for hamlet_id, metric, total in conn.execute(
            "SELECT hamlet_id, metric, sum(value) FROM weekly_count "
            "WHERE week <= ? AND deleted IS 0 AND week >= ? GROUP BY hamlet_id, metric",
            (up_to_week, since_week),
        )
    }
