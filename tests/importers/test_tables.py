"""The shared table code path, fed grids directly (what both the Word and Excel readers make)."""

from decimal import Decimal
from pathlib import Path

import pytest

from kehoach_desktop.importers.tables import (
    Cell,
    Column,
    Grid,
    SourceDocument,
    TableKind,
    find_header,
    normalise_code,
    read_tables,
)


def grid(rows: list[list[str]], index: int = 1, adjacent: bool = False) -> Grid:
    """Rows of text; "<" repeats the cell on the left (horizontal merge), "^" the one above."""
    cells: list[list[Cell]] = []
    for row in rows:
        out: list[Cell] = []
        for c, text in enumerate(row):
            if text == "<":
                out.append(Cell(out[c - 1].text, None, "h"))
            elif text == "^":
                out.append(Cell(cells[-1][c].text, None, "v"))
            else:
                out.append(Cell(text))
        cells.append(out)
    return Grid(index, f"Bảng {index}", cells, list(range(1, len(rows) + 1)), adjacent)


def read(*grids: Grid, year: int | None = 2026):  # noqa: ANN201
    return read_tables(SourceDocument(Path("x.docx"), list(grids)), "x.docx", year)


@pytest.mark.parametrize(
    ("wording", "column"),
    [
        ("Nội dung nhiệm vụ", Column.CONTENT),
        ("Nhiệm vụ", Column.CONTENT),
        ("TÊN NHIỆM VỤ", Column.CONTENT),
        ("Nội dung thực hiện", Column.CONTENT),
        ("Nội dung nhiệm vụ cần thực hiện năm 2026", Column.CONTENT),
        ("Đơn vị chủ trì", Column.LEAD),
        ("Cơ quan theo dõi, đánh giá, kiểm tra, tổng hợp báo cáo", Column.LEAD),
        ("Đơn vị phối hợp (thực hiện)", Column.PARTNER),
        ("Sản phẩm/kết quả", Column.PRODUCT),
        ("Kết quả", Column.PRODUCT),
        ("MỤC TIÊU CHÍNH ĐẦU TƯ/ SẢN PHẨM ĐẦU RA", Column.PRODUCT),
        ("Thời gian (hoàn thành)", Column.DEADLINE),
        ("Thời gian hoàn thành", Column.DEADLINE),
        ("Thời gian", Column.DEADLINE),
        ("Kinh phí (triệu đồng)", Column.BUDGET),
        ("Kinh phân bổ 2026 (triệu đồng)", Column.BUDGET),
        ("Ghi chú", Column.NOTE),
    ],
)
def test_header_wordings_of_real_plans(wording: str, column: Column) -> None:
    others = {
        Column.CONTENT: "Đơn vị chủ trì",
        Column.LEAD: "Nội dung thực hiện",
    }.get(column, "Nội dung nhiệm vụ")
    header = find_header(grid([["STT", others, wording]]))
    assert header is not None and header.kind is TableKind.TASKS
    assert header.columns[column] == 2
    assert header.columns[Column.STT] == 0


def test_indicator_header_and_task_header_are_told_apart() -> None:
    indicators = find_header(
        grid(
            [
                [
                    "STT",
                    "Nội dung chỉ tiêu",
                    "Đơn vị tính/đo lường",
                    "Kết quả",
                    "Đơn vị chủ trì theo dõi, đánh giá",
                ]
            ]
        )
    )
    assert indicators is not None and indicators.kind is TableKind.INDICATORS
    assert indicators.columns[Column.TARGET] == 3 and indicators.columns[Column.UNIT] == 2
    assert indicators.columns[Column.LEAD] == 4
    tasks = find_header(grid([["STT", "Nội dung thực hiện", "Kết quả", "Đơn vị chủ trì"]]))
    assert tasks is not None and tasks.kind is TableKind.TASKS
    assert tasks.columns[Column.PRODUCT] == 2


def test_layout_tables_and_data_rows_are_not_headers() -> None:
    assert find_header(grid([["ỦY BAN NHÂN DÂN\nXÃ TÀ LÀI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"]])) is None
    assert find_header(grid([["Nơi nhận:\n- Như trên;", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]])) is None
    assert find_header(grid([["10", "Báo cáo chi tiêu CDS", "Kế hoạch", "Thời gian"]])) is None


def test_sections_sub_items_merged_title_and_restart_per_section() -> None:
    result = read(
        grid(
            [
                ["STT", "Nội dung nhiệm vụ", "Kinh phí (triệu đồng)", "Đơn vị chủ trì"],
                ["(1)", "(2)", "(3)", "(4)"],
                ["I", "KHOA HỌC CÔNG NGHỆ", "150", ""],
                ["1", "Kiểm tra đo lường", "150", "Phòng VH-XH"],
                ["1.1", "Kiểm tra tại chợ", "100", "^"],
                ["1.2", "Kiểm tra chất lượng", "50", "^"],
                ["II. CHUYỂN ĐỔI SỐ", "<", "<", "<"],
                ["1", "Hạ tầng", "2.100", "Văn phòng HĐND-UBND xã"],
            ]
        )
    )
    assert [(s.code, s.title, s.budget_million) for s in result.sections] == [
        ("I", "KHOA HỌC CÔNG NGHỆ", Decimal("150")),
        ("II", "CHUYỂN ĐỔI SỐ", None),
    ]
    assert [(t.section_code, t.code, t.parent_code) for t in result.tasks] == [
        ("I", "1", None),
        ("I", "1.1", "1"),
        ("I", "1.2", "1"),
        ("II", "1", None),
    ]
    assert [t.lead_unit_text for t in result.tasks][:3] == ["Phòng VH-XH"] * 3
    assert result.tasks[3].budget_million == Decimal("2100")
    assert result.warnings == []


def test_budget_cells_as_written() -> None:
    rows = [["STT", "Nội dung nhiệm vụ", "Kinh phí (triệu đồng)"]]
    for i, amount in enumerate(["2.100", "3,440", "1.580", "150", "2,5", "30 20", "-", "Nguồn xã"]):
        rows.append([str(i + 1), f"Nhiệm vụ {i + 1}", amount])
    result = read(grid(rows))
    assert [t.budget_million for t in result.tasks] == [
        Decimal("2100"),
        Decimal("3440"),
        Decimal("1580"),
        Decimal("150"),
        Decimal("2.5"),
        Decimal("50"),
        None,
        None,
    ]
    messages = [w.message for w in result.warnings]
    assert any(m.startswith("Bảng 1, dòng 7") and "có 2 số (30, 20)" in m for m in messages)
    assert any(
        m.startswith("Bảng 1, dòng 9") and "“Nguồn xã” không phải số tiền" in m for m in messages
    )
    assert result.tasks[7].note == "Kinh phí: Nguồn xã"


def test_parent_budget_that_does_not_add_up_is_warned() -> None:
    result = read(
        grid(
            [
                ["STT", "Nội dung nhiệm vụ", "Kinh phí"],
                ["I", "MỤC", "300"],
                ["1", "Cha", "100"],
                ["1.1", "Con một", "60"],
                ["1.2", "Con hai", "60"],
                ["Tổng cộng", "<", "300"],
            ]
        )
    )
    messages = [w.message for w in result.warnings]
    assert any(
        "nhiệm vụ I.1 ghi kinh phí 100 nhưng các dòng con cộng lại 120" in m for m in messages
    )
    assert any("mục I ghi kinh phí 300 nhưng các dòng con cộng lại 100" in m for m in messages)
    assert result.total_budget == Decimal("300")
    assert len(result.tasks) == 3


def test_table_continued_on_next_page_with_and_without_header() -> None:
    header = ["STT", "Nội dung thực hiện", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    first = grid([header, ["1", "Xây dựng Kế hoạch và Kế", "Phòng VH-XH", "Quý I/2026"]], 2)
    again = grid(
        [header, ["", "hoạch giai đoạn 2026-2030", "", ""], ["2", "Tập huấn", "", ""]],
        3,
        adjacent=True,
    )
    bare = grid(
        [["", "cho cán bộ", "", ""], ["3", "Số hóa", "Công an xã", "Thường xuyên"]],
        4,
        adjacent=True,
    )
    result = read(first, again, bare)
    assert [(t.code, t.content) for t in result.tasks] == [
        ("1", "Xây dựng Kế hoạch và Kế hoạch giai đoạn 2026-2030"),
        ("2", "Tập huấn cho cán bộ"),
        ("3", "Số hóa"),
    ]
    assert result.tasks[0].source.table == 2 and result.tasks[2].source.table == 4
    assert result.task_tables == 1


def test_separate_appendices_are_not_merged() -> None:
    header = ["STT", "Nội dung thực hiện", "Đơn vị chủ trì"]
    first = grid([header, ["1", "Một", "Phòng VH-XH"]], 1)
    second = grid([header, ["", "Không số", "Công an xã"]], 2, adjacent=False)
    result = read(first, second)
    assert [(t.code, t.content) for t in result.tasks] == [("1", "Một"), ("", "Không số")]
    assert result.task_tables == 2
    assert any("không có số thứ tự" in w.message for w in result.warnings)


def test_extra_columns_and_other_column_orders() -> None:
    result = read(
        grid(
            [
                ["Ghi chú", "Thời hạn", "Chủ trì", "Tên nhiệm vụ", "TT", "Nguồn vốn"],
                ["x", "Tháng 05/2026", "Công an xã", "Cấp VNeID", "1", "Ngân sách xã"],
            ]
        )
    )
    task = result.tasks[0]
    assert (task.code, task.content, task.lead_unit_text, task.note) == (
        "1",
        "Cấp VNeID",
        "Công an xã",
        "x",
    )
    assert str(task.deadline.due_date) == "2026-05-31"
    assert any("“Nguồn vốn”" in w.message for w in result.warnings)


def test_row_numbers_as_printed() -> None:
    assert normalise_code("1.1.") == "1.1"
    assert normalise_code("2)") == "2"
    assert normalise_code("1,2") == "1.2"
    assert normalise_code(" 3 . 1 ") == "3.1"
    assert normalise_code("I.") == "I"


def test_excel_numbers_for_row_numbers(tmp_path: Path) -> None:
    import openpyxl

    from kehoach_desktop.importers.xlsx_reader import read_xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung nhiệm vụ", "Kinh phí (triệu đồng)"])
    ws.append([1.0, "Một", 1.234])
    ws.append([1.1, "Một chấm một", 2100])
    ws.append([1.2, "Hai số lẻ", 0.5])
    ws.cell(4, 1).number_format = "0.00"
    path = tmp_path / "so.xlsx"
    wb.save(str(path))
    result = read_tables(read_xlsx(path), "so.xlsx", 2026)
    assert [t.code for t in result.tasks] == ["1", "1.1", "1.20"]
    assert [t.budget_million for t in result.tasks] == [
        Decimal("1.234"),  # a typed number is never re-read as "1.234" = 1234
        Decimal("2100"),
        Decimal("0.5"),
    ]


def test_indicator_rows_with_sections_and_unnumbered_continuation() -> None:
    result = read(
        grid(
            [
                ["STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu", "Đơn vị chủ trì"],
                ["I", "Chính quyền số", "<", "<", "<"],
                ["1", "Tỷ lệ hồ sơ", "%", "≥ 80%", "Trung tâm Phục vụ"],
                ["", "trực tuyến", "", "", "hành chính công"],
                ["II", "Xã hội số", "<", "<", "<"],
                ["1", "Tỷ lệ chữ ký số", "%", "50", "Phòng VH-XH"],
            ]
        )
    )
    assert [(i.group, i.code, i.name, i.lead_unit_text) for i in result.indicators] == [
        ("Chính quyền số", "1", "Tỷ lệ hồ sơ trực tuyến", "Trung tâm Phục vụ hành chính công"),
        ("Xã hội số", "1", "Tỷ lệ chữ ký số", "Phòng VH-XH"),
    ]
    assert result.indicators[1].unit == "%" and result.indicators[1].target.unit is None
    assert result.indicators[0].horizon == 2026
