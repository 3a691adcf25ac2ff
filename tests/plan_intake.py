"""Shared by the plan intake tests (services, CLI, Qt): real plan files and a content
fingerprint of the store.

``store_fingerprint`` (from tests/fingerprints.py) reads every table of the SQLite file row by
row: two stores with the same fingerprint hold the same data, whatever the WAL or page layout.
"""

from pathlib import Path

import openpyxl
from docx import Document

from tests.fingerprints import store_fingerprint
from tests.importers.fixtures.make_fixtures import build_all

__all__ = [
    "bad_files",
    "build_all",
    "doubtful_cells",
    "store_fingerprint",
    "two_sectionless_appendices",
]


def _header(doc: Document) -> None:
    head = doc.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ TÂN AN"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 15/KH-UBND"
    head.cell(1, 1).text = "Tân An, ngày 20 tháng 01 năm 2026"
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Chuyển đổi số xã Tân An năm 2026")
    doc.add_paragraph("Căn cứ Kế hoạch số 91/KH-UBND ngày 12/02/2026 của UBND tỉnh Đồng Nai;")


def _task_table(doc: Document, rows: list[tuple[str, str, str, str]]) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=4)
    for c, text in enumerate(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"]):
        table.cell(0, c).text = text
    for r, values in enumerate(rows, start=1):
        for c, text in enumerate(values):
            table.cell(r, c).text = text


def two_sectionless_appendices(path: Path) -> Path:
    """Phụ lục I and Phụ lục II, both without sections and both numbered from 1."""
    doc = Document()
    _header(doc)
    doc.add_paragraph("PHỤ LỤC I")
    doc.add_paragraph("PHÂN CÔNG THEO DÕI CÁC CHỈ TIÊU")
    _task_table(
        doc,
        [
            ("1", "Theo dõi tỷ lệ hồ sơ trực tuyến", "Trung tâm Phục vụ HCC", "Hàng quý"),
            ("2", "Theo dõi tài khoản VNeID", "Công an xã", "Hàng tháng"),
            ("3", "Tổng hợp báo cáo chuyển đổi số", "Phòng VH-XH", "Quý IV/2026"),
        ],
    )
    doc.add_paragraph("PHỤ LỤC II")
    doc.add_paragraph("DANH MỤC NHIỆM VỤ")
    _task_table(
        doc,
        [
            ("1", "Nâng cấp mạng LAN trụ sở", "Văn phòng HĐND-UBND xã", "Quý II/2026"),
            ("2", "Số hóa hồ sơ hộ tịch", "Phòng VH-XH", "Tháng 9/2026"),
            ("3", "Tập huấn kỹ năng số cho cán bộ", "Phòng VH-XH", "Quý III/2026"),
        ],
    )
    doc.save(str(path))
    return path


def bad_files(folder: Path, good_docx: Path) -> dict[str, Path]:
    """Files that must be refused: name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    whole = good_docx.read_bytes()
    files["truncated"] = folder / "cat_ngang.docx"
    files["truncated"].write_bytes(whole[: len(whole) // 2])
    files["not_office"] = folder / "ghi_chu.docx"
    files["not_office"].write_text("Kế hoạch chuyển đổi số năm 2026", encoding="utf-8")
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Chuyển đổi số năm 2026")
    files["no_table"] = folder / "khong_bang.docx"
    doc.save(str(files["no_table"]))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws.append(["STT", "Chủ trì", "Phối hợp", "Thời hạn"])
    ws.append([1, "Phòng Kinh tế", "Công an xã", "Quý II/2026"])
    files["missing_column"] = folder / "thieu_cot.xlsx"
    wb.save(str(files["missing_column"]))
    return files


def doubtful_cells(path: Path) -> Path:
    """A sheet whose money cell holds words and whose deadline names Quý VI."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    ws.append(["PHỤ LỤC (Kèm theo Kế hoạch số 7/KH-UBND ngày 05/02/2026 của UBND xã Tân An)"])
    ws.append(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Kinh phí (triệu đồng)"])
    ws.append(["1", "Số hóa hồ sơ đất đai", "Phòng Kinh tế", "Quý VI/2026", 120])
    ws.append(["2", "Mua máy scan", "Văn phòng HĐND-UBND xã", "Quý II/2026", "ba trăm"])
    wb.save(str(path))
    return path
