"""Where things live: the data folder (store, evidence, backups, logs) and the resource root.

The data folder is, in order: an explicit ``--data-dir``, ``$KEHOACH_DATA_DIR``, a folder
named ``data`` beside the executable of a PyInstaller build (portable use from a USB stick),
or the platform's user data folder (platformdirs). Resources are found beside the package in
a source checkout and under ``sys._MEIPASS`` in a PyInstaller build.
"""

import os
import sys
from pathlib import Path

APP_SLUG = "kehoach-cds"
DATA_DIR_ENV = "KEHOACH_DATA_DIR"
STORE_FILE = "kehoach.sqlite3"
PORTABLE_DIR = "data"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder, creating it if needed."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    elif (portable := portable_data_dir()) is not None:
        path = portable
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_SLUG, appauthor=False))
    path = path.expanduser().resolve()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from .core.domain import KehoachError

        raise KehoachError(f"Không dùng được thư mục dữ liệu {path}: {exc.strerror}") from exc
    return path


def portable_data_dir() -> Path | None:
    """The ``data`` folder beside the executable of a frozen build, if someone made one.

    Only a PyInstaller build looks: run from source, ``sys.executable`` is a Python in a
    virtual environment or the system, and a ``data`` folder there is not ours.
    """
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / PORTABLE_DIR
    return folder if folder.is_dir() else None


def store_path(folder: Path) -> Path:
    return folder / STORE_FILE


def evidence_dir(folder: Path) -> Path:
    return folder / "evidence"


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def log_dir(folder: Path) -> Path:
    return folder / "logs"


def app_icon() -> Path:
    """The window icon (the executable's own icon is set by build.spec)."""
    return resource_root() / "resources" / "icons" / "kehoach.png"


def resource_root() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent
