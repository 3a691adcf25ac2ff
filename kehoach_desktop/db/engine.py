"""The store's one engine: SQLite in WAL mode, foreign keys on, real transactions, and the
local change sequence stamped on every write. Migrations are in migrate.py."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

# Every table module, so that the metadata and the ORM know all tables.
from . import report_models, sync_models, tracking_models  # noqa: F401
from .migrate import latest_version, migrate, migrations, store_version  # noqa: F401
from .models import Record, utcnow


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see do_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _do_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def allocate_change_seq(conn: Connection, count: int) -> int:
    """Reserve ``count`` numbers of the local change sequence; return the first."""
    last = conn.execute(
        text("UPDATE change_counter SET value = value + :n WHERE id = 1 RETURNING value"),
        {"n": count},
    ).scalar_one()
    return int(last) - count + 1


def _stamp_changes(session: Session, _context: object, _instances: object) -> None:
    changed = [obj for obj in session.new if isinstance(obj, Record)]
    changed += [
        obj
        for obj in session.dirty
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False)
    ]
    if not changed:
        return
    seq = allocate_change_seq(session.connection(), len(changed))
    now = utcnow()
    for offset, obj in enumerate(changed):
        obj.change_seq = seq + offset
        if obj not in session.new:
            obj.updated_at = now


event.listen(Session, "before_flush", _stamp_changes)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _do_begin)
    return engine


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """A session whose writes commit together at the end, or not at all."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
