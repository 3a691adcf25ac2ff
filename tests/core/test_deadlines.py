"""Deadlines as plans print them → due date, recurrence, or a problem in Vietnamese."""

from datetime import date

import pytest

from kehoach_desktop.core.deadlines import Deadline, parse_deadline
from kehoach_desktop.core.domain import Recurrence


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tháng 05/2026", date(2026, 5, 31)),
        ("Tháng 3/2026", date(2026, 3, 31)),
        ("tháng 3 năm 2026", date(2026, 3, 31)),
        ("Tháng 02/2028", date(2028, 2, 29)),
        ("05/2026", date(2026, 5, 31)),
        ("Quý II/2026", date(2026, 6, 30)),
        ("Quý I năm 2026", date(2026, 3, 31)),
        ("Quý IV/2026", date(2026, 12, 31)),
        ("Quý 3/2026", date(2026, 9, 30)),
        ("Năm 2026", date(2026, 12, 31)),
        ("Trong năm 2026", date(2026, 12, 31)),
        ("2026", date(2026, 12, 31)),
        ("6 tháng đầu năm 2026", date(2026, 6, 30)),
        ("6 tháng cuối năm 2026", date(2026, 12, 31)),
        ("30/6/2026", date(2026, 6, 30)),
        ("Trước 15/10/2026", date(2026, 10, 15)),
        ("ngày 15 tháng 10 năm 2026", date(2026, 10, 15)),
        ("Tháng 3-4/2026", date(2026, 4, 30)),
        ("Quý II-III/2026", date(2026, 9, 30)),
        ("Từ 01/3/2026 đến 30/6/2026", date(2026, 6, 30)),
        ("Giai đoạn 2026-2030", date(2030, 12, 31)),
    ],
)
def test_due_dates(text: str, due: date) -> None:
    deadline = parse_deadline(text)
    assert deadline == Deadline(text, due, None, None)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Thường xuyên", Recurrence.CONTINUOUS),
        ("Thực hiện thường xuyên trong năm", Recurrence.CONTINUOUS),
        ("Hàng năm", Recurrence.YEARLY),
        ("Hằng năm", Recurrence.YEARLY),
        ("Hàng quý", Recurrence.QUARTERLY),
        ("Hằng quý", Recurrence.QUARTERLY),
        ("Hàng tháng", Recurrence.MONTHLY),
        ("Hằng tháng", Recurrence.MONTHLY),
        ("Trước ngày 20 hàng tháng", Recurrence.MONTHLY),
        ("Khi có chính sách của cấp trên", Recurrence.ON_EVENT),
        ("Khi có văn bản đề nghị của các sở, ban, ngành", Recurrence.ON_EVENT),
        ("Theo yêu cầu", Recurrence.ON_EVENT),
    ],
)
def test_recurrences(text: str, recurrence: Recurrence) -> None:
    assert parse_deadline(text, default_year=2026) == Deadline(text, None, recurrence, None)


def test_recurring_work_has_no_due_date_even_with_a_year() -> None:
    deadline = parse_deadline("Thường xuyên trong năm 2026")
    assert (deadline.due_date, deadline.recurrence) == (None, Recurrence.CONTINUOUS)
    assert parse_deadline("Hàng quý năm 2026").due_date is None


def test_year_comes_from_the_plan_when_not_written() -> None:
    assert parse_deadline("Quý II", default_year=2026).due_date == date(2026, 6, 30)
    assert parse_deadline("Quý III", default_year=2027).due_date == date(2027, 9, 30)
    assert parse_deadline("Trước 31/3", default_year=2026).due_date == date(2026, 3, 31)
    assert parse_deadline("Trong năm", default_year=2026).due_date == date(2026, 12, 31)
    without = parse_deadline("Quý II")
    assert without.due_date is None and without.problem == "“Quý II” không ghi năm"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Quý VI/2026", "Quý VI không tồn tại (chỉ có Quý I–IV)"),
        ("Quý 5/2026", "Quý 5 không tồn tại (chỉ có Quý I–IV)"),
        ("Tháng 13/2026", "Tháng 13 không tồn tại (chỉ có tháng 1–12)"),
        ("31/02/2026", "Ngày 31/02/2026 không tồn tại"),
        ("≥ 150-300 người", "Không hiểu thời hạn “≥ 150-300 người”"),
        ("Ban hành đúng hạn", "Không hiểu thời hạn “Ban hành đúng hạn”"),
    ],
)
def test_impossible_or_unclear_text_keeps_its_words(text: str, problem: str) -> None:
    deadline = parse_deadline(text, default_year=2026)
    assert deadline == Deadline(text, None, None, problem)


def test_a_frequency_is_not_a_deadline() -> None:
    deadline = parse_deadline("2-3 đợt/năm", default_year=2026)
    assert deadline.due_date is None and deadline.recurrence is None
    assert deadline.problem is not None and "số lần thực hiện" in deadline.problem


def test_empty_and_whitespace() -> None:
    assert parse_deadline("") == Deadline("")
    assert parse_deadline(None) == Deadline("")
    assert parse_deadline("  \n ").is_empty
    spaced = parse_deadline("  Quý   II/2026\n")
    assert spaced.text == "Quý II/2026" and spaced.due_date == date(2026, 6, 30)
