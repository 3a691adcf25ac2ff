"""The Word writer, read back with python-docx: page setup, fonts, header, tables, text."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm

from kehoach_desktop.reports.docx import write_docx
from tests.reports.conftest import decomposed
from tests.reports.sample import DATE_LINE, NUMBER_TEXT, build_sample_report

TNR = "Times New Roman"


def _mm(length: int) -> float:
    return length / Mm(1)


def test_page_setup_and_margins(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    first, *rest = document.sections
    assert (_mm(first.page_width), _mm(first.page_height)) == pytest.approx((210, 297), abs=0.1)
    assert first.orientation == WD_ORIENT.PORTRAIT
    margins = [first.top_margin, first.bottom_margin, first.left_margin, first.right_margin]
    assert [_mm(m) for m in margins] == pytest.approx([20, 20, 30, 15], abs=0.1)
    assert _mm(first.header_distance) < 20  # the page number sits inside the top margin
    assert rest, "the appendix is a section of its own"
    appendix = rest[-1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert (_mm(appendix.page_width), _mm(appendix.page_height)) == pytest.approx(
        (297, 210), abs=0.1
    )
    assert _mm(appendix.left_margin) == pytest.approx(30, abs=0.1)


def test_page_number_field_from_page_two(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    first = document.sections[0]
    assert first.different_first_page_header_footer
    header_xml = first.header._element.xml
    assert "PAGE" in "".join(t.text for t in first.header._element.iter(qn("w:instrText")))
    assert 'w:fldCharType="begin"' in header_xml
    assert first.header.paragraphs[0].alignment == 1  # centred
    assert not any(p.text.strip() for p in first.first_page_header.paragraphs)
    appendix = document.sections[-1]
    assert not appendix.different_first_page_header_footer  # numbered on its first page
    assert appendix.header.is_linked_to_previous


def test_times_new_roman_everywhere(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(slot)) == TNR, slot
    assert not [k for k in fonts.attrib if k.endswith("Theme") or k.endswith("theme")]
    normal = document.styles["Normal"]
    assert normal.font.name == TNR
    assert normal.font.size.pt == 14
    normal_fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert normal_fonts.get(qn("w:eastAsia")) == TNR
    body = document.styles["Report Body"].paragraph_format
    assert _mm(body.first_line_indent) == pytest.approx(12.7, abs=0.1)
    assert body.space_after.pt == 6
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            slots = style.element.rPr.find(qn("w:rFonts"))
            assert slots.get(qn("w:eastAsia")) == TNR, style.name
            assert qn("w:asciiTheme") not in slots.attrib, style.name


def test_heading_block_is_a_borderless_two_column_table(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    heading = document.tables[0]
    assert len(heading.columns) == 2
    left, right = heading.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["ỦY BAN NHÂN DÂN", "XÃ TÀ LÀI"]
    assert [p.text for p in right.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert heading.rows[1].cells[0].text == NUMBER_TEXT
    assert heading.rows[1].cells[1].text == DATE_LINE
    assert heading.style is None or heading.style.name != "Table Grid"
    motto_rule = right.paragraphs[-1]._p.find(qn("w:pPr")).find(qn("w:pBdr"))
    assert motto_rule is not None, "a rule under the motto"


def test_body_title_and_end_mark(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in texts
    closing = [t for t in texts if t.startswith("Trên đây là báo cáo")]
    assert len(closing) == 1 and closing[0].endswith("xã Tà Lài./.")
    assert sum(t.count("./.") for t in texts) == 1


def test_tables_repeat_their_header_rows(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grids) == 3  # targets, hamlets, appendix tasks

    def header_rows(table) -> list[int]:
        return [
            i
            for i, row in enumerate(table.rows)
            if row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
        ]

    targets, hamlets, tasks = grids
    assert header_rows(targets) == [0]
    assert header_rows(hamlets) == [0, 1]
    assert header_rows(tasks) == [0]
    totals = hamlets.rows[-1].cells
    assert totals[1].text == "Tổng cộng"
    assert all(r.bold for r in totals[1].paragraphs[0].runs)
    assert len(tasks.rows) == 1 + 4 + 70


def test_signature_block(sample_docx: Path) -> None:
    document = docx.Document(str(sample_docx))
    closing = next(t for t in document.tables if "Nơi nhận:" in t.rows[0].cells[0].text)
    left, right = closing.rows[0].cells
    label = left.paragraphs[0].runs[0]
    assert label.bold and label.italic and label.font.size.pt == 12
    assert left.paragraphs[-1].text == "- Lưu: VT, VHXH."
    assert left.paragraphs[-1].runs[0].font.size.pt == 11
    lines = [p.text for p in right.paragraphs]
    assert lines[:2] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert lines[-1] == "Nguyễn Phạm Tuyển"
    space = right.paragraphs[2].paragraph_format.line_spacing
    assert 25 <= _mm(space) <= 30


def test_decomposed_input_is_written_composed(tmp_path: Path) -> None:
    path = tmp_path / "nfd.docx"
    write_docx(decomposed(build_sample_report()), path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert unicodedata.is_normalized("NFC", xml)
    assert "Tà Lài, ngày 08 tháng 9 năm 2026" in xml
