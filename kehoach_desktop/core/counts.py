"""Weekly counts as people type or paste them: "12", "1.234", a block copied from Excel.

Pure functions shared by the CLI, the services and the weekly grid (which must not import the
store at start-up). Errors are :class:`KehoachError` with a Vietnamese message naming the place.
"""

import csv
import io
import re
from datetime import date, timedelta

from .domain import KehoachError, Metric
from .periods import iso_week, week_end, week_start
from .vnformat import format_date

#: No hamlet logs this many of anything in one week; a bigger number is a typing slip.
MAX_WEEKLY_VALUE = 100_000

_INTEGER = re.compile(r"\d+")
_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+")


def check_count(value: int, where: str) -> None:
    """Refuse a negative, non-integer or implausibly big weekly count."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise KehoachError(f"{where}: số liệu phải là số nguyên không âm, không phải “{value}”.")
    if value > MAX_WEEKLY_VALUE:
        raise KehoachError(
            f"{where}: {value} vượt quá {MAX_WEEKLY_VALUE} trong một tuần; kiểm tra lại số liệu."
        )


def parse_count(text: str, where: str) -> int | None:
    """A count typed or pasted by a person: "12", "1.234" or "1,234" (grouped), "" → None.

    ``where`` names the place in the message ("Ấp 1, Hướng dẫn đăng ký VNeID").
    """
    value = text.strip().replace("\u202f", " ")
    if not value:
        return None
    if _INTEGER.fullmatch(value):
        number = int(value)
    elif _GROUPED.fullmatch(value):
        number = int(re.sub(r"\D", "", value))
    else:
        raise KehoachError(
            f"{where}: “{text.strip()}” không phải số nguyên không âm (ví dụ 12 hoặc 1.234)."
        )
    check_count(number, where)
    return number


def parse_metric(name: str) -> Metric:
    """A metric by its CLI name ("vneid", "dvctt", …)."""
    try:
        return Metric(name.strip().lower())
    except ValueError:
        known = ", ".join(m.value for m in Metric)
        raise KehoachError(f"Chỉ số không hợp lệ: “{name}”. Dùng một trong: {known}.") from None


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[Metric, int]:
    """CLI arguments "vneid=12 dvctt=3" → {Metric.VNEID: 12, Metric.DVCTT: 3}."""
    values: dict[Metric, int] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep:
            raise KehoachError(f"“{item}” không đúng dạng CHỈ_SỐ=SỐ (ví dụ vneid=12).")
        metric = parse_metric(name)
        if metric in values:
            raise KehoachError(f"Chỉ số {metric.value} được ghi hai lần.")
        number = parse_count(raw, metric.value)
        if number is None:
            raise KehoachError(f"Thiếu giá trị cho {metric.value} (ví dụ {metric.value}=12).")
        values[metric] = number
    if not values:
        raise KehoachError("Chưa có số liệu nào: ghi dạng vneid=12 dvctt=3 …")
    return values


def parse_pasted(text: str) -> list[list[str]]:
    """A block copied from Excel or LibreOffice: rows of tab-separated cells.

    Handles Windows line ends, the trailing line break Excel adds, and cells quoted because
    they hold a tab, a quote or a line break. Trailing empty rows are dropped.
    """
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")),
                           delimiter="\t"))  # fmt: skip
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def week_label(week: str) -> str:
    """The code with its Monday and Sunday: "2026-W46 (09/11–15/11/2026)", with the Monday's
    year too when the week straddles two years: "2026-W01 (29/12/2025–04/01/2026)"."""
    start, end = week_start(week), week_end(week)
    first = format_date(start) if start.year != end.year else f"{start.day:02d}/{start.month:02d}"
    return f"{week} ({first}–{format_date(end)})"


def default_week(today: date | None = None) -> str:
    """The week a team reports on: the last complete week (last Monday–Sunday)."""
    today = today or date.today()
    return iso_week(today - timedelta(days=today.isoweekday()))


def shift_week(week: str, weeks: int) -> str:
    """The week ``weeks`` before (negative) or after ``week``."""
    return iso_week(week_start(week) + timedelta(days=7 * weeks))
