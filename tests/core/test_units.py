"""Unit names as plans print them: one key per office, partner cells split into names."""

import pytest

from kehoach_desktop.core.units import UnitResolver, looks_like_unit, split_unit_names, unit_key


@pytest.mark.parametrize(
    "variants",
    [
        [
            "Phòng VH-XH",
            "Phòng Văn hóa – Xã hội",
            "Phòng Văn hóa - xã hội",
            "Phòng VHXH",
            "Phòng VHXXH",
            "Phòng Văn hoá — Xã hội xã",
            "phòng văn hóa xã hội",
        ],
        [
            "Văn phòng HĐND-UBND xã",
            "Văn phòng HĐND và UBND",
            "Văn phòng UBND và HĐND",
            "VP HĐND-UBND",
        ],
        [
            "Trung tâm Phục vụ HCC",
            "Trung tâm Phục vụ hành chính công",
            "Trung tâm phụ vụ hành chính công",
            "TTPVHCC",
        ],
        [
            "UBMTTQVN xã",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
            "UBMTTQ Việt Nam xã",
            "Đề nghị Ủy ban Mặt trận Tổ Quốc Việt Nam xã",
            "UB MTTQ Việt Nam",
            "UBMTTQ xã",
        ],
        ["Trung tâm Dịch vụ tổng hợp", "Trung tâm DVTH", "trung tâm dịch vụ tổng hợp"],
        ["Phòng Kinh tế", "Phòng kinh tế", "Phòng KT"],
        ["Hội Phụ nữ", "Hội LHPN xã", "Hội Liên hiệp Phụ nữ xã"],
        ["Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh xã"],
        ["Sở KH-CN", "Sở KH&CN", "Sở Khoa học và Công nghệ"],
    ],
)
def test_one_key_per_unit(variants: list[str]) -> None:
    assert len({unit_key(v) for v in variants}) == 1


def test_different_units_keep_different_keys() -> None:
    keys = [
        unit_key(u)
        for u in (
            "Phòng Văn hóa - Xã hội",
            "Phòng Kinh tế",
            "Công an xã",
            "Trạm Y tế xã",
            "Văn phòng Đảng ủy",
            "Văn phòng HĐND-UBND",
        )
    ]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        (
            "Các phòng, ban chuyên môn xã; Hợp tác xã",
            ["Các phòng, ban chuyên môn xã", "Hợp tác xã"],
        ),
        (
            "Phòng kinh tế; trung tâm dịch vụ tổng hợp",
            ["Phòng kinh tế", "trung tâm dịch vụ tổng hợp"],
        ),
        ("Sở KH-CN và các phòng, ban chuyên môn xã", ["Sở KH-CN", "các phòng, ban chuyên môn xã"]),
        (
            "Phòng VH-XH các phòng, ban chuyên môn xã",
            ["Phòng VH-XH", "các phòng, ban chuyên môn xã"],
        ),
        ("Phòng VH-XH, Công an xã, Trạm Y tế", ["Phòng VH-XH", "Công an xã", "Trạm Y tế"]),
        (
            "Tổ công nghệ số cộng đồng các ấp\nĐoàn Thanh niên",
            ["Tổ công nghệ số cộng đồng các ấp", "Đoàn Thanh niên"],
        ),
        ("Trung tâm Phục vụ hành chính\ncông", ["Trung tâm Phục vụ hành chính công"]),
        ("- Công an xã;\n- Trạm Y tế xã.", ["Công an xã", "Trạm Y tế xã"]),
        ("Văn phòng HĐND và UBND", ["Văn phòng HĐND và UBND"]),
        ("Các phòng, đơn vị", ["Các phòng, đơn vị"]),
        ("", []),
    ],
)
def test_split_unit_names(cell: str, names: list[str]) -> None:
    assert split_unit_names(cell) == names


def test_resolver_maps_printed_names_to_units() -> None:
    resolver = UnitResolver(
        [
            ("vhxh", ["Phòng Văn hóa - Xã hội", "VHXH"]),
            ("vp", ["Văn phòng HĐND và UBND", None]),
            ("hcc", ["Trung tâm Phục vụ hành chính công", "TT PVHCC"]),
            ("mttq", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "UBMTTQ"]),
            ("ca", ["Công an xã"]),
        ]
    )
    assert resolver.resolve("Phòng VH-XH") == "vhxh"
    assert resolver.resolve("Phòng VHXXH") == "vhxh"
    assert resolver.resolve("Phòng VH-XH (Phối hợp cơ quan)") == "vhxh"
    assert resolver.resolve("Văn phòng UBND và HĐND") == "vp"
    assert resolver.resolve("Trung tâm Phục vụ HCC") == "hcc"
    assert resolver.resolve("UBMTTQVN xã") == "mttq"
    assert resolver.resolve("Công an xa") == "ca"  # a dropped accent folds away
    assert resolver.resolve("Trung tâm Phuc vu hanh chinh cong") == "hcc"
    assert resolver.resolve("Phòng Kinh tế") is None
    assert resolver.resolve("Nhiệm vụ áp dụng chung cho 21 ấp") is None
    assert resolver.resolve("") is None
    assert resolver.split_units("Phòng VH-XH; Công an xã") == ["Phòng VH-XH", "Công an xã"]


def test_resolver_fuzzy_match_for_typos_only_when_unambiguous() -> None:
    resolver = UnitResolver([(1, ["Trung tâm Dịch vụ tổng hợp"]), (2, ["Trạm Y tế xã"])])
    assert resolver.resolve("Trung tâm Dịch vụ tổng hợb") == 1
    assert resolver.resolve("Trạm Y tê") == 2
    both = UnitResolver([(1, ["Trường Tiểu học A"]), (2, ["Trường Tiểu học B"])])
    assert both.resolve("Trường Tiểu học C") is None


def test_looks_like_unit() -> None:
    assert looks_like_unit("Phòng Kinh tế")
    assert looks_like_unit("UBMTTQVN xã")
    assert not looks_like_unit("Phần mềm AI")
