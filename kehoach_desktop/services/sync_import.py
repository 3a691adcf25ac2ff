"""Importing a data package (`kehoach package import`, SPEC §6–§7).

Nothing is written until the whole package has passed, in this order: the container (size,
type, entry names, links, zip bombs — sync.package_file), the manifest and schema version, the
sender (a registered hamlet key at the office; the trusted office key on a hamlet device, or
on an empty store the key the package carries, which that store then trusts), the signature,
the scope (a hamlet device speaks for its own hamlet only), every entry's SHA-256, and every
record's values. A refused package leaves the store exactly as it was.

Then each record is classified against the store:

- new: not here yet;
- unchanged: same content, or a version this store already received from that sender, or one
  older than what a package from that sender already brought (packages may arrive out of
  order: a store restored from a backup, a file imported again);
- updated: the store's version is still what the sender last gave (its change sequence lies in
  a range written by an earlier package from that sender), or the sender built its version on
  ours (``_base``); on a hamlet device, also whatever the office decided after seeing the
  hamlet's version (the office has the last word on its hamlets' data);
- conflict: both sides changed it since their common version — kept side by side for a person;
- rejected: outside the sender's scope, in a week the office has accepted (locked), a week
  state or evidence judgement only the office may set, or a value that does not fit.

A preview runs the same classification and writes nothing; applying writes everything in one
transaction (bulk SQL, one change-sequence range) and records the package id, so importing
the same file again changes nothing.
"""

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from .. import paths
from ..core.domain import Metric, WeekState
from ..core.text import clean
from ..db.backup import backup_store
from ..db.crash_point import crash_point
from ..db.models import Commune, utcnow
from ..db.sync_models import SyncDevice, SyncPackage
from ..sync.package_file import Limits, OpenedPackage, PackageRefused, open_package
from ..sync.schema import (
    ALL_TABLES,
    HAMLET_TABLES,
    TABLES,
    RowProblem,
    TableSpec,
    record_hash,
    validate_rows,
)
from ..sync.signing import device_id_for, fingerprint, parse_public_key
from .devices import (
    HAMLET,
    OFFICE,
    Progress,
    ensure_local,
    find_local,
    noop_progress,
    store_is_empty,
)
from .evidence import evidence_file
from .store import Store
from .sync_rows import (
    ReceivedPackages,
    SeqRanges,
    allocate_seq,
    existing_ids,
    fetch_by_ids,
    fetch_rows,
    hamlet_names,
    insert_sql,
    quoted,
    raw_connection,
    received_packages,
    received_ranges,
    update_sql,
)

OUTCOMES = ("new", "updated", "unchanged", "conflict", "rejected")
OUTCOME_LABELS = {
    "new": "Mới",
    "updated": "Cập nhật",
    "unchanged": "Không đổi",
    "conflict": "Xung đột",
    "rejected": "Từ chối",
}
_MAX_ITEMS = 2000
_MAX_MESSAGES_PER_ENTRY = 20
_BACKUPS_KEPT = 10


@dataclass
class RecordChange:
    """One record of a preview: what would happen to it, with both versions side by side."""

    outcome: str
    table: str
    label: str
    message: str = ""
    local: dict[str, Any] | None = None
    incoming: dict[str, Any] | None = None

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    def to_json(self) -> dict[str, object]:
        return {
            "outcome": self.outcome,
            "table": self.table,
            "label": self.label,
            "message": self.message,
            "local": self.local,
            "incoming": self.incoming,
        }


@dataclass
class ImportResult:
    """What an import did (or, for a preview, would do)."""

    file_name: str
    package_id: str
    kind: str
    source_device_id: str
    source_fingerprint: str
    hamlets: list[str]
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    messages: list[str] = field(default_factory=list)
    items: list[RecordChange] = field(default_factory=list)
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    applied: bool = False
    already_imported: bool = False

    def count(self, table: str, outcome: str, n: int = 1) -> None:
        per_table = self.tables.setdefault(table, dict.fromkeys(OUTCOMES, 0))
        per_table[outcome] += n
        attribute = "conflicts" if outcome == "conflict" else outcome
        setattr(self, attribute, getattr(self, attribute) + n)

    def note(self, change: RecordChange) -> None:
        if len(self.items) < _MAX_ITEMS:
            self.items.append(change)

    def to_json(self) -> dict[str, object]:
        return {
            "package_id": self.package_id,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "messages": self.messages,
            "file": self.file_name,
            "kind": self.kind,
            "source": {"device_id": self.source_device_id, "fingerprint": self.source_fingerprint},
            "hamlets": self.hamlets,
            "tables": self.tables,
            "applied": self.applied,
            "already_imported": self.already_imported,
        }


# --------------------------------------------------------------------------- manifest


@dataclass
class Header:
    """The manifest's fields, checked for shape."""

    package_id: str
    kind: str
    created_at: datetime
    source_device_id: str
    source_public_key: str
    commune_id: str
    commune_name: str
    hamlets: list[dict[str, str]]
    audience_hamlet_id: str | None
    audience_hamlet_name: str | None
    since_seq: int
    seq_to: int
    acks: list[dict[str, Any]]
    record_count: int


def _header(pkg: OpenedPackage) -> Header:
    m = pkg.manifest

    def bad(what: str) -> PackageRefused:
        return pkg.refuse(f"bản kê thiếu hoặc sai trường {what}.", "manifest.json", "manifest")

    def text(value: Any, what: str, limit: int = 200) -> str:
        if not isinstance(value, str) or not value or len(value) > limit:
            raise bad(what)
        return value

    def number(value: Any, what: str) -> int:
        if type(value) is not int or value < 0:
            raise bad(what)
        return value

    package_id = text(m.get("package_id"), "package_id", 36)
    try:
        uuid.UUID(package_id)
    except ValueError:
        raise bad("package_id") from None
    kind = m.get("kind")
    if kind not in (OFFICE, HAMLET):
        raise bad("kind")
    try:
        created_at = datetime.fromisoformat(text(m.get("created_at"), "created_at", 40))
    except ValueError:
        raise bad("created_at") from None
    source = m.get("source")
    commune = m.get("commune")
    if not isinstance(source, dict):
        raise bad("source")
    if not isinstance(commune, dict):
        raise bad("commune")
    hamlets = m.get("hamlets")
    if not isinstance(hamlets, list) or not all(
        isinstance(h, dict) and isinstance(h.get("id"), str) and isinstance(h.get("name"), str)
        for h in hamlets
    ):
        raise bad("hamlets")
    audience = m.get("audience")
    if audience is not None and (
        not isinstance(audience, dict) or not isinstance(audience.get("hamlet_id"), str)
    ):
        raise bad("audience")
    acks = m.get("acks")
    if not isinstance(acks, list) or not all(
        isinstance(a, dict) and isinstance(a.get("device_id"), str) and type(a.get("seq")) is int
        for a in acks
    ):
        raise bad("acks")
    return Header(
        package_id=package_id,
        kind=kind,
        created_at=created_at.replace(tzinfo=None),
        source_device_id=text(source.get("device_id"), "source.device_id", 36),
        source_public_key=text(source.get("public_key"), "source.public_key"),
        commune_id=text(commune.get("id"), "commune.id", 36),
        commune_name=clean(text(commune.get("name"), "commune.name")),
        hamlets=hamlets,
        audience_hamlet_id=audience["hamlet_id"] if audience else None,
        audience_hamlet_name=clean(str(audience.get("hamlet_name") or "")) if audience else None,
        since_seq=number(m.get("since_seq"), "since_seq"),
        seq_to=number(m.get("seq_to"), "seq_to"),
        acks=acks,
        record_count=number(m.get("record_count"), "record_count"),
    )


# --------------------------------------------------------------------------- trust


@dataclass
class Context:
    """Who sent the package, what this store knows of them, and what they may write."""

    receiver: str  # office | hamlet: this store's role once the package is applied
    peer_id: str
    peer_fingerprint: str
    peer_public_key: str
    peer: SyncDevice | None
    local: SyncDevice | None
    hamlet_id: str | None  # the hamlet whose field data this exchange may carry
    bootstrap: bool
    received_seq: int
    acked_seq: int
    ranges: SeqRanges
    names: dict[str, str]
    # Where each package already received from the peer began (set by _trust).
    packages: ReceivedPackages = field(default_factory=lambda: ReceivedPackages([]))


def _trust(
    session: Session, conn: sqlite3.Connection, pkg: OpenedPackage, header: Header
) -> Context:
    local = find_local(session)
    if local is not None and header.source_device_id == local.device_id:
        raise pkg.refuse("gói này do chính máy này tạo ra; không nhập lại.", code="own")
    try:
        claimed_key = parse_public_key(header.source_public_key)
    except Exception:  # noqa: BLE001 - any malformed key is the same refusal
        raise pkg.refuse(
            "khóa công khai trong bản kê không hợp lệ.", "manifest.json", "manifest"
        ) from None
    claimed_fp = fingerprint(claimed_key)
    if device_id_for(claimed_key) != header.source_device_id:
        raise pkg.refuse(
            "mã máy gửi không khớp với khóa công khai của nó.", "manifest.json", "manifest"
        )
    commune = session.exec(select(Commune).where(col(Commune.deleted).is_(False))).first()
    names = hamlet_names(conn)
    if header.kind == HAMLET:
        ctx = _trust_hamlet_package(session, conn, pkg, header, local, commune, names, claimed_fp)
    else:
        ctx = _trust_office_package(session, conn, pkg, header, local, commune, names, claimed_key)
    ctx.packages = received_packages(conn, ctx.peer_id)
    # The acknowledgement this package carries is the sender's latest word on what it has.
    for ack in header.acks:
        if local is not None and ack["device_id"] == local.device_id and ack["seq"] >= 0:
            ctx.acked_seq = ack["seq"]
    return ctx


def _trust_hamlet_package(
    session: Session,
    conn: sqlite3.Connection,
    pkg: OpenedPackage,
    header: Header,
    local: SyncDevice | None,
    commune: Commune | None,
    names: dict[str, str],
    claimed_fp: str,
) -> Context:
    claimed_names = ", ".join(h["name"] for h in header.hamlets) or "(không ghi)"
    if local is not None and local.role == HAMLET:
        raise pkg.refuse(
            "đây là gói của một máy ấp; chỉ máy văn phòng xã mới nhập được (máy này là máy của "
            f"{names.get(local.hamlet_id or '', 'một ấp')}).",
            code="store",
        )
    if commune is None:
        raise pkg.refuse(
            "kho dữ liệu này trống; gói của máy ấp chỉ nhập vào máy văn phòng xã.", code="store"
        )
    sender = session.get(SyncDevice, header.source_device_id)
    if sender is None or sender.is_local or sender.role != HAMLET:
        raise pkg.refuse(
            f"khóa của máy gửi chưa được đăng ký ở xã (dấu vân tay {claimed_fp}, ấp tự nhận: "
            f"{claimed_names}). Nếu đúng là máy của ấp, hãy đối chiếu dấu vân tay rồi đăng ký: "
            f'kehoach device register --hamlet "TÊN ẤP" --key {header.source_public_key}',
            code="unknown_key",
        )
    if sender.revoked_at is not None:
        raise pkg.refuse(
            f"máy gửi (dấu vân tay {sender.fingerprint}) đã được thay bằng máy khác từ "
            f"{sender.revoked_at:%d/%m/%Y}; gói từ máy cũ không được nhận.",
            code="unknown_key",
        )
    own = names.get(sender.hamlet_id or "", "?")
    pkg.check_signature(parse_public_key(sender.public_key), f"máy của {own} đã đăng ký")
    if [h["id"] for h in header.hamlets] != [sender.hamlet_id]:
        raise pkg.refuse(
            f"gói tự nhận nói cho {claimed_names}, nhưng khóa ký chỉ được đăng ký cho {own}; "
            "máy của một ấp chỉ được gửi dữ liệu của ấp mình.",
            "manifest.json",
            "scope",
        )
    if header.commune_id != commune.id:
        raise pkg.refuse(f"gói thuộc xã khác ({header.commune_name}).", "manifest.json", "scope")
    return Context(
        receiver=OFFICE,
        peer_id=sender.device_id,
        peer_fingerprint=sender.fingerprint,
        peer_public_key=sender.public_key,
        peer=sender,
        local=local,
        hamlet_id=sender.hamlet_id,
        bootstrap=False,
        received_seq=sender.received_seq,
        acked_seq=sender.acked_seq,
        ranges=received_ranges(conn, sender.device_id),
        names=names,
    )


def _trust_office_package(
    session: Session,
    conn: sqlite3.Connection,
    pkg: OpenedPackage,
    header: Header,
    local: SyncDevice | None,
    commune: Commune | None,
    names: dict[str, str],
    claimed_key: bytes,
) -> Context:
    audience_name = header.audience_hamlet_name or "?"
    if local is None or local.role == OFFICE:
        if not store_is_empty(session):
            demo = conn.execute(
                "SELECT 1 FROM plan WHERE source_file = '(dữ liệu mẫu)' AND deleted = 0"
            ).fetchone()
            hint = (
                " Kho dữ liệu này đang chứa dữ liệu mẫu: để cài đặt máy của ấp, nhập gói vào một "
                "thư mục dữ liệu trống (kehoach --data-dir THƯ_MỤC_MỚI package import …)."
                if demo
                else ""
            )
            raise pkg.refuse(
                "đây là gói của văn phòng xã; máy này cũng là máy văn phòng xã (đã có dữ liệu). "
                f"Gói của xã chỉ nhập vào máy của ấp.{hint}",
                code="store",
            )
        pkg.check_signature(claimed_key, "văn phòng xã ghi trong gói")
        if header.since_seq != 0:
            raise pkg.refuse(
                "gói này chỉ chứa phần thay đổi, không đủ để cài đặt máy mới; hãy xin xã một gói "
                "đầy đủ (xã xuất gói cho ấp khi chưa đăng ký máy mới).",
                code="store",
            )
        return Context(
            receiver=HAMLET,
            peer_id=header.source_device_id,
            peer_fingerprint=fingerprint(claimed_key),
            peer_public_key=header.source_public_key,
            peer=None,
            local=local,
            hamlet_id=header.audience_hamlet_id,
            bootstrap=True,
            received_seq=0,
            acked_seq=0,
            ranges=SeqRanges([]),
            names=names,
        )
    office = session.exec(
        select(SyncDevice).where(
            col(SyncDevice.is_local).is_(False),
            SyncDevice.role == OFFICE,
            col(SyncDevice.revoked_at).is_(None),
        )
    ).first()
    if office is not None and office.device_id != header.source_device_id:
        raise pkg.refuse(
            f"gói được ký bằng khóa khác (dấu vân tay {fingerprint(claimed_key)}) với khóa văn "
            f"phòng xã mà máy này tin cậy (dấu vân tay {office.fingerprint}).",
            code="unknown_key",
        )
    trusted_key = parse_public_key(office.public_key) if office else claimed_key
    pkg.check_signature(trusted_key, "văn phòng xã")
    if commune is not None and header.commune_id != commune.id:
        raise pkg.refuse(f"gói thuộc xã khác ({header.commune_name}).", "manifest.json", "scope")
    if (
        header.audience_hamlet_id
        and local.hamlet_id
        and header.audience_hamlet_id != local.hamlet_id
    ):
        raise pkg.refuse(
            f"gói này xã làm cho {audience_name}; máy này là máy của "
            f"{names.get(local.hamlet_id, 'ấp khác')}.",
            "manifest.json",
            "audience",
        )
    return Context(
        receiver=HAMLET,
        peer_id=header.source_device_id,
        peer_fingerprint=fingerprint(trusted_key),
        peer_public_key=header.source_public_key,
        peer=office,
        local=local,
        hamlet_id=local.hamlet_id or header.audience_hamlet_id,
        bootstrap=False,
        received_seq=office.received_seq if office else 0,
        acked_seq=office.acked_seq if office else 0,
        ranges=received_ranges(conn, header.source_device_id),
        names=names,
    )


# --------------------------------------------------------------------------- entries


def _entries(
    pkg: OpenedPackage, header: Header, result: ImportResult
) -> dict[str, list[list[Any]]]:
    """Every data entry's rows, checked; rows that do not fit are rejected with a message."""
    allowed = {s.name for s in HAMLET_TABLES} if header.kind == HAMLET else set(TABLES)
    parsed: dict[str, list[list[Any]]] = {}
    total = 0
    for name in pkg.data_names():
        table = name[len("data/") : -len(".json")]
        spec = TABLES.get(table)
        if spec is None:
            raise pkg.refuse("bảng dữ liệu lạ, không thuộc cấu trúc gói phiên bản 1.", name, "data")
        try:
            doc = json.loads(pkg.data(name) or b"")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise pkg.refuse(f"không đọc được dữ liệu JSON ({exc}).", name, "data") from exc
        if (
            not isinstance(doc, dict)
            or doc.get("table") != table
            or doc.get("columns") != list(spec.wire)
            or not isinstance(doc.get("rows"), list)
        ):
            raise pkg.refuse(
                "cấu trúc dữ liệu không đúng phiên bản 1 (tên bảng hoặc danh sách cột khác).",
                name,
                "data",
            )
        rows = doc["rows"]
        total += len(rows)
        if table not in allowed:
            result.count(table, "rejected", len(rows))
            result.messages.append(
                f"Mục “{name}”: máy của ấp không được gửi {spec.label.lower()}; "
                f"{len(rows)} bản ghi bị từ chối."
            )
            continue
        good, problems = validate_rows(spec, rows)
        if problems:
            _report_problems(name, spec, problems, result)
        parsed[table] = good
    if total != header.record_count:
        raise pkg.refuse(
            f"số bản ghi trong gói ({total}) khác số ghi trong bản kê ({header.record_count}).",
            "manifest.json",
            "manifest",
        )
    return parsed


def _report_problems(
    name: str, spec: TableSpec, problems: list[RowProblem], result: ImportResult
) -> None:
    result.count(spec.name, "rejected", len(problems))
    for problem in problems[:_MAX_MESSAGES_PER_ENTRY]:
        who = f" (mã {problem.record_id})" if problem.record_id else ""
        result.messages.append(
            f"Mục “{name}”, bản ghi thứ {problem.index + 1}{who}: cột “{problem.column}” "
            f"{problem.problem}; bản ghi bị từ chối."
        )
    if len(problems) > _MAX_MESSAGES_PER_ENTRY:
        result.messages.append(
            f"Mục “{name}”: và {len(problems) - _MAX_MESSAGES_PER_ENTRY} bản ghi lỗi khác."
        )


# --------------------------------------------------------------------------- classification


@dataclass
class TablePlan:
    spec: TableSpec
    inserts: list[list[Any]] = field(default_factory=list)
    updates: list[tuple[str, list[Any]]] = field(default_factory=list)  # (local id, row)
    reasserts: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, list[Any], list[Any], str]] = field(default_factory=list)
    bases: list[tuple[str, str]] = field(default_factory=list)  # (local id, hash)
    evidence_needed: list[tuple[str, str]] = field(default_factory=list)  # (sha, file name)


def _label(spec: TableSpec, row: list[Any], names: dict[str, str]) -> str:
    values = dict(zip(spec.wire, row, strict=False))
    hamlet = names.get(str(values.get("hamlet_id")), "")
    if spec.name == "weekly_count":
        try:
            metric = Metric(values["metric"]).label
        except ValueError:
            metric = str(values["metric"])
        return f"{hamlet} · tuần {values['week']} · {metric}"
    if spec.name == "hamlet_week":
        return f"{hamlet} · tuần {values['week']}"
    if spec.name == "activity":
        day = str(values.get("on_date") or "")
        shown = f"{day[8:10]}/{day[5:7]}/{day[:4]}" if len(day) == 10 else day
        return f"{hamlet} · hoạt động ngày {shown}: {str(values.get('description') or '')[:50]}"
    if spec.name == "evidence":
        return f"Minh chứng “{values.get('file_name')}”"
    for key in ("name", "code", "title", "alias", "number"):
        if values.get(key):
            return f"{spec.label}: {values[key]}"
    return f"{spec.label}: {row[0]}"


def _fields(spec: TableSpec, content: list[Any] | tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(("deleted", *spec.content_names), content, strict=True))


def _describe_week_lock(spec: TableSpec, local: list[Any] | None, row: list[Any]) -> str:
    if spec.name == "weekly_count" and local is not None:
        return f"giữ {local[-2]} của xã, không nhận {row[-3]}"
    if spec.name == "weekly_count":
        return f"không nhận {row[-3]}"
    return "giữ bản của xã"


class Classifier:
    """Decides the fate of every record (see the module notes); writes nothing."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        folder: Path,
        pkg: OpenedPackage,
        ctx: Context,
        result: ImportResult,
    ) -> None:
        self.conn = conn
        self.folder = folder
        self.pkg = pkg
        self.ctx = ctx
        self.result = result
        self.at_office = ctx.receiver == OFFICE
        self.incoming_accepted: set[str] = set()
        # Weeks the office has accepted are locked: nothing from a hamlet changes them.
        self.local_accepted = {
            r[0]
            for r in conn.execute(
                "SELECT week FROM hamlet_week WHERE hamlet_id = ? AND state = ? AND deleted = 0",
                (ctx.hamlet_id, WeekState.ACCEPTED.value),
            )
        }
        # The hamlet's activities (here, then those in the package): evidence must hang on one.
        self.activity_ids = {
            r[0]
            for r in conn.execute("SELECT id FROM activity WHERE hamlet_id = ?", (ctx.hamlet_id,))
        }
        self.bases: dict[str, str] = {}
        if not self.at_office:
            self.bases = {
                r[0]: r[1]
                for r in conn.execute(
                    "SELECT record_id, hash FROM sync_base WHERE peer_device_id = ?", (ctx.peer_id,)
                )
            }

    def run(self, tables: dict[str, list[list[Any]]], progress: Progress) -> list[TablePlan]:
        plans = []
        order = [spec for spec in ALL_TABLES if spec.name in tables]
        for index, spec in enumerate(order):
            progress(index, len(order), f"So sánh {spec.label.lower()}")
            plan = TablePlan(spec)
            if spec.hamlet_scoped:
                self._hamlet_table(spec, tables[spec.name], plan)
            else:
                self._reference_table(spec, tables[spec.name], plan)
            plans.append(plan)
        return plans

    # -- office → hamlet reference data: the office is the only writer

    def _reference_table(self, spec: TableSpec, rows: list[list[Any]], plan: TablePlan) -> None:
        result = self.result
        local = {r[0]: r for r in fetch_by_ids(self.conn, spec, [r[0] for r in rows])}
        tally = dict.fromkeys(OUTCOMES, 0)
        for row in rows:
            mine = local.get(row[0])
            content = row[3:-2]
            if mine is None:
                plan.inserts.append(row)
                tally["new"] += 1
                if tally["new"] <= 100:
                    self._note_new(spec, row)
            elif (
                mine[3:-1] == content
                or row[-2] <= self.ctx.received_seq
                or self.ctx.packages.holds_newer(mine[-1], row[-2])
            ):
                tally["unchanged"] += 1
            else:
                plan.updates.append((row[0], row))
                tally["updated"] += 1
                result.note(
                    RecordChange(
                        "updated",
                        spec.name,
                        _label(spec, row, self.ctx.names),
                        local=_fields(spec, mine[3:-1]),
                        incoming=_fields(spec, content),
                    )
                )
        for outcome, n in tally.items():
            if n:
                result.count(spec.name, outcome, n)

    # -- field data

    def _local_rows(self, spec: TableSpec, rows: list[list[Any]]) -> dict[Any, list[Any]]:
        hamlet_id = self.ctx.hamlet_id
        if spec.natural_key:
            positions = [spec.wire.index(k) for k in spec.natural_key]
            found = fetch_rows(self.conn, spec, "hamlet_id = ?", [hamlet_id])
            return {tuple(r[p] for p in positions): r for r in found}
        if spec.name == "activity":
            found = fetch_rows(self.conn, spec, "hamlet_id = ?", [hamlet_id])
            return {r[0]: r for r in found}
        return {r[0]: r for r in fetch_by_ids(self.conn, spec, [r[0] for r in rows])}

    def _scope_problem(self, spec: TableSpec, row: list[Any], mine: list[Any] | None) -> str | None:
        hamlet_id = self.ctx.hamlet_id
        who = self.ctx.names.get(hamlet_id or "", "ấp này")
        if hamlet_id is None:
            return "máy này chưa nhận ấp nào nên không nhận số liệu của ấp"
        if spec.name != "evidence":
            owner = row[spec.wire.index("hamlet_id")]
            if owner != hamlet_id:
                other = self.ctx.names.get(owner, f"mã {owner}")
                return f"là dữ liệu của {other}; máy gửi chỉ được ghi dữ liệu của {who}"
            return None
        values = dict(zip(spec.wire, row, strict=True))
        if values["task_update_id"] or values["indicator_value_id"]:
            return "minh chứng của nhiệm vụ/chỉ tiêu không đi theo gói của ấp"
        if values["activity_id"] not in self.activity_ids:
            return f"minh chứng không gắn với hoạt động nào của {who}"
        if mine is not None and (mine[spec.wire.index("activity_id")] not in self.activity_ids):
            return f"mã minh chứng đã thuộc về dữ liệu khác, không phải của {who}"
        return None

    def _hamlet_table(self, spec: TableSpec, rows: list[list[Any]], plan: TablePlan) -> None:
        ctx, result = self.ctx, self.result
        local = self._local_rows(spec, rows)
        week_at = spec.wire.index("week") if "week" in spec.wire else None
        owner_at = spec.wire.index("hamlet_id") if "hamlet_id" in spec.wire else None
        key_positions = [spec.wire.index(k) for k in spec.natural_key]
        if spec.name == "hamlet_week" and not self.at_office and week_at is not None:
            state_at = spec.wire.index("state")
            self.incoming_accepted = {
                r[week_at] for r in rows if r[state_at] == WeekState.ACCEPTED and not r[3]
            }
        if spec.name == "activity":
            foreign = existing_ids(self.conn, "activity", [r[0] for r in rows if r[0] not in local])
        else:
            foreign = set()
        locked = self.local_accepted | self.incoming_accepted
        hamlet_id = ctx.hamlet_id
        received_seq = ctx.received_seq
        at_office = self.at_office
        tally = dict.fromkeys(OUTCOMES, 0)
        for row in rows:
            key = tuple([row[p] for p in key_positions]) if key_positions else row[0]
            mine = local.get(key)
            # The common case (a row of the sender's own hamlet) is checked inline.
            if owner_at is None or row[owner_at] != hamlet_id or hamlet_id is None or foreign:
                problem = self._scope_problem(spec, row, mine)
                if problem is None and row[0] in foreign:
                    problem = "mã bản ghi đã thuộc về dữ liệu của ấp khác"
                if problem is not None:
                    self._reject(spec, row, mine, problem)
                    continue
            content = row[3:-2]
            if mine is not None:
                if mine[3:-1] == content:
                    tally["unchanged"] += 1
                    if not at_office:
                        self._base(plan, mine[0], content)
                    continue
                if row[-2] <= received_seq or ctx.packages.holds_newer(mine[-1], row[-2]):
                    # A version already received from the sender, or older than one here.
                    tally["unchanged"] += 1
                    continue
            week = row[week_at] if week_at is not None else None
            if at_office:
                outcome = self._at_office(spec, row, mine, content, week in locked, plan)
            else:
                outcome = self._at_hamlet(spec, row, mine, week in locked)
            if outcome == "new":
                plan.inserts.append(row)
                tally["new"] += 1
                if tally["new"] <= 100:
                    self._note_new(spec, row)
            elif outcome == "updated":
                assert mine is not None
                plan.updates.append((mine[0], row))
                tally["updated"] += 1
                result.note(
                    RecordChange(
                        "updated",
                        spec.name,
                        _label(spec, row, ctx.names),
                        local=_fields(spec, mine[3:-1]),
                        incoming=_fields(spec, content),
                    )
                )
            else:
                continue
            if spec.name == "activity":
                self.activity_ids.add(row[0])
            if not at_office:
                self._base(plan, mine[0] if mine else row[0], content)
            if spec.name == "evidence" and not row[3]:
                plan.evidence_needed.append((row[4], row[5]))
        for outcome, n in tally.items():
            if n:
                result.count(spec.name, outcome, n)

    def _note_new(self, spec: TableSpec, row: list[Any]) -> None:
        label = _label(spec, row, self.ctx.names)
        self.result.note(RecordChange("new", spec.name, label, incoming=_fields(spec, row[3:-2])))

    def _base(self, plan: TablePlan, record_id: str, content: list[Any]) -> None:
        digest = record_hash(content)
        if self.bases.get(record_id) != digest:
            plan.bases.append((record_id, digest))
            self.bases[record_id] = digest

    def _reject(self, spec: TableSpec, row: list[Any], mine: list[Any] | None, why: str) -> None:
        label = _label(spec, row, self.ctx.names)
        self.result.count(spec.name, "rejected")
        self.result.messages.append(
            f"Mục “data/{spec.name}.json”, {label}: {why}; bản ghi bị từ chối."
        )
        self.result.note(
            RecordChange(
                "rejected",
                spec.name,
                label,
                why,
                local=_fields(spec, mine[3:-1]) if mine else None,
                incoming=_fields(spec, row[3:-2]),
            )
        )

    def _at_office(
        self,
        spec: TableSpec,
        row: list[Any],
        mine: list[Any] | None,
        content: list[Any],
        locked: bool,
        plan: TablePlan,
    ) -> str:
        if locked:
            lock = _describe_week_lock(spec, mine, row)
            self._reject(spec, row, mine, f"tuần này xã đã duyệt (đã khóa) — {lock}")
            if mine is not None:
                plan.reasserts.append(mine[0])
            return "rejected"
        if spec.name == "hamlet_week":
            state = row[spec.wire.index("state")]
            mine_state = mine[spec.wire.index("state")] if mine else None
            if state in (WeekState.ACCEPTED, WeekState.RETURNED) and state != mine_state:
                self._reject(spec, row, mine, "chỉ văn phòng xã mới duyệt hoặc trả lại tuần")
                return "rejected"
        if spec.name == "evidence":
            review = slice(spec.wire.index("review_state"), spec.wire.index("reviewed_by") + 1)
            theirs = row[review]
            ours = mine[review] if mine else ["pending", "", None, ""]
            if theirs != ours:
                self._reject(spec, row, mine, "chỉ văn phòng xã mới duyệt minh chứng")
                return "rejected"
        if spec.name == "evidence" and not row[3] and not self._evidence_available(row[4], row[5]):
            self._reject(spec, row, mine, "thiếu tệp minh chứng trong gói")
            return "rejected"
        if mine is None:
            return "new"
        base = row[-1]
        if mine[-1] in self.ctx.ranges or (base is not None and base == record_hash(mine[3:-1])):
            return "updated"
        self.result.count(spec.name, "conflict")
        label = _label(spec, row, self.ctx.names)
        self.result.note(
            RecordChange(
                "conflict",
                spec.name,
                label,
                "cả xã và ấp đều đã sửa bản ghi này từ lần đồng bộ trước",
                local=_fields(spec, mine[3:-1]),
                incoming=_fields(spec, content),
            )
        )
        plan.conflicts.append((mine[0], mine, row, label))
        return "conflict"

    def _at_hamlet(
        self, spec: TableSpec, row: list[Any], mine: list[Any] | None, locked: bool
    ) -> str:
        if spec.name == "evidence" and not row[3] and not self._evidence_available(row[4], row[5]):
            self._reject(spec, row, mine, "thiếu tệp minh chứng trong gói")
            return "rejected"
        if mine is None:
            return "new"
        if locked or mine[-1] <= self.ctx.acked_seq or mine[-1] in self.ctx.ranges:
            return "updated"
        label = _label(spec, row, self.ctx.names)
        self.result.count(spec.name, "unchanged")
        self.result.messages.append(
            f"{label}: máy này đã sửa sau lần gửi gần nhất nên giữ bản của máy này; gửi gói lên "
            "xã để xã quyết định."
        )
        return "kept"

    def _evidence_available(self, sha: str, file_name: str) -> bool:
        return self.pkg.has_evidence(sha) or evidence_file(self.folder, sha, file_name).is_file()


# --------------------------------------------------------------------------- writing


def _write(
    session: Session,
    conn: sqlite3.Connection,
    folder: Path,
    pkg: OpenedPackage,
    header: Header,
    ctx: Context,
    plans: list[TablePlan],
    result: ImportResult,
) -> None:
    conn.execute("PRAGMA defer_foreign_keys = ON")
    now = utcnow()
    stamp = now.isoformat(sep=" ", timespec="microseconds")
    changed = sum(len(p.inserts) + len(p.updates) for p in plans)
    first = allocate_seq(conn, changed) if changed else 0
    seq = first
    for plan in plans:
        spec = plan.spec
        if plan.inserts:
            params = []
            for row in plan.inserts:
                params.append((row[0], row[1], row[2], seq, *row[3:-2]))
                seq += 1
            if spec.natural_key:
                _insert_keyed(conn, plan, params)
            else:
                conn.executemany(insert_sql(spec), params)
        if plan.updates:
            params = []
            for local_id, row in plan.updates:
                params.append((row[2], seq, *row[3:-2], local_id))
                seq += 1
            conn.executemany(update_sql(spec), params)
        for sha, file_name in plan.evidence_needed:
            target = evidence_file(folder, sha, file_name)
            if not target.is_file() and pkg.has_evidence(sha):
                pkg.extract_evidence(sha, target)
    reasserts = [(p.spec, rid) for p in plans for rid in p.reasserts]
    if reasserts:
        # The office's version of a locked week goes back to the hamlet with the next package.
        bump = allocate_seq(conn, len(reasserts))
        for offset, (spec, record_id) in enumerate(reasserts):
            conn.execute(
                f"UPDATE {quoted(spec.name)} SET change_seq = ? WHERE id = ?",
                (bump + offset, record_id),
            )
    _write_conflicts(conn, header, ctx, plans, stamp)
    bases = [(rid, ctx.peer_id, digest) for p in plans for rid, digest in p.bases]
    if bases:
        conn.executemany(
            "INSERT INTO sync_base (record_id, peer_device_id, hash) VALUES (?, ?, ?) "
            "ON CONFLICT(record_id) DO UPDATE SET peer_device_id = excluded.peer_device_id, "
            "hash = excluded.hash",
            bases,
        )
    _record_devices(session, folder, header, ctx, result, now)
    session.add(
        SyncPackage(
            package_id=header.package_id,
            direction="in",
            kind=header.kind,
            peer_device_id=ctx.peer_id,
            hamlet_id=ctx.hamlet_id,
            file_name=pkg.file_name,
            file_sha256=pkg.file_sha256,
            created_at=header.created_at,
            recorded_at=now,
            since_seq=header.since_seq,
            seq_to=header.seq_to,
            local_seq_from=first if changed else 0,
            local_seq_to=first + changed - 1 if changed else -1,
            record_count=header.record_count,
            new=result.new,
            updated=result.updated,
            unchanged=result.unchanged,
            conflicts=result.conflicts,
            rejected=result.rejected,
            messages_json=json.dumps(result.messages[:200], ensure_ascii=False),
        )
    )


def _insert_keyed(conn: sqlite3.Connection, plan: TablePlan, params: list[tuple[Any, ...]]) -> None:
    """Insert weeks or counts, which are matched by their natural key: should a row's id
    already name another row here (both sides made it on their own), it gets a new id."""
    sql = insert_sql(plan.spec)
    conn.execute("SAVEPOINT sync_insert")
    try:
        conn.executemany(sql, params)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO sync_insert")
        clash = existing_ids(conn, plan.spec.name, [p[0] for p in params])
        renamed = {old: str(uuid.uuid4()) for old in clash}
        conn.executemany(sql, [(renamed.get(p[0], p[0]), *p[1:]) for p in params])
        plan.bases = [(renamed.get(rid, rid), digest) for rid, digest in plan.bases]
    conn.execute("RELEASE sync_insert")


def _write_conflicts(
    conn: sqlite3.Connection, header: Header, ctx: Context, plans: list[TablePlan], stamp: str
) -> None:
    for plan in plans:
        spec = plan.spec
        for record_id, mine, row, label in plan.conflicts:
            local_json = json.dumps(_fields(spec, mine[3:-1]), ensure_ascii=False)
            incoming = dict(zip(spec.wire, row, strict=True))
            incoming_json = json.dumps(incoming, ensure_ascii=False)
            hamlet_id = ctx.hamlet_id
            updated = conn.execute(
                "UPDATE sync_conflict SET package_id = ?, incoming_json = ?, local_json = ?, "
                "created_at = ?, label = ? WHERE record_id = ? AND resolution IS NULL",
                (header.package_id, incoming_json, local_json, stamp, label, record_id),
            ).rowcount
            if not updated:
                conn.execute(
                    "INSERT INTO sync_conflict (id, package_id, peer_device_id, table_name, "
                    "record_id, hamlet_id, label, local_json, incoming_json, created_at, "
                    "resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                    (
                        str(uuid.uuid4()),
                        header.package_id,
                        ctx.peer_id,
                        spec.name,
                        record_id,
                        hamlet_id,
                        label,
                        local_json,
                        incoming_json,
                        stamp,
                    ),
                )


def _record_devices(
    session: Session,
    folder: Path,
    header: Header,
    ctx: Context,
    result: ImportResult,
    now: datetime,
) -> None:
    """The sender's acknowledgement of our changes, and ours of theirs (sent back next time)."""
    peer = ctx.peer
    if ctx.bootstrap or (peer is None and ctx.receiver == HAMLET):
        local = ensure_local(session, folder, role=HAMLET)
        if ctx.hamlet_id and local.hamlet_id is None:
            local.hamlet_id = ctx.hamlet_id
            session.add(local)
            hamlet = ctx.names.get(ctx.hamlet_id) or header.audience_hamlet_name
            result.messages.append(f"Máy này trở thành máy của {hamlet}.")
        peer = SyncDevice(
            device_id=ctx.peer_id,
            role=OFFICE,
            public_key=ctx.peer_public_key,
            fingerprint=ctx.peer_fingerprint,
            label=f"Văn phòng xã {header.commune_name}",
        )
        result.messages.append(
            f"Máy này tin cậy khóa của văn phòng xã {header.commune_name}, dấu vân tay "
            f"{ctx.peer_fingerprint} — hãy đối chiếu với xã."
        )
    elif (
        ctx.receiver == HAMLET
        and ctx.local is not None
        and ctx.local.hamlet_id is None
        and ctx.hamlet_id
    ):
        ctx.local.hamlet_id = ctx.hamlet_id
        session.add(ctx.local)
    assert peer is not None
    local_id = ctx.local.device_id if ctx.local is not None else None
    for ack in header.acks:
        if local_id is not None and ack["device_id"] == local_id and ack["seq"] >= 0:
            peer.acked_seq = ack["seq"]
    if header.since_seq <= peer.received_seq:
        if header.seq_to > peer.received_seq:
            peer.received_seq = header.seq_to
            peer.received_package_id = header.package_id
    else:
        result.messages.append(
            f"Gói này bắt đầu từ thay đổi số {header.since_seq} của máy gửi, nhưng máy này mới "
            f"nhận đến số {peer.received_seq}: đã nhận phần có trong gói; gói sau của máy gửi sẽ "
            "gửi lại phần còn thiếu."
        )
    peer.last_import_at = now
    session.add(peer)


# --------------------------------------------------------------------------- entry points


def _backup(store: Store) -> None:
    folder = paths.backup_dir(store.folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    backup_store(store.path, folder / f"truoc-nhap-goi-{stamp}.sqlite3")
    old = sorted(folder.glob("truoc-nhap-goi-*.sqlite3"))
    for path in old[:-_BACKUPS_KEPT]:
        path.unlink(missing_ok=True)


def _run(
    store: Store,
    path: Path,
    apply: bool,
    progress: Progress,
    limits: Limits | None,
    backup: bool,
) -> ImportResult:
    progress(0, 5, f"Kiểm tra gói {path.name}")
    pkg = open_package(path, limits)
    header = _header(pkg)
    result = ImportResult(
        file_name=pkg.file_name,
        package_id=header.package_id,
        kind=header.kind,
        source_device_id=header.source_device_id,
        source_fingerprint="",
        hamlets=[h["name"] for h in header.hamlets]
        or ([header.audience_hamlet_name] if header.audience_hamlet_name else []),
    )
    try:
        with store.session() as session:
            conn = raw_connection(session)
            progress(1, 5, "Kiểm tra chữ ký và quyền của máy gửi")
            ctx = _trust(session, conn, pkg, header)
            result.source_fingerprint = ctx.peer_fingerprint
            progress(2, 5, "Kiểm tra mã băm từng mục")
            pkg.verify_entries()  # a damaged copy of a known package is still refused
            seen = conn.execute(
                "SELECT recorded_at FROM sync_package WHERE package_id = ? AND direction = 'in'",
                (header.package_id,),
            ).fetchone()
            if seen is not None:
                result.already_imported = True
                result.unchanged = header.record_count
                result.messages.append(
                    f"Gói này đã được nhập lúc {str(seen[0])[:16]} (giờ UTC); không có gì thay đổi."
                )
                return result
            tables = _entries(pkg, header, result)
            progress(3, 5, "So sánh với dữ liệu hiện có")
            plans = Classifier(conn, store.folder, pkg, ctx, result).run(
                tables, progress=lambda *a: None
            )
            if not apply:
                return result
            if backup and not ctx.bootstrap:
                _backup(store)
            progress(4, 5, "Ghi vào kho dữ liệu")
            _write(session, conn, store.folder, pkg, header, ctx, plans, result)
            result.applied = True
            crash_point("package-commit")  # tests only: die with everything written, uncommitted
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        detail = getattr(exc, "orig", None) or exc
        raise PackageRefused(
            pkg.file_name,
            f"dữ liệu trong gói không khớp với dữ liệu của máy này ({detail}); không ghi gì.",
            code="data",
        ) from exc
    progress(5, 5, "Xong")
    return result


def preview_package(
    store: Store, path: str | Path, progress: Progress = noop_progress, limits: Limits | None = None
) -> ImportResult:
    """Check a package and say what importing it would do; writes nothing."""
    return _run(store, Path(path), False, progress, limits, backup=False)


def import_package(
    store: Store,
    path: str | Path,
    progress: Progress = noop_progress,
    limits: Limits | None = None,
    backup: bool = True,
) -> ImportResult:
    """Check and apply a package in one transaction (after a backup of the store)."""
    return _run(store, Path(path), True, progress, limits, backup)
