"""Copies of the store made with SQLite's online backup (consistent even while in use)."""

import sqlite3
from pathlib import Path


def backup_store(source: Path, target: Path) -> Path:
    """Copy the SQLite store at ``source`` to ``target`` page by page; return ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
