"""Opening the store: the data folder, the migrated SQLite file and its one engine.

The sqlmodel engine is made on first use: read-only views (the main window's overview) read
through ``Store.read()`` — plain sqlite3 — without paying for importing the ORM.
"""

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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
        self._reading = threading.local()

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
        """A read-only sqlite3 connection in one read transaction, rows as tuples.

        A read inside another on the same thread shares the outer one's connection: a view
        built from several reads (the main window's overview) sees one state of the store and
        opens the file once. Rows are tuples, as on a session's own connection
        (``db.raw.raw_connection``), so that one read helper serves both.
        """
        outer: sqlite3.Connection | None = getattr(self._reading, "connection", None)
        if outer is not None:
            yield outer
            return
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        self._reading.connection = conn
        try:
            conn.execute("BEGIN")
            yield conn
        finally:
            self._reading.connection = None
            conn.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def open_store(data_dir: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store in ``data_dir``."""
    folder = paths.data_dir(data_dir)
    migrate(paths.store_path(folder), paths.backup_dir(folder))
    return Store(folder)
