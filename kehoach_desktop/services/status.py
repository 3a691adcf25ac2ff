"""Where the commune stands on a date: targets, each hamlet's figures and rates, red warnings.

Plain sqlite3 reads (``Store.read``), like services.plan: the main window shows this at
start-up without importing the ORM.
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ..core.domain import Metric
from ..core.metrics import RATE_DEFINITIONS, rate
from ..core.periods import iso_week
from ..core.warnings import (
    Alert,
    EvidenceFacts,
    ReportDeadlines,
    TaskFacts,
    WarningKind,
    behind,
    evidence_rejected,
    hamlet_silent,
    overdue,
    reports_due,
    sort_alerts,
    window_start,
)
from .plan import IndicatorRow, TaskRow, current_plan, latest_values, list_indicators, list_tasks
from .store import Store
from .tracking import (
    filed_reports,
    hamlet_figures,
    last_submitted_weeks,
    live_hamlets,
    report_deadlines,
)


@dataclass
class HamletStatus:
    """A hamlet on a day. ``totals`` are the running totals the ``rates`` divide: for VNeID and
    cashless households the baseline plus the counts logged after it, for the other metrics the
    counts logged this year; ``logged`` is only what was logged this year."""

    id: str
    name: str
    population: int | None
    adults: int | None
    households: int | None
    totals: dict[str, int]
    rates: dict[str, Decimal | None]
    last_submitted_week: str | None
    logged: dict[str, int] = field(default_factory=dict)
    baselines: dict[str, int | None] = field(default_factory=dict)
    denominators: dict[str, int | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "population": self.population,
            "adults": self.adults,
            "households": self.households,
            "totals": self.totals,
            "rates": self.rates,
            "last_submitted_week": self.last_submitted_week,
            "logged": self.logged,
            "baselines": self.baselines,
            "denominators": self.denominators,
        }


@dataclass
class Warning:
    kind: str
    ref: str
    message: str
    on: date | None = None

    @property
    def kind_label(self) -> str:
        return WarningKind(self.kind).label

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "ref": self.ref, "message": self.message}


@dataclass
class CommuneStatus:
    on: date
    indicators: list[IndicatorRow]
    hamlets: list[HamletStatus]
    warnings: list[Warning] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "on": self.on.isoformat(),
            "indicators": [i.to_json() for i in self.indicators],
            "hamlets": [h.to_json() for h in self.hamlets],
            "warnings": [w.to_json() for w in self.warnings],
        }


def hamlet_statuses(store: Store, on: date | None = None) -> list[HamletStatus]:
    """Each hamlet's denominators on ``on``, its running totals and logged counts, its rates.

    A rate is ``totals[metric] ÷ denominators[metric] × 100`` (two decimals), e.g. VNeID =
    (accounts at the baseline date + registrations logged since) ÷ population.
    """
    on = on or date.today()
    with store.read() as conn:
        hamlets = live_hamlets(conn)
        figures = hamlet_figures(conn, on)
        submitted = last_submitted_weeks(conn, iso_week(on))
        result = []
        for hamlet in hamlets:
            own = figures[hamlet.id]
            rates: dict[str, Decimal | None] = {}
            baselines: dict[str, int | None] = {}
            denominators: dict[str, int | None] = {}
            for metric, definition in RATE_DEFINITIONS.items():
                denominator = own.figure(definition.denominator.value)
                value = rate(own.totals[metric.value], denominator)
                rates[metric.value] = value.quantize(Decimal("0.01")) if value is not None else None
                denominators[metric.value] = denominator
                if definition.baseline:
                    baselines[metric.value] = own.figure(definition.baseline)
            result.append(
                HamletStatus(
                    id=hamlet.id,
                    name=hamlet.name,
                    population=own.figure("population"),
                    adults=own.figure("adults"),
                    households=own.figure("households"),
                    totals={m.value: own.totals[m.value] for m in Metric},
                    rates=rates,
                    last_submitted_week=submitted.get(hamlet.id),
                    logged={m.value: own.logged[m.value] for m in Metric},
                    baselines=baselines,
                    denominators=denominators,
                )
            )
        return result


def _evidence_facts(rows: list[tuple[str, str, str, str, str]]) -> dict[str, list[EvidenceFacts]]:
    """Evidence rows (owner, file name, attached at, review state, reason) by owner."""
    found: dict[str, list[EvidenceFacts]] = {}
    for owner, file_name, created_at, review_state, reason in rows:
        found.setdefault(owner, []).append(
            EvidenceFacts(file_name, datetime.fromisoformat(created_at), review_state, reason)
        )
    return found


def _evidence_by_task(conn: sqlite3.Connection) -> dict[str, list[EvidenceFacts]]:
    task_of = dict(
        conn.execute("SELECT id, task_id FROM task_update WHERE deleted IS 0").fetchall()
    )
    return _evidence_facts(
        [
            (task_of[update_id], file_name, created_at, review_state, reason)
            for update_id, file_name, created_at, review_state, reason in conn.execute(
                "SELECT task_update_id, file_name, created_at, review_state, review_reason "
                "FROM evidence WHERE task_update_id IS NOT NULL AND deleted IS 0"
            )
            if task_of.get(update_id)
        ]
    )


def _indicator_evidence(
    conn: sqlite3.Connection, plan_id: str, on: date
) -> list[tuple[str, list[EvidenceFacts]]]:
    """For each target's latest entered value on ``on``: its code and its evidence."""
    latest = latest_values(conn, plan_id, on)
    if not latest:
        return []
    codes = dict(conn.execute("SELECT id, code FROM indicator").fetchall())
    value_ids = [v.id for v in latest.values()]
    pieces = _evidence_facts(
        conn.execute(
            "SELECT indicator_value_id, file_name, created_at, review_state, review_reason "
            f"FROM evidence WHERE indicator_value_id IN ({', '.join('?' * len(value_ids))}) "
            "AND deleted IS 0",
            value_ids,
        ).fetchall()
    )
    return [(codes[ind], pieces.get(v.id, [])) for ind, v in latest.items() if codes.get(ind)]


def collect_warnings(
    store: Store,
    on: date,
    tasks: list[TaskRow] | None = None,
    hamlets: list[HamletStatus] | None = None,
    deadlines: ReportDeadlines | None = None,
) -> list[Warning]:
    """Every red warning on ``on`` (SPEC §2), sorted by kind, date and ref."""
    tasks = list_tasks(store) if tasks is None else tasks
    hamlets = hamlet_statuses(store, on) if hamlets is None else hamlets
    deadlines = deadlines or report_deadlines(store)
    alerts: list[Alert] = []
    with store.read() as conn:
        plan = current_plan(conn)
        start = window_start(plan.issued_on, plan.year) if plan else date(on.year, 1, 1)
        task_evidence = _evidence_by_task(conn)
        indicator_evidence = _indicator_evidence(conn, plan.id, on) if plan else []
        filed = filed_reports(conn)
    for task in tasks:
        facts = TaskFacts(
            task.ref, task.content, task.due_date, task.status, task.progress, task.deadline_text
        )
        for alert in (overdue(facts, on), behind(facts, on, start)):
            if alert is not None:
                alerts.append(alert)
        rejected = evidence_rejected(
            task.ref, f"nhiệm vụ {task.ref}", task_evidence.get(task.id, [])
        )
        if rejected is not None:
            alerts.append(rejected)
    for code, pieces in indicator_evidence:
        rejected = evidence_rejected(f"Chỉ tiêu {code}", f"chỉ tiêu {code}", pieces)
        if rejected is not None:
            alerts.append(rejected)
    for hamlet in hamlets:
        silent = hamlet_silent(hamlet.name, hamlet.last_submitted_week, on, start)
        if silent is not None:
            alerts.append(silent)
    alerts += reports_due(on, deadlines, filed)
    return [Warning(a.kind.value, a.ref, a.message, a.on) for a in sort_alerts(alerts)]


def commune_status(
    store: Store, on: date | None = None, tasks: list[TaskRow] | None = None
) -> CommuneStatus:
    """The whole picture on ``on``: targets with current values, hamlets, red warnings."""
    on = on or date.today()
    hamlets = hamlet_statuses(store, on)
    return CommuneStatus(
        on=on,
        indicators=list_indicators(store, on),
        hamlets=hamlets,
        warnings=collect_warnings(store, on, tasks=tasks, hamlets=hamlets),
    )
