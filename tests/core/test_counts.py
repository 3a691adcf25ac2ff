"""Counts as people type and paste them, and the reporting week."""

from datetime import date

import pytest

from kehoach_desktop.core.counts import (
    default_week,
    parse_count,
    parse_pasted,
    shift_week,
    week_label,
)
from kehoach_desktop.core.domain import KehoachError


def test_a_block_copied_from_excel() -> None:
    assert parse_pasted("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_pasted("5\n") == [["5"]]
    # A cell holding a line break comes quoted; trailing empty lines are dropped.
    assert parse_pasted('"Ấp\nPhú Lâm"\t7\n\n\t\n') == [["Ấp\nPhú Lâm", "7"]]
    assert parse_pasted("") == []


def test_counts_at_their_limits() -> None:
    assert parse_count("0", "x") == 0
    assert parse_count("100000", "x") == 100_000
    with pytest.raises(KehoachError, match="vượt quá"):
        parse_count("100001", "Ấp 1, VNeID")
    assert parse_count("1 234", "x") == 1234  # a space as thousands separator
    with pytest.raises(KehoachError, match="Ấp 1, VNeID: “1.2345”"):
        parse_count("1.2345", "Ấp 1, VNeID")


def test_the_reporting_week() -> None:
    assert week_label("2026-W01") == "2026-W01 (29/12/2025–04/01/2026)"
    assert week_label("2026-W46") == "2026-W46 (09/11–15/11/2026)"
    assert default_week(date(2026, 1, 5)) == "2026-W01"  # Monday: last week is complete
    assert default_week(date(2026, 1, 4)) == "2025-W52"  # Sunday: its own week is not
    assert shift_week("2026-W01", -1) == "2025-W52"
