"""Fuzzing the text parsers users feed from their own files: never a crash, always an answer.

Whatever a plan's cell holds — deadlines, targets, budget amounts — parsing returns a value
(possibly "not understood", with a Vietnamese explanation), never raises.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from .parser_checks import (
    check_amount_in_words,
    check_deadline,
    check_decimal,
    check_printed_amount,
    check_target,
)

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
    check_deadline(text, year)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_parse_target_never_raises(text: str) -> None:
    check_target(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789.,", max_size=20))
def test_parse_decimal_answers_a_finite_number_or_none(token: str) -> None:
    check_decimal(token)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_printed_amounts_read_back(number: int) -> None:
    """What format_number prints ("1.234.567"), parse_decimal reads back as the same number."""
    check_printed_amount(number)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_amount_in_words_uses_only_number_words(number: int) -> None:
    check_amount_in_words(number)
