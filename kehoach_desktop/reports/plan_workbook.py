"""The plan as a clean appendix workbook (.xlsx): a sheet of tasks with their section rows and a
sheet of targets, each under the plan's header rows, ready to print on A4.

Plain data in, a file out: the service fills :class:`PlanWorkbook` from the store. The layout is
the one commune appendices use, and it is chosen so that the plan importer reads the file back
to the same plan:

- header rows: the issuing body and "Số: …" (left), the national motto and the place-date line
  (right), "KẾ HOẠCH", the plan's title and the short rule under it, then "PHỤ LỤC …" and
  "(Kèm theo Kế hoạch số … ngày … của …)";
- tasks: STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm/kết quả |
  Thời gian hoàn thành | Kinh phí (triệu đồng) | Ghi chú, a Roman-numeral row per section
  (title merged over the text columns, its budget in the money column), the total last;
  codes are text ("1.10" stays "1.10"), amounts real numbers, partners one per "; ";
- a section-less run of tasks that follows sections, or a second appendix whose numbering
  restarts, goes on a sheet of its own (a sheet starts a new table for the importer);
- targets: STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu năm … (one column per horizon) |
  Đơn vị chủ trì | Đơn vị phối hợp, a Roman-numeral row per group.

Print setup (A4 landscape, Nghị định 30 margins, header row repeated, page numbers from page 2)
is the report workbook's.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kehoach_desktop.core.vnformat import date_line, format_date, to_roman
from kehoach_desktop.reports.fonts import OFFICE_FONT
from kehoach_desktop.reports.xlsx import _fit_row_height, _print_setup

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_RULE = "—————————"

TASK_HEADER = (
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Sản phẩm/kết quả",
    "Thời gian hoàn thành",
    "Kinh phí (triệu đồng)",
    "Ghi chú",
)
TASK_WIDTHS = (7, 46, 20, 24, 26, 15, 12, 22)
MONEY_COLUMN = 7  # 1-based


@dataclass
class SectionLine:
    """A section ("II", "CHUYỂN ĐỔI SỐ", 2890). ``printed`` False for a group the app made up
    (a second appendix without sections): its tasks go on their own sheet, without a row."""

    code: str
    title: str
    budget_million: Decimal | None = None
    printed: bool = True


@dataclass
class TaskLine:
    section: str
    code: str
    content: str
    lead_unit: str = ""
    partner_units: list[str] = field(default_factory=list)
    product: str = ""
    deadline_text: str = ""
    budget_million: Decimal | None = None
    note: str = ""


@dataclass
class IndicatorLine:
    group: str
    code: str
    name: str
    unit: str
    horizon: int | None
    target_text: str
    lead_unit: str = ""
    partner_units: list[str] = field(default_factory=list)


@dataclass
class PlanWorkbook:
    """Everything the workbook prints."""

    issuing_body: str
    commune_name: str
    place_name: str
    number: str
    issued_on: date | None
    year: int
    title: str
    budget_total_million: Decimal | None
    sections: list[SectionLine]
    tasks: list[TaskLine]
    indicators: list[IndicatorLine]


def _font(size: float = 12, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=OFFICE_FONT, size=size, bold=bold, italic=italic)


def _points(width_units: float) -> float:
    return (width_units * 7 + 5) * 0.75 - 4


class _Sheet:
    """Writes rows into one worksheet, keeping the row counter and wrapped heights."""

    def __init__(self, ws: Worksheet, widths: tuple[int, ...]) -> None:
        self.ws = ws
        self.widths = widths
        self.row = 1
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def line(
        self,
        text: str,
        first: int = 1,
        last: int | None = None,
        *,
        font: Font | None = None,
        align: str = "center",
        same_row: bool = False,
    ) -> None:
        """A title line merged over columns ``first``..``last`` (default: all)."""
        last = last or len(self.widths)
        if same_row:
            self.row -= 1
        cell = self.ws.cell(row=self.row, column=first, value=text)
        cell.font = font or _font(13)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if last > first:
            self.ws.merge_cells(
                start_row=self.row, start_column=first, end_row=self.row, end_column=last
            )
        width = sum(_points(w) for w in self.widths[first - 1 : last])
        current = self.ws.row_dimensions[self.row].height or 0
        _fit_row_height(self.ws, self.row, [(text, cell.font, width)])
        self.ws.row_dimensions[self.row].height = max(
            current, self.ws.row_dimensions[self.row].height or 0
        )
        self.row += 1

    def table_row(
        self,
        values: list[object],
        *,
        bold: bool = False,
        header: bool = False,
        merge: tuple[int, int] | None = None,
        number_formats: dict[int, str] | None = None,
    ) -> None:
        needs = []
        for column, value in enumerate(values, start=1):
            cell = self.ws.cell(row=self.row, column=column)
            cell.border = _BORDER
            if value is None or value == "":
                continue
            cell.value = value
            cell.font = _font(12, bold=bold or header)
            numeric = isinstance(value, int | float)
            cell.alignment = Alignment(
                horizontal="center" if header or column == 1 else ("right" if numeric else "left"),
                vertical="center",
                wrap_text=True,
            )
            if column == 1 and not header:
                cell.number_format = "@"  # codes are text: "1.10" is not 1.1
            if number_formats and column in number_formats:
                cell.number_format = number_formats[column]
            span = merge[1] if merge and merge[0] == column else column
            width = sum(_points(w) for w in self.widths[column - 1 : span])
            if not numeric:
                needs.append((str(value), cell.font, width))
        if merge:
            self.ws.merge_cells(
                start_row=self.row, start_column=merge[0], end_row=self.row, end_column=merge[1]
            )
        _fit_row_height(self.ws, self.row, needs)
        self.row += 1


def _amount(value: Decimal | None) -> tuple[int | float | None, str]:
    """The number to store and its format: whole amounts without decimals."""
    if value is None:
        return None, ""
    if value == value.to_integral_value():
        return int(value), "#,##0"
    return float(value), "#,##0.0##"


def _printed_code(code: str) -> str:
    """A code as the plan printed it: a lettered sub-item "3.b" was printed "b" under "3"."""
    match = re.fullmatch(r"\d+(?:\.\d+)*\.([a-zđ])", code)
    return match[1] if match else code


def _attached_line(plan: PlanWorkbook) -> str:
    """ "(Kèm theo Kế hoạch số 64/KH-UBND ngày 06/03/2026 của Ủy ban nhân dân xã Tà Lài)"."""
    number = f" số {plan.number}" if plan.number else ""
    when = f" ngày {format_date(plan.issued_on)}" if plan.issued_on else f" năm {plan.year}"
    whose = f" của Ủy ban nhân dân xã {plan.commune_name}" if plan.commune_name else ""
    return f"(Kèm theo Kế hoạch{number}{when}{whose})"


def _header_block(sheet: _Sheet, plan: PlanWorkbook, appendix: str, first: bool) -> None:
    """The plan's header rows; the first sheet carries the whole heading of the document."""
    right = len(sheet.widths)
    split = 3
    if first:
        sheet.line(plan.issuing_body, 1, split, font=_font(12, bold=True))
        sheet.line(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            split + 2,
            right,
            font=_font(12, bold=True),
            same_row=True,
        )
        number = f"Số: {plan.number}" if plan.number else "Số:        /KH-UBND"
        sheet.line(number, 1, split, font=_font(13))
        sheet.line(
            "Độc lập - Tự do - Hạnh phúc",
            split + 2,
            right,
            font=_font(13, bold=True),
            same_row=True,
        )
        place = plan.place_name or plan.commune_name
        sheet.line(
            date_line(place, plan.issued_on, year=plan.year),
            split + 2,
            right,
            font=_font(13, italic=True),
        )
        sheet.row += 1
        sheet.line("KẾ HOẠCH", font=_font(14, bold=True))
        sheet.line(plan.title, font=_font(13, bold=True))
        # The short rule under the title; it also tells a reader where the title ends.
        sheet.line(_RULE, font=_font(12))
    sheet.line(appendix, font=_font(13, bold=True))
    sheet.line(_attached_line(plan), font=_font(12, italic=True))
    sheet.row += 1


def _task_blocks(plan: PlanWorkbook) -> list[list[TaskLine | SectionLine]]:
    """The rows of each task sheet: a section row before its tasks (a section without tasks
    where it stands); a new sheet where section-less tasks follow a section row or a made-up
    group (a second appendix) begins."""
    by_code = {s.code: s for s in plan.sections}
    with_tasks = {t.section for t in plan.tasks}
    written: set[str] = set()
    blocks: list[list[TaskLine | SectionLine]] = [[]]
    in_section = False
    previous: str | None = None
    for task in plan.tasks:
        if task.section != previous:
            section = by_code.get(task.section)
            if section is not None and section.printed:
                for earlier in plan.sections:
                    if earlier is section:
                        break
                    if earlier.printed and earlier.code not in written | with_tasks:
                        blocks[-1].append(earlier)
                        written.add(earlier.code)
                blocks[-1].append(section)
                in_section = True
            elif blocks[-1] and (in_section or section is not None):
                blocks.append([])
                in_section = False
            written.add(task.section)
            previous = task.section
        blocks[-1].append(task)
    blocks[-1].extend(s for s in plan.sections if s.printed and s.code not in written)
    return blocks


def _write_tasks(workbook: Workbook, plan: PlanWorkbook) -> int:
    blocks = _task_blocks(plan)
    for number, rows in enumerate(blocks, start=1):
        name = "Nhiệm vụ" if number == 1 else f"Nhiệm vụ ({number})"
        ws = workbook.create_sheet(name)
        sheet = _Sheet(ws, TASK_WIDTHS)
        appendix = "PHỤ LỤC: DANH MỤC NHIỆM VỤ" + (
            f" (TIẾP THEO, PHẦN {number})" if number > 1 else ""
        )
        _header_block(sheet, plan, appendix, first=number == 1)
        header_row = sheet.row
        sheet.table_row(list(TASK_HEADER), header=True)
        for item in rows:
            if isinstance(item, SectionLine):
                amount, fmt = _amount(item.budget_million)
                sheet.table_row(
                    [item.code, item.title, "", "", "", "", amount, ""],
                    bold=True,
                    merge=(2, MONEY_COLUMN - 1),
                    number_formats={MONEY_COLUMN: fmt} if fmt else None,
                )
                continue
            amount, fmt = _amount(item.budget_million)
            sheet.table_row(
                [
                    _printed_code(item.code),
                    item.content,
                    item.lead_unit,
                    "; ".join(item.partner_units),
                    item.product,
                    item.deadline_text,
                    amount,
                    item.note,
                ],
                number_formats={MONEY_COLUMN: fmt} if fmt else None,
            )
        if number == len(blocks) and plan.budget_total_million is not None:
            amount, fmt = _amount(plan.budget_total_million)
            sheet.table_row(
                ["", "Tổng cộng", "", "", "", "", amount, ""],
                bold=True,
                number_formats={MONEY_COLUMN: fmt},
            )
        _finish(ws, header_row)
    return len(blocks)


def _indicator_rows(plan: PlanWorkbook) -> tuple[list[int | None], list[list[IndicatorLine]]]:
    """The horizons (one target column each) and the rows: consecutive targets that differ
    only by horizon share a row."""
    horizons = sorted({i.horizon for i in plan.indicators}, key=lambda h: (h is None, h or 0))
    rows: list[list[IndicatorLine]] = []
    for indicator in plan.indicators:
        last = rows[-1][0] if rows else None
        same = last is not None and (
            last.group,
            last.code,
            last.name,
            last.unit,
            last.lead_unit,
            last.partner_units,
        ) == (
            indicator.group,
            indicator.code,
            indicator.name,
            indicator.unit,
            indicator.lead_unit,
            indicator.partner_units,
        )
        if same and indicator.horizon not in {i.horizon for i in rows[-1]}:
            rows[-1].append(indicator)
        else:
            rows.append([indicator])
    return horizons, rows


def _write_indicators(workbook: Workbook, plan: PlanWorkbook) -> None:
    horizons, rows = _indicator_rows(plan)
    # The importer takes a sheet name that speaks of targets as the group of the targets
    # above the first group row: name the sheet neutrally when the first target has no group.
    first_group = plan.indicators[0].group
    ws = workbook.create_sheet("Chỉ tiêu" if first_group else "Kết quả cần đạt")
    widths = (7, 52, 12, *(16 for _ in horizons), 24, 24)
    sheet = _Sheet(ws, widths)
    _header_block(sheet, plan, "PHỤ LỤC: CÁC CHỈ TIÊU CỦA KẾ HOẠCH", first=False)
    header_row = sheet.row
    targets = [f"Chỉ tiêu năm {h}" if h else "Chỉ tiêu (kết quả cần đạt)" for h in horizons]
    sheet.table_row(
        ["STT", "Tên chỉ tiêu", "Đơn vị tính", *targets, "Đơn vị chủ trì", "Đơn vị phối hợp"],
        header=True,
    )
    group: str | None = None
    groups = 0
    for row in rows:
        first = row[0]
        if first.group != group and first.group:
            groups += 1
            sheet.table_row(
                [to_roman(groups), first.group, "", *("" for _ in horizons), "", ""],
                bold=True,
                merge=(2, len(widths)),
            )
        group = first.group
        by_horizon = {i.horizon: i.target_text for i in row}
        sheet.table_row(
            [
                first.code,
                first.name,
                first.unit,
                *(by_horizon.get(h, "") for h in horizons),
                first.lead_unit,
                "; ".join(first.partner_units),
            ]
        )
    _finish(ws, header_row)


def _finish(ws: Worksheet, header_row: int) -> None:
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    _print_setup(ws, "landscape")


def write_plan_workbook(plan: PlanWorkbook, path: str | os.PathLike[str]) -> int:
    """Write ``plan`` to ``path`` as an .xlsx appendix workbook; returns the number of sheets."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets = _write_tasks(workbook, plan) if plan.tasks or plan.sections else 0
    if plan.indicators:
        _write_indicators(workbook, plan)
        sheets += 1
    if not workbook.sheetnames:
        _write_tasks(workbook, plan)
        sheets = 1
    workbook.properties.title = plan.title
    workbook.properties.creator = plan.issuing_body
    workbook.save(os.fspath(path))
    return sheets
