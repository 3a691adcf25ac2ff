"""The report model's shared helpers: spans, the end mark, NFC, body-name breaking."""

from __future__ import annotations

import unicodedata

import pytest

from kehoach_desktop.reports.fonts import BOLD, FACES, fit_body_name, font_dir
from kehoach_desktop.reports.model import (
    END_MARK,
    Bullet,
    Cell,
    Paragraph,
    Span,
    Table,
    body_with_end_mark,
    normalized,
    table_grid,
    with_end_mark,
)
from tests.reports.sample import hamlet_table


def test_bundled_fonts_and_licence_are_there() -> None:
    for file_name in FACES.values():
        assert (font_dir() / file_name).stat().st_size > 100_000
    licence = (font_dir() / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_font_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert font_dir() == tmp_path / "resources" / "fonts"


def test_grid_places_two_header_rows_with_spans() -> None:
    grid = table_grid(hamlet_table())
    assert grid.header_rows == 2
    top, second = grid.cells[0], grid.cells[1]
    assert [c.text if c else None for c in top] == [
        "STT", "Tên ấp", "Dân số (người)", "Tài khoản VNeID", None,
        "Hồ sơ DVCTT được hỗ trợ", "Thanh toán không dùng tiền mặt", None, None,
    ]  # fmt: skip
    assert [c.text if c else None for c in second] == [
        None, None, None, "Số tài khoản", "Tỷ lệ", None, "Tổng số hộ", "Số hộ sử dụng", "Tỷ lệ",
    ]  # fmt: skip
    assert Span(0, 0, 0, 1) in grid.spans  # STT over two rows
    assert Span(3, 0, 4, 0) in grid.spans  # VNeID over two columns
    assert Span(6, 0, 8, 0) in grid.spans


def test_grid_group_row_spans_the_rest() -> None:
    table = Table(
        header=[["STT", "Nhiệm vụ", "Chủ trì"]],
        rows=[[Cell("I", bold=True), Cell("KHOA HỌC CÔNG NGHỆ", colspan=2)], ["1", "a", "b"]],
        widths=[1, 4, 2],
        align=["center", "left", "left"],
    )
    grid = table_grid(table)
    assert grid.cells[1][2] is None
    assert grid.spans == [Span(1, 1, 2, 1)]


def test_grid_rejects_a_row_too_long() -> None:
    table = Table(header=[["a", "b"]], rows=[["1", "2", "3"]], widths=[1, 1], align=["left"] * 2)
    with pytest.raises(ValueError, match="quá nhiều ô"):
        table_grid(table)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theo quy định.", "theo quy định./."),
        ("theo quy định", "theo quy định./."),
        ("như sau:", "như sau./."),
        ("đã xong./.", "đã xong./."),
        ("dấu cách.  ", "dấu cách./."),
    ],
)
def test_with_end_mark(text: str, expected: str) -> None:
    assert with_end_mark(text) == expected


def test_end_mark_goes_on_the_last_text_or_stands_alone() -> None:
    body = body_with_end_mark([Paragraph("Một."), Bullet("Hai;")])
    assert body[-1] == Bullet("Hai./.")
    assert body[0] == Paragraph("Một.")
    table = Table(header=[["a"]], rows=[], widths=[1], align=["left"])
    assert body_with_end_mark([table])[-1] == Paragraph(END_MARK)
    assert body_with_end_mark([]) == [Paragraph(END_MARK)]


def test_normalized_reaches_every_string() -> None:
    nfd = unicodedata.normalize("NFD", "Tà Lài")
    table = Table(
        header=[[Cell(nfd, colspan=1)]], rows=[[nfd]], widths=[1], align=["left"], title=nfd
    )
    out = normalized([Paragraph(nfd), table])
    assert out[0].text == "Tà Lài"
    assert out[1].title == "Tà Lài"
    assert out[1].header[0][0] == Cell("Tà Lài")
    assert out[1].rows[0][0] == "Tà Lài"
    assert table.title == nfd, "the input is left alone"


def test_body_name_breaks_before_the_administrative_level() -> None:
    width = 180.0  # points: narrower than the whole name in bold 13
    assert fit_body_name(["ỦY BAN NHÂN DÂN XÃ TÀ LÀI"], BOLD, 13, width) == [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÀ LÀI",
    ]
    assert fit_body_name(["ỦY BAN NHÂN DÂN THỊ XÃ LONG KHÁNH"], BOLD, 13, width) == [
        "ỦY BAN NHÂN DÂN",
        "THỊ XÃ LONG KHÁNH",
    ]
    assert fit_body_name(["UBND XÃ TÀ LÀI"], BOLD, 13, width) == ["UBND XÃ TÀ LÀI"]  # fits
    assert fit_body_name(["PHÒNG VĂN HÓA - XÃ HỘI XÃ TÀ LÀI"], BOLD, 13, width) == [
        "PHÒNG VĂN HÓA - XÃ HỘI",
        "XÃ TÀ LÀI",
    ]
