"""Excel (.xlsx) plans → :class:`~kehoach_desktop.importers.tables.SourceDocument`.

Each visible sheet becomes one grid (rows above the header — titles like "PHỤ LỤC II" — stay in
it and are read as the table's preamble). Merged ranges are filled the way the Word reader
fills them: the top-left value repeated, flagged "h" (to the right) or "v" (below). Numbers keep
their typed value beside their text, so "1.234" (one point two three four million) is never
mistaken for 1234, and a row number typed as 1.0 reads "1" (1.1 stays "1.1"; Excel cannot tell
1.10 from 1.1 — see ``tables.fix_excel_code``). Formulas are read from their cached results.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from kehoach_desktop.importers.tables import Cell, Grid, SourceDocument, cell_lines


def _decimals_in_format(number_format: str) -> int | None:
    """Digits after the point that a number format shows ("0.00" → 2), or None for General."""
    fmt = number_format.split(";")[0]
    if "." not in fmt or fmt == "General":
        return None
    tail = fmt.split(".", 1)[1]
    return sum(1 for ch in tail if ch in "0#?")


def _cell(value: object, number_format: str) -> Cell:
    if value is None:
        return Cell()
    if isinstance(value, bool):
        return Cell("Có" if value else "Không")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
        decimals = _decimals_in_format(number_format or "General")
        if decimals is not None and not isinstance(value, int):
            text = f"{number:.{decimals}f}"
            number = Decimal(text)
        elif number == number.to_integral_value():
            text = str(int(number))
            number = Decimal(int(number))
        else:
            text = format(number.normalize(), "f")
        return Cell(text, number, None, True)
    if isinstance(value, datetime):
        return Cell(value.strftime("%d/%m/%Y"))
    if isinstance(value, date):
        return Cell(value.strftime("%d/%m/%Y"))
    if isinstance(value, time):
        return Cell(value.strftime("%H:%M"))
    return Cell("\n".join(cell_lines(str(value))))


def _sheet_rows(sheet: Worksheet) -> tuple[list[list[Cell]], list[int]]:
    last_row = 0
    last_col = 0
    values: dict[tuple[int, int], Cell] = {}
    for row in sheet.iter_rows():
        for c in row:
            if c.value is None or (isinstance(c.value, str) and not c.value.strip()):
                continue
            cell = _cell(c.value, c.number_format)
            values[(c.row, c.column)] = cell
            last_row = max(last_row, c.row)
            last_col = max(last_col, c.column)
    for merged in sheet.merged_cells.ranges:
        origin = values.get((merged.min_row, merged.min_col), Cell())
        if not origin.text:
            continue
        for r in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (r, col) == (merged.min_row, merged.min_col):
                    continue
                flag = "v" if col == merged.min_col else "h"
                values[(r, col)] = Cell(origin.text, origin.value, flag, origin.numeric_text)
        last_row = max(last_row, merged.max_row)
        last_col = max(last_col, merged.max_col)
    rows = [
        [values.get((r, c), Cell()) for c in range(1, last_col + 1)] for r in range(1, last_row + 1)
    ]
    return rows, list(range(1, last_row + 1))


def read_xlsx(path: Path) -> SourceDocument:
    """Read every visible sheet of a workbook as one grid."""
    # A stream, not the name: openpyxl refuses names not ending in .xlsx, and the file's
    # content (checked by the caller) is what decides.
    with path.open("rb") as stream:
        workbook = openpyxl.load_workbook(stream, data_only=True)
    blocks: list[str | Grid] = []
    try:
        for position, sheet in enumerate(workbook.worksheets, start=1):
            if sheet.sheet_state != "visible":
                continue
            rows, numbers = _sheet_rows(sheet)
            if not rows:
                continue
            blocks.append(
                Grid(
                    index=position,
                    label=f"Trang tính “{sheet.title}”",
                    rows=rows,
                    row_numbers=numbers,
                    adjacent=False,
                    context=[sheet.title],
                )
            )
    finally:
        workbook.close()
    return SourceDocument(path=path, blocks=blocks)
