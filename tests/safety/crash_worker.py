"""The worker side of the kill tests (test_crash_safety.py).

Jobs run in a small process pool whose processes have already imported the app (the
forkserver preloads this module). A job copies a store, runs the real ``kehoach`` command line
(``kehoach_desktop.cli.main``) in a forked child process, kills that child with SIGKILL after
a delay, and reports what the store holds: its integrity, whether it holds none or all of the
import, whether every backup is a sound store; then it runs the same command again to the end
and checks the store holds exactly the expected records. Forking from a process that has the
modules loaded puts the random kill times inside the import's own work instead of in the
second of Python imports every fresh interpreter spends first.
"""

import os
import shutil
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

# The CLI imports these lazily; importing them here means forked children start with them.
import kehoach_desktop.importers.docx_reader  # noqa: F401
import kehoach_desktop.importers.xlsx_reader  # noqa: F401
import kehoach_desktop.services.plan_import  # noqa: F401
import kehoach_desktop.services.sync_import  # noqa: F401
from kehoach_desktop.cli import main
from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.db import engine  # noqa: F401
from kehoach_desktop.db.crash_point import KILL_AT_ENV
from kehoach_desktop.services.backups import check_store_file
from tests.fingerprints import content_fingerprint, store_fingerprint

STORE = "kehoach.sqlite3"


@dataclass(frozen=True)
class Scenario:
    """One import to kill: the data folder before it, the command, and both end states."""

    name: str
    pristine: Path
    command: tuple[str, ...]
    work: Path
    before: dict[str, str]  # store_fingerprint of the pristine store: "none of it"
    ignore_columns: tuple[str, ...]
    ignore_tables: tuple[str, ...]
    follow_references: bool
    after: dict[str, str] = field(default_factory=dict)  # content once complete: "all of it"

    def content(self, folder: Path) -> dict[str, str]:
        return content_fingerprint(
            folder / STORE,
            ignore_columns=self.ignore_columns,
            ignore_tables=self.ignore_tables,
            follow_references=self.follow_references,
        )


@dataclass(frozen=True)
class Run:
    started_at: float  # wall-clock time (time.time()) of the fork
    seconds: float
    killed: bool
    exit_code: int | None
    stderr: str


@dataclass
class Kill:
    """What one killed import left behind."""

    index: int
    delay: float
    from_backup: bool  # the delay ran from the moment the import's backup was in place
    killed: bool  # False: the import finished before the delay ran out
    outcome: str = ""  # none | all | partial
    backup_made: bool = False  # a new backup exists: the kill came after the write began
    wal_bytes: int = 0  # size of the write-ahead log the killed process left
    partial_backups: int = 0  # copies a killed backup left under their .partial name
    problems: list[str] = field(default_factory=list)

    @property
    def inside_transaction(self) -> bool:
        """Killed after the import's backup and before its commit: mid-write."""
        return self.killed and self.outcome == "none" and self.backup_made


def run_command(
    folder: Path,
    command: tuple[str, ...],
    kill_after: float | None = None,
    kill_at: str = "",
    from_backup: bool = False,
) -> Run:
    """Run ``kehoach --data-dir FOLDER COMMAND`` in a forked child and SIGKILL it
    ``kill_after`` seconds after it started — or, ``from_backup``, after the backup each import
    makes right before writing is in place (None: let it finish). ``kill_at`` names a crash
    point where the child kills itself instead."""
    err_file = folder.with_name(folder.name + ".stderr")
    backups = _backups(folder)
    started_at = time.time()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: the command line, nothing else
        code = 70
        try:
            if kill_at:
                os.environ[KILL_AT_ENV] = kill_at
            null = os.open(os.devnull, os.O_WRONLY)
            err = os.open(err_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(null, 1)
            os.dup2(err, 2)
            code = main(["--data-dir", str(folder), *command])
        finally:
            os._exit(code)
    if kill_after is not None:
        # Waiting for the backup ties the kill to the write phase, whatever the machine's load
        # did to the reading and comparing before it.
        while from_backup and _backups(folder) == backups and not _exited(pid):
            time.sleep(0.0005)
        time.sleep(kill_after)
        os.kill(pid, signal.SIGKILL)  # a no-op on a child that has already exited
    _, status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - started
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    stderr = err_file.read_text(encoding="utf-8", errors="replace") if err_file.exists() else ""
    return Run(started_at, seconds, killed, code, stderr)


def _exited(pid: int) -> bool:
    """Whether the child has ended, without reaping it (waitpid comes later)."""
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def copy_pristine(scenario: Scenario, name: str) -> Path:
    folder = scenario.work / name
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(scenario.pristine, folder)
    return folder


def measure(scenario: Scenario, name: str) -> tuple[float, float, dict[str, str]]:
    """One complete run on a fresh copy: how long it took, when its write began (the moment
    its backup, made right before the write, was in place), and the content it left."""
    folder = copy_pristine(scenario, name)
    before = _backups(folder)
    run = run_command(folder, scenario.command)
    if run.exit_code != 0:
        raise AssertionError(f"{scenario.name}: {' '.join(scenario.command)} failed: {run.stderr}")
    (backup,) = _backups(folder) - before
    write_starts = (folder / "backups" / backup).stat().st_mtime - run.started_at
    return run.seconds, write_starts, scenario.content(folder)


def _backups(folder: Path) -> set[str]:
    backups = folder / "backups"
    return {p.name for p in backups.glob("*.sqlite3")} if backups.is_dir() else set()


def _sound(folder: Path) -> list[str]:
    """Problems of the store in ``folder`` as the app would open it next (WAL recovered)."""
    conn = sqlite3.connect(folder / STORE)
    try:
        problems = []
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            problems.append(f"integrity_check: {verdict[:5]}")
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            problems.append(f"foreign_key_check: {dangling[:5]}")
        return problems
    finally:
        conn.close()


def kill_once(
    scenario: Scenario, index: int, delay: float, from_backup: bool = False, kill_at: str = ""
) -> Kill:
    """Kill the import ``delay`` seconds after it started (``from_backup``: after its backup is
    in place; ``kill_at``: at that crash point instead), check what is left, run the import
    again to the end, and check the store holds what it should."""
    folder = copy_pristine(scenario, f"kill-{index:03d}")
    backups_before = _backups(folder)
    run = run_command(folder, scenario.command, None if kill_at else delay, kill_at, from_backup)
    kill = Kill(index, delay, from_backup, run.killed)
    if not run.killed and run.exit_code != 0:
        kill.problems.append(f"exit code {run.exit_code}: {run.stderr.strip()}")
    wal = folder / f"{STORE}-wal"
    kill.wal_bytes = wal.stat().st_size if wal.exists() else 0
    new_backups = _backups(folder) - backups_before
    kill.backup_made = bool(new_backups)
    kill.partial_backups = len(list((folder / "backups").glob("*.partial")))
    for name in sorted(new_backups):
        try:
            check_store_file(folder / "backups" / name)
        except KehoachError as exc:
            kill.problems.append(f"backup {name} is not a sound store: {exc}")

    kill.problems += _sound(folder)
    if store_fingerprint(folder / STORE) == scenario.before:
        kill.outcome = "none"
    elif scenario.content(folder) == scenario.after:
        kill.outcome = "all"
    else:
        kill.outcome = "partial"
        changed = sorted(
            t for t, d in scenario.content(folder).items() if scenario.after.get(t) != d
        )
        kill.problems.append(f"neither none nor all of the import; tables differ: {changed}")

    again = run_command(folder, scenario.command)
    if again.exit_code != 0:
        kill.problems.append(f"re-run exit code {again.exit_code}: {again.stderr.strip()}")
    kill.problems += [f"after re-run: {p}" for p in _sound(folder)]
    if scenario.content(folder) != scenario.after:
        kill.problems.append("after re-run the store does not hold exactly the import")
    shutil.rmtree(folder, ignore_errors=True)
    folder.with_name(folder.name + ".stderr").unlink(missing_ok=True)
    return kill
