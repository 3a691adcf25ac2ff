"""The first run: what the store holds when the app first opens, and starting a real commune.

The app fills an empty store with the demo commune so that there is something to look at; the
first-run assistant then offers to keep the demo, import the commune's plan (which replaces the
demo, see ``plan_import``) or start a new commune by hand (:func:`start_new_commune`).
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..core.domain import KehoachError
from ..core.text import clean
from .store import Store

#: The source file name the demo's plan carries (services.demo writes it).
DEMO_SOURCE = "(dữ liệu mẫu)"


@dataclass
class FirstRunState:
    """Whether the store is still the one the first run made (or nothing at all)."""

    empty: bool
    demo_only: bool

    @property
    def untouched(self) -> bool:
        return self.empty or self.demo_only


def is_demo_store(conn: sqlite3.Connection) -> bool:
    """True when every plan in the store is the demo's: the officer has not started yet."""
    sources = {source for (source,) in conn.execute('SELECT DISTINCT source_file FROM "plan"')}
    return bool(sources) and sources == {DEMO_SOURCE}


def first_run_state(store: Store) -> FirstRunState:
    """Whether the store is empty, or holds the first run's demo and nothing else."""
    with store.read() as conn:
        empty = conn.execute("SELECT id FROM commune LIMIT 1").fetchone() is None
        return FirstRunState(empty=empty, demo_only=not empty and is_demo_store(conn))


def start_new_commune(store: Store, name: str, issuing_body: str = "", place_name: str = "",
                      signer_name: str = "", signer_title: str = "") -> Path | None:  # fmt: skip
    """Replace the first-run demo (or fill an empty store) with a new commune entered by hand.

    A store that holds anything but the demo is refused, so that real data is never cleared
    from here. The store is backed up first when the demo is cleared; returns that backup.
    """
    from .backups import backup_before_change
    from .demo import clear_demo
    from .settings import CommuneInfo, load_commune, save_commune

    if not clean(name):
        raise KehoachError("Chưa nhập tên xã.")
    state = first_run_state(store)
    if not state.untouched:
        raise KehoachError(
            "Kho dữ liệu đã có dữ liệu của xã; sửa thông tin xã trong Cài đặt thay vì tạo xã mới."
        )
    backup = None
    if state.demo_only:
        backup = backup_before_change(store, "tao-xa-moi")
        with store.session() as session:
            clear_demo(session)
    kept = load_commune(store).settings  # report rules survive (setting rows are kept)
    info = CommuneInfo(
        name=clean(name),
        issuing_body=clean(issuing_body) or f"UBND XÃ {clean(name).upper()}",
        place_name=clean(place_name) or clean(name),
        signer_name=clean(signer_name),
        signer_title=clean(signer_title),
        settings=kept,
    )
    save_commune(store, info)
    return backup
