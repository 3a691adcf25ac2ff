"""Word (.docx) plans → :class:`~kehoach_desktop.importers.tables.SourceDocument`.

Reads the document body in order (paragraphs and tables, content controls opened) straight from
its XML, so that merged cells are known exactly: a horizontally merged cell (``w:gridSpan``) is
repeated in each grid column it spans and flagged "h", a vertically merged one
(``w:vMerge``) repeated down and flagged "v". Text includes equations (``m:t``), symbol-font
characters (``w:sym``, how Word inserts "≥") and text boxes; deleted revisions are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
from lxml import etree

from kehoach_desktop.core.text import clean
from kehoach_desktop.importers.tables import Cell, Grid, SourceDocument, cell_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Symbol-font code points Word uses for comparison signs and dashes.
_SYMBOLS = {"F0B3": "≥", "F0A3": "≤", "F03E": ">", "F03C": "<", "F02D": "-", "F0B4": "×"}


def _text(element: etree._Element, boxes: list[str] | None = None) -> str:
    """The text of a paragraph or cell part: runs, tabs (→ "\\t"), breaks (→ "\\n")."""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag == MC + "Fallback" or tag == W + "del":
            return
        if tag == W + "txbxContent":
            if boxes is not None:
                boxes.extend(_text(p) for p in el.iter(W + "p"))
            return
        if tag in (W + "t", M + "t"):
            out.append(el.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym":
            code = (el.get(W + "char") or "").upper()
            out.append(_SYMBOLS.get(code, ""))
        for child in el:
            walk(child)

    walk(element)
    return "".join(out)


def _int_attr(parent: etree._Element | None, tag: str, default: int) -> int:
    if parent is None:
        return default
    el = parent.find(W + tag)
    if el is None:
        return default
    try:
        return int(el.get(W + "val", default))
    except ValueError:
        return default


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children named ``tag``, looking through content controls (``w:sdt``)."""
    for child in parent:
        if child.tag == W + tag:
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in (W + "customXml", W + "smartTag"):
            yield from _children(child, tag)


def _cell_text(tc: etree._Element) -> str:
    lines: list[str] = []
    for block in tc:
        if block.tag == W + "p":
            lines.extend(_text(block).replace("\t", " ").split("\n"))
        elif block.tag == W + "tbl":
            for tr in _children(block, "tr"):
                for inner in _children(tr, "tc"):
                    lines.extend(_cell_text(inner).split("\n"))
        elif block.tag == W + "sdt":
            lines.extend(_cell_text(block.find(W + "sdtContent") or block).split("\n"))
    return "\n".join(cell_lines("\n".join(lines)))


def read_table(tbl: etree._Element) -> tuple[list[list[Cell]], int]:
    """A ``w:tbl`` as a rectangle of cells, with its number of grid columns."""
    rows: list[list[Cell]] = []
    for tr in _children(tbl, "tr"):
        tr_pr = tr.find(W + "trPr")
        row: list[Cell] = [Cell() for _ in range(_int_attr(tr_pr, "gridBefore", 0))]
        above = rows[-1] if rows else []
        for tc in _children(tr, "tc"):
            tc_pr = tc.find(W + "tcPr")
            span = max(1, _int_attr(tc_pr, "gridSpan", 1))
            v_merge = tc_pr.find(W + "vMerge") if tc_pr is not None else None
            h_merge = tc_pr.find(W + "hMerge") if tc_pr is not None else None
            column = len(row)
            if v_merge is not None and v_merge.get(W + "val", "continue") == "continue":
                for i in range(span):
                    origin = above[column + i] if column + i < len(above) else Cell()
                    row.append(Cell(origin.text, origin.value, "v" if i == 0 else "h"))
                continue
            if h_merge is not None and h_merge.get(W + "val", "continue") == "continue" and row:
                left = row[-1]
                row.extend(Cell(left.text, left.value, "h") for _ in range(span))
                continue
            text = _cell_text(tc)
            row.append(Cell(text))
            row.extend(Cell(text, None, "h") for _ in range(span - 1))
        rows.append(row)
    grid_cols = 0
    grid = tbl.find(W + "tblGrid")
    if grid is not None:
        grid_cols = len(grid.findall(W + "gridCol"))
    width = max([grid_cols, *(len(r) for r in rows)], default=0)
    for row in rows:
        row.extend(Cell() for _ in range(width - len(row)))
    return rows, width


def _wraps_tables(tbl: etree._Element) -> bool:
    """True when a table's cells hold other tables (a frame, not a plan table)."""
    return any(inner is not tbl for inner in tbl.iter(W + "tbl"))


_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^trang \d+", re.IGNORECASE)


def read_docx(path: Path) -> SourceDocument:
    """Read a .docx into paragraphs and grids in reading order.

    A table is ``adjacent`` when only blank paragraphs, page breaks or page numbers separate
    it from the previous table: the sign of one table continued over a page break.
    """
    document = docx.Document(str(path))
    body = document.element.body
    blocks: list[str | Grid] = []
    table_count = 0
    since_table: list[str] = []
    seen_table = False

    def visit(parent: etree._Element) -> None:
        nonlocal table_count, since_table, seen_table
        for el in parent:
            if el.tag == W + "p":
                boxes: list[str] = []
                text = _text(el, boxes)
                for box in boxes:
                    if clean(box):
                        blocks.append(box)
                if clean(text):
                    blocks.append(text)
                    if not _PAGE_NUMBER.match(clean(text)):
                        since_table.append(clean(text))
            elif el.tag == W + "tbl" and _wraps_tables(el):
                # A layout table used as a frame around the real ones (converted files do
                # this): read what is inside its cells as if it were the page.
                for tr in _children(el, "tr"):
                    for tc in _children(tr, "tc"):
                        visit(tc)
            elif el.tag == W + "tbl":
                table_count += 1
                rows, _width = read_table(el)
                grid = Grid(
                    index=table_count,
                    label=f"Bảng {table_count}",
                    rows=rows,
                    row_numbers=list(range(1, len(rows) + 1)),
                    adjacent=seen_table and not since_table,
                    context=since_table[-5:],
                )
                blocks.append(grid)
                since_table = []
                seen_table = True
            elif el.tag == W + "sdt":
                content = el.find(W + "sdtContent")
                if content is not None:
                    visit(content)

    visit(body)
    extra: list[str] = []
    for section in document.sections[:1]:
        for part in (section.first_page_header, section.header):
            if part.is_linked_to_previous:  # no header of its own
                continue
            element = part._element  # python-docx has no text walker that sees text boxes
            for p in element.iter(W + "p"):
                text = _text(p)
                if clean(text):
                    extra.append(text)
    return SourceDocument(path=path, blocks=blocks, extra_lines=extra)
