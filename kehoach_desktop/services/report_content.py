"""What the periodic report says, and in which words: plain data in, ReportDocument out.

No database and no files here: :mod:`.reporting` reads the figures (:mod:`.report_data`) and
the record, and writes the files. The wording follows real commune reports (SPEC §5): dates in
sentences as NĐ 30 writes them ("06/3/2026"), counts under ten with a leading zero ("05 nhiệm
vụ"), documents cited as "Kế hoạch số 64/KH-UBND ngày 06/3/2026 về …".
"""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from ..core.domain import Comparator, Metric, TaskStatus
from ..core.metrics import RATE_DEFINITIONS
from ..core.periods import CALENDAR, ND09, Period, make_period
from ..core.text import clean
from ..core.vnformat import (
    BLANK,
    EM_DASH,
    date_line,
    format_date,
    format_money_million,
    format_number,
    format_percent,
    format_ratio,
    money_in_words,
    to_roman,
)
from ..reports.model import (
    Appendix,
    Block,
    Bullet,
    Cell,
    CellLike,
    DocumentHeader,
    Heading,
    Paragraph,
    ReportDocument,
    Signer,
    Table,
)
from .report_data import (
    GroupProgress,
    HamletProgress,
    IndicatorProgress,
    ReportData,
    TaskProgress,
)

if TYPE_CHECKING:
    from .reporting import ReportRecord

_DOC_TYPE_NAMES = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "CV": "Công văn",
    "BC": "Báo cáo",
    "QC": "Quy chế",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "HD": "Hướng dẫn",
    "TTr": "Tờ trình",
    "KL": "Kết luận",
}


@dataclass
class FreeTexts:
    """Sections III–V as plain text: one paragraph per line, "- " lines are listed items."""

    difficulties: str
    directions: str
    proposals: str


# --------------------------------------------------------------------------- wording helpers


def text_date(d: date) -> str:
    """A date inside a sentence, as NĐ 30 documents write it: "06/3/2026", "16/01/2026"."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def _n(count: int) -> str:
    """A count in running text: "05 nhiệm vụ", "12", and "0" rather than "00"."""
    return f"{count:02d}" if count else "0"


def period_phrase(period: Period) -> str:
    """The period inside a sentence: "Quý III năm 2026", "tháng 3 năm 2026"."""
    if period.kind == "quarter":
        return f"Quý {to_roman(period.index)} năm {period.year}"
    if period.kind == "month":
        return f"tháng {period.index} năm {period.year}"
    if period.kind == "half":
        return f"6 tháng {'đầu' if period.index == 1 else 'cuối'} năm {period.year}"
    return f"năm {period.year}"


def next_period(period: Period) -> Period:
    if period.kind == "year":
        return make_period("year", period.year + 1, 0, windows=_windows_of(period))
    span = {"month": 12, "quarter": 4, "half": 2}[period.kind]
    year, index = (period.year + 1, 1) if period.index == span else (period.year, period.index + 1)
    return make_period(period.kind, year, index, windows=_windows_of(period))


def _windows_of(period: Period) -> str:
    return CALENDAR if period.start.day == 1 else ND09


def _lower_first(text: str) -> str:
    """ "Kiện toàn Tổ…" → "kiện toàn Tổ…"; acronyms ("UBND", "VNeID") are kept."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _sentence_case(title: str) -> str:
    """A section title written in capitals ("KHOA HỌC CÔNG NGHỆ") as a heading ("Khoa học
    công nghệ"); a title already in mixed case is kept."""
    if title != title.upper():
        return title
    lowered = title.lower()
    return lowered[:1].upper() + lowered[1:]


def _end_items(items: list[str]) -> list[str]:
    """Listed items end with ";" and the last one with "."."""
    out = []
    for i, item in enumerate(items):
        text = item.strip().rstrip(".;,")
        out.append(text + ("." if i == len(items) - 1 else ";"))
    return out


def _document_line(doc_type: str, number: str, issued_on: date | None, subject: str) -> str:
    kind = _DOC_TYPE_NAMES.get(doc_type, doc_type)
    subject = clean(subject)
    if subject.lower().startswith(kind.lower() + " "):
        subject = subject[len(kind) + 1 :]
    subject = _lower_first(subject)
    when = f" ngày {text_date(issued_on)}" if issued_on else ""
    joiner = " " if subject.startswith("về ") else " về "
    return f"{kind} số {number}{when}{joiner}{subject}"


def _plan_line(data: ReportData) -> str | None:
    plan = data.plan
    if plan is None or not plan.number:
        return None
    when = f" ngày {text_date(plan.issued_on)}" if plan.issued_on else ""
    return (
        f"Căn cứ Kế hoạch số {plan.number}{when} của Ủy ban nhân dân xã {data.commune.name} "
        f"về {_lower_first(clean(plan.title))};"
    )


def legal_basis_lines(data: ReportData) -> list[str]:
    """The "Căn cứ" lines the report may cite: the plan itself, then the plan's own bases."""
    lines = []
    own = _plan_line(data)
    if own:
        lines.append(own)
    for line in data.plan.legal_bases if data.plan else []:
        text = clean(line)
        if not text:
            continue
        if not text.lower().startswith("căn cứ"):
            text = "Căn cứ " + _lower_first(text)
        lines.append(text.rstrip(".;,") + ";")
    return lines


def _status_label(status: str) -> str:
    try:
        return TaskStatus(status).label
    except ValueError:
        return status


# --------------------------------------------------------------------------- suggestions


def suggest_texts(data: ReportData) -> FreeTexts:
    """Sections III–V as the app suggests them from the data; the officer edits them."""
    late = data.late
    off_track = [i for i in data.indicators if i.row.achieved is False]
    silent = data.silent_hamlets
    rework = [t for t in data.tasks if t.status == TaskStatus.NEEDS_REWORK]

    difficulties: list[str] = []
    if late:
        names = "; ".join(_short(t.task.content) for t in late[:3])
        more = f" và {_n(len(late) - 3)} nhiệm vụ khác" if len(late) > 3 else ""
        difficulties.append(
            f"- Còn {_n(len(late))} nhiệm vụ chưa hoàn thành theo thời hạn của Kế hoạch, "
            f"gồm: {names}{more}."
        )
    if rework:
        difficulties.append(
            f"- {_n(len(rework))} nhiệm vụ có minh chứng chưa đạt yêu cầu, đơn vị chủ trì đang "
            "bổ sung, hoàn thiện."
        )
    if off_track:
        parts = [
            f"{_lower_first(_short(i.row.name))} ({_value_text(i.row)}, kế hoạch "
            f"{_target_text(i.row)})"
            for i in off_track[:3]
        ]
        difficulties.append(
            f"- {_n(len(off_track))} chỉ tiêu chưa đạt kế hoạch, nhất là: " + "; ".join(parts) + "."
        )
    if silent:
        names = ", ".join(h.name for h in silent)
        difficulties.append(
            f"- {names} chưa gửi số liệu tuần đầy đủ, kịp thời về Ủy ban nhân dân xã."
        )
    if not difficulties:
        difficulties.append("- Các nhiệm vụ, chỉ tiêu cơ bản thực hiện đúng tiến độ.")
    difficulties.append(
        "Nguyên nhân: một số nhiệm vụ cần kinh phí đầu tư chưa được bố trí kịp thời; cán bộ "
        "phụ trách chuyển đổi số và thành viên Tổ công nghệ số cộng đồng còn kiêm nhiệm; một "
        "bộ phận người dân, nhất là người cao tuổi, chưa sử dụng thành thạo thiết bị số."
    )

    next_label = data.next_period.label if data.next_period else "kỳ tới"
    directions = []
    if late:
        directions.append(
            "- Tập trung chỉ đạo hoàn thành các nhiệm vụ chậm tiến độ, nhất là: "
            + "; ".join(_short(t.task.content) for t in late[:3])
            + ";"
        )
    if data.next_period is not None:
        upcoming = [
            t
            for t in data.tasks
            if t.task.due_date is not None
            and data.next_period.start <= t.task.due_date <= data.next_period.end
            and t.status != TaskStatus.DONE
        ]
        if upcoming:
            directions.append(
                f"- Triển khai các nhiệm vụ đến hạn trong {next_label}: "
                + "; ".join(_short(t.task.content) for t in upcoming[:4])
                + ";"
            )
    if off_track:
        directions.append(
            "- Đẩy mạnh các giải pháp nâng cao các chỉ tiêu chưa đạt: "
            + "; ".join(_lower_first(_short(i.row.name)) for i in off_track[:3])
            + ";"
        )
    directions.append(
        "- Duy trì hoạt động của Tổ công nghệ số cộng đồng các ấp; cập nhật số liệu tuần đầy "
        "đủ, đúng hạn; tiếp tục “đi từng ngõ, gõ từng nhà, hướng dẫn từng người”;"
    )
    directions.append("- Thực hiện chế độ báo cáo định kỳ đúng thời gian quy định.")
    proposals = (
        "Đề nghị Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ tỉnh quan tâm bố trí kinh phí "
        "thực hiện các nhiệm vụ đầu tư hạ tầng số của xã; tổ chức tập huấn chuyên sâu về kỹ "
        "năng số cho cán bộ xã và Tổ công nghệ số cộng đồng các ấp."
    )
    return FreeTexts("\n".join(difficulties), "\n".join(directions), proposals)


def _short(text: str, limit: int = 90) -> str:
    text = clean(text).rstrip(".;")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def free_text_blocks(text: str) -> list[Block]:
    """Free text as report blocks: "- " lines are listed items, "a) …" lines sub-headings,
    other lines paragraphs; blank lines are dropped."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = clean(raw)
        if not line:
            continue
        if line[0] in "-+•–" and len(line) > 1:
            blocks.append(Bullet(line[1:].strip()))
        elif re.match(r"^[a-zđ]\)\s", line):
            blocks.append(Heading(line, level=3))
        else:
            blocks.append(Paragraph(line))
    return blocks


# --------------------------------------------------------------------------- figures


def _plain_number(value: Decimal) -> str:
    decimals = 0 if value == value.to_integral_value() else 1
    return format_number(value, decimals)


def _target_text(row) -> str:  # type: ignore[no-untyped-def]
    """ "≥ 80%", "100%", "19 ấp", or the plan's own words for a text-only target."""
    if row.target_value is None or not row.comparator:
        return row.target_text or EM_DASH
    unit = "%" if row.unit == "%" else (f"\u00a0{row.unit}" if row.unit else "")
    # a no-break space keeps "≥ 100%" on one line in a narrow column
    prefix = "" if row.comparator == Comparator.EQUAL else f"{row.comparator}\u00a0"
    return f"{prefix}{_plain_number(row.target_value)}{unit}"


def _measured(value: Decimal, unit: str) -> str:
    if unit == "%":
        return format_percent(value, 1)
    return _plain_number(value) + (f" {unit}" if unit else "")


def _value_text(row) -> str:  # type: ignore[no-untyped-def]
    """The running figure: "25.736/36.845 (69,85%)" when counts are known, else the value."""
    if row.numerator is not None and row.denominator:
        return format_ratio(row.numerator, row.denominator)
    if row.current_value is None:
        return "Chưa có số liệu"
    return _measured(row.current_value, row.unit)


def _share_of_target(row) -> Decimal | None:  # type: ignore[no-untyped-def]
    if row.current_value is None or not row.target_value or not row.comparator:
        return None
    return Decimal(row.current_value) * 100 / Decimal(row.target_value)


def _verdict(row) -> str:  # type: ignore[no-untyped-def]
    achieved = row.achieved
    if achieved is None:
        return "Chưa đánh giá" if row.current_value is not None else EM_DASH
    return "Đạt" if achieved else "Chưa đạt"


def targets_table(data: ReportData, number: int = 1) -> Table:
    """STT | Tên chỉ tiêu | Cách tính | ĐVT | Kế hoạch | Thực hiện kỳ | Lũy kế | % KH | Đạt."""
    rows: list[list[CellLike]] = []
    for i, item in enumerate(data.indicators, start=1):
        row = item.row
        rows.append(
            [
                str(i),
                row.name,
                _method_text(row),
                row.unit or EM_DASH,
                Cell(_target_text(row), value=row.target_value),
                _period_cell(item),
                _value_text(row),
                _share_cell(row),
                _verdict(row),
            ]
        )
    return Table(
        title=f"Bảng {number}. Kết quả thực hiện các chỉ tiêu {data.period.label}",
        header=[
            [
                "STT",
                "Tên chỉ tiêu",
                "Cách tính (tử/mẫu số)",
                "ĐVT",
                "Kế hoạch",
                "Thực hiện kỳ",
                f"Lũy kế đến ngày {format_date(data.period.end)}",
                "% so kế hoạch",
                "Đạt/ Chưa đạt",
            ]
        ],
        rows=rows,
        widths=[0.06, 0.2, 0.14, 0.065, 0.09, 0.09, 0.16, 0.09, 0.085],
        align=["center", "left", "left", "center", "right", "right", "right", "right", "center"],
        font_size=10.5,
        sheet_name="Chỉ tiêu",
    )


def _method_text(row) -> str:  # type: ignore[no-untyped-def]
    """How the figure is got: the rate's numerator and denominator for a computed target, the
    source of the entered figures otherwise."""
    if row.measure == "computed" and row.method:
        return row.method
    if row.source:
        return f"Nguồn: {row.source}"
    return row.method or "Số liệu nhập theo kỳ"


def _period_cell(item: IndicatorProgress) -> Cell:
    if item.period_count is not None:
        return Cell(format_number(item.period_count), value=item.period_count)
    if item.period_value is not None:
        return Cell(_measured(item.period_value, item.row.unit), value=item.period_value)
    return Cell(EM_DASH)


def _share_cell(row) -> Cell:  # type: ignore[no-untyped-def]
    share = _share_of_target(row)
    if share is None:
        return Cell(EM_DASH)
    text = format_percent(share, 1)
    return Cell(text, value=Decimal(text.rstrip("%").replace(".", "").replace(",", ".")))


def _rate_cell(numerator: int, denominator: int | None) -> Cell:
    if not denominator:
        return Cell(EM_DASH)
    value = Decimal(numerator) * 100 / Decimal(denominator)
    text = format_percent(value, 1)
    return Cell(text, value=Decimal(text.rstrip("%").replace(".", "").replace(",", ".")))


def _count_cell(n: int) -> Cell:
    return Cell(format_number(n), value=n)


def hamlet_table(data: ReportData, number: int = 2) -> Table:
    """Per hamlet: VNeID, DVCTT and cashless households in the window, running, and rates."""
    body: list[list[CellLike]] = []
    totals_in = {m.value: 0 for m in Metric}
    totals_run = {m.value: 0 for m in Metric}
    denominators = {"population": 0, "adults": 0, "households": 0}
    for i, hamlet in enumerate(data.hamlets, start=1):
        body.append([str(i), hamlet.name, *_hamlet_cells(hamlet.in_period, hamlet.running,
                                                         _denominators(hamlet))])  # fmt: skip
        for m in Metric:
            totals_in[m.value] += hamlet.in_period[m.value]
            totals_run[m.value] += hamlet.running[m.value]
        for key in denominators:
            denominators[key] += getattr(hamlet, key) or 0
    body.append(["", Cell("Tổng cộng", bold=True),
                 *_hamlet_cells(totals_in, totals_run, denominators)])  # fmt: skip
    return Table(
        title=f"Bảng {number}. Kết quả hỗ trợ của Tổ công nghệ số cộng đồng các ấp "
        f"{data.period.label}",
        unit_note=f"Số liệu lũy kế tính đến ngày {format_date(data.period.end)}",
        header=[
            [
                Cell("STT", rowspan=2),
                Cell("Tên ấp", rowspan=2),
                Cell("Tài khoản VNeID", colspan=3),
                Cell("Hồ sơ DVCTT được hỗ trợ", colspan=3),
                Cell("Hộ thanh toán không dùng tiền mặt", colspan=3),
            ],
            ["Trong kỳ", "Lũy kế", "Tỷ lệ"] * 3,
        ],
        rows=body,
        widths=[0.062, 0.163, *([0.0861] * 9)],
        align=["center", "left", *(["right"] * 9)],  # type: ignore[list-item]
        totals_row=True,
        font_size=10.5,
        sheet_name="Các ấp",
    )


def _denominators(hamlet: HamletProgress) -> dict[str, int]:
    return {
        "population": hamlet.population or 0,
        "adults": hamlet.adults or 0,
        "households": hamlet.households or 0,
    }


def _hamlet_cells(
    in_period: dict[str, int], running: dict[str, int], denominators: dict[str, int]
) -> list[CellLike]:
    cells: list[CellLike] = []
    for metric in (Metric.VNEID, Metric.DVCTT, Metric.CASHLESS_HOUSEHOLDS):
        denominator = denominators[RATE_DEFINITIONS[metric].denominator.value]
        cells += [
            _count_cell(in_period[metric.value]),
            _count_cell(running[metric.value]),
            _rate_cell(running[metric.value], denominator),
        ]
    return cells


def _rates_note() -> str:
    parts = [
        f"{name}: {_lower_first(RATE_DEFINITIONS[metric].method)}"
        for metric, name in (
            (Metric.VNEID, "VNeID"),
            (Metric.DVCTT, "DVCTT"),
            (Metric.CASHLESS_HOUSEHOLDS, "thanh toán không dùng tiền mặt"),
        )
    ]
    return (
        "Ghi chú: lũy kế gồm số liệu đầu năm và số liệu các tuần đến hết kỳ báo cáo; tỷ lệ "
        + "; ".join(parts)
        + "."
    )


def task_appendix_table(data: ReportData) -> Table:
    """The plan's tasks with their lead unit, product, deadline, status and evidence."""
    late = {id(t) for t in data.late}
    rows: list[list[CellLike]] = []
    for group in data.groups:
        rows.append([Cell(group.code, bold=True), Cell(group.title, bold=True, colspan=6)])
        for t in group.tasks:
            status = _status_label(t.status)
            if t.status in (TaskStatus.IN_PROGRESS, TaskStatus.NEEDS_REWORK) and t.progress:
                status += f" ({t.progress}%)"
            if id(t) in late:
                status += "\nChậm tiến độ"
            rows.append(
                [
                    t.task.code,
                    t.task.content,
                    t.task.lead_unit,
                    t.task.product,
                    t.task.deadline_text,
                    status,
                    _evidence_text(t),
                ]
            )
    return Table(
        header=[
            [
                "STT",
                "Nhiệm vụ",
                "Đơn vị chủ trì",
                "Sản phẩm",
                "Thời hạn",
                "Trạng thái",
                "Minh chứng",
            ]
        ],  # fmt: skip
        rows=rows,
        widths=[0.05, 0.30, 0.15, 0.15, 0.10, 0.11, 0.14],
        align=["center", "left", "left", "left", "center", "center", "left"],
        font_size=11,
        sheet_name="Phụ lục nhiệm vụ",
    )


def _evidence_text(t: TaskProgress) -> str:
    if not t.evidence:
        return "" if t.status == TaskStatus.NOT_STARTED else "Chưa có"
    names = [e.file_name for e in t.evidence[:3]]
    more = len(t.evidence) - len(names)
    return "\n".join(names) + (f"\nvà {more} tệp khác" if more else "")


# --------------------------------------------------------------------------- the document


def _status_summary(tasks: list[TaskProgress]) -> str:
    order = [
        TaskStatus.DONE,
        TaskStatus.IN_PROGRESS,
        TaskStatus.NEEDS_REWORK,
        TaskStatus.NOT_STARTED,
        TaskStatus.PAUSED,
    ]
    parts = []
    for status in order:
        n = sum(1 for t in tasks if t.status == status)
        if n:
            parts.append(f"{status.label.lower()} {_n(n)}")
    return ", ".join(parts)


def _group_blocks(index: int, group: GroupProgress, late: set[int]) -> list[Block]:
    letter = "abcdeghiklmnopqrstuvxy"[index] if index < 22 else str(index + 1)
    blocks: list[Block] = [Heading(f"{letter}) {_sentence_case(group.title)}", level=3)]
    blocks.append(Paragraph(f"Có {_n(len(group.tasks))} nhiệm vụ: {_status_summary(group.tasks)}."))
    # a task with sub-tasks ("1" above "1.1") is told through them
    parents = {(t.task.section, t.task.parent_code) for t in group.tasks if t.task.parent_code}
    touched = [t for t in group.tasks if t.updates and (t.task.section, t.task.code) not in parents]
    if touched:
        blocks.append(Paragraph("Kết quả trong kỳ:"))
        blocks += [Bullet(text) for text in _end_items([_done_in_period(t) for t in touched])]
    else:
        blocks.append(Paragraph("Trong kỳ chưa có cập nhật kết quả mới."))
    slow = [t for t in group.tasks if id(t) in late]
    if slow:
        items = [
            f"{t.task.content.rstrip('.;')} ({t.task.lead_unit}; thời hạn "
            f"{t.task.deadline_text}; đạt {t.progress}%)"
            for t in slow
        ]
        blocks.append(Paragraph(f"Nhiệm vụ chậm tiến độ ({_n(len(slow))}):"))
        blocks += [Bullet(text) for text in _end_items(items)]
    evidence = [e for t in group.tasks for e in t.evidence]
    if evidence:
        accepted = sum(1 for e in evidence if e.review_state == "accepted")
        pending = sum(1 for e in evidence if e.review_state == "pending")
        rejected = sum(1 for e in evidence if e.review_state == "rejected")
        blocks.append(
            Paragraph(
                f"Minh chứng đã cập nhật: {_n(len(evidence))} tệp (đạt {_n(accepted)}, chờ duyệt "
                f"{_n(pending)}, không đạt {_n(rejected)})."
            )
        )
    else:
        blocks.append(Paragraph("Minh chứng đã cập nhật: chưa có."))
    return blocks


def _done_in_period(t: TaskProgress) -> str:
    """One line on what a task's updates inside the window changed.

    The progress figures say how far it went; the officer's note is added unless it only
    restates a percentage (the figures already do).
    """
    first, last = t.updates[0], t.updates[-1]
    content = f"{t.task.content.rstrip('.;')} ({t.task.lead_unit})"
    before = _progress_before(t)
    if t.status == TaskStatus.DONE:
        phrase = "đã hoàn thành"
        if t.task.product:
            phrase += f", sản phẩm: {_lower_first(t.task.product.rstrip('.;'))}"
    elif t.status == TaskStatus.NEEDS_REWORK:
        phrase = f"chờ hoàn thiện, đạt {t.progress}%"
    elif before is not None and before < t.progress:
        phrase = f"tiến độ từ {before}% lên {t.progress}%"
    else:
        phrase = f"đạt {t.progress}%"
    note = clean(last.note or first.note).rstrip(".;")
    if note and "%" not in note and note.lower() not in phrase.lower():
        phrase += f"; {_lower_first(note)}"
    return f"{content}: {phrase}"


def _progress_before(t: TaskProgress) -> int | None:
    """The progress the task had when the window opened (the first update's starting point)."""
    first = t.updates[0]
    return None if first.progress_from is None else first.progress_from


def _direction_blocks(data: ReportData) -> list[Block]:
    documents = data.documents
    plan = data.plan
    plan_ref = (
        f"Kế hoạch số {plan.number}"
        + (f" ngày {text_date(plan.issued_on)}" if plan and plan.issued_on else "")
        if plan and plan.number
        else "Kế hoạch"
    )
    if not documents:
        return [
            Paragraph(
                "Trong kỳ báo cáo, Ủy ban nhân dân xã tiếp tục chỉ đạo các phòng, ban chuyên "
                f"môn, đơn vị và các ấp tổ chức thực hiện các nhiệm vụ theo {plan_ref}."
            )
        ]
    items = [_document_line(d.doc_type, d.number, d.issued_on, d.subject) for d in documents]
    return [
        Paragraph(
            f"Trong kỳ báo cáo, Ủy ban nhân dân xã đã ban hành {_n(len(documents))} văn bản chỉ "
            f"đạo, triển khai thực hiện {plan_ref}, cụ thể:"
        ),
        *[Bullet(text) for text in _end_items(items)],
    ]


def _budget_sentence(data: ReportData) -> str:
    plan = data.plan
    if plan is None or plan.budget_total_million is None:
        return ""
    amount = Decimal(plan.budget_total_million)
    dong = int((amount * 1_000_000).to_integral_value())
    return (
        f" Tổng kinh phí theo Kế hoạch: {format_money_million(amount)} triệu đồng "
        f"(bằng chữ: {_lower_first(money_in_words(dong))})."
    )


def compose_report(
    data: ReportData,
    record: "ReportRecord",
    texts: FreeTexts,
    legal_bases: list[str],
) -> ReportDocument:
    """The periodic report: the record's choices around the period's figures (no I/O)."""
    period = data.period
    budget = _budget_sentence(data)
    commune = data.commune
    body_name = f"Ủy ban nhân dân xã {commune.name}"
    phrase = period_phrase(period)
    year = record.number_year or (record.report_date.year if record.report_date else period.year)
    if record.report_date is not None:
        place_date = date_line(commune.place_name, record.report_date)
    else:
        place_date = date_line(commune.place_name, None, year=year)
    tasks = data.tasks
    late = {id(t) for t in data.late}
    done = sum(1 for t in tasks if t.status == TaskStatus.DONE)
    judged = [i for i in data.indicators if i.row.achieved is not None]
    achieved = sum(1 for i in judged if i.row.achieved)
    totals = {m: sum(h.in_period[m.value] for h in data.hamlets) for m in Metric}

    body: list[Block] = [Heading("I. Công tác chỉ đạo, điều hành"), *_direction_blocks(data)]
    body += [
        Heading("II. Kết quả thực hiện"),
        Heading("1. Kết quả thực hiện các nhiệm vụ", level=2),
    ]
    if tasks:
        share = format_percent(Decimal(done) * 100 / len(tasks), 1)
        body.append(
            Paragraph(
                f"Tính đến ngày {text_date(period.end)}, trong tổng số {_n(len(tasks))} nhiệm vụ "
                f"của Kế hoạch: {_status_summary(tasks)} nhiệm vụ (tỷ lệ hoàn thành {share}); "
                f"{_n(len(late))} nhiệm vụ chậm tiến độ so với thời hạn (chi tiết tại Phụ lục "
                f"kèm theo).{budget}"
            )
        )
        for index, group in enumerate(data.groups):
            body += _group_blocks(index, group, late)
    else:
        body.append(Paragraph("Chưa có kế hoạch, nhiệm vụ để báo cáo."))
    body += [
        Heading("2. Kết quả thực hiện các chỉ tiêu", level=2),
        Paragraph(
            f"Tính đến ngày {text_date(period.end)}, có {_n(achieved)}/{_n(len(data.indicators))} "
            f"chỉ tiêu đạt kế hoạch, {_n(len(judged) - achieved)} chỉ tiêu chưa đạt, "
            f"{_n(len(data.indicators) - len(judged))} chỉ tiêu chưa có số liệu hoặc chưa đánh "
            "giá được, cụ thể như sau:"
        ),
        targets_table(data, 1),
        Heading("3. Kết quả hoạt động của Tổ công nghệ số cộng đồng", level=2),
        Paragraph(
            f"Trong kỳ, Tổ công nghệ số cộng đồng {_n(len(data.hamlets))} ấp đã tổ chức "
            f"{format_number(totals[Metric.OUTREACH_SESSIONS])} buổi tuyên truyền, tiếp cận "
            f"{format_number(totals[Metric.PEOPLE_REACHED])} lượt người; hướng dẫn "
            f"{format_number(totals[Metric.VNEID])} người đăng ký tài khoản định danh điện tử, "
            f"hỗ trợ {format_number(totals[Metric.DVCTT])} hồ sơ dịch vụ công trực tuyến, vận "
            f"động {format_number(totals[Metric.CASHLESS_HOUSEHOLDS])} hộ mới sử dụng thanh "
            "toán không dùng tiền mặt, cụ thể như sau:"
        ),
        hamlet_table(data, 2),
        Paragraph(_rates_note()),
        Heading("III. Tồn tại, hạn chế, nguyên nhân"),
        *free_text_blocks(texts.difficulties),
        Heading(
            f"IV. Phương hướng, nhiệm vụ {data.next_period.label}"
            if data.next_period
            else "IV. Phương hướng, nhiệm vụ kỳ tới"
        ),
        *free_text_blocks(texts.directions),
        Heading("V. Đề xuất, kiến nghị"),
        *free_text_blocks(texts.proposals),
        Paragraph(
            "Trên đây là báo cáo kết quả thực hiện Kế hoạch phát triển khoa học, công nghệ, "
            f"đổi mới sáng tạo và chuyển đổi số {phrase} của {body_name}."
        ),
    ]
    number_part = record.number_text.removeprefix("Số:").strip()
    when = text_date(record.report_date) if record.report_date else f"{BLANK}/{year}"
    recipients = [r if r.startswith("-") else f"- {r}" for r in record.recipients]
    if not any("Lưu" in r for r in recipients):
        recipients.append(f"- Lưu: VT, {commune.office_unit_short}.")
    return ReportDocument(
        header=DocumentHeader(
            issuing_body=commune.issuing_body,
            parent_body=commune.parent_body or None,
            number_text=record.number_text,
            place_date_line=place_date,
            title="BÁO CÁO",
            subtitle=(
                "Kết quả thực hiện Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo\n"
                f"và chuyển đổi số {phrase}"
            ),
        ),
        signer=Signer(
            authority=record.signer_authority,
            title=record.signer_title,
            name=record.signer_name,
        ),
        legal_bases=legal_bases,
        intro=(
            f"{body_name} báo cáo kết quả thực hiện {phrase} (số liệu tính từ ngày "
            f"{text_date(period.start)} đến ngày {text_date(period.end)}) như sau:"
        ),
        body=body,
        recipients=recipients,
        appendices=[
            Appendix(
                title="PHỤ LỤC",
                subtitle=f"Danh mục nhiệm vụ và tình hình thực hiện {phrase}",
                note=f"(Kèm theo Báo cáo số {number_part} ngày {when} của {body_name})",
                tables=[task_appendix_table(data)],
                orientation="landscape",
            )
        ]
        if tasks
        else [],
    )


def texts_for(record: "ReportRecord", data: ReportData) -> FreeTexts:
    suggested = suggest_texts(data)
    return FreeTexts(
        record.difficulties if record.difficulties is not None else suggested.difficulties,
        record.directions if record.directions is not None else suggested.directions,
        record.proposals if record.proposals is not None else suggested.proposals,
    )
