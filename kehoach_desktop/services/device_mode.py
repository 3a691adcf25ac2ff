"""What this store is for: the commune office's, or one hamlet team's laptop.

The sync layer records the device's role on its local row (``services.devices``: set up from
an office package, or ``kehoach device claim``). A store that never took part in a sync can
still be made a hamlet device with the settings ``device.role = "hamlet"`` and
``device.hamlet = "<name>"``. Read-only: nothing here creates a device identity.
"""

import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

from .settings import get_setting
from .store import Store
from .tracking import live_hamlets

OFFICE = "office"
HAMLET = "hamlet"


@dataclass(frozen=True)
class DeviceMode:
    role: str  # OFFICE | HAMLET
    hamlet: str | None = None  # the hamlet a hamlet device speaks for (None: not chosen yet)

    @property
    def is_hamlet(self) -> bool:
        return self.role == HAMLET


class LocalDevice(NamedTuple):
    """This store's own row of ``sync_device``: its id, role and hamlet."""

    device_id: str
    role: str
    hamlet_id: str | None


def local_device(conn: sqlite3.Connection) -> LocalDevice | None:
    """The local device, if this store has made its identity yet (never creates one)."""
    row = conn.execute(
        "SELECT device_id, role, hamlet_id FROM sync_device WHERE is_local IS 1 LIMIT 1"
    ).fetchone()
    return None if row is None else LocalDevice(*row)


def device_mode(store: Store) -> DeviceMode:
    """The role of this store's device and, for a hamlet device, its hamlet's name."""
    with store.read() as conn:
        local = local_device(conn)
        if local is not None and local.role == HAMLET:
            # No hamlet chosen yet (NULL) finds no row.
            found = conn.execute(
                "SELECT name FROM hamlet WHERE id = ?", (local.hamlet_id,)
            ).fetchone()
            return DeviceMode(HAMLET, found[0] if found is not None else None)
        if get_setting(conn, "device.role") != HAMLET:
            return DeviceMode(OFFICE)
        wanted = get_setting(conn, "device.hamlet")
        names = [h.name for h in live_hamlets(conn)]
        return DeviceMode(HAMLET, wanted if wanted in names else None)
