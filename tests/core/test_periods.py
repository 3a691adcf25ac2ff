"""Reporting periods (NĐ 09/2019 Điều 12 windows and calendar) and ISO weeks.

Expected dates are worked out by hand: 1/1/2026 is a Thursday, so ISO week 1 of 2026 starts on
Monday 29/12/2025 and 2026 has 53 ISO weeks (W53 = 28/12/2026–3/1/2027).
"""

import dataclasses
from datetime import date, timedelta

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.periods import (
    Period,
    due_date,
    iso_week,
    make_period,
    parse_period,
    parse_week,
    period_of,
    week_end,
    week_start,
    weeks_between,
    weeks_in_year,
)

# --------------------------------------------------------------------------- parse_period


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2026-01", date(2025, 12, 15), date(2026, 1, 14)),
        ("2026-02", date(2026, 1, 15), date(2026, 2, 14)),
        ("2026-03", date(2026, 2, 15), date(2026, 3, 14)),
        ("2026-12", date(2026, 11, 15), date(2026, 12, 14)),
        ("2026-Q1", date(2025, 12, 15), date(2026, 3, 14)),
        ("2026-Q2", date(2026, 3, 15), date(2026, 6, 14)),
        ("2026-Q3", date(2026, 6, 15), date(2026, 9, 14)),
        ("2026-Q4", date(2026, 9, 15), date(2026, 12, 14)),
        ("2026-H1", date(2025, 12, 15), date(2026, 6, 14)),
        ("2026-H2", date(2026, 6, 15), date(2026, 12, 14)),
        ("2026", date(2025, 12, 15), date(2026, 12, 14)),
    ],
)
def test_nd09_windows(code, start, end):
    period = parse_period(code)
    assert (period.start, period.end) == (start, end)
    assert parse_period(code, windows="nd09") == period


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2026-01", date(2026, 1, 1), date(2026, 1, 31)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("2000-02", date(2000, 2, 1), date(2000, 2, 29)),  # divisible by 400: leap
        ("2100-02", date(2100, 2, 1), date(2100, 2, 28)),  # century: not leap
        ("2026-04", date(2026, 4, 1), date(2026, 4, 30)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
        ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-H1", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-H2", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_calendar_windows(code, start, end):
    period = parse_period(code, windows="calendar")
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("code", "kind", "year", "index", "label"),
    [
        ("2026-03", "month", 2026, 3, "Tháng 3/2026"),
        ("2026-07", "month", 2026, 7, "Tháng 7/2026"),
        ("2026-Q1", "quarter", 2026, 1, "Quý I/2026"),
        ("2026-Q3", "quarter", 2026, 3, "Quý III/2026"),
        ("2026-Q4", "quarter", 2026, 4, "Quý IV/2026"),
        ("2026-H1", "half", 2026, 1, "6 tháng đầu năm 2026"),
        ("2026-H2", "half", 2026, 2, "6 tháng cuối năm 2026"),
        ("2026", "year", 2026, 0, "Năm 2026"),
    ],
)
def test_period_fields(code, kind, year, index, label):
    for windows in ("nd09", "calendar"):
        period = parse_period(code, windows=windows)
        assert isinstance(period, Period)
        assert (period.kind, period.year, period.index) == (kind, year, index)
        assert period.label == label
        assert period.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [(" 2026-q1 ", "2026-Q1"), ("2026-3", "2026-03"), ("2026-h2", "2026-H2"), ("\t2026\n", "2026")],
)
def test_parse_period_is_lenient_but_canonical(text, code):
    assert parse_period(text).code == code


def test_leap_february_inside_nd09_march():
    march_2024 = parse_period("2024-03")
    assert march_2024.contains(date(2024, 2, 29))
    assert (march_2024.end - march_2024.start).days + 1 == 29  # 15–29/2 and 1–14/3
    march_2026 = parse_period("2026-03")
    assert (march_2026.end - march_2026.start).days + 1 == 28  # 15–28/2 and 1–14/3


def test_nd09_months_tile_across_the_year_boundary():
    codes = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 13)]
    periods = [parse_period(code) for code in codes]
    for before, after in zip(periods, periods[1:], strict=False):
        assert after.start == before.end + timedelta(days=1), (before.code, after.code)


def test_nd09_quarters_halves_and_year_line_up():
    q = [parse_period(f"2026-Q{i}") for i in range(1, 5)]
    h1, h2, year = parse_period("2026-H1"), parse_period("2026-H2"), parse_period("2026")
    assert parse_period("2025-Q4").end + timedelta(days=1) == q[0].start
    for before, after in zip(q, q[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
    assert (h1.start, h1.end) == (q[0].start, q[1].end)
    assert (h2.start, h2.end) == (q[2].start, q[3].end)
    assert (year.start, year.end) == (h1.start, h2.end)
    assert parse_period("2025").end + timedelta(days=1) == year.start


@pytest.mark.parametrize(
    ("d", "inside"),
    [
        (date(2025, 12, 14), False),
        (date(2025, 12, 15), True),
        (date(2026, 1, 1), True),
        (date(2026, 3, 14), True),
        (date(2026, 3, 15), False),
    ],
)
def test_contains_nd09_q1(d, inside):
    assert parse_period("2026-Q1").contains(d) is inside


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "26-Q1",
        "2026-Q0",
        "2026-Q5",
        "2026-Q01",
        "2026-00",
        "2026-13",
        "2026-123",
        "2026-H0",
        "2026-H3",
        "Q1-2026",
        "2026/Q1",
        "2026 Q1",
        "2026-W10",
        "Quý I/2026",
        "2026-Q1x",
        "20260",
        "0999",
        "abc",
    ],
)
def test_parse_period_rejects_bad_codes(bad):
    with pytest.raises(KehoachError) as caught:
        parse_period(bad)
    message = str(caught.value)
    assert message.startswith("Kỳ báo cáo không hợp lệ")
    assert f"“{bad}”" in message
    for form in ("2026-03", "2026-Q1", "2026-H1", "2026"):
        assert form in message


def test_parse_period_rejects_unknown_windows():
    with pytest.raises(KehoachError, match="weekly"):
        parse_period("2026-Q1", windows="weekly")


def test_period_is_frozen_and_hashable():
    period = parse_period("2026-Q1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        period.year = 2027  # type: ignore[misc]
    assert parse_period("2026-Q1") == period
    assert len({period, parse_period("2026-Q1"), parse_period("2026-Q2")}) == 2
    assert parse_period("2026-Q1", windows="calendar") != period


# --------------------------------------------------------------------------- make_period


def test_make_period_matches_parse_period():
    assert make_period("quarter", 2026, 2) == parse_period("2026-Q2")
    assert make_period("year", 2026) == parse_period("2026")
    assert make_period("month", 2026, 1, windows="calendar") == parse_period(
        "2026-01", windows="calendar"
    )


@pytest.mark.parametrize(
    ("kind", "index"),
    [("month", 0), ("month", 13), ("quarter", 5), ("half", 3), ("year", 1), ("week", 1)],
)
def test_make_period_rejects_bad_kind_or_index(kind, index):
    with pytest.raises(KehoachError):
        make_period(kind, 2026, index)


def test_make_period_message_is_vietnamese():
    with pytest.raises(KehoachError, match="quý số 5 của năm 2026"):
        make_period("quarter", 2026, 5)


# --------------------------------------------------------------------------- period_of


@pytest.mark.parametrize(
    ("d", "kind", "code"),
    [
        (date(2026, 3, 14), "month", "2026-03"),
        (date(2026, 3, 15), "month", "2026-04"),
        (date(2026, 12, 15), "month", "2027-01"),
        (date(2026, 1, 14), "month", "2026-01"),
        (date(2026, 12, 14), "quarter", "2026-Q4"),
        (date(2026, 12, 20), "quarter", "2027-Q1"),
        (date(2026, 3, 15), "quarter", "2026-Q2"),
        (date(2026, 6, 14), "half", "2026-H1"),
        (date(2026, 6, 15), "half", "2026-H2"),
        (date(2026, 12, 15), "half", "2027-H1"),
        (date(2026, 1, 1), "year", "2026"),
        (date(2026, 12, 15), "year", "2027"),
    ],
)
def test_period_of_nd09(d, kind, code):
    assert period_of(d, kind).code == code


@pytest.mark.parametrize(
    ("d", "kind", "code"),
    [
        (date(2026, 12, 20), "quarter", "2026-Q4"),
        (date(2026, 3, 31), "month", "2026-03"),
        (date(2026, 4, 1), "quarter", "2026-Q2"),
        (date(2026, 6, 30), "half", "2026-H1"),
        (date(2026, 12, 31), "year", "2026"),
    ],
)
def test_period_of_calendar(d, kind, code):
    assert period_of(d, kind, windows="calendar").code == code


def test_period_of_always_contains_the_date():
    day, last = date(2025, 12, 1), date(2027, 1, 31)
    while day <= last:
        for kind in ("month", "quarter", "half", "year"):
            for windows in ("nd09", "calendar"):
                assert period_of(day, kind, windows=windows).contains(day), (day, kind, windows)
        day += timedelta(days=1)


# --------------------------------------------------------------------------- due_date


@pytest.mark.parametrize(
    ("code", "windows", "day", "expected"),
    [
        ("2026-Q1", "nd09", 15, date(2026, 3, 15)),
        ("2026-Q1", "calendar", 15, date(2026, 3, 15)),
        ("2026-Q4", "nd09", 15, date(2026, 12, 15)),
        ("2026-03", "nd09", 20, date(2026, 3, 20)),
        ("2026-01", "nd09", 20, date(2026, 1, 20)),  # the window starts in December
        ("2026-01", "calendar", 10, date(2026, 1, 10)),
        ("2026-H1", "nd09", 15, date(2026, 6, 15)),
        ("2026-H2", "calendar", 25, date(2026, 12, 25)),
        ("2026", "nd09", 15, date(2026, 12, 15)),
        ("2026-Q2", "nd09", 31, date(2026, 6, 30)),  # clamped to the month's end
        ("2026-02", "calendar", 30, date(2026, 2, 28)),
        ("2024-02", "nd09", 31, date(2024, 2, 29)),
    ],
)
def test_due_date(code, windows, day, expected):
    assert due_date(parse_period(code, windows=windows), day) == expected


def test_due_date_default_is_the_15th():
    assert due_date(parse_period("2026-Q3")) == date(2026, 9, 15)


@pytest.mark.parametrize("day", [0, 32, -1])
def test_due_date_rejects_bad_day(day):
    with pytest.raises(ValueError):
        due_date(parse_period("2026-Q1"), day)


# --------------------------------------------------------------------------- ISO weeks


@pytest.mark.parametrize(
    ("year", "weeks"),
    [
        (2015, 53),
        (2020, 53),
        (2021, 52),
        (2024, 52),
        (2025, 52),
        (2026, 53),
        (2027, 52),
        (2032, 53),
    ],
)
def test_weeks_in_year(year, weeks):
    assert weeks_in_year(year) == weeks


@pytest.mark.parametrize(
    ("d", "code"),
    [
        (date(2026, 3, 2), "2026-W10"),  # Monday
        (date(2026, 3, 8), "2026-W10"),  # Sunday
        (date(2026, 3, 9), "2026-W11"),
        (date(2026, 1, 1), "2026-W01"),
        (date(2025, 12, 29), "2026-W01"),  # ISO year ahead of the calendar year
        (date(2025, 12, 28), "2025-W52"),
        (date(2026, 12, 28), "2026-W53"),
        (date(2027, 1, 1), "2026-W53"),  # ISO year behind the calendar year
        (date(2027, 1, 3), "2026-W53"),
        (date(2027, 1, 4), "2027-W01"),
        (date(2021, 1, 3), "2020-W53"),
        (date(2024, 2, 29), "2024-W09"),
    ],
)
def test_iso_week(d, code):
    assert iso_week(d) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W10", (2026, 10)),
        ("2026-W01", (2026, 1)),
        ("2026-W53", (2026, 53)),
        ("2020-W53", (2020, 53)),
        ("2015-W53", (2015, 53)),
        (" 2026-w10 ", (2026, 10)),
        ("2026W10", (2026, 10)),
        ("2026-W5", (2026, 5)),
    ],
)
def test_parse_week(text, expected):
    assert parse_week(text) == expected


@pytest.mark.parametrize(("text", "last"), [("2025-W53", 52), ("2021-W53", 52), ("2026-W54", 53)])
def test_parse_week_rejects_weeks_the_year_lacks(text, last):
    with pytest.raises(KehoachError) as caught:
        parse_week(text)
    message = str(caught.value)
    assert f"“{text}”" in message
    assert f"từ 1 đến {last}" in message


@pytest.mark.parametrize(
    "bad", ["", "2026-W00", "2026-W0", "2026-10", "W10", "2026-W", "2026-W100", "abc", "2026-Q1"]
)
def test_parse_week_rejects_bad_text(bad):
    with pytest.raises(KehoachError, match="Tuần không hợp lệ"):
        parse_week(bad)


@pytest.mark.parametrize(
    ("code", "monday", "sunday"),
    [
        ("2026-W01", date(2025, 12, 29), date(2026, 1, 4)),
        ("2026-W10", date(2026, 3, 2), date(2026, 3, 8)),
        ("2026-W53", date(2026, 12, 28), date(2027, 1, 3)),
        ("2020-W53", date(2020, 12, 28), date(2021, 1, 3)),
        ("2027-W01", date(2027, 1, 4), date(2027, 1, 10)),
    ],
)
def test_week_start_and_end(code, monday, sunday):
    assert week_start(code) == monday
    assert week_end(code) == sunday
    assert monday.weekday() == 0 and sunday.weekday() == 6


def test_week_start_rejects_missing_week_53():
    with pytest.raises(KehoachError):
        week_start("2025-W53")


@pytest.mark.parametrize(
    ("start", "end", "codes"),
    [
        (date(2025, 12, 29), date(2026, 1, 11), ["2026-W01", "2026-W02"]),
        (date(2026, 12, 25), date(2027, 1, 5), ["2026-W52", "2026-W53", "2027-W01"]),
        (date(2026, 3, 4), date(2026, 3, 4), ["2026-W10"]),
        (date(2026, 3, 8), date(2026, 3, 9), ["2026-W10", "2026-W11"]),  # Sunday to Monday
        (date(2026, 3, 9), date(2026, 3, 8), []),
    ],
)
def test_weeks_between(start, end, codes):
    assert weeks_between(start, end) == codes


def test_weeks_of_the_nd09_first_quarter():
    q1 = parse_period("2026-Q1")  # Monday 15/12/2025 (2025-W51) to Saturday 14/3/2026 (W11)
    codes = weeks_between(q1.start, q1.end)
    assert codes[0] == "2025-W51"
    assert codes[-1] == "2026-W11"
    assert len(codes) == 13  # 2025-W51, W52, then 2026-W01..W11
    assert len(set(codes)) == len(codes)
