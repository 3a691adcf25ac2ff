"""Records as packages carry them, read from and written to the store with plain SQL.

Packages move tens of thousands of rows; the ORM would spend most of the time building
objects nobody looks at. These helpers use the session's own sqlite3 connection, so they run
inside the caller's transaction, and keep values exactly as SQLite stores them.
"""

import bisect
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..db.raw import raw_connection  # noqa: F401 - the sync services take it from here
from ..sync.schema import TableSpec

# SQLite's limit on bound parameters is 32766 in current builds, 999 in old ones.
_CHUNK = 900


def quoted(name: str) -> str:
    return f'"{name}"'


def bool_positions(spec: TableSpec) -> list[int]:
    """Positions of booleans in a row laid out as (id, created, updated, deleted, content…)."""
    return [3] + [4 + i for i, c in enumerate(spec.content) if c.kind == "bool"]


def select_sql(spec: TableSpec, where: str = "") -> str:
    columns = ", ".join(quoted(c) for c in spec.db_columns)
    sql = f"SELECT {columns}, change_seq FROM {quoted(spec.name)}"
    return f"{sql} WHERE {where}" if where else sql


def fetch_rows(
    conn: sqlite3.Connection, spec: TableSpec, where: str = "", params: Sequence[Any] = ()
) -> list[list[Any]]:
    """Rows as lists (id, created_at, updated_at, deleted, content…, change_seq), booleans
    as booleans."""
    positions = bool_positions(spec)
    rows = []
    for row in conn.execute(select_sql(spec, where), tuple(params)):
        values = list(row)
        for position in positions:
            if values[position] is not None:
                values[position] = bool(values[position])
        rows.append(values)
    return rows


def fetch_by_ids(conn: sqlite3.Connection, spec: TableSpec, ids: Iterable[str]) -> list[list[Any]]:
    found: list[list[Any]] = []
    for chunk in chunked(list(ids), _CHUNK):
        marks = ",".join("?" * len(chunk))
        found.extend(fetch_rows(conn, spec, f"id IN ({marks})", chunk))
    return found


def existing_ids(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunked(list(ids), _CHUNK):
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in conn.execute(f"SELECT id FROM {quoted(table)} WHERE id IN ({marks})", chunk)
        )
    return found


def chunked(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_sql(spec: TableSpec) -> str:
    columns = ("id", "created_at", "updated_at", "change_seq", "deleted", *spec.content_names)
    names = ", ".join(quoted(c) for c in columns)
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {quoted(spec.name)} ({names}) VALUES ({marks})"


def update_sql(spec: TableSpec) -> str:
    columns = ("updated_at", "change_seq", "deleted", *spec.content_names)
    sets = ", ".join(f"{quoted(c)} = ?" for c in columns)
    return f"UPDATE {quoted(spec.name)} SET {sets} WHERE id = ?"


def current_seq(conn: sqlite3.Connection) -> int:
    """The last number of the local change sequence handed out."""
    return int(conn.execute("SELECT value FROM change_counter WHERE id = 1").fetchone()[0])


def allocate_seq(conn: sqlite3.Connection, count: int) -> int:
    """Reserve ``count`` change-sequence numbers inside the caller's transaction; return the
    first (the same counter the ORM's before_flush hook uses)."""
    last = conn.execute(
        "UPDATE change_counter SET value = value + ? WHERE id = 1 RETURNING value", (count,)
    ).fetchone()[0]
    return int(last) - count + 1


class SeqRanges:
    """Ranges of the local change sequence written by packages from one peer: a row whose
    change_seq is inside one is still exactly what that peer sent."""

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(p for p in pairs if p[1] >= p[0]):
            if merged and start <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._starts = [p[0] for p in merged]
        self._ends = [p[1] for p in merged]

    def __contains__(self, seq: object) -> bool:
        if not isinstance(seq, int):
            return False
        index = bisect.bisect_right(self._starts, seq) - 1
        return index >= 0 and seq <= self._ends[index]

    def __bool__(self) -> bool:
        return bool(self._starts)


def received_ranges(conn: sqlite3.Connection, peer_device_id: str) -> SeqRanges:
    return SeqRanges(
        conn.execute(
            "SELECT local_seq_from, local_seq_to FROM sync_package "
            "WHERE direction = 'in' AND peer_device_id = ? AND local_seq_to >= local_seq_from",
            (peer_device_id,),
        ).fetchall()
    )


class ReceivedPackages:
    """Where each package from one peer began in that peer's change sequence (its since_seq),
    by the local range it wrote.

    A package carries only versions numbered above its since_seq, so a row still as such a
    package wrote it is newer than any version the peer numbered at or below that since_seq:
    an older package arriving later (restored store, file imported again by hand) must not
    bring that older version back.
    """

    def __init__(self, rows: Iterable[tuple[int, int, int]]) -> None:
        ordered = sorted(r for r in rows if r[1] >= r[0])  # local ranges never overlap
        self._starts = [r[0] for r in ordered]
        self._ends = [r[1] for r in ordered]
        self._since = [r[2] for r in ordered]

    def holds_newer(self, local_seq: object, peer_seq: int) -> bool:
        """True when the row stamped ``local_seq`` here came from a package of the peer that
        began at or after ``peer_seq``: the store holds a newer version than ``peer_seq``."""
        if not isinstance(local_seq, int):
            return False
        index = bisect.bisect_right(self._starts, local_seq) - 1
        return index >= 0 and local_seq <= self._ends[index] and peer_seq <= self._since[index]


def received_packages(conn: sqlite3.Connection, peer_device_id: str) -> ReceivedPackages:
    return ReceivedPackages(
        conn.execute(
            "SELECT local_seq_from, local_seq_to, since_seq FROM sync_package "
            "WHERE direction = 'in' AND peer_device_id = ? AND local_seq_to >= local_seq_from",
            (peer_device_id,),
        ).fetchall()
    )


def pending_conflict_ids(conn: sqlite3.Connection) -> set[str]:
    return {
        r[0] for r in conn.execute("SELECT record_id FROM sync_conflict WHERE resolution IS NULL")
    }


def hamlet_names(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM hamlet")}
