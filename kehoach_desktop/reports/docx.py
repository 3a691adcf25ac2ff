"""The report as an editable Word file (python-docx), in the layout of the PDF.

A4, Nghị định 30 margins, Times New Roman everywhere (set on the document defaults and on every
style, East Asian and complex-script slots included, so Word never falls back to a theme font;
LibreOffice maps it to the metric-compatible Liberation Serif). The heading block and the
signature block are borderless two-column tables; the rules under the issuing body, the motto
and the trích yếu are empty paragraphs with a bottom border, indented to the rule's length. Page
numbers are a PAGE field centred in the header, hidden on page 1 (different first page).
Appendices are sections of their own (landscape when asked).
"""

from __future__ import annotations

import os
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Emu, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from kehoach_desktop.reports.fonts import BOLD, OFFICE_FONT, REGULAR, fit_body_name, text_width
from kehoach_desktop.reports.model import (
    Appendix,
    Bullet,
    Heading,
    Paragraph,
    ReportDocument,
    Table,
    body_with_end_mark,
    header_lines,
    normalized,
    table_grid,
)
from kehoach_desktop.reports.pdf import (
    BODY_SIZE,
    HEADER_LEFT_SHARE,
    LINE_SPACING,
    MOTTO,
    NATIONAL_NAME,
    PAGE_NUMBER_SIZE,
    PARAGRAPH_AFTER,
    RECIPIENTS_LABEL,
)
from kehoach_desktop.reports.reproducible import make_reproducible

PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_TOP = Mm(20)
MARGIN_BOTTOM = Mm(20)
MARGIN_LEFT = Mm(30)
MARGIN_RIGHT = Mm(15)
HEADER_DISTANCE = Mm(10)  # the page number sits inside the top margin
FIRST_LINE_INDENT = Mm(12.7)
SIGNATURE_SPACE = Mm(28)
CELL_MARGIN = Mm(1)  # left/right padding inside table cells

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
BODY_STYLE = "Report Body"


# --------------------------------------------------------------------------- low-level XML


def _set_fonts(rpr: OxmlElement) -> None:
    """Point every script slot of a w:rPr at Times New Roman, dropping theme fonts."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), OFFICE_FONT)


def _setup_styles(document: DocxDocument) -> None:
    """Document defaults and the styles used: Times New Roman 14, no spacing by default."""
    styles_el = document.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), str(int(BODY_SIZE * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")

    normal = document.styles["Normal"]
    normal.font.name = OFFICE_FONT
    normal.font.size = Pt(BODY_SIZE)

    body = document.styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.quick_style = True
    fmt = body.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = FIRST_LINE_INDENT
    fmt.space_after = Pt(PARAGRAPH_AFTER)
    # at least the PDF's leading (1.2 × size); "at least" never clips stacked diacritics
    fmt.line_spacing = Pt(BODY_SIZE * LINE_SPACING)
    fmt.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    fmt.widow_control = True
    for level in (1, 2, 3):
        heading = document.styles.add_style(f"Report Heading {level}", WD_STYLE_TYPE.PARAGRAPH)
        heading.base_style = body
        heading.quick_style = True
        heading.font.bold = level < 3
        heading.paragraph_format.keep_with_next = True
        outline = OxmlElement("w:outlineLvl")  # shows in Word's navigation pane
        outline.set(qn("w:val"), str(level - 1))
        heading.element.get_or_add_pPr().append(outline)
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_fonts(style.element.get_or_add_rPr())


def _field(paragraph: DocxParagraph, instruction: str, size: float) -> None:
    """Append a complex field (e.g. PAGE) to ``paragraph``."""

    def run_with(child: OxmlElement) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(size)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    shown = paragraph.add_run("2")  # cached result; Word and LibreOffice recompute it
    shown.font.size = Pt(size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _bottom_border(paragraph: DocxParagraph, size_eighths: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size_eighths))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "auto")
    borders.append(bottom)
    ppr.append(borders)


def _table_props(table: DocxTable, widths: list[Emu], cell_margin: Emu | None) -> None:
    """Fixed layout with the given column widths (tcW for Word, gridCol for LibreOffice)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(w.twips for w in widths)))
    width.set(qn("w:type"), "dxa")
    existing = tbl_pr.find(qn("w:tblW"))
    if existing is not None:
        tbl_pr.remove(existing)
    tbl_pr.append(width)
    if cell_margin is not None:
        margins = OxmlElement("w:tblCellMar")
        vertical = Pt(2).twips if cell_margin else 0
        for side, size in (("top", vertical), ("left", cell_margin.twips),
                           ("bottom", vertical), ("right", cell_margin.twips)):  # fmt: skip
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:w"), str(size))
            el.set(qn("w:type"), "dxa")
            margins.append(el)
        tbl_pr.append(margins)
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
        col.w = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w


def _mark_header_row(row_el: OxmlElement) -> None:
    tr_pr = row_el.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


# --------------------------------------------------------------------------- paragraphs


def _write(
    paragraph: DocxParagraph,
    text: str,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
) -> None:
    """Add ``text`` as runs; "\\n" becomes a line break."""
    for i, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if i:
            run.add_break()
        run.add_text(line)
        run.bold = bold or None
        run.italic = italic or None
        if size is not None:
            run.font.size = Pt(size)


def _centred(
    container: DocxDocument | _Cell,
    text: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
    after: float = 0,
    paragraph: DocxParagraph | None = None,
) -> DocxParagraph:
    p = paragraph if paragraph is not None else container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    _write(p, text, size, bold, italic)
    return p


def _rule(container: DocxDocument | _Cell, length_pt: float, available_pt: float) -> None:
    """A centred rule ``length_pt`` long: an empty bordered paragraph indented from both sides."""
    p = container.add_paragraph()
    side = max(0.0, (available_pt - length_pt) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = Pt(side)
    fmt.right_indent = Pt(side)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(5)  # the gap between the text above and the rule
    _bottom_border(p)


def _first_paragraph(cell: _Cell) -> DocxParagraph:
    return cell.paragraphs[0]


# --------------------------------------------------------------------------- parts


def _heading_block(document: DocxDocument, doc: ReportDocument, text_width_emu: int) -> None:
    header = doc.header
    left_w = Emu(int(text_width_emu * HEADER_LEFT_SHARE))
    right_w = Emu(text_width_emu - left_w)
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_props(table, [left_w, right_w], Emu(0))
    left, right = table.rows[0].cells
    number_cell, date_cell = table.rows[1].cells

    first = _first_paragraph(left)
    lines: list[tuple[str, bool]] = []
    if header.parent_body:
        parent = fit_body_name(header_lines(header.parent_body), REGULAR, 13, left_w.pt)
        lines += [(line, False) for line in parent]
    issuing = fit_body_name(header_lines(header.issuing_body), BOLD, 13, left_w.pt)
    lines += [(line, True) for line in issuing]
    for i, (line, bold) in enumerate(lines):
        _centred(left, line, 13, bold=bold, paragraph=first if i == 0 else None)
    longest = max((text_width(line, BOLD, 13) for line in issuing), default=0.0)
    left_pt = left_w.pt
    _rule(left, min(longest, left_pt) * 0.4, left_pt)

    national_size = 13 if text_width(NATIONAL_NAME, BOLD, 13) <= right_w.pt else 12
    _centred(right, NATIONAL_NAME, national_size, bold=True, paragraph=_first_paragraph(right))
    _centred(right, MOTTO, 14, bold=True)
    _rule(right, text_width(MOTTO, BOLD, 14), right_w.pt)

    _centred(number_cell, header.number_text, 13, before=4, paragraph=_first_paragraph(number_cell))
    _centred(
        date_cell,
        header.place_date_line,
        14,
        italic=True,
        before=4,
        paragraph=_first_paragraph(date_cell),
    )

    _centred(document, header.title, 14, bold=True, before=18)
    if header.subtitle:
        _centred(document, header.subtitle, 14, bold=True)
        longest = max(text_width(line, BOLD, 14) for line in header.subtitle.split("\n"))
        width_pt = Emu(text_width_emu).pt
        _rule(document, min(longest, width_pt) / 3, width_pt)
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(4)


def _body_paragraph(document: DocxDocument, text: str, style: str = BODY_STYLE) -> DocxParagraph:
    p = document.add_paragraph(style=style)
    _write(p, text)
    return p


def _table(document: DocxDocument, table: Table, text_width_emu: int) -> None:
    grid = table_grid(table)
    if not grid.cells:
        return
    if table.title:
        p = _centred(document, table.title, 13, bold=True, before=6, after=2)
        p.paragraph_format.keep_with_next = True
    if table.unit_note:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        _write(p, table.unit_note, 12, italic=True)
    total = sum(table.widths) or 1.0
    widths = [Emu(int(text_width_emu * w / total)) for w in table.widths]
    out = document.add_table(rows=len(grid.cells), cols=table.column_count)
    out.style = document.styles["Table Grid"]
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_props(out, widths, CELL_MARGIN)
    for span in grid.spans:
        out.cell(span.first_row, span.first_col).merge(out.cell(span.last_row, span.last_col))
    last = len(grid.cells) - 1
    rows = out.rows
    for r, grid_row in enumerate(grid.cells):
        row = rows[r]
        is_header = r < grid.header_rows
        if is_header:
            _mark_header_row(row._tr)
        is_total = table.totals_row and r == last and not is_header
        cells = row.cells
        for c, cell in enumerate(grid_row):
            if cell is None:
                continue
            target = cells[c]
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = target.paragraphs[0]
            p.alignment = _ALIGN["center" if is_header else (cell.align or table.align[c])]
            _write(p, cell.text, table.font_size, bold=is_header or is_total or cell.bold)
    after = document.add_paragraph()
    after.paragraph_format.space_after = Pt(PARAGRAPH_AFTER)
    after.paragraph_format.line_spacing = Pt(4)


def _body(document: DocxDocument, doc: ReportDocument, text_width_emu: int) -> None:
    for line in doc.legal_bases:
        _body_paragraph(document, line)
    if doc.intro:
        _body_paragraph(document, doc.intro)
    for block in body_with_end_mark(doc.body):
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            text = block.text.upper() if level == 1 else block.text
            _body_paragraph(document, text, f"Report Heading {level}")
        elif isinstance(block, Paragraph):
            _body_paragraph(document, block.text)
        elif isinstance(block, Bullet):
            _body_paragraph(document, f"{block.marker} {block.text}")
        elif isinstance(block, Table):
            _table(document, block, text_width_emu)


def _closing(document: DocxDocument, doc: ReportDocument, text_width_emu: int) -> None:
    left_w = Emu(int(text_width_emu * 0.45))
    table = document.add_table(rows=1, cols=2)
    _table_props(table, [left_w, Emu(text_width_emu - left_w)], Emu(0))
    left, right = table.rows[0].cells
    label = _first_paragraph(left)
    _write(label, RECIPIENTS_LABEL, 12, bold=True, italic=True)
    for line in doc.recipients:
        p = left.add_paragraph()
        _write(p, line, 11)
    signer = doc.signer
    lines = header_lines(signer.authority + "\n" + signer.title)
    for i, line in enumerate(lines):
        _centred(right, line, 14, bold=True, paragraph=_first_paragraph(right) if i == 0 else None)
    space = right.add_paragraph()
    space.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    space.paragraph_format.line_spacing = SIGNATURE_SPACE
    _centred(right, signer.name, 14, bold=True)


def _page_setup(section: Section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = PAGE_HEIGHT if landscape else PAGE_WIDTH
    section.page_height = PAGE_WIDTH if landscape else PAGE_HEIGHT
    section.top_margin = MARGIN_TOP
    section.bottom_margin = MARGIN_BOTTOM
    section.left_margin = MARGIN_LEFT
    section.right_margin = MARGIN_RIGHT
    section.header_distance = HEADER_DISTANCE
    section.footer_distance = HEADER_DISTANCE


def _text_width(section: Section) -> int:
    return section.page_width - section.left_margin - section.right_margin


def _appendix(document: DocxDocument, appendix: Appendix) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _page_setup(section, appendix.orientation == "landscape")
    # the appendix's first page is not the document's first page: it gets its number
    section.different_first_page_header_footer = False
    _centred(document, appendix.title, 14, bold=True)
    if appendix.subtitle:
        _centred(document, appendix.subtitle, 14, bold=True)
    if appendix.note:
        _centred(document, appendix.note, 13, italic=True, after=4)
    for table in appendix.tables:
        _table(document, table, _text_width(section))


def write_docx(
    doc: ReportDocument, path: str | os.PathLike[str], created: datetime | None = None
) -> None:
    """Write ``doc`` as an editable .docx at ``path``; with ``created`` (the document's
    date) the file is reproducible: the same document gives the same bytes."""
    doc = normalized(doc)
    document = Document()
    _setup_styles(document)
    props = document.core_properties
    props.title = " ".join(p for p in (doc.header.title, doc.header.subtitle) if p).replace(
        "\n", " "
    )
    props.author = " ".join(header_lines(doc.header.issuing_body))
    props.subject = doc.header.number_text
    props.language = "vi-VN"
    if created is not None:
        props.created = props.modified = created

    section = document.sections[0]
    _page_setup(section, landscape=False)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(number, "PAGE", PAGE_NUMBER_SIZE)

    width = _text_width(section)
    _heading_block(document, doc, width)
    _body(document, doc, width)
    _closing(document, doc, width)
    for appendix in doc.appendices:
        _appendix(document, appendix)
    document.save(os.fspath(path))
    if created is not None:
        make_reproducible(path, created)
