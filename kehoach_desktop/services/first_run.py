"""The first run: what the store holds when the app first opens, and starting a real commune.

The app fills an empty store with the demo commune so that there is something to look at; the
first-run assistant then offers to keep the demo, import the commune's plan (which replaces the
demo, see ``plan_import``) or start a new commune by hand (:func:`start_new_commune`).
"""

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from ..core.domain import KehoachError
from ..core.text import clean
from ..db.models import Commune
from .store import Store


@dataclass
class FirstRunState:
    """Whether the store is still the one the first run made (or nothing at all)."""

    empty: bool
    demo_only: bool

    @property
    def untouched(self) -> bool:
        return self.empty or self.demo_only


def first_run_state(store: Store) -> FirstRunState:
    from .demo import is_demo_store

    with store.session() as session:
        empty = session.exec(select(Commune.id)).first() is None
        return FirstRunState(empty=empty, demo_only=not empty and is_demo_store(session))


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
