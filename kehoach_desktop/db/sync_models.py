"""Tables added by the sync area (SPEC §6): devices and their keys, the packages exchanged,
what a hamlet device last received from the office, conflicts waiting for a person, and the
outbox with its destinations.

None of these rows travel in packages: they are this store's own bookkeeping, so they are
plain tables (no Record columns, no change sequence). No ``from __future__ import
annotations`` here: sqlmodel reads the annotations at run time.
"""

from pydantic import NaiveDatetime
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from .models import new_id, utcnow


class SyncDevice(SQLModel, table=True):
    """A device known to this store: itself (``is_local``) or a peer whose key it trusts.

    The office registers each hamlet device (its public key and hamlet); a hamlet device trusts
    the office key it was set up from. ``received_seq`` is the peer's change sequence up to which
    this store has applied the peer's changes (sent back as the acknowledgement);
    ``acked_seq`` is this store's change sequence up to which the peer has acknowledged ours.
    The private key of the local device is a file in the data folder, never a column.
    """

    __tablename__ = "sync_device"
    device_id: str = Field(primary_key=True, max_length=36)
    role: str  # office | hamlet
    hamlet_id: str | None = Field(default=None, foreign_key="hamlet.id", index=True)
    public_key: str
    fingerprint: str
    label: str = ""
    is_local: bool = False
    registered_at: NaiveDatetime = Field(default_factory=utcnow)
    revoked_at: NaiveDatetime | None = None
    received_seq: int = 0
    received_package_id: str = ""
    acked_seq: int = 0
    last_import_at: NaiveDatetime | None = None
    last_export_at: NaiveDatetime | None = None


class SyncPackage(SQLModel, table=True):
    """A package this store wrote (``out``) or applied (``in``): importing it again is a no-op.

    For an applied package, ``local_seq_from``..``local_seq_to`` is the range of this store's
    change sequence its records were written with: a row still inside that range is unchanged
    since the peer sent it, so it is neither sent back nor treated as a local edit.
    """

    __tablename__ = "sync_package"
    package_id: str = Field(primary_key=True, max_length=36)
    direction: str  # in | out
    kind: str  # office | hamlet
    peer_device_id: str = Field(default="", index=True)
    hamlet_id: str | None = None
    file_name: str = ""
    file_sha256: str = ""
    created_at: NaiveDatetime
    recorded_at: NaiveDatetime = Field(default_factory=utcnow)
    since_seq: int = 0
    seq_to: int = 0
    local_seq_from: int = 0
    local_seq_to: int = 0
    record_count: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    messages_json: str = "[]"


class SyncBase(SQLModel, table=True):
    """On a hamlet device: the content hash of the office's version of a record as last
    applied here, sent as ``_base`` with the hamlet's next change of that record so that the
    office can tell an edit built on its version from a concurrent one."""

    __tablename__ = "sync_base"
    record_id: str = Field(primary_key=True, max_length=36)
    peer_device_id: str
    hash: str


class SyncConflict(SQLModel, table=True):
    """A record changed on both sides since their common version: both kept, side by side,
    until a person chooses (``resolution``: local | incoming)."""

    __tablename__ = "sync_conflict"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    package_id: str
    peer_device_id: str
    table_name: str
    record_id: str = Field(index=True)
    hamlet_id: str | None = None
    label: str = ""
    local_json: str
    incoming_json: str
    created_at: NaiveDatetime = Field(default_factory=utcnow)
    resolved_at: NaiveDatetime | None = None
    resolution: str | None = None


class SyncDestination(SQLModel, table=True):
    """Where the outbox sends files (and, if ``inbox``, where packages are fetched from).

    The URL never holds a password; passwords live in the OS keyring."""

    __tablename__ = "sync_destination"
    name: str = Field(primary_key=True)
    url: str
    username: str = ""
    inbox: bool = False
    created_at: NaiveDatetime = Field(default_factory=utcnow)


class OutboxItem(SQLModel, table=True):
    """A queued file for one destination. The same content (SHA-256) is queued once per
    destination; ``state`` is pending | sending | delivered | failed."""

    __tablename__ = "outbox_item"
    __table_args__ = (UniqueConstraint("destination", "sha256"),)
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    destination: str = Field(foreign_key="sync_destination.name", index=True)
    file_name: str
    stored_path: str
    sha256: str
    size: int = 0
    state: str = Field(default="pending", index=True)
    attempts: int = 0
    last_error: str = ""
    next_attempt_at: NaiveDatetime | None = None
    created_at: NaiveDatetime = Field(default_factory=utcnow)
    updated_at: NaiveDatetime = Field(default_factory=utcnow)
    delivered_at: NaiveDatetime | None = None
    remote_ref: str = ""


class InboxEntry(SQLModel, table=True):
    """A package file seen in an inbox destination, so that it is fetched and imported once."""

    __tablename__ = "inbox_entry"
    __table_args__ = (UniqueConstraint("destination", "remote_name", "remote_tag"),)
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    destination: str = Field(index=True)
    remote_name: str
    remote_tag: str = ""
    sha256: str = ""
    package_id: str = ""
    outcome: str = ""  # imported | already | skipped | refused
    message: str = ""
    seen_at: NaiveDatetime = Field(default_factory=utcnow)
