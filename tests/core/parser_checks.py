"""What the parsers of users' text promise, as checks shared by the hypothesis tests
(test_parser_fuzz.py) and the coverage-guided fuzzer (fuzz_parsers.py): whatever a plan's cell
holds, parsing answers (possibly "not understood", with a Vietnamese explanation), never raises.
"""

import unicodedata
from datetime import date
from decimal import Decimal

from kehoach_desktop.core.deadlines import parse_deadline
from kehoach_desktop.core.targets import parse_decimal, parse_target, parse_target_sentence
from kehoach_desktop.core.vnformat import amount_in_words, format_number


def check_deadline(text: str, year: int | None) -> None:
    """A deadline keeps its text (NFC), and has a date or a recurrence, or a problem."""
    result = parse_deadline(text, default_year=year)
    assert unicodedata.is_normalized("NFC", result.text)
    assert not (result.due_date and result.recurrence)
    if result.due_date is not None:
        assert isinstance(result.due_date, date)
    if result.problem:
        assert result.due_date is None
        assert unicodedata.is_normalized("NFC", result.problem)


def check_target(text: str) -> None:
    """A target's value, when read, is a finite Decimal; a target sentence never raises."""
    target = parse_target(text)
    if target.value is not None:
        assert isinstance(target.value, Decimal) and target.value.is_finite()
    parse_target_sentence(text)


def check_decimal(token: str) -> None:
    """A number token reads as a finite non-negative Decimal, or as nothing."""
    value = parse_decimal(token)
    assert value is None or (isinstance(value, Decimal) and value.is_finite() and value >= 0)


def check_printed_amount(number: int) -> None:
    """What format_number prints ("1.234.567"), parse_decimal reads back as the same number."""
    assert parse_decimal(format_number(number)) == number


WORDS = {
    "không",
    "một",
    "mốt",
    "hai",
    "ba",
    "bốn",
    "tư",
    "năm",
    "lăm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "mươi",
    "trăm",
    "linh",
    "nghìn",
    "triệu",
    "tỷ",
    "âm",
}


def check_amount_in_words(number: int) -> None:
    """An amount in words uses only number words, in the places Vietnamese puts them."""
    words = amount_in_words(number)
    assert words == words.strip() and "  " not in words
    assert set(words.split()) <= WORDS
    assert words.startswith("âm ") == (number < 0)
    tokens = words.split()
    for before, word in zip(tokens, tokens[1:], strict=False):
        if word == "mốt" or word == "tư":
            assert before == "mươi", words  # "hai mươi mốt", "hai mươi tư"; never "mười mốt"
        if word == "lăm":
            assert before in {"mười", "mươi"}, words
        if before == "linh":
            assert word in {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}, words
