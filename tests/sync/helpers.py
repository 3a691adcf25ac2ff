"""Helpers for the sync tests: a store's content fingerprint, a set-up office/hamlet pair, and
hand-made packages (valid ones signed with a real key, then damaged on purpose)."""

import hashlib
import json
import sqlite3
import stat
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from kehoach_desktop.db.models import Hamlet, HamletWeek, WeeklyCount, utcnow
from kehoach_desktop.services.devices import load_key, register_device, show_device
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.services.sync_export import export_package
from kehoach_desktop.services.sync_import import import_package
from kehoach_desktop.sync.package_file import FORMAT, canonical_json, write_package
from kehoach_desktop.sync.schema import SCHEMA_VERSION, TABLES, data_entry_name
from kehoach_desktop.sync.signing import DeviceKey


def content_digest(store: Store) -> str:
    """A digest of every row of every table (the schema too): equal before and after means the
    store is unchanged."""
    conn = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()
    finally:
        conn.close()


@dataclass
class Pair:
    office: Store
    hamlet: Store
    hamlet_id: str
    hamlet_name: str
    folder: Path

    def hamlet_to_office(self, name: str = "ap.khpkg") -> Path:
        return export_package(self.hamlet, self.folder / name).path

    def office_to_hamlet(self, name: str = "xa.khpkg") -> Path:
        return export_package(self.office, self.folder / name, hamlet=self.hamlet_name).path


def set_up_pair(office: Store, folder: Path, hamlet_name: str = "Ấp 1") -> Pair:
    """An office store and a hamlet device set up from it and registered by it."""
    folder.mkdir(parents=True, exist_ok=True)
    setup = export_package(office, folder / "cai-dat.khpkg", hamlet=hamlet_name)
    hamlet = open_store(folder / "may-ap")
    result = import_package(hamlet, setup.path)
    assert result.applied and result.rejected == 0, result.messages
    device = show_device(hamlet)
    register_device(office, hamlet_name, device.public_key)
    assert device.hamlet_id is not None
    return Pair(office, hamlet, device.hamlet_id, hamlet_name, folder)


def set_counts(
    store: Store, hamlet_id: str, week: str, state: str | None = None, **values: int
) -> None:
    """Write counts (and optionally the week's state) straight into the tables."""
    with store.session() as session:
        for metric, value in values.items():
            row = session.exec(
                select(WeeklyCount).where(
                    WeeklyCount.hamlet_id == hamlet_id,
                    WeeklyCount.week == week,
                    WeeklyCount.metric == metric,
                )
            ).first()
            if row is None:
                row = WeeklyCount(hamlet_id=hamlet_id, week=week, metric=metric, value=value)
            else:
                row.value = value
            session.add(row)
        if state is not None:
            set_week_state(session, hamlet_id, week, state)


def set_week_state(session: Any, hamlet_id: str, week: str, state: str) -> None:
    row = session.exec(
        select(HamletWeek).where(HamletWeek.hamlet_id == hamlet_id, HamletWeek.week == week)
    ).first()
    if row is None:
        row = HamletWeek(hamlet_id=hamlet_id, week=week)
    row.state = state
    if state == "submitted":
        row.submitted_at = utcnow()
    if state == "accepted":
        row.accepted_at = utcnow()
    session.add(row)


def count_value(store: Store, hamlet_id: str, week: str, metric: str) -> int | None:
    with store.session() as session:
        row = session.exec(
            select(WeeklyCount).where(
                WeeklyCount.hamlet_id == hamlet_id,
                WeeklyCount.week == week,
                WeeklyCount.metric == metric,
            )
        ).first()
        return None if row is None else row.value


def hamlet_id(store: Store, name: str) -> str:
    with store.session() as session:
        hamlet = session.exec(select(Hamlet).where(Hamlet.name == name)).one()
        return hamlet.id


def count_row(hamlet: str, week: str, metric: str, value: Any, seq: int = 1) -> list[Any]:
    now = "2026-11-20 08:00:00.000000"
    return [str(uuid.uuid4()), now, now, False, hamlet, week, metric, value, seq, None]


def craft(
    path: Path,
    key: DeviceKey,
    *,
    kind: str = "hamlet",
    commune: dict[str, str],
    hamlets: list[dict[str, str]],
    tables: dict[str, list[list[Any]]],
    **manifest: Any,
) -> Path:
    """A package written by the real writer and signed with ``key``, with chosen content."""
    data = {
        data_entry_name(name): json.dumps(
            {"table": name, "columns": list(TABLES[name].wire), "rows": rows}, ensure_ascii=False
        ).encode("utf-8")
        for name, rows in tables.items()
    }
    fields: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "package_id": str(uuid.uuid4()),
        "created_at": "2026-11-21T08:00:00",
        "app_version": "test",
        "kind": kind,
        "source": {
            "device_id": key.device_id,
            "role": kind,
            "public_key": key.public_text,
            "fingerprint": key.fingerprint,
        },
        "commune": commune,
        "hamlets": hamlets,
        "audience": None,
        "since_seq": 0,
        "seq_to": 10,
        "acks": [],
        "record_count": sum(len(r) for r in tables.values()),
        "tables": {n: len(r) for n, r in tables.items()},
    }
    fields.update(manifest)
    write_package(path, fields, data, {}, key)
    return path


def hamlet_key(pair: Pair) -> DeviceKey:
    return load_key(pair.hamlet.folder)


def rewrite_zip(source: Path, target: Path, change: Any) -> Path:
    """Copy a package entry by entry; ``change(name, data)`` returns (name, data) or None to
    drop the entry, and may return extra entries via a list."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            outcome = change(info.filename, old.read(info.filename))
            if outcome is None:
                continue
            for name, data in outcome if isinstance(outcome, list) else [outcome]:
                new.writestr(_regular(name), data)
    return target


def _regular(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 21, 8, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def signed_manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return canonical_json(manifest)
