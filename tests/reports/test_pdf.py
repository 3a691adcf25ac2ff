"""The PDF writer, read back with pypdf and poppler: page size, fonts, text, positions."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from kehoach_desktop.core.vnformat import format_number
from kehoach_desktop.reports.model import (
    DocumentHeader,
    Heading,
    ReportDocument,
    Signer,
    Table,
)
from kehoach_desktop.reports.pdf import write_pdf
from tests.reports.conftest import PT_PER_MM, Page, Word, decomposed, pdf_text, pdf_words
from tests.reports.sample import DATE_LINE, NUMBER_TEXT, build_sample_report, hamlet_rows

A4 = (595.28, 841.89)
TOLERANCE = 0.5  # points


def _is_landscape(page: Page) -> bool:
    return page.width > page.height


def test_pages_are_a4_portrait_then_landscape_appendix(sample_pdf: Path) -> None:
    pages = PdfReader(sample_pdf).pages
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    assert len(sizes) >= 3
    assert sizes[0] == pytest.approx(A4, abs=TOLERANCE)
    landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
    assert landscape, "the task appendix is landscape"
    first = landscape[0]
    assert landscape == list(range(first, len(sizes))), "the appendix runs to the end"
    for w, h in sizes[:first]:
        assert (w, h) == pytest.approx(A4, abs=TOLERANCE)
    for w, h in sizes[first:]:
        assert (w, h) == pytest.approx(A4[::-1], abs=TOLERANCE)


def test_fonts_are_liberation_serif_embedded_and_no_helvetica(sample_pdf: Path) -> None:
    out = subprocess.run(
        ["pdffonts", str(sample_pdf)], check=True, capture_output=True, text=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    faces = set()
    for row in rows:
        name = row.split()[0]
        emb = row[-24:].split()[0]  # "emb sub uni object ID" columns at the end
        assert re.fullmatch(r"[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?", name), row
        assert emb == "yes", row
        faces.add(name.split("+")[1])
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= faces
    assert b"Helvetica" not in sample_pdf.read_bytes()


def test_page_one_heading_block(sample_pdf: Path) -> None:
    text = pdf_text(sample_pdf, first=1, last=1)
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ TÀ LÀI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        NUMBER_TEXT,
        "Số: 05/BC-UBND",
        DATE_LINE,
        "Tà Lài, ngày 08 tháng 9 năm 2026",
        "BÁO CÁO",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    ):
        assert expected in text, expected
    assert unicodedata.is_normalized("NFC", text)


def test_heading_columns_and_rows(sample_words: list[Page]) -> None:
    """Issuing body left of the Quốc hiệu; "Số:" on the line of the date, left of it."""
    page = sample_words[0]
    by_text: dict[str, Word] = {}
    for w in page.words:
        by_text.setdefault(w.text, w)  # the first occurrence: the heading block
    assert by_text["ỦY"].x1 < by_text["CỘNG"].x0
    assert by_text["Số:"].x1 < by_text["Tà"].x0
    assert abs(by_text["Số:"].y1 - by_text["Tà"].y1) < 3  # same baseline, give or take a point
    assert by_text["BÁO"].y0 > by_text["Số:"].y1  # the title comes below


def test_decomposed_input_prints_composed(tmp_path: Path) -> None:
    path = tmp_path / "nfd.pdf"
    write_pdf(decomposed(build_sample_report()), path)
    text = pdf_text(path)
    assert "Tà Lài, ngày 08 tháng 9 năm 2026" in text
    assert "ỦY BAN NHÂN DÂN" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert not any(unicodedata.combining(ch) for ch in text), "no stray combining marks"


def test_end_mark_right_after_the_body(sample_pdf: Path) -> None:
    text = " ".join(pdf_text(sample_pdf, layout=False).split())
    assert text.count("./.") == 1
    end = text.index("./.")
    assert text[:end].endswith("của Ủy ban nhân dân xã Tà Lài")
    assert end < text.index("Nơi nhận:") < text.index("KT. CHỦ TỊCH")


def test_page_number_centred_in_top_margin_from_page_two(sample_words: list[Page]) -> None:
    top_margin = 20 * PT_PER_MM
    assert not [w for w in sample_words[0].words if w.y0 < top_margin], "no number on page 1"
    for number, page in enumerate(sample_words[1:], start=2):
        in_margin = [w for w in page.words if w.y1 < top_margin]
        assert [w.text for w in in_margin] == [str(number)]
        centre = (in_margin[0].x0 + in_margin[0].x1) / 2
        text_centre = 30 * PT_PER_MM + (page.width - 45 * PT_PER_MM) / 2
        assert abs(centre - text_centre) < 2, (number, centre, text_centre)


def test_text_stays_inside_the_margins(sample_words: list[Page]) -> None:
    """Left ≥ 30 mm, right ≥ 15 mm, top/bottom ≥ 20 mm (the page number sits in the top)."""
    for number, page in enumerate(sample_words, start=1):
        body = [w for w in page.words if not (w.y1 < 20 * PT_PER_MM and w.text.isdigit())]
        assert min(w.x0 for w in body) >= 30 * PT_PER_MM - TOLERANCE, number
        assert max(w.x1 for w in body) <= page.width - 15 * PT_PER_MM + TOLERANCE, number
        assert min(w.y0 for w in body) >= 20 * PT_PER_MM - TOLERANCE, number
        assert max(w.y1 for w in body) <= page.height - 20 * PT_PER_MM + TOLERANCE, number


def test_body_paragraphs_start_at_the_left_margin_with_indent(sample_words: list[Page]) -> None:
    page = sample_words[0]
    left = 30 * PT_PER_MM
    starts = sorted({round(w.x0, 1) for w in page.words if w.x0 < left + 40})
    assert starts[0] == pytest.approx(left, abs=1.0)  # continuation lines
    indent = 12.7 * PT_PER_MM
    assert any(abs(x - (left + indent)) < 1.0 for x in starts), "first-line indent 1.27 cm"


def test_hamlet_totals_row(sample_pdf: Path) -> None:
    rows = hamlet_rows()
    population = format_number(sum(r[1] for r in rows))
    vneid = format_number(sum(r[2] for r in rows))
    lines = [line for line in pdf_text(sample_pdf).splitlines() if "Tổng cộng" in line]
    assert len(lines) == 1
    numbers = lines[0].split()
    assert population in numbers and vneid in numbers


def test_appendix_header_repeats_on_every_page(sample_pdf: Path, sample_words: list[Page]) -> None:
    landscape = [i for i, p in enumerate(sample_words, start=1) if _is_landscape(p)]
    assert len(landscape) >= 2
    for number in landscape:
        text = pdf_text(sample_pdf, first=number, last=number)
        assert "Minh chứng" in text and "Đơn vị chủ trì" in text, number
    first = pdf_text(sample_pdf, first=landscape[0], last=landscape[0])
    assert "PHỤ LỤC I" in first
    assert "(Kèm theo Báo cáo số 05/BC-UBND" in first


def test_closing_block(sample_pdf: Path, sample_words: list[Page]) -> None:
    text = pdf_text(sample_pdf)
    for expected in ("Nơi nhận:", "- Lưu: VT, VHXH.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"):
        assert expected in text
    page = next(p for p in sample_words if any(w.text == "Tuyển" for w in p.words))
    words = {w.text: w for w in page.words}
    gap = words["Nguyễn"].y0 - words["PHÓ"].y1
    assert 25 * PT_PER_MM <= gap <= 35 * PT_PER_MM, "room for signature and seal"
    assert words["Nơi"].x0 < words["KT."].x0


def test_minimal_document_and_progress(tmp_path: Path) -> None:
    doc = ReportDocument(
        header=DocumentHeader(
            issuing_body="Ủy ban nhân dân xã Tà Lài",
            parent_body="Ủy ban nhân dân tỉnh Đồng Nai",
            number_text="Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND",
            place_date_line="Tà Lài, ngày 06 tháng 3 năm 2026",
        ),
        signer=Signer("", "CHỦ TỊCH", "Nguyễn Văn A"),
        body=[Heading("I. Kết quả"), Table([], [], [1.0], ["left"], title="Trống")],
    )
    calls: list[tuple[int, int, str]] = []
    path = tmp_path / "min.pdf"
    write_pdf(doc, path, progress=lambda d, t, m: calls.append((d, t, m)))
    assert len(PdfReader(path).pages) == 1
    text = " ".join(pdf_text(path, layout=False).split())
    assert "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI ỦY BAN NHÂN DÂN XÃ TÀ LÀI" in text
    assert "./." in text
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(0 <= d <= t for d, t, _ in calls)


def test_words_helper_reads_all_pages(sample_pdf: Path) -> None:
    assert len(pdf_words(sample_pdf)) == len(PdfReader(sample_pdf).pages)
