"""The visible box of a digital signature: where it goes on the page, and how it is drawn.

Placement. Nghị định 30/2020/NĐ-CP (Phụ lục I) puts the signer's digital signature where the
wet signature would go: the blank space between the title ("PHÓ CHỦ TỊCH") and the signer's
name. :func:`find_signature_block` reads the PDF's text with pypdf, finds the last line that is
exactly the signer's name (compared without case or diacritics, so "NGUYEN PHAM TUYEN" in a
certificate finds "Nguyễn Phạm Tuyển" in the report), and returns a box in the gap above it.

Drawing. pyHanko's OpenType engine (``GlyphAccumulator``) writes glyph widths and font metrics
in the font's own units, which is only right for fonts with 1000 units per em; Liberation Serif,
like Times New Roman, has 2048, and its glyphs come out twice as far apart as they should
(checked with pdftoppm). :func:`box_font` therefore hands pyHanko a subset of Liberation Serif
rescaled to 1000 units per em (fontTools), without hinting, which renders and extracts right.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import TextStampStyle

from kehoach_desktop.core.text import fold
from kehoach_desktop.reports.fonts import BOLD, REGULAR, font_path, text_width

Box = tuple[float, float, float, float]

#: Box size when it is placed by rule rather than into a measured gap, in points.
BOX_WIDTH = 200.0
BOX_HEIGHT = 80.0
MIN_GAP = 36.0  # a "gap" lower than this is not the signature space
COLUMN_GAP = 12.0  # pieces of text further apart than this are in different columns
PAGE_EDGE = 10.0
FALLBACK_RIGHT = 15 * 72 / 25.4  # NĐ30 right margin
FALLBACK_BOTTOM = 20 * 72 / 25.4  # NĐ30 bottom margin

#: Ink-blue, as NĐ30 asks of a signature image.
INK = (0.05, 0.2, 0.6)
BOX_FONT_SIZE = 11


@dataclass(frozen=True)
class TextLine:
    """A line of text on a page: baseline start, font size, approximate width."""

    text: str
    x: float
    y: float
    size: float
    width: float


@dataclass(frozen=True)
class Placement:
    """Where the box goes: a 0-based page index and (x1, y1, x2, y2) in PDF points."""

    page: int
    box: Box
    found_block: bool


# --------------------------------------------------------------------------- placement


def page_lines(page: object) -> list[TextLine]:
    """The text lines of a pypdf page, with positions in default user space."""
    pieces: list[tuple[float, float, float, str, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        # text rendering matrix = tm × cm; only translation and vertical scale matter here
        a, b, c, d = (
            tm[0] * cm[0] + tm[1] * cm[2],
            tm[0] * cm[1] + tm[1] * cm[3],
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
        )
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(c, d) or math.hypot(a, b) or 1.0
        base_font = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        for part in text.split("\n"):
            if part.strip():
                pieces.append((x, y, (size or 12.0) * scale, part, "Bold" in base_font))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    rows: dict[int, list[TextLine]] = {}
    for x, y, size, text, bold in pieces:
        width = text_width(text, BOLD if bold else REGULAR, size)
        rows.setdefault(round(y), []).append(TextLine(text, x, y, size, width))
    # a row holds the two columns of the closing block side by side ("- Lưu: VT, VHXH." and
    # the signer's name may share a baseline): join only pieces that touch
    result = []
    for row in rows.values():
        row.sort(key=lambda line: line.x)
        current = row[0]
        for piece in row[1:]:
            if piece.x - (current.x + current.width) > COLUMN_GAP:
                result.append(current)
                current = piece
            else:
                current = TextLine(
                    current.text + piece.text,
                    current.x,
                    current.y,
                    max(current.size, piece.size),
                    piece.x + piece.width - current.x,
                )
        result.append(current)
    return [
        TextLine(line.text.strip(), line.x, line.y, line.size, line.width)
        for line in result
        if line.text.strip()
    ]


def gap_above(name: TextLine, lines: Iterable[TextLine], page_height: float) -> Box | None:
    """The blank space above ``name`` up to the next line of its column, or None if too small."""
    centre = name.x + name.width / 2
    # stacked Vietnamese diacritics (ễ, Ỷ) reach about 1 em above the baseline, the dot of Ị
    # about 0.25 em below it; keep a few points clear of both
    bottom = name.y + 1.05 * name.size + 3.0
    above = [
        line
        for line in lines
        if line.y > name.y + name.size
        and line.x < centre + BOX_WIDTH / 2
        and line.x + line.width > centre - BOX_WIDTH / 2
    ]
    top = min((line.y - 0.3 * line.size - 3.0 for line in above), default=bottom + BOX_HEIGHT)
    top = min(top, bottom + 2 * BOX_HEIGHT, page_height - PAGE_EDGE)
    if top - bottom < MIN_GAP:
        return None
    return (centre - BOX_WIDTH / 2, bottom, centre + BOX_WIDTH / 2, top)


def find_signature_block(reader: object, anchor: str) -> Placement | None:
    """The box over the signature block: above the last line reading ``anchor`` (the signer's
    name), searched from the last page backwards. None if no page has such a line."""
    key = fold(anchor)
    if not key:
        return None
    pages = reader.pages  # type: ignore[attr-defined]
    for index in range(len(pages) - 1, -1, -1):
        page = pages[index]
        lines = page_lines(page)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        left, bottom = float(page.mediabox.left), float(page.mediabox.bottom)
        for line in sorted(lines, key=lambda item: item.y):  # lowest on the page first
            if fold(line.text) != key:
                continue
            gap = gap_above(line, lines, bottom + height)
            if gap is not None:
                return Placement(index, clamp(gap, left, bottom, width, height), True)
    return None


def fallback_box(page_width: float, page_height: float, left: float = 0, bottom: float = 0) -> Box:
    """The lower right corner inside the NĐ30 margins, for documents without a signature block."""
    x2 = left + page_width - FALLBACK_RIGHT
    y1 = bottom + FALLBACK_BOTTOM
    return (x2 - BOX_WIDTH, y1, x2, y1 + BOX_HEIGHT)


def clamp(box: Box, left: float, bottom: float, width: float, height: float) -> Box:
    """Shift ``box`` horizontally so that it stays on the page."""
    x1, y1, x2, y2 = box
    shift = max(0.0, left + PAGE_EDGE - x1) - max(0.0, x2 - (left + width - PAGE_EDGE))
    return (x1 + shift, y1, x2 + shift, min(y2, bottom + height - PAGE_EDGE))


# --------------------------------------------------------------------------- drawing


def box_font(text: str) -> bytes:
    """Liberation Serif cut down to the glyphs of ``text``, at 1000 units per em, no hinting."""
    font = TTFont(str(font_path(REGULAR)))
    options = subset.Options()
    options.hinting = False
    options.drop_tables += ["FFTM", "DSIG", "kern"]
    options.layout_features = ["kern", "liga", "ccmp", "mark", "mkmk"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=text + " ")
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    subsetter.subset(font)
    scale_upem(font, 1000)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class _ScaledFontFactory(FontEngineFactory):
    """pyHanko font engine factory over an in-memory font (see :func:`box_font`)."""

    font_bytes: bytes
    font_size: int = BOX_FONT_SIZE

    def create_font_engine(
        self, writer: BasePdfFileWriter, obj_stream: object = None
    ) -> GlyphAccumulator:
        return GlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(self.font_bytes),
            font_size=self.font_size,
            bcp47_lang_code="vi",
            obj_stream=obj_stream,
        )


def stamp_style(text: str) -> TextStampStyle:
    """The look of the box: ``text`` in Liberation Serif, ink-blue, a thin frame, shrunk to fit."""
    size = BOX_FONT_SIZE
    return TextStampStyle(
        stamp_text="%(box_text)s",
        border_width=1,
        border_color=INK,
        text_box_style=TextBoxStyle(
            font=_ScaledFontFactory(box_font(text), size),
            font_size=size,
            leading=round(size * 1.3),
            text_color=INK,
            box_layout_rule=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MIN,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(0),
            ),
        ),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(6),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        ),
    )
