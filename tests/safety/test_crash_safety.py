"""A process killed (SIGKILL) at random points of an import never leaves a broken or
half-imported store (SPEC §7, issue 8).

For a package import (`kehoach package import FILE`) and a plan import (`kehoach import
FILE`), each 50 times: copy a small store, run the real command line in a child process, kill
it after a random delay, then check the store passes ``PRAGMA integrity_check`` (and
``foreign_key_check``), holds either none of the import (every row as before) or all of it
(the same content as a complete run), that every backup left behind is a sound store, and that
running the import again to the end leaves exactly the expected records.

The delays come from the import's duration, measured first in the same way: 20 are drawn over
the whole run and counted from its start; 30 are drawn over its write phase (from the moment
the backup each import makes right before writing is in place, to the end of the run) and
counted from the moment that backup appears, so that the machine's load before the write does
not push them out of it. The child is forked from a worker that has already imported the app
(crash_worker.py), so the delays fall in the import's own work, not in interpreter start-up.
Two more kills are placed exactly by the crash-point hook (kehoach_desktop/db/crash_point.py):
with every row of the transaction written but not committed, and with a backup copied but not
yet renamed into place.
"""

import multiprocessing
import random
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from kehoach_desktop.services.plan import list_tasks
from kehoach_desktop.services.plan_import import commit_import
from kehoach_desktop.services.store import open_store
from kehoach_desktop.services.sync_import import import_package
from tests.fingerprints import store_fingerprint

from .crash_worker import STORE, Kill, Scenario, kill_once, measure
from .scenarios import UNITS, FieldData, field_data, make_office, plan_workbook

KILLS_OVER_THE_RUN = 20
KILLS_IN_THE_WRITE = 30
SEED = 8


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    """Two worker processes forked from a server that has already imported the app."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.safety.crash_worker"])
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as executor:
        yield executor


def _prepare(pool: ProcessPoolExecutor, scenario: Scenario) -> tuple[Scenario, float, float]:
    """Measure three complete runs: the shortest run and the shortest write phase (kills drawn
    within them mostly land before the import ends). The runs must agree on the content they
    leave, else the test's idea of "all of it" would be wrong."""
    runs = [f.result() for f in [pool.submit(measure, scenario, f"measure-{n}") for n in range(3)]]
    assert len({tuple(sorted(content.items())) for _, _, content in runs}) == 1
    after = runs[0][2]
    assert after != scenario.content(scenario.pristine)
    seconds = min(s for s, _, _ in runs)
    writing = min(s - w for s, w, _ in runs)
    return replace(scenario, after=after), seconds, seconds - writing


def _kill_many(
    pool: ProcessPoolExecutor, scenario: Scenario, seconds: float, write_starts: float, hook: str
) -> list[Kill]:
    """50 kills that land while the import runs (a run that ends before its kill does not
    count and is drawn again, earlier), then the two placed by the hook."""
    rng = random.Random(SEED)
    writing = seconds - write_starts
    draws = [(rng.uniform(0, seconds), False) for _ in range(KILLS_OVER_THE_RUN)]
    draws += [(rng.uniform(0, writing), True) for _ in range(KILLS_IN_THE_WRITE)]
    kills: list[Kill] = []
    for _round in range(6):
        jobs = [
            pool.submit(kill_once, scenario, len(kills) + n, delay, from_backup)
            for n, (delay, from_backup) in enumerate(draws)
        ]
        done = [job.result() for job in jobs]
        kills += done
        draws = [(rng.uniform(0, k.delay), k.from_backup) for k in done if not k.killed]
        if not draws:
            break
    hooks = [pool.submit(kill_once, scenario, 900, 0.0, kill_at=hook)]
    hooks.append(pool.submit(kill_once, scenario, 901, 0.0, kill_at="backup"))
    return kills + [job.result() for job in hooks]


def _check(kills: list[Kill], name: str, seconds: float, write_starts: float) -> None:
    problems = {k.index: k.problems for k in kills if k.problems}
    assert problems == {}
    random_kills, (at_commit, at_backup) = kills[:-2], kills[-2:]
    killed = [k for k in random_kills if k.killed]
    inside = [k for k in killed if k.inside_transaction]
    print(
        f"\n{name}: run {seconds:.3f} s, write from {write_starts:.3f} s; "
        f"{len(killed)} killed in {len(random_kills)} runs: "
        f"{sum(k.outcome == 'none' and not k.backup_made for k in killed)} before writing, "
        f"{len(inside)} inside the write transaction, "
        f"{sum(k.outcome == 'all' for k in killed)} after commit; "
        f"at the commit point the WAL held {at_commit.wal_bytes} bytes"
    )
    # 50 random kills landed while the import ran, many of them inside its transaction.
    assert len(killed) == KILLS_OVER_THE_RUN + KILLS_IN_THE_WRITE
    assert len(inside) >= 10
    # Killed with every row written but not committed: none of it, though the backup is made.
    assert (at_commit.killed, at_commit.outcome, at_commit.backup_made) == (True, "none", True)
    # Killed with the backup copied but not renamed: no file under a backup's name.
    assert (at_backup.killed, at_backup.outcome, at_backup.backup_made) == (True, "none", False)
    assert at_backup.partial_backups == 1


# --------------------------------------------------------------------------- package import


def _holds_the_package(folder: Path, data: FieldData, hamlet_id: str) -> None:
    """The store holds exactly the package's records for Ấp 1, once."""
    with sqlite3.connect(folder / STORE) as conn:
        counts = {
            r[0]: ("Ấp 1", r[1], r[2], r[3])
            for r in conn.execute(
                "SELECT id, week, metric, value FROM weekly_count WHERE hamlet_id = ?",
                (hamlet_id,),
            )
        }
        activities = {r[0] for r in conn.execute("SELECT id FROM activity")}
        weeks = dict(conn.execute("SELECT week, state FROM hamlet_week"))
        received = conn.execute("SELECT count(*) FROM sync_package WHERE direction = 'in'")
        packages = received.fetchone()[0]
    assert counts == data.counts
    assert activities == data.activities
    assert weeks == dict.fromkeys(data.weeks, "submitted")
    assert packages == 2  # the early package and this one


def test_a_killed_package_import_leaves_none_or_all_of_it(
    tmp_path: Path, pool: ProcessPoolExecutor
) -> None:
    office = make_office(tmp_path / "office")
    data = field_data(tmp_path, office)
    early = import_package(office.store, data.early, backup=False)
    assert early.new == 120
    hamlet_id = office.hamlet_ids["Ấp 1"]
    office.store.close()
    scenario = Scenario(
        name="package",
        pristine=tmp_path / "office",
        command=("package", "import", str(data.full)),
        work=tmp_path / "kills",
        before=store_fingerprint(tmp_path / "office" / STORE),
        # Only when the import ran differs from run to run; everything else is compared.
        ignore_columns=(
            "sync_package.recorded_at",
            "sync_device.last_import_at",
            "sync_device.updated_at",
        ),
        ignore_tables=(),
        follow_references=False,
    )
    scenario, seconds, write_starts = _prepare(pool, scenario)
    _holds_the_package(scenario.work / "measure-0", data, hamlet_id)
    kills = _kill_many(pool, scenario, seconds, write_starts, "package-commit")
    _check(kills, "package import", seconds, write_starts)


# --------------------------------------------------------------------------- plan import


def test_a_killed_plan_import_leaves_none_or_all_of_it(
    tmp_path: Path, pool: ProcessPoolExecutor
) -> None:
    store = open_store(tmp_path / "plan-store")
    commit_import(store, plan_workbook(tmp_path / "ke-hoach-7-ban-1.xlsx", 200))
    store.close()
    edition_2 = plan_workbook(tmp_path / "ke-hoach-7-ban-2.xlsx", 300, edition=2)
    scenario = Scenario(
        name="plan",
        pristine=tmp_path / "plan-store",
        command=("import", str(edition_2)),
        work=tmp_path / "kills",
        before=store_fingerprint(tmp_path / "plan-store" / STORE),
        # New rows get fresh UUIDs and times in every run, and change sequence numbers in the
        # order the ORM flushes them: compare them by content, with each reference replaced by
        # the row it points at.
        ignore_columns=("change_seq", "created_at", "updated_at"),
        ignore_tables=(),
        follow_references=True,
    )
    scenario, seconds, write_starts = _prepare(pool, scenario)
    reference = open_store(scenario.work / "measure-0")
    tasks = list_tasks(reference)
    reference.close()
    assert [t.code for t in tasks] == [str(n) for n in range(1, 301)]
    assert tasks[9].content.endswith("bổ sung theo chỉ đạo của tỉnh")
    assert tasks[6].lead_unit == UNITS[8 % len(UNITS)]
    kills = _kill_many(pool, scenario, seconds, write_starts, "plan-commit")
    _check(kills, "plan import", seconds, write_starts)
