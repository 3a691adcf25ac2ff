"""The plan as a document: header block, title, legal bases and "Mục tiêu cụ thể" sentences,
put together with what the tables hold into an :class:`ImportedPlan`."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.targets import parse_target_sentence, strip_latex
from kehoach_desktop.core.text import clean
from kehoach_desktop.importers.model import (
    ImportedIndicator,
    ImportedPlan,
    ImportWarning,
    SourceRef,
)
from kehoach_desktop.importers.tables import (
    Grid,
    SourceDocument,
    find_header,
    grid_lines,
    header_key,
    read_tables,
)

_ROMAN_HEADING = re.compile(r"^[IVXLC]+\s*[.\-–:)]\s*\S")
_NUMBERED = re.compile(r"^\d+\s*[.)]\s+\S")
_TITLE_STOP = re.compile(
    r"^(?:căn cứ|thực hiện|ủy ban nhân dân|uỷ ban nhân dân|ubnd|nhằm|để|trên cơ sở)\b",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[-_*=.–—\s]{3,}$")
_ISSUER = re.compile(
    r"^(?:ỦY|UỶ) BAN NHÂN DÂN\s+(XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$|^UBND\s+(XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$"
)
_NUMBER = re.compile(r"\bSố\s*:?\s*([0-9A-Za-z.\-]*)\s*/\s*([A-ZĐ][A-ZĐ0-9\-]*)")
_DATE = re.compile(
    r",\s*ngày\s*(\d{1,2})?[\s._…]*tháng\s*(\d{1,2})?[\s._…]*năm\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)
_ATTACHED_TO = re.compile(
    r"kèm theo kế hoạch số\s*:?\s*(\d+)\s*/\s*(KH-[A-ZĐ]+)\s*,?\s*ngày\s*"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)
_TARGET_HEADING = re.compile(r"^(?:cac )?(?:muc tieu|chi tieu)(?: chi tieu)? cu the\b")


def _paragraph_lines(text: str) -> list[str]:
    return [clean(x) for x in re.split(r"[\n\t]", text) if clean(x)]


def _document_lines(document: SourceDocument) -> list[str]:
    """Lines in reading order: page header, paragraphs, layout tables (the header block), and
    of plan tables only what stands above their header row (an Excel sheet's titles)."""
    lines = [line for text in document.extra_lines for line in _paragraph_lines(text)]
    for block in document.blocks:
        if isinstance(block, Grid):
            header = find_header(block)
            rows = block.rows[: header.row] if header is not None else block.rows
            part = Grid(block.index, block.label, rows, block.row_numbers[: len(rows)])
            lines.extend(clean(x) for x in grid_lines(part) if clean(x))
        else:
            lines.extend(_paragraph_lines(block))
    return lines


def _place_before(text: str, end: int) -> str | None:
    """The place name before ", ngày": the capitalised words just before the comma."""
    words = text[:end].split()
    taken: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
            taken.insert(0, word)
        else:
            break
    return " ".join(taken) or None


def _read_issuer(plan: ImportedPlan, head: list[str]) -> None:
    """ "ỦY BAN NHÂN DÂN" / "XÃ TÀ LÀI" (one line or two) → issuing body and commune name."""
    for i, line in enumerate(head):
        if line.upper() != line:
            continue
        joined = line
        if header_key(line) in {"uy ban nhan dan", "ubnd"} and i + 1 < len(head):
            joined = f"{line} {head[i + 1]}"
        match = _ISSUER.match(joined)
        if match:
            plan.issuing_body = clean(joined)
            plan.commune_name = clean(match[2] or match[4]).title()
            return


def _read_number(plan: ImportedPlan, head: list[str], file_name: str) -> None:
    """ "Số: 64 /KH-UBND" → "64/KH-UBND"; "Số:    /KH-UBND" (a draft) → None and a warning."""
    for line in head:
        match = _NUMBER.search(line)
        if match:
            number = match[1].strip(" .")
            plan.number = f"{number}/{match[2]}" if number else None
            if not number:
                plan.warnings.append(_plan_warning(file_name, "kế hoạch chưa ghi số (“Số: /…”)"))
            return


def _read_date_line(plan: ImportedPlan, head: list[str], file_name: str) -> None:
    """ "Đak Nhou, ngày 06 tháng 03 năm 2026" → place and date; blanks left for the signing
    day give the place, no date, and a warning."""
    for line in head:
        match = _DATE.search(line)
        if not match:
            continue
        plan.place_name = _place_before(line, match.start())
        day, month, year = match[1], match[2], int(match[3])
        if not (day and month):
            plan.warnings.append(_plan_warning(file_name, f"ngày ban hành chưa ghi đủ: “{line}”"))
            return
        try:
            plan.issued_on = date(year, int(month), int(day))
        except ValueError:
            plan.warnings.append(_plan_warning(file_name, f"ngày ban hành không tồn tại: “{line}”"))
        return


def _read_title(lines: list[str]) -> str | None:
    """The lines after "KẾ HOẠCH" up to the first "Căn cứ …", heading or rule."""
    title_at = next((i for i, line in enumerate(lines) if line == "KẾ HOẠCH"), None)
    if title_at is None:
        return None
    parts: list[str] = []
    for line in lines[title_at + 1 : title_at + 6]:
        if _TITLE_STOP.match(line) or _ROMAN_HEADING.match(line) or _RULE.match(line):
            break
        parts.append(line)
    return clean(" ".join(parts)) or None


def _commune_in_text(text: str) -> str | None:
    """ "… trên địa bàn xã Tà Lài năm 2026" → "Tà Lài"."""
    match = re.search(r"\b(?:xã|phường|thị trấn)\s+((?:[A-ZĐÀ-Ỹ][^\s,.;:“”()]*\s?){1,4})", text)
    if not match:
        return None
    words = [w for w in match[1].split() if w[:1].isupper() and not w.isdigit()]
    return clean(" ".join(words)) or None


def _read_attached_to(plan: ImportedPlan, lines: list[str]) -> None:
    """No header block (an Excel appendix): "(Kèm theo Kế hoạch số 20/KH-UBND ngày 10/02/2026
    của UBND xã …)" still says which plan this is."""
    for line in lines:
        match = _ATTACHED_TO.search(line)
        if match:
            plan.number = f"{match[1]}/{match[2]}"
            try:
                plan.issued_on = date(int(match[5]), int(match[4]), int(match[3]))
            except ValueError:
                pass
            return


def _fill_header(plan: ImportedPlan, lines: list[str], file_name: str) -> None:
    """Issuing body, commune, number, place and date, title and year from the document's head
    (the lines before its first Roman-numeral heading)."""
    body_start = next(
        (i for i, line in enumerate(lines) if _ROMAN_HEADING.match(line) and i > 3), len(lines)
    )
    head = lines[: max(body_start, 1)]
    _read_issuer(plan, head)
    _read_number(plan, head, file_name)
    _read_date_line(plan, head, file_name)
    plan.title = _read_title(lines)
    if plan.commune_name is None:
        plan.commune_name = _commune_in_text(" ".join([plan.title or "", *head[:40]]))
    if plan.number is None and plan.issued_on is None:
        _read_attached_to(plan, lines)
    years = [int(y) for y in re.findall(r"năm\s+((?:19|20)\d\d)", plan.title or "")]
    if years:
        plan.year = years[-1]
    elif plan.issued_on:
        plan.year = plan.issued_on.year


def _plan_warning(file_name: str, message: str) -> ImportWarning:
    return ImportWarning(file_name, None, None, None, message[:1].upper() + message[1:])


def _guess_year(lines: list[str]) -> int | None:
    years = Counter(
        int(y) for line in lines for y in re.findall(r"năm\s+((?:19|20)\d\d)", line, re.I)
    )
    return years.most_common(1)[0][0] if years else None


def _legal_bases(document: SourceDocument) -> list[str]:
    bases: list[str] = []
    in_bases_section = False
    for block in document.blocks:
        if isinstance(block, Grid):
            if bases:
                break
            continue
        text = clean(block)
        if _ROMAN_HEADING.match(text):
            in_bases_section = "CĂN CỨ" in text.upper()
            continue
        stripped = text.lstrip("-+• ")
        if stripped.lower().startswith("căn cứ") or (in_bases_section and stripped):
            bases.append(stripped)
    return bases


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s+(?=[A-ZĐ(\-+•\d]|T[ỷỉ] lệ)", text) if s.strip()]


def _paragraph_targets(document: SourceDocument, year: int | None) -> list[ImportedIndicator]:
    found: list[ImportedIndicator] = []
    group = ""
    inside = False
    paragraph_no = 0
    for block in document.blocks:
        if isinstance(block, Grid):
            continue
        paragraph_no += 1
        text = clean(strip_latex(block))
        key = re.sub(r"^(?:\d+|[a-z]|[ivx]+)\s+", "", header_key(text))
        if _TARGET_HEADING.match(key) and len(text) < 120:
            inside = True
            group = re.sub(r"^(?:\d+|[a-zđ]|[IVX]+)\s*[.)]\s*", "", text).rstrip(":. ")
            continue
        if not inside:
            continue
        if _ROMAN_HEADING.match(text) or header_key(text).startswith("phu luc"):
            inside = False
            continue
        parsed_any = False
        for sentence in _sentences(text):
            parsed = parse_target_sentence(sentence)
            if parsed is None:
                continue
            parsed_any = True
            code = parsed.code or str(len([i for i in found if i.group == group]) + 1)
            found.append(
                ImportedIndicator(
                    code=code,
                    group=group,
                    name=parsed.name,
                    unit=parsed.target.unit or "",
                    target=parsed.target,
                    horizon=year,
                    lead_unit_text="",
                    partner_units=[],
                    source=SourceRef(None, None, paragraph_no),
                )
            )
        if not parsed_any and _NUMBERED.match(text):
            inside = False
    return found


def build_plan(document: SourceDocument, file_name: str) -> ImportedPlan:
    """Everything the file says about the plan, with warnings; raises :class:`KehoachError`
    when no plan table is found."""
    plan = ImportedPlan(source_file=document.path)
    # Header first (for the plan's year, which dates "Quý II" in the tables).
    lines = _document_lines(document)
    _fill_header(plan, lines, file_name)
    year = plan.year or _guess_year(lines)
    tables = read_tables(document, file_name, year)
    if not tables.plan_grids:
        raise KehoachError(
            f"Tệp “{file_name}”: không tìm thấy bảng nhiệm vụ hay bảng chỉ tiêu nào (cần một "
            "bảng có dòng tiêu đề như “STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian”)"
        )
    if not tables.tasks and not tables.indicators:
        raise KehoachError(
            f"Tệp “{file_name}”: đã thấy bảng kế hoạch nhưng bảng không có dòng nhiệm vụ "
            "hay chỉ tiêu nào"
        )
    if plan.title is None:
        # An Excel appendix has no "KẾ HOẠCH" line: take the first title row above a table.
        titles = (
            line
            for grid in document.grids
            for line in tables.preamble.get(grid.index, [])
            if not re.match(r"(?i)^(phụ lục|\(kèm theo|đơn vị tính)", line)
        )
        plan.title = next(titles, None)
    plan.year = plan.year or year
    plan.legal_bases = _legal_bases(document)
    plan.budget_total_million = tables.total_budget
    plan.sections = tables.sections
    plan.tasks = tables.tasks
    plan.indicators = tables.indicators + _paragraph_targets(document, plan.year)
    plan.warnings.extend(tables.warnings)
    if not tables.tasks:
        plan.warnings.append(
            _plan_warning(file_name, "không thấy bảng nhiệm vụ; chỉ nhập chỉ tiêu")
        )
    return plan
