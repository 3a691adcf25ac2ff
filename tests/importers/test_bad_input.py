"""Files that are not plans are refused with a Vietnamese message naming the file and the fault."""

import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.importers import read_plan


def _refused(path: Path) -> str:
    with pytest.raises(KehoachError) as caught:
        read_plan(path)
    message = str(caught.value)
    assert f"“{path.name}”" in message
    assert "\n" not in message
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "ke_hoach.docx"
    path.write_bytes(b"")
    assert "rỗng" in _refused(path)


def test_truncated_docx(tmp_path: Path, plan_files: dict[str, Path]) -> None:
    whole = plan_files["dak_nhou.docx"].read_bytes()
    path = tmp_path / "cat_ngang.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "bị hỏng hoặc không đầy đủ" in _refused(path)


def test_text_file_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "ghi_chu.docx"
    path.write_text("Kế hoạch chuyển đổi số năm 2026\n1. Nhiệm vụ...", encoding="utf-8")
    assert "không phải tệp Word (.docx) hay Excel (.xlsx)" in _refused(path)


def test_old_binary_word_and_pdf(tmp_path: Path) -> None:
    doc = tmp_path / "cu.docx"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".doc/.xls" in _refused(doc)
    pdf = tmp_path / "ban_scan.docx"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    assert "PDF" in _refused(pdf)


def test_missing_path_and_folder(tmp_path: Path) -> None:
    assert "không tồn tại" in _refused(tmp_path / "khong_co.docx")
    folder = tmp_path / "thu_muc.docx"
    folder.mkdir()
    assert "không phải là một tệp" in _refused(folder)


def test_zip_that_is_not_office(tmp_path: Path) -> None:
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "xin chào")
    assert "không phải Word (.docx) hay Excel (.xlsx)" in _refused(path)


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    assert "giải nén" in _refused(path)


def test_docx_with_broken_xml(tmp_path: Path, plan_files: dict[str, Path]) -> None:
    path = tmp_path / "hong_xml.docx"
    with (
        zipfile.ZipFile(plan_files["ta_lai.docx"]) as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 3]
            target.writestr(item, data)
    assert "không đọc được nội dung tệp Word" in _refused(path)


def test_docx_without_any_plan_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Chuyển đổi số năm 2026")
    layout = doc.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ TÀ LÀI"
    layout.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    path = tmp_path / "khong_bang.docx"
    doc.save(str(path))
    assert "không tìm thấy bảng nhiệm vụ hay bảng chỉ tiêu" in _refused(path)


def test_task_table_without_its_content_column(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("PHỤ LỤC")
    layout = doc.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"
    table = doc.add_table(rows=3, cols=4)
    for c, text in enumerate(["STT", "Đơn vị chủ trì", "Thời gian hoàn thành", "Kinh phí"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["1", "Phòng Kinh tế", "Quý II/2026", "50"]):
        table.cell(1, c).text = text
    path = tmp_path / "thieu_cot.docx"
    doc.save(str(path))
    message = _refused(path)
    assert "Bảng 2" in message
    assert "thiếu cột “Nội dung nhiệm vụ”" in message


def test_excel_task_sheet_without_its_content_column(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append(["STT", "Chủ trì", "Phối hợp", "Thời hạn"])
    ws.append([1, "Phòng Kinh tế", "Công an xã", "Quý II/2026"])
    path = tmp_path / "thieu_cot.xlsx"
    wb.save(str(path))
    message = _refused(path)
    assert "Trang tính “Phụ lục”" in message and "“Nội dung nhiệm vụ”" in message


def test_header_only_table_has_no_rows(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=1, cols=3)
    for c, text in enumerate(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì"]):
        table.cell(0, c).text = text
    path = tmp_path / "rong.docx"
    doc.save(str(path))
    assert "không có dòng nhiệm vụ hay chỉ tiêu nào" in _refused(path)


def test_content_decides_not_the_extension(tmp_path: Path, plan_files: dict[str, Path]) -> None:
    path = tmp_path / "that_ra_la_excel.docx"
    path.write_bytes(plan_files["ta_lai.xlsx"].read_bytes())
    assert len(read_plan(path).tasks) == 31


def test_plan_table_inside_a_frame_table(tmp_path: Path) -> None:
    """Converted files sometimes wrap the page in a one-cell table."""
    doc = Document()
    frame = doc.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "PHỤ LỤC"
    inner = frame.add_table(rows=2, cols=3)
    for c, text in enumerate(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì"]):
        inner.cell(0, c).text = text
    for c, text in enumerate(["1", "Số hóa hồ sơ", "Trung tâm Phục vụ HCC"]):
        inner.cell(1, c).text = text
    path = tmp_path / "khung.docx"
    doc.save(str(path))
    plan = read_plan(path)
    assert [(t.code, t.content, t.lead_unit_text) for t in plan.tasks] == [
        ("1", "Số hóa hồ sơ", "Trung tâm Phục vụ HCC")
    ]
