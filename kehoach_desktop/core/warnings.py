"""The red warnings (cảnh báo đỏ) of SPEC §2, as pure rules over plain facts. No DB, no Qt.

The rules come from the Tân Lợi plan and the issue that asked for them:

- ``overdue``: a task past its due date and not done. On the due date itself it is not late yet.
- ``behind``: a task whose progress is below half of what the elapsed share of its window calls
  for. The window runs from the plan's date (or 1 January of the plan's year) to the due date;
  on day ``d`` of a window of ``n`` days the task "should" be at ``d/n`` × 100 %, and it is
  behind when its progress is strictly below half of that. After the due date the task is
  ``overdue`` instead, so one task never carries both warnings.
- ``evidence_rejected``: the latest evidence handed in for a task (or an entered target value)
  was judged not good enough. Handing in new evidence clears it until that is judged.
- ``hamlet_silent``: a hamlet with no submitted week for two or more complete weeks. A week is
  complete once its Sunday has passed; submitted means submitted or accepted (a returned week
  must be sent again). Weeks before logging began (the plan's window start) are not missed.
- ``report_due``: a periodic report whose deadline is today or within the next 5 days. Each
  report type has its own day of the period's last month (a setting, see
  :class:`ReportDeadlines`).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from math import ceil

from .domain import TASK_STATUS_LABELS, KehoachError, TaskStatus
from .periods import Period, PeriodKind, due_date, make_period, week_end, weeks_between
from .vnformat import format_date

#: A report is "due" from this many days before its deadline up to the deadline itself.
REPORT_DUE_WITHIN_DAYS = 5
#: A hamlet is "silent" after this many complete weeks with nothing submitted.
SILENT_AFTER_WEEKS = 2


class WarningKind(StrEnum):
    """The warning kinds of ``status --json`` (SPEC §4), in the order the dashboard lists them."""

    OVERDUE = "overdue"
    BEHIND = "behind"
    EVIDENCE_REJECTED = "evidence_rejected"
    HAMLET_SILENT = "hamlet_silent"
    REPORT_DUE = "report_due"

    @property
    def label(self) -> str:
        return WARNING_KIND_LABELS[self]


WARNING_KIND_LABELS = {
    WarningKind.OVERDUE: "Quá hạn",
    WarningKind.BEHIND: "Chậm tiến độ",
    WarningKind.EVIDENCE_REJECTED: "Minh chứng không đạt",
    WarningKind.HAMLET_SILENT: "Ấp chưa gửi số liệu",
    WarningKind.REPORT_DUE: "Sắp đến hạn báo cáo",
}
_KIND_ORDER = {kind: index for index, kind in enumerate(WarningKind)}


@dataclass(frozen=True)
class Alert:
    """One warning: its kind, what it is about as a user names it (``ref``) and a message."""

    kind: WarningKind
    ref: str
    message: str
    # The date the warning is about (a due date, a report deadline), for sorting and display.
    on: date | None = None

    def sort_key(self) -> tuple[int, date, str]:
        return (_KIND_ORDER[self.kind], self.on or date.max, self.ref)


@dataclass(frozen=True)
class TaskFacts:
    """What the task rules need to know about a task."""

    ref: str
    content: str
    due_date: date | None
    status: str
    progress: int
    deadline_text: str = ""


@dataclass(frozen=True)
class EvidenceFacts:
    """A piece of evidence handed in at ``attached_at`` and how it was judged."""

    file_name: str
    attached_at: datetime
    review_state: str  # pending | accepted | rejected
    reason: str = ""


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _status_label(status: str) -> str:
    try:
        return TASK_STATUS_LABELS[TaskStatus(status)].lower()
    except ValueError:
        return status


def window_start(plan_date: date | None, plan_year: int) -> date:
    """Where a task's time window begins: the plan's date, or 1 January of its year."""
    return plan_date or date(plan_year, 1, 1)


# ----------------------------------------------------------------------------- tasks


def overdue(task: TaskFacts, on: date) -> Alert | None:
    """The task is past its due date (strictly after it) and not done."""
    if task.due_date is None or task.status == TaskStatus.DONE or on <= task.due_date:
        return None
    days = (on - task.due_date).days
    deadline = task.deadline_text or format_date(task.due_date)
    return Alert(
        WarningKind.OVERDUE,
        task.ref,
        f"Nhiệm vụ {task.ref} quá hạn {days} ngày (thời hạn {deadline}, "
        f"hạn cuối {format_date(task.due_date)}; {_status_label(task.status)}, tiến độ "
        f"{task.progress}%): {_short(task.content)}",
        task.due_date,
    )


def expected_share(start: date, due: date, on: date) -> tuple[int, int] | None:
    """The elapsed share of the window start..due on ``on`` as (elapsed days, window days).

    None when the window is empty or ``on`` lies outside it (before the start or after the due
    date).
    """
    total = (due - start).days
    if total <= 0 or on < start or on > due:
        return None
    return (on - start).days, total


def behind(task: TaskFacts, on: date, start: date) -> Alert | None:
    """Progress below half of the elapsed share of the window ``start``..due date.

    Exact integer arithmetic: behind when ``progress × 2 × window < 100 × elapsed``.
    """
    if task.due_date is None or task.status == TaskStatus.DONE:
        return None
    share = expected_share(start, task.due_date, on)
    if share is None:
        return None
    elapsed, total = share
    if task.progress * 2 * total >= 100 * elapsed:
        return None
    needed = ceil(50 * elapsed / total)
    passed = round(100 * elapsed / total)
    return Alert(
        WarningKind.BEHIND,
        task.ref,
        f"Nhiệm vụ {task.ref} chậm tiến độ: mới đạt {task.progress}%, cần ít nhất {needed}% "
        f"(đã qua {passed}% thời gian từ {format_date(start)} đến hạn "
        f"{format_date(task.due_date)}): {_short(task.content)}",
        task.due_date,
    )


def latest_batch(evidence: list[EvidenceFacts]) -> list[EvidenceFacts]:
    """The evidence handed in last (all pieces attached at the latest time)."""
    if not evidence:
        return []
    last = max(e.attached_at for e in evidence)
    return [e for e in evidence if e.attached_at == last]


def evidence_rejected(ref: str, subject: str, evidence: list[EvidenceFacts]) -> Alert | None:
    """The latest evidence handed in for ``ref`` holds a piece judged "không đạt".

    ``subject`` names the thing in the message ("Nhiệm vụ II.1.1", "Chỉ tiêu 12").
    """
    rejected = [e for e in latest_batch(evidence) if e.review_state == "rejected"]
    if not rejected:
        return None
    files = "; ".join(
        f"“{e.file_name}”" + (f" ({_short(e.reason, 120).rstrip('.')})" if e.reason else "")
        for e in rejected
    )
    return Alert(
        WarningKind.EVIDENCE_REJECTED,
        ref,
        f"Minh chứng của {subject} không đạt: {files}. Cần bổ sung minh chứng khác.",
    )


# ----------------------------------------------------------------------------- hamlets


def last_complete_week_end(on: date) -> date:
    """The Sunday that ends the last complete ISO week before ``on`` (not ``on``'s own week)."""
    return on - timedelta(days=on.isoweekday())


def missed_weeks(last_submitted_week: str | None, on: date, logging_start: date) -> list[str]:
    """Complete weeks since logging began, after the last submitted one, in order."""
    weeks = weeks_between(logging_start, last_complete_week_end(on))
    if last_submitted_week:
        weeks = [w for w in weeks if w > last_submitted_week]
    return weeks


def hamlet_silent(
    name: str, last_submitted_week: str | None, on: date, logging_start: date
) -> Alert | None:
    """No submitted week for :data:`SILENT_AFTER_WEEKS` or more complete weeks."""
    missed = missed_weeks(last_submitted_week, on, logging_start)
    if len(missed) < SILENT_AFTER_WEEKS:
        return None
    since = (
        f"tuần gửi gần nhất là {last_submitted_week}"
        if last_submitted_week
        else "chưa gửi tuần nào"
    )
    return Alert(
        WarningKind.HAMLET_SILENT,
        name,
        f"{name} chưa gửi số liệu {len(missed)} tuần liền (từ {missed[0]} đến {missed[-1]}, "
        f"hết ngày {format_date(week_end(missed[-1]))}); {since}.",
        week_end(missed[-1]),
    )


# ----------------------------------------------------------------------------- reports

_REPORT_KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "half", "year")
REPORT_KIND_LABELS: dict[str, str] = {
    "month": "Báo cáo tháng",
    "quarter": "Báo cáo quý",
    "half": "Báo cáo 6 tháng",
    "year": "Báo cáo năm",
}
_SPAN = {"month": 1, "quarter": 3, "half": 6, "year": 12}


@dataclass(frozen=True)
class ReportDeadlines:
    """The day of the period's last month by which each report type is due; None: not made.

    Defaults from the plans: monthly before the 20th (Tà Lài: units report "trước ngày 20 hàng
    tháng"), quarterly before the 15th of the quarter's last month; the 6-month and yearly
    reports on the 15th of June and December.
    """

    month: int | None = 20
    quarter: int | None = 15
    half: int | None = 15
    year: int | None = 15

    def __post_init__(self) -> None:
        for kind in _REPORT_KINDS:
            day = getattr(self, kind)
            if day is not None and not (isinstance(day, int) and 1 <= day <= 31):
                raise KehoachError(
                    f"Hạn nộp {REPORT_KIND_LABELS[kind].lower()} không hợp lệ: “{day}”. "
                    "Nhập một ngày từ 1 đến 31 của tháng cuối kỳ, hoặc để trống nếu không lập."
                )

    def day(self, kind: str) -> int | None:
        return getattr(self, kind)

    def to_json(self) -> dict[str, int | None]:
        return {kind: getattr(self, kind) for kind in _REPORT_KINDS}

    @classmethod
    def from_json(cls, value: object) -> "ReportDeadlines":
        if not isinstance(value, dict):
            return cls()
        known = {k: value[k] for k in _REPORT_KINDS if k in value}
        return cls(**known)


@dataclass(frozen=True)
class ReportDue:
    """A report of ``period`` due on ``due``."""

    period: Period
    due: date
    kind_label: str = field(default="")

    @property
    def title(self) -> str:
        """The report's name: "Báo cáo tháng 11/2026", "Báo cáo quý IV/2026", …"""
        label = self.period.label
        return f"Báo cáo {label[:1].lower()}{label[1:]}"


def report_deadlines_between(start: date, end: date, deadlines: ReportDeadlines) -> list[ReportDue]:
    """Every report whose deadline falls in ``start``..``end`` (both included), by date.

    When a longer report falls due on the same day as a shorter one ending in the same month
    (the 6-month report and the Quý II report, both on 15/6), only the longer one is listed:
    communes send the sơ kết / tổng kết report in place of the quarterly one.
    """
    found: list[ReportDue] = []
    for year in range(start.year, end.year + 2):
        for kind in _REPORT_KINDS:
            day = deadlines.day(kind)
            if day is None:
                continue
            indexes = [0] if kind == "year" else range(1, 12 // _SPAN[kind] + 1)
            for index in indexes:
                period = make_period(kind, year, index)
                due = due_date(period, day)
                if start <= due <= end:
                    found.append(ReportDue(period, due, REPORT_KIND_LABELS[kind]))
    kept = []
    for report in found:
        longer = any(
            other.due == report.due
            and other.period.end == report.period.end
            and _SPAN[other.period.kind] > _SPAN[report.period.kind]
            for other in found
        )
        if not longer:
            kept.append(report)
    return sorted(kept, key=lambda r: (r.due, -_SPAN[r.period.kind]))


def reports_due(
    on: date,
    deadlines: ReportDeadlines,
    filed: frozenset[str] = frozenset(),
    within_days: int = REPORT_DUE_WITHIN_DAYS,
) -> list[Alert]:
    """Reports due today or within ``within_days`` days; ``filed`` holds period codes done."""
    alerts = []
    for report in report_deadlines_between(on, on + timedelta(days=within_days), deadlines):
        if report.period.code in filed:
            continue
        days = (report.due - on).days
        left = "hôm nay là hạn cuối" if days == 0 else f"còn {days} ngày"
        alerts.append(
            Alert(
                WarningKind.REPORT_DUE,
                report.period.code,
                f"{report.title} hạn nộp ngày {format_date(report.due)} ({left}); số liệu từ "
                f"{format_date(report.period.start)} đến {format_date(report.period.end)}.",
                report.due,
            )
        )
    return alerts


def sort_alerts(alerts: list[Alert]) -> list[Alert]:
    """Kind first (overdue … report_due), then the date they are about, then the ref."""
    return sorted(alerts, key=Alert.sort_key)
