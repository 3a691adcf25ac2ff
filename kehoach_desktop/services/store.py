"""Opening the store: the data folder, the migrated SQLite file and its one engine.

The sqlmodel engine is made on first use: read-only views (the main window's overview) can
read through ``Store.read()`` — plain sqlite3 — without paying for importing the ORM.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..db.migrate import migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session


class Store:
    """A handle on one data folder. Services take it and open a short session per job."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._engine: Engine | None = None

    @property
    def path(self) -> Path:
        return paths.store_path(self.folder)

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            from ..db.engine import make_engine

            self._engine = make_engine(self.path)
        return self._engine

    @contextmanager
    def session(self) -> Iterator["Session"]:
        """One unit of work: commits at the end, rolls back on any error."""
        from ..db.engine import unit_of_work

        with unit_of_work(self.engine) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only sqlite3 connection (rows as sqlite3.Row) for fast read models."""
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        with closing(conn):
            yield conn

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def open_store(data_dir: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store in ``data_dir``."""
    folder = paths.data_dir(data_dir)
    migrate(paths.store_path(folder), paths.backup_dir(folder))
    return Store(folder)
