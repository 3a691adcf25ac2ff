"""The store's one engine: SQLite in WAL mode, foreign keys on, real transactions, the local
change sequence stamped on every write, and migrations (backed up first) on open."""

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

from ..core.domain import KehoachError
from .backup import backup_store
from .models import Record, utcnow

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """The versioned SQL scripts shipped with the package: (version, name, sql)."""
    found = []
    for entry in resources.files("kehoach_desktop.db.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def store_version(path: Path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(path: Path, backup_folder: Path | None = None) -> int:
    """Bring the store at ``path`` to the latest schema; return the version it had.

    An existing store is copied (SQLite online backup) before the first script runs. Each
    script runs in its own transaction together with the version bump.
    """
    current = store_version(path)
    pending = [m for m in migrations() if m[0] > current]
    if not pending:
        if current > latest_version():
            raise KehoachError(
                f"Kho dữ liệu {path} thuộc phiên bản mới hơn ({current}) của ứng dụng; "
                "hãy cập nhật ứng dụng."
            )
        return current
    if current > 0 and backup_folder is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_store(path, backup_folder / f"truoc-nang-cap-v{current}-{stamp}.sqlite3")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        for version, name, sql in pending:
            try:
                conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise KehoachError(f"Không nâng cấp được kho dữ liệu ({name}): {exc}") from exc
    finally:
        conn.close()
    return current


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
