"""Versioned SQL migrations: numbered scripts in db/migrations/ applied in order against
``PRAGMA user_version``, each in one transaction; the store is backed up first. Plain sqlite3,
so opening a current store costs one pragma read and no ORM import."""

import re
import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path

from ..core.domain import KehoachError
from .backup import backup_store

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
