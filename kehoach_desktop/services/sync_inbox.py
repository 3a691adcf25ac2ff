"""The inbox side: destinations marked ``inbox`` (a WebDAV folder, a local or USB folder) are
read for packages, each imported once as `kehoach package import` does it.

A package file is fetched once per version (its name and ETag, or size and time): the
outcome — imported, already imported, not for this device, refused with its reason — is
kept, so a refused file is not fetched again and again — except one signed by a key not yet
registered, which is tried again until the officer registers that device. Files this store
sent itself are recognised from the outbox and not fetched at all.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from ..core.domain import KehoachError
from ..db.models import utcnow
from ..db.sync_models import InboxEntry, OutboxItem, SyncDestination
from ..sync.package_file import Limits, PackageRefused
from ..sync.secrets import get_secret
from ..sync.transports import (
    PermanentError,
    RemoteFile,
    TransientError,
    Transport,
    make_transport,
)
from .devices import Progress, noop_progress
from .outbox import TransportFactory
from .store import Store
from .sync_import import import_package

INBOX_FOLDER = "inbox"
# Refusals that only mean "not for this device": noted quietly.
_NOT_FOR_US = {"own", "audience", "store"}
# Refusals that a person may lift (registering the device's key): not remembered.
_LATER = {"unknown_key"}


@dataclass
class InboxOutcome:
    destination: str
    file_name: str
    outcome: str  # imported | already | skipped | refused | unreachable
    message: str
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    rejected: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "destination": self.destination,
            "file": self.file_name,
            "outcome": self.outcome,
            "message": self.message,
            "new": self.new,
            "updated": self.updated,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
        }


def pull_inboxes(
    store: Store,
    progress: Progress = noop_progress,
    transport_factory: TransportFactory = make_transport,
    limits: Limits | None = None,
) -> list[InboxOutcome]:
    """Fetch and import the new packages of every inbox destination."""
    limits = limits or Limits()
    with store.session() as session:
        inboxes = session.exec(
            select(SyncDestination).where(col(SyncDestination.inbox).is_(True))
        ).all()
        sent = {(i.destination, i.file_name) for i in session.exec(select(OutboxItem))}
        seen = {
            (e.destination, e.remote_name, e.remote_tag) for e in session.exec(select(InboxEntry))
        }
    outcomes: list[InboxOutcome] = []
    for destination in inboxes:
        try:
            transport = transport_factory(
                destination.url, destination.username, get_secret(destination.name)
            )
        except KehoachError as exc:
            outcomes.append(InboxOutcome(destination.name, "", "refused", str(exc)))
            continue
        try:
            try:
                remote = transport.list_packages()
            except (TransientError, PermanentError) as exc:
                outcomes.append(InboxOutcome(destination.name, "", "unreachable", str(exc)))
                continue
            fresh = [
                f
                for f in remote
                if (destination.name, f.name) not in sent
                and (destination.name, f.name, f.tag) not in seen
            ]
            for index, remote_file in enumerate(fresh):
                progress(index, len(fresh), f"Nhận gói {remote_file.name} từ {destination.name}")
                outcome = _fetch_and_import(store, destination.name, transport, remote_file, limits)
                outcomes.append(outcome)
        finally:
            transport.close()
    return outcomes


def _fetch_and_import(
    store: Store, name: str, transport: Transport, remote_file: RemoteFile, limits: Limits
) -> InboxOutcome:
    folder = store.folder / INBOX_FOLDER
    target = folder / remote_file.name
    try:
        transport.fetch(remote_file.name, target, limits.max_file_bytes)
    except (TransientError, PermanentError) as exc:
        return InboxOutcome(name, remote_file.name, "unreachable", str(exc))
    try:
        try:
            result = import_package(store, target)
        except PackageRefused as exc:
            kind = "skipped" if exc.code in _NOT_FOR_US else "refused"
            outcome = InboxOutcome(name, remote_file.name, kind, str(exc))
            if exc.code in _LATER:
                return outcome  # tried again on the next pull, once the key is registered
        except KehoachError as exc:
            outcome = InboxOutcome(name, remote_file.name, "refused", str(exc))
        else:
            kind = "already" if result.already_imported else "imported"
            summary = (
                f"{result.new} mới, {result.updated} cập nhật, {result.conflicts} xung đột, "
                f"{result.rejected} bị từ chối"
            )
            outcome = InboxOutcome(
                name,
                remote_file.name,
                kind,
                summary,
                result.new,
                result.updated,
                result.conflicts,
                result.rejected,
            )
            _remember(store, name, remote_file, outcome, result.package_id)
            return outcome
        _remember(store, name, remote_file, outcome, "")
        return outcome
    finally:
        Path(target).unlink(missing_ok=True)


def _remember(
    store: Store, destination: str, remote_file: RemoteFile, outcome: InboxOutcome, package_id: str
) -> None:
    with store.session() as session:
        session.add(
            InboxEntry(
                destination=destination,
                remote_name=remote_file.name,
                remote_tag=remote_file.tag,
                package_id=package_id,
                outcome=outcome.outcome,
                message=outcome.message[:2000],
                seen_at=utcnow(),
            )
        )
