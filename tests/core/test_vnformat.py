"""Vietnamese formatting. Expected values are worked out by hand from the rules in SPEC §5."""

import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from kehoach_desktop.core.vnformat import (
    BLANK,
    amount_in_words,
    date_line,
    format_date,
    format_doc_number,
    format_money_million,
    format_number,
    format_percent,
    format_ratio,
    from_roman,
    half_label,
    money_in_words,
    month_label,
    quarter_label,
    round_half_up,
    to_roman,
    year_label,
)

NBSP6 = "\u00a0" * 6


# --------------------------------------------------------------------------- round_half_up


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("0.5"), 0, "1"),
        (Decimal("1.5"), 0, "2"),
        (Decimal("2.5"), 0, "3"),  # half-even would give 2
        (Decimal("3.5"), 0, "4"),
        (Decimal("0.4999"), 0, "0"),
        (Decimal("-2.5"), 0, "-3"),  # halves go away from zero
        (Decimal("-0.05"), 1, "-0.1"),
        ("0.05", 1, "0.1"),
        (0.05, 1, "0.1"),
        (0.125, 2, "0.13"),  # half-even would give 0.12
        (0.045, 2, "0.05"),
        (1.005, 2, "1.01"),  # the float is 1.00499..., but it is read as written
        (2.675, 2, "2.68"),
        (85.65, 1, "85.7"),
        (85.64, 1, "85.6"),
        (12, 2, "12.00"),
        ("  7.25 ", 1, "7.3"),
        (Decimal("1E+3"), 0, "1000"),
        (Decimal("99.995"), 2, "100.00"),
    ],
)
def test_round_half_up(value, decimals, expected):
    result = round_half_up(value, decimals)
    assert isinstance(result, Decimal)
    assert str(result) == expected


def test_round_half_up_beyond_default_precision():
    # 30 significant digits: more than the default decimal context (28) holds.
    value = Decimal("12345678901234567890123456789.5")
    assert round_half_up(value) == Decimal("12345678901234567890123456790")


def test_round_half_up_default_is_whole_number():
    assert str(round_half_up(Decimal("41.5"))) == "42"


@pytest.mark.parametrize("bad", ["abc", "1.234,5", "", float("nan"), float("inf"), "NaN"])
def test_round_half_up_rejects_non_numbers(bad):
    with pytest.raises(ValueError):
        round_half_up(bad)


@pytest.mark.parametrize("bad", [None, True, [1]])
def test_round_half_up_rejects_other_types(bad):
    with pytest.raises(TypeError):
        round_half_up(bad)


def test_round_half_up_rejects_negative_decimals():
    with pytest.raises(ValueError):
        round_half_up(1, -1)


# --------------------------------------------------------------------------- format_number


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, 0, "0"),
        (7, 0, "7"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (25736, 0, "25.736"),
        (100000, 0, "100.000"),
        (1234567, 0, "1.234.567"),
        (1234567890, 0, "1.234.567.890"),
        (-1234567, 0, "-1.234.567"),
        (85.7, 1, "85,7"),
        (85.65, 1, "85,7"),
        (-1234.5, 2, "-1.234,50"),
        (1234.5, 0, "1.235"),
        (0.5, 0, "1"),
        (1234567.891, 2, "1.234.567,89"),
        (999.995, 2, "1.000,00"),
        (-999999.5, 0, "-1.000.000"),
        (Decimal("1E+6"), 0, "1.000.000"),
        (Decimal("0.001"), 3, "0,001"),
        (" 42 ", 0, "42"),
        (12, 2, "12,00"),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize(("value", "decimals", "expected"), [(-0.4, 0, "0"), (-0.04, 1, "0,0")])
def test_format_number_has_no_negative_zero(value, decimals, expected):
    assert format_number(value, decimals) == expected


# --------------------------------------------------------------------------- format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (85.65, 1, "85,7%"),  # babel (half-even) prints 85,6
        (85.7, 1, "85,7%"),
        (100, 1, "100%"),
        (80, 1, "80%"),
        (80.04, 1, "80%"),
        (79.96, 1, "80%"),
        (Decimal("99.95"), 1, "100%"),
        (0, 1, "0%"),
        (0.05, 1, "0,1%"),
        (0.04, 1, "0%"),
        (69.8493, 2, "69,85%"),
        (69.8, 2, "69,80%"),  # a non-whole value keeps all its places
        (12.5, 0, "13%"),
        (1234.5, 1, "1.234,5%"),
        (-5.25, 1, "-5,3%"),
    ],
)
def test_format_percent(value, decimals, expected):
    assert format_percent(value, decimals) == expected


def test_format_percent_default_is_one_decimal():
    assert format_percent(Decimal("33.333")) == "33,3%"


# --------------------------------------------------------------------------- format_ratio


@pytest.mark.parametrize(
    ("numerator", "denominator", "decimals", "expected"),
    [
        # 36.845 × 0,69845 = 25.734,39 < 25.736 < 36.845 × 0,6985 = 25.736,23
        (25736, 36845, 2, "25.736/36.845 (69,85%)"),
        (10, 10, 2, "10/10 (100%)"),
        (0, 5, 2, "0/5 (0%)"),
        (1, 3, 2, "1/3 (33,33%)"),
        (2, 3, 2, "2/3 (66,67%)"),
        (1, 8, 2, "1/8 (12,50%)"),
        (1, 16, 1, "1/16 (6,3%)"),  # exactly 6,25: half up, not half-even 6,2
        (1, 80, 1, "1/80 (1,3%)"),  # exactly 1,25
        (1, 80, 2, "1/80 (1,25%)"),
        (1, 2000, 1, "1/2.000 (0,1%)"),  # exactly 0,05
        (29, 200, 0, "29/200 (15%)"),  # exactly 14,5; in floats 14.499999999999998
        (1234567, 2469134, 2, "1.234.567/2.469.134 (50%)"),
        (3, 2, 1, "3/2 (150%)"),
    ],
)
def test_format_ratio(numerator, denominator, decimals, expected):
    assert format_ratio(numerator, denominator, decimals) == expected


def test_format_ratio_default_is_two_decimals():
    assert format_ratio(2, 3) == "2/3 (66,67%)"


@pytest.mark.parametrize(
    ("numerator", "expected"), [(25736, "25.736/0 (—)"), (0, "0/0 (—)"), (1, "1/0 (—)")]
)
def test_format_ratio_zero_denominator(numerator, expected):
    assert format_ratio(numerator, 0) == expected


def test_format_ratio_zero_denominator_uses_em_dash():
    assert format_ratio(1, 0).endswith("(\u2014)")


def test_format_ratio_takes_whole_counts_only():
    with pytest.raises(TypeError):
        format_ratio(1.5, 3)


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("3440"), "3.440"),
        (Decimal("4430"), "4.430"),
        (Decimal("1580.000"), "1.580"),
        (Decimal("2.5"), "2,5"),
        (Decimal("2.50"), "2,5"),
        (Decimal("10"), "10"),  # trailing zeros of a whole number stay
        (Decimal("100.10"), "100,1"),
        (Decimal("540"), "540"),
        (Decimal("0"), "0"),
        (Decimal("0.000"), "0"),
        (Decimal("0.05"), "0,05"),
        (Decimal("1234.567"), "1.234,567"),
        (Decimal("-12.5"), "-12,5"),
        (Decimal("1E+3"), "1.000"),
        (Decimal("0.0000005"), "0,000001"),  # half a đồng rounds up to one đồng
        (Decimal("0.0000004"), "0"),
        (250, "250"),
    ],
)
def test_format_money_million(value, expected):
    assert format_money_million(value) == expected


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),  # "tư" only after "mươi"
        (15, "mười lăm"),
        (19, "mười chín"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (40, "bốn mươi"),
        (41, "bốn mươi mốt"),
        (44, "bốn mươi tư"),
        (55, "năm mươi lăm"),
        (99, "chín mươi chín"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (111, "một trăm mười một"),
        (115, "một trăm mười lăm"),
        (124, "một trăm hai mươi tư"),
        (155, "một trăm năm mươi lăm"),
        (999, "chín trăm chín mươi chín"),
        (1000, "một nghìn"),
        (1001, "một nghìn không trăm linh một"),
        (1005, "một nghìn không trăm linh năm"),
        (1010, "một nghìn không trăm mười"),
        (1015, "một nghìn không trăm mười lăm"),
        (1021, "một nghìn không trăm hai mươi mốt"),
        (1050, "một nghìn không trăm năm mươi"),
        (1100, "một nghìn một trăm"),
        (2026, "hai nghìn không trăm hai mươi sáu"),
        (10000, "mười nghìn"),
        (15000, "mười lăm nghìn"),
        (21000, "hai mươi mốt nghìn"),
        (100000, "một trăm nghìn"),
        (105000, "một trăm linh năm nghìn"),
        (1000000, "một triệu"),
        (1000001, "một triệu không trăm linh một"),
        (1001000, "một triệu không trăm linh một nghìn"),
        (1000500, "một triệu năm trăm"),
        (2000001, "hai triệu không trăm linh một"),
        (2500000, "hai triệu năm trăm nghìn"),
        (250000000, "hai trăm năm mươi triệu"),
        (1000000000, "một tỷ"),
        (1000000010, "một tỷ không trăm mười"),
        (1000000001, "một tỷ không trăm linh một"),
        (3440000000, "ba tỷ bốn trăm bốn mươi triệu"),
        (3040000000, "ba tỷ không trăm bốn mươi triệu"),
        (4430000000, "bốn tỷ bốn trăm ba mươi triệu"),
        (
            999999999999,
            "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu"
            " chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
        ),
        (10**12, "một nghìn tỷ"),
        (2500 * 10**9, "hai nghìn năm trăm tỷ"),
        (10**12 + 5, "một nghìn tỷ không trăm linh năm"),
        (1001 * 10**9, "một nghìn không trăm linh một tỷ"),
        (10**12 + 10**6, "một nghìn tỷ không trăm linh một triệu"),
        (10**15, "một triệu tỷ"),
        (10**18, "một tỷ tỷ"),
        (-25, "âm hai mươi lăm"),
        (-1005, "âm một nghìn không trăm linh năm"),
    ],
)
def test_amount_in_words(n, expected):
    assert amount_in_words(n) == expected


def test_amount_in_words_is_nfc_and_uses_standard_words():
    numbers = [*range(0, 2000), *range(10**9, 10**9 + 200), 4 * 10**9 + 4 * 10**6 + 5]
    wrong_phrases = ("linh mốt", "linh tư", "linh lăm", "mười tư", "mươi một", "mươi bốn")
    wrong_phrases += ("mươi năm", "mười năm")
    for n in numbers:
        words = amount_in_words(n)
        assert unicodedata.is_normalized("NFC", words), n
        assert not {"ngàn", "lẻ", "ngìn"} & set(words.split()), (n, words)
        assert not [phrase for phrase in wrong_phrases if phrase in words], (n, words)


def test_amount_in_words_rejects_floats():
    with pytest.raises(TypeError):
        amount_in_words(1.5)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (3440000000, "Ba tỷ bốn trăm bốn mươi triệu đồng"),
        (4430000000, "Bốn tỷ bốn trăm ba mươi triệu đồng"),  # as printed in the Lộc Tấn plan
        (250000000, "Hai trăm năm mươi triệu đồng"),
        (1005, "Một nghìn không trăm linh năm đồng"),
        (1, "Một đồng"),
        (0, "Không đồng"),
        (-5, "Âm năm đồng"),
    ],
)
def test_money_in_words(amount, expected):
    assert money_in_words(amount) == expected


# --------------------------------------------------------------------------- roman numerals


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (6, "VI"),
        (9, "IX"),
        (14, "XIV"),
        (40, "XL"),
        (90, "XC"),
        (400, "CD"),
        (900, "CM"),
        (1994, "MCMXCIV"),
        (2026, "MMXXVI"),
        (3999, "MMMCMXCIX"),
    ],
)
def test_to_roman(n, expected):
    assert to_roman(n) == expected


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_to_roman_out_of_range(n):
    with pytest.raises(ValueError):
        to_roman(n)


def test_roman_round_trip():
    for n in range(1, 4000):
        assert from_roman(to_roman(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IV", 4),
        (" iv ", 4),
        ("Iv", 4),
        ("\tVI\n", 6),
        ("xii", 12),
        ("\u2161", 2),  # Ⅱ, the Unicode numeral sign
        ("\u217b", 12),  # ⅻ
        ("MMXXVI", 2026),
    ],
)
def test_from_roman(text, expected):
    assert from_roman(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "IIII", "IC", "IL", "VX", "XM", "MMMM", "ABC", "I.", "I I", "1", "Quý I"]
)
def test_from_roman_rejects_non_numerals(text):
    assert from_roman(text) is None


# --------------------------------------------------------------------------- dates and labels


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 3, 6), "Tà Lài, ngày 06 tháng 3 năm 2026"),
        (date(2026, 1, 5), "Tà Lài, ngày 05 tháng 01 năm 2026"),
        (date(2026, 2, 12), "Tà Lài, ngày 12 tháng 02 năm 2026"),
        (date(2026, 9, 30), "Tà Lài, ngày 30 tháng 9 năm 2026"),
        (date(2026, 10, 10), "Tà Lài, ngày 10 tháng 10 năm 2026"),
        (date(2026, 11, 9), "Tà Lài, ngày 09 tháng 11 năm 2026"),
        (date(2026, 12, 31), "Tà Lài, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_date_line(d, expected):
    assert date_line("Tà Lài", d) == expected


def test_date_line_normalises_the_place():
    decomposed = unicodedata.normalize("NFD", " Lộc  Tấn ")
    line = date_line(decomposed, date(2026, 3, 6))
    assert line == "Lộc Tấn, ngày 06 tháng 3 năm 2026"
    assert unicodedata.is_normalized("NFC", line)


def test_date_line_blank_for_hand_filling():
    assert date_line("Tà Lài", None, year=2026) == f"Tà Lài, ngày {NBSP6} tháng {NBSP6} năm 2026"


@pytest.mark.parametrize(("month", "shown"), [(3, "3"), (1, "01"), (2, "02"), (12, "12")])
def test_date_line_blank_day_known_month(month, shown):
    line = date_line("Tà Lài", None, year=2026, month=month)
    assert line == f"Tà Lài, ngày {NBSP6} tháng {shown} năm 2026"


def test_blank_is_no_break_spaces():
    assert BLANK == NBSP6


def test_date_line_blank_needs_a_year():
    with pytest.raises(ValueError):
        date_line("Tà Lài", None)


def test_date_line_blank_rejects_bad_month():
    with pytest.raises(ValueError):
        date_line("Tà Lài", None, year=2026, month=13)


def test_date_line_without_place():
    assert date_line("", date(2026, 3, 6)) == "Ngày 06 tháng 3 năm 2026"


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2026, 3, 6), "06/03/2026"),
        (date(2026, 1, 1), "01/01/2026"),
        (date(2026, 12, 31), "31/12/2026"),
        (date(2025, 11, 18), "18/11/2025"),
    ],
)
def test_format_date(d, expected):
    assert format_date(d) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [(1, "Quý I/2026"), (2, "Quý II/2026"), (3, "Quý III/2026"), (4, "Quý IV/2026")],
)
def test_quarter_label(q, expected):
    assert quarter_label(2026, q) == expected


@pytest.mark.parametrize(
    ("m", "expected"), [(1, "Tháng 1/2026"), (3, "Tháng 3/2026"), (12, "Tháng 12/2026")]
)
def test_month_label(m, expected):
    assert month_label(2026, m) == expected


def test_half_and_year_labels():
    assert half_label(2026, 1) == "6 tháng đầu năm 2026"
    assert half_label(2026, 2) == "6 tháng cuối năm 2026"
    assert year_label(2026) == "Năm 2026"


@pytest.mark.parametrize(
    ("label", "bad"),
    [
        (quarter_label, 0),
        (quarter_label, 5),
        (month_label, 0),
        (month_label, 13),
        (half_label, 0),
        (half_label, 3),
    ],
)
def test_labels_reject_bad_index(label, bad):
    with pytest.raises(ValueError):
        label(2026, bad)


# --------------------------------------------------------------------------- document numbers


@pytest.mark.parametrize(
    ("seq", "kind", "body", "expected"),
    [
        (5, "BC", "UBND", "Số: 05/BC-UBND"),
        (1, "BC", "UBND", "Số: 01/BC-UBND"),
        (9, "BC", "UBND", "Số: 09/BC-UBND"),
        (10, "BC", "UBND", "Số: 10/BC-UBND"),
        (123, "BC", "UBND", "Số: 123/BC-UBND"),
        (64, "KH", "UBND", "Số: 64/KH-UBND"),
        (3, "QĐ", "UBND", "Số: 03/QĐ-UBND"),
    ],
)
def test_format_doc_number(seq, kind, body, expected):
    assert format_doc_number(seq, kind, body) == expected


def test_format_doc_number_defaults():
    assert format_doc_number(7) == "Số: 07/BC-UBND"


def test_format_doc_number_blank():
    assert format_doc_number(None) == f"Số:{NBSP6}/BC-UBND"
    assert format_doc_number(None, "KH") == f"Số:{NBSP6}/KH-UBND"


@pytest.mark.parametrize("seq", [0, -1])
def test_format_doc_number_rejects_non_positive(seq):
    with pytest.raises(ValueError):
        format_doc_number(seq)
