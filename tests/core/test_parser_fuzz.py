"""Fuzzing the text parsers users feed from their own files: never a crash, always an answer.

Whatever a plan's cell holds — deadlines, targets, budget amounts — parsing returns a value
(possibly "not understood", with a Vietnamese explanation), never raises.
"""

import unicodedata
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_desktop.core.deadlines import parse_deadline
from kehoach_desktop.core.targets import parse_decimal, parse_target, parse_target_sentence
from kehoach_desktop.core.vnformat import amount_in_words, format_number

VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
PIECES = [
    "Quý",
    "quý",
    "I",
    "II",
    "III",
    "IV",
    "VI",
    "Tháng",
    "tháng",
    "năm",
    "Năm",
    "Thường xuyên",
    "Hàng",
    "Hằng",
    "quý",
    "tháng",
    "năm",
    "Khi có",
    "Trước",
    "Trong",
    "/",
    " ",
    "-",
    "2026",
    "05",
    "13",
    "0",
    "31",
    "30/6/2026",
    "≥",
    "≤",
    ">=",
    "%",
    "$\\geq",
    "\\%$",
    "80",
    "2.100",
    "3,440",
    "1.580",
    "(trừ văn bản mật)",
    "người",
    "hộ",
    "ấp",
    "\n",
    "\t",
    "đạt",
    "tối thiểu",
]
cell_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES), st.text(alphabet=VIETNAMESE + "0123456789.,%/ ()", max_size=6)
    ),
    max_size=12,
).map("".join)
any_text = st.one_of(cell_text, st.text(max_size=80))


@settings(max_examples=400, deadline=None)
@given(any_text, st.one_of(st.none(), st.integers(min_value=1990, max_value=2100)))
def test_parse_deadline_never_raises_and_keeps_the_text(text: str, year: int | None) -> None:
    result = parse_deadline(text, default_year=year)
    assert unicodedata.is_normalized("NFC", result.text)
    assert not (result.due_date and result.recurrence)
    if result.due_date is not None:
        assert isinstance(result.due_date, date)
    if result.problem:
        assert result.due_date is None
        assert unicodedata.is_normalized("NFC", result.problem)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_parse_target_never_raises(text: str) -> None:
    target = parse_target(text)
    if target.value is not None:
        assert isinstance(target.value, Decimal) and target.value.is_finite()
    parse_target_sentence(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,", max_size=20))
def test_parse_decimal_answers_a_finite_number_or_none(token: str) -> None:
    value = parse_decimal(token)
    assert value is None or (isinstance(value, Decimal) and value.is_finite() and value >= 0)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_printed_amounts_read_back(number: int) -> None:
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


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_amount_in_words_uses_only_number_words(number: int) -> None:
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
