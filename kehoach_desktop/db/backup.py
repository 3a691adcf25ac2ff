"""Copies of the store made with SQLite's online backup (consistent even while in use)."""

import os
import sqlite3
from pathlib import Path

from .crash_point import crash_point


def backup_store(source: Path, target: Path) -> Path:
    """Copy the SQLite store at ``source`` to ``target`` page by page; return ``target``.

    The copy is written beside ``target`` under a ``.partial`` name and renamed into place
    when complete: a process killed mid-copy (or a copy that fails) never leaves a broken file
    under a backup's name, where it would be listed for restore, count towards rotation, or
    stand in for the day's backup.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        crash_point("backup")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
