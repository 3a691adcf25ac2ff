"""Deadlines as plans print them ("Quý II/2026", "Thường xuyên", "Khi có …") and what they mean.

A plan's deadline column is free text. :func:`parse_deadline` keeps that text and adds its meaning:
a due date (the last day of the month, quarter or year it names), a recurrence, both, or neither
with a Vietnamese explanation of what is unclear or impossible ("Quý VI/2026").
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kehoach_desktop.core.domain import Recurrence
from kehoach_desktop.core.text import clean
from kehoach_desktop.core.vnformat import from_roman


@dataclass(frozen=True)
class Deadline:
    """A deadline as written (``text``) and as understood.

    ``due_date`` is the last day the text allows; ``recurrence`` says the work repeats or waits
    for an event; ``problem`` is set (in Vietnamese) when the text could not be understood or
    names something that does not exist. An empty text has none of them.
    """

    text: str
    due_date: date | None = None
    recurrence: Recurrence | None = None
    problem: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when the plan left the deadline cell blank."""
        return not self.text


def _ascii(text: str) -> str:
    """Lower case, no diacritics, đ→d, dashes unified; keeps digits and / - . : for patterns."""
    text = text.lower().replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _blank(text: str, match: re.Match[str]) -> str:
    """Remove a matched span so that later, looser patterns do not read it again."""
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


_YEAR = r"((?:19|20)\d{2})"
_YEAR_TAIL = rf"(?:\s*(?:/|-|nam)\s*{_YEAR})?"

_FREQUENCY = re.compile(
    r"\d+(?:\s*-\s*\d+)?\s*(?:lan|dot|buoi|cuoc|ky)\s*(?:/|mot|trong|moi)\s*"
    r"(?:nam|thang|quy|tuan)"
)
_FULL_DATE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*(?P<sep>[/.-])\s*(\d{1,2})\s*(?P=sep)\s*" + _YEAR + r"(?!\d)"
)
_WORDY_DATE = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+" + _YEAR)
_HALF = re.compile(r"(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam(?:\s*/?\s*" + _YEAR + ")?")
_QUARTER = re.compile(
    r"quy\s+((?:[ivxlc]+|\d)(?:\s*(?:-|,|va|den)\s*(?:[ivxlc]+|\d))*)\b" + _YEAR_TAIL
)
_MONTH = re.compile(r"thang\s+(\d{1,2}(?:\s*(?:-|,|va|den)\s*\d{1,2})*)(?!\d)" + _YEAR_TAIL)
_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*" + _YEAR + r"(?!\d)")
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")
_YEAR_ONLY = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_THIS_YEAR = re.compile(r"\b(?:trong|ca|cuoi|het)\s+nam\b")

_RECURRENCE_WORDS: tuple[tuple[re.Pattern[str], Recurrence], ...] = (
    (re.compile(r"\bthuong xuyen\b|\blien tuc\b|\bhang tuan\b"), Recurrence.CONTINUOUS),
    (re.compile(r"\bhang thang\b|\bmoi thang\b"), Recurrence.MONTHLY),
    (re.compile(r"\bhang quy\b|\bmoi quy\b"), Recurrence.QUARTERLY),
    (re.compile(r"\bhang nam\b|\bmoi nam\b"), Recurrence.YEARLY),
    (
        re.compile(
            r"^khi\b|\bkhi co\b|\bkhi duoc\b|\btheo yeu cau\b|\bdot xuat\b|\btheo chi dao\b"
            r"|\bkhi phat sinh\b"
        ),
        Recurrence.ON_EVENT,
    ),
)


def _quarter_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return from_roman(token)


def parse_deadline(text: str | None, *, default_year: int | None = None) -> Deadline:
    """Read a plan's deadline cell.

    - "Tháng 05/2026", "tháng 3 năm 2026", "05/2026" → the month's last day;
    - "Quý II/2026", "Quý I năm 2026", "Quý II" (with ``default_year``) → the quarter's last day;
    - "Năm 2026", "Trong năm 2026", "2026" → 31/12; "6 tháng đầu năm 2026" → 30/6;
    - "30/6/2026", "Trước 15/10/2026", "ngày 15 tháng 10 năm 2026" → that day;
    - "Thường xuyên" → continuous; "Hàng/Hằng năm|quý|tháng" → yearly/quarterly/monthly;
      "Khi có …", "Theo yêu cầu" → on_event (recurring and event-driven work has no due date,
      even when a year is written: "Thường xuyên trong năm 2026");
    - ranges ("Quý II-III/2026", "Tháng 3-4/2026") → the later end.

    Anything else keeps its text with ``problem`` explaining, in Vietnamese, what is wrong:
    "Quý VI/2026" → "Quý VI không tồn tại (chỉ có Quý I–IV)"; "2-3 đợt/năm" is a frequency, not
    a deadline. An empty cell gives an empty Deadline with no problem.
    """
    written = clean(text)
    if not written:
        return Deadline("")
    work = _ascii(written)

    recurrence: Recurrence | None = None
    for pattern, kind in _RECURRENCE_WORDS:
        if pattern.search(work):
            recurrence = kind
            break

    problems: list[str] = []
    dates: list[date] = []

    frequency = _FREQUENCY.search(work)
    if frequency:
        work = _blank(work, frequency)
        if recurrence is None:
            problems.append(
                f"“{written}” là số lần thực hiện, không phải thời hạn; hãy ghi rõ thời hạn "
                "(ví dụ “Quý IV/2026”)"
            )

    def add_day(day: int, month: int, year: int) -> None:
        try:
            dates.append(date(year, month, day))
        except ValueError:
            problems.append(f"Ngày {day:02d}/{month:02d}/{year} không tồn tại")

    while match := _FULL_DATE.search(work):
        add_day(int(match[1]), int(match[3]), int(match[4]))
        work = _blank(work, match)
    while match := _WORDY_DATE.search(work):
        add_day(int(match[1]), int(match[2]), int(match[3]))
        work = _blank(work, match)

    def year_or_default(found: str | None, what: str) -> int | None:
        if found:
            return int(found)
        if default_year is not None:
            return default_year
        problems.append(f"“{what}” không ghi năm")
        return None

    while match := _HALF.search(work):
        months, which = int(match[1]), match[2]
        year = year_or_default(match[3], written)
        work = _blank(work, match)
        if not 1 <= months <= 12:
            problems.append(f"“{months} tháng” không hợp lệ")
        elif year is not None:
            dates.append(_month_end(year, months if which == "dau" else 12))

    while match := _QUARTER.search(work):
        year = year_or_default(match[2], written)
        tokens = re.split(r"\s*(?:-|,|va|den)\s*", match[1])
        work = _blank(work, match)
        for token in tokens:
            number = _quarter_number(token)
            if number is None or not 1 <= number <= 4:
                printed = token.upper() if not token.isdigit() else token
                problems.append(f"Quý {printed} không tồn tại (chỉ có Quý I–IV)")
            elif year is not None:
                dates.append(_month_end(year, number * 3))

    def add_months(tokens: list[str], year: int | None) -> None:
        for token in tokens:
            month = int(token)
            if not 1 <= month <= 12:
                problems.append(f"Tháng {month} không tồn tại (chỉ có tháng 1–12)")
            elif year is not None:
                dates.append(_month_end(year, month))

    while match := _MONTH.search(work):
        tokens = re.split(r"\s*(?:-|,|va|den)\s*", match[1])
        year = year_or_default(match[2], written)
        work = _blank(work, match)
        add_months(tokens, year)

    while match := _MONTH_YEAR.search(work):
        add_months([match[1]], int(match[2]))
        work = _blank(work, match)

    while match := _DAY_MONTH.search(work):
        year = year_or_default(None, written)
        work = _blank(work, match)
        if year is not None:
            add_day(int(match[1]), int(match[2]), year)

    if not dates and not problems:
        years = [int(y) for y in _YEAR_ONLY.findall(work)]
        if years:
            dates.append(date(max(years), 12, 31))
        elif _THIS_YEAR.search(work) and default_year is not None and recurrence is None:
            dates.append(date(default_year, 12, 31))

    if problems:
        return Deadline(written, None, recurrence, "; ".join(dict.fromkeys(problems)))
    if recurrence is not None:
        # A deadline is a due date, a recurrence or an event, never two of them: "Thường
        # xuyên trong năm 2026" is continuous work, not something late on 1/1/2027.
        return Deadline(written, None, recurrence, None)
    due = max(dates) if dates else None
    if due is None and recurrence is None:
        return Deadline(written, None, None, f"Không hiểu thời hạn “{written}”")
    return Deadline(written, due, recurrence, None)
