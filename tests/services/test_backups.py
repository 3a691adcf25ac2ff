"""Backups: by hand, daily with rotation; restore refuses bad files and keeps a safety copy."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from kehoach_desktop.cli import main
from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.db.models import Hamlet
from kehoach_desktop.services.backups import (
    backup_now,
    daily_backup,
    list_backups,
    restore,
    rotate_daily,
)
from kehoach_desktop.services.store import open_store


def _hamlet_names(folder: Path) -> set[str]:
    with sqlite3.connect(folder / "kehoach.sqlite3") as conn:
        return {r[0] for r in conn.execute("SELECT name FROM hamlet")}


def test_backup_then_restore_brings_back_the_old_content(demo_store, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    copy = backup_now(demo_store)
    assert copy.exists() and copy.parent == demo_dir.resolve() / "backups"
    with demo_store.session() as session:
        hamlet = session.exec(select(Hamlet).where(Hamlet.name == "Ấp 1")).one()
        hamlet.name = "Ấp Một (đổi tên)"
    demo_store.close()
    assert "Ấp Một (đổi tên)" in _hamlet_names(demo_dir)
    safety = restore(demo_dir, copy)
    names = _hamlet_names(demo_dir)
    assert "Ấp 1" in names and "Ấp Một (đổi tên)" not in names
    with sqlite3.connect(safety) as conn:  # the store as it was before the restore
        assert (
            conn.execute("SELECT count(*) FROM hamlet WHERE name = 'Ấp Một (đổi tên)'").fetchone()[
                0
            ]
            == 1
        )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "không phải SQLite"),
        (b"%PDF-1.7 not a store", "không phải SQLite"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "bị hỏng"),
    ],
)
def test_restore_refuses_what_is_not_a_store_and_changes_nothing(
    demo_dir: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    before = (demo_dir / "kehoach.sqlite3").read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(KehoachError, match=expected) as info:
        restore(demo_dir, bad)
    assert str(bad) in str(info.value)
    assert (demo_dir / "kehoach.sqlite3").read_bytes() == before


def test_restore_refuses_a_foreign_sqlite_database(demo_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(KehoachError, match="không phải kho dữ liệu"):
        restore(demo_dir, other)


def test_daily_backup_once_a_day_and_rotation_keeps_7_days_and_4_weeks(data_dir: Path) -> None:
    store = open_store(data_dir)
    first = daily_backup(store, date(2026, 11, 22))
    assert first is not None and first.name == "hang-ngay-2026-11-22.sqlite3"
    assert daily_backup(store, date(2026, 11, 22)) is None
    folder = data_dir / "backups"
    start = date(2026, 11, 22)
    for back in range(1, 60):
        (folder / f"hang-ngay-{(start - timedelta(days=back)).isoformat()}.sqlite3").write_bytes(
            b"x"
        )
    rotate_daily(folder)
    kept = sorted(p.name for p in folder.glob("hang-ngay-*.sqlite3"))
    days = [date.fromisoformat(n[10:20]) for n in kept]
    newest_seven = [start - timedelta(days=d) for d in range(7)]
    assert set(newest_seven) <= set(days)
    older = [d for d in days if d not in newest_seven]
    assert len(older) == 4  # one per ISO week, four more weeks
    assert len({d.isocalendar()[:2] for d in older}) == 4
    assert min(days) >= start - timedelta(days=7 + 5 * 7)


def test_a_failed_backup_leaves_nothing_under_a_backups_name(data_dir: Path) -> None:
    """The copy is written under a .partial name and renamed when whole: a copy that fails
    (or a process killed mid-copy, tests/safety) never leaves a broken file that would be
    listed for restore or stand in for the day's backup."""
    store = open_store(data_dir)
    today = date(2026, 11, 22)
    store.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # a broken store file
    with pytest.raises(KehoachError, match="Không sao lưu được"):
        daily_backup(store, today)
    assert list((data_dir / "backups").iterdir()) == []
    store.path.unlink()
    store.close()
    store = open_store(data_dir)
    made = daily_backup(store, today)  # the day's copy is made once the store is sound again
    assert made is not None and [b.path for b in list_backups(data_dir)] == [made]
    store.close()


def test_cli_backup_and_restore(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sao-luu.sqlite3"
    assert main(["--data-dir", str(demo_dir), "backup", "-o", str(target)]) == 0
    assert target.exists() and "Đã sao lưu" in capsys.readouterr().out
    assert main(["--data-dir", str(demo_dir), "restore", str(tmp_path / "khong-co.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không tìm thấy tệp sao lưu") and err.count("\n") == 1
    assert main(["--data-dir", str(demo_dir), "restore", str(target)]) == 0
    assert any(b.kind == "tự động" for b in list_backups(demo_dir))
