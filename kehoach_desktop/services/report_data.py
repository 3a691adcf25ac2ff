"""What a periodic report says, read from the store as plain data for one period.

Everything is seen as it stood at the end of the period's data window: a task's status and
progress come from its dated history (the last update on or before that day), counts from the
hamlet weeks up to the week holding that day, hand-entered targets from their latest value on
or before it. Later changes therefore do not alter the report of a closed period.

A week belongs to the period whose last day falls in it or after it: the weeks of a window are
those after the week holding the day before the window starts, up to the week holding its last
day. Consecutive windows thus share no week, and a running total at the end of a window is the
running total at the end of the previous one plus the window's counts.
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import Session, col, select

from ..core.domain import KehoachError, Metric, TaskStatus
from ..core.metrics import RATE_DEFINITIONS, rate
from ..core.periods import Period, iso_week
from ..db.models import (
    Activity,
    Commune,
    Evidence,
    Indicator,
    IndicatorValue,
    IssuedDocument,
    TaskGroup,
    TaskUpdate,
)
from ..db.raw import raw_connection
from .plan import IndicatorRow, TaskRow, count_totals, current_plan, list_indicators
from .plan import list_tasks as plan_tasks
from .store import Store
from .tracking import hamlet_figures, last_submitted_weeks, live_hamlets

#: Hamlet metrics of the report's hamlet table, in its column order.
HAMLET_TABLE_METRICS = (Metric.VNEID, Metric.DVCTT, Metric.CASHLESS_HOUSEHOLDS)


@dataclass
class CommuneInfo:
    name: str
    issuing_body: str
    parent_body: str
    place_name: str
    signer_authority: str
    signer_title: str
    signer_name: str
    recipients: list[str]
    office_unit_short: str


@dataclass
class PlanInfo:
    number: str
    issued_on: date | None
    title: str
    year: int
    legal_bases: list[str]
    budget_total_million: Decimal | None = None


@dataclass
class IssuedDocumentRow:
    doc_type: str
    number: str
    issued_on: date | None
    subject: str


@dataclass
class TaskUpdateRow:
    on: date
    note: str
    status_to: str | None
    progress_from: int | None
    progress_to: int | None


@dataclass
class EvidenceRow:
    file_name: str
    review_state: str
    on: date


@dataclass
class TaskProgress:
    """A task as it stood at the end of the window, with what happened to it inside it."""

    task: TaskRow
    status: str
    progress: int
    updates: list[TaskUpdateRow]  # inside the window, oldest first
    evidence: list[EvidenceRow]  # attached up to the end of the window


@dataclass
class GroupProgress:
    code: str
    title: str
    tasks: list[TaskProgress]

    def count(self, status: str) -> int:
        return sum(1 for t in self.tasks if t.status == status)


@dataclass
class IndicatorProgress:
    """A target at the end of the window (``row``, as :func:`list_indicators` gives it) and
    what the window itself contributed: the counts logged in it (computed targets) or the
    value entered in it (hand-entered ones)."""

    row: IndicatorRow
    period_count: int | None = None
    period_value: Decimal | None = None
    period_numerator: int | None = None
    period_denominator: int | None = None


@dataclass
class HamletProgress:
    id: str
    name: str
    population: int | None
    adults: int | None
    households: int | None
    in_period: dict[str, int]
    running: dict[str, int]  # baseline before logging + every count of the year so far
    last_submitted_week: str | None = None

    def rate(self, metric: Metric) -> Decimal | None:
        definition = RATE_DEFINITIONS[metric]
        return rate(self.running[metric.value], getattr(self, definition.denominator.value))


@dataclass
class MonthActivity:
    on: date
    kind: str
    description: str
    place: str
    people_reached: int
    feedback: str
    feedback_forwarded: bool


@dataclass
class ReportData:
    period: Period
    commune: CommuneInfo
    plan: PlanInfo | None
    documents: list[IssuedDocumentRow]
    groups: list[GroupProgress]
    indicators: list[IndicatorProgress]
    hamlets: list[HamletProgress]
    next_period: Period | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def tasks(self) -> list[TaskProgress]:
        return [t for g in self.groups for t in g.tasks]

    @property
    def late(self) -> list[TaskProgress]:
        """Tasks past their deadline on the last day of the window and not done."""
        end = self.period.end
        return [
            t
            for t in self.tasks
            if t.task.due_date is not None
            and t.task.due_date <= end
            and t.status != TaskStatus.DONE
            and not _has_children(t, self.tasks)
        ]

    @property
    def silent_hamlets(self) -> list[HamletProgress]:
        """Hamlets whose last submitted week is two or more weeks before the window's end."""
        cutoff = iso_week(self.period.end - timedelta(days=14))
        return [
            h
            for h in self.hamlets
            if h.last_submitted_week is None or h.last_submitted_week <= cutoff
        ]


def _has_children(task: TaskProgress, tasks: list[TaskProgress]) -> bool:
    """A parent task ("1" above "1.1", "1.2") is judged through its sub-tasks."""
    return any(
        t.task.parent_code == task.task.code and t.task.section == task.task.section for t in tasks
    )


def window_weeks(period: Period) -> tuple[str, str]:
    """The first and last ISO week of the period's window (see the module's docstring)."""
    before = period.start - timedelta(days=1)
    first_monday = before - timedelta(days=before.weekday()) + timedelta(days=7)
    return iso_week(first_monday), iso_week(period.end)


def commune_info(session: Session) -> CommuneInfo | None:
    commune = session.exec(select(Commune).where(col(Commune.deleted).is_(False))).first()
    if commune is None:
        return None
    return CommuneInfo(
        name=commune.name,
        issuing_body=commune.issuing_body or f"ỦY BAN NHÂN DÂN XÃ {commune.name.upper()}",
        parent_body=commune.parent_body,
        place_name=commune.place_name or commune.name,
        signer_authority=commune.signer_authority,
        signer_title=commune.signer_title,
        signer_name=commune.signer_name,
        recipients=list(json.loads(commune.recipients_json or "[]")),
        office_unit_short=commune.office_unit_short or "VHXH",
    )


def load_report_data(store: Store, period: Period, next_period: Period | None = None) -> ReportData:
    """Everything the periodic report of ``period`` prints, as plain data."""
    end_moment = datetime.combine(period.end, time.max)
    start_moment = datetime.combine(period.start, time.min)
    tasks = plan_tasks(store)
    indicators = list_indicators(store, period.end)
    with store.session() as session:
        commune = commune_info(session)
        if commune is None:
            raise KehoachError(
                "Kho dữ liệu chưa có thông tin xã: hãy nhập kế hoạch hoặc chạy kehoach demo."
            )
        plan = current_plan(raw_connection(session))
        plan_info = (
            PlanInfo(
                number=plan.number,
                issued_on=plan.issued_on,
                title=plan.title,
                year=plan.year,
                legal_bases=list(json.loads(plan.legal_bases_json or "[]")),
                budget_total_million=plan.budget_total_million,
            )
            if plan is not None
            else None
        )
        documents = [
            IssuedDocumentRow(d.doc_type, d.number, d.issued_on, d.subject)
            for d in session.exec(
                select(IssuedDocument)
                .where(
                    col(IssuedDocument.deleted).is_(False),
                    col(IssuedDocument.issued_on) >= period.start,
                    col(IssuedDocument.issued_on) <= period.end,
                )
                .order_by(col(IssuedDocument.issued_on), col(IssuedDocument.number))
            )
        ]
        groups = _groups(session, plan.id if plan else None, tasks, start_moment, end_moment)
        progress = _indicator_progress(session, indicators, period)
        hamlets = _hamlets(session, period)
    return ReportData(
        period=period,
        commune=commune,
        plan=plan_info,
        documents=documents,
        groups=groups,
        indicators=progress,
        hamlets=hamlets,
        next_period=next_period,
    )


@dataclass(frozen=True)
class _Update:
    task_id: str
    at: datetime
    note: str
    status_to: str | None
    progress_from: int | None
    progress_to: int | None


def _groups(
    session: Session,
    plan_id: str | None,
    tasks: list[TaskRow],
    start: datetime,
    end: datetime,
) -> list[GroupProgress]:
    if plan_id is None:
        return []
    ids = [t.id for t in tasks]
    history: dict[str, list[_Update]] = {}
    for fields in session.exec(
        select(  # type: ignore[call-overload]  # sqlmodel types select() up to 4 columns
            TaskUpdate.task_id,
            TaskUpdate.at,
            TaskUpdate.note,
            TaskUpdate.status_to,
            TaskUpdate.progress_from,
            TaskUpdate.progress_to,
        )
        .where(col(TaskUpdate.task_id).in_(ids), col(TaskUpdate.deleted).is_(False))
        .order_by(col(TaskUpdate.at), col(TaskUpdate.created_at))
    ):
        update = _Update(*fields)
        history.setdefault(update.task_id, []).append(update)
    evidence: dict[str, list[EvidenceRow]] = {}
    for file_name, review_state, task_id, at in session.exec(
        select(Evidence.file_name, Evidence.review_state, TaskUpdate.task_id, TaskUpdate.at)
        .join(TaskUpdate, col(TaskUpdate.id) == col(Evidence.task_update_id))
        .where(col(Evidence.deleted).is_(False), col(TaskUpdate.at) <= end)
        .order_by(col(TaskUpdate.at), col(Evidence.file_name))
    ):
        evidence.setdefault(task_id, []).append(EvidenceRow(file_name, review_state, at.date()))
    groups: dict[str, GroupProgress] = {}
    for code, title in session.exec(
        select(TaskGroup.code, TaskGroup.title)
        .where(TaskGroup.plan_id == plan_id, col(TaskGroup.deleted).is_(False))
        .order_by(col(TaskGroup.sort_order))
    ):
        groups[code] = GroupProgress(code, title, [])
    for row in tasks:
        entries = history.get(row.id, [])
        status, progress = _state_at(row, entries, end)
        inside = [
            TaskUpdateRow(u.at.date(), u.note, u.status_to, u.progress_from, u.progress_to)
            for u in entries
            if start <= u.at <= end
        ]
        group = groups.setdefault(row.section, GroupProgress(row.section, row.section_title, []))
        group.tasks.append(TaskProgress(row, status, progress, inside, evidence.get(row.id, [])))
    return [g for g in groups.values() if g.tasks]


def _state_at(task: TaskRow, history: list[_Update], end: datetime) -> tuple[str, int]:
    """A task's status and progress at ``end``: from its last update until then; a task with
    no history at all keeps what the plan or the officer set (an imported status)."""
    if not history:
        return task.status, task.progress
    status, progress = TaskStatus.NOT_STARTED.value, 0
    for update in history:
        if update.at > end:
            break
        if update.status_to:
            status = update.status_to
        if update.progress_to is not None:
            progress = update.progress_to
    return status, progress


def _indicator_progress(
    session: Session, rows: list[IndicatorRow], period: Period
) -> list[IndicatorProgress]:
    first_week, last_week = window_weeks(period)
    totals: dict[str, int] = {}
    in_window = count_totals(raw_connection(session), last_week, first_week)
    for (_hamlet, name), count in in_window.items():
        totals[name] = totals.get(name, 0) + count
    metrics: dict[str, str | None] = dict(
        session.exec(
            select(Indicator.id, Indicator.numerator_metric).where(
                col(Indicator.id).in_([r.id for r in rows])
            )
        ).all()
    )
    entered: dict[str, IndicatorValue] = {}
    for found in session.exec(
        select(IndicatorValue)
        .where(
            col(IndicatorValue.indicator_id).in_([r.id for r in rows]),
            col(IndicatorValue.deleted).is_(False),
            col(IndicatorValue.as_of) >= period.start,
            col(IndicatorValue.as_of) <= period.end,
        )
        .order_by(col(IndicatorValue.as_of))
    ):
        entered[found.indicator_id] = found  # the latest of the window wins
    result = []
    for row in rows:
        item = IndicatorProgress(row)
        if row.measure == "computed":
            metric = metrics.get(row.id)
            if metric:
                item.period_count = totals.get(metric, 0)
        elif (entry := entered.get(row.id)) is not None:
            item.period_value = entry.value
            item.period_numerator = entry.numerator
            item.period_denominator = entry.denominator
        result.append(item)
    return result


def _hamlets(session: Session, period: Period) -> list[HamletProgress]:
    """Each hamlet's counts in the window and its running totals and denominators at its end,
    the latter as the targets compute them (services.tracking), so that the hamlet table's
    totals are the targets' numerators and denominators."""
    first_week, last_week = window_weeks(period)
    conn = raw_connection(session)
    in_period = count_totals(conn, last_week, first_week)
    running = hamlet_figures(conn, period.end)
    submitted = last_submitted_weeks(conn, last_week)
    result = []
    for hamlet in live_hamlets(conn):
        figures = running.get(hamlet.id)
        result.append(
            HamletProgress(
                id=hamlet.id,
                name=hamlet.name,
                population=figures.figure("population") if figures else None,
                adults=figures.figure("adults") if figures else None,
                households=figures.figure("households") if figures else None,
                in_period={m.value: in_period.get((hamlet.id, m.value), 0) for m in Metric},
                running={
                    m.value: figures.totals.get(m.value, 0) if figures else 0 for m in Metric
                },  # fmt: skip
                last_submitted_week=submitted.get(hamlet.id),
            )
        )
    return result


def month_activities(
    session: Session, hamlet_id: str, start: date, end: date
) -> list[MonthActivity]:
    """A hamlet team's activity log between two days (both included), oldest first."""
    return [
        MonthActivity(
            a.on_date,
            a.kind,
            a.description,
            a.place,
            a.people_reached,
            a.feedback,
            a.feedback_forwarded,
        )
        for a in session.exec(
            select(Activity)
            .where(
                Activity.hamlet_id == hamlet_id,
                col(Activity.deleted).is_(False),
                col(Activity.on_date) >= start,
                col(Activity.on_date) <= end,
            )
            .order_by(col(Activity.on_date))
        )
    ]
