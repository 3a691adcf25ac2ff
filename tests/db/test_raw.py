"""Plain sqlite3 reads: a session's own connection, ``Store.read`` and stored values."""

from decimal import Decimal
from pathlib import Path

from kehoach_desktop.db.models import Commune
from kehoach_desktop.db.raw import decimal_text, optional_decimal, raw_connection
from kehoach_desktop.services.store import open_store


def test_a_sessions_raw_connection_sees_what_the_session_has_written(data_dir: Path) -> None:
    store = open_store(data_dir)
    with store.session() as session:
        session.add(Commune(name="Tà Lài"))
        names = raw_connection(session).execute("SELECT name FROM commune").fetchall()
        session.rollback()
    assert names == [("Tà Lài",)]
    with store.read() as conn:
        assert conn.execute("SELECT count(*) FROM commune").fetchone() == (0,)
    store.close()


def test_nested_reads_share_one_connection_and_one_state_of_the_store(data_dir: Path) -> None:
    store = open_store(data_dir)
    with store.read() as outer:
        assert outer.execute("SELECT count(*) FROM commune").fetchone() == (0,)
        with store.session() as session:
            session.add(Commune(name="Tà Lài"))
        with store.read() as inner:
            assert inner is outer
            assert inner.execute("SELECT count(*) FROM commune").fetchone() == (0,)
    with store.read() as later:
        assert later is not outer
        assert later.execute("SELECT name FROM commune").fetchall() == [("Tà Lài",)]
    store.close()


def test_decimals_are_kept_as_their_exact_digits() -> None:
    for value, text in [("3440", "3440"), ("3.440", "3.44"), ("0.10", "0.1"), ("-2.5", "-2.5")]:
        assert decimal_text(Decimal(value)) == text
        assert optional_decimal(text) == Decimal(value)
    assert optional_decimal(None) is None
