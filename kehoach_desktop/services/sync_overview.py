"""What the Đồng bộ page shows at once, as plain data: this device, the devices it trusts,
the destinations, the outbox, the conflicts waiting, the hamlets (for choices) and the last
packages exchanged."""

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import col, select

from ..db.models import Hamlet
from ..db.sync_models import SyncPackage
from .devices import DeviceInfo, list_devices
from .outbox import DestinationInfo, OutboxEntry, list_destinations, list_outbox
from .store import Store
from .sync_conflicts import ConflictRow, list_conflicts


@dataclass
class PackageLogRow:
    package_id: str
    direction: str
    kind: str
    file_name: str
    recorded_at: datetime
    record_count: int
    new: int
    updated: int
    conflicts: int
    rejected: int
    messages: list[str]

    @property
    def direction_label(self) -> str:
        return "Nhận" if self.direction == "in" else "Gửi"


@dataclass
class SyncOverview:
    device: DeviceInfo
    devices: list[DeviceInfo]
    destinations: list[DestinationInfo]
    outbox: list[OutboxEntry]
    conflicts: list[ConflictRow]
    hamlets: list[str]
    packages: list[PackageLogRow] = field(default_factory=list)

    @property
    def is_office(self) -> bool:
        return self.device.role == "office"


def load_sync_overview(store: Store, packages: int = 50) -> SyncOverview:
    """Everything the page needs, in a few short reads."""
    devices = list_devices(store)
    local = next(d for d in devices if d.is_local)
    with store.session() as session:
        hamlets = [
            h.name
            for h in session.exec(
                select(Hamlet)
                .where(col(Hamlet.deleted).is_(False))
                .order_by(col(Hamlet.sort_order))
            )
        ]
        log = [
            PackageLogRow(
                package_id=p.package_id,
                direction=p.direction,
                kind=p.kind,
                file_name=p.file_name,
                recorded_at=p.recorded_at,
                record_count=p.record_count,
                new=p.new,
                updated=p.updated,
                conflicts=p.conflicts,
                rejected=p.rejected,
                messages=json.loads(p.messages_json or "[]"),
            )
            for p in session.exec(
                select(SyncPackage).order_by(col(SyncPackage.recorded_at).desc()).limit(packages)
            )
        ]
    return SyncOverview(
        device=local,
        devices=[d for d in devices if not d.is_local],
        destinations=list_destinations(store),
        outbox=list_outbox(store),
        conflicts=list_conflicts(store),
        hamlets=hamlets,
        packages=log,
    )
