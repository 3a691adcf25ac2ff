"""Writing a data package (`kehoach package export`, SPEC §6).

From the office: the reference data (commune, units, hamlets and their figures and teams, the
plan, its tasks and targets) and, with a hamlet named, that hamlet's field data as the office
holds it (week states it accepted or returned, corrections, evidence judgements), only what
changed since that hamlet's device last acknowledged, plus the office's acknowledgement of what
it received from that device.

From a hamlet device: its own hamlet's weeks, counts, activity log and evidence changed since
the office last acknowledged, with the acknowledgement of the office's last package.

Neither side sends back what it received unchanged from the other (their rows are still inside
a received change-sequence range), nor a record whose conflict waits for a person.
"""

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from .. import __version__
from ..core.domain import KehoachError
from ..db.models import Commune, Hamlet, utcnow
from ..db.sync_models import SyncBase, SyncDevice, SyncPackage
from ..sync.package_file import FORMAT, SUFFIX, write_package
from ..sync.schema import (
    HAMLET_TABLES,
    REFERENCE_TABLES,
    SCHEMA_VERSION,
    TableSpec,
    data_entry_name,
)
from .devices import HAMLET, OFFICE, Progress, ensure_local, find_hamlet, load_key, noop_progress
from .evidence import evidence_file
from .store import Store
from .sync_rows import (
    SeqRanges,
    current_seq,
    fetch_rows,
    pending_conflict_ids,
    raw_connection,
    received_ranges,
)


@dataclass
class ExportResult:
    path: Path
    package_id: str
    kind: str
    hamlet: str | None
    since_seq: int
    seq_to: int
    record_count: int
    tables: dict[str, int]
    evidence_files: int
    file_sha256: str
    messages: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "package_id": self.package_id,
            "kind": self.kind,
            "hamlet": self.hamlet,
            "since_seq": self.since_seq,
            "seq_to": self.seq_to,
            "record_count": self.record_count,
            "tables": self.tables,
            "evidence_files": self.evidence_files,
            "sha256": self.file_sha256,
            "messages": self.messages,
        }


def _active_device(session: Session, hamlet_id: str) -> SyncDevice | None:
    return session.exec(
        select(SyncDevice).where(
            SyncDevice.hamlet_id == hamlet_id,
            col(SyncDevice.is_local).is_(False),
            col(SyncDevice.revoked_at).is_(None),
        )
    ).first()


def _office_device(session: Session) -> SyncDevice | None:
    return session.exec(
        select(SyncDevice).where(
            col(SyncDevice.is_local).is_(False),
            SyncDevice.role == OFFICE,
            col(SyncDevice.revoked_at).is_(None),
        )
    ).first()


def _hamlet_where(spec: TableSpec) -> str:
    if spec.name == "evidence":
        return "activity_id IN (SELECT id FROM activity WHERE hamlet_id = ?)"
    return "hamlet_id = ?"


def export_package(
    store: Store, output: str | Path, hamlet: str | None = None, progress: Progress = noop_progress
) -> ExportResult:
    """Write this device's package to ``output`` (a ``.khpkg`` file); see the module notes."""
    output = Path(output)
    if output.suffix.lower() != SUFFIX:
        output = output.with_name(output.name + SUFFIX)
    messages: list[str] = []
    with store.session() as session:
        conn = raw_connection(session)
        commune = session.exec(select(Commune).where(col(Commune.deleted).is_(False))).first()
        if commune is None:
            raise KehoachError(
                "Kho dữ liệu chưa có xã và kế hoạch; không có gì để đóng gói "
                "(hãy nhập kế hoạch, hoặc nhập gói của văn phòng xã nếu đây là máy của ấp)."
            )
        local = ensure_local(session, store.folder)
        key = load_key(store.folder)
        progress(0, 4, "Chọn các bản ghi cần gửi")
        audience: Hamlet | None = None
        peer: SyncDevice | None = None
        tables: list[tuple[TableSpec, bool]] = []
        if local.role == OFFICE:
            kind = OFFICE
            if hamlet:
                audience = find_hamlet(session, hamlet)
                peer = _active_device(session, audience.id)
                tables = [(s, False) for s in REFERENCE_TABLES] + [(s, True) for s in HAMLET_TABLES]
            else:
                tables = [(s, False) for s in REFERENCE_TABLES]
            if audience is not None and peer is None:
                messages.append(
                    f"Chưa đăng ký máy nào cho {audience.name}: gói chứa toàn bộ dữ liệu; sau khi "
                    "nhập, máy của ấp chạy `kehoach device show` và xã đăng ký khóa của máy đó."
                )
        else:
            kind = HAMLET
            if local.hamlet_id is None:
                raise KehoachError(
                    "Máy này chưa nhận ấp nào: chạy `kehoach device claim --hamlet TÊN_ẤP` trước."
                )
            audience = session.get(Hamlet, local.hamlet_id)
            assert audience is not None
            if hamlet and find_hamlet(session, hamlet).id != audience.id:
                raise KehoachError(
                    f"Máy này là máy của {audience.name}; chỉ đóng gói dữ liệu của ấp đó."
                )
            peer = _office_device(session)
            tables = [(s, True) for s in HAMLET_TABLES]
        since = peer.acked_seq if peer else 0
        seq_to = current_seq(conn)
        ranges = received_ranges(conn, peer.device_id) if peer else SeqRanges([])
        waiting = pending_conflict_ids(conn)
        bases = (
            {
                b.record_id: b.hash
                for b in session.exec(
                    select(SyncBase).where(SyncBase.peer_device_id == peer.device_id)
                )
            }
            if peer is not None and kind == HAMLET
            else {}
        )
        data: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        evidence: dict[str, Path] = {}
        for spec, scoped in tables:
            progress(1, 4, f"Đọc {spec.label.lower()}")
            where = "change_seq > ?"
            params: list[Any] = [since]
            if scoped:
                assert audience is not None
                where += f" AND {_hamlet_where(spec)}"
                params.append(audience.id)
            rows = []
            for row in fetch_rows(conn, spec, where, params):
                seq = row[-1]
                if scoped and (seq in ranges or row[0] in waiting):
                    continue
                rows.append([*row[:-1], seq, bases.get(row[0])])
            if not rows:
                continue
            if spec.name == "evidence":
                for row in rows:
                    sha, file_name, deleted = row[4], row[5], row[3]
                    source = evidence_file(store.folder, sha, file_name)
                    if deleted:
                        continue
                    if source.is_file():
                        evidence[sha] = source
                    else:
                        messages.append(
                            f"Thiếu tệp minh chứng “{file_name}” trong thư mục dữ liệu; chỉ gửi "
                            "thông tin của minh chứng."
                        )
            payload = {"table": spec.name, "columns": list(spec.wire), "rows": rows}
            data[data_entry_name(spec.name)] = json.dumps(
                payload, ensure_ascii=False, separators=(",", ":")
            ).encode("utf-8")
            counts[spec.name] = len(rows)
        acks = (
            [
                {
                    "device_id": peer.device_id,
                    "seq": peer.received_seq,
                    "package_id": peer.received_package_id,
                }
            ]
            if peer
            else []
        )
        package_id = str(uuid.uuid4())
        created_at = utcnow()
        manifest = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "package_id": package_id,
            "created_at": created_at.isoformat(timespec="seconds"),
            "app_version": __version__,
            "kind": kind,
            "source": {
                "device_id": local.device_id,
                "role": local.role,
                "public_key": key.public_text,
                "fingerprint": key.fingerprint,
            },
            "commune": {"id": commune.id, "name": commune.name},
            "hamlets": [{"id": audience.id, "name": audience.name}]
            if kind == HAMLET and audience
            else [],
            "audience": (
                {
                    "hamlet_id": audience.id,
                    "hamlet_name": audience.name,
                    "device_id": peer.device_id if peer else None,
                }
                if kind == OFFICE and audience
                else None
            ),
            "since_seq": since,
            "seq_to": seq_to,
            "acks": acks,
            "record_count": sum(counts.values()),
            "tables": counts,
        }
        progress(2, 4, f"Ghi gói {output.name}")
        written, file_sha = write_package(output, manifest, data, evidence, key)
        progress(3, 4, "Ghi nhận gói đã xuất")
        session.add(
            SyncPackage(
                package_id=package_id,
                direction="out",
                kind=kind,
                peer_device_id=peer.device_id if peer else "",
                hamlet_id=audience.id if audience else None,
                file_name=output.name,
                file_sha256=file_sha,
                created_at=created_at,
                since_seq=since,
                seq_to=seq_to,
                record_count=written["record_count"],
            )
        )
        if peer is not None:
            peer.last_export_at = created_at
            session.add(peer)
    progress(4, 4, "Xong")
    if not counts:
        messages.append("Không có thay đổi nào từ lần xác nhận gần nhất; gói chỉ mang xác nhận.")
    return ExportResult(
        path=output,
        package_id=package_id,
        kind=kind,
        hamlet=audience.name if audience else None,
        since_seq=since,
        seq_to=seq_to,
        record_count=sum(counts.values()),
        tables=counts,
        evidence_files=len(evidence),
        file_sha256=file_sha,
        messages=messages,
    )
