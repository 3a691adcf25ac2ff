"""Conflicts: a record both the office and a hamlet changed since their common version.

Both versions are kept side by side until a person chooses one. Keeping the local version or
taking the incoming one both write the record again with a new change sequence, outside any
range received from the hamlet, so the decision travels to the hamlet with the office's next
package and both sides end with the same record.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from ..core.domain import KehoachError, WeekState
from ..db.models import utcnow
from ..db.raw import raw_connection
from ..db.sync_models import SyncConflict
from ..sync.schema import TABLES, column_labels
from .store import Store
from .sync_rows import allocate_seq, quoted

KEEP_LOCAL = "local"
TAKE_INCOMING = "incoming"
CHOICE_LABELS = {KEEP_LOCAL: "giữ bản của máy này", TAKE_INCOMING: "lấy bản trong gói"}


@dataclass
class FieldPair:
    name: str
    label: str
    local: Any
    incoming: Any

    @property
    def differs(self) -> bool:
        return self.local != self.incoming


@dataclass
class ConflictRow:
    """A conflict as people see it: what, from which package, and both versions field by field."""

    id: str
    table: str
    table_label: str
    label: str
    package_id: str
    peer_device_id: str
    created_at: datetime
    fields: list[FieldPair]
    resolution: str | None
    resolved_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "table": self.table,
            "label": self.label,
            "package_id": self.package_id,
            "created_at": self.created_at,
            "resolution": self.resolution,
            "fields": [
                {"name": f.name, "local": f.local, "incoming": f.incoming, "differs": f.differs}
                for f in self.fields
            ],
        }


def _row(conflict: SyncConflict) -> ConflictRow:
    spec = TABLES[conflict.table_name]
    local = json.loads(conflict.local_json)
    incoming = json.loads(conflict.incoming_json)
    labels = column_labels()
    names = ["deleted", *spec.content_names]
    fields = [
        FieldPair(name, labels.get(name, name), local.get(name), incoming.get(name))
        for name in names
        if name not in ("hamlet_id",)
    ]
    return ConflictRow(
        id=conflict.id,
        table=conflict.table_name,
        table_label=spec.label,
        label=conflict.label,
        package_id=conflict.package_id,
        peer_device_id=conflict.peer_device_id,
        created_at=conflict.created_at,
        fields=fields,
        resolution=conflict.resolution,
        resolved_at=conflict.resolved_at,
    )


def list_conflicts(store: Store, include_resolved: bool = False) -> list[ConflictRow]:
    """Conflicts waiting for a decision (and, if asked, those already decided), oldest first."""
    with store.session() as session:
        query = select(SyncConflict).order_by(col(SyncConflict.created_at))
        if not include_resolved:
            query = query.where(col(SyncConflict.resolution).is_(None))
        return [_row(c) for c in session.exec(query)]


def resolve_conflict(store: Store, conflict_id: str, choice: str) -> ConflictRow:
    """Decide a conflict: ``local`` keeps this store's version, ``incoming`` takes the package's.

    Refused when the week the record belongs to has been accepted since (a locked week changes
    only after it is unlocked).
    """
    if choice not in CHOICE_LABELS:
        raise KehoachError(f"Lựa chọn không hợp lệ: “{choice}” (dùng local hoặc incoming).")
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            matches = session.exec(
                select(SyncConflict).where(col(SyncConflict.id).startswith(conflict_id))
            ).all()
            if len(matches) != 1:
                raise KehoachError(f"Không có xung đột mã “{conflict_id}”.")
            conflict = matches[0]
        if conflict.resolution is not None:
            done = CHOICE_LABELS[conflict.resolution]
            raise KehoachError(f"Xung đột “{conflict.label}” đã được giải quyết ({done}).")
        spec = TABLES[conflict.table_name]
        conn = raw_connection(session)
        incoming = json.loads(conflict.incoming_json)
        if "week" in spec.content_names:
            state = conn.execute(
                "SELECT state FROM hamlet_week WHERE hamlet_id = ? AND week = ? AND deleted = 0",
                (incoming["hamlet_id"], incoming["week"]),
            ).fetchone()
            if state is not None and state[0] == WeekState.ACCEPTED and choice == TAKE_INCOMING:
                raise KehoachError(
                    f"{conflict.label}: tuần này đã được duyệt (đã khóa); mở khóa tuần trước khi "
                    "lấy bản trong gói."
                )
        exists = conn.execute(
            f"SELECT 1 FROM {quoted(spec.name)} WHERE id = ?", (conflict.record_id,)
        ).fetchone()
        if exists is None:
            raise KehoachError(f"Bản ghi của xung đột “{conflict.label}” không còn trong kho.")
        seq = allocate_seq(conn, 1)
        now = utcnow().isoformat(sep=" ", timespec="microseconds")
        if choice == TAKE_INCOMING:
            columns = ("updated_at", "change_seq", "deleted", *spec.content_names)
            values = (now, seq, incoming["deleted"], *(incoming[c] for c in spec.content_names))
        else:
            columns = ("updated_at", "change_seq")
            values = (now, seq)
        sets = ", ".join(f"{quoted(c)} = ?" for c in columns)
        conn.execute(
            f"UPDATE {quoted(spec.name)} SET {sets} WHERE id = ?", (*values, conflict.record_id)
        )
        conflict.resolution = choice
        conflict.resolved_at = utcnow()
        session.add(conflict)
        session.flush()
        return _row(conflict)
