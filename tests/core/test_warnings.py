"""Every warning rule at its boundaries (SPEC §2): the day before, on, and after each edge."""

from datetime import date, datetime

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.warnings import (
    EvidenceFacts,
    ReportDeadlines,
    TaskFacts,
    WarningKind,
    behind,
    evidence_rejected,
    hamlet_silent,
    missed_weeks,
    overdue,
    report_deadlines_between,
    reports_due,
    sort_alerts,
    window_start,
)


def task(due: date | None, status: str = "in_progress", progress: int = 0) -> TaskFacts:
    return TaskFacts(
        ref="II.1.1",
        content="Camera tầm cao phục vụ quản lý an ninh trật tự",
        due_date=due,
        status=status,
        progress=progress,
        deadline_text="Quý III/2026",
    )


# ------------------------------------------------------------------ overdue

DUE = date(2026, 9, 30)


def test_overdue_starts_the_day_after_the_due_date() -> None:
    assert overdue(task(DUE), date(2026, 9, 29)) is None
    assert overdue(task(DUE), DUE) is None  # the last day is still in time
    alert = overdue(task(DUE, progress=35), date(2026, 10, 1))
    assert alert is not None
    assert alert.kind == WarningKind.OVERDUE and alert.ref == "II.1.1"
    assert "quá hạn 1 ngày" in alert.message and "Quý III/2026" in alert.message
    assert "30/09/2026" in alert.message and "35%" in alert.message


@pytest.mark.parametrize("status", ["not_started", "in_progress", "needs_rework", "paused"])
def test_every_status_but_done_can_be_overdue(status: str) -> None:
    assert overdue(task(DUE, status=status), date(2026, 10, 1)) is not None


def test_done_tasks_and_tasks_without_a_due_date_are_never_overdue() -> None:
    assert overdue(task(DUE, status="done", progress=100), date(2027, 1, 1)) is None
    assert overdue(task(None), date(2027, 1, 1)) is None


# ------------------------------------------------------------------ behind

START = date(2026, 3, 6)  # the plan's date
BEHIND_DUE = date(2026, 4, 15)  # a 40-day window


def test_window_starts_at_the_plans_date_or_its_year() -> None:
    assert window_start(START, 2026) == START
    assert window_start(None, 2026) == date(2026, 1, 1)


def test_behind_is_strictly_below_half_of_the_elapsed_share() -> None:
    # 20 of 40 days elapsed: the task should be at 50%, half of that is 25%.
    on = date(2026, 3, 26)
    assert behind(task(BEHIND_DUE, progress=25), on, START) is None  # exactly half: fine
    alert = behind(task(BEHIND_DUE, progress=24), on, START)
    assert alert is not None and alert.kind == WarningKind.BEHIND
    assert "mới đạt 24%" in alert.message and "cần ít nhất 25%" in alert.message
    assert "đã qua 50% thời gian" in alert.message


def test_behind_rounds_the_required_progress_up_when_printing() -> None:
    # 1 of 40 days: 1.25% required; 1% is behind, 2% is not.
    on = date(2026, 3, 7)
    alert = behind(task(BEHIND_DUE, progress=1), on, START)
    assert alert is not None and "cần ít nhất 2%" in alert.message
    assert behind(task(BEHIND_DUE, progress=2), on, START) is None


def test_behind_at_the_window_edges() -> None:
    # On the first day nothing is expected yet, even of a task at 0%.
    assert behind(task(BEHIND_DUE, progress=0), START, START) is None
    # Before the window: nothing.
    assert behind(task(BEHIND_DUE, progress=0), date(2026, 3, 1), START) is None
    # On the due date the whole window has passed: below 50% is behind.
    assert behind(task(BEHIND_DUE, progress=49), BEHIND_DUE, START) is not None
    assert behind(task(BEHIND_DUE, progress=50), BEHIND_DUE, START) is None
    # After the due date the task is overdue instead, never both.
    after = date(2026, 4, 16)
    assert behind(task(BEHIND_DUE, progress=0), after, START) is None
    assert overdue(task(BEHIND_DUE, progress=0), after) is not None


def test_behind_ignores_done_tasks_undated_tasks_and_empty_windows() -> None:
    on = date(2026, 4, 1)
    assert behind(task(BEHIND_DUE, status="done", progress=0), on, START) is None
    assert behind(task(None, progress=0), on, START) is None
    # A deadline before the plan was even issued gives no window to be behind in.
    assert behind(task(date(2026, 3, 1), progress=0), date(2026, 3, 1), START) is None
    assert behind(task(START, progress=0), START, START) is None


# ------------------------------------------------------------------ evidence


def ev(file: str, at: int, state: str, reason: str = "") -> EvidenceFacts:
    return EvidenceFacts(file, datetime(2026, 6, at, 9, 0), state, reason)


def test_rejected_evidence_warns_until_new_evidence_is_handed_in() -> None:
    first = ev("bien-ban.pdf", 1, "rejected", "Thiếu chữ ký, đóng dấu")
    alert = evidence_rejected("II.3", "nhiệm vụ II.3", [first])
    assert alert is not None and alert.kind == WarningKind.EVIDENCE_REJECTED
    assert alert.ref == "II.3" and "bien-ban.pdf" in alert.message
    assert "Thiếu chữ ký" in alert.message
    # New evidence, not judged yet: the warning goes away.
    assert evidence_rejected("II.3", "nhiệm vụ II.3", [first, ev("moi.pdf", 2, "pending")]) is None
    # New evidence judged good: none either.
    assert evidence_rejected("II.3", "x", [first, ev("moi.pdf", 2, "accepted")]) is None
    # New evidence rejected again: warned again, naming the new file.
    again = evidence_rejected("II.3", "x", [first, ev("moi.pdf", 2, "rejected", "Mờ")])
    assert again is not None and "moi.pdf" in again.message and "bien-ban" not in again.message


def test_one_rejected_piece_in_the_latest_batch_is_enough() -> None:
    batch = [ev("anh-1.jpg", 3, "accepted"), ev("anh-2.jpg", 3, "rejected", "Không rõ nội dung")]
    alert = evidence_rejected("5", "nhiệm vụ 5", batch)
    assert alert is not None and "anh-2.jpg" in alert.message and "anh-1.jpg" not in alert.message
    assert evidence_rejected("5", "x", [ev("a.pdf", 3, "pending")]) is None
    assert evidence_rejected("5", "x", []) is None


# ------------------------------------------------------------------ hamlets

LOGGING = date(2026, 1, 1)


def test_a_hamlet_is_silent_after_two_complete_weeks_without_a_submission() -> None:
    # Monday 2026-03-09 starts W11: the complete weeks are ... W09, W10.
    monday = date(2026, 3, 9)
    assert hamlet_silent("Ấp 3", "2026-W10", monday, LOGGING) is None
    assert hamlet_silent("Ấp 3", "2026-W09", monday, LOGGING) is None  # one week missed
    alert = hamlet_silent("Ấp 3", "2026-W08", monday, LOGGING)  # W09 and W10 missed
    assert alert is not None and alert.kind == WarningKind.HAMLET_SILENT
    assert alert.ref == "Ấp 3"
    assert "2 tuần" in alert.message and "2026-W09" in alert.message
    assert "2026-W10" in alert.message and "2026-W08" in alert.message


def test_the_running_week_is_not_missed_until_its_sunday_has_passed() -> None:
    # Sunday 2026-03-15 ends W11: W11 is not complete yet on that day.
    sunday = date(2026, 3, 15)
    assert hamlet_silent("Ấp 3", "2026-W09", sunday, LOGGING) is None
    assert hamlet_silent("Ấp 3", "2026-W09", date(2026, 3, 16), LOGGING) is not None


def test_silence_counts_only_weeks_since_logging_began() -> None:
    plan_date = date(2026, 3, 6)  # a Friday in W10
    assert missed_weeks(None, date(2026, 3, 16), plan_date) == ["2026-W10", "2026-W11"]
    assert hamlet_silent("Ấp Mới", None, date(2026, 3, 15), plan_date) is None
    alert = hamlet_silent("Ấp Mới", None, date(2026, 3, 16), plan_date)
    assert alert is not None and "chưa gửi tuần nào" in alert.message


def test_silence_across_the_new_year() -> None:
    # 2026 has 53 ISO weeks; W53 ends on Sunday 03/01/2027.
    on = date(2027, 1, 11)  # complete: 2026-W53, 2027-W01
    assert missed_weeks("2026-W52", on, LOGGING) == ["2026-W53", "2027-W01"]
    assert hamlet_silent("Ấp 1", "2026-W53", on, LOGGING) is None


# ------------------------------------------------------------------ reports


def test_a_report_is_due_from_five_days_before_its_deadline_to_the_deadline() -> None:
    deadlines = ReportDeadlines(month=20, quarter=None, half=None, year=None)
    assert reports_due(date(2026, 11, 14), deadlines) == []  # 6 days before
    (five,) = reports_due(date(2026, 11, 15), deadlines)
    assert five.kind == WarningKind.REPORT_DUE and five.ref == "2026-11"
    assert "Báo cáo tháng 11/2026" in five.message and "còn 5 ngày" in five.message
    assert "20/11/2026" in five.message and "15/10/2026" in five.message  # NĐ 09 window
    (today,) = reports_due(date(2026, 11, 20), deadlines)
    assert "hôm nay là hạn cuối" in today.message
    assert reports_due(date(2026, 11, 21), deadlines) == []  # past: no longer "due soon"


def test_default_deadlines_follow_the_plans() -> None:
    defaults = ReportDeadlines()
    assert (defaults.month, defaults.quarter) == (20, 15)
    refs = [a.ref for a in reports_due(date(2026, 3, 12), defaults)]
    assert refs == ["2026-Q1"]  # due 15/3; the March report is due on the 20th, 8 days off
    refs = [a.ref for a in reports_due(date(2026, 3, 15), defaults)]
    assert refs == ["2026-Q1", "2026-03"]


def test_a_longer_report_due_the_same_day_replaces_the_shorter_one() -> None:
    due = report_deadlines_between(date(2026, 6, 15), date(2026, 6, 15), ReportDeadlines())
    assert [r.period.code for r in due] == ["2026-H1"]
    december = report_deadlines_between(date(2026, 12, 15), date(2026, 12, 15), ReportDeadlines())
    assert [r.period.code for r in december] == ["2026"]


def test_filed_reports_and_disabled_types_are_not_warned() -> None:
    deadlines = ReportDeadlines(month=20, quarter=None, half=None, year=None)
    assert reports_due(date(2026, 11, 18), deadlines, filed=frozenset({"2026-11"})) == []
    assert reports_due(date(2026, 3, 14), ReportDeadlines(None, None, None, None)) == []


def test_a_deadline_past_the_months_end_moves_to_its_last_day() -> None:
    deadlines = ReportDeadlines(month=31, quarter=None, half=None, year=None)
    (february,) = reports_due(date(2026, 2, 28), deadlines)
    assert february.ref == "2026-02" and "28/02/2026" in february.message


def test_deadline_settings_are_checked() -> None:
    with pytest.raises(KehoachError, match="từ 1 đến 31"):
        ReportDeadlines(month=32)
    assert ReportDeadlines.from_json({"month": 10}).month == 10
    assert ReportDeadlines.from_json({"month": 10}).quarter == 15
    assert ReportDeadlines.from_json("rác") == ReportDeadlines()
    assert ReportDeadlines(month=None).to_json()["month"] is None


def test_alerts_sort_by_kind_then_date() -> None:
    alerts = [
        reports_due(date(2026, 11, 18), ReportDeadlines())[0],
        overdue(task(date(2026, 9, 30)), date(2026, 11, 1)),
        overdue(task(date(2026, 6, 30)), date(2026, 11, 1)),
    ]
    ordered = sort_alerts([a for a in alerts if a is not None])
    assert [a.kind for a in ordered] == ["overdue", "overdue", "report_due"]
    assert ordered[0].on == date(2026, 6, 30)
