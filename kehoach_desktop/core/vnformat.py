"""Vietnamese formatting for reports and the UI: numbers, percentages, money, dates, labels.

Pure functions, no Qt, no I/O. The rules follow Nghị định 30/2020/NĐ-CP as printed in commune
reports (SPEC §5):

- numbers group thousands with "." and use "," for decimals: "1.234.567", "85,7";
- rounding is half up (halves go away from zero: 0,05 → 0,1; -2,5 → -3), never babel's
  half-even, and floats are read through ``str()`` so 2.675 rounds to 2,68 as written;
- amounts in words use "nghìn", "linh", "mốt", "tư", "lăm", as on invoices and bank documents;
- the date line is built by hand: "Tà Lài, ngày 06 tháng 3 năm 2026".

Blanks left for the văn thư to fill by hand (document number, day, month) are runs of
no-break spaces (:data:`BLANK`), because PDF paragraph engines collapse ordinary spaces.
"""

import operator
import re
import unicodedata
from datetime import date
from decimal import (
    ROUND_HALF_UP,
    Decimal,
    InvalidOperation,
    localcontext,
)
from fractions import Fraction

from kehoach_desktop.core.text import clean

__all__ = [
    "BLANK",
    "EM_DASH",
    "amount_in_words",
    "date_line",
    "format_date",
    "format_doc_number",
    "format_money_million",
    "format_number",
    "format_percent",
    "format_ratio",
    "from_roman",
    "half_label",
    "money_in_words",
    "month_label",
    "quarter_label",
    "round_half_up",
    "to_roman",
    "year_label",
]

Number = Decimal | int | float | str

#: A hand-fill blank: six no-break spaces (PDF engines keep them; ordinary runs collapse).
BLANK = "\u00a0" * 6
#: Printed in place of a rate whose denominator is zero.
EM_DASH = "\u2014"

# Money in "triệu đồng" is shown exactly to the đồng: 6 decimals of a million.
_MONEY_MILLION_DECIMALS = 6


# --------------------------------------------------------------------------- numbers


def _to_decimal(value: Number) -> Decimal:
    """Read ``value`` as a finite Decimal; floats through ``str()`` so 0.1 stays 0.1."""
    if isinstance(value, bool):
        raise TypeError("a bool is not a number to format")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(str(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        raise TypeError(f"cannot format {type(value).__name__} as a number")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def _check_decimals(decimals: int) -> int:
    decimals = operator.index(decimals)
    if decimals < 0:
        raise ValueError(f"decimals must be 0 or more, not {decimals}")
    return decimals


def round_half_up(value: Number, decimals: int = 0) -> Decimal:
    """Round to ``decimals`` places, halves away from zero, as Vietnamese reports do.

    ``round_half_up(0.125, 2) == Decimal("0.13")``, ``round_half_up(-2.5) == Decimal("-3")``.
    Floats are read through ``str()`` (``2.675`` is taken as written, giving ``2.68``);
    strings use Python notation ("1234.5"). The result has exactly ``decimals`` places.
    """
    decimals = _check_decimals(decimals)
    number = _to_decimal(value)
    with localcontext() as ctx:
        # quantize fails when the result needs more digits than the context holds
        ctx.prec = max(28, number.adjusted() + decimals + 3)
        return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _round_fraction(value: Fraction, decimals: int) -> Decimal:
    """Round an exact fraction half up (away from zero) without intermediate rounding."""
    scaled = value * 10**decimals
    quotient, remainder = divmod(abs(scaled.numerator), scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        quotient += 1
    sign = -1 if scaled < 0 else 1
    return Decimal(sign * quotient).scaleb(-decimals)


def _group_thousands(digits: str) -> str:
    """'1234567' → '1.234.567'."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(groups)


def _format_rounded(number: Decimal) -> str:
    """Format an already-rounded Decimal with its own number of places, Vietnamese style."""
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    sign = "-" if number < 0 else ""  # a rounded -0,0 has no sign: number < 0 is False
    body = _group_thousands(whole)
    return f"{sign}{body},{fraction}" if fraction else f"{sign}{body}"


def format_number(value: Number, decimals: int = 0) -> str:
    """Format a number for a report: "1.234.567", "85,7", "-1.234,50".

    Thousands are grouped with ".", decimals follow ",", always exactly ``decimals`` places,
    rounded half up. A value that rounds to zero prints without a minus sign.
    """
    return _format_rounded(round_half_up(value, decimals))


def format_percent(value: Number, decimals: int = 1) -> str:
    """Format a value already in percent: 85.65 → "85,7%", 100 → "100%", 80.04 → "80%".

    The value is rounded half up to ``decimals`` places. When the rounded value is a whole
    number the decimal part is dropped ("100%", not "100,0%"), as Vietnamese reports print it;
    otherwise all ``decimals`` places are kept ("69,80%" with ``decimals=2``). No space
    before "%".
    """
    rounded = round_half_up(value, decimals)
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    return _format_rounded(rounded) + "%"


def format_ratio(numerator: int, denominator: int, decimals: int = 2) -> str:
    """Format a count over its base with the rate: "25.736/36.845 (69,85%)".

    The rate is computed exactly and rounded half up as :func:`format_percent` does
    ("10/10 (100%)"). A zero denominator gives "25.736/0 (—)".
    """
    numerator = operator.index(numerator)
    denominator = operator.index(denominator)
    decimals = _check_decimals(decimals)
    counts = f"{format_number(numerator)}/{format_number(denominator)}"
    if denominator == 0:
        return f"{counts} ({EM_DASH})"
    rate = _round_fraction(Fraction(numerator * 100, denominator), decimals)
    return f"{counts} ({format_percent(rate, decimals)})"


def format_money_million(value: Number) -> str:
    """Format an amount in million đồng as plans print it: 3440 → "3.440", 2.5 → "2,5".

    Only the decimals the amount needs are shown (trailing zeros dropped), exact to the đồng
    (at most 6 decimals, rounded half up beyond that).
    """
    text = format_number(value, _MONEY_MILLION_DECIMALS)  # always has a decimal part
    return text.rstrip("0").rstrip(",")


# --------------------------------------------------------------------------- words

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUP_NAMES = ("", "nghìn", "triệu")  # below a tỷ; tỷ itself recurses
_BILLION = 10**9


def _read_group(number: int, full: bool) -> list[str]:
    """Words for 0 < number < 1000; ``full`` reads an empty hundreds place as "không trăm"."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    has_hundreds = full or hundreds > 0
    if has_hundreds:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            words += ["linh", _DIGITS[units]] if has_hundreds else [_DIGITS[units]]
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _DIGITS[units])
    else:
        words += [_DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, _DIGITS[units]))
    return words


def _read_below_billion(number: int, leading: bool) -> list[str]:
    """Words for 0 < number < 10**9; groups of three, empty groups skipped.

    Only the leading group of the whole number may be short ("một nghìn"); every later
    non-empty group is read in full ("... nghìn không trăm linh năm").
    """
    groups = [(number // 10**6) % 1000, (number // 1000) % 1000, number % 1000]
    words: list[str] = []
    for position, group in enumerate(groups):
        if group == 0:
            continue
        words += _read_group(group, full=not leading)
        name = _GROUP_NAMES[2 - position]
        if name:
            words.append(name)
        leading = False
    return words


def _read(number: int, leading: bool) -> list[str]:
    """Words for number > 0; tỷ repeats above itself ("một nghìn tỷ", "một tỷ tỷ")."""
    if number < _BILLION:
        return _read_below_billion(number, leading)
    high, low = divmod(number, _BILLION)
    words = _read(high, leading) + ["tỷ"]
    if low:
        words += _read_below_billion(low, leading=False)
    return words


def amount_in_words(n: int) -> str:
    """Read an integer in Vietnamese words, lower case, as on invoices and bank documents.

    Rules: groups of three digits (nghìn, triệu, tỷ; above a tỷ the names repeat:
    "một nghìn tỷ"); an empty group is skipped; a non-empty group after the first is read
    in full, with "không trăm" and "linh" (1005 → "một nghìn không trăm linh năm",
    2000001 → "hai triệu không trăm linh một"); 1 after a tens of 20 or more is "mốt", 4 is "tư";
    5 after any tens is "lăm" (15 "mười lăm", 25 "hai mươi lăm", but 105 "một trăm linh năm").
    Zero is "không"; negative numbers start with "âm".
    """
    n = operator.index(n)
    if n == 0:
        return _DIGITS[0]
    words = _read(abs(n), leading=True)
    if n < 0:
        words.insert(0, "âm")
    return " ".join(words)


def money_in_words(amount_dong: int) -> str:
    """An amount of đồng in words, as a capitalised phrase: "Ba tỷ bốn trăm bốn mươi triệu đồng"."""
    words = amount_in_words(amount_dong)
    return f"{words[0].upper()}{words[1:]} đồng"


# --------------------------------------------------------------------------- roman numerals

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_TEXT = re.compile(r"[IVXLCDM]+")


def to_roman(n: int) -> str:
    """Upper-case Roman numeral for 1..3999: 4 → "IV", 2026 → "MMXXVI"."""
    n = operator.index(n)
    if not 1 <= n <= 3999:
        raise ValueError(f"Roman numerals cover 1..3999, not {n}")
    parts = []
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(s: str) -> int | None:
    """The value of a Roman numeral, or None if ``s`` is not one.

    Tolerates case, surrounding spaces and the Unicode numeral signs ("Ⅱ"); accepts only the
    standard (canonical) spelling, so "IIII", "IC" and "VX" give None.
    """
    text = unicodedata.normalize("NFKC", s).strip().upper()
    if not _ROMAN_TEXT.fullmatch(text):
        return None
    total = 0
    for symbol, following in zip(text, text[1:] + " ", strict=True):
        value = _ROMAN_VALUES[symbol]
        total += -value if _ROMAN_VALUES.get(following, 0) > value else value
    if not 1 <= total <= 3999 or to_roman(total) != text:
        return None
    return total


# --------------------------------------------------------------------------- dates and labels


def _month_in_date_line(month: int) -> str:
    # NĐ 30/2020: months 1 and 2 take a leading zero (so "tháng 1" cannot be altered to 11/12)
    return f"{month:02d}" if month <= 2 else str(month)


def date_line(
    place: str,
    d: date | None,
    *,
    year: int | None = None,
    month: int | None = None,
) -> str:
    """The place-and-date line of an official document: "Tà Lài, ngày 06 tháng 3 năm 2026".

    Days under 10 and months 1–2 take a leading zero; months 3–12 do not. With ``d=None`` the
    day (and the month unless ``month`` is given) is left blank for the văn thư to write in,
    and ``year`` is required: ``date_line("Tà Lài", None, year=2026, month=3)`` gives
    "Tà Lài, ngày <BLANK> tháng 3 năm 2026", the blank being :data:`BLANK`. ``year`` and ``month``
    are used only when ``d`` is None.
    """
    if d is not None:
        day_text, month_text, year_number = f"{d.day:02d}", _month_in_date_line(d.month), d.year
    else:
        if year is None:
            raise ValueError("date_line needs year= when the date is left blank")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month must be 1..12, not {month}")
        day_text = BLANK
        month_text = BLANK if month is None else _month_in_date_line(month)
        year_number = year
    body = f"ngày {day_text} tháng {month_text} năm {year_number}"
    place = clean(place)
    return f"{place}, {body}" if place else body[0].upper() + body[1:]


def format_date(d: date) -> str:
    """A date for tables: dd/mm/yyyy with zero padding, "06/03/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def month_label(year: int, m: int) -> str:
    """The label of a month: "Tháng 3/2026"."""
    if not 1 <= m <= 12:
        raise ValueError(f"month must be 1..12, not {m}")
    return f"Tháng {m}/{year}"


def quarter_label(year: int, q: int) -> str:
    """The label of a quarter, in Roman numerals: "Quý I/2026"."""
    if not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1..4, not {q}")
    return f"Quý {to_roman(q)}/{year}"


def half_label(year: int, h: int) -> str:
    """The label of a half year: "6 tháng đầu năm 2026" (h=1), "6 tháng cuối năm 2026" (h=2)."""
    if h not in (1, 2):
        raise ValueError(f"half must be 1 or 2, not {h}")
    return f"6 tháng {'đầu' if h == 1 else 'cuối'} năm {year}"


def year_label(year: int) -> str:
    """The label of a year: "Năm 2026"."""
    return f"Năm {year}"


def format_doc_number(seq: int | None, kind: str = "BC", body: str = "UBND") -> str:
    """The document number line: "Số: 05/BC-UBND" (numbers under 10 zero-padded).

    ``seq=None`` leaves the number blank for the văn thư: "Số:" + :data:`BLANK` + "/BC-UBND".
    """
    suffix = f"/{clean(kind)}-{clean(body)}"
    if seq is None:
        return f"Số:{BLANK}{suffix}"
    seq = operator.index(seq)
    if seq < 1:
        raise ValueError(f"a document number starts at 1, not {seq}")
    return f"Số: {seq:02d}{suffix}"
