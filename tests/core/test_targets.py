"""Targets as printed → comparator, value, unit; the text always kept."""

from decimal import Decimal

import pytest

from kehoach_desktop.core.domain import Comparator
from kehoach_desktop.core.targets import (
    Target,
    parse_decimal,
    parse_target,
    parse_target_sentence,
    strip_latex,
)

GE, LE = Comparator.AT_LEAST, Comparator.AT_MOST


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥ 80%", Target("≥ 80%", GE, Decimal(80), "%")),
        (">= 80 %", Target(">= 80 %", GE, Decimal(80), "%")),
        ("≥ 2% GRDP", Target("≥ 2% GRDP", GE, Decimal(2), "%")),
        ("$\\geq 2\\%$", Target("≥ 2%", GE, Decimal(2), "%")),
        ("≤ 5 ngày", Target("≤ 5 ngày", LE, Decimal(5), "ngày")),
        ("≥ 4 báo cáo/năm", Target("≥ 4 báo cáo/năm", GE, Decimal(4), "báo cáo/năm")),
        ("≥ 150-300 người", Target("≥ 150-300 người", GE, Decimal(150), "người")),
        ("tối thiểu 98%", Target("tối thiểu 98%", GE, Decimal(98), "%")),
        ("không quá 5 ngày", Target("không quá 5 ngày", LE, Decimal(5), "ngày")),
        ("99,5%", Target("99,5%", GE, Decimal("99.5"), "%", implied=True)),
        ("80%", Target("80%", GE, Decimal(80), "%", implied=True)),
        (
            "100 (trừ văn bản mật)",
            Target("100 (trừ văn bản mật)", GE, Decimal(100), None, implied=True),
        ),
        ("100% (NQ71-CP)", Target("100% (NQ71-CP)", GE, Decimal(100), "%", implied=True)),
        ("Thuộc Nhóm 20 xã, phường đứng đầu", Target("Thuộc Nhóm 20 xã, phường đứng đầu")),
        ("Không sự cố", Target("Không sự cố")),
        ("Hoàn thành theo kế hoạch", Target("Hoàn thành theo kế hoạch")),
        ("", Target("")),
    ],
)
def test_parse_target(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


def test_text_only_targets_say_so() -> None:
    assert parse_target("Không sự cố").is_text_only
    assert not parse_target("≥ 80%").is_text_only


@pytest.mark.parametrize(
    ("sentence", "code", "name", "comparator", "value", "unit"),
    [
        (
            "(16) Tỷ lệ người dân trưởng thành có chữ ký số ≥ 50%.",
            "16",
            "Tỷ lệ người dân trưởng thành có chữ ký số",
            GE,
            Decimal(50),
            "%",
        ),
        (
            "- 80% người dân trưởng thành có VNeID.",
            None,
            "Tỷ lệ người dân trưởng thành có VNeID",
            GE,
            Decimal(80),
            "%",
        ),
        (
            "Tỷ lệ giải quyết hồ sơ đúng hạn đạt tối thiểu 98%.",
            None,
            "Tỷ lệ giải quyết hồ sơ đúng hạn",
            GE,
            Decimal(98),
            "%",
        ),
        (
            "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID): 80%.",
            None,
            "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)",
            GE,
            Decimal(80),
            "%",
        ),
        (
            "3. Thời gian giải quyết phản ánh ≤ 5 ngày làm việc.",
            "3",
            "Thời gian giải quyết phản ánh",
            LE,
            Decimal(5),
            "ngày làm việc",
        ),
        (
            "Dân số từ 15 tuổi trở lên có tài khoản giao dịch ≥ 95%",
            None,
            "Dân số từ 15 tuổi trở lên có tài khoản giao dịch",
            GE,
            Decimal(95),
            "%",
        ),
    ],
)
def test_parse_target_sentence(
    sentence: str,
    code: str | None,
    name: str,
    comparator: Comparator,
    value: Decimal,
    unit: str,
) -> None:
    parsed = parse_target_sentence(sentence)
    assert parsed is not None
    assert (parsed.code, parsed.name) == (code, name)
    assert (parsed.target.comparator, parsed.target.value, parsed.target.unit) == (
        comparator,
        value,
        unit,
    )


def test_sentences_without_a_target() -> None:
    assert parse_target_sentence("Phấn đấu đến cuối năm 2026 đạt các chỉ tiêu sau:") is None
    assert parse_target_sentence("Thực hiện Nghị quyết số 57-NQ/TW năm 2024.") is None
    assert parse_target_sentence("- Tăng cường công tác tuyên truyền.") is None
    assert parse_target_sentence("") is None


def test_numbers_as_vietnamese_documents_write_them() -> None:
    assert parse_decimal("2.100") == Decimal(2100)
    assert parse_decimal("3,440") == Decimal(3440)
    assert parse_decimal("1.234.567") == Decimal(1234567)
    assert parse_decimal("2,5") == Decimal("2.5")
    assert parse_decimal("0,500") == Decimal("0.5")
    assert parse_decimal("1.234,5") == Decimal("1234.5")
    assert parse_decimal("1,234.5") == Decimal("1234.5")
    assert parse_decimal("abc") is None
    assert parse_decimal("1.23.4") is None


def test_strip_latex() -> None:
    assert strip_latex("GRDP $\\geq 2\\%$ và tăng dần") == "GRDP ≥ 2% và tăng dần"
    assert strip_latex("$\\leq 5$ ngày") == "≤ 5 ngày"
    assert strip_latex("Không có dấu") == "Không có dấu"
