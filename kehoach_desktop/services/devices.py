"""This store's device identity (an Ed25519 key and a role) and the devices it trusts.

Every store has one key pair, made on first need; its private half is a file in the data
folder (``device/ed25519-private.pem``, owner-only), never a column, so that store backups on a
USB stick cannot sign packages. A store is the commune office's unless it was set up from an
office package (then it is a hamlet device that trusts the office's key) or claimed a hamlet.
The office registers each hamlet device's public key and hamlet; one active device per hamlet
(registering a new laptop retires the old one).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from ..core.domain import KehoachError
from ..core.text import clean, fold
from ..db.models import Commune, Hamlet, utcnow
from ..db.raw import raw_connection
from ..db.sync_models import SyncDevice
from ..sync.signing import (
    DeviceKey,
    device_id_for,
    encode_public_key,
    fingerprint,
    parse_public_key,
)
from .device_mode import HAMLET, OFFICE, local_device
from .store import Store

Progress = Callable[[int, int, str], None]

ROLE_LABELS = {OFFICE: "Văn phòng xã", HAMLET: "Máy của ấp"}
KEY_FILE = Path("device") / "ed25519-private.pem"


def noop_progress(_done: int, _total: int, _message: str) -> None:
    return None


def key_path(folder: Path) -> Path:
    return folder / KEY_FILE


@dataclass
class DeviceInfo:
    """A device as shown to people and printed by `kehoach device show|list`."""

    device_id: str
    role: str
    hamlet: str | None
    hamlet_id: str | None
    public_key: str
    fingerprint: str
    label: str
    is_local: bool
    trusted: bool
    registered_at: datetime
    revoked_at: datetime | None
    received_seq: int
    acked_seq: int
    last_import_at: datetime | None
    last_export_at: datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def to_json(self) -> dict[str, object]:
        return {
            "device_id": self.device_id,
            "role": self.role,
            "hamlet": self.hamlet,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
            "label": self.label,
            "is_local": self.is_local,
            "revoked": self.revoked_at is not None,
            "last_import_at": self.last_import_at,
            "last_export_at": self.last_export_at,
        }


def _info(session: Session, device: SyncDevice) -> DeviceInfo:
    hamlet = session.get(Hamlet, device.hamlet_id) if device.hamlet_id else None
    return DeviceInfo(
        device_id=device.device_id,
        role=device.role,
        hamlet=hamlet.name if hamlet else None,
        hamlet_id=device.hamlet_id,
        public_key=device.public_key,
        fingerprint=device.fingerprint,
        label=device.label,
        is_local=device.is_local,
        trusted=not device.is_local and device.revoked_at is None,
        registered_at=device.registered_at,
        revoked_at=device.revoked_at,
        received_seq=device.received_seq,
        acked_seq=device.acked_seq,
        last_import_at=device.last_import_at,
        last_export_at=device.last_export_at,
    )


def find_local(session: Session) -> SyncDevice | None:
    """The local device row, if this store has made its identity yet (never creates one)."""
    local = local_device(raw_connection(session))
    return session.get(SyncDevice, local.device_id) if local is not None else None


def store_is_empty(session: Session) -> bool:
    return session.exec(select(Commune.id)).first() is None


def ensure_local(session: Session, folder: Path, role: str | None = None) -> SyncDevice:
    """The local device, made (key file and row) on first need.

    The key file is the identity: a store whose row no longer matches its key file (the key
    was replaced) gets its row brought in line, keeping its role and hamlet.
    """
    path = key_path(folder)
    local = find_local(session)
    if path.exists():
        key = DeviceKey.load(path)
    elif local is not None:
        key = DeviceKey.load(path)  # raises: the key of a known identity has gone missing
    else:
        key = DeviceKey.generate()
        key.save(path)
    if local is not None and local.device_id == key.device_id:
        if role and local.role != role:
            local.role = role
            session.add(local)
        return local
    if local is not None:
        session.delete(local)
        session.flush()
    device = SyncDevice(
        device_id=key.device_id,
        role=role or (local.role if local else OFFICE),
        hamlet_id=local.hamlet_id if local else None,
        public_key=key.public_text,
        fingerprint=key.fingerprint,
        label="Máy này",
        is_local=True,
    )
    session.add(device)
    session.flush()
    return device


def load_key(folder: Path) -> DeviceKey:
    return DeviceKey.load(key_path(folder))


def find_hamlet(session: Session, name: str) -> Hamlet:
    """A live hamlet by name or code, ignoring case, accents and "Ấp" ("ap 1" finds "Ấp 1")."""
    wanted = fold(name)
    hamlets = session.exec(
        select(Hamlet).where(col(Hamlet.deleted).is_(False)).order_by(col(Hamlet.sort_order))
    ).all()
    for hamlet in hamlets:
        if wanted and wanted in (fold(hamlet.name), fold(hamlet.code)):
            return hamlet
    for hamlet in hamlets:
        if wanted and fold(hamlet.name).removeprefix("ap") == wanted.removeprefix("ap"):
            return hamlet
    known = ", ".join(h.name for h in hamlets) or "(chưa có ấp nào)"
    raise KehoachError(f"Không có ấp “{clean(name)}” trong kho dữ liệu. Các ấp: {known}.")


def show_device(store: Store) -> DeviceInfo:
    """This store's device (made on first call): id, role, hamlet, public key, fingerprint."""
    with store.session() as session:
        return _info(session, ensure_local(session, store.folder))


def list_devices(store: Store) -> list[DeviceInfo]:
    """This device first, then the devices it trusts (hamlet devices, or the office)."""
    with store.session() as session:
        ensure_local(session, store.folder)
        devices = session.exec(select(SyncDevice)).all()
        rows = [_info(session, d) for d in devices]
    return sorted(
        rows, key=lambda d: (not d.is_local, d.revoked_at is not None, d.hamlet or "", d.device_id)
    )


@dataclass
class Registration:
    device: DeviceInfo
    replaced: list[str]
    messages: list[str]

    def to_json(self) -> dict[str, object]:
        return {**self.device.to_json(), "replaced": self.replaced, "messages": self.messages}


def register_device(store: Store, hamlet: str, public_key: str, label: str = "") -> Registration:
    """At the office: trust ``public_key`` as the device of ``hamlet``.

    A hamlet has one active device: a previously registered one is retired (its packages are
    refused from now on). Registering the same key again changes nothing but the hamlet.
    """
    raw = parse_public_key(public_key)
    with store.session() as session:
        local = ensure_local(session, store.folder)
        if local.role != OFFICE:
            raise KehoachError(
                "Máy này là máy của ấp; chỉ máy văn phòng xã mới đăng ký máy của các ấp."
            )
        if raw == parse_public_key(local.public_key):
            raise KehoachError("Đây là khóa của chính máy này, không phải khóa của máy ấp.")
        target = find_hamlet(session, hamlet)
        device_id = device_id_for(raw)
        replaced: list[str] = []
        messages: list[str] = []
        for other in session.exec(
            select(SyncDevice).where(
                SyncDevice.hamlet_id == target.id,
                col(SyncDevice.is_local).is_(False),
                col(SyncDevice.revoked_at).is_(None),
                SyncDevice.device_id != device_id,
            )
        ):
            other.revoked_at = utcnow()
            session.add(other)
            replaced.append(other.device_id)
            messages.append(
                f"Máy cũ của {target.name} (dấu vân tay {other.fingerprint}) thôi được tin cậy; "
                "gói từ máy đó sẽ bị từ chối."
            )
        device = session.get(SyncDevice, device_id)
        if device is None:
            device = SyncDevice(
                device_id=device_id,
                role=HAMLET,
                hamlet_id=target.id,
                public_key=encode_public_key(raw),
                fingerprint=fingerprint(raw),
                label=clean(label) or f"Máy của {target.name}",
            )
        else:
            if device.role != HAMLET:
                raise KehoachError("Khóa này đã được ghi nhận là khóa của văn phòng xã.")
            device.hamlet_id = target.id
            device.revoked_at = None
            if label:
                device.label = clean(label)
        session.add(device)
        session.flush()
        messages.insert(
            0,
            f"Đã đăng ký máy của {target.name}, dấu vân tay {device.fingerprint} — hãy đọc "
            "lại dấu vân tay này với tổ trưởng để chắc đúng máy.",
        )
        return Registration(_info(session, device), replaced, messages)


def claim_hamlet(store: Store, hamlet: str) -> DeviceInfo:
    """Make this store the device of ``hamlet`` (a hamlet device speaks for one hamlet)."""
    with store.session() as session:
        target = find_hamlet(session, hamlet)
        local = ensure_local(session, store.folder)
        registered = session.exec(
            select(SyncDevice).where(col(SyncDevice.is_local).is_(False), SyncDevice.role == HAMLET)
        ).first()
        if local.role == OFFICE and registered is not None:
            raise KehoachError(
                "Máy này là máy văn phòng xã (đã đăng ký máy của các ấp); không nhận làm máy ấp."
            )
        local.role = HAMLET
        local.hamlet_id = target.id
        session.add(local)
        session.flush()
        return _info(session, local)


def rekey(store: Store) -> DeviceInfo:
    """Make a new key pair for this device (a copied store, a lost key). The office must
    register the new public key; packages signed with the old one are refused."""
    with store.session() as session:
        path = key_path(store.folder)
        key = DeviceKey.generate()
        key.save(path)
        return _info(session, ensure_local(session, store.folder))
