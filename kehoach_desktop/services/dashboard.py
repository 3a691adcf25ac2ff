"""What the dashboard shows besides the status: what falls due this week."""

from dataclasses import dataclass
from datetime import date, timedelta

from ..core.domain import TaskStatus, WeekState
from ..core.vnformat import format_date
from ..core.warnings import ReportDeadlines, report_deadlines_between
from .plan import TaskRow
from .status import HamletStatus
from .store import Store
from .tracking import default_week, report_deadlines

DAYS_AHEAD = 7


@dataclass
class DueItem:
    """One thing to do this week: a task due, a report due, weeks or evidence to review."""

    kind: str  # task | report | week_review | evidence_review | week_missing
    kind_label: str
    ref: str
    text: str
    due: date | None = None


def due_this_week(
    store: Store,
    on: date,
    tasks: list[TaskRow],
    hamlets: list[HamletStatus],
    deadlines: ReportDeadlines | None = None,
) -> list[DueItem]:
    """Tasks and reports due in the coming seven days (``on`` and the six after it), then the
    review work waiting. Seven days rather than the calendar week, so that on a Friday the
    list still looks ahead."""
    start, end = on, on + timedelta(days=DAYS_AHEAD - 1)
    items: list[DueItem] = []
    for task in tasks:
        if task.due_date and start <= task.due_date <= end and task.status != TaskStatus.DONE:
            items.append(
                DueItem(
                    "task",
                    "Nhiệm vụ đến hạn",
                    task.ref,
                    f"{task.ref} — {task.content} ({task.lead_unit}; tiến độ {task.progress}%)",
                    task.due_date,
                )
            )
    for report in report_deadlines_between(start, end, deadlines or report_deadlines(store)):
        items.append(
            DueItem(
                "report",
                "Báo cáo đến hạn",
                report.period.code,
                f"{report.title}: hạn nộp {format_date(report.due)}",
                report.due,
            )
        )
    items.sort(key=lambda i: (i.due or date.max, i.ref))
    reported_week = default_week(on)
    missing = [h.name for h in hamlets if (h.last_submitted_week or "") < reported_week]
    if missing:
        items.append(
            DueItem(
                "week_missing",
                "Tuần chưa gửi",
                reported_week,
                f"Tuần {reported_week} (hết ngày {format_date(on - timedelta(on.isoweekday()))})"
                f": {len(missing)} ấp chưa gửi — {', '.join(missing)}",
            )
        )
    with store.read() as conn:
        waiting, pending = conn.execute(
            "SELECT (SELECT count(*) FROM hamlet_week WHERE state = ? AND deleted IS 0), "
            # Photos in the activity log are kept, not judged.
            "(SELECT count(*) FROM evidence WHERE review_state = 'pending' AND deleted IS 0 "
            "AND activity_id IS NULL)",
            (WeekState.SUBMITTED.value,),
        ).fetchone()
    if waiting:
        items.append(
            DueItem(
                "week_review",
                "Tuần chờ duyệt",
                "",
                f"{waiting} tuần số liệu của các ấp đã gửi, chờ duyệt (trang Số liệu ấp)",
            )
        )
    if pending:
        items.append(
            DueItem(
                "evidence_review",
                "Minh chứng chờ duyệt",
                "",
                f"{pending} minh chứng chờ đánh giá đạt / không đạt",
            )
        )
    return items
