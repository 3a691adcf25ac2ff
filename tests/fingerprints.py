"""What a store holds, as per-table digests, for tests that compare stores.

``store_fingerprint`` is exact: every column of every row in rowid order — equal means the
store was not touched. ``content_fingerprint`` compares content: rows as a multiset, minus the
columns and tables a test calls bookkeeping, and optionally with the store's own made-up
identities (UUIDs) replaced by what they point at.
"""

import hashlib
import sqlite3
from collections.abc import Collection
from pathlib import Path
from typing import Any

__all__ = ["content_fingerprint", "store_fingerprint"]


def store_fingerprint(store_file: Path) -> dict[str, str]:
    """Table name → SHA-256 of all its rows (every column, in rowid order)."""
    conn = sqlite3.connect(f"file:{store_file}?mode=ro", uri=True)
    try:
        result = {}
        for table in _tables(conn):
            digest = hashlib.sha256()
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
            result[table] = digest.hexdigest()
        return result
    finally:
        conn.close()


def content_fingerprint(
    store_file: Path,
    *,
    ignore_columns: Collection[str] = ("change_seq",),
    ignore_tables: Collection[str] = (),
    follow_references: bool = False,
) -> dict[str, str]:
    """Table name → SHA-256 of its rows as a multiset (order ignored), leaving out
    ``ignore_columns`` ("change_seq" in every table, "sync_package.recorded_at" in one) and
    ``ignore_tables`` altogether.

    With ``follow_references`` the ``id`` column is left out too and every foreign key is
    replaced by the content of the row it points at (recursively): two stores that imported
    the same plan, each giving its rows fresh UUIDs, compare equal, while a task moved under
    another unit or parent, or a row missing, does not.
    """
    conn = sqlite3.connect(f"file:{store_file}?mode=ro", uri=True)
    try:
        return _Content(conn, set(ignore_columns), follow_references).digest(
            [t for t in _tables(conn) if t not in ignore_tables]
        )
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


class _Content:
    def __init__(self, conn: sqlite3.Connection, ignored: set[str], follow: bool) -> None:
        self.conn = conn
        self.ignored = ignored | ({"id"} if follow else set())
        self.follow = follow
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.keys: dict[tuple[str, str], dict[Any, dict[str, Any]]] = {}
        self.memo: dict[int, tuple[Any, ...]] = {}
        self.busy: set[int] = set()
        self.references: dict[str, dict[str, tuple[str, str]]] = {}

    def digest(self, tables: list[str]) -> dict[str, str]:
        result = {}
        for table in tables:
            rows = sorted(repr(self._row(table, row)) for row in self._rows(table))
            result[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return result

    def _rows(self, table: str) -> list[dict[str, Any]]:
        if table not in self.rows:
            cursor = self.conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            self.rows[table] = [dict(zip(names, r, strict=True)) for r in cursor]
        return self.rows[table]

    def _references(self, table: str) -> dict[str, tuple[str, str]]:
        """Column → (table, column) it points at; none unless following references."""
        if table not in self.references:
            found = (
                self.conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
                if self.follow
                else []
            )
            self.references[table] = {fk[3]: (fk[2], fk[4] or "id") for fk in found}
        return self.references[table]

    def _row(self, table: str, row: dict[str, Any]) -> tuple[Any, ...]:
        key = id(row)
        if key in self.memo:
            return self.memo[key]
        if key in self.busy:
            raise ValueError(f"reference cycle through {table}")
        self.busy.add(key)
        references = self._references(table)
        values: list[Any] = []
        for column, value in row.items():
            if column in self.ignored or f"{table}.{column}" in self.ignored:
                continue
            if column in references and value is not None:
                target_table, target_column = references[column]
                target = self._index(target_table, target_column).get(value)
                value = (
                    "→",
                    target_table,
                    None if target is None else self._row(target_table, target),
                )
            values.append((column, value))
        self.busy.discard(key)
        self.memo[key] = tuple(values)
        return self.memo[key]

    def _index(self, table: str, column: str) -> dict[Any, dict[str, Any]]:
        if (table, column) not in self.keys:
            self.keys[(table, column)] = {r[column]: r for r in self._rows(table)}
        return self.keys[(table, column)]
