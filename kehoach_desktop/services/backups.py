"""Backups of the store: by hand, before risky changes, daily with rotation; and restore.

Copies are made with SQLite's online backup, so they are consistent even while the app runs.
Daily copies are rotated: the 7 newest days are kept, then one per ISO week for 4 more weeks.
"""

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import paths
from ..core.domain import KehoachError
from ..db.backup import backup_store
from ..db.migrate import latest_version, migrate
from .store import Store

DAILY_KEEP = 7
WEEKLY_KEEP = 4
_DAILY = re.compile(r"^hang-ngay-(\d{4}-\d{2}-\d{2})\.sqlite3$")
REQUIRED_TABLES = {"commune", "hamlet", "plan", "task", "indicator", "weekly_count"}


@dataclass
class BackupInfo:
    path: Path
    size: int
    modified: datetime
    kind: str


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_now(store: Store, target: Path | None = None, reason: str = "thu-cong") -> Path:
    """Copy the store now, to ``target`` or into the backups folder; return the copy's path."""
    if target is None:
        target = paths.backup_dir(store.folder) / f"{reason}-{_stamp()}.sqlite3"
    if target.exists() and target.is_dir():
        target = target / f"kehoach-{_stamp()}.sqlite3"
    try:
        return backup_store(store.path, target)
    except (OSError, sqlite3.Error) as exc:
        raise KehoachError(f"Không sao lưu được vào {target}: {exc}") from exc


def backup_before_change(store: Store, reason: str) -> Path:
    """The copy made before an import or another change that writes many records."""
    return backup_now(store, reason=f"truoc-{reason}")


def daily_backup(store: Store, today: date | None = None) -> Path | None:
    """Make today's daily copy if there is none yet, then rotate; return the new copy."""
    today = today or date.today()
    folder = paths.backup_dir(store.folder)
    target = folder / f"hang-ngay-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        made = backup_now(store, target)
    rotate_daily(folder)
    return made


def rotate_daily(folder: Path) -> list[Path]:
    """Delete daily copies beyond 7 days + 4 weekly ones; return what was deleted."""
    dated = []
    for path in folder.glob("hang-ngay-*.sqlite3"):
        match = _DAILY.match(path.name)
        if match:
            dated.append((date.fromisoformat(match.group(1)), path))
    dated.sort(reverse=True)
    keep = {path for _day, path in dated[:DAILY_KEEP]}
    weeks: set[tuple[int, int]] = {day.isocalendar()[:2] for day, _ in dated[:DAILY_KEEP]}
    weekly_kept = 0
    for day, path in dated[DAILY_KEEP:]:
        week = day.isocalendar()[:2]
        if week not in weeks and weekly_kept < WEEKLY_KEEP:
            weeks.add(week)
            weekly_kept += 1
            keep.add(path)
    deleted = [path for _day, path in dated if path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def list_backups(folder: Path) -> list[BackupInfo]:
    """The copies in the backups folder, newest first."""
    result = []
    for path in paths.backup_dir(folder).glob("*.sqlite3"):
        stat = path.stat()
        kind = (
            "hằng ngày"
            if path.name.startswith("hang-ngay-")
            else ("tự động" if path.name.startswith("truoc-") else "thủ công")
        )
        result.append(BackupInfo(path, stat.st_size, datetime.fromtimestamp(stat.st_mtime), kind))
    return sorted(result, key=lambda b: b.modified, reverse=True)


def check_store_file(path: Path) -> int:
    """Refuse a file that is not a sound store of this app; return its schema version."""
    if not path.is_file():
        raise KehoachError(f"Không tìm thấy tệp sao lưu {path}.")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise KehoachError(
                f"Tệp {path} không phải bản sao lưu kho dữ liệu (không phải SQLite)."
            )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise KehoachError(f"Tệp {path} bị hỏng, không đọc được: {exc}") from exc
    if verdict != "ok":
        raise KehoachError(f"Tệp {path} bị hỏng (kiểm tra toàn vẹn: {verdict}).")
    missing = REQUIRED_TABLES - tables
    if version == 0 or missing:
        lacking = ", ".join(sorted(missing)) or "số phiên bản"
        raise KehoachError(f"Tệp {path} không phải kho dữ liệu Kế hoạch CĐS (thiếu: {lacking}).")
    if version > latest_version():
        raise KehoachError(
            f"Tệp {path} thuộc phiên bản mới hơn của ứng dụng ({version}); hãy cập nhật ứng dụng."
        )
    return version


def restore(folder: Path, source: Path) -> Path:
    """Replace the store in ``folder`` with the copy ``source``; return the safety copy made
    of the current store first. The caller must have closed its engine."""
    check_store_file(source)
    store_file = paths.store_path(folder)
    safety = paths.backup_dir(folder) / f"truoc-khoi-phuc-{_stamp()}.sqlite3"
    if store_file.exists():
        backup_store(store_file, safety)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(store_file)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    migrate(store_file, paths.backup_dir(folder))
    return safety
