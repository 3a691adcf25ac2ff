"""Reporting periods and ISO weeks (SPEC §5). Pure functions, no Qt, no I/O.

A report covers a month, a quarter, a half year or a year. By default its data window is the
one of Nghị định 09/2019/NĐ-CP, Điều 12 ("nd09"): from the 15th of the month before the period
to the 14th of its last month (a month: 15/02–14/03; Q1: 15/12 of the previous year–14/3;
H1: 15/12–14/6; the year: 15/12–14/12). A commune may choose plain calendar periods instead
("calendar"). Hamlet counts are kept per ISO week ("2026-W10", Monday to Sunday).
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.vnformat import half_label, month_label, quarter_label, year_label

__all__ = [
    "CALENDAR",
    "ND09",
    "Period",
    "PeriodKind",
    "due_date",
    "iso_week",
    "make_period",
    "parse_period",
    "parse_week",
    "period_of",
    "week_end",
    "week_start",
    "weeks_between",
    "weeks_in_year",
]

PeriodKind = Literal["month", "quarter", "half", "year"]

#: Windows of Nghị định 09/2019/NĐ-CP Điều 12: the 15th of the previous month to the 14th.
ND09 = "nd09"
#: Plain calendar periods: the 1st to the last day.
CALENDAR = "calendar"
_WINDOWS = (ND09, CALENDAR)

# The last calendar month of a period, by kind and index; the period covers `_MONTHS` months.
_MONTHS: dict[str, int] = {"month": 1, "quarter": 3, "half": 6, "year": 12}
_INDEX_RANGE: dict[str, range] = {
    "month": range(1, 13),
    "quarter": range(1, 5),
    "half": range(1, 3),
    "year": range(0, 1),
}

_KIND_NAMES = {"month": "tháng", "quarter": "quý", "half": "nửa năm", "year": "năm"}
_PERIOD_FORMS = "2026-03 (tháng), 2026-Q1 (quý), 2026-H1 hoặc 2026-H2 (6 tháng), 2026 (năm)"
_PERIOD_CODE = re.compile(
    r"(?P<year>[1-9]\d{3})(?:-(?:(?P<month>\d{1,2})|[Qq](?P<quarter>\d)|[Hh](?P<half>\d)))?"
)
_WEEK_CODE = re.compile(r"(?P<year>[1-9]\d{3})-?[Ww](?P<week>\d{1,2})")


@dataclass(frozen=True)
class Period:
    """A reporting period and its data window (``start`` and ``end`` both included).

    ``index`` is the month (1–12), quarter (1–4) or half (1–2), and 0 for a year.
    ``label`` is what reports print ("Quý I/2026"); ``code`` is what the CLI takes ("2026-Q1").
    """

    kind: PeriodKind
    year: int
    index: int
    start: date
    end: date
    label: str
    code: str

    def contains(self, d: date) -> bool:
        """Whether ``d`` falls inside the data window."""
        return self.start <= d <= self.end


def _check_windows(windows: str) -> None:
    if windows not in _WINDOWS:
        raise KehoachError(
            f"Cách tính kỳ báo cáo không hợp lệ: “{windows}”. "
            f"Chọn “{ND09}” (Nghị định 09/2019/NĐ-CP) hoặc “{CALENDAR}” (theo lịch)."
        )


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def make_period(kind: PeriodKind, year: int, index: int = 0, *, windows: str = ND09) -> Period:
    """Build the period ``kind`` number ``index`` of ``year`` with its data window.

    ``make_period("quarter", 2026, 1)`` covers 15/12/2025–14/3/2026 (nd09) or
    1/1–31/3/2026 (calendar). Raises :class:`KehoachError` for an unknown kind, an index out of
    range or unknown ``windows``.
    """
    _check_windows(windows)
    if kind not in _MONTHS:
        raise KehoachError(
            f"Loại kỳ báo cáo không hợp lệ: “{kind}”. Chọn tháng, quý, 6 tháng hoặc năm."
        )
    if index not in _INDEX_RANGE[kind]:
        raise KehoachError(
            f"Kỳ báo cáo không hợp lệ: {_KIND_NAMES[kind]} số {index} của năm {year}."
        )
    if not 1000 <= year <= 9999:
        raise KehoachError(f"Năm báo cáo không hợp lệ: {year}.")

    span = _MONTHS[kind]
    last_month = span * index if kind != "year" else 12
    first_month = last_month - span + 1
    if windows == ND09:
        start_year, start_month = _month_before(year, first_month)
        start = date(start_year, start_month, 15)
        end = date(year, last_month, 14)
    else:
        start = date(year, first_month, 1)
        end = date(year, last_month, calendar.monthrange(year, last_month)[1])

    if kind == "month":
        label, code = month_label(year, index), f"{year}-{index:02d}"
    elif kind == "quarter":
        label, code = quarter_label(year, index), f"{year}-Q{index}"
    elif kind == "half":
        label, code = half_label(year, index), f"{year}-H{index}"
    else:
        label, code = year_label(year), f"{year}"
    return Period(kind, year, index, start, end, label, code)


def parse_period(code: str, *, windows: str = ND09) -> Period:
    """Read a period code: "2026-03" (month), "2026-Q1", "2026-H1"/"2026-H2", "2026" (year).

    Surrounding spaces and lower-case "q"/"h" are accepted, and a month may have one digit
    ("2026-3"); :attr:`Period.code` is always the canonical form. ``windows`` is ``"nd09"``
    (default, Nghị định 09/2019/NĐ-CP) or ``"calendar"``. Anything else raises
    :class:`KehoachError` with a Vietnamese message naming the text and the accepted forms.
    """
    text = code.strip() if isinstance(code, str) else ""
    match = _PERIOD_CODE.fullmatch(text)
    if match is None:
        raise KehoachError(f"Kỳ báo cáo không hợp lệ: “{code}”. Dùng dạng {_PERIOD_FORMS}.")
    year = int(match["year"])
    kind: PeriodKind
    if match["month"] is not None:
        kind, index = "month", int(match["month"])
    elif match["quarter"] is not None:
        kind, index = "quarter", int(match["quarter"])
    elif match["half"] is not None:
        kind, index = "half", int(match["half"])
    else:
        kind, index = "year", 0
    if index not in _INDEX_RANGE[kind]:
        raise KehoachError(f"Kỳ báo cáo không hợp lệ: “{code}”. Dùng dạng {_PERIOD_FORMS}.")
    return make_period(kind, year, index, windows=windows)


def period_of(d: date, kind: PeriodKind, *, windows: str = ND09) -> Period:
    """The period of ``kind`` whose data window contains ``d``.

    With nd09 windows a date from the 15th on belongs to the next month's period:
    ``period_of(date(2026, 12, 20), "quarter")`` is Quý I/2027.
    """
    _check_windows(windows)
    if kind not in _MONTHS:
        raise KehoachError(
            f"Loại kỳ báo cáo không hợp lệ: “{kind}”. Chọn tháng, quý, 6 tháng hoặc năm."
        )
    year, month = d.year, d.month
    if windows == ND09 and d.day >= 15:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    index = 0 if kind == "year" else (month - 1) // _MONTHS[kind] + 1
    return make_period(kind, year, index, windows=windows)


def due_date(period: Period, day_of_month: int = 15) -> date:
    """The report deadline: ``day_of_month`` of the period's last calendar month.

    Quarterly reports are due before the 15th of the quarter's last month (the default);
    monthly ones on a day the commune sets (20th, 10th...). A day past the month's end is
    moved back to its last day (31 in June gives 30/6).
    """
    if not 1 <= day_of_month <= 31:
        raise ValueError(f"day_of_month must be 1..31, not {day_of_month}")
    year, month = period.end.year, period.end.month
    return date(year, month, min(day_of_month, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- ISO weeks


def weeks_in_year(year: int) -> int:
    """52 or 53: the number of ISO weeks in ``year`` (28 December is always in the last)."""
    return date(year, 12, 28).isocalendar().week


def iso_week(d: date) -> str:
    """The ISO week of a date: "2026-W10". The year is the ISO year (1/1/2027 is 2026-W53)."""
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def parse_week(text: str) -> tuple[int, int]:
    """Read a week code ("2026-W10"; also "2026w10", "2026-W5") into (year, week).

    Week 53 is accepted only in years that have it (2026 does, 2025 does not). Bad text raises
    :class:`KehoachError` with a Vietnamese message.
    """
    stripped = text.strip() if isinstance(text, str) else ""
    match = _WEEK_CODE.fullmatch(stripped)
    if match is None:
        raise KehoachError(f"Tuần không hợp lệ: “{text}”. Dùng dạng năm-Wsố tuần, ví dụ 2026-W10.")
    year, week = int(match["year"]), int(match["week"])
    last = weeks_in_year(year)
    if not 1 <= week <= last:
        raise KehoachError(f"Tuần không hợp lệ: “{text}”. Năm {year} có các tuần từ 1 đến {last}.")
    return year, week


def week_start(text: str) -> date:
    """The Monday of a week code: week_start("2026-W01") is 29/12/2025."""
    year, week = parse_week(text)
    return date.fromisocalendar(year, week, 1)


def week_end(text: str) -> date:
    """The Sunday of a week code: week_end("2026-W53") is 03/01/2027."""
    return week_start(text) + timedelta(days=6)


def weeks_between(start: date, end: date) -> list[str]:
    """The codes of every ISO week that overlaps ``start``..``end`` (both included), in order.

    An empty list when ``end`` is before ``start``.
    """
    if end < start:
        return []
    monday = start - timedelta(days=start.weekday())
    weeks = []
    while monday <= end:
        weeks.append(iso_week(monday))
        monday += timedelta(days=7)
    return weeks
