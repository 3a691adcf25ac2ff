"""Stores of the size SPEC §8 talks about: 21 hamlets with a year of weekly data."""

import random
from datetime import date, timedelta

from sqlmodel import col, select

from kehoach_desktop.core.domain import Metric, WeekState
from kehoach_desktop.core.periods import iso_week, weeks_between
from kehoach_desktop.db.models import Commune, Hamlet, HamletFigure, HamletWeek, WeeklyCount
from kehoach_desktop.services.store import Store

EXTRA_NAMES = ["Ấp Bến Nôm", "Ấp Suối Đá", "Ấp Gia Canh", "Ấp Bình Hòa", "Ấp Tân Tiến"]


def add_hamlets(store: Store, total: int, today: date) -> int:
    """Add hamlets (with figures and a year of accepted weeks) until there are ``total``."""
    rng = random.Random(21)
    with store.session() as session:
        commune = session.exec(select(Commune)).one()
        existing = session.exec(select(Hamlet).order_by(col(Hamlet.sort_order))).all()
        added = 0
        weeks = [
            w
            for w in weeks_between(date(today.year, 1, 5), today)
            if w <= iso_week(today - timedelta(days=7))
        ]
        for index in range(len(existing), total):
            hamlet = Hamlet(
                commune_id=commune.id,
                name=EXTRA_NAMES[index % len(EXTRA_NAMES)],
                code=f"A{index + 1:02d}",
                sort_order=index,
            )
            session.add(hamlet)
            session.flush()
            session.add(
                HamletFigure(
                    hamlet_id=hamlet.id,
                    as_of=date(today.year, 1, 1),
                    population=1500,
                    adults=1050,
                    households=420,
                    vneid_accounts=900,
                    cashless_households=120,
                )
            )
            for week in weeks:
                for metric in Metric:
                    session.add(
                        WeeklyCount(
                            hamlet_id=hamlet.id,
                            week=week,
                            metric=metric.value,
                            value=rng.randrange(0, 12),
                        )
                    )
                session.add(
                    HamletWeek(hamlet_id=hamlet.id, week=week, state=WeekState.ACCEPTED.value)
                )
            added += 1
    return added
