"""Plan tables, whatever file they came from: find headers, read rows into sections, tasks and
indicators.

The Word and Excel readers both turn a file into :class:`SourceDocument` — paragraphs and
:class:`Grid` s of :class:`Cell` s, where a merged cell's text is repeated in every grid position
it covers and flagged as a continuation ("h" from the left, "v" from above). Everything after
that is one code path: :func:`read_tables`.

How rows are read (the reference plans show each case):

- a header row is found by its wording (SPEC §3.1), a second header row under merged cells is
  joined to it, and a "(1) (2) (3)" numbering row under it is skipped;
- a row whose STT is a Roman numeral is a section; "Tổng cộng"/"Tổng kinh phí" is the total;
- "1.1" is a sub-item of "1" in the same section; numbering restarts per section;
- a table that follows another with nothing but blank paragraphs between, with the same header
  (or none at all), continues it over a page break, and a first row with an empty STT continues
  the previous row's text ("… và Kế" / "hoạch chuyển đổi số …");
- rows with an empty STT that carry another unit and amount for the task above (Lộc Tấn III.2,
  one row per unit) are merged into that task, the other units becoming partners, amounts
  added up and the breakdown kept in the note, with a warning;
- a horizontal merge's copies are read once (python-docx and Excel repeat a merged cell's text
  in every column it spans).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from kehoach_desktop.core.deadlines import parse_deadline
from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.targets import parse_decimal, parse_target, strip_latex
from kehoach_desktop.core.text import clean
from kehoach_desktop.core.units import looks_like_unit, split_unit_names
from kehoach_desktop.core.vnformat import from_roman
from kehoach_desktop.importers.model import (
    ImportedIndicator,
    ImportedSection,
    ImportedTask,
    ImportWarning,
    SourceRef,
)

# --------------------------------------------------------------------------- the shared grid


@dataclass(frozen=True)
class Cell:
    """One grid position: its text (lines joined by "\\n", each NFC and whitespace-collapsed),
    the number typed into it (Excel numeric cells), and whether it continues a merged cell
    ("h": the cell on its left, "v": the cell above)."""

    text: str = ""
    value: Decimal | None = None
    merge: str | None = None
    numeric_text: bool = False


@dataclass
class Grid:
    """A table as a rectangle of cells.

    ``index`` is the table's number in the file (Word tables in document order, counted from 1;
    an Excel sheet's position), ``label`` how messages name it ("Bảng 5", "Trang tính “PL”"),
    ``row_numbers`` each row's number as the user sees it, ``adjacent`` whether only blank
    paragraphs separate it from the previous table, ``context`` the paragraphs just before it.
    """

    index: int
    label: str
    rows: list[list[Cell]]
    row_numbers: list[int]
    adjacent: bool = False
    context: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        """Number of grid columns."""
        return max((len(r) for r in self.rows), default=0)


@dataclass
class SourceDocument:
    """A plan file reduced to paragraphs (str) and tables (:class:`Grid`) in reading order."""

    path: Path
    blocks: list[str | Grid]
    extra_lines: list[str] = field(default_factory=list)

    @property
    def grids(self) -> list[Grid]:
        """The tables, in order."""
        return [b for b in self.blocks if isinstance(b, Grid)]


def cell_lines(text: str) -> list[str]:
    """Clean each line of a multi-line text and drop the blank ones; LaTeX leftovers fixed."""
    return [line for line in (clean(strip_latex(x)) for x in text.split("\n")) if line]


# --------------------------------------------------------------------------- header detection


class Column(StrEnum):
    STT = "stt"
    CONTENT = "content"
    INDICATOR = "indicator"
    LEAD = "lead"
    PARTNER = "partner"
    PRODUCT = "product"
    DEADLINE = "deadline"
    BUDGET = "budget"
    NOTE = "note"
    UNIT = "unit"
    TARGET = "target"


COLUMN_LABELS = {
    Column.STT: "STT",
    Column.CONTENT: "Nội dung nhiệm vụ",
    Column.INDICATOR: "Tên chỉ tiêu",
    Column.LEAD: "Đơn vị chủ trì",
    Column.PARTNER: "Đơn vị phối hợp",
    Column.PRODUCT: "Sản phẩm/kết quả",
    Column.DEADLINE: "Thời gian hoàn thành",
    Column.BUDGET: "Kinh phí",
    Column.NOTE: "Ghi chú",
    Column.UNIT: "Đơn vị tính",
    Column.TARGET: "Chỉ tiêu (kết quả cần đạt)",
}

_PATTERNS: tuple[tuple[Column, re.Pattern[str], int], ...] = tuple(
    (column, re.compile(pattern), score)
    for column, pattern, score in (
        (Column.STT, r"^(?:stt|tt|so tt|so thu tu|thu tu|ma so|ma|so)$", 10),
        (Column.CONTENT, r"\bnoi dung nhiem vu\b|\bten nhiem vu\b", 10),
        (Column.CONTENT, r"\bnoi dung (?:thuc hien|cong viec|hoat dong|cong tac|trien khai)\b", 9),
        (Column.CONTENT, r"^(?:cac )?nhiem vu\b|\bnhiem vu giai phap\b", 8),
        (Column.CONTENT, r"^(?:ten )?(?:du an|de an|hoat dong|cong viec|danh muc)\b", 6),
        (Column.CONTENT, r"^noi dung$", 5),
        (Column.PRODUCT, r"^noi dung$", 4),
        (Column.INDICATOR, r"\bnoi dung chi tieu\b|\bten chi tieu\b|\bchi tieu chu yeu\b", 10),
        (Column.INDICATOR, r"^(?:cac )?chi tieu$", 7),
        (Column.LEAD, r"\b(?:don vi|co quan|bo phan)(?: [a-z]+)? chu tri\b", 10),
        (Column.LEAD, r"^chu tri\b", 9),
        (Column.LEAD, r"\b(?:co quan|don vi|bo phan) theo doi\b", 8),
        (Column.LEAD, r"\b(?:don vi|co quan) thuc hien\b|\bphu trach\b|\btrach nhiem\b", 6),
        (Column.PARTNER, r"\bphoi hop\b", 10),
        (Column.PRODUCT, r"\bsan pham\b|\bdau ra\b", 10),
        (Column.PRODUCT, r"\bket qua\b", 7),
        (Column.DEADLINE, r"\bthoi gian\b|\bthoi han\b|\bmoc thoi gian\b", 10),
        (Column.DEADLINE, r"\btien do\b", 8),
        (Column.BUDGET, r"\bkinh phi\b|\bkinh phan bo\b|\bdu toan\b", 10),
        (Column.BUDGET, r"\btrieu dong\b", 7),
        (Column.NOTE, r"\bghi chu\b", 10),
        (Column.UNIT, r"\bdon vi tinh\b|^dvt\b|\bdon vi do\b", 10),
        (Column.TARGET, r"\bchi tieu\b|\bmuc tieu\b|\bket qua\b|\bgia tri\b|\bke hoach\b", 6),
        (Column.TARGET, r"(?:^|\b(?:nam|den nam|giai doan) )(?:19|20)\d\d\b", 7),
    )
)
_NOT_BUDGET = re.compile(r"^nguon\b")

_TASK_FIELDS = {
    Column.STT,
    Column.CONTENT,
    Column.LEAD,
    Column.PARTNER,
    Column.PRODUCT,
    Column.DEADLINE,
    Column.BUDGET,
    Column.NOTE,
}
_INDICATOR_FIELDS = {
    Column.STT,
    Column.INDICATOR,
    Column.UNIT,
    Column.TARGET,
    Column.LEAD,
    Column.PARTNER,
    Column.NOTE,
}


def header_key(text: str) -> str:
    """Header wording folded for matching: lower case, no diacritics, words split by spaces."""
    text = unicodedata.normalize("NFD", clean(text).lower().replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.split(r"[^0-9a-z]+", text)).strip()


def _candidates(text: str) -> list[tuple[Column, int]]:
    key = header_key(text)
    if not key or len(key.split()) > 14:
        return []
    found: dict[Column, int] = {}
    for column, pattern, score in _PATTERNS:
        if pattern.search(key) and score > found.get(column, 0):
            if column is Column.BUDGET and _NOT_BUDGET.search(key):
                continue
            bonus = 1 if column is Column.BUDGET and re.search(r"\btong\b", key) else 0
            found[column] = score + bonus
    return list(found.items())


class TableKind(StrEnum):
    TASKS = "tasks"
    INDICATORS = "indicators"


@dataclass
class Header:
    """A recognised header: where it is, what kind of table, and which column holds what."""

    row: int
    rows_used: int
    kind: TableKind | None
    columns: dict[Column, int]
    titles: dict[int, str]
    target_years: dict[int, int | None] = field(default_factory=dict)
    budget_scale: Decimal = Decimal(1)
    missing: list[Column] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def signature(self) -> tuple[object, ...]:
        """What must match for another header to be the same table repeated on a new page."""
        return (self.kind, tuple(sorted((c.value, i) for c, i in self.columns.items())))

    def title(self, column: Column) -> str:
        """The column's header as printed (for messages)."""
        index = self.columns.get(column)
        return self.titles.get(index, COLUMN_LABELS[column]) if index is not None else ""


_CODE_LIKE = re.compile(r"^(?:\d+(?:[.,]\d+)*[.)]?|[IVXLC]+[.)]?)$")


def _origin_texts(row: list[Cell]) -> list[tuple[int, str]]:
    return [(i, c.text) for i, c in enumerate(row) if c.merge != "h" and c.text]


def _classify(texts: dict[int, str]) -> Header | None:
    """Assign columns from header texts; None when the row does not read as a plan header."""
    scored: list[tuple[int, int, Column]] = []
    for index, text in texts.items():
        if _CODE_LIKE.match(text.strip()):
            return None
        for column, score in _candidates(text):
            scored.append((score, -index, column))
    present = {column for _, _, column in scored}
    content_score = max((s for s, _, c in scored if c is Column.CONTENT), default=0)
    indicator_score = max((s for s, _, c in scored if c is Column.INDICATOR), default=0)
    kind: TableKind | None
    if indicator_score and indicator_score >= content_score:
        kind = TableKind.INDICATORS
        allowed = _INDICATOR_FIELDS
    elif content_score:
        kind = TableKind.TASKS
        allowed = _TASK_FIELDS
    else:
        task_columns = present & {
            Column.LEAD,
            Column.PARTNER,
            Column.PRODUCT,
            Column.DEADLINE,
            Column.BUDGET,
        }
        if Column.STT in present and len(task_columns) >= 2:
            kind = None
            allowed = _TASK_FIELDS
        else:
            return None
    columns: dict[Column, int] = {}
    used: set[int] = set()
    for _score, neg_index, column in sorted(scored, reverse=True):
        index = -neg_index
        if column in allowed and column not in columns and index not in used:
            columns[column] = index
            used.add(index)
    if len(columns) < 2:
        return None
    header = Header(0, 1, kind, columns, dict(texts))
    if kind is TableKind.INDICATORS:
        for index, text in texts.items():
            if index in used:
                continue
            if any(c is Column.TARGET for c, _ in _candidates(text)):
                header.target_years[index] = _year_in(text)
                used.add(index)
        if Column.TARGET in columns:
            header.target_years = {
                columns[Column.TARGET]: _year_in(texts[columns[Column.TARGET]]),
                **header.target_years,
            }
        else:
            header.missing.append(Column.TARGET)
    elif kind is TableKind.TASKS:
        if Column.LEAD not in columns:
            header.missing.append(Column.LEAD)
    else:
        header.missing.append(Column.CONTENT)
    if Column.BUDGET in columns:
        header.budget_scale = _budget_scale(texts[columns[Column.BUDGET]])
    header.ignored = [texts[i] for i in sorted(texts) if i not in used]
    return header


def _year_in(text: str) -> int | None:
    match = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    return int(match[1]) if match else None


def _budget_scale(text: str) -> Decimal:
    key = header_key(text)
    if "trieu" in key:
        return Decimal(1)
    if re.search(r"\b(?:nghin|ngan) dong\b", key):
        return Decimal("0.001")
    if re.search(r"\bty dong\b", key):
        return Decimal(1000)
    if re.search(r"\bdong\b", key):
        return Decimal("0.000001")
    return Decimal(1)


def find_header(grid: Grid, start: int = 0) -> Header | None:
    """The first header row at or after ``start`` (joined with a second header row below it
    when merged header cells span both), or None."""
    for r in range(start, len(grid.rows)):
        row = grid.rows[r]
        texts = dict(_origin_texts(row))
        header = _classify(texts)
        if header is None:
            continue
        header.row = r
        if r + 1 < len(grid.rows):
            below = grid.rows[r + 1]
            spans_down = any(c.merge == "v" for c in below)
            below_texts = dict(_origin_texts(below))
            if (
                spans_down
                and below_texts
                and not any(_CODE_LIKE.match(t) for t in below_texts.values())
            ):
                joined = {}
                for i in range(len(row)):
                    top = row[i].text if i < len(row) else ""
                    low = below[i].text if i < len(below) and below[i].merge is None else ""
                    text = clean(f"{top} {low}") if low and low != top else top
                    if text and not (row[i].merge == "h" and not low):
                        joined[i] = text
                combined = _classify(joined)
                if combined is not None:
                    combined.row, combined.rows_used = r, 2
                    header = combined
        return header
    return None


def _is_numbering_row(row: list[Cell]) -> bool:
    texts = [t for _, t in _origin_texts(row)]
    if len(texts) < 3:
        return False
    numbers = []
    for text in texts:
        match = re.fullmatch(r"\(?(\d+)\)?", text)
        if not match:
            return False
        numbers.append(int(match[1]))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _is_repeat_of(row: list[Cell], header: Header) -> bool:
    texts = dict(_origin_texts(row))
    if not texts:
        return False
    same = sum(1 for i, t in texts.items() if header_key(header.titles.get(i, "")) == header_key(t))
    return same >= max(2, (len(texts) + 1) // 2)


# --------------------------------------------------------------------------- reading rows


@dataclass
class _Part:
    """One printed row of a task that a plan split over several rows (one per unit)."""

    lead: str
    partner_lines: list[str]
    amounts: list[Decimal]
    where: str


@dataclass
class _TaskDraft:
    section_code: str
    code: str
    content: list[str]
    lead: str
    partners: list[str]
    product: list[str]
    deadline: str
    budget: Decimal | None
    note: list[str]
    source: SourceRef
    location: str
    deadline_column: str = ""
    parent: str | None = None
    parts: list[_Part] = field(default_factory=list)


@dataclass
class _IndicatorDraft:
    code: str
    group: str
    name: list[str]
    unit: str
    targets: dict[int, list[str]]
    lead: list[str]
    partners: list[str]
    source: SourceRef
    years: dict[int, int | None] = field(default_factory=dict)


@dataclass
class TablesResult:
    """What the tables of one file hold, plus the lines of the tables that are not plan tables
    (the header block, the signature block) for the document-level reader."""

    sections: list[ImportedSection] = field(default_factory=list)
    tasks: list[ImportedTask] = field(default_factory=list)
    indicators: list[ImportedIndicator] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    total_budget: Decimal | None = None
    plan_grids: set[int] = field(default_factory=set)
    preamble: dict[int, list[str]] = field(default_factory=dict)
    task_tables: int = 0
    indicator_tables: int = 0


_ROMAN_CODE = re.compile(r"^([IVXLC]+|[A-H])\s*[.):\-–]?$")
_ROMAN_TITLE = re.compile(r"^([IVXLC]+)\s*[.):\-–]\s*(\S.*)$")
_TASK_CODE = re.compile(r"^\d+(?:\.\d+)*$")
_LETTER_CODE = re.compile(r"^([a-zđ])$")
_TOTAL = re.compile(r"^(?:tong cong|tong kinh phi|tong so|tong du toan)\b|^(?:tong|cong)$")
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)*")


def normalise_code(text: str) -> str:
    """A row number as printed, tidied: "1.1." → "1.1", "2)" → "2", "1,2" → "1.2"."""
    code = clean(text).strip().rstrip(".):-–").strip()
    code = re.sub(r"(?<=\d)\s*,\s*(?=\d)", ".", code)
    return re.sub(r"\s*\.\s*", ".", code)


def _is_section_code(code: str) -> bool:
    if not _ROMAN_CODE.match(code):
        return False
    letters = _ROMAN_CODE.match(code)[1]  # type: ignore[index]
    return len(letters) == 1 or from_roman(letters) is not None


def _starts_lower(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and first.islower()


def _fmt(amount: Decimal) -> str:
    return format(amount.normalize(), "f")


def tidy_decimal(value: Decimal) -> Decimal:
    """2100 stays 2100 (not 2.1E+3), 562.000000 becomes 562, 2.50 becomes 2.5."""
    value = value.normalize()
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


class _Reader:
    """Reads the rows of one file's tables into a :class:`TablesResult`."""

    def __init__(self, file_name: str, default_year: int | None) -> None:
        self.file = file_name
        self.default_year = default_year
        self.result = TablesResult()
        self.section_order = 0
        self.task_drafts: list[_TaskDraft] = []
        self.indicator_drafts: list[_IndicatorDraft] = []
        # state of the logical table being read
        self.header: Header | None = None
        self.section_code = ""
        self.section_titles: dict[str, str] = {}
        self.last_top_code: str | None = None
        self.seen_codes: dict[str, set[str]] = {}
        self.indicator_group = ""
        # drafts before these indexes belong to earlier tables: never continued by a later one
        self.first_task = 0
        self.first_indicator = 0
        # words found in a money cell ("Lồng ghép"), kept in the task's note
        self.unread_budget = ""

    # -- messages

    def warn(self, grid: Grid | None, row: int | None, column: str | None, message: str) -> None:
        where = ""
        if grid is not None:
            where = grid.label + (f", dòng {row}" if row is not None else "")
            where += f", cột “{column}”" if column else ""
            where += ": "
        self.result.warnings.append(
            ImportWarning(
                self.file, grid.index if grid else None, row, column or None, where + message
            )
        )

    # -- cells

    def text(self, row: list[Cell], column: Column) -> str:
        assert self.header is not None
        index = self.header.columns.get(column)
        if index is None or index >= len(row) or row[index].merge == "h":
            return ""
        return row[index].text

    def merged_down(self, row: list[Cell], column: Column) -> bool:
        assert self.header is not None
        index = self.header.columns.get(column)
        return index is not None and index < len(row) and row[index].merge == "v"

    def amounts(self, grid: Grid, row_no: int, row: list[Cell], column: Column) -> list[Decimal]:
        """The amounts in a money cell, in million đồng (a cell may hold two: "30 20").

        Empty, merged-down (one amount for several rows) and dash cells give none; text that
        is not an amount gives none and a warning."""
        assert self.header is not None
        index = self.header.columns.get(column)
        if index is None or index >= len(row):
            return []
        cell = row[index]
        if cell.merge is not None or not cell.text:
            return []
        scale = self.header.budget_scale
        if cell.value is not None:
            return [tidy_decimal(cell.value * scale)]
        text = cell.text.replace("\n", " ")
        if re.fullmatch(r"[-–—x0.\s]*", text) and not re.search(r"\d", text):
            return []
        found = _AMOUNT.findall(text)
        values = [v for v in (parse_decimal(f) for f in found) if v is not None]
        rest = _AMOUNT.sub(" ", text)
        rest_key = header_key(rest)
        if not values or (rest_key and not re.fullmatch(r"(?:trieu|tr|trd|dong|d|\s)+", rest_key)):
            self.warn(
                grid,
                row_no,
                self.header.title(column),
                f"“{cell.text}” không phải số tiền; đã để trống kinh phí và chép chữ này "
                "vào Ghi chú",
            )
            self.unread_budget = clean(cell.text)
            return []
        if "dong" in rest_key and "trieu" not in rest_key and scale == 1 and values[0] >= 100000:
            scale = Decimal("0.000001")
        return [tidy_decimal(v * scale) for v in values]

    def warn_several_amounts(self, grid: Grid, row_no: int, amounts: list[Decimal]) -> None:
        if len(amounts) > 1:
            self.warn(
                grid,
                row_no,
                self.header.title(Column.BUDGET),  # type: ignore[union-attr]
                f"ô kinh phí có {len(amounts)} số ({', '.join(_fmt(a) for a in amounts)}); "
                f"đã cộng lại thành {_fmt(sum(amounts, Decimal(0)))}",
            )

    # -- the logical table

    def start_table(self, header: Header, grid: Grid) -> None:
        self.header = header
        self.section_code = ""
        self.last_top_code = None
        self.first_task = len(self.task_drafts)
        self.first_indicator = len(self.indicator_drafts)
        if header.kind is TableKind.TASKS:
            self.result.task_tables += 1
        else:
            self.result.indicator_tables += 1
            self.indicator_group = _group_from_context(grid.context)
        if Column.STT not in header.columns:
            self.warn(grid, None, None, "bảng không có cột STT; số thứ tự lấy từ đầu nội dung")
        for ignored in header.ignored:
            if header_key(ignored) and not re.fullmatch(r"\(?\d+\)?", ignored):
                self.warn(grid, None, ignored, "cột này không được nhập (không rõ ý nghĩa)")
        if Column.LEAD in header.missing and header.kind is TableKind.TASKS:
            self.warn(grid, None, None, "bảng không có cột “Đơn vị chủ trì”")

    def feed(self, grid: Grid, start: int, end: int, page_break: bool) -> None:
        """Read rows ``start``..``end`` of ``grid`` into the current logical table."""
        assert self.header is not None
        continuing = page_break
        for r in range(start, end):
            row = grid.rows[r]
            if not _origin_texts(row):
                continue
            if _is_repeat_of(row, self.header):
                continuing = True
                continue
            if _is_numbering_row(row):
                continue
            row_no = grid.row_numbers[r]
            self.unread_budget = ""
            if self.header.kind is TableKind.TASKS:
                self.task_row(grid, row_no, row, continuing)
            else:
                self.indicator_row(grid, row_no, row)
            continuing = False

    # -- task rows

    def code_of(self, row: list[Cell]) -> tuple[str, str, Cell | None]:
        """(code, content) of a row, taking a code from the content when there is no STT."""
        assert self.header is not None
        content = self.text(row, Column.CONTENT)
        if Column.STT in self.header.columns:
            index = self.header.columns[Column.STT]
            cell = row[index] if index < len(row) else Cell()
            return normalise_code(cell.text), content, cell
        match = re.match(r"^((?:\d+(?:\.\d+)*|[IVXLC]+))[.)]\s+(.*)$", content)
        if match:
            return match[1], match[2], None
        return "", content, None

    def task_row(self, grid: Grid, row_no: int, row: list[Cell], continuing: bool) -> None:
        code, content, stt_cell = self.code_of(row)
        origin_texts = [t for _, t in _origin_texts(row)]
        if not code and content and _ROMAN_TITLE.match(content) and content.isupper():
            match = _ROMAN_TITLE.match(content)
            assert match is not None
            code, content = match[1], match[2]
        first_key = header_key(origin_texts[0]) if origin_texts else ""
        if not _TASK_CODE.match(code) and not _is_section_code(code) and _TOTAL.match(first_key):
            amounts = self.amounts(grid, row_no, row, Column.BUDGET)
            if amounts:
                self.result.total_budget = sum(amounts, Decimal(0))
            return
        roman_title = _ROMAN_TITLE.match(code)
        if roman_title and not content:
            code, content = roman_title[1], roman_title[2]
        if _is_section_code(code) and code.isupper():
            self.section_row(grid, row_no, row, _ROMAN_CODE.match(code)[1], content)  # type: ignore[index]
            return
        stt_merged = stt_cell is not None and stt_cell.merge == "v"
        if stt_merged or not code or code in {"-", "+", "•", "*"}:
            self.unnumbered_row(grid, row_no, row, content, continuing)
            return
        letter = _LETTER_CODE.match(code.lower()) if len(code) == 1 else None
        parent: str | None = None
        if letter and self.last_top_code:
            parent = self.last_top_code
            code = f"{self.last_top_code}.{code}"
        elif _TASK_CODE.match(code):
            code = self.fix_excel_code(grid, row_no, code, stt_cell)
            if "." in code:
                parent = code.rsplit(".", 1)[0]
            else:
                self.last_top_code = code
        self.new_task(grid, row_no, row, code, parent, content)

    def fix_excel_code(self, grid: Grid, row_no: int, code: str, cell: Cell | None) -> str:
        """Excel keeps 1.10 as the number 1.1: a repeated "x.1" right after "x.9" was "x.10"."""
        seen = self.seen_codes.setdefault(self.section_code, set())
        if cell is not None and cell.value is not None and code in seen and "." in code:
            head, _, tail = code.rpartition(".")
            candidate = f"{head}.{tail}0"
            if candidate not in seen:
                self.warn(
                    grid,
                    row_no,
                    "STT",
                    f"STT “{code}” lặp lại; Excel lưu 1.10 thành 1.1 nên đã đọc là “{candidate}”",
                )
                code = candidate
        seen.add(code)
        return code

    def section_row(self, grid: Grid, row_no: int, row: list[Cell], code: str, title: str) -> None:
        if not title:
            title = next(
                (
                    t
                    for i, t in _origin_texts(row)
                    if i != self.header.columns.get(Column.STT)  # type: ignore[union-attr]
                ),
                "",
            )
        amounts = self.amounts(grid, row_no, row, Column.BUDGET)
        budget = sum(amounts, Decimal(0)) if amounts else None
        self.section_code = code
        self.last_top_code = None
        self.section_order += 1
        if code in self.section_titles:
            self.warn(grid, row_no, None, f"mục {code} xuất hiện lần thứ hai")
        self.section_titles[code] = title
        self.result.sections.append(ImportedSection(code, clean(title), budget, self.section_order))

    def new_task(
        self,
        grid: Grid,
        row_no: int,
        row: list[Cell],
        code: str,
        parent: str | None,
        content: str,
    ) -> _TaskDraft:
        amounts = self.amounts(grid, row_no, row, Column.BUDGET)
        partner_text = self.text(row, Column.PARTNER)
        draft = _TaskDraft(
            section_code=self.section_code,
            code=code,
            content=[content] if content else [],
            lead=self.text(row, Column.LEAD),
            partners=[partner_text] if partner_text else [],
            product=[p for p in [self.text(row, Column.PRODUCT)] if p],
            deadline=self.text(row, Column.DEADLINE),
            budget=sum(amounts, Decimal(0)) if amounts else None,
            note=[n for n in [self.text(row, Column.NOTE)] if n],
            source=SourceRef(grid.index, row_no),
            location=f"{grid.label}, dòng {row_no}",
            deadline_column=self.header.title(Column.DEADLINE) or "Thời gian",  # type: ignore[union-attr]
            parent=parent,
        )
        if self.unread_budget:
            draft.note.append(f"Kinh phí: {self.unread_budget}")
            self.unread_budget = ""
        draft.parts.append(_Part(draft.lead, cell_lines(partner_text), amounts, draft.location))
        self.warn_several_amounts(grid, row_no, amounts)
        self.task_drafts.append(draft)
        return draft

    def previous_task(self) -> _TaskDraft | None:
        """The task an unnumbered row may continue: the last one of this table and section."""
        if len(self.task_drafts) > self.first_task:
            last = self.task_drafts[-1]
            if last.section_code == self.section_code:
                return last
        return None

    def unnumbered_row(
        self, grid: Grid, row_no: int, row: list[Cell], content: str, continuing: bool
    ) -> None:
        previous = self.previous_task()
        lead = self.text(row, Column.LEAD)
        lead_merged = self.merged_down(row, Column.LEAD)
        content_merged = self.merged_down(row, Column.CONTENT)
        amounts = self.amounts(grid, row_no, row, Column.BUDGET)
        deadline = "" if self.merged_down(row, Column.DEADLINE) else self.text(row, Column.DEADLINE)
        partner = self.text(row, Column.PARTNER)
        partner_merged = self.merged_down(row, Column.PARTNER)
        own_unit = bool(lead) and not lead_merged
        if previous is None:
            if not content:
                if origin := [t for _, t in _origin_texts(row)]:
                    self.warn(grid, row_no, None, f"dòng không có nội dung nhiệm vụ: “{origin[0]}”")
                return
            self.warn(grid, row_no, "STT", "nhiệm vụ không có số thứ tự")
            self.new_task(grid, row_no, row, "", None, content)
            return
        if continuing or content_merged or not content:
            split = (own_unit and bool(previous.lead) and not _starts_lower(lead)) or (
                bool(amounts) and previous.budget is not None
            )
            if not content_merged and content:
                previous.content.append(content)
            if split or (content_merged and (lead or amounts or partner)):
                part_lead = (
                    lead
                    if own_unit
                    else (previous.parts[-1].lead if previous.parts else previous.lead)
                )
                previous.parts.append(
                    _Part(
                        part_lead,
                        [] if partner_merged else cell_lines(partner),
                        amounts,
                        f"{grid.label}, dòng {row_no}",
                    )
                )
                if amounts:
                    previous.budget = (previous.budget or Decimal(0)) + sum(amounts, Decimal(0))
                self.warn_several_amounts(grid, row_no, amounts)
            else:
                if lead and not lead_merged:
                    previous.lead = clean(f"{previous.lead} {lead}") if previous.lead else lead
                    if previous.parts:
                        previous.parts[0].lead = previous.lead
                if partner and not partner_merged:
                    if previous.partners and _starts_lower(partner):
                        previous.partners[-1] = f"{previous.partners[-1]} {partner}"
                    else:
                        previous.partners.append(partner)
                if amounts:
                    previous.budget = (previous.budget or Decimal(0)) + sum(amounts, Decimal(0))
            product = self.text(row, Column.PRODUCT)
            if product and not self.merged_down(row, Column.PRODUCT):
                previous.product.append(product)
            note = self.text(row, Column.NOTE)
            if note and not self.merged_down(row, Column.NOTE):
                previous.note.append(note)
            if deadline:
                if previous.deadline and _starts_lower(deadline):
                    previous.deadline = f"{previous.deadline} {deadline}"
                elif not previous.deadline:
                    previous.deadline = deadline
                elif parse_deadline(deadline, default_year=self.default_year).due_date != (
                    parse_deadline(previous.deadline, default_year=self.default_year).due_date
                ):
                    self.warn(
                        grid,
                        row_no,
                        self.header.title(Column.DEADLINE),  # type: ignore[union-attr]
                        f"nhiệm vụ {_ref(previous)} có thời hạn khác nhau trên các dòng "
                        f"(“{previous.deadline}”, “{deadline}”); giữ “{previous.deadline}”",
                    )
            return
        # A row of its own without a number: keep it as a task and say so.
        self.warn(grid, row_no, "STT", "nhiệm vụ không có số thứ tự")
        self.new_task(grid, row_no, row, "", None, content)

    # -- indicator rows

    def indicator_row(self, grid: Grid, row_no: int, row: list[Cell]) -> None:
        """A target row; a row without STT continues the one above (a name wrapped over a
        page break, "Trung tâm Phục vụ hành chính" / "công")."""
        assert self.header is not None
        code = ""
        stt_cell: Cell | None = None
        if Column.STT in self.header.columns:
            index = self.header.columns[Column.STT]
            stt_cell = row[index] if index < len(row) else Cell()
            code = normalise_code(stt_cell.text)
        name = self.text(row, Column.INDICATOR)
        if _is_section_code(code) and code.isupper():
            self.indicator_group = clean(name) or self.indicator_group
            return
        targets = {
            i: (row[i].text if i < len(row) and row[i].merge != "h" else "")
            for i in self.header.target_years
        }
        lead = self.text(row, Column.LEAD)
        partner = self.text(row, Column.PARTNER)
        unit = self.text(row, Column.UNIT)
        previous = (
            self.indicator_drafts[-1] if len(self.indicator_drafts) > self.first_indicator else None
        )
        if (not code or (stt_cell is not None and stt_cell.merge == "v")) and previous is not None:
            if name and not self.merged_down(row, Column.INDICATOR):
                previous.name.append(name)
            if lead and not self.merged_down(row, Column.LEAD):
                previous.lead.append(lead)
            if partner and not self.merged_down(row, Column.PARTNER):
                previous.partners.append(partner)
            for i, text in targets.items():
                if text and row[i].merge is None:
                    previous.targets.setdefault(i, []).append(text)
            if unit and not previous.unit:
                previous.unit = unit
            return
        if not name and not any(targets.values()):
            return
        if not code:
            self.warn(grid, row_no, "STT", "chỉ tiêu không có số thứ tự")
        self.indicator_drafts.append(
            _IndicatorDraft(
                code=code,
                group=self.indicator_group,
                name=[name] if name else [],
                unit=unit,
                targets={i: [t] if t else [] for i, t in targets.items()},
                lead=[lead] if lead else [],
                partners=[partner] if partner else [],
                source=SourceRef(grid.index, row_no),
                years=dict(self.header.target_years),
            )
        )

    # -- finishing

    def finish(self, grids_by_index: dict[int, Grid]) -> TablesResult:
        for draft in self.task_drafts:
            self.result.tasks.append(self.finish_task(draft, grids_by_index))
        self.check_tasks(grids_by_index)
        for ind in self.indicator_drafts:
            for index, pieces in ind.targets.items():
                text = clean(" ".join(pieces))
                target = parse_target(text)
                horizon = ind.years.get(index) or self.default_year
                unit = clean(ind.unit) or (target.unit or "")
                self.result.indicators.append(
                    ImportedIndicator(
                        code=ind.code,
                        group=ind.group,
                        name=clean(strip_latex(" ".join(ind.name))),
                        unit=unit,
                        target=target,
                        horizon=horizon,
                        lead_unit_text=clean(" ".join(ind.lead)),
                        partner_units=split_unit_names("\n".join(ind.partners)),
                        source=ind.source,
                    )
                )
        return self.result

    def finish_task(self, draft: _TaskDraft, grids: dict[int, Grid]) -> ImportedTask:
        grid = grids.get(draft.source.table or 0)
        row_no = draft.source.row
        deadline = parse_deadline(draft.deadline, default_year=self.default_year)
        note = clean(" ".join(draft.note))
        if deadline.problem and note:
            swapped = parse_deadline(note, default_year=self.default_year)
            if swapped.problem is None and (swapped.due_date or swapped.recurrence):
                self.warn(
                    grid,
                    row_no,
                    draft.deadline_column,
                    f"nhiệm vụ {_ref(draft)}: cột thời gian ghi “{deadline.text}”, cột ghi chú "
                    f"ghi “{swapped.text}”; có vẻ hai cột bị đảo, đã lấy “{swapped.text}” làm "
                    "thời hạn",
                )
                deadline, note = swapped, deadline.text
        if deadline.problem:
            self.warn(
                grid, row_no, draft.deadline_column, f"nhiệm vụ {_ref(draft)}: {deadline.problem}"
            )
        lead = clean(draft.lead)
        partners = split_unit_names("\n".join(draft.partners))
        units_in_parts = [p.lead for p in draft.parts if p.lead]
        distinct_leads = list(dict.fromkeys(clean(u) for u in units_in_parts))
        if len(draft.parts) > 1:
            others = [u for u in distinct_leads if u != lead]
            items: list[str] = []
            for part in draft.parts:
                items.extend(part.partner_lines)
            unit_items = [i for i in dict.fromkeys(items) if looks_like_unit(i)]
            partners = list(dict.fromkeys([*others, *unit_items]))
            breakdown = _breakdown(draft.parts)
            note = clean(f"{note} Phân bổ: {breakdown}") if note else f"Phân bổ: {breakdown}"
            rows = f"từ {draft.parts[0].where} đến {draft.parts[-1].where}"
            budget_text = (
                f"; kinh phí cộng dồn {_fmt(draft.budget)} triệu đồng"
                if draft.budget is not None
                else ""
            )
            self.warn(
                grid,
                row_no,
                None,
                f"nhiệm vụ {_ref(draft)} được ghi trên {len(draft.parts)} dòng ({rows}, "
                f"mỗi dòng một đơn vị/hạng mục); đã gộp thành một nhiệm vụ: chủ trì “{lead}”"
                + (f", phối hợp {', '.join(others)}" if others else "")
                + budget_text
                + "; chi tiết phân bổ ghi ở Ghi chú",
            )
        return ImportedTask(
            section_code=draft.section_code,
            code=draft.code,
            parent_code=draft.parent,
            content=clean(" ".join(draft.content)),
            lead_unit_text=lead,
            partner_units=partners,
            product=clean(" ".join(draft.product)),
            deadline=deadline,
            budget_million=draft.budget,
            note=note,
            source=draft.source,
        )

    def check_tasks(self, grids: dict[int, Grid]) -> None:
        tasks = self.result.tasks
        identities = Counter((t.section_code, t.code) for t in tasks if t.code)
        for (section_code, code), count in identities.items():
            if count > 1:
                where = f"mục {section_code}, " if section_code else ""
                self.warn(None, None, None, f"{where}STT {code} xuất hiện {count} lần")
        by_identity = {(t.section_code, t.code): t for t in tasks}
        for task in tasks:
            if task.parent_code and (task.section_code, task.parent_code) not in by_identity:
                self.warn(
                    grids.get(task.source.table or 0),
                    task.source.row,
                    "STT",
                    f"nhiệm vụ {_ref(task)} không có mục cha “{task.parent_code}”",
                )
        for parent in tasks:
            children = [
                t
                for t in tasks
                if t.section_code == parent.section_code and t.parent_code == parent.code
            ]
            self.check_sum(
                grids,
                parent.source,
                f"nhiệm vụ {_ref(parent)}",
                parent.budget_million,
                [c.budget_million for c in children],
            )
        for section in self.result.sections:
            top = [t for t in tasks if t.section_code == section.code and not t.parent_code]
            self.check_sum(
                grids,
                None,
                f"mục {section.code}",
                section.budget_million,
                [t.budget_million for t in top],
            )
        if self.result.total_budget is not None:
            parts = [s.budget_million for s in self.result.sections]
            if not any(p is not None for p in parts):
                parts = [t.budget_million for t in tasks if not t.parent_code]
            self.check_sum(grids, None, "tổng kinh phí", self.result.total_budget, parts)

    def check_sum(
        self,
        grids: dict[int, Grid],
        source: SourceRef | None,
        what: str,
        stated: Decimal | None,
        parts: list[Decimal | None],
    ) -> None:
        given = [p for p in parts if p is not None]
        if stated is None or not given:
            return
        total = sum(given, Decimal(0))
        if total != stated:
            grid = grids.get(source.table or 0) if source else None
            self.warn(
                grid,
                source.row if source else None,
                None,
                f"{what} ghi kinh phí {_fmt(stated)} nhưng các dòng con cộng lại {_fmt(total)}",
            )


def _ref(task: _TaskDraft | ImportedTask) -> str:
    code = task.code or "(không số)"
    return f"{task.section_code}.{code}" if task.section_code else code


def _breakdown(parts: list[_Part]) -> str:
    """ "Phòng A (Phần mềm X: 30; Phần mềm Y: 20); Phòng B (…)" from a task's split rows."""
    grouped: dict[str, list[str]] = {}
    for part in parts:
        items = grouped.setdefault(clean(part.lead) or "(không ghi đơn vị)", [])
        lines, amounts = part.partner_lines, part.amounts
        if lines and len(lines) == len(amounts):
            items.extend(f"{line}: {_fmt(a)}" for line, a in zip(lines, amounts, strict=True))
        else:
            label = ", ".join(lines)
            money = " + ".join(_fmt(a) for a in amounts)
            items.append(": ".join(x for x in (label, money) if x))
    return "; ".join(
        f"{unit} ({'; '.join(i for i in items if i)})" if any(items) else unit
        for unit, items in grouped.items()
    )


def _group_from_context(context: list[str]) -> str:
    for line in reversed(context):
        key = header_key(line)
        if re.search(r"\bmuc tieu\b|\bchi tieu\b", key):
            return re.sub(r"^(?:[IVXLC]+|\d+|[a-z])\s*[.):\-–]\s*", "", clean(line)).rstrip(":")
    return ""


def read_tables(document: SourceDocument, file_name: str, default_year: int | None) -> TablesResult:
    """Find the plan's tables in ``document`` and read them.

    Raises :class:`KehoachError` when a table is clearly a task table but lacks the task
    content column (message names the file, the table and the column).
    """
    reader = _Reader(file_name, default_year)
    previous_grid: Grid | None = None
    previous_was_plan = False
    grids = document.grids
    for grid in grids:
        header = find_header(grid)
        if header is None:
            if (
                previous_was_plan
                and grid.adjacent
                and previous_grid is not None
                and grid.width == previous_grid.width
                and reader.header is not None
            ):
                reader.feed(grid, 0, len(grid.rows), page_break=True)
                reader.result.plan_grids.add(grid.index)
                previous_grid = grid
                continue
            previous_was_plan = False
            previous_grid = grid
            continue
        reader.result.preamble[grid.index] = [
            t for r in grid.rows[: header.row] for _, t in _origin_texts(r)
        ]
        first = True
        while header is not None:
            _require_columns(header, grid, file_name)
            following = find_header(grid, header.row + header.rows_used)
            while following is not None and following.signature() == header.signature():
                following = find_header(grid, following.row + following.rows_used)
            end = following.row if following is not None else len(grid.rows)
            continues = (
                first
                and previous_was_plan
                and grid.adjacent
                and reader.header is not None
                and reader.header.signature() == header.signature()
            )
            if not continues:
                reader.start_table(header, grid)
            reader.feed(grid, header.row + header.rows_used, end, page_break=continues)
            header = following
            first = False
        reader.result.plan_grids.add(grid.index)
        previous_was_plan = True
        previous_grid = grid
    return reader.finish({g.index: g for g in grids})


def _require_columns(header: Header, grid: Grid, file_name: str) -> None:
    if header.kind is None or (
        header.kind is TableKind.INDICATORS and Column.TARGET in header.missing
    ):
        missing = header.missing[0] if header.missing else Column.CONTENT
        kind = "bảng chỉ tiêu" if header.kind is TableKind.INDICATORS else "bảng nhiệm vụ"
        raise KehoachError(
            f"Tệp “{file_name}”: {grid.label} có vẻ là {kind} nhưng thiếu cột "
            f"“{COLUMN_LABELS[missing]}” (dòng tiêu đề: "
            f"{' | '.join(header.titles[i] for i in sorted(header.titles))})"
        )


def grid_lines(grid: Grid) -> list[str]:
    """Every line of text in a table, row by row, merged copies read once."""
    lines: list[str] = []
    for row in grid.rows:
        for cell in row:
            if cell.merge is None and cell.text:
                lines.extend(cell.text.split("\n"))
    return lines
