"""A realistic quarterly report of xã Tà Lài (Quý III/2026) for the writer tests and visual checks.

70 tasks in four groups (as the plan's appendix), 10 targets, 21 hamlets. The figures are made
up but consistent: rates are computed from the counts, totals from the rows.

Run ``python -m tests.reports.sample /tmp/report_check`` to write the PDF, DOCX and XLSX there.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from kehoach_desktop.core.vnformat import (
    date_line,
    format_date,
    format_doc_number,
    format_money_million,
    format_number,
    format_percent,
    format_ratio,
    quarter_label,
    to_roman,
)
from kehoach_desktop.reports.model import (
    Appendix,
    Bullet,
    Cell,
    CellLike,
    DocumentHeader,
    Heading,
    Paragraph,
    ReportDocument,
    Signer,
    Table,
)

REPORT_DATE = date(2026, 9, 8)
NUMBER_TEXT = format_doc_number(5)  # "Số: 05/BC-UBND"
DATE_LINE = date_line("Tà Lài", REPORT_DATE)  # "Tà Lài, ngày 08 tháng 9 năm 2026"
PERIOD = quarter_label(2026, 3)  # "Quý III/2026"
ISSUING_BODY = "Ủy ban nhân dân\nxã Tà Lài"
CLOSING = (
    "Trên đây là báo cáo kết quả thực hiện Kế hoạch phát triển khoa học, công nghệ, đổi mới "
    "sáng tạo và chuyển đổi số Quý III năm 2026 của Ủy ban nhân dân xã Tà Lài."
)

HAMLETS = [
    "Ấp 1", "Ấp 2", "Ấp 3", "Ấp 4", "Ấp 5", "Ấp 6", "Ấp Tà Lài", "Ấp Phú Lâm",
    "Ấp Phú Thắng", "Ấp Phú Hòa", "Ấp Tân Lập", "Ấp Hòa Bình", "Ấp Thanh Thọ", "Ấp Trà Cổ",
    "Ấp Bàu Chim", "Ấp Ngọc Lâm", "Ấp Đồng Tâm", "Ấp Quảng Lợi", "Ấp Phương Lâm",
    "Ấp Thọ Lâm", "Ấp Đắc Lua",
]  # fmt: skip

UNITS = [
    "Phòng Văn hóa - Xã hội",
    "Phòng Kinh tế",
    "Văn phòng HĐND-UBND",
    "Công an xã",
    "Trung tâm Phục vụ hành chính công",
    "Trung tâm Dịch vụ tổng hợp",
    "Trạm Y tế",
]

STATUSES = ["Hoàn thành", "Đang thực hiện", "Đang thực hiện", "Chưa triển khai", "Hoàn thành"]

# (group, title, task contents with budget in million đồng or None)
TASK_GROUPS: list[tuple[str, list[tuple[str, int | None]]]] = [
    (
        "KHOA HỌC CÔNG NGHỆ",
        [
            ("Tổ chức các đợt kiểm tra về đo lường tại các chợ trên địa bàn", 50),
            ("Quản lý chất lượng sản phẩm, hàng hóa trên địa bàn", 50),
            ("Triển khai các chính sách, chương trình, kế hoạch về phát triển KH&CN", 20),
            ("Tuyên truyền, phổ biến kiến thức, thành tựu khoa học kỹ thuật mới", 30),
            ("Hỗ trợ ứng dụng tiến bộ KH&CN vào sản xuất, đời sống", 50),
            ("Quản lý hoạt động chuyển giao công nghệ quy mô nhỏ", 50),
            ("Thống kê, cập nhật cơ sở dữ liệu tổ chức KH&CN trên địa bàn", None),
            ("Phối hợp đánh giá hiệu quả các mô hình ứng dụng công nghệ", None),
            ("Tổng hợp, báo cáo kết quả hoạt động KH&CN năm 2026", None),
            ("Hướng dẫn hộ sản xuất đăng ký truy xuất nguồn gốc sản phẩm", None),
        ],
    ),
    (
        "CHUYỂN ĐỔI SỐ",
        [
            ("Lắp đặt camera tầm cao phục vụ quản lý an ninh trật tự", 2100),
            ("Nâng cấp hệ thống mạng LAN, wifi công vụ, đường truyền tốc độ cao", 50),
            ("Trang bị thiết bị bảo mật, tường lửa, phần mềm diệt virus có bản quyền", 40),
            ("Xây dựng, vận hành Trang thông tin điện tử xã", 200),
            ("Ứng dụng di động cho người dân các ấp (phản ánh hiện trường, tra cứu)", 100),
            ("Phần mềm quản lý cơ sở dữ liệu phổ cập giáo dục", 50),
            ("Tập huấn cho cán bộ xã, trưởng ấp, Tổ công nghệ số cộng đồng", 50),
            ("Truyền thông, pano, áp phích, tờ rơi về chuyển đổi số", 50),
            ("Hội nghị tuyên truyền, hướng dẫn người dân cài đặt ứng dụng", 50),
            ("Thuê đường truyền internet, bảo trì thiết bị", 100),
            ("Nâng cấp, bảo hành phần mềm, bản quyền phần mềm", 50),
            ("Chi hỗ trợ hoạt động của Tổ công nghệ số cộng đồng", 50),
            ("Sử dụng Hệ thống quản lý văn bản và điều hành DNI-S", None),
            ("Xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử", None),
            ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", None),
            ("Tiếp nhận, giải quyết thủ tục hành chính phi địa giới hành chính", None),
            ("Cung cấp dịch vụ công trực tuyến toàn trình", None),
            ("Thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC", None),
            ("Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2", None),
            ("Hướng dẫn cài đặt, sử dụng chữ ký số cá nhân", None),
            ("Phát triển tài khoản thanh toán cho người dân trên 15 tuổi", None),
            ("Hỗ trợ hộ kinh doanh dùng mã QR thanh toán", None),
            ("Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử", None),
            ("Hồ sơ sức khỏe điện tử cho người dân", None),
            ("Bình dân học vụ số: phổ cập kỹ năng số cơ bản cho người dân", None),
            ("Cài đặt phần mềm phòng chống mã độc cho 100% máy tính", None),
            ("Bảo đảm an toàn thông tin cấp độ 1 cho mạng nội bộ", None),
            ("Vận hành hệ thống quản lý văn bản chứa bí mật nhà nước", None),
            ("Tuyên truyền kỹ năng nhận diện lừa đảo trên môi trường mạng", None),
            ("Rà soát hạ tầng cáp quang, sóng di động tại các ấp vùng lõm", None),
            ("Kết nối, khai thác các hệ thống dùng chung của tỉnh", None),
            ("Cập nhật dữ liệu dân cư, đất đai phục vụ Đề án 06", None),
            ("Thu học phí không dùng tiền mặt tại các trường học", None),
            ("Chi trả an sinh xã hội qua tài khoản", None),
            ("Ngày Chuyển đổi số cấp xã (10/10)", None),
        ],
    ),
    (
        "ĐỔI MỚI SÁNG TẠO",
        [
            ("Phổ biến, tuyên truyền về quyền sở hữu trí tuệ tại địa phương", 50),
            ("Hỗ trợ xây dựng thương hiệu tập thể, nhãn hiệu cho sản phẩm đặc trưng", 50),
            ("Phối hợp xử lý các vi phạm nhỏ về sở hữu trí tuệ", 50),
            ("Hỗ trợ khởi nghiệp sáng tạo tại địa phương", 50),
            ("Tổ chức hội thi sáng tạo kỹ thuật cấp xã", 50),
            ("Hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến", 50),
            ("Phát hiện, nhân rộng sáng kiến trong cải cách hành chính", None),
            ("Tham gia cuộc thi ứng dụng công nghệ thông tin cấp tỉnh", None),
            ("Xây dựng mô hình “Ấp số” thí điểm", None),
            ("Công nhận sáng kiến khoa học cấp cơ sở", None),
        ],
    ),
    (
        "CÁC NHIỆM VỤ, CHỈ TIÊU KHÁC CỦA KẾ HOẠCH NĂM 2026",
        [
            ("Theo dõi nhiệm vụ trên Hệ thống theo dõi thực hiện nghị quyết của Trung ương", None),
            ("Báo cáo định kỳ hằng tháng về UBND tỉnh trước ngày 25", None),
            ("Bảo đảm kinh phí thực hiện chuyển đổi số hằng năm", None),
            ("Phát triển kinh tế số theo chức năng, nhiệm vụ", None),
            ("Triển khai tiện ích ứng dụng VNeID khi cấp, đổi căn cước", None),
            ("Bố trí đủ nhân sự tiếp nhận, giải quyết TTHC", None),
            ("Thông tin, tuyên truyền về chuyển đổi số trên mạng xã hội", None),
            ("Triển khai bệnh án điện tử tại Trạm Y tế", None),
            ("Phản biện xã hội về chính quyền số, kinh tế số, xã hội số", None),
            ("Số hóa tài liệu, bài giảng của các trường học", None),
            ("Mở tài khoản ngân hàng cho học sinh, phụ huynh", None),
            ("Tuyên truyền “đi từng ngõ, gõ từng nhà, hướng dẫn từng người”", None),
            ("Tập huấn ứng dụng AI cơ bản cho Tổ công nghệ số cộng đồng", None),
            ("Hướng dẫn kỹ năng bảo mật, bảo vệ dữ liệu cá nhân", None),
            ("Phối hợp doanh nghiệp viễn thông phát triển hạ tầng số", None),
        ],
    ),
]

DEADLINES = ["Quý II/2026", "Quý III/2026", "Tháng 9/2026", "Thường xuyên", "Quý IV/2026"]
PRODUCTS = [
    "Báo cáo kết quả",
    "Hệ thống đưa vào sử dụng",
    "Kế hoạch, văn bản triển khai",
    "Danh sách người dân được hỗ trợ",
    "Biên bản nghiệm thu",
]


def _tasks() -> list[tuple[int, str, int, str, int | None]]:
    """(group index, code, content, n, budget) for the 70 tasks."""
    rows = []
    n = 0
    for g, (_, items) in enumerate(TASK_GROUPS):
        for i, (content, budget) in enumerate(items, start=1):
            rows.append((g, str(i), content, n, budget))
            n += 1
    return rows


def task_appendix_table() -> Table:
    """The appendix task list: one group row per section, then its tasks."""
    rows: list[list[CellLike]] = []
    tasks = _tasks()
    for g, (group, _) in enumerate(TASK_GROUPS):
        rows.append([Cell(to_roman(g + 1), bold=True), Cell(group, bold=True, colspan=6)])
        for _, code, content, n, _budget in (t for t in tasks if t[0] == g):
            status = STATUSES[n % len(STATUSES)]
            if status == "Hoàn thành":
                kind = ["VHXH", "KT", "CAX"][n % 3]
                day = format_date(date(2026, 8, 1 + n % 28))
                evidence = f"Báo cáo số {10 + n}/BC-{kind} ngày {day}"
            else:
                evidence = "Ảnh hoạt động, danh sách" if status == "Đang thực hiện" else ""
            rows.append(
                [
                    code,
                    content,
                    UNITS[n % len(UNITS)],
                    PRODUCTS[n % len(PRODUCTS)],
                    DEADLINES[n % len(DEADLINES)],
                    status,
                    evidence,
                ]
            )
    return Table(
        title="",
        header=[
            [
                "STT",
                "Nhiệm vụ",
                "Đơn vị chủ trì",
                "Sản phẩm",
                "Thời hạn",
                "Trạng thái",
                "Minh chứng",
            ]
        ],
        rows=rows,
        widths=[0.05, 0.30, 0.15, 0.14, 0.10, 0.11, 0.15],
        align=["center", "left", "left", "left", "center", "center", "left"],
        font_size=11,
        sheet_name="Phụ lục nhiệm vụ",
    )


# (name, cách tính, ĐVT, target %, numerator, denominator, in-period numerator)
TARGETS = [
    ("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)",
     "Số người có tài khoản VNeID / dân số", 80, 25736, 36845, 1245),
    ("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ TTHC",
     "Hồ sơ trực tuyến / tổng hồ sơ tiếp nhận", 80, 1873, 2214, 612),
    ("Tỷ lệ giải quyết hồ sơ đúng hạn",
     "Hồ sơ đúng hạn / hồ sơ đã giải quyết", 98, 2180, 2191, 745),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
     "Hồ sơ được số hóa / hồ sơ đã giải quyết", 100, 2191, 2191, 750),
    ("Tỷ lệ người dân trưởng thành có chữ ký số cá nhân",
     "Người có chữ ký số / dân số từ 18 tuổi", 50, 6120, 26410, 980),
    ("Tỷ lệ người dân có hồ sơ sức khỏe điện tử",
     "Người có hồ sơ SKĐT / dân số", 95, 34210, 36845, 402),
    ("Tỷ lệ người dân trên 15 tuổi có tài khoản thanh toán",
     "Người có tài khoản / dân số trên 15 tuổi", 80, 21460, 28930, 1130),
    ("Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC",
     "Hồ sơ thanh toán trực tuyến / hồ sơ có phí", 80, 655, 842, 230),
    ("Tỷ lệ máy tính cài phần mềm phòng chống mã độc",
     "Máy đã cài / tổng số máy tính của UBND xã", 100, 46, 46, 6),
    ("Số ấp có Tổ công nghệ số cộng đồng hoạt động",
     "Số ấp có Tổ hoạt động / số ấp", 100, 21, 21, 0),
]  # fmt: skip


def targets_table() -> Table:
    rows: list[list[CellLike]] = []
    for i, (name, method, target, num, den, in_period) in enumerate(TARGETS, start=1):
        rate = num * 100 / den
        share = rate * 100 / target
        rows.append(
            [
                str(i),
                name,
                method,
                "%",
                Cell(f"≥ {target}%" if target < 100 else f"{target}%", value=target),
                Cell(format_number(in_period), value=in_period),
                format_ratio(num, den),
                Cell(format_percent(share), value=round(share, 1)),
                "Đạt" if rate >= target else "Chưa đạt",
            ]
        )
    return Table(
        title="Bảng 1. Kết quả thực hiện các chỉ tiêu",
        header=[
            [
                "STT",
                "Tên chỉ tiêu",
                "Cách tính (tử/mẫu số)",
                "ĐVT",
                "Kế hoạch",
                "Thực hiện kỳ",
                f"Lũy kế đến ngày {format_date(date(2026, 9, 14))}",
                "% so kế hoạch",
                "Đạt/ Chưa đạt",
            ]
        ],
        rows=rows,
        widths=[0.06, 0.19, 0.16, 0.065, 0.085, 0.085, 0.175, 0.095, 0.09],
        align=["center", "left", "left", "center", "right", "right", "right", "right", "center"],
        font_size=11,
        sheet_name="Chỉ tiêu",
    )


def hamlet_rows() -> list[tuple[str, int, int, int, int, int]]:
    """(name, population, vneid, dvctt, households, cashless households) per hamlet."""
    rows = []
    for i, name in enumerate(HAMLETS):
        population = 1200 + (i * 337) % 1600
        vneid = population * (68 + (i * 7) % 22) // 100
        dvctt = 20 + (i * 13) % 70
        households = population * 10 // 38
        cashless = households * (40 + (i * 11) % 40) // 100
        rows.append((name, population, vneid, dvctt, households, cashless))
    return rows


def hamlet_table() -> Table:
    body: list[list[CellLike]] = []
    totals = [0, 0, 0, 0, 0]
    for i, (name, population, vneid, dvctt, households, cashless) in enumerate(
        hamlet_rows(), start=1
    ):
        body.append(_hamlet_row(str(i), name, population, vneid, dvctt, households, cashless))
        for k, v in enumerate((population, vneid, dvctt, households, cashless)):
            totals[k] += v
    body.append(_hamlet_row("", "Tổng cộng", *totals))
    return Table(
        title="Bảng 2. Kết quả hỗ trợ của Tổ công nghệ số cộng đồng các ấp",
        unit_note=f"Số liệu tính đến ngày {format_date(date(2026, 9, 14))}",
        header=[
            [
                Cell("STT", rowspan=2),
                Cell("Tên ấp", rowspan=2),
                Cell("Dân số (người)", rowspan=2),
                Cell("Tài khoản VNeID", colspan=2),
                Cell("Hồ sơ DVCTT được hỗ trợ", rowspan=2),
                Cell("Thanh toán không dùng tiền mặt", colspan=3),
            ],
            ["Số tài khoản", "Tỷ lệ", "Tổng số hộ", "Số hộ sử dụng", "Tỷ lệ"],
        ],
        rows=body,
        widths=[0.06, 0.17, 0.11, 0.11, 0.09, 0.12, 0.11, 0.12, 0.11],
        align=["center", "left", "right", "right", "right", "right", "right", "right", "right"],
        totals_row=True,
        font_size=11,
        sheet_name="Các ấp",
    )


def _hamlet_row(
    stt: str, name: str, population: int, vneid: int, dvctt: int, households: int, cashless: int
) -> list[CellLike]:
    vneid_rate = vneid * 100 / population
    cashless_rate = cashless * 100 / households
    return [
        stt,
        name,
        Cell(format_number(population), value=population),
        Cell(format_number(vneid), value=vneid),
        Cell(format_percent(vneid_rate), value=round(vneid_rate, 1)),
        Cell(format_number(dvctt), value=dvctt),
        Cell(format_number(households), value=households),
        Cell(format_number(cashless), value=cashless),
        Cell(format_percent(cashless_rate), value=round(cashless_rate, 1)),
    ]


def build_sample_report(issuing_body: str = ISSUING_BODY) -> ReportDocument:
    """The Quý III/2026 report of xã Tà Lài, 70 tasks, 21 hamlets, one landscape appendix."""
    tasks = _tasks()
    done = sum(1 for t in tasks if STATUSES[t[3] % len(STATUSES)] == "Hoàn thành")
    doing = sum(1 for t in tasks if STATUSES[t[3] % len(STATUSES)] == "Đang thực hiện")
    waiting = len(tasks) - done - doing
    budget = sum(Decimal(b) for *_, b in tasks if b)
    body = [
        Heading("I. Công tác chỉ đạo, điều hành"),
        Paragraph(
            "Trong kỳ báo cáo, Ủy ban nhân dân xã đã ban hành các văn bản chỉ đạo, triển khai "
            "thực hiện Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
            "số năm 2026, cụ thể:"
        ),
        Bullet(
            "Kế hoạch số 82/KH-UBND ngày 20/6/2026 về tổ chức các lớp “Bình dân học vụ số” "
            "cho người dân trên địa bàn xã;"
        ),
        Bullet(
            "Quyết định số 215/QĐ-UBND ngày 02/7/2026 về kiện toàn Tổ công nghệ số cộng đồng "
            "tại 21 ấp;"
        ),
        Bullet(
            "Công văn số 340/UBND-VHXH ngày 05/8/2026 về đẩy mạnh kích hoạt tài khoản định danh "
            "điện tử mức độ 2 và thanh toán không dùng tiền mặt."
        ),
        Heading("II. Kết quả thực hiện"),
        Heading("1. Kết quả thực hiện các nhiệm vụ", level=2),
        Paragraph(
            f"Tổng số nhiệm vụ theo Kế hoạch: {len(tasks)} nhiệm vụ, trong đó: hoàn thành "
            f"{done} nhiệm vụ ({format_percent(done * 100 / len(tasks))}); đang thực hiện "
            f"{doing} nhiệm vụ; chưa triển khai {waiting} nhiệm vụ. Tổng kinh phí được giao "
            f"{format_money_million(budget)} triệu đồng (chi tiết tại Phụ lục I kèm theo)."
        ),
        Heading("a) Về khoa học công nghệ và đổi mới sáng tạo", level=3),
        Paragraph(
            "Tổ chức 02 đợt kiểm tra đo lường tại chợ Tà Lài và chợ Phú Lâm; hướng dẫn 12 hộ "
            "sản xuất đăng ký truy xuất nguồn gốc sản phẩm; phối hợp tổ chức hội thi sáng tạo "
            "kỹ thuật cấp xã với 18 giải pháp tham gia."
        ),
        Heading("b) Về chuyển đổi số", level=3),
        Paragraph(
            "Hoàn thành nâng cấp mạng LAN, wifi công vụ tại trụ sở Ủy ban nhân dân xã; 100% "
            "văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành DNI-S; Trang "
            "thông tin điện tử xã đăng tải 46 tin, bài về chuyển đổi số."
        ),
        Paragraph(
            "Các nhiệm vụ chậm tiến độ: lắp đặt camera tầm cao phục vụ quản lý an ninh trật tự "
            "(đang chờ phê duyệt dự toán); ứng dụng di động cho người dân các ấp (đang khảo "
            "sát yêu cầu)."
        ),
        Heading("2. Kết quả thực hiện các chỉ tiêu", level=2),
        targets_table(),
        Heading("3. Kết quả hoạt động của Tổ công nghệ số cộng đồng", level=2),
        Paragraph(
            "Tổ công nghệ số cộng đồng 21 ấp đã tổ chức 156 buổi tuyên truyền, hướng dẫn tại "
            "nhà văn hóa ấp và đến từng hộ gia đình, kết quả cụ thể như sau:"
        ),
        hamlet_table(),
        Heading("III. Tồn tại, hạn chế, nguyên nhân"),
        Paragraph(
            "Tỷ lệ người dân có tài khoản định danh điện tử và chữ ký số cá nhân còn thấp so với "
            "chỉ tiêu; một bộ phận người cao tuổi chưa sử dụng điện thoại thông minh. Hạ tầng "
            "sóng di động tại ấp Đắc Lua, ấp Thọ Lâm chưa ổn định."
        ),
        Paragraph(
            "Nguyên nhân: kinh phí đầu tư hạ tầng chưa được bố trí kịp thời; thành viên Tổ công "
            "nghệ số cộng đồng kiêm nhiệm nhiều việc, thời gian dành cho hoạt động còn hạn chế."
        ),
        Heading("IV. Phương hướng, nhiệm vụ Quý IV/2026"),
        Bullet("Tập trung hoàn thành các nhiệm vụ chậm tiến độ, nhất là hạ tầng camera;"),
        Bullet("Tổ chức Ngày Chuyển đổi số cấp xã (10/10/2026);"),
        Bullet("Phấn đấu tỷ lệ tài khoản định danh điện tử đạt trên 80% trước ngày 31/12/2026."),
        Heading("V. Đề xuất, kiến nghị"),
        Paragraph(
            "Đề nghị Sở Khoa học và Công nghệ tỉnh hỗ trợ kinh phí lắp đặt camera tầm cao và "
            "tập huấn chuyên sâu cho Tổ công nghệ số cộng đồng."
        ),
        Paragraph(CLOSING),
    ]
    number = NUMBER_TEXT.removeprefix("Số: ")
    return ReportDocument(
        header=DocumentHeader(
            issuing_body=issuing_body,
            number_text=NUMBER_TEXT,
            place_date_line=DATE_LINE,
            title="BÁO CÁO",
            subtitle=(
                "Kết quả thực hiện Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo\n"
                "và chuyển đổi số Quý III năm 2026"
            ),
        ),
        legal_bases=[
            "Căn cứ Kế hoạch số 64/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân xã Tà Lài về "
            "triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn xã "
            "năm 2026;"
        ],
        intro=(
            "Ủy ban nhân dân xã Tà Lài báo cáo kết quả thực hiện Quý III năm 2026 (số liệu tính "
            "từ ngày 15/6/2026 đến ngày 14/9/2026) như sau:"
        ),
        body=body,
        recipients=[
            "- UBND tỉnh Đồng Nai;",
            "- Sở Khoa học và Công nghệ tỉnh;",
            "- TT. Đảng ủy xã;",
            "- TT. HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- UBMTTQVN và các đoàn thể xã;",
            "- Các phòng, ban chuyên môn xã;",
            "- Lưu: VT, VHXH.",
        ],
        signer=Signer(authority="KT. CHỦ TỊCH", title="PHÓ CHỦ TỊCH", name="Nguyễn Phạm Tuyển"),
        appendices=[
            Appendix(
                title="PHỤ LỤC I",
                subtitle="Danh mục nhiệm vụ và tình hình thực hiện Quý III năm 2026",
                note=(
                    f"(Kèm theo Báo cáo số {number} ngày {format_date(REPORT_DATE)} "
                    "của Ủy ban nhân dân xã Tà Lài)"
                ),
                tables=[task_appendix_table()],
                orientation="landscape",
            )
        ],
    )


def write_all(folder: Path) -> list[Path]:
    """Write the sample as PDF, DOCX and XLSX into ``folder``."""
    from kehoach_desktop.reports.docx import write_docx
    from kehoach_desktop.reports.pdf import write_pdf
    from kehoach_desktop.reports.xlsx import write_xlsx

    folder.mkdir(parents=True, exist_ok=True)
    doc = build_sample_report()
    paths = [folder / "bao_cao.pdf", folder / "bao_cao.docx", folder / "bao_cao.xlsx"]
    write_pdf(doc, paths[0])
    write_docx(doc, paths[1])
    write_xlsx(doc, paths[2])
    return paths


def render_pages(pdf: Path, pages: list[int], resolution: int = 60) -> list[Path]:
    """Render the given 1-based pages of ``pdf`` to PNG beside it (poppler's pdftoppm)."""
    out = []
    for page in pages:
        prefix = pdf.with_name(f"{pdf.stem}-page{page}")
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page),
             "-singlefile", str(pdf), str(prefix)],
            check=True,
        )  # fmt: skip
        out.append(prefix.with_suffix(".png"))
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/report_check")
    written = write_all(target)
    pages = PdfReader(written[0]).pages
    first_appendix = next(i for i, p in enumerate(pages, 1) if p.mediabox.width > p.mediabox.height)
    written += render_pages(written[0], [1, 2, first_appendix])
    for path in written:
        print(path)
