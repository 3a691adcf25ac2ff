"""The report as PDF, laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) prescribes.

A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; Liberation Serif (Times New
Roman metrics) embedded as subsets; reportlab's default Helvetica never used, not even as the
canvas's initial font. Page numbers are centred in the top margin from page 2 on. Appendices
start on a new page and may be landscape.

Fonts and paragraph styles are built once per process (module-level caches): a 70-task
quarterly report is written in well under half a second.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from kehoach_desktop import APP_NAME
from kehoach_desktop.reports.fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
    fit_body_name,
    register_pdf_fonts,
    text_width,
)
from kehoach_desktop.reports.model import (
    Align,
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

#: progress(done, total, message): called while the pages are laid out.
Progress = Callable[[int, int, str], None]

PAGE_PORTRAIT = A4
PAGE_LANDSCAPE = landscape(A4)
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm

BODY_SIZE = 14.0
LINE_SPACING = 1.2  # leading as a multiple of the font size
FIRST_LINE_INDENT = 1.27 * cm
PARAGRAPH_AFTER = 6.0
HEADER_LEFT_SHARE = 0.38  # left column of the heading block; the right one holds the Quốc hiệu
PAGE_NUMBER_SIZE = 13.0
PAGE_NUMBER_FROM_TOP = 12 * mm  # baseline of the page number, inside the 20 mm top margin
SIGNATURE_SPACE = 28 * mm  # room for the wet signature and the seal
HEADING_ROOM = 30 * mm  # a heading lower than this on the page moves to the next one
TABLE_START_ROOM = 45 * mm  # likewise a table's title, header and first rows

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_TABLE_PADDING = 3.0


# --------------------------------------------------------------------------- styles


def _style(
    name: str,
    size: float,
    font: str = REGULAR,
    align: str = "justify",
    indent: float = 0.0,
    before: float = 0.0,
    after: float = 0.0,
    leading: float | None = None,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else round(size * LINE_SPACING, 2),
        alignment=_ALIGN[align],
        firstLineIndent=indent,
        spaceBefore=before,
        spaceAfter=after,
        bulletFontName=font,  # the default is Helvetica, which must never be used
    )


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    """Every paragraph style of the document, built once."""
    register_pdf_fonts()
    body = BODY_SIZE
    return {
        "parent_body": _style("parent_body", 13, REGULAR, "center"),
        "issuing_body": _style("issuing_body", 13, BOLD, "center"),
        "number": _style("number", 13, REGULAR, "center"),
        "national": _style("national", 13, BOLD, "center"),
        "motto": _style("motto", 14, BOLD, "center"),
        "date": _style("date", 14, ITALIC, "center"),
        "title": _style("title", 14, BOLD, "center", before=18),
        "subtitle": _style("subtitle", 14, BOLD, "center"),
        "body": _style("body", body, REGULAR, "justify", FIRST_LINE_INDENT, after=PARAGRAPH_AFTER),
        "h1": _style("h1", body, BOLD, "justify", FIRST_LINE_INDENT, after=PARAGRAPH_AFTER),
        "h2": _style("h2", body, BOLD, "justify", FIRST_LINE_INDENT, after=PARAGRAPH_AFTER),
        "h3": _style("h3", body, REGULAR, "justify", FIRST_LINE_INDENT, after=PARAGRAPH_AFTER),
        "table_title": _style("table_title", 13, BOLD, "center", before=6, after=2),
        "unit_note": _style("unit_note", 12, ITALIC, "right", after=2),
        "recipients_label": _style("recipients_label", 12, BOLD_ITALIC, "left"),
        "recipient": _style("recipient", 11, REGULAR, "left", leading=12.6),
        "signer": _style("signer", 14, BOLD, "center"),
        "appendix_title": _style("appendix_title", 14, BOLD, "center"),
        "appendix_subtitle": _style("appendix_subtitle", 14, BOLD, "center"),
        "appendix_note": _style("appendix_note", 13, ITALIC, "center", after=4),
    }


@functools.cache
def _cell_style(size: float, align: str, bold: bool) -> ParagraphStyle:
    """Paragraph style of a table cell; one per (size, alignment, weight)."""
    register_pdf_fonts()
    return _style(
        f"cell-{size}-{align}-{bold}",
        size,
        BOLD if bold else REGULAR,
        align,
        leading=round(size * 1.15, 2),
    )


def _markup(text: str) -> str:
    """Plain text → reportlab paragraph markup (escaped; "\\n" breaks the line)."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _para(text: str, style: str) -> RLParagraph:
    return RLParagraph(_markup(text), _styles()[style])


# --------------------------------------------------------------------------- flowables


class _Rule(Flowable):
    """A horizontal rule of a given length, centred in whatever width it is given.

    Used under the issuing body, under the motto (exactly as long as the text) and under the
    trích yếu.
    """

    def __init__(self, length: float, thickness: float = 0.6, gap: float = 4.0) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.gap = gap
        self._avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.gap + self.thickness + 2.0

    def draw(self) -> None:
        # the gap is above the line: it clears the descenders of the text over it
        x0 = (self._avail - self.length) / 2
        y = 2.0
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.length, y)


# --------------------------------------------------------------------------- page templates


def _draw_page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Arabic page number in the top margin from page 2 on, centred over the text column
    (where Word's centred header puts it). In a file of several documents each one counts
    its own pages (see :class:`_StartDocument`)."""
    number = canvas.getPageNumber() - getattr(doc, "_first_page", 1) + 1
    if number < 2:
        return
    width, height = doc.pageTemplate.pagesize
    centre = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
    canvas.saveState()
    canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
    canvas.drawCentredString(centre, height - PAGE_NUMBER_FROM_TOP, str(number))
    canvas.restoreState()


class _StartDocument(ActionFlowable):
    """Placed just before the page break that opens the next document of a multi-document
    file: that document's first page is the next one, and it is page 1 again."""

    def __init__(self) -> None:
        super().__init__(("startDocument",))

    def apply(self, doc: BaseDocTemplate) -> None:
        doc._first_page = doc.canv.getPageNumber() + 1


def _frame(page: tuple[float, float], name: str) -> Frame:
    width, height = page
    return Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def _text_width(page: tuple[float, float]) -> float:
    return page[0] - MARGIN_LEFT - MARGIN_RIGHT


# --------------------------------------------------------------------------- parts


def _heading_block(doc: ReportDocument) -> list[Flowable]:
    """The two-column heading (issuing body | Quốc hiệu), then the title and trích yếu."""
    header = doc.header
    styles = _styles()
    width = _text_width(PAGE_PORTRAIT)
    left_w = width * HEADER_LEFT_SHARE
    right_w = width - left_w

    left: list[Flowable] = []
    if header.parent_body:
        parent = fit_body_name(header_lines(header.parent_body), REGULAR, 13, left_w)
        left += [_para(line, "parent_body") for line in parent]
    issuing = fit_body_name(header_lines(header.issuing_body), BOLD, 13, left_w)
    left += [_para(line, "issuing_body") for line in issuing]
    longest = max((text_width(line, BOLD, 13) for line in issuing), default=0.0)
    left.append(_Rule(min(longest, left_w) * 0.4))

    national = styles["national"]
    if text_width(NATIONAL_NAME, BOLD, national.fontSize) > right_w:
        national = _cell_style(12, "center", True)  # the 12 pt NĐ30 allows
    right: list[Flowable] = [
        RLParagraph(escape(NATIONAL_NAME), national),
        _para(MOTTO, "motto"),
        _Rule(text_width(MOTTO, BOLD, styles["motto"].fontSize)),
    ]
    # second row: "Số: …" under the body, the date line under the motto, on one baseline
    table = RLTable(
        [
            [left, right],
            [_para(header.number_text, "number"), _para(header.place_date_line, "date")],
        ],
        colWidths=[left_w, right_w],
        style=RLTableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ]
        ),
    )
    parts: list[Flowable] = [table, _para(header.title, "title")]
    if header.subtitle:
        parts.append(_para(header.subtitle, "subtitle"))
        sub_lines = header.subtitle.split("\n")
        longest = max(text_width(line, BOLD, 14) for line in sub_lines)
        parts.append(_Rule(min(longest, width) / 3))
    parts.append(Spacer(1, 10))
    return parts


_RL_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}


def _table(table: Table, width: float) -> list[Flowable]:
    """A report table: title, unit note, gridded cells with a repeated header.

    A cell whose text fits its column on one line is drawn as a plain string (font and
    alignment from the table style); only text that must wrap becomes a Paragraph. Laying out
    a Paragraph costs ~50× a string, and most cells of a report (numbers, codes, dates) fit:
    this keeps a 70-task report well under half a second.
    """
    grid = table_grid(table)
    if not grid.cells:
        return []
    size = table.font_size
    last = len(grid.cells) - 1
    total = sum(table.widths) or 1.0
    col_widths = [width * w / total for w in table.widths]
    spanned = {(s.first_row, s.first_col) for s in grid.spans}
    data: list[list[RLParagraph | str]] = []
    cell_commands: list[tuple] = []
    for r, row in enumerate(grid.cells):
        is_header = r < grid.header_rows
        is_total = table.totals_row and r == last and not is_header
        out: list[RLParagraph | str] = []
        for c, cell in enumerate(row):
            if cell is None:
                out.append("")
                continue
            align: Align = "center" if is_header else (cell.align or table.align[c])
            bold = is_header or is_total or cell.bold
            room = col_widths[c] - 2 * _TABLE_PADDING - 0.5
            if (
                (r, c) not in spanned
                and "\n" not in cell.text
                and text_width(cell.text, BOLD if bold else REGULAR, size) <= room
            ):
                out.append(cell.text)
                if bold and not (is_header or is_total):
                    cell_commands.append(("FONTNAME", (c, r), (c, r), BOLD))
                if not is_header and cell.align and cell.align != table.align[c]:
                    cell_commands.append(("ALIGN", (c, r), (c, r), _RL_ALIGN[cell.align]))
                continue
            style = _cell_style(size, align, bold)
            out.append(RLParagraph(_markup(cell.text), style))
        data.append(out)
    leading = round(size * 1.15, 2)  # as the cell paragraphs
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _TABLE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _TABLE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [
        ("ALIGN", (c, grid.header_rows), (c, -1), _RL_ALIGN[a]) for c, a in enumerate(table.align)
    ]
    if grid.header_rows:
        commands += [
            ("ALIGN", (0, 0), (-1, grid.header_rows - 1), "CENTER"),
            ("FONTNAME", (0, 0), (-1, grid.header_rows - 1), BOLD),
        ]
    if table.totals_row and last >= grid.header_rows:
        commands.append(("FONTNAME", (0, last), (-1, last), BOLD))
    commands += cell_commands
    commands += [("SPAN", (s.first_col, s.first_row), (s.last_col, s.last_row)) for s in grid.spans]
    flowables: list[Flowable] = []
    if table.title:
        flowables.append(_para(table.title, "table_title"))
    if table.unit_note:
        flowables.append(_para(table.unit_note, "unit_note"))
    rl_table = RLTable(
        data,
        colWidths=col_widths,
        repeatRows=grid.header_rows,
        style=RLTableStyle(commands),
        hAlign="CENTER",
    )
    rl_table.spaceAfter = PARAGRAPH_AFTER
    # no title or header alone at the foot of a page (KeepTogether would push a long table
    # to the next page as a whole, leaving a gap)
    return [CondPageBreak(TABLE_START_ROOM), *flowables, rl_table]


def _body(doc: ReportDocument, width: float) -> list[Flowable]:
    parts: list[Flowable] = [_para(line, "body") for line in doc.legal_bases]
    if doc.intro:
        parts.append(_para(doc.intro, "body"))
    for block in body_with_end_mark(doc.body):
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            text = block.text.upper() if level == 1 else block.text
            parts += [CondPageBreak(HEADING_ROOM), _para(text, f"h{level}")]
        elif isinstance(block, Paragraph):
            parts.append(_para(block.text, "body"))
        elif isinstance(block, Bullet):
            parts.append(_para(f"{block.marker} {block.text}", "body"))
        elif isinstance(block, Table):
            parts += _table(block, width)
    return parts


def _closing(doc: ReportDocument, width: float) -> list[Flowable]:
    """Nơi nhận (left) and the signature block (right)."""
    left: list[Flowable] = [_para(RECIPIENTS_LABEL, "recipients_label")]
    left += [_para(line, "recipient") for line in doc.recipients]
    signer = doc.signer
    right: list[Flowable] = [
        _para(line, "signer") for line in header_lines(signer.authority + "\n" + signer.title)
    ]
    right += [Spacer(1, SIGNATURE_SPACE), _para(signer.name, "signer")]
    table = RLTable(
        [[left, right]],
        colWidths=[width * 0.45, width * 0.55],
        style=RLTableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [Spacer(1, 10), table]


def _appendix(appendix: Appendix) -> list[Flowable]:
    page = PAGE_LANDSCAPE if appendix.orientation == "landscape" else PAGE_PORTRAIT
    parts: list[Flowable] = [
        NextPageTemplate(appendix.orientation),
        PageBreak(),
        _para(appendix.title, "appendix_title"),
    ]
    if appendix.subtitle:
        parts.append(_para(appendix.subtitle, "appendix_subtitle"))
    if appendix.note:
        parts.append(_para(appendix.note, "appendix_note"))
    width = _text_width(page)
    for table in appendix.tables:
        parts += _table(table, width)
    return parts


# --------------------------------------------------------------------------- entry point


def _is_heading(flowable: Flowable) -> bool:
    if isinstance(flowable, CondPageBreak):
        return True
    style = getattr(flowable, "style", None)
    return getattr(style, "name", "") in ("h1", "h2", "h3")


def build_story(doc: ReportDocument) -> list[Flowable]:
    """The flowables of the whole report (document already NFC-normalised)."""
    width = _text_width(PAGE_PORTRAIT)
    body = _body(doc, width)
    # the signature never stands alone on a page: the body's last paragraph goes with it,
    # and so do the headings right above that paragraph
    cut = max(len(body) - 1, 0)
    while cut > 0 and _is_heading(body[cut - 1]):
        cut -= 1
    closing = KeepTogether([*body[cut:], *_closing(doc, width)])
    story = [*_heading_block(doc), *body[:cut], closing]
    for appendix in doc.appendices:
        story += _appendix(appendix)
    return story


def write_pdf(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    created: datetime | None = None,
) -> None:
    """Write ``doc`` as a PDF at ``path``.

    ``progress(done, total, message)`` is called as the layout advances (flowables placed out of
    an estimated total), then once at the end with done == total. With ``created`` the file is
    reproducible: that moment is its creation date and nothing else varies between runs, so the
    same document written twice gives the same bytes.
    """
    write_pdf_documents([doc], path, progress, created)


def write_pdf_documents(
    docs: Sequence[ReportDocument],
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    created: datetime | None = None,
) -> None:
    """Write several documents into one PDF, each starting on a new page and numbering its
    own pages (the hamlet teams' monthly sheets, one per hamlet). The file's title and author
    are the first document's. See :func:`write_pdf` for ``progress`` and ``created``."""
    if not docs:
        raise ValueError("no document to write")
    register_pdf_fonts()
    docs = [normalized(doc) for doc in docs]
    first = docs[0]
    title = " ".join(part for part in (first.header.title, first.header.subtitle) if part)
    template = BaseDocTemplate(
        os.fspath(path),
        pagesize=PAGE_PORTRAIT,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title.replace("\n", " "),
        author=" ".join(header_lines(first.header.issuing_body)),
        subject=first.header.number_text,
        creator=APP_NAME,
        lang="vi",
        displayDocTitle=True,
        # no time stamp and a fixed file ID: a recorded report is written again identically
        invariant=1 if created is not None else None,
        # the canvas would otherwise start every page with Helvetica in its resources
        initialFontName=REGULAR,
        initialFontSize=BODY_SIZE,
        initialLeading=BODY_SIZE * LINE_SPACING,
        pageTemplates=[
            PageTemplate(
                id="portrait",
                frames=[_frame(PAGE_PORTRAIT, "portrait")],
                pagesize=PAGE_PORTRAIT,
                onPage=_draw_page_number,
            ),
            PageTemplate(
                id="landscape",
                frames=[_frame(PAGE_LANDSCAPE, "landscape")],
                pagesize=PAGE_LANDSCAPE,
                onPage=_draw_page_number,
            ),
        ],
    )
    story = build_story(docs[0])
    for doc in docs[1:]:
        story += [_StartDocument(), NextPageTemplate("portrait"), PageBreak(), *build_story(doc)]
    if progress is not None:
        estimate = {"total": len(story)}

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                estimate["total"] = max(1, value)
            elif kind == "PROGRESS":
                progress(min(value, estimate["total"]), estimate["total"], "Đang dàn trang")

        template.setProgressCallBack(on_progress)
    if created is None:
        template.build(story)
    else:
        stamp = created.strftime("D:%Y%m%d%H%M%S+07'00'")  # Vietnam time, as the office sees it

        def canvas_maker(*args: object, **kwargs: object) -> Canvas:
            canvas = Canvas(*args, **kwargs)  # type: ignore[arg-type]
            canvas.setDateFormatter(lambda *_parts: stamp)
            return canvas

        template.build(story, canvasmaker=canvas_maker)
    if progress is not None:
        progress(1, 1, "Đã ghi PDF")
