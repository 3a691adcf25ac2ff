"""What a plan file says, as plain data: the importers' output, before anything is stored.

Every text is kept as printed (NFC, whitespace collapsed); parsed meanings sit beside it
(:class:`~kehoach_desktop.core.deadlines.Deadline`, :class:`~kehoach_desktop.core.targets.Target`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from kehoach_desktop.core.deadlines import Deadline
from kehoach_desktop.core.targets import Target


@dataclass(frozen=True)
class SourceRef:
    """Where a row came from: the table's number in the file (Word tables counted from 1 in
    document order, layout tables included; an Excel sheet's position) and its row as the user
    sees it (the row within that Word table counted from 1, header included; Excel's row
    number). Targets read from body text have no table but the paragraph's number."""

    table: int | None
    row: int | None
    paragraph: int | None = None


@dataclass(frozen=True)
class ImportWarning:
    """Something the user should check before committing; ``message`` is Vietnamese and says
    where it is (table, row) on its own, so it can be shown as one line."""

    file: str
    table: int | None
    row: int | None
    column: str | None
    message: str


@dataclass
class ImportedSection:
    """A group of tasks under a Roman-numeral row ("II", "CHUYỂN ĐỔI SỐ", 2.890)."""

    code: str
    title: str
    budget_million: Decimal | None
    order: int


@dataclass
class ImportedTask:
    """One task row as printed. Identity is (section_code, code): numbering restarts per section.

    ``code`` is printed ("33.1"; "" when the row had no number); ``parent_code`` links a sub-item
    to its parent within the same section ("1.1" → "1").
    """

    section_code: str
    code: str
    parent_code: str | None
    content: str
    lead_unit_text: str
    partner_units: list[str]
    product: str
    deadline: Deadline
    budget_million: Decimal | None
    note: str
    source: SourceRef


@dataclass
class ImportedIndicator:
    """One target (chỉ tiêu), from an indicator table or a "Mục tiêu cụ thể" sentence."""

    code: str
    group: str
    name: str
    unit: str
    target: Target
    horizon: int | None
    lead_unit_text: str
    partner_units: list[str]
    source: SourceRef


@dataclass
class ImportedPlan:
    """A whole plan file: header information, sections, tasks, indicators and warnings."""

    source_file: Path
    issuing_body: str | None = None
    commune_name: str | None = None
    place_name: str | None = None
    number: str | None = None
    issued_on: date | None = None
    title: str | None = None
    year: int | None = None
    legal_bases: list[str] = field(default_factory=list)
    budget_total_million: Decimal | None = None
    sections: list[ImportedSection] = field(default_factory=list)
    tasks: list[ImportedTask] = field(default_factory=list)
    indicators: list[ImportedIndicator] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
