"""The Excel writer, read back with openpyxl: sheets, print setup, numbers and formats."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kehoach_desktop.core.vnformat import format_number
from kehoach_desktop.reports.model import (
    Cell,
    DocumentHeader,
    ReportDocument,
    Signer,
    Table,
)
from kehoach_desktop.reports.xlsx import cell_number, write_xlsx
from tests.reports.conftest import decomposed
from tests.reports.sample import build_sample_report, hamlet_rows


def _find(ws, text: str) -> tuple[int, int]:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text!r} not on sheet {ws.title}")


def test_one_sheet_per_table(sample_xlsx: Path) -> None:
    workbook = openpyxl.load_workbook(sample_xlsx)
    assert workbook.sheetnames == ["Chỉ tiêu", "Các ấp", "Phụ lục nhiệm vụ"]


def test_print_setup(sample_xlsx: Path) -> None:
    workbook = openpyxl.load_workbook(sample_xlsx)
    for ws in workbook:
        setup = ws.page_setup
        assert int(setup.paperSize) == 9  # A4
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        margins = ws.page_margins
        assert margins.left == pytest.approx(30 / 25.4)
        assert margins.right == pytest.approx(15 / 25.4)
        assert margins.top == pytest.approx(20 / 25.4)
        assert margins.bottom == pytest.approx(20 / 25.4)
        assert ws.HeaderFooter.differentFirst
        assert "&P" in ws.oddHeader.center.text
        assert not ws.firstHeader.center.text
    assert workbook["Chỉ tiêu"].page_setup.orientation == "portrait"
    assert workbook["Phụ lục nhiệm vụ"].page_setup.orientation == "landscape"


def test_print_titles_are_the_header_rows(sample_xlsx: Path) -> None:
    workbook = openpyxl.load_workbook(sample_xlsx)
    hamlets = workbook["Các ấp"]
    top, _ = _find(hamlets, "STT")
    assert hamlets.print_title_rows == f"${top}:${top + 1}"
    assert hamlets.cell(top, 1).font.bold
    assert hamlets.cell(top, 1).alignment.wrap_text
    assert f"D{top}:E{top}" in {str(r) for r in hamlets.merged_cells.ranges}
    tasks = workbook["Phụ lục nhiệm vụ"]
    top, _ = _find(tasks, "STT")
    assert tasks.print_title_rows == f"${top}:${top}"


def test_numbers_are_numbers_with_formats(sample_xlsx: Path) -> None:
    ws = openpyxl.load_workbook(sample_xlsx)["Các ấp"]
    row, col = _find(ws, "Tổng cộng")
    rows = hamlet_rows()
    population = ws.cell(row, col + 1)
    assert population.value == sum(r[1] for r in rows)
    assert population.number_format == "#,##0"
    assert population.font.bold
    rate = ws.cell(row, col + 3)
    assert rate.value == pytest.approx(sum(r[2] for r in rows) / sum(r[1] for r in rows), abs=5e-4)
    assert rate.number_format in ("0%", "0.0%")
    assert ws.cell(row, col).border.top.style == "thin"
    first_hamlet = ws.cell(row - len(rows), col)
    assert first_hamlet.value == "Ấp 1"


def test_ratio_text_stays_text(sample_xlsx: Path) -> None:
    ws = openpyxl.load_workbook(sample_xlsx)["Chỉ tiêu"]
    assert _find(ws, "25.736/36.845 (69,85%)")
    row, col = _find(ws, "Kế hoạch")
    target = ws.cell(row + 1, col)
    assert target.value == pytest.approx(0.8)
    assert target.number_format == '"≥ "0%'


def test_titles_above_the_table(sample_xlsx: Path) -> None:
    ws = openpyxl.load_workbook(sample_xlsx)["Phụ lục nhiệm vụ"]
    assert ws["A1"].value == "ỦY BAN NHÂN DÂN XÃ TÀ LÀI"
    values = [ws.cell(r, 1).value for r in range(1, 6)]
    assert "PHỤ LỤC I" in values
    assert any(v and v.startswith("(Kèm theo Báo cáo số 05/BC-UBND") for v in values)
    assert ws.row_dimensions[_find(ws, "STT")[0] + 2].height >= 24  # wrapped rows are tall


@pytest.mark.parametrize(
    ("cell", "numeric", "expected"),
    [
        (Cell("1.234"), True, (1234, "#,##0")),
        (Cell("1.234.567"), True, (1234567, "#,##0")),
        (Cell("85,7%"), True, (pytest.approx(0.857), "0.0%")),
        (Cell("100%"), True, (1, "0%")),
        (Cell("3.440,5"), True, (pytest.approx(3440.5), "#,##0.0")),
        (Cell("1.1"), True, None),  # a task code, not a number
        (Cell("1.234"), False, None),  # text columns are not parsed
        (Cell("25.736/36.845 (69,85%)"), True, None),
        (Cell("≥ 80%", value=80), False, (pytest.approx(0.8), '"≥ "0%')),
        (Cell("3.440", value=Decimal("3440")), False, (3440, "#,##0")),
        (Cell("—", value=None), True, None),
    ],
)
def test_cell_number(cell: Cell, numeric: bool, expected) -> None:
    assert cell_number(cell, numeric) == expected


def test_sheet_names_are_valid_and_unique(tmp_path: Path) -> None:
    table = Table(
        header=[["a"]], rows=[["1"]], widths=[1], align=["left"], title="Bảng: a/b [nháp]?"
    )
    doc = ReportDocument(
        header=DocumentHeader(
            "UBND xã Tà Lài", "Số: 01/BC-UBND", "Tà Lài, ngày 01 tháng 01 năm 2026"
        ),
        signer=Signer("", "CHỦ TỊCH", "A"),
        body=[table, table],
    )
    path = tmp_path / "names.xlsx"
    write_xlsx(doc, path)
    names = openpyxl.load_workbook(path).sheetnames
    assert names == ["Bảng a b nháp", "Bảng a b nháp (2)"]


def test_decomposed_input_is_written_composed(tmp_path: Path) -> None:
    path = tmp_path / "nfd.xlsx"
    write_xlsx(decomposed(build_sample_report()), path)
    ws = openpyxl.load_workbook(path)["Các ấp"]
    assert _find(ws, "Tổng cộng")
    assert ws["A1"].value == "ỦY BAN NHÂN DÂN XÃ TÀ LÀI"
    row, col = _find(ws, "Tổng cộng")
    assert format_number(ws.cell(row, col + 1).value) == format_number(
        sum(r[1] for r in hamlet_rows())
    )
