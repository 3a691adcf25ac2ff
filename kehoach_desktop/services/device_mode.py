"""What this store is for: the commune office's, or one hamlet team's laptop.

The sync layer records the device's role on its local row (``services.devices``: set up from
an office package, or ``kehoach device claim``). A store that never took part in a sync can
still be made a hamlet device with the settings ``device.role = "hamlet"`` and
``device.hamlet = "<name>"``. Read-only: nothing here creates a device identity.
"""

from dataclasses import dataclass

from sqlmodel import col, select

from ..db.models import Hamlet
from .store import Store

OFFICE = "office"
HAMLET = "hamlet"


@dataclass(frozen=True)
class DeviceMode:
    role: str  # OFFICE | HAMLET
    hamlet: str | None = None  # the hamlet a hamlet device speaks for (None: not chosen yet)

    @property
    def is_hamlet(self) -> bool:
        return self.role == HAMLET


def device_mode(store: Store) -> DeviceMode:
    """The role of this store's device and, for a hamlet device, its hamlet's name."""
    from .devices import find_local
    from .settings import get_setting

    with store.session() as session:
        local = find_local(session)
        if local is not None and local.role == HAMLET:
            hamlet = session.get(Hamlet, local.hamlet_id) if local.hamlet_id else None
            return DeviceMode(HAMLET, hamlet.name if hamlet is not None else None)
        if get_setting(session, "device.role") != HAMLET:
            return DeviceMode(OFFICE)
        wanted = get_setting(session, "device.hamlet")
        names = session.exec(select(Hamlet.name).where(col(Hamlet.deleted).is_(False))).all()
        return DeviceMode(HAMLET, wanted if wanted in names else None)
