"""The store's tables (SPEC §2). Every record has a client-generated UUID, created/updated
times, a local change sequence (for sync) and a tombstone flag; deletes are tombstones.

No ``from __future__ import annotations`` here: sqlmodel reads the annotations at run time.
Enumerated columns hold the string values of the enums in ``core.domain``. Times are naive
UTC (SQLite keeps no zone).
"""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from pydantic import NaiveDatetime
from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import DecimalText


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Record(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: NaiveDatetime = Field(default_factory=utcnow)
    updated_at: NaiveDatetime = Field(default_factory=utcnow)
    change_seq: int = Field(default=0, index=True)
    deleted: bool = Field(default=False)


def decimal_column() -> Column:  # type: ignore[type-arg]
    return Column(DecimalText(), nullable=True)


class Commune(Record, table=True):
    __tablename__ = "commune"
    name: str
    province: str = ""
    issuing_body: str = ""
    parent_body: str = ""
    place_name: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients_json: str = "[]"
    office_unit_short: str = "VHXH"


class Hamlet(Record, table=True):
    __tablename__ = "hamlet"
    commune_id: str = Field(foreign_key="commune.id", index=True)
    name: str
    code: str = ""
    sort_order: int = 0


class HamletFigure(Record, table=True):
    """Dated denominators and baselines: denominators change during the year."""

    __tablename__ = "hamlet_figure"
    hamlet_id: str = Field(foreign_key="hamlet.id", index=True)
    as_of: date
    population: int | None = None
    adults: int | None = None
    households: int | None = None
    vneid_accounts: int | None = None
    cashless_households: int | None = None
    source: str = ""


class CommunityTeam(Record, table=True):
    """A hamlet's Tổ công nghệ số cộng đồng and the decision that set it up."""

    __tablename__ = "community_team"
    hamlet_id: str = Field(foreign_key="hamlet.id", index=True)
    decision_number: str = ""
    decision_date: date | None = None


class TeamMember(Record, table=True):
    __tablename__ = "team_member"
    team_id: str = Field(foreign_key="community_team.id", index=True)
    name: str
    role: str = ""
    organisation: str = ""
    phone: str = ""
    joined_on: date | None = None


class Unit(Record, table=True):
    __tablename__ = "unit"
    name: str
    short_name: str = ""
    kind: str = ""
    sort_order: int = 0


class UnitAlias(Record, table=True):
    __tablename__ = "unit_alias"
    __table_args__ = (UniqueConstraint("key"),)
    unit_id: str = Field(foreign_key="unit.id", index=True)
    alias: str
    key: str


class Plan(Record, table=True):
    __tablename__ = "plan"
    commune_id: str = Field(foreign_key="commune.id", index=True)
    number: str = ""
    issued_on: date | None = None
    title: str = ""
    year: int
    budget_total_million: Decimal | None = Field(default=None, sa_column=decimal_column())
    source_file: str = ""
    legal_bases_json: str = "[]"


class TaskGroup(Record, table=True):
    """A section of the task appendix ("II. CHUYỂN ĐỔI SỐ")."""

    __tablename__ = "task_group"
    plan_id: str = Field(foreign_key="plan.id", index=True)
    code: str
    title: str
    sort_order: int = 0
    budget_million: Decimal | None = Field(default=None, sa_column=decimal_column())


class Task(Record, table=True):
    __tablename__ = "task"
    plan_id: str = Field(foreign_key="plan.id", index=True)
    group_id: str | None = Field(default=None, foreign_key="task_group.id", index=True)
    parent_id: str | None = Field(default=None, foreign_key="task.id", index=True)
    code: str
    sort_order: int = 0
    content: str
    lead_unit_id: str | None = Field(default=None, foreign_key="unit.id", index=True)
    lead_unit_text: str = ""
    product: str = ""
    deadline_text: str = ""
    due_date: date | None = None
    recurrence: str | None = None
    budget_million: Decimal | None = Field(default=None, sa_column=decimal_column())
    status: str = "not_started"
    progress: int = 0
    note: str = ""


class TaskPartner(Record, table=True):
    __tablename__ = "task_partner"
    task_id: str = Field(foreign_key="task.id", index=True)
    unit_id: str | None = Field(default=None, foreign_key="unit.id")
    printed_text: str
    sort_order: int = 0


class TaskUpdate(Record, table=True):
    """One dated entry of a task's history: who changed what, and why."""

    __tablename__ = "task_update"
    task_id: str = Field(foreign_key="task.id", index=True)
    at: NaiveDatetime = Field(default_factory=utcnow)
    author: str = ""
    status_from: str | None = None
    status_to: str | None = None
    progress_from: int | None = None
    progress_to: int | None = None
    note: str = ""


class Indicator(Record, table=True):
    __tablename__ = "indicator"
    plan_id: str = Field(foreign_key="plan.id", index=True)
    code: str
    group_name: str = ""
    name: str
    unit_of_measure: str = ""
    comparator: str | None = None
    target_value: Decimal | None = Field(default=None, sa_column=decimal_column())
    target_text: str = ""
    horizon: int | None = None
    lead_unit_id: str | None = Field(default=None, foreign_key="unit.id")
    lead_unit_text: str = ""
    partner_units_json: str = "[]"
    # "computed" from hamlet counts (numerator metric ÷ denominator × 100) or "manual".
    measure: str = "manual"
    numerator_metric: str | None = None
    denominator: str | None = None
    quota: int | None = None
    sort_order: int = 0


class IndicatorValue(Record, table=True):
    """A hand-entered value of an indicator for a period, with its source."""

    __tablename__ = "indicator_value"
    indicator_id: str = Field(foreign_key="indicator.id", index=True)
    as_of: date
    value: Decimal | None = Field(default=None, sa_column=decimal_column())
    numerator: int | None = None
    denominator: int | None = None
    source: str = ""
    note: str = ""


class Evidence(Record, table=True):
    """A file kept in the data folder by content hash, attached to an update or a value."""

    __tablename__ = "evidence"
    sha256: str = Field(index=True)
    file_name: str
    size: int = 0
    task_update_id: str | None = Field(default=None, foreign_key="task_update.id", index=True)
    indicator_value_id: str | None = Field(default=None, foreign_key="indicator_value.id")
    activity_id: str | None = Field(default=None, foreign_key="activity.id")
    review_state: str = "pending"
    review_reason: str = ""
    reviewed_at: NaiveDatetime | None = None
    reviewed_by: str = ""


class WeeklyCount(Record, table=True):
    """One value per (hamlet, ISO week, metric): the natural key is unique."""

    __tablename__ = "weekly_count"
    __table_args__ = (UniqueConstraint("hamlet_id", "week", "metric"),)
    hamlet_id: str = Field(foreign_key="hamlet.id")
    week: str = Field(index=True)
    metric: str
    value: int = 0


class HamletWeek(Record, table=True):
    """The state of a hamlet's week: draft → submitted → accepted (locked) or returned."""

    __tablename__ = "hamlet_week"
    __table_args__ = (UniqueConstraint("hamlet_id", "week"),)
    hamlet_id: str = Field(foreign_key="hamlet.id")
    week: str = Field(index=True)
    state: str = "draft"
    comment: str = ""
    submitted_at: NaiveDatetime | None = None
    accepted_at: NaiveDatetime | None = None


class Activity(Record, table=True):
    """An entry of the Tổ CNSCĐ's activity log."""

    __tablename__ = "activity"
    hamlet_id: str = Field(foreign_key="hamlet.id", index=True)
    on_date: date = Field(index=True)
    kind: str = "other"
    description: str = ""
    place: str = ""
    members_present: str = ""
    people_reached: int = 0
    feedback: str = ""
    feedback_forwarded: bool = False


class IssuedDocument(Record, table=True):
    """The commune's register of documents it issued (for "Công tác chỉ đạo, điều hành")."""

    __tablename__ = "issued_document"
    doc_type: str = ""
    number: str = ""
    issued_on: date | None = None
    subject: str = ""


class Setting(SQLModel, table=True):
    """Business settings and store facts (device id...), as key → JSON text."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str = ""


class ChangeCounter(SQLModel, table=True):
    """The store's single local change sequence."""

    __tablename__ = "change_counter"
    id: int = Field(default=1, primary_key=True)
    value: int = 0
