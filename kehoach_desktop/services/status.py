"""Where the commune stands on a date: targets, each hamlet's figures and rates."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlmodel import col, select

from ..core.domain import Metric, WeekState
from ..core.metrics import RATE_DEFINITIONS, rate
from ..core.periods import iso_week
from ..db.models import Hamlet, HamletWeek
from .plan import IndicatorRow, count_totals, latest_figures, list_indicators
from .store import Store


@dataclass
class HamletStatus:
    id: str
    name: str
    population: int | None
    adults: int | None
    households: int | None
    totals: dict[str, int]
    rates: dict[str, Decimal | None]
    last_submitted_week: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "population": self.population,
            "adults": self.adults,
            "households": self.households,
            "totals": self.totals,
            "rates": self.rates,
            "last_submitted_week": self.last_submitted_week,
        }


@dataclass
class Warning:
    kind: str
    ref: str
    message: str

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
    """Each hamlet's denominators on ``on``, its counts logged this year and its rates."""
    on = on or date.today()
    with store.session() as session:
        hamlets = session.exec(
            select(Hamlet).where(col(Hamlet.deleted).is_(False)).order_by(col(Hamlet.sort_order))
        ).all()
        figures = latest_figures(session, on)
        totals = count_totals(session, iso_week(on), f"{on.year}-W01")
        submitted: dict[str, str] = {}
        for week in session.exec(
            select(HamletWeek).where(
                col(HamletWeek.state).in_([WeekState.SUBMITTED, WeekState.ACCEPTED]),
                col(HamletWeek.week) <= iso_week(on),
            )
        ):
            if week.week > submitted.get(week.hamlet_id, ""):
                submitted[week.hamlet_id] = week.week
        result = []
        for hamlet in hamlets:
            figure = figures.get(hamlet.id)
            hamlet_totals = {m.value: totals.get((hamlet.id, m.value), 0) for m in Metric}
            rates: dict[str, Decimal | None] = {}
            for metric, definition in RATE_DEFINITIONS.items():
                numerator = hamlet_totals[metric.value]
                if definition.baseline and figure is not None:
                    numerator += getattr(figure, definition.baseline) or 0
                denominator = getattr(figure, definition.denominator.value) if figure else None
                value = rate(numerator, denominator)
                rates[metric.value] = value.quantize(Decimal("0.01")) if value is not None else None
            result.append(
                HamletStatus(
                    id=hamlet.id,
                    name=hamlet.name,
                    population=figure.population if figure else None,
                    adults=figure.adults if figure else None,
                    households=figure.households if figure else None,
                    totals=hamlet_totals,
                    rates=rates,
                    last_submitted_week=submitted.get(hamlet.id),
                )
            )
        return result


def commune_status(store: Store, on: date | None = None) -> CommuneStatus:
    """The whole picture on ``on``: targets with current values, hamlets; warnings later."""
    on = on or date.today()
    return CommuneStatus(
        on=on, indicators=list_indicators(store, on), hamlets=hamlet_statuses(store, on)
    )
