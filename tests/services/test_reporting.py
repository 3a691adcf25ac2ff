"""The periodic report of the demo commune, written and read back (pypdf, poppler, python-docx,
openpyxl): the layout of Nghị định 30, the figures of the store, a record that writes the same
bytes again, the number sequence, and the hamlet teams' monthly sheet."""

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader
from sqlmodel import col, select

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.periods import parse_period
from kehoach_desktop.core.vnformat import format_number, format_ratio
from kehoach_desktop.db.models import Activity, Hamlet, IssuedDocument, Task, TaskUpdate
from kehoach_desktop.reports.model import Cell, Table
from kehoach_desktop.services.hamlet_sheet import build_hamlet_sheets, write_hamlet_sheets
from kehoach_desktop.services.plan import list_indicators
from kehoach_desktop.services.report_data import load_report_data, window_weeks
from kehoach_desktop.services.reporting import (
    ReportSettings,
    build_report_document,
    get_report,
    list_reports,
    prepare_report,
    save_report,
    save_report_settings,
    write_current_quarter_report,
    write_report,
)
from kehoach_desktop.services.store import open_store
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import PT_PER_MM, pdf_text, pdf_words

Q3 = "2026-Q3"
Q3_DATE = date(2026, 9, 8)
A4 = (595.28, 841.89)


def _copy_demo(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


@pytest.fixture(scope="module")
def q3(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo store with Quý III/2026 recorded as report 05, dated 08/9/2026, in 3 formats."""
    folder = _copy_demo(_demo_template, tmp_path_factory.mktemp("q3") / "data")
    out = tmp_path_factory.mktemp("q3-files")
    store = open_store(folder)
    files = {}
    for fmt in ("pdf", "docx", "xlsx"):
        files[fmt] = write_report(
            store, Q3, fmt, out / f"bao-cao.{fmt}", number=5, report_date=Q3_DATE, today=DEMO_TODAY
        )
    yield store, files
    store.close()


@pytest.fixture(scope="module")
def q3_text(q3) -> str:  # type: ignore[no-untyped-def]
    """The PDF's text as one line (words joined by single spaces)."""
    return " ".join(pdf_text(q3[1]["pdf"], layout=False).split())


def _table(doc, title_start: str) -> Table:  # type: ignore[no-untyped-def]
    return next(b for b in doc.body if isinstance(b, Table) and b.title.startswith(title_start))


# --------------------------------------------------------------------------- the PDF


def test_pdf_pages_are_a4_and_the_appendix_landscape(q3) -> None:  # type: ignore[no-untyped-def]
    pages = PdfReader(q3[1]["pdf"]).pages
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    assert len(sizes) >= 3
    assert sizes[0] == pytest.approx(A4, abs=0.5)
    landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
    assert landscape and landscape == list(range(landscape[0], len(sizes)))
    assert all(s == pytest.approx(A4, abs=0.5) for s in sizes[: landscape[0]])


def test_every_font_is_liberation_serif_embedded_and_no_helvetica(q3) -> None:  # type: ignore[no-untyped-def]
    path = q3[1]["pdf"]
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.fullmatch(
            r"[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?", row.split()[0]
        )
        assert row[-24:].split()[0] == "yes", row  # embedded
    assert b"Helvetica" not in path.read_bytes()


def test_heading_block_number_and_hand_built_date_line(q3) -> None:  # type: ignore[no-untyped-def]
    first = pdf_text(q3[1]["pdf"], first=1, last=1)
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ TÀ LÀI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BC-UBND",
        # NĐ 30: day zero-padded, month 9 not: written out here, not built by the code
        "Tà Lài, ngày 08 tháng 9 năm 2026",
        "BÁO CÁO",
        "Quý III năm 2026",
        "Căn cứ Kế hoạch số 64/KH-UBND ngày 06/3/2026",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    ):
        assert expected in first, expected
    assert unicodedata.is_normalized("NFC", first)


def test_sections_in_the_order_of_real_reports(q3_text: str) -> None:
    order = [
        "Căn cứ",
        "báo cáo kết quả thực hiện Quý III năm 2026 (số liệu tính từ ngày 15/6/2026 đến ngày "
        "14/9/2026)",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Kết quả thực hiện các nhiệm vụ",
        "2. Kết quả thực hiện các chỉ tiêu",
        "Bảng 1. Kết quả thực hiện các chỉ tiêu Quý III/2026",
        "3. Kết quả hoạt động của Tổ công nghệ số cộng đồng",
        "Bảng 2.",
        "III. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2026",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
        "./.",
        "Nơi nhận:",
        "- Lưu: VT, VHXH.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Phạm Tuyển",
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số 05/BC-UBND ngày 08/9/2026 của Ủy ban nhân dân xã Tà Lài)",
    ]
    positions = [q3_text.index(part) for part in order]
    assert positions == sorted(positions)
    assert q3_text.count("./.") == 1


def test_directing_documents_are_those_issued_in_the_window(q3_text: str) -> None:
    # the register has 35/TB-UBND (02/7) and 141/KH-UBND (10/9) inside 15/6–14/9 only
    assert "Thông báo số 35/TB-UBND ngày 02/7/2026 về phân công thành viên" in q3_text
    assert "Kế hoạch số 141/KH-UBND ngày 10/9/2026 về hưởng ứng Ngày Chuyển đổi số" in q3_text
    assert "88/KH-UBND" not in q3_text  # 15/4: Quý II
    assert "402/UBND-VHXH" not in q3_text  # 05/10: Quý IV


def test_page_numbers_in_the_top_margin_from_page_two(q3) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_words(q3[1]["pdf"])
    top = 20 * PT_PER_MM
    assert not [w for w in pages[0].words if w.y0 < top]
    for number, page in enumerate(pages[1:], start=2):
        in_margin = [w.text for w in page.words if w.y1 < top]
        assert in_margin == [str(number)], number


def test_text_stays_inside_the_nd30_margins(q3) -> None:  # type: ignore[no-untyped-def]
    for number, page in enumerate(pdf_words(q3[1]["pdf"]), start=1):
        body = [w for w in page.words if not (w.y1 < 20 * PT_PER_MM and w.text.isdigit())]
        assert min(w.x0 for w in body) >= 30 * PT_PER_MM - 0.5, number
        assert max(w.x1 for w in body) <= page.width - 15 * PT_PER_MM + 0.5, number
        assert min(w.y0 for w in body) >= 20 * PT_PER_MM - 0.5, number
        assert max(w.y1 for w in body) <= page.height - 20 * PT_PER_MM + 0.5, number


def test_targets_table_agrees_with_list_indicators(q3, q3_text: str) -> None:  # type: ignore[no-untyped-def]
    store, _files = q3
    end = parse_period(Q3).end
    indicators = list_indicators(store, end)
    record = get_report(store, Q3)
    table = _table(build_report_document(store, record), "Bảng 1.")
    assert table.header[0][6] == "Lũy kế đến ngày 14/09/2026"
    assert len(table.rows) == len(indicators)
    computed = 0
    for row, indicator in zip(table.rows, indicators, strict=True):
        assert row[1] == indicator.name
        running = row[6]
        if indicator.numerator is not None and indicator.denominator:
            expected = format_ratio(indicator.numerator, indicator.denominator)
            assert running == expected
            assert expected in q3_text
        verdict = {True: "Đạt", False: "Chưa đạt"}.get(indicator.achieved)  # type: ignore[arg-type]
        if verdict:
            assert row[8] == verdict
        if indicator.measure == "computed":
            computed += 1
            assert re.fullmatch(r"[\d.]+/[\d.]+ \(\d+,\d\d%\)", running)
    assert computed == 2


def test_the_window_counts_and_running_totals_chain(q3) -> None:  # type: ignore[no-untyped-def]
    """Running total at the end of Q3 = running total at the end of Q2 + Q3's counts."""
    store, _files = q3
    q2, q3p = parse_period("2026-Q2"), parse_period(Q3)
    assert window_weeks(q2)[1] < window_weeks(q3p)[0]
    before = {h.name: h for h in load_report_data(store, q2).hamlets}
    after = load_report_data(store, q3p)
    for hamlet in after.hamlets:
        for metric in ("vneid", "dvctt", "cashless_households"):
            assert hamlet.running[metric] == (
                before[hamlet.name].running[metric] + hamlet.in_period[metric]
            ), (hamlet.name, metric)


def test_hamlet_totals_row_is_the_sum_of_the_rows(q3, q3_text: str) -> None:  # type: ignore[no-untyped-def]
    store, _files = q3
    table = _table(build_report_document(store, get_report(store, Q3)), "Bảng 2.")
    assert table.totals_row
    *rows, totals = table.rows
    assert len(rows) == 20
    for column in (2, 3, 5, 6, 8, 9):  # counts in the window and running totals
        values = [r[column].value for r in rows if isinstance(r[column], Cell)]
        assert len(values) == 20
        assert totals[column].value == sum(values), column
    line = next(line for line in pdf_text(q3[1]["pdf"]).splitlines() if "Tổng cộng" in line)
    assert format_number(totals[3].value) in line.split()
    # the running VNeID total is the VNeID target's numerator
    vneid = next(i for i in list_indicators(store, date(2026, 9, 14)) if "VNeID" in i.name)
    assert totals[3].value == vneid.numerator


def test_appendix_lists_every_task_with_status_at_the_end_of_the_window(q3) -> None:  # type: ignore[no-untyped-def]
    store, files = q3
    doc = build_report_document(store, get_report(store, Q3))
    (table,) = doc.appendices[0].tables
    assert doc.appendices[0].orientation == "landscape"
    assert [c if isinstance(c, str) else c.text for c in table.header[0]] == [
        "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Sản phẩm", "Thời hạn", "Trạng thái",
        "Minh chứng",
    ]  # fmt: skip
    task_rows = [r for r in table.rows if len(r) == 7]
    assert len(task_rows) == 31
    # due Quý II/2026 (30/6), 60% on 14/9: late; due Quý III/2026 (30/9): not yet
    lan = next(r for r in task_rows if str(r[1]).startswith("Hệ thống mạng LAN"))
    assert lan[5] == "Đang thực hiện (60%)\nChậm tiến độ"
    camera = next(r for r in task_rows if str(r[1]).startswith("Camera tầm cao"))
    assert camera[4] == "Quý III/2026" and "Chậm" not in camera[5]
    text = pdf_text(files["pdf"])
    assert "Camera tầm cao phục vụ quản lý an ninh trật tự" in text


def test_docx_has_the_same_layout_and_opens(q3) -> None:  # type: ignore[no-untyped-def]
    document = Document(str(q3[1]["docx"]))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/BC-UBND",
                     "Tà Lài, ngày 08 tháng 9 năm 2026"):  # fmt: skip
        assert expected in cells + text, expected
    assert "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in text
    assert text.count("./.") == 1
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    assert document.sections[-1].page_width > document.sections[-1].page_height  # appendix


def test_xlsx_has_the_tables_with_numbers_and_a4_print_setup(q3) -> None:  # type: ignore[no-untyped-def]
    workbook = openpyxl.load_workbook(q3[1]["xlsx"])
    assert workbook.sheetnames == ["Chỉ tiêu", "Các ấp", "Phụ lục nhiệm vụ"]
    hamlets = workbook["Các ấp"]
    assert int(hamlets.page_setup.paperSize) == 9  # A4
    assert hamlets.print_title_rows
    rows = [r for r in hamlets.iter_rows(values_only=True) if isinstance(r[3], int | float)]
    *hamlet_rows, totals = rows
    assert len(hamlet_rows) == 20 and totals[1] == "Tổng cộng"
    assert totals[3] == sum(r[3] for r in hamlet_rows)
    assert totals[9] == sum(r[9] for r in hamlet_rows)


def test_libreoffice_converts_the_docx_and_xlsx(q3, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("docx", "xlsx"):
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(q3[1][fmt])],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        converted = tmp_path / f"bao-cao.{fmt}"
        converted = converted.with_suffix(".pdf")
        assert converted.exists()
        assert len(PdfReader(converted).pages) >= 2
        text = pdf_text(converted)
        assert "Tổng cộng" in text
        converted.unlink()


# --------------------------------------------------------------------------- the record


def test_a_recorded_report_is_written_again_byte_for_byte(q3, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, files = q3
    for fmt, first in files.items():
        again = write_report(store, Q3, fmt, tmp_path / f"lai.{fmt}", today=date(2027, 1, 5))
        assert again.read_bytes() == first.read_bytes(), fmt
    record = get_report(store, Q3)
    assert record.number == 5 and record.report_date == Q3_DATE
    assert record.pdf_sha256 and len(record.pdf_sha256) == 64


def test_later_task_updates_do_not_change_a_closed_period(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = write_report(demo_store, Q3, "pdf", tmp_path / "a.pdf", number=3,
                         report_date=Q3_DATE, today=DEMO_TODAY)  # fmt: skip
    with demo_store.session() as session:
        camera = next(
            t for t in session.exec(select(Task)) if t.content.startswith("Camera tầm cao")
        )
        session.add(TaskUpdate(task_id=camera.id, at=datetime(2026, 10, 2, 9), status_to="done",
                               progress_to=100, note="Nghiệm thu hệ thống camera."))  # fmt: skip
    again = write_report(demo_store, Q3, "pdf", tmp_path / "b.pdf", today=DEMO_TODAY)
    assert again.read_bytes() == first.read_bytes()


def test_free_texts_are_kept_per_report(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = prepare_report(demo_store, Q3, today=DEMO_TODAY)
    assert draft.suggested.difficulties.startswith("- Còn")
    assert draft.record.recorded is False and draft.next_number == 1
    own = "Hạ tầng mạng tại ấp Bù Chà Rát còn yếu, chưa có kinh phí nâng cấp."
    record = save_report(
        demo_store, dataclasses.replace(draft.record, difficulties=own, number=1), today=DEMO_TODAY
    )
    assert record.recorded and record.difficulties == own and record.directions is None
    text = " ".join(pdf_text(write_report(demo_store, Q3, "pdf", tmp_path / "r.pdf")).split())
    assert own in text
    assert draft.suggested.directions.splitlines()[0][2:40] in text  # IV is still suggested
    assert [r.period_code for r in list_reports(demo_store)] == [Q3]


def test_number_sequence_per_year_and_type(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def write(code: str, **options):  # type: ignore[no-untyped-def]
        write_report(demo_store, code, "pdf", tmp_path / f"{code}.pdf", today=DEMO_TODAY,
                     **options)  # fmt: skip
        return get_report(demo_store, code)

    assert write("2026-Q1").number == 1
    assert write("2026-Q2").number == 2
    assert write("2026-H1", number=None).number is None  # left to the văn thư
    assert write("2026-03", number=7).number == 7
    assert write("2026-Q3").number == 8
    with pytest.raises(KehoachError, match="02/BC-UBND năm 2026 đã dùng cho báo cáo Quý II/2026"):
        write("2026-04", number=2)
    # a new year starts again at 01; a BC document in the register takes its number
    with demo_store.session() as session:
        session.add(IssuedDocument(doc_type="BC", number="03/BC-UBND", issued_on=date(2027, 2, 1),
                                   subject="Báo cáo khác"))  # fmt: skip
    nxt = write("2027-01", report_date=date(2027, 3, 2))
    assert (nxt.number, nxt.number_year) == (4, 2027)
    assert write("2027-02", report_date=date(2027, 3, 20)).number == 5
    assert "Số: 08/BC-UBND" in pdf_text(tmp_path / "2026-Q3.pdf", first=1, last=1)
    blank = pdf_text(tmp_path / "2026-H1.pdf", first=1, last=1)
    assert re.search(r"Số:\s+/BC-UBND", blank)


def test_calendar_windows_and_blank_date(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_report_settings(demo_store, ReportSettings(windows="calendar"))
    path = write_report(demo_store, Q3, "pdf", tmp_path / "c.pdf", report_date=None,
                        today=DEMO_TODAY)  # fmt: skip
    text = " ".join(pdf_text(path, layout=False).split())
    assert "(số liệu tính từ ngày 01/7/2026 đến ngày 30/9/2026)" in text
    assert get_report(demo_store, Q3).windows == "calendar"
    first = pdf_text(path, first=1, last=1)
    assert re.search(r"Tà Lài, ngày\s+tháng\s+năm 2026", first)


def test_bad_period_is_one_vietnamese_message(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KehoachError, match="Kỳ báo cáo không hợp lệ: “2026-Q5”"):
        write_report(demo_store, "2026-Q5", "pdf", tmp_path / "x.pdf")
    with pytest.raises(KehoachError, match="Định dạng không hỗ trợ"):
        write_report(demo_store, Q3, "odt", tmp_path / "x.odt", record=False)


def test_current_quarter_report_for_a_machine_without_display(demo_store) -> None:  # type: ignore[no-untyped-def]
    path = write_current_quarter_report(demo_store, today=DEMO_TODAY)
    assert path == demo_store.folder / "bao-cao" / "bao-cao-2026-Q4.pdf"
    assert "Quý IV năm 2026" in pdf_text(path, first=1, last=1)
    assert get_report(demo_store, "2026-Q4") is None  # a draft: no number used up


def test_pdf_progress_is_reported(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int, str]] = []
    write_report(demo_store, Q3, "pdf", tmp_path / "p.pdf", lambda d, t, m: calls.append((d, t, m)),
                 record=False)  # fmt: skip
    assert calls[0][2] == "Đọc số liệu" and calls[-1][2] == "Xong"
    assert all(0 <= d <= t for d, t, _ in calls)


# --------------------------------------------------------------------------- the hamlet sheet


def test_hamlet_sheet_one_page_per_hamlet(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_hamlet_sheets(demo_store, "2026-03", tmp_path / "phieu.pdf")
    pages = PdfReader(path).pages
    assert len(pages) == 20
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert "TỔ TRƯỞNG" in text and "Kết quả hoạt động tháng 3 năm 2026" in text, number
    words = pdf_words(path)
    assert not [w for p in words for w in p.words if w.y0 < 20 * PT_PER_MM]  # no page numbers


def test_hamlet_sheet_weeks_activities_and_rates(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (doc,) = build_hamlet_sheets(demo_store, "2026-03", hamlet="phú lâm")
    assert "ẤP PHÚ LÂM" in doc.header.issuing_body.upper()
    weeks = next(b for b in doc.body if isinstance(b, Table))
    *week_rows, month_total, running = weeks.rows
    assert [r[0] for r in week_rows] == ["16/02–22/02", "23/02–01/03", "02/03–08/03",
                                         "09/03–15/03"]  # fmt: skip
    for column in range(1, 7):
        assert month_total[column].value == sum(r[column].value for r in week_rows)
    vneid = running[1].text
    assert re.fullmatch(r"[\d.]+\n\(\d+(,\d)?%\)", vneid)
    path = write_hamlet_sheets(demo_store, "2026-03", tmp_path / "mot.pdf", hamlet="Ấp Phú Lâm")
    assert len(PdfReader(path).pages) == 1
    with demo_store.session() as session:
        hamlet = session.exec(select(Hamlet).where(Hamlet.name == "Ấp Phú Lâm")).one()
        logged = session.exec(
            select(Activity).where(
                Activity.hamlet_id == hamlet.id,
                col(Activity.on_date) >= date(2026, 2, 15),
                col(Activity.on_date) <= date(2026, 3, 14),
            )
        ).all()
    activities = [b for b in doc.body if isinstance(b, Table)][1]
    assert len(activities.rows) == len(logged) >= 1
    text = " ".join(pdf_text(path, layout=False).split())
    for activity in logged:
        assert f"{activity.on_date:%d/%m/%Y}" in text
    with pytest.raises(KehoachError, match="cần một tháng"):
        build_hamlet_sheets(demo_store, "2026-Q1")
    with pytest.raises(KehoachError, match="Không tìm thấy ấp “Ấp 99”"):
        build_hamlet_sheets(demo_store, "2026-03", hamlet="Ấp 99")


def test_money_in_words_in_the_body(q3_text: str) -> None:
    assert "3.440 triệu đồng (bằng chữ: ba tỷ bốn trăm bốn mươi triệu đồng)" in q3_text


def test_created_stamp_is_the_report_date(q3) -> None:  # type: ignore[no-untyped-def]
    info = PdfReader(q3[1]["pdf"]).metadata
    assert info.creation_date.replace(tzinfo=None) == datetime.combine(Q3_DATE, time(8, 0))


def test_numbers_left_to_the_van_thu_by_setting(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_report_settings(demo_store, ReportSettings(numbering="blank"))
    assert prepare_report(demo_store, Q3, today=DEMO_TODAY).numbering == "blank"
    write_report(demo_store, Q3, "pdf", tmp_path / "b.pdf", today=DEMO_TODAY)
    assert get_report(demo_store, Q3).number is None
    write_report(demo_store, "2026-Q2", "pdf", tmp_path / "n.pdf", number=4, today=DEMO_TODAY)
    assert get_report(demo_store, "2026-Q2").number == 4  # a number given still counts
