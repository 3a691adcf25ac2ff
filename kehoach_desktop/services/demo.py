"""`kehoach demo`: fill an empty store with a realistic commune (xã Tà Lài, 2026)."""

import json
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import Session, select

from ..core.deadlines import parse_deadline
from ..core.domain import KehoachError, Metric, WeekState
from ..core.periods import iso_week, week_end, weeks_between
from ..core.text import clean
from ..core.units import unit_key
from ..db.models import (
    Activity,
    Commune,
    CommunityTeam,
    Hamlet,
    HamletFigure,
    HamletWeek,
    Indicator,
    IndicatorValue,
    IssuedDocument,
    Plan,
    Task,
    TaskGroup,
    TaskPartner,
    TaskUpdate,
    TeamMember,
    Unit,
    UnitAlias,
    WeeklyCount,
)
from . import demo_data as data
from .evidence import add_demo_evidence
from .first_run import DEMO_SOURCE
from .store import Store

Progress = Callable[[int, int, str], None]


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


def store_is_empty(session: Session) -> bool:
    return session.exec(select(Commune)).first() is None


def build_demo(
    store: Store, today: date | None = None, progress: Progress = _noop
) -> dict[str, int]:
    """Create the demo commune, plan, hamlets and a year of field data up to ``today``.

    Refuses a store that already holds a commune. Everything is written in one transaction.
    Returns the number of records of each kind.
    """
    today = today or date.today()
    rng = random.Random(57)
    with store.session() as session:
        if not store_is_empty(session):
            raise KehoachError(
                f"Kho dữ liệu {store.folder} đã có dữ liệu; lệnh demo chỉ tạo dữ liệu mẫu "
                "trong kho trống (dùng --data-dir để chọn thư mục khác)."
            )
        progress(0, 5, "Tạo xã, đơn vị và ấp")
        # Without ORM relationships the flush cannot order tables by their foreign keys:
        # flush each layer before the next one refers to it.
        commune = _commune(session)
        session.flush()
        units = _units(session)
        hamlets = _hamlets(session, commune, rng)
        session.flush()
        progress(1, 5, "Tạo kế hoạch, nhiệm vụ và chỉ tiêu")
        plan = _plan(session, commune)
        session.flush()
        tasks = _tasks(session, plan, units, today, rng)
        indicators = _indicators(session, plan, units, today)
        session.flush()
        add_demo_evidence(session, store.folder)
        progress(2, 5, "Tạo số liệu tuần của các ấp")
        counts = _weekly_counts(session, hamlets, today, rng)
        progress(3, 5, "Tạo nhật ký Tổ công nghệ số cộng đồng")
        activities = _activities(session, hamlets, today, rng)
        documents = _documents(session, today)
        progress(4, 5, "Ghi vào kho dữ liệu")
    progress(5, 5, "Xong")
    return {
        "hamlets": len(hamlets),
        "units": len(units),
        "tasks": tasks,
        "indicators": indicators,
        "weekly_counts": counts,
        "activities": activities,
        "documents": documents,
    }


def _commune(session: Session) -> Commune:
    info = dict(data.COMMUNE)
    recipients = info.pop("recipients")
    commune = Commune(**info, recipients_json=json.dumps(recipients, ensure_ascii=False))
    session.add(commune)
    return commune


def _units(session: Session) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for order, (name, short, kind, aliases) in enumerate(data.UNITS):
        unit = Unit(name=name, short_name=short, kind=kind, sort_order=order)
        session.add(unit)
        session.flush()
        units[name] = unit
        seen: set[str] = set()
        for alias in [name, short, *aliases]:
            key = unit_key(alias)
            if key and key not in seen:
                seen.add(key)
                session.add(UnitAlias(unit_id=unit.id, alias=alias, key=key))
    return units


def _person(rng: random.Random) -> str:
    return f"{rng.choice(data.FAMILY_NAMES)} {rng.choice(data.GIVEN_NAMES)}"


def _hamlets(session: Session, commune: Commune, rng: random.Random) -> list[Hamlet]:
    hamlets = []
    for order, (name, population, adults, households) in enumerate(data.HAMLETS):
        hamlet = Hamlet(
            commune_id=commune.id, name=name, code=f"A{order + 1:02d}", sort_order=order
        )
        session.add(hamlet)
        session.flush()
        hamlets.append(hamlet)
        session.add(
            HamletFigure(
                hamlet_id=hamlet.id,
                as_of=date(2026, 1, 1),
                population=population,
                adults=adults,
                households=households,
                vneid_accounts=round(population * rng.uniform(0.55, 0.64)),
                cashless_households=round(households * rng.uniform(0.22, 0.33)),
                source="Công an xã, số liệu dân cư đến 31/12/2025",
            )
        )
        team = CommunityTeam(
            hamlet_id=hamlet.id, decision_number="112/QĐ-UBND", decision_date=date(2026, 3, 20)
        )
        session.add(team)
        session.flush()
        for role_name, role, organisation in data.TEAM_MEMBERS:
            session.add(
                TeamMember(
                    team_id=team.id,
                    name=_person(rng),
                    role=f"{role} ({role_name.lower()})",
                    organisation=organisation,
                    phone=f"09{rng.randrange(10**7, 10**8)}",
                    joined_on=date(2026, 3, 20),
                )
            )
    return hamlets


def _plan(session: Session, commune: Commune) -> Plan:
    info = data.PLAN
    plan = Plan(
        commune_id=commune.id,
        number=info["number"],
        issued_on=date.fromisoformat(info["issued_on"]),
        title=info["title"],
        year=info["year"],
        budget_total_million=Decimal(info["budget_total_million"]),
        source_file=DEMO_SOURCE,
        legal_bases_json=json.dumps(info["legal_bases"], ensure_ascii=False),
    )
    session.add(plan)
    return plan


def _tasks(
    session: Session, plan: Plan, units: dict[str, Unit], today: date, rng: random.Random
) -> int:
    groups = {}
    for order, (code, title, budget) in enumerate(data.SECTIONS):
        group = TaskGroup(
            plan_id=plan.id,
            code=code,
            title=title,
            sort_order=order,
            budget_million=Decimal(budget) if budget else None,
        )
        session.add(group)
        groups[code] = group
    session.flush()
    by_code: dict[tuple[str, str], Task] = {}
    start = datetime.combine(plan.issued_on or date(plan.year, 1, 1), time(9, 0))
    for order, row in enumerate(data.TASKS):
        section, code, content, lead, partners, product, deadline_text, budget, status, pct = row
        deadline = parse_deadline(deadline_text, default_year=plan.year)
        parent = by_code.get((section, code.rsplit(".", 1)[0])) if "." in code else None
        task = Task(
            plan_id=plan.id,
            group_id=groups[section].id,
            parent_id=parent.id if parent else None,
            code=code,
            sort_order=order,
            content=clean(content),
            lead_unit_id=units[lead].id,
            lead_unit_text=lead,
            product=product,
            deadline_text=deadline.text,
            due_date=deadline.due_date,
            recurrence=deadline.recurrence.value if deadline.recurrence else None,
            budget_million=Decimal(budget) if budget else None,
            status=status,
            progress=pct,
        )
        session.add(task)
        session.flush()
        by_code[(section, code)] = task
        for index, partner in enumerate(partners):
            session.add(
                TaskPartner(
                    task_id=task.id,
                    unit_id=units[partner].id,
                    printed_text=partner,
                    sort_order=index,
                )
            )
        _task_history(session, task, start, today, rng)
    return len(data.TASKS)


def _task_history(
    session: Session, task: Task, start: datetime, today: date, rng: random.Random
) -> None:
    """A plausible history of dated updates ending at the task's current status."""
    if task.progress == 0 and task.status == "not_started":
        return
    steps = [p for p in (30, 60) if p < task.progress] + [task.progress]
    span = max((datetime.combine(today, time(16, 0)) - start).days, len(steps))
    previous_status, previous_progress = "not_started", 0
    for index, pct in enumerate(steps):
        final = index == len(steps) - 1
        status = task.status if final else "in_progress"
        at = start + timedelta(days=span * (index + 1) // (len(steps) + 1), hours=rng.randrange(8))
        note = {
            "done": "Đã hoàn thành, có biên bản nghiệm thu kèm theo.",
            "needs_rework": "Minh chứng chưa đạt yêu cầu, đơn vị bổ sung hồ sơ.",
        }.get(status, f"Cập nhật tiến độ: đạt khoảng {pct}% khối lượng công việc.")
        session.add(
            TaskUpdate(
                task_id=task.id,
                at=at,
                author="Phòng Văn hóa - Xã hội",
                status_from=previous_status,
                status_to=status,
                progress_from=previous_progress,
                progress_to=pct,
                note=note,
            )
        )
        previous_status, previous_progress = status, pct


def _indicators(session: Session, plan: Plan, units: dict[str, Unit], today: date) -> int:
    for order, row in enumerate(data.INDICATORS):
        group, name, uom, comparator, value, text, lead, measure, metric, denominator = row
        indicator = Indicator(
            plan_id=plan.id,
            code=str(order + 1),
            group_name=group,
            name=name,
            unit_of_measure=uom,
            comparator=comparator,
            target_value=Decimal(value) if value else None,
            target_text=text,
            horizon=plan.year,
            lead_unit_id=units[lead].id,
            lead_unit_text=lead,
            measure=measure,
            numerator_metric=metric,
            denominator=denominator,
            sort_order=order,
        )
        session.add(indicator)
        session.flush()
        for as_of, val, numerator, denom, source in data.INDICATOR_VALUES.get(order, []):
            if date.fromisoformat(as_of) <= today:
                session.add(
                    IndicatorValue(
                        indicator_id=indicator.id,
                        as_of=date.fromisoformat(as_of),
                        value=Decimal(val),
                        numerator=numerator,
                        denominator=denom,
                        source=source,
                    )
                )
    return len(data.INDICATORS)


def _weekly_counts(session: Session, hamlets: list[Hamlet], today: date, rng: random.Random) -> int:
    """Weekly counts from the second week of the year to the last complete week.

    Older weeks are accepted, the last two submitted; two hamlets fell silent three weeks
    ago, one week was returned for correction and one is still a draft.
    """
    last_week = iso_week(today - timedelta(days=7))
    weeks = [w for w in weeks_between(date(today.year, 1, 5), today) if w <= last_week]
    silent = {hamlets[11].id, hamlets[17].id}
    written = 0
    for index, hamlet in enumerate(hamlets):
        population, adults, households = data.HAMLETS[index][1:4]
        pace = rng.uniform(0.0030, 0.0056)
        hamlet_weeks = weeks[:-3] if hamlet.id in silent else weeks
        for number, week in enumerate(hamlet_weeks):
            vneid = max(0, round(population * pace * rng.uniform(0.5, 1.5)))
            sessions = rng.choice((0, 0, 1, 1, 1, 2))
            values = {
                Metric.VNEID: vneid,
                Metric.VNEID_LEVEL2: round(vneid * rng.uniform(0.45, 0.75)),
                Metric.DVCTT: max(0, round(adults * rng.uniform(0.002, 0.008))),
                Metric.CASHLESS_HOUSEHOLDS: max(0, round(households * rng.uniform(0.0, 0.009))),
                Metric.OUTREACH_SESSIONS: sessions,
                Metric.PEOPLE_REACHED: sessions * rng.randrange(15, 45) + rng.randrange(0, 12),
            }
            for metric, value in values.items():
                session.add(
                    WeeklyCount(hamlet_id=hamlet.id, week=week, metric=metric.value, value=value)
                )
                written += 1
            age = len(weeks) - number
            state, comment = WeekState.ACCEPTED, ""
            if age <= 2:
                state = WeekState.SUBMITTED
            if index == 4 and age == 1:
                state, comment = (
                    WeekState.RETURNED,
                    "Số hộ thanh toán không dùng tiền mặt chưa khớp với danh sách, "
                    "đề nghị kiểm tra lại.",
                )
            if index == 9 and age == 1:
                state = WeekState.DRAFT
            submitted = datetime.combine(week_end(week), time(17, 0))
            session.add(
                HamletWeek(
                    hamlet_id=hamlet.id,
                    week=week,
                    state=state.value,
                    comment=comment,
                    submitted_at=submitted if state != WeekState.DRAFT else None,
                    accepted_at=submitted + timedelta(days=2)
                    if state == WeekState.ACCEPTED
                    else None,
                )
            )
    return written


def _activities(session: Session, hamlets: list[Hamlet], today: date, rng: random.Random) -> int:
    written = 0
    for hamlet in hamlets:
        day = date(today.year, 1, 6)
        while day <= today:
            kind, description, place = rng.choice(data.ACTIVITY_TEMPLATES)
            if place == "Nhà văn hóa ấp":
                place = f"Nhà văn hóa {hamlet.name}"
            feedback = rng.choice(data.FEEDBACK)
            session.add(
                Activity(
                    hamlet_id=hamlet.id,
                    on_date=day,
                    kind=kind,
                    description=description,
                    place=place,
                    members_present=f"{rng.randrange(2, 5)} thành viên",
                    people_reached=rng.randrange(8, 60),
                    feedback=feedback,
                    feedback_forwarded=bool(feedback) and rng.random() < 0.7,
                )
            )
            written += 1
            day += timedelta(days=rng.randrange(10, 20))
    return written


def _documents(session: Session, today: date) -> int:
    written = 0
    for doc_type, number, issued_on, subject in data.DOCUMENTS:
        if date.fromisoformat(issued_on) <= today:
            session.add(
                IssuedDocument(
                    doc_type=doc_type,
                    number=number,
                    issued_on=date.fromisoformat(issued_on),
                    subject=subject,
                )
            )
            written += 1
    return written


# Store facts and the device's sync state survive replacing the demo.
_KEPT_TABLES = {"change_counter", "setting"}
_KEPT_PREFIXES = ("sync_", "inbox_", "outbox_")


def clear_demo(session: Session) -> None:
    """Delete the demo commune and everything of it, in this transaction.

    Used when the officer imports the commune's real plan into the store the app filled with
    the demo on first run: the real plan replaces the demo instead of sitting beside it.
    """
    from sqlalchemy import delete
    from sqlmodel import SQLModel

    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name in _KEPT_TABLES or table.name.startswith(_KEPT_PREFIXES):
            continue
        session.exec(delete(table))  # type: ignore[call-overload]
