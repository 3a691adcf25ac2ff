"""The periodic report as plain data: what the PDF, Word and Excel writers print.

A service fills a :class:`ReportDocument` from the store; the writers in this package turn it
into files and know nothing about the database. Text arrives already formatted the Vietnamese
way ("1.234.567", "85,7%", "Tà Lài, ngày 06 tháng 3 năm 2026"): the writers only lay it out.
A table cell may also carry the number behind its text (:attr:`Cell.value`) so that Excel gets
a real number.

Conventions shared by every writer:

- "\\n" inside a header field, a heading, a title or a cell breaks the line there;
- :class:`Bullet` text has no leading dash: the writer prints ``marker + " " + text``;
- the body ends with "./." (added by the writers through :func:`body_with_end_mark`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, TypeVar

from kehoach_desktop.core.text import nfc

Align = Literal["left", "center", "right"]
Orientation = Literal["portrait", "landscape"]
Number = int | float | Decimal

#: The mark that closes the body of an official document (Nghị định 30/2020/NĐ-CP).
END_MARK = "./."


@dataclass(frozen=True)
class Cell:
    """A table cell: its printed text and, for Excel, the number behind it.

    ``value`` is the number as printed, in the printed scale: "69,85%" → 69.85, "3.440" → 3440.
    ``colspan``/``rowspan`` make the cell cover the cells to its right / below (header rows and
    group rows such as "I | KHOA HỌC CÔNG NGHỆ" spanning the rest of the row); the covered
    positions are simply left out of the row's list, as in HTML.
    """

    text: str
    value: Number | None = None
    bold: bool = False
    colspan: int = 1
    rowspan: int = 1
    align: Align | None = None  # None: the column's alignment (header cells: centred)


CellLike = Cell | str


@dataclass
class Table:
    """A table of the report or of an appendix.

    ``widths`` are fractions of the text width (their count is the number of columns), ``align``
    one alignment per column for the data rows. ``header`` holds one or two header rows, repeated
    on every page. With ``totals_row`` the last row is the bold totals row ("Tổng cộng").
    """

    header: list[list[CellLike]]
    rows: list[list[CellLike]]
    widths: list[float]
    align: list[Align]
    title: str = ""
    unit_note: str = ""  # "Đơn vị tính: triệu đồng", printed right-aligned above the table
    totals_row: bool = False
    font_size: float = 12.0
    sheet_name: str = ""  # short name of its Excel sheet; the title when empty

    @property
    def column_count(self) -> int:
        return len(self.widths)


@dataclass
class Heading:
    """A section heading: level 1 "I. CÔNG TÁC …" (upper, bold), 2 "1. …" (bold), 3 "a) …"."""

    text: str
    level: int = 1


@dataclass
class Paragraph:
    """A body paragraph: justified, first line indented."""

    text: str


@dataclass
class Bullet:
    """A listed line, printed "- text" like a paragraph (the dash takes the first-line indent)."""

    text: str
    marker: str = "-"


Block = Heading | Paragraph | Bullet | Table


@dataclass
class DocumentHeader:
    """The heading block of an official document and its title (Nghị định 30, Phụ lục I).

    ``issuing_body`` and ``parent_body`` are printed upper case; "\\n" splits them into lines
    ("ỦY BAN NHÂN DÂN\\nXÃ TÀ LÀI").
    """

    issuing_body: str
    number_text: str  # "Số: 05/BC-UBND" (vnformat.format_doc_number)
    place_date_line: str  # "Tà Lài, ngày 06 tháng 3 năm 2026" (vnformat.date_line)
    parent_body: str | None = None
    title: str = "BÁO CÁO"
    subtitle: str = ""  # the trích yếu, bold under the title


@dataclass
class Signer:
    """The signature block: authority ("KT. CHỦ TỊCH"; may be empty), title, name."""

    authority: str
    title: str
    name: str


@dataclass
class Appendix:
    """An appendix on its own pages, after the signature: "PHỤ LỤC I" and its tables."""

    title: str
    tables: list[Table]
    subtitle: str = ""
    note: str = ""  # "(Kèm theo Báo cáo số 05/BC-UBND ngày 08/9/2026 của UBND xã Tà Lài)"
    orientation: Orientation = "portrait"


@dataclass
class ReportDocument:
    """A periodic report, ready to print."""

    header: DocumentHeader
    signer: Signer
    legal_bases: list[str] = field(default_factory=list)  # "Căn cứ …" lines
    intro: str = ""
    body: list[Block] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # lines under "Nơi nhận:", as printed
    appendices: list[Appendix] = field(default_factory=list)


# --------------------------------------------------------------------------- shared helpers

T = TypeVar("T")


def normalized(value: T) -> T:
    """A copy of ``value`` (a document or any part of it) with every string in NFC.

    Decomposed input ("Tà" typed as "Ta" + U+0300) prints with misplaced accents; the writers
    call this once on the whole document instead of at every string.
    """
    if isinstance(value, str):
        return nfc(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [normalized(item) for item in value]  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: normalized(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)  # type: ignore[type-var]
    return value


def with_end_mark(text: str) -> str:
    """``text`` closed by "./.": "… theo quy định." → "… theo quy định./."."""
    stripped = text.rstrip()
    if stripped.endswith(END_MARK):
        return stripped
    if stripped.endswith("."):
        return stripped + "/."
    return stripped.rstrip(";:,") + END_MARK


def body_with_end_mark(body: list[Block]) -> list[Block]:
    """The body with "./." after its last text; a body ending in a table or heading gets the
    mark as a paragraph of its own."""
    blocks = list(body)
    if blocks and isinstance(blocks[-1], Paragraph | Bullet):
        blocks[-1] = dataclasses.replace(blocks[-1], text=with_end_mark(blocks[-1].text))
    else:
        blocks.append(Paragraph(END_MARK))
    return blocks


def as_cell(cell: CellLike) -> Cell:
    """A plain string is a cell with that text."""
    return cell if isinstance(cell, Cell) else Cell(cell)


@dataclass(frozen=True)
class Span:
    """A merged block of grid positions, inclusive, as (column, row) corners."""

    first_col: int
    first_row: int
    last_col: int
    last_row: int


@dataclass
class TableGrid:
    """A table placed on a full grid: ``cells[r][c]`` is the cell starting at (r, c), or None
    where a span covers it. Rows 0 .. ``header_rows``-1 are the header."""

    cells: list[list[Cell | None]]
    spans: list[Span]
    header_rows: int


def table_grid(table: Table) -> TableGrid:
    """Place the header and data rows of ``table`` on a grid, resolving col/row spans.

    Raises ValueError when a row holds more cells than the table has columns.
    """
    ncols = table.column_count
    all_rows = [*table.header, *table.rows]
    grid: list[list[Cell | None]] = [[None] * ncols for _ in all_rows]
    taken = [[False] * ncols for _ in all_rows]
    spans: list[Span] = []
    for r, row in enumerate(all_rows):
        c = 0
        for item in row:
            cell = as_cell(item)
            while c < ncols and taken[r][c]:
                c += 1
            if c >= ncols:
                raise ValueError(f"hàng {r + 1} của bảng “{table.title}” có quá nhiều ô")
            last_c = min(ncols, c + max(1, cell.colspan)) - 1
            last_r = min(len(all_rows), r + max(1, cell.rowspan)) - 1
            grid[r][c] = cell
            for rr in range(r, last_r + 1):
                for cc in range(c, last_c + 1):
                    taken[rr][cc] = True
            if last_c > c or last_r > r:
                spans.append(Span(c, r, last_c, last_r))
            c = last_c + 1
    return TableGrid(cells=grid, spans=spans, header_rows=len(table.header))


def header_lines(text: str, upper: bool = True) -> list[str]:
    """The lines of a multi-line header field, upper-cased when the format wants it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return [line.upper() for line in lines] if upper else lines
