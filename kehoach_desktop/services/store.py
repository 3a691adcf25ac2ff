"""Opening the store: the data folder, the migrated SQLite file and its one engine."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from .. import paths
from ..db.engine import make_engine, migrate, unit_of_work


@dataclass
class Store:
    """A handle on one data folder. Services take it and open a short session per job."""

    folder: Path
    engine: Engine

    @property
    def path(self) -> Path:
        return paths.store_path(self.folder)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error."""
        with unit_of_work(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(data_dir: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store in ``data_dir``."""
    folder = paths.data_dir(data_dir)
    path = paths.store_path(folder)
    migrate(path, paths.backup_dir(folder))
    return Store(folder=folder, engine=make_engine(path))
