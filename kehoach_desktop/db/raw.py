"""Reading the store with plain sqlite3: a session's own connection, and column values as the
ORM stores them.

Reads shared by the app's load path and the write services are written once, in SQL, against
a ``sqlite3.Connection``: ``Store.read()`` gives one without importing the ORM, and
:func:`raw_connection` gives the one under a session, inside its transaction. Rows are read
by position, so that both kinds of connection serve (``Store.read`` rows are tuples too).

SQLAlchemy keeps dates as ISO text ("2026-03-06"), datetimes as "2026-03-06 17:00:00.000000"
(naive UTC, read back with ``datetime.fromisoformat``), booleans as 0/1 and exact decimals as
their text (:func:`decimal_text`); the helpers below turn such values into what the ORM gives.
"""

import sqlite3
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session


def raw_connection(session: "Session") -> sqlite3.Connection:
    """The sqlite3 connection under ``session``, inside its transaction.

    Pending changes are flushed first, as an ORM query would autoflush them, so that a read
    through the connection sees what the session has written.
    """
    session.flush()
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def decimal_text(value: Decimal) -> str:
    """A decimal as the store keeps it: its exact digits, e.g. ``"2100"`` or ``"3.44"``."""
    # "f" keeps plain digits: Decimal("3440").normalize() alone would print "3.44E+3".
    return format(Decimal(value).normalize(), "f")


def optional_decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def optional_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
