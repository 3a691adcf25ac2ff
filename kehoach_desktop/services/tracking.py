"""Field data: hamlet weekly counts, the week workflow, dated denominators and baselines.

- A count is one value per (hamlet, ISO week, metric): setting it again replaces the value,
  clearing it leaves a tombstone that a later value revives — never a second row.
- A week moves draft → submitted → accepted (locked) or returned with a comment; an accepted
  week is unlocked only with a reason. Every move is kept in ``hamlet_week_event``.
- Denominators (population, adults, households) and baselines (VNeID accounts, cashless
  households before logging began) are dated; each field is read from the newest figure on or
  before the day asked that has it, so a later population count does not hide an older
  baseline. A running total is the baseline plus the counts logged in the weeks after its date.

The reads the main window shows at start-up (hamlets, running totals, report deadlines) are
plain sqlite3 on a connection (``Store.read``, or ``db.raw.raw_connection`` of a session), and
the writes import the ORM where they need it: loading this module loads no ORM.
"""

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ..core.counts import (  # noqa: F401 - parse_* are part of this service's interface
    check_count,
    default_week,
    parse_assignments,
    parse_count,
    parse_metric,
    shift_week,
    week_label,
)
from ..core.domain import KehoachError, Metric, WeekState
from ..core.metrics import RATE_DEFINITIONS
from ..core.periods import iso_week, parse_week, week_end, week_start
from ..core.text import clean, fold
from ..core.vnformat import format_date
from ..core.warnings import ReportDeadlines
from ..db.raw import raw_connection
from .store import Store

if TYPE_CHECKING:
    from sqlmodel import Session

    from ..db.models import HamletFigure, HamletWeek

#: The dated figures of a hamlet: denominators first, then the baselines of running totals.
FIGURE_FIELDS = ("population", "adults", "households", "vneid_accounts", "cashless_households")
FIGURE_LABELS = {
    "population": "dân số",
    "adults": "dân số trưởng thành",
    "households": "số hộ",
    "vneid_accounts": "số người đã có tài khoản VNeID",
    "cashless_households": "số hộ đã thanh toán không dùng tiền mặt",
}
METRICS = list(Metric)
EDITABLE_STATES = {WeekState.DRAFT, WeekState.SUBMITTED, WeekState.RETURNED}


# ----------------------------------------------------------------------------- lookups


def local_time(moment: datetime) -> datetime:
    """A stored time (naive UTC) in the computer's time zone, for display."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _week_code(text: str) -> str:
    year, week = parse_week(text)
    return f"{year}-W{week:02d}"


class HamletRow(NamedTuple):
    """A hamlet as the services look it up (``db.models.Hamlet``)."""

    id: str
    name: str
    code: str
    sort_order: int


def live_hamlets(conn: sqlite3.Connection) -> list[HamletRow]:
    """The hamlets of the commune (not deleted), in their order."""
    return [
        HamletRow(*row)
        for row in conn.execute(
            "SELECT id, name, code, sort_order FROM hamlet WHERE deleted IS 0 ORDER BY sort_order"
        )
    ]


def find_hamlet(session: "Session", name: str) -> HamletRow:
    """The hamlet a user means by ``name``: its name or code, any case or accents.

    "Ấp Phú Lâm", "ap phu lam", "Phú Lâm" and its code "A08" all find Ấp Phú Lâm; "1" finds
    "Ấp 1". Unknown or ambiguous names raise :class:`KehoachError` listing the hamlets.
    """
    key = fold(name)
    hamlets = live_hamlets(raw_connection(session))
    if not key:
        raise KehoachError("Thiếu tên ấp (--hamlet).")
    exact = [h for h in hamlets if fold(h.name) == key or (h.code and fold(h.code) == key)]
    if not exact:
        exact = [h for h in hamlets if fold(h.name) in (f"ap{key}", f"thon{key}")]
    if len(exact) == 1:
        return exact[0]
    names = ", ".join(h.name for h in hamlets[:25]) or "(chưa có ấp nào)"
    if not exact:
        raise KehoachError(f"Không có ấp “{clean(name)}”. Các ấp hiện có: {names}.")
    raise KehoachError(
        f"“{clean(name)}” trùng với nhiều ấp: {', '.join(h.name for h in exact)}; ghi rõ tên."
    )


# ----------------------------------------------------------------------------- counts


@dataclass
class CountCell:
    hamlet: str
    week: str
    metric: str
    value: int
    state: str

    def to_json(self) -> dict[str, object]:
        return {
            "hamlet": self.hamlet,
            "week": self.week,
            "metric": self.metric,
            "value": self.value,
            "state": self.state,
        }


def _weeks(session: "Session", hamlet_ids: Iterable[str], week: str) -> dict[str, "HamletWeek"]:
    from sqlmodel import col, select

    from ..db.models import HamletWeek

    ids = list(hamlet_ids)
    return {
        w.hamlet_id: w
        for w in session.exec(
            select(HamletWeek).where(col(HamletWeek.hamlet_id).in_(ids), HamletWeek.week == week)
        )
    }


def _locked_message(hamlet: HamletRow, week: str) -> str:
    return (
        f"Tuần {week} của {hamlet.name} đã được duyệt (khóa), không sửa được số liệu. Muốn sửa, "
        f'mở khóa kèm lý do: kehoach week unlock --hamlet "{hamlet.name}" --week {week} '
        '--note "lý do".'
    )


def _check_not_future(week: str, today: date) -> None:
    if week_start(week) > today:
        raise KehoachError(
            f"Tuần {week_label(week)} chưa bắt đầu (hôm nay {format_date(today)}); "
            "không nhập số liệu cho tuần sau."
        )


def write_week_counts(
    session: "Session",
    week: str,
    cells: Mapping[str, Mapping[Metric, int | None]],
    today: date,
) -> int:
    """Write counts of one week for several hamlets inside ``session``; return cells changed.

    ``cells`` maps a hamlet id to {metric: value or None (clear)}. Refuses accepted weeks and
    future weeks before writing anything. A hamlet's week row is created (draft) if needed.
    """
    from sqlmodel import col, select

    from ..db.models import HamletWeek, WeeklyCount

    week = _week_code(week)
    _check_not_future(week, today)
    hamlets = {h.id: h for h in live_hamlets(raw_connection(session))}
    for hamlet_id, values in cells.items():
        hamlet = hamlets.get(hamlet_id)
        if hamlet is None:
            raise KehoachError(f"Không tìm thấy ấp (mã {hamlet_id}).")
        for metric, value in values.items():
            if value is not None:
                check_count(value, f"{hamlet.name}, tuần {week}, {Metric(metric).label}")
    weeks = _weeks(session, cells, week)
    for hamlet_id in cells:
        state = weeks[hamlet_id].state if hamlet_id in weeks else WeekState.DRAFT
        if state == WeekState.ACCEPTED:
            raise KehoachError(_locked_message(hamlets[hamlet_id], week))
    existing = {
        (c.hamlet_id, c.metric): c
        for c in session.exec(
            select(WeeklyCount).where(
                col(WeeklyCount.hamlet_id).in_(list(cells)), WeeklyCount.week == week
            )
        )
    }
    changed = 0
    for hamlet_id, values in cells.items():
        if not values:
            continue
        if hamlet_id not in weeks and any(v is not None for v in values.values()):
            row = HamletWeek(hamlet_id=hamlet_id, week=week, state=WeekState.DRAFT.value)
            session.add(row)
            weeks[hamlet_id] = row
        for metric, value in values.items():
            metric = Metric(metric)
            cell = existing.get((hamlet_id, metric.value))
            if value is None:
                if cell is not None and not cell.deleted:
                    cell.deleted = True
                    session.add(cell)
                    changed += 1
            elif cell is None:
                session.add(
                    WeeklyCount(hamlet_id=hamlet_id, week=week, metric=metric.value, value=value)
                )
                changed += 1
            elif cell.deleted or cell.value != value:
                cell.value, cell.deleted = value, False
                session.add(cell)
                changed += 1
    return changed


def set_week_counts(
    store: Store,
    week: str,
    cells: Mapping[str, Mapping[Metric, int | None]],
    today: date | None = None,
) -> int:
    """Write one week's counts for several hamlets (the weekly grid) in one transaction.

    All or nothing: one locked hamlet or one bad value and nothing is written.
    """
    with store.session() as session:
        return write_week_counts(session, week, cells, today or date.today())


def set_counts(
    store: Store,
    hamlet: str,
    week: str,
    values: Mapping[Metric, int | None],
    today: date | None = None,
) -> list[CountCell]:
    """`kehoach counts set`: one hamlet's counts for one week; returns that week's cells."""
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        write_week_counts(session, week, {found.id: values}, today or date.today())
        hamlet_id = found.id
    return list_counts(store, hamlet_id=hamlet_id, week=week)


def list_counts(
    store: Store,
    hamlet: str | None = None,
    week: str | None = None,
    hamlet_id: str | None = None,
) -> list[CountCell]:
    """The stored cells, by hamlet order, week and metric; optionally one hamlet / one week."""
    from sqlmodel import col, select

    from ..db.models import HamletWeek, WeeklyCount

    with store.session() as session:
        hamlets = {h.id: h for h in live_hamlets(raw_connection(session))}
        if hamlet:
            hamlet_id = find_hamlet(session, hamlet).id
        query = select(WeeklyCount).where(col(WeeklyCount.deleted).is_(False))
        states_query = select(HamletWeek)
        if hamlet_id:
            query = query.where(WeeklyCount.hamlet_id == hamlet_id)
            states_query = states_query.where(HamletWeek.hamlet_id == hamlet_id)
        if week:
            week = _week_code(week)
            query = query.where(WeeklyCount.week == week)
            states_query = states_query.where(HamletWeek.week == week)
        states = {(w.hamlet_id, w.week): w.state for w in session.exec(states_query)}
        order = {m.value: i for i, m in enumerate(METRICS)}
        cells = [
            CountCell(
                hamlet=hamlets[c.hamlet_id].name,
                week=c.week,
                metric=c.metric,
                value=c.value,
                state=states.get((c.hamlet_id, c.week), WeekState.DRAFT.value),
            )
            for c in session.exec(query)
            if c.hamlet_id in hamlets
        ]
        position = {h.name: h.sort_order for h in hamlets.values()}
        cells.sort(key=lambda c: (position[c.hamlet], c.week, order.get(c.metric, 99)))
        return cells


# ----------------------------------------------------------------------------- the week workflow

_ACTIONS = {
    # action: (states it may start from, state it leads to, past-tense verb)
    "submit": ({WeekState.DRAFT, WeekState.RETURNED}, WeekState.SUBMITTED, "gửi"),
    "accept": ({WeekState.SUBMITTED}, WeekState.ACCEPTED, "duyệt"),
    "return": ({WeekState.SUBMITTED}, WeekState.RETURNED, "trả lại"),
    "unlock": ({WeekState.ACCEPTED}, WeekState.SUBMITTED, "mở khóa"),
}
ACTION_LABELS = {"submit": "Gửi", "accept": "Duyệt", "return": "Trả lại", "unlock": "Mở khóa"}


@dataclass
class WeekStateChange:
    hamlet: str
    week: str
    state_from: str
    state_to: str
    note: str

    def to_json(self) -> dict[str, object]:
        return {
            "hamlet": self.hamlet,
            "week": self.week,
            "state_from": self.state_from,
            "state": self.state_to,
            "note": self.note,
        }


def _refusal(action: str, hamlet: HamletRow, week: str, state: str | None) -> str:
    verb = _ACTIONS[action][2]
    if state is None:
        return f"Tuần {week} của {hamlet.name} chưa có số liệu nào; nhập số liệu trước khi {verb}."
    label = WeekState(state).label.lower()
    hints = {
        "submit": "chỉ gửi được tuần đang nháp hoặc bị trả lại",
        "accept": "chỉ duyệt được tuần đã gửi",
        "return": "chỉ trả lại được tuần đã gửi",
        "unlock": "chỉ mở khóa được tuần đã duyệt",
    }
    return (
        f"Không {verb} được tuần {week} của {hamlet.name}: tuần đang ở trạng thái “{label}” "
        f"({hints[action]})."
    )


def change_week_state(
    store: Store,
    action: str,
    week: str,
    hamlet_ids: list[str] | None = None,
    hamlet_names: list[str] | None = None,
    note: str = "",
    author: str = "",
) -> list[WeekStateChange]:
    """Submit, accept, return or unlock a week for one or more hamlets, all or none.

    Returning needs a comment and unlocking a reason (``note``); both are logged with the
    author and time in the week's history.
    """
    from sqlmodel import col, select

    from ..db.models import WeeklyCount, utcnow
    from ..db.tracking_models import HamletWeekEvent

    if action not in _ACTIONS:
        raise KehoachError(f"Thao tác không hợp lệ: {action}.")
    allowed, target, verb = _ACTIONS[action]
    note = clean(note)
    if action == "return" and not note:
        raise KehoachError("Trả lại tuần cần ghi rõ lý do (--note) để ấp biết cần sửa gì.")
    if action == "unlock" and not note:
        raise KehoachError("Mở khóa tuần đã duyệt cần ghi lý do (--note); lý do được lưu lại.")
    week = _week_code(week)
    changes = []
    with store.session() as session:
        hamlets = [find_hamlet(session, n) for n in hamlet_names or []]
        by_id = {h.id: h for h in live_hamlets(raw_connection(session))}
        for hamlet_id in hamlet_ids or []:
            if hamlet_id not in by_id:
                raise KehoachError(f"Không tìm thấy ấp (mã {hamlet_id}).")
            hamlets.append(by_id[hamlet_id])
        if not hamlets:
            raise KehoachError("Chưa chọn ấp nào.")
        weeks = _weeks(session, [h.id for h in hamlets], week)
        if action == "submit":
            with_counts = {
                c.hamlet_id
                for c in session.exec(
                    select(WeeklyCount).where(
                        col(WeeklyCount.hamlet_id).in_([h.id for h in hamlets]),
                        WeeklyCount.week == week,
                        col(WeeklyCount.deleted).is_(False),
                    )
                )
            }
        for hamlet in hamlets:
            row = weeks.get(hamlet.id)
            state = row.state if row is not None else None
            if row is None or WeekState(row.state) not in allowed:
                raise KehoachError(_refusal(action, hamlet, week, state))
            if action == "submit" and hamlet.id not in with_counts:
                raise KehoachError(_refusal(action, hamlet, week, None))
        now = utcnow()
        for hamlet in hamlets:
            row = weeks[hamlet.id]
            before = row.state
            row.state = target.value
            row.comment = note
            if action == "submit":
                row.submitted_at = now
            elif action == "accept":
                row.accepted_at = now
            elif action == "unlock":
                row.accepted_at = None
            session.add(row)
            session.add(
                HamletWeekEvent(
                    hamlet_week_id=row.id,
                    action=action,
                    state_from=before,
                    state_to=target.value,
                    at=now,
                    author=clean(author),
                    note=note,
                )
            )
            changes.append(WeekStateChange(hamlet.name, week, before, target.value, note))
    return changes


def last_submitted_weeks(conn: sqlite3.Connection, up_to_week: str) -> dict[str, str]:
    """Each hamlet's latest week up to ``up_to_week`` that it sent (submitted or accepted)."""
    return dict(
        conn.execute(
            "SELECT hamlet_id, max(week) FROM hamlet_week WHERE state IN (?, ?) AND week <= ? "
            "AND deleted IS 0 GROUP BY hamlet_id",
            (WeekState.SUBMITTED.value, WeekState.ACCEPTED.value, up_to_week),
        ).fetchall()
    )


@dataclass
class WeekEventRow:
    action: str
    state_from: str
    state_to: str
    at: datetime
    author: str
    note: str

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def week_history(store: Store, hamlet: str, week: str) -> list[WeekEventRow]:
    """Every move of a hamlet's week, oldest first."""
    from sqlmodel import col, select

    from ..db.tracking_models import HamletWeekEvent

    week = _week_code(week)
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        row = _weeks(session, [found.id], week).get(found.id)
        if row is None:
            return []
        return [
            WeekEventRow(e.action, e.state_from, e.state_to, e.at, e.author, e.note)
            for e in session.exec(
                select(HamletWeekEvent)
                .where(HamletWeekEvent.hamlet_week_id == row.id)
                .order_by(col(HamletWeekEvent.at), col(HamletWeekEvent.change_seq))
            )
        ]


# ----------------------------------------------------------------------------- the weekly grid


@dataclass
class WeekGridRow:
    hamlet_id: str
    hamlet: str
    state: str | None  # None: nothing entered yet
    comment: str
    values: dict[str, int | None]

    @property
    def locked(self) -> bool:
        return self.state == WeekState.ACCEPTED

    @property
    def state_label(self) -> str:
        if self.state is None:
            return "Chưa nhập"
        label = WeekState(self.state).label
        return f"{label} (khóa)" if self.locked else label


@dataclass
class WeekGrid:
    week: str
    label: str
    start: date
    end: date
    rows: list[WeekGridRow]
    is_future: bool = False
    metrics: list[str] = field(default_factory=lambda: [m.value for m in METRICS])

    def totals(self) -> dict[str, int]:
        return {m: sum(r.values.get(m) or 0 for r in self.rows) for m in self.metrics}


def load_week_grid(store: Store, week: str, today: date | None = None) -> WeekGrid:
    """Hamlets × metrics for one week, with each hamlet's state of that week."""
    from sqlmodel import col, select

    from ..db.models import WeeklyCount

    week = _week_code(week)
    today = today or date.today()
    with store.session() as session:
        hamlets = live_hamlets(raw_connection(session))
        weeks = _weeks(session, [h.id for h in hamlets], week)
        values: dict[str, dict[str, int | None]] = {h.id: {} for h in hamlets}
        for cell in session.exec(
            select(WeeklyCount).where(WeeklyCount.week == week, col(WeeklyCount.deleted).is_(False))
        ):
            if cell.hamlet_id in values:
                values[cell.hamlet_id][cell.metric] = cell.value
        rows = [
            WeekGridRow(
                hamlet_id=h.id,
                hamlet=h.name,
                state=weeks[h.id].state if h.id in weeks else None,
                comment=weeks[h.id].comment if h.id in weeks else "",
                values={m.value: values[h.id].get(m.value) for m in METRICS},
            )
            for h in hamlets
        ]
    return WeekGrid(
        week=week,
        label=week_label(week),
        start=week_start(week),
        end=week_end(week),
        rows=rows,
        is_future=week_start(week) > today,
    )


# ----------------------------------------------------------------------------- dated figures


@dataclass(frozen=True)
class FigureValue:
    """One dated figure: a denominator or a baseline, with its date and source."""

    value: int
    as_of: date
    source: str = ""


def dated_figures(conn: sqlite3.Connection, on: date) -> dict[str, dict[str, FigureValue]]:
    """For each hamlet, each figure field from the newest figure on or before ``on`` that has it."""
    result: dict[str, dict[str, FigureValue]] = {}
    for hamlet_id, as_of, source, *values in conn.execute(
        f"SELECT hamlet_id, as_of, source, {', '.join(FIGURE_FIELDS)} FROM hamlet_figure "
        "WHERE as_of <= ? AND deleted IS 0 ORDER BY as_of, change_seq",
        (on.isoformat(),),
    ):
        fields = result.setdefault(hamlet_id, {})
        day = date.fromisoformat(as_of)
        for name, value in zip(FIGURE_FIELDS, values, strict=True):
            if value is not None:
                fields[name] = FigureValue(value, day, source)
    return result


@dataclass
class FigureRow:
    hamlet: str
    as_of: date
    values: dict[str, int | None]
    source: str

    def to_json(self) -> dict[str, object]:
        return {"hamlet": self.hamlet, "as_of": self.as_of, **self.values, "source": self.source}


def set_figures(
    store: Store, hamlet: str, as_of: date, values: Mapping[str, int], source: str = ""
) -> FigureRow:
    """Record a hamlet's figures as of a date; the same date again updates that figure.

    Only the fields given change; the others keep what that date already had (or stay empty,
    so that older figures keep answering for them).
    """

    if not values:
        raise KehoachError(
            "Chưa có số liệu nào: ghi dạng population=1842 adults=1290 households=512 "
            "vneid_accounts=1100 cashless_households=150."
        )
    for name, value in values.items():
        if name not in FIGURE_FIELDS:
            raise KehoachError(
                f"Trường không hợp lệ: “{name}”. Dùng một trong: {', '.join(FIGURE_FIELDS)}."
            )
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise KehoachError(f"{FIGURE_LABELS[name]}: phải là số nguyên không âm.")
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        figure = write_figures(session, found, as_of, values, source)
        return FigureRow(
            found.name,
            figure.as_of,
            {n: getattr(figure, n) for n in FIGURE_FIELDS},
            figure.source,
        )


def write_figures(
    session: "Session",
    hamlet: HamletRow,
    as_of: date,
    values: Mapping[str, int],
    source: str = "",
) -> "HamletFigure":
    """In ``session``: the hamlet's figure of ``as_of`` (the same date again updates it, only
    the given fields change), checked (adults ≤ population, baselines ≤ their denominators)."""
    from sqlmodel import col, select

    from ..db.models import HamletFigure

    figure = session.exec(
        select(HamletFigure).where(
            HamletFigure.hamlet_id == hamlet.id,
            HamletFigure.as_of == as_of,
            col(HamletFigure.deleted).is_(False),
        )
    ).first()
    if figure is None:
        figure = HamletFigure(hamlet_id=hamlet.id, as_of=as_of)
    for name, value in values.items():
        setattr(figure, name, value)
    if clean(source):
        figure.source = clean(source)
    _check_figures(hamlet, figure)
    session.add(figure)
    return figure


def _check_figures(hamlet: HamletRow, figure: "HamletFigure") -> None:
    population, adults = figure.population, figure.adults
    if population is not None and adults is not None and adults > population:
        raise KehoachError(
            f"{hamlet.name}: dân số trưởng thành ({adults}) lớn hơn dân số ({population})."
        )
    if population is not None and figure.vneid_accounts is not None:
        if figure.vneid_accounts > population:
            raise KehoachError(
                f"{hamlet.name}: số người có VNeID ({figure.vneid_accounts}) lớn hơn dân số "
                f"({population})."
            )
    if figure.households is not None and figure.cashless_households is not None:
        if figure.cashless_households > figure.households:
            raise KehoachError(
                f"{hamlet.name}: số hộ thanh toán không dùng tiền mặt "
                f"({figure.cashless_households}) lớn hơn số hộ ({figure.households})."
            )


def list_figures(store: Store, hamlet: str | None = None) -> list[FigureRow]:
    """Every dated figure, by hamlet order then date."""
    from sqlmodel import col, select

    from ..db.models import HamletFigure

    with store.session() as session:
        hamlets = {h.id: h for h in live_hamlets(raw_connection(session))}
        query = select(HamletFigure).where(col(HamletFigure.deleted).is_(False))
        if hamlet:
            query = query.where(HamletFigure.hamlet_id == find_hamlet(session, hamlet).id)
        rows = [
            (hamlets[f.hamlet_id].sort_order, f.as_of, f)
            for f in session.exec(query)
            if f.hamlet_id in hamlets
        ]
        rows.sort(key=lambda r: (r[0], r[1]))
        return [
            FigureRow(
                hamlets[f.hamlet_id].name,
                f.as_of,
                {n: getattr(f, n) for n in FIGURE_FIELDS},
                f.source,
            )
            for _order, _as_of, f in rows
        ]


# ----------------------------------------------------------------------------- running totals


@dataclass
class HamletFigures:
    """A hamlet's counts and figures on a day: what its rates are computed from."""

    figures: dict[str, FigureValue]
    # Counts logged in the ISO year of the day, up to its week.
    logged: dict[str, int]
    # Running totals: for a metric with a baseline, the baseline plus the counts of the weeks
    # after the baseline's date; otherwise the counts logged this year.
    totals: dict[str, int]

    def figure(self, name: str) -> int | None:
        found = self.figures.get(name)
        return found.value if found else None

    def baseline(self, metric: Metric) -> FigureValue | None:
        definition = RATE_DEFINITIONS.get(metric)
        if definition is None or definition.baseline is None:
            return None
        return self.figures.get(definition.baseline)


def counting_from(baseline: FigureValue | None, on: date) -> str:
    """The first week whose counts add to a running total on ``on``.

    After a baseline dated D, the weeks from the one holding the day after D; without one,
    the first week of the ISO year of ``on``.
    """
    if baseline is None:
        return f"{on.isocalendar().year}-W01"
    return iso_week(baseline.as_of + timedelta(days=1))


def hamlet_figures(conn: sqlite3.Connection, on: date) -> dict[str, HamletFigures]:
    """Counts, running totals and dated figures of every hamlet on ``on``."""
    up_to = iso_week(on)
    year_start = f"{on.isocalendar().year}-W01"
    figures = dated_figures(conn, on)
    hamlets = live_hamlets(conn)
    # A running total counts from the start of the year, or from its baseline's date.
    moved: dict[tuple[str, str], str] = {}
    for hamlet in hamlets:
        own = figures.get(hamlet.id, {})
        for metric, definition in RATE_DEFINITIONS.items():
            if definition.baseline and definition.baseline in own:
                moved[(hamlet.id, metric.value)] = counting_from(own[definition.baseline], on)
    # Summed in SQL (a year of a commune's counts is thousands of rows): one sum per distinct
    # first week, usually the year's and the one day the baselines were taken.
    firsts = sorted({year_start, *moved.values()})
    column = {week: i for i, week in enumerate(firsts)}
    sums = ", ".join(["sum(CASE WHEN week >= ? THEN value ELSE 0 END)"] * len(firsts))
    logged: dict[str, dict[str, int]] = {h.id: {m.value: 0 for m in METRICS} for h in hamlets}
    running: dict[str, dict[str, int]] = {h.id: {m.value: 0 for m in METRICS} for h in hamlets}
    for hamlet_id, name, *since in conn.execute(
        f"SELECT hamlet_id, metric, {sums} FROM weekly_count "
        "WHERE deleted IS 0 AND week >= ? AND week <= ? GROUP BY hamlet_id, metric",
        [*firsts, firsts[0], up_to],
    ):
        if hamlet_id in logged and name in logged[hamlet_id]:
            logged[hamlet_id][name] = since[column[year_start]]
            running[hamlet_id][name] = since[column[moved.get((hamlet_id, name), year_start)]]
    result = {}
    for hamlet in hamlets:
        own = figures.get(hamlet.id, {})
        totals = dict(running[hamlet.id])
        for metric, definition in RATE_DEFINITIONS.items():
            if definition.baseline and definition.baseline in own:
                totals[metric.value] += own[definition.baseline].value
        result[hamlet.id] = HamletFigures(own, logged[hamlet.id], totals)
    return result


def commune_totals(conn: sqlite3.Connection, on: date) -> dict[str, int]:
    """Commune sums for computed targets: per metric the counts adding to running totals,
    ``baseline:<field>`` and ``denominator:<field>`` summed over the hamlets."""
    totals: dict[str, int] = {}
    for figures in hamlet_figures(conn, on).values():
        for metric in METRICS:
            baseline = figures.baseline(metric)
            since = figures.totals[metric.value] - (baseline.value if baseline else 0)
            totals[metric.value] = totals.get(metric.value, 0) + since
        for name in ("population", "adults", "households"):
            key = f"denominator:{name}"
            totals[key] = totals.get(key, 0) + (figures.figure(name) or 0)
        for name in ("vneid_accounts", "cashless_households"):
            key = f"baseline:{name}"
            totals[key] = totals.get(key, 0) + (figures.figure(name) or 0)
    return totals


# ----------------------------------------------------------------------------- settings

# Shared with the settings page (services.settings): "report.deadline.<kind>" → day or null.
DEADLINE_KEY = "report.deadline.{kind}"
REPORT_KINDS = ("month", "quarter", "half", "year")


def _read_deadlines(conn: sqlite3.Connection) -> ReportDeadlines:
    from .settings import get_setting

    days = {kind: get_setting(conn, DEADLINE_KEY.format(kind=kind)) for kind in REPORT_KINDS}
    try:
        return ReportDeadlines.from_json(days)
    except (KehoachError, TypeError):
        return ReportDeadlines()


def report_deadlines(store: Store) -> ReportDeadlines:
    """The day of the period's last month each report type is due (a business setting)."""
    with store.read() as conn:
        return _read_deadlines(conn)


def set_report_deadline(store: Store, kind: str, day: int | None) -> ReportDeadlines:
    """Change the deadline day of one report type (month, quarter, half, year); None: none."""
    from .settings import set_setting

    if kind not in REPORT_KINDS:
        raise KehoachError(
            f"Loại báo cáo không hợp lệ: “{kind}”. Chọn month, quarter, half hoặc year."
        )
    with store.session() as session:
        current = _read_deadlines(raw_connection(session)).to_json()
        current[kind] = day
        updated = ReportDeadlines(**current)
        set_setting(session, DEADLINE_KEY.format(kind=kind), day)
    return updated


def filed_reports(conn: sqlite3.Connection) -> frozenset[str]:
    """Period codes of the periodic reports already recorded (issued) in the store."""
    return frozenset(
        code
        for (code,) in conn.execute(
            "SELECT period_code FROM report WHERE kind = 'periodic' AND deleted IS 0"
        )
    )
