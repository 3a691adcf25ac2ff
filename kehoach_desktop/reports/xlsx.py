"""The report's tables as an Excel workbook (openpyxl), one sheet per table, ready to print.

Each sheet carries the issuing body and the table's titles above the table, the header rows
bold and wrapped (repeated on every printed page), thin borders, column widths from the model,
and real numbers where a cell has one: :attr:`Cell.value`, or for right-aligned (numeric)
columns the printed Vietnamese number parsed back ("1.234" → 1234, "85,7%" → 0.857 shown as
85,7%). Print setup: A4, the table's orientation, fit to one page wide, Nghị định 30 margins,
page numbers centred in the header from page 2 on.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from kehoach_desktop.reports.fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    OFFICE_FONT,
    REGULAR,
    text_width,
)
from kehoach_desktop.reports.model import (
    Cell,
    Number,
    Orientation,
    ReportDocument,
    Table,
    header_lines,
    normalized,
    table_grid,
)
from kehoach_desktop.reports.reproducible import make_reproducible

MM_PER_INCH = 25.4
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0, "header": 10.0}
TEXT_WIDTH_MM = {"portrait": 165.0, "landscape": 252.0}
MM_PER_WIDTH_UNIT = 1.9  # one Excel column-width unit (a Calibri digit + padding) ≈ 1.9 mm
PAGE_NUMBER_SIZE = 13

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_INVALID_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
# a printed Vietnamese number: optional text around "1.234.567", "85,7", "-3", with an optional %
_NUMBER = re.compile(
    r"^(?P<pre>[^\d-]*?)(?P<num>-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?)"
    r"(?P<pct>%?)(?P<post>[^\d]*)$"
)


def _font(size: float = 12, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=OFFICE_FONT, size=size, bold=bold, italic=italic)


def _column_points(width_units: float) -> float:
    """Printable width in points of a column ``width_units`` wide, less the cell padding."""
    pixels = width_units * 7 + 5  # Excel: a Calibri 11 digit is 7 px, plus 5 px of padding
    return pixels * 0.75 - 4


def _line_count(text: str, font: Font, width_pt: float) -> int:
    """How many lines ``text`` wraps to in a cell ``width_pt`` wide (greedy, by words)."""
    face = {
        (False, False): REGULAR,
        (True, False): BOLD,
        (False, True): ITALIC,
        (True, True): BOLD_ITALIC,
    }[(bool(font.bold), bool(font.italic))]
    size = float(font.size or 12)
    space = text_width(" ", face, size)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            w = text_width(word, face, size)
            if used and used + space + w > width_pt:
                lines += 1
                used = w
            else:
                used += (space if used else 0.0) + w
    return max(1, lines)


def _fit_row_height(ws: Worksheet, row: int, needs: list[tuple[str, Font, float]]) -> None:
    """Set the row's height to show every wrapped cell whole.

    Neither Excel nor LibreOffice re-measures wrapped rows of a file written by openpyxl, so
    the height is computed here with the same Times New Roman metrics the PDF uses.
    """
    height = 0.0
    for text, font, width_pt in needs:
        lines = _line_count(text, font, width_pt)
        height = max(height, lines * float(font.size or 12) * 1.2 + 3)
    if height:
        ws.row_dimensions[row].height = round(height, 1)


def _sheet_title(table: Table, fallback: str, used: set[str]) -> str:
    base = _INVALID_SHEET_CHARS.sub(" ", table.sheet_name or table.title or fallback)
    base = " ".join(base.split())[:31].strip() or fallback
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _number_format(decimals: int, percent: bool, pre: str, post: str) -> str:
    core = "0" if percent else "#,##0"
    if decimals:
        core += "." + "0" * decimals
    if percent:
        core += "%"

    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if text else ""

    return quoted(pre) + core + quoted(post)


def cell_number(cell: Cell, numeric_column: bool) -> tuple[Number, str] | None:
    """The number to store for ``cell`` and its Excel format, or None to keep the text.

    ``cell.value`` wins; otherwise a right-aligned (numeric) column's text is parsed when it is
    a plain number. A value printed with "%" is stored as a fraction with a percent format.
    """
    match = _NUMBER.match(cell.text.strip())
    if cell.value is None:
        if not numeric_column or match is None or match["pre"] or match["post"]:
            return None
        value: Number = Decimal(match["num"].replace(".", "").replace(",", "."))
    else:
        value = cell.value
    decimals = len(match["dec"] or "") if match else 0
    percent = bool(match and match["pct"])
    pre, post = (match["pre"], match["post"]) if match else ("", "")
    if percent:
        value = Decimal(str(value)) / 100
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() and not percent else float(value)
    return value, _number_format(decimals, percent, pre, post)


def _title_rows(doc: ReportDocument, table: Table, appendix_lines: list[str]) -> list[tuple]:
    """(text, font, horizontal alignment) rows printed above the table."""
    header = doc.header
    rows: list[tuple] = [(" ".join(header_lines(header.issuing_body)), _font(12, True), "left")]
    if appendix_lines:
        title, subtitle, note = appendix_lines
        rows.append((title, _font(13, True), "center"))
        if subtitle:
            rows.append((subtitle, _font(13, True), "center"))
        if note:
            rows.append((note, _font(12, italic=True), "center"))
    else:
        subtitle = " ".join(header.subtitle.split())
        rows.append((f"{header.title} {subtitle}".strip(), _font(13, True), "center"))
        rows.append((f"({header.number_text}; {header.place_date_line})", _font(12, italic=True),
                     "center"))  # fmt: skip
    if table.title:
        rows.append((table.title, _font(13, True), "center"))
    if table.unit_note:
        rows.append((table.unit_note, _font(12, italic=True), "right"))
    return rows


def _write_table(
    ws: Worksheet,
    doc: ReportDocument,
    table: Table,
    orientation: Orientation,
    appendix_lines: list[str],
) -> None:
    ncols = table.column_count
    total = sum(table.widths) or 1.0
    units = TEXT_WIDTH_MM[orientation] / MM_PER_WIDTH_UNIT
    widths = [round(units * share / total, 2) for share in table.widths]
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    points = [_column_points(w) for w in widths]

    row = 1
    for text, font, align in _title_rows(doc, table, appendix_lines):
        ws.cell(row=row, column=1, value=text).font = font
        ws.cell(row=row, column=1).alignment = Alignment(
            horizontal=align, vertical="center", wrap_text=True
        )
        if ncols > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        _fit_row_height(ws, row, [(text, font, sum(points))])
        row += 1
    row += 1  # a blank row before the table
    first_table_row = row

    grid = table_grid(table)
    spans = {(s.first_row, s.first_col): s for s in grid.spans}
    last = len(grid.cells) - 1
    for r, grid_row in enumerate(grid.cells):
        is_header = r < grid.header_rows
        is_total = table.totals_row and r == last and not is_header
        needs: list[tuple[str, Font, float]] = []
        for c in range(ncols):
            target = ws.cell(row=first_table_row + r, column=c + 1)
            target.border = _BORDER
            cell = grid_row[c]
            if cell is None:
                continue
            align = "center" if is_header else (cell.align or table.align[c])
            number = None if is_header else cell_number(cell, table.align[c] == "right")
            if number is None:
                target.value = cell.text
            else:
                target.value, target.number_format = number
            target.font = _font(table.font_size, bold=is_header or is_total or cell.bold)
            target.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
            span = spans.get((r, c))
            if span is None:
                needs.append((cell.text, target.font, points[c]))
            elif span.first_row == span.last_row:  # a row-spanning cell grows its rows freely
                needs.append((cell.text, target.font, sum(points[c : span.last_col + 1])))
        _fit_row_height(ws, first_table_row + r, needs)
    for span in grid.spans:
        ws.merge_cells(
            start_row=first_table_row + span.first_row,
            start_column=span.first_col + 1,
            end_row=first_table_row + span.last_row,
            end_column=span.last_col + 1,
        )

    header_end = first_table_row + grid.header_rows - 1
    if grid.header_rows:
        ws.print_title_rows = f"{first_table_row}:{header_end}"
        ws.freeze_panes = ws.cell(row=header_end + 1, column=1)
    _print_setup(ws, orientation)


def _print_setup(ws: Worksheet, orientation: Orientation) -> None:
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = orientation
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    inches = {side: mm / MM_PER_INCH for side, mm in MARGINS_MM.items()}
    ws.page_margins = PageMargins(
        left=inches["left"],
        right=inches["right"],
        top=inches["top"],
        bottom=inches["bottom"],
        header=inches["header"],
        footer=inches["header"],
    )
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{OFFICE_FONT},Regular"
    ws.oddHeader.center.size = PAGE_NUMBER_SIZE


def write_xlsx(
    doc: ReportDocument, path: str | os.PathLike[str], created: datetime | None = None
) -> None:
    """Write the tables of ``doc`` (body tables, then appendix tables) as sheets of a workbook;
    with ``created`` (the document's date) the file is reproducible."""
    doc = normalized(doc)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    n = 0
    for block in doc.body:
        if isinstance(block, Table):
            n += 1
            ws = workbook.create_sheet(_sheet_title(block, f"Bảng {n}", used))
            _write_table(ws, doc, block, "portrait", [])
    for appendix in doc.appendices:
        lines = [appendix.title, appendix.subtitle, appendix.note]
        for table in appendix.tables:
            n += 1
            ws = workbook.create_sheet(_sheet_title(table, appendix.title, used))
            _write_table(ws, doc, table, appendix.orientation, lines)
    if not workbook.sheetnames:  # a report without tables still opens
        ws = workbook.create_sheet("Báo cáo")
        for row, (text, font, align) in enumerate(_title_rows(doc, Table([], [], [1], []), []), 1):
            ws.cell(row=row, column=1, value=text).font = font
            ws.cell(row=row, column=1).alignment = Alignment(horizontal=align)
        _print_setup(ws, "portrait")
    workbook.properties.title = " ".join(
        p for p in (doc.header.title, doc.header.subtitle.replace("\n", " ")) if p
    )
    workbook.properties.creator = " ".join(header_lines(doc.header.issuing_body))
    if created is not None:
        workbook.properties.created = created
    workbook.save(os.fspath(path))
    if created is not None:
        make_reproducible(path, created)
