"""The monthly sheet of a hamlet's Tổ công nghệ số cộng đồng: one page per hamlet.

It carries the month's counts week by week (with each week's state), the team's activities
of the month and the hamlet's running rates, laid out as a short report of the team to the
commune (same writers, same NĐ 30 layout as the periodic report), signed by the team leader.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlmodel import Session, col, select

from ..core.domain import ActivityKind, KehoachError, Metric, WeekState
from ..core.metrics import RATE_DEFINITIONS, rate
from ..core.periods import Period, parse_period, week_end, week_start, weeks_between
from ..core.text import fold
from ..core.vnformat import date_line, format_date, format_number, format_percent
from ..db.models import CommunityTeam, Hamlet, HamletWeek, TeamMember, WeeklyCount
from ..db.raw import raw_connection
from ..reports.model import (
    Block,
    Cell,
    CellLike,
    DocumentHeader,
    Heading,
    Paragraph,
    ReportDocument,
    Signer,
    Table,
)
from .report_content import text_date
from .report_data import MonthActivity, commune_info, month_activities, window_weeks
from .reporting import get_report_settings
from .store import Store
from .tracking import hamlet_figures

Progress = Callable[[int, int, str], None]

# (metric, column header) of the weekly table, in order
WEEK_COLUMNS = [
    (Metric.VNEID, "Đăng ký VNeID"),
    (Metric.VNEID_LEVEL2, "VNeID mức 2"),
    (Metric.DVCTT, "Hồ sơ DVCTT"),
    (Metric.CASHLESS_HOUSEHOLDS, "Hộ mới TT không tiền mặt"),
    (Metric.OUTREACH_SESSIONS, "Buổi tuyên truyền"),
    (Metric.PEOPLE_REACHED, "Lượt người tiếp cận"),
]


@dataclass
class HamletMonth:
    """One hamlet's month, as plain data."""

    name: str
    leader: str
    decision: str
    weeks: list[tuple[str, dict[str, int], str]]  # (week, counts, state label)
    activities: list[MonthActivity]
    running: dict[str, int]
    population: int | None
    adults: int | None
    households: int | None


def _month(period_code: str, windows: str | None, store: Store) -> Period:
    windows = windows or get_report_settings(store).windows
    period = parse_period(period_code, windows=windows)
    if period.kind != "month":
        raise KehoachError(
            f"Phiếu tháng của Tổ công nghệ số cộng đồng cần một tháng (ví dụ 2026-03), "
            f"không phải “{period_code}”."
        )
    return period


def _pick_hamlets(session: Session, name: str | None) -> list[Hamlet]:
    hamlets = list(
        session.exec(
            select(Hamlet).where(col(Hamlet.deleted).is_(False)).order_by(col(Hamlet.sort_order))
        )
    )
    if not hamlets:
        raise KehoachError("Chưa có ấp nào trong kho dữ liệu.")
    if name is None:
        return hamlets
    wanted = fold(name)
    found = [h for h in hamlets if fold(h.name) == wanted or (h.code and fold(h.code) == wanted)]
    if not found:
        # "Phú Lâm" for "Ấp Phú Lâm"
        found = [h for h in hamlets if fold(h.name).endswith(wanted) and wanted]
    if len(found) != 1:
        names = ", ".join(h.name for h in hamlets)
        raise KehoachError(f"Không tìm thấy ấp “{name}”. Các ấp: {names}.")
    return found


def load_hamlet_months(
    store: Store, period: Period, hamlet: str | None = None
) -> list[HamletMonth]:
    """The month's figures of one hamlet (by name or code) or of every hamlet."""
    first_week, last_week = window_weeks(period)
    with store.session() as session:
        hamlets = _pick_hamlets(session, hamlet)
        weeks = _weeks_of(first_week, last_week)
        running_all = hamlet_figures(raw_connection(session), period.end)
        result = []
        for h in hamlets:
            counts = count_totals_by_week(session, h.id, first_week, last_week)
            states = {
                w.week: w.state
                for w in session.exec(
                    select(HamletWeek).where(
                        HamletWeek.hamlet_id == h.id,
                        col(HamletWeek.week) >= first_week,
                        col(HamletWeek.week) <= last_week,
                    )
                )
            }
            figures = running_all.get(h.id)
            running = {m.value: figures.totals.get(m.value, 0) if figures else 0 for m in Metric}
            leader, decision = _team(session, h.id)
            result.append(
                HamletMonth(
                    name=h.name,
                    leader=leader,
                    decision=decision,
                    weeks=[
                        (
                            week,
                            counts.get(week, {}),
                            WeekState(states[week]).label if week in states else "Chưa nhập",
                        )
                        for week in weeks
                    ],
                    activities=month_activities(session, h.id, period.start, period.end),
                    running=running,
                    population=figures.figure("population") if figures else None,
                    adults=figures.figure("adults") if figures else None,
                    households=figures.figure("households") if figures else None,
                )
            )
    return result


def _weeks_of(first: str, last: str) -> list[str]:
    return weeks_between(week_start(first), week_start(last))


def count_totals_by_week(
    session: Session, hamlet_id: str, first_week: str, last_week: str
) -> dict[str, dict[str, int]]:
    """week → metric → value for one hamlet between two weeks (both included)."""
    result: dict[str, dict[str, int]] = {}
    for row in session.exec(
        select(WeeklyCount).where(
            WeeklyCount.hamlet_id == hamlet_id,
            col(WeeklyCount.week) >= first_week,
            col(WeeklyCount.week) <= last_week,
            col(WeeklyCount.deleted).is_(False),
        )
    ):
        result.setdefault(row.week, {})[row.metric] = row.value
    return result


def _team(session: Session, hamlet_id: str) -> tuple[str, str]:
    """The team leader's name and the decision that set the team up."""
    team = session.exec(
        select(CommunityTeam).where(
            CommunityTeam.hamlet_id == hamlet_id, col(CommunityTeam.deleted).is_(False)
        )
    ).first()
    if team is None:
        return "", ""
    members = list(
        session.exec(
            select(TeamMember).where(
                TeamMember.team_id == team.id, col(TeamMember.deleted).is_(False)
            )
        )
    )
    leader = next((m for m in members if fold(m.role).startswith("totruong")), None)
    decision = team.decision_number
    if decision and team.decision_date:
        decision += f" ngày {text_date(team.decision_date)}"
    return (leader.name if leader else ""), decision


def _week_label(week: str) -> str:
    """The days of a week code, Monday to Sunday: "2026-W10" → "02/03–08/03"."""
    start, end = week_start(week), week_end(week)
    return f"{start:%d/%m}–{end:%d/%m}"


def _week_table(month: HamletMonth, end: date) -> Table:
    """The month's weeks, the month's total, and the running figures with their rates."""
    rows: list[list[CellLike]] = []
    totals = {m.value: 0 for m, _ in WEEK_COLUMNS}
    for week, counts, state in month.weeks:
        cells: list[CellLike] = [_week_label(week)]
        for metric, _header in WEEK_COLUMNS:
            value = counts.get(metric.value, 0)
            totals[metric.value] += value
            cells.append(Cell(format_number(value), value=value))
        cells.append(state)
        rows.append(cells)
    rows.append(
        [Cell("Cộng tháng", bold=True)]
        + [
            Cell(format_number(totals[m.value]), value=totals[m.value], bold=True)
            for m, _ in WEEK_COLUMNS
        ]
        + [""]
    )
    running: list[CellLike] = [Cell(f"Lũy kế đến {text_date(end)}", bold=True)]
    for metric, _header in WEEK_COLUMNS:
        definition = RATE_DEFINITIONS.get(metric)
        if definition is None:
            running.append("")
            continue
        denominator = getattr(month, definition.denominator.value)
        numerator = month.running[metric.value]
        share = rate(numerator, denominator)
        rate_text = f"({format_percent(share, 1)})" if share is not None else ""
        running.append(Cell(f"{format_number(numerator)}\n{rate_text}".strip(), value=numerator))
    running.append(Cell("Tỷ lệ trên dân số, người trưởng thành, số hộ", align="center"))
    rows.append(running)
    return Table(
        header=[["Tuần (thứ Hai – Chủ nhật)", *[h for _, h in WEEK_COLUMNS], "Trạng thái số liệu"]],
        rows=rows,
        widths=[0.15, 0.11, 0.1, 0.11, 0.13, 0.1, 0.13, 0.17],
        align=["center", "right", "right", "right", "right", "right", "right", "center"],
        font_size=10.5,
        sheet_name="Số liệu tuần",
    )


def _activity_table(month: HamletMonth) -> Table:
    rows: list[list[CellLike]] = []
    for a in month.activities:
        try:
            kind = ActivityKind(a.kind).label
        except ValueError:
            kind = a.kind
        feedback = a.feedback or ""
        if feedback:
            feedback = feedback.rstrip(".") + (
                " (đã chuyển xã)." if a.feedback_forwarded else " (chưa chuyển xã)."
            )
        rows.append(
            [
                f"{format_date(a.on)}\n{kind}",
                a.description + (f" ({a.place})" if a.place else ""),
                Cell(format_number(a.people_reached), value=a.people_reached),
                feedback,
            ]
        )
    if not rows:
        rows.append([Cell("Trong tháng chưa ghi nhật ký hoạt động.", colspan=4, align="center")])
    return Table(
        header=[["Ngày, hình thức", "Nội dung, địa điểm", "Số người", "Ý kiến người dân"]],
        rows=rows,
        widths=[0.18, 0.41, 0.08, 0.33],
        align=["left", "left", "right", "left"],
        font_size=10,
        sheet_name="Hoạt động",
    )


def build_hamlet_sheet(
    month: HamletMonth,
    period: Period,
    commune_name: str,
    place: str,
    on: date,
    office: str,
) -> ReportDocument:
    """One hamlet's monthly sheet."""
    month_words = f"tháng {period.index} năm {period.year}"
    body: list[Block] = [
        Heading(
            f"1. Số liệu theo tuần (từ ngày {text_date(period.start)} đến ngày "
            f"{text_date(period.end)})",
            level=2,
        ),
        _week_table(month, period.end),
        Heading(f"2. Hoạt động trong tháng ({len(month.activities):02d} hoạt động)", level=2),
        _activity_table(month),
        Paragraph("Kính báo cáo Ủy ban nhân dân xã."),
    ]
    return ReportDocument(
        header=DocumentHeader(
            parent_body=f"Ủy ban nhân dân xã {commune_name}",
            issuing_body=f"Tổ công nghệ số\ncộng đồng\n{month.name}",
            number_text="",
            place_date_line=date_line(place, on),
            title="BÁO CÁO",
            subtitle=f"Kết quả hoạt động {month_words}",
        ),
        signer=Signer(authority="", title="TỔ TRƯỞNG", name=month.leader),
        body=body,
        recipients=[f"- UBND xã {commune_name} (Phòng {office});", "- Lưu: Tổ CNSCĐ."],
    )


def build_hamlet_sheets(
    store: Store,
    period_code: str,
    hamlet: str | None = None,
    windows: str | None = None,
    on: date | None = None,
) -> list[ReportDocument]:
    """The monthly sheets of ``period_code`` ("2026-03"): every hamlet, or the one named."""
    period = _month(period_code, windows, store)
    with store.session() as session:
        commune = commune_info(session)
    if commune is None:
        raise KehoachError("Kho dữ liệu chưa có thông tin xã.")
    office = "Văn hóa - Xã hội" if commune.office_unit_short == "VHXH" else "chuyên môn"
    months = load_hamlet_months(store, period, hamlet)
    on = on or period.end
    return [
        build_hamlet_sheet(m, period, commune.name, commune.place_name, on, office) for m in months
    ]


def write_hamlet_sheets(
    store: Store,
    period_code: str,
    path: str | Path,
    hamlet: str | None = None,
    progress: Progress | None = None,
    windows: str | None = None,
    on: date | None = None,
) -> Path:
    """Write the monthly sheets as one PDF (one page per hamlet); returns the path."""
    from ..reports.pdf import write_pdf_documents

    docs = build_hamlet_sheets(store, period_code, hamlet, windows, on)
    period = _month(period_code, windows, store)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    created = datetime.combine(on or period.end, time(8, 0))
    try:
        write_pdf_documents(docs, path, progress, created)
    except OSError as exc:
        raise KehoachError(f"Không ghi được tệp {path}: {exc.strerror or exc}") from exc
    return path


def hamlet_names(store: Store) -> list[str]:
    """The hamlets' names in their order, for choosing one sheet."""
    with store.session() as session:
        return [h.name for h in _pick_hamlets(session, None)]
