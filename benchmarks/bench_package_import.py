"""Importing 21 hamlet packages holding 100,000 records in all, against a bare sqlite3
``executemany`` of the same rows into the same schema (SPEC §8: within 5×).

Set-up (not timed): an office store with a commune and 21 hamlets; 21 real hamlet stores,
each set up from an office package, registered at the office, filled with its weeks, counts
and activity log, and exported with `package export` — the packages the office receives.

Timed, each on a fresh copy of the office store, best of ``--repeat`` runs:
- baseline: one sqlite3 connection (WAL, foreign keys on, synchronous=NORMAL, as the app's),
  one transaction, ``executemany`` of exactly the rows the import writes, commit;
- import: ``import_package`` for each of the 21 files, as `kehoach package import` does it:
  container and zip checks, signature, SHA-256 of every entry, record checks, classification,
  bulk write, one transaction per package. The pre-import backup is measured separately
  (``--with-backup``) because its cost grows with the store, not with the package.

Run: ``python benchmarks/bench_package_import.py [--records N] [--repeat K] [--json FILE]``.
``measure()`` returns the figures for benchmarks/run.py.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kehoach_desktop.core.domain import ActivityKind, Metric  # noqa: E402
from kehoach_desktop.core.periods import iso_week  # noqa: E402

HAMLETS = 21
METRICS = [m.value for m in Metric]
KINDS = [k.value for k in ActivityKind]


def _office(folder: Path) -> list[tuple[str, str]]:
    from kehoach_desktop.db.models import Commune, Hamlet, HamletFigure, Plan
    from kehoach_desktop.services.store import open_store

    store = open_store(folder)
    hamlets = []
    with store.session() as session:
        commune = Commune(name="Tà Lài", province="Đồng Nai", issuing_body="UBND XÃ TÀ LÀI")
        session.add(commune)
        session.flush()
        session.add(
            Plan(commune_id=commune.id, number="64/KH-UBND", title="Kế hoạch CĐS", year=2026)
        )
        for index in range(HAMLETS):
            hamlet = Hamlet(commune_id=commune.id, name=f"Ấp {index + 1}", code=f"A{index + 1:02d}")
            session.add(hamlet)
            session.flush()
            session.add(
                HamletFigure(
                    hamlet_id=hamlet.id, as_of=date(2026, 1, 1), population=1800, adults=1300
                )
            )
            hamlets.append((hamlet.id, hamlet.name))
    store.close()
    return hamlets


def _fill_hamlet(store, hamlet_id: str, records: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Weeks (a hamlet_week row and six counts each) back from 2026-W46, then activities."""
    from kehoach_desktop.db.raw import raw_connection
    from kehoach_desktop.services.sync_rows import allocate_seq

    weeks_n = (records * 6 // 10) // 7
    activities_n = records - weeks_n * 7
    now = "2026-11-20 08:00:00.000000"
    week_rows, count_rows, activity_rows = [], [], []
    day = date(2026, 11, 16)
    for _ in range(weeks_n):
        week = iso_week(day)
        week_rows.append(
            (str(uuid.uuid4()), now, now, False, hamlet_id, week, "submitted", "", now, None)
        )
        for metric in METRICS:
            count_rows.append(
                (str(uuid.uuid4()), now, now, False, hamlet_id, week, metric, rng.randrange(40))
            )
        day -= timedelta(days=7)
    start = date(2026, 11, 16)
    for index in range(activities_n):
        activity_rows.append(
            (
                str(uuid.uuid4()),
                now,
                now,
                False,
                hamlet_id,
                (start - timedelta(days=index % 3000)).isoformat(),
                rng.choice(KINDS),
                "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2",
                "Nhà văn hóa ấp",
                f"{rng.randrange(2, 6)} thành viên",
                rng.randrange(5, 60),
                "",
                False,
            )
        )
    with store.session() as session:
        conn = raw_connection(session)
        seq = allocate_seq(conn, len(week_rows) + len(count_rows) + len(activity_rows))

        def stamped(rows):  # type: ignore[no-untyped-def]
            nonlocal seq
            out = []
            for row in rows:
                out.append((*row[:3], seq, *row[3:]))
                seq += 1
            return out

        conn.executemany(
            "INSERT INTO hamlet_week (id, created_at, updated_at, change_seq, deleted, hamlet_id, "
            "week, state, comment, submitted_at, accepted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            stamped(week_rows),
        )
        conn.executemany(
            "INSERT INTO weekly_count (id, created_at, updated_at, change_seq, deleted, hamlet_id, "
            "week, metric, value) VALUES (?,?,?,?,?,?,?,?,?)",
            stamped(count_rows),
        )
        conn.executemany(
            "INSERT INTO activity (id, created_at, updated_at, change_seq, deleted, hamlet_id, "
            "on_date, kind, description, place, members_present, people_reached, feedback, "
            "feedback_forwarded) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            stamped(activity_rows),
        )


def build(folder: Path, records: int) -> tuple[Path, list[Path]]:
    """The office store and the 21 hamlet packages (not timed)."""
    from kehoach_desktop.services.devices import register_device, show_device
    from kehoach_desktop.services.store import open_store
    from kehoach_desktop.services.sync_export import export_package
    from kehoach_desktop.services.sync_import import import_package

    office_dir = folder / "office"
    hamlets = _office(office_dir)
    office = open_store(office_dir)
    rng = random.Random(57)
    packages = []
    per_hamlet = [records // HAMLETS + (1 if i < records % HAMLETS else 0) for i in range(HAMLETS)]
    for index, (hamlet_id, name) in enumerate(hamlets):
        setup = export_package(office, folder / "setup" / f"setup-{index}.khpkg", hamlet=name)
        store = open_store(folder / f"hamlet-{index}")
        import_package(store, setup.path)
        register_device(office, name, show_device(store).public_key)
        _fill_hamlet(store, hamlet_id, per_hamlet[index], rng)
        result = export_package(store, folder / "packages" / f"ap-{index + 1}.khpkg")
        assert result.record_count == per_hamlet[index], result.record_count
        packages.append(result.path)
        store.close()
    office.close()
    return office_dir, packages


def _rows_of(packages: list[Path]) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """The rows the import writes, as the baseline inserts them."""
    import zipfile

    tables: dict[str, list[tuple]] = {}  # type: ignore[type-arg]
    seq = 1_000_000
    for path in packages:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.startswith("data/"):
                    continue
                doc = json.loads(archive.read(name))
                rows = tables.setdefault(doc["table"], [])
                for row in doc["rows"]:
                    rows.append((row[0], row[1], row[2], seq, *row[3:-2]))
                    seq += 1
    return tables


def _copy(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def baseline(office_dir: Path, work: Path, tables: dict[str, list[tuple]]) -> float:  # type: ignore[type-arg]
    from kehoach_desktop.services.sync_rows import insert_sql
    from kehoach_desktop.sync.schema import TABLES

    folder = _copy(office_dir, work / "baseline")
    start = time.perf_counter()
    conn = sqlite3.connect(folder / "kehoach.sqlite3", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("BEGIN")
    for table, rows in tables.items():
        conn.executemany(insert_sql(TABLES[table]), rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def import_all(
    office_dir: Path, work: Path, packages: list[Path], backup: bool
) -> tuple[float, int]:
    from kehoach_desktop.services.store import open_store
    from kehoach_desktop.services.sync_import import import_package

    folder = _copy(office_dir, work / "import")
    start = time.perf_counter()
    store = open_store(folder)
    written = 0
    for path in packages:
        result = import_package(store, path, backup=backup)
        assert result.rejected == 0 and result.conflicts == 0, result.messages[:3]
        written += result.new + result.updated
    store.close()
    return time.perf_counter() - start, written


def measure(records: int = 100_000, repeat: int = 3, with_backup: bool = False) -> dict[str, float]:
    """Build the packages, time the baseline and the import; return the figures."""
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as temp:
        work = Path(temp)
        office_dir, packages = build(work / "setup", records)
        tables = _rows_of(packages)
        rows = sum(len(r) for r in tables.values())
        base = min(baseline(office_dir, work, tables) for _ in range(repeat))
        runs = [import_all(office_dir, work, packages, backup=False) for _ in range(repeat)]
        best = min(t for t, _ in runs)
        assert all(w == rows for _, w in runs), (runs, rows)
        figures = {
            "records": rows,
            "packages": len(packages),
            "package_mb": sum(p.stat().st_size for p in packages) / 1e6,
            "baseline_seconds": base,
            "import_seconds": best,
            "import_ratio": best / base,
        }
        if with_backup:
            backed = min(
                import_all(office_dir, work, packages, backup=True)[0] for _ in range(repeat)
            )
            figures["import_with_backup_seconds"] = backed
            figures["import_with_backup_ratio"] = backed / base
        return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--with-backup", action="store_true")
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    figures = measure(args.records, args.repeat, args.with_backup)
    print(
        f"records imported          {figures['records']:>10,}  in {figures['packages']} packages "
        f"({figures['package_mb']:.1f} MB)"
    )
    print(f"bare sqlite3 executemany  {figures['baseline_seconds']:>10.3f} s")
    print(f"package import            {figures['import_seconds']:>10.3f} s")
    print(f"ratio                     {figures['import_ratio']:>10.2f} ×   (SPEC §8: ≤ 5×)")
    if "import_with_backup_seconds" in figures:
        print(
            f"import + backups          {figures['import_with_backup_seconds']:>10.3f} s  "
            f"ratio {figures['import_with_backup_ratio']:.2f} ×"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
