"""Destinations and the outbox (SPEC §6): files leave when a line is there.

Queuing copies the file into the data folder (``outbox/<sha256>/<name>``) so that it can be
sent later whatever happens to the original, and records one item per destination; the same
content (SHA-256) is queued once per destination. A pass over the outbox takes a lock on the
data folder (one worker at a time; the lock dies with its process), sends each due item —
looking first whether an interrupted earlier attempt already got it there, and checking the
delivery after — and writes each item's state as it goes, so that a killed pass resumes where
it stopped: pending (chờ gửi) → sending (đang gửi) → delivered (đã gửi), or failed (lỗi) with
the reason when a person must act. An unreachable destination is no error: its items stay
pending with the reason and are tried again later, waiting longer each time (backoff).
"""

import os
import random
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import col, select

from ..core.domain import KehoachError
from ..core.files import file_digest
from ..core.text import clean
from ..db.models import utcnow
from ..db.sync_models import OutboxItem, SyncDestination
from ..sync.filelock import FileLock
from ..sync.secrets import env_name, get_secret, secret_source, store_secret
from ..sync.transports import (
    PermanentError,
    TransientError,
    Transport,
    make_transport,
    parse_destination_url,
)
from .devices import Progress, noop_progress
from .store import Store

PENDING, SENDING, DELIVERED, FAILED = "pending", "sending", "delivered", "failed"
STATE_LABELS = {PENDING: "chờ gửi", SENDING: "đang gửi", DELIVERED: "đã gửi", FAILED: "lỗi"}
MAX_QUEUED_BYTES = 512 * 1024 * 1024
OUTBOX_FOLDER = "outbox"
LOCK_FILE = "outbox.lock"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")

TransportFactory = Callable[[str, str, str | None], Transport]


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed try: 1, 2, 4 … minutes, at most an
    hour, give or take a tenth so that many items do not all retry at once."""
    seconds = min(60 * 2 ** max(attempts - 1, 0), 3600)
    return timedelta(seconds=seconds * random.uniform(0.9, 1.1))


# --------------------------------------------------------------------------- destinations


@dataclass
class DestinationInfo:
    name: str
    url: str
    username: str
    inbox: bool
    kind: str
    password_source: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def kind_label(self) -> str:
        return {"webdav": "WebDAV", "smtp": "Thư điện tử", "file": "Thư mục"}.get(
            self.kind, self.kind
        )

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "url": self.url,
            "user": self.username,
            "inbox": self.inbox,
            "kind": self.kind,
            "password": self.password_source,
            "env_var": env_name(self.name),
            "items": self.counts,
        }


def _destination_info(destination: SyncDestination, counts: dict[str, int]) -> DestinationInfo:
    return DestinationInfo(
        name=destination.name,
        url=destination.url,
        username=destination.username,
        inbox=destination.inbox,
        kind=parse_destination_url(destination.url).kind,
        password_source=secret_source(destination.name),
        counts=counts,
    )


def add_destination(
    store: Store, name: str, url: str, username: str = "", inbox: bool = False
) -> DestinationInfo:
    """Add (or change) a destination. The URL holds no password; see login_destination."""
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise KehoachError(
            f"Tên nơi gửi không hợp lệ: “{name}”. Dùng chữ không dấu, số, “-” hoặc “_”, "
            "tối đa 40 ký tự (ví dụ: may-chu-xa)."
        )
    parsed = parse_destination_url(url)
    if inbox and parsed.kind == "smtp":
        raise KehoachError(
            "Chỉ thư mục WebDAV hoặc thư mục trên máy mới dùng làm hộp nhận gói (--inbox)."
        )
    with store.session() as session:
        destination = session.get(SyncDestination, name) or SyncDestination(name=name, url=url)
        destination.url = url.strip()
        destination.username = clean(username) or parsed.username
        destination.inbox = inbox
        session.add(destination)
        session.flush()
        return _destination_info(destination, {})


def login_destination(store: Store, name: str, password: str) -> DestinationInfo:
    """Keep the password of destination ``name`` in the OS keyring; items that failed for
    want of it are queued again."""
    if not password:
        raise KehoachError("Mật khẩu rỗng; không lưu.")
    with store.session() as session:
        destination = session.get(SyncDestination, name)
        if destination is None:
            raise KehoachError(f"Chưa có nơi gửi “{name}” (kehoach destination add).")
        store_secret(name, password)
        for item in session.exec(
            select(OutboxItem).where(OutboxItem.destination == name, OutboxItem.state == FAILED)
        ):
            item.state, item.next_attempt_at, item.updated_at = PENDING, None, utcnow()
            session.add(item)
        return _destination_info(destination, {})


def remove_destination(store: Store, name: str) -> None:
    with store.session() as session:
        destination = session.get(SyncDestination, name)
        if destination is None:
            raise KehoachError(f"Chưa có nơi gửi “{name}”.")
        items = session.exec(select(OutboxItem).where(OutboxItem.destination == name)).all()
        waiting = [i for i in items if i.state != DELIVERED]
        if waiting:
            raise KehoachError(
                f"Nơi gửi “{name}” còn {len(waiting)} tệp chưa gửi được; xóa hoặc gửi xong trước."
            )
        for item in items:
            session.delete(item)
        session.delete(destination)


def list_destinations(store: Store) -> list[DestinationInfo]:
    with store.session() as session:
        counts: dict[str, dict[str, int]] = {}
        for item in session.exec(select(OutboxItem)):
            per = counts.setdefault(item.destination, {})
            per[item.state] = per.get(item.state, 0) + 1
        return [
            _destination_info(d, counts.get(d.name, {}))
            for d in session.exec(select(SyncDestination).order_by(col(SyncDestination.name)))
        ]


def _destination(store: Store, name: str) -> SyncDestination:
    with store.session() as session:
        destination = session.get(SyncDestination, name)
        if destination is None:
            known = ", ".join(d.name for d in session.exec(select(SyncDestination))) or "chưa có"
            raise KehoachError(f"Chưa có nơi gửi “{name}” (các nơi gửi: {known}).")
        return destination


# --------------------------------------------------------------------------- the queue


@dataclass
class OutboxEntry:
    id: str
    file_name: str
    destination: str
    sha256: str
    size: int
    state: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    delivered_at: datetime | None
    remote_ref: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file_name,
            "destination": self.destination,
            "sha256": self.sha256,
            "size": self.size,
            "state": self.state,
            "state_label": self.state_label,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "next_attempt_at": self.next_attempt_at,
            "queued_at": self.created_at,
            "delivered_at": self.delivered_at,
        }


def _entry(item: OutboxItem) -> OutboxEntry:
    return OutboxEntry(
        id=item.id,
        file_name=item.file_name,
        destination=item.destination,
        sha256=item.sha256,
        size=item.size,
        state=item.state,
        attempts=item.attempts,
        last_error=item.last_error,
        next_attempt_at=item.next_attempt_at,
        created_at=item.created_at,
        delivered_at=item.delivered_at,
        remote_ref=item.remote_ref,
    )


@dataclass
class QueueResult:
    entries: list[OutboxEntry]
    messages: list[str]

    def to_json(self) -> dict[str, object]:
        return {"items": [e.to_json() for e in self.entries], "messages": self.messages}


def _keep_copy(folder: Path, source: Path, sha256: str) -> Path:
    """The queued copy of ``source`` in the data folder, made once per content."""
    target = folder / OUTBOX_FOLDER / sha256 / source.name
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.close(fd)
    temp = Path(temp_name)
    try:
        shutil.copyfile(source, temp)
        if file_digest(temp)[0] != sha256:
            raise KehoachError(f"Tệp {source} thay đổi trong lúc chép vào hàng đợi; hãy thử lại.")
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def queue_file(
    store: Store, path: str | Path, destinations: list[str] | None = None
) -> QueueResult:
    """Queue ``path`` for ``destinations`` (all destinations when None)."""
    source = Path(path).expanduser()
    if not source.exists():
        raise KehoachError(f"Không tìm thấy tệp: {source}")
    if not source.is_file():
        raise KehoachError(f"Chỉ gửi được tệp, không phải thư mục: {source}")
    try:
        sha256, size = file_digest(source)
    except OSError as exc:
        raise KehoachError(f"Không đọc được tệp {source}: {exc.strerror}") from exc
    if size == 0:
        raise KehoachError(f"Tệp rỗng (0 byte), không gửi: {source}")
    if size > MAX_QUEUED_BYTES:
        raise KehoachError(f"Tệp quá lớn để đưa vào hàng đợi (tối đa 512 MB): {source}")
    with store.session() as session:
        known = {d.name: d for d in session.exec(select(SyncDestination))}
        if not known:
            raise KehoachError(
                "Chưa có nơi gửi nào: thêm bằng `kehoach destination add TÊN ĐỊA_CHỈ` "
                "(webdav://…, smtp://…, file:///…)."
            )
        names = destinations or sorted(known)
        for name in names:
            if name not in known:
                raise KehoachError(
                    f"Chưa có nơi gửi “{name}” (các nơi gửi: {', '.join(sorted(known))})."
                )
        stored = _keep_copy(store.folder, source, sha256)
        entries, messages = [], []
        for name in names:
            item = session.exec(
                select(OutboxItem).where(
                    OutboxItem.destination == name, OutboxItem.sha256 == sha256
                )
            ).first()
            if item is not None:
                messages.append(
                    f"Tệp {source.name} (cùng nội dung với “{item.file_name}”) đã có trong hàng "
                    f"đợi gửi tới {name}: {STATE_LABELS[item.state]}; không gửi lại."
                )
            else:
                item = OutboxItem(
                    destination=name,
                    file_name=source.name,
                    stored_path=str(stored.relative_to(store.folder)),
                    sha256=sha256,
                    size=size,
                )
                session.add(item)
                session.flush()
                messages.append(f"Đã đưa {source.name} vào hàng đợi gửi tới {name}.")
            entries.append(_entry(item))
        return QueueResult(entries, messages)


def list_outbox(store: Store) -> list[OutboxEntry]:
    """Every queued item, newest first."""
    with store.session() as session:
        items = session.exec(select(OutboxItem).order_by(col(OutboxItem.created_at).desc()))
        return [_entry(i) for i in items]


def retry_item(store: Store, item_id: str) -> OutboxEntry:
    """Queue a failed item again (after the person fixed what was wrong)."""
    with store.session() as session:
        item = session.get(OutboxItem, item_id)
        if item is None:
            matches = session.exec(
                select(OutboxItem).where(col(OutboxItem.id).startswith(item_id))
            ).all()
            if len(matches) != 1:
                raise KehoachError(f"Không có tệp mã “{item_id}” trong hàng đợi.")
            item = matches[0]
        if item.state == DELIVERED:
            raise KehoachError(
                f"Tệp {item.file_name} đã gửi tới {item.destination}; không gửi lại."
            )
        item.state, item.next_attempt_at, item.updated_at = PENDING, None, utcnow()
        session.add(item)
        session.flush()
        return _entry(item)


# --------------------------------------------------------------------------- a pass


@dataclass
class PassReport:
    """What one pass over the outbox did."""

    attempted: int = 0
    delivered: int = 0
    pending: int = 0
    failed: int = 0
    busy: bool = False
    messages: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "attempted": self.attempted,
            "delivered": self.delivered,
            "pending": self.pending,
            "failed": self.failed,
            "busy": self.busy,
            "messages": self.messages,
        }


def _set(store: Store, item_id: str, **values: object) -> None:
    with store.session() as session:
        item = session.get(OutboxItem, item_id)
        if item is None:
            return
        for key, value in values.items():
            setattr(item, key, value)
        item.updated_at = utcnow()
        session.add(item)


def _due(store: Store, force: bool, now: datetime) -> list[OutboxItem]:
    with store.session() as session:
        items = session.exec(
            select(OutboxItem)
            .where(col(OutboxItem.state).in_([PENDING, SENDING]))
            .order_by(col(OutboxItem.created_at))
        ).all()
    return [i for i in items if force or i.next_attempt_at is None or i.next_attempt_at <= now]


def run_outbox(
    store: Store,
    progress: Progress = noop_progress,
    force: bool = False,
    transport_factory: TransportFactory = make_transport,
    tries: int = 3,
    retry_delay: float = 0.5,
) -> PassReport:
    """One pass over the outbox: send every due item (every waiting one with ``force``, as
    "Gửi ngay" and `kehoach sync --once` do); see the module notes."""
    report = PassReport()
    lock = FileLock(store.folder / LOCK_FILE)
    if not lock.acquire():
        report.busy = True
        report.messages.append(
            "Một tiến trình đồng bộ khác đang chạy trên thư mục dữ liệu này; lần này bỏ qua."
        )
        return report
    transports: dict[str, Transport] = {}
    unreachable: dict[str, str] = {}
    try:
        items = _due(store, force, utcnow())
        for index, item in enumerate(items):
            progress(index, len(items), f"Gửi {item.file_name} tới {item.destination}")
            if item.destination in unreachable:
                reason = unreachable[item.destination]
                _set(
                    store,
                    item.id,
                    state=PENDING,
                    last_error=reason,
                    next_attempt_at=utcnow() + backoff(item.attempts),
                )
                report.pending += 1
                continue
            report.attempted += 1
            outcome = _send_one(store, item, transports, transport_factory, tries, retry_delay)
            if outcome is None:
                report.delivered += 1
            elif isinstance(outcome, PermanentError):
                report.failed += 1
                report.messages.append(f"{item.file_name} → {item.destination}: lỗi — {outcome}")
            else:
                report.pending += 1
                report.messages.append(
                    f"{item.file_name} → {item.destination}: chờ gửi lại — {outcome}"
                )
                if outcome.unreachable:
                    unreachable[item.destination] = str(outcome)
        _drop_sent_copies(store)
        progress(len(items), len(items), "Xong")
    finally:
        for transport in transports.values():
            transport.close()
        lock.release()
    return report


def _send_one(
    store: Store,
    item: OutboxItem,
    transports: dict[str, Transport],
    factory: TransportFactory,
    tries: int,
    retry_delay: float,
) -> PermanentError | TransientError | None:
    """Send one item, recording each step; return None when delivered, else the error."""
    source = store.folder / item.stored_path
    if not source.is_file():
        missing = PermanentError(
            "bản sao của tệp trong hàng đợi không còn trong thư mục dữ liệu; hãy đưa tệp vào lại"
        )
        _set(store, item.id, state=FAILED, last_error=str(missing))
        return missing
    # Interrupted before (state "sending" or earlier tries): the file may already be there.
    check_first = item.state == SENDING or item.attempts > 0
    attempts = item.attempts
    error: TransientError | None = None
    for attempt in range(tries):
        attempts += 1
        _set(store, item.id, state=SENDING, attempts=attempts)
        try:
            transport = transports.get(item.destination)
            if transport is None:
                destination = _destination(store, item.destination)
                password = get_secret(destination.name)
                if password is None and (destination.username or _url_user(destination.url)):
                    raise PermanentError(
                        f"chưa có mật khẩu cho nơi gửi {destination.name}: chạy `kehoach "
                        f"destination login {destination.name}` (hoặc đặt biến môi trường "
                        f"{env_name(destination.name)} trên máy không có kho mật khẩu)"
                    )
                transport = factory(destination.url, destination.username, password)
                transports[item.destination] = transport
            reference = transport.send(source, item.file_name, item.sha256, item.size, check_first)
        except TransientError as exc:
            error = exc
            check_first = True
            if exc.unreachable or attempt == tries - 1:
                break
            time.sleep(retry_delay * 2**attempt)
            continue
        except PermanentError as exc:
            _set(store, item.id, state=FAILED, last_error=str(exc), next_attempt_at=None)
            return exc
        except KehoachError as exc:  # a destination that no longer parses, a missing one
            failure = PermanentError(str(exc))
            _set(store, item.id, state=FAILED, last_error=str(failure), next_attempt_at=None)
            return failure
        _set(
            store,
            item.id,
            state=DELIVERED,
            delivered_at=utcnow(),
            remote_ref=reference,
            last_error="",
            next_attempt_at=None,
        )
        return None
    assert error is not None
    _set(
        store,
        item.id,
        state=PENDING,
        last_error=str(error),
        next_attempt_at=utcnow() + backoff(attempts),
    )
    return error


def _url_user(url: str) -> str:
    return parse_destination_url(url).username


def _drop_sent_copies(store: Store) -> None:
    """Remove the queued copies whose every item has been delivered."""
    with store.session() as session:
        waiting = {
            i.sha256 for i in session.exec(select(OutboxItem).where(OutboxItem.state != DELIVERED))
        }
        delivered = {
            i.sha256 for i in session.exec(select(OutboxItem).where(OutboxItem.state == DELIVERED))
        }
    for sha in delivered - waiting:
        shutil.rmtree(store.folder / OUTBOX_FOLDER / sha, ignore_errors=True)
