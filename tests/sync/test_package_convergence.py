"""Packages converge (SPEC §6–§7, issue 8): whatever the order in which the office receives the
same hamlet packages, and however often each arrives, it ends with the same records.

Three real hamlet devices, set up from the office, each send two successive packages:
- Ấp 1 sends everything again in its second package (the office has not acknowledged yet);
- Ấp 2's second package holds only what changed after the office acknowledged the first (so
  arriving first means an older package follows a newer one: a restored office store, a file
  imported again by hand);
- Ấp 3's second package tombstones an activity of the first and corrects a count.
The store's content is compared table by table, leaving out bookkeeping only: the local change
sequence, the package log and the device rows (when each package arrived and acknowledgements).
"""

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kehoach_desktop.db.models import Activity
from kehoach_desktop.services.store import open_store
from kehoach_desktop.services.sync_export import export_package
from kehoach_desktop.services.sync_import import import_package
from tests.fingerprints import content_fingerprint
from tests.safety.scenarios import make_office

from .helpers import set_counts, set_up_pair

NAMES = ("A1", "A2", "B1", "B2", "C1", "C2")
BOOKKEEPING_TABLES = ("change_counter", "sync_device", "sync_package")


@dataclass
class Packages:
    office: Path  # the office's data folder before any of them arrived
    files: dict[str, Path]
    expected: dict[str, str]  # content after receiving them in the order they were made


def _content(folder: Path) -> dict[str, str]:
    return content_fingerprint(
        folder / "kehoach.sqlite3", ignore_columns=("change_seq",), ignore_tables=BOOKKEEPING_TABLES
    )


def _receive(office: Path, order: list[str], files: dict[str, Path], into: Path) -> Path:
    shutil.copytree(office, into)
    store = open_store(into)
    try:
        for name in order:
            result = import_package(store, files[name], backup=False)
            assert result.conflicts == 0 and result.rejected == 0, result.messages
    finally:
        store.close()
    return into


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Packages]:
    root = tmp_path_factory.mktemp("hoi-tu")
    office = make_office(root / "van-phong", register=False)
    ap1, ap2, ap3 = (set_up_pair(office.store, root / f"ap-{n}", f"Ấp {n}") for n in (1, 2, 3))
    files = {}

    set_counts(ap1.hamlet, ap1.hamlet_id, "2026-W45", state="submitted", vneid=3, dvctt=1)
    files["A1"] = ap1.hamlet_to_office("a1.khpkg")
    set_counts(ap1.hamlet, ap1.hamlet_id, "2026-W45", vneid=5)
    set_counts(ap1.hamlet, ap1.hamlet_id, "2026-W46", state="submitted", vneid=2)
    files["A2"] = ap1.hamlet_to_office("a2.khpkg")

    set_counts(ap2.hamlet, ap2.hamlet_id, "2026-W45", state="submitted", vneid=7, dvctt=2)
    files["B1"] = ap2.hamlet_to_office("b1.khpkg")
    office.store.close()
    # The office receives B1 and answers with its acknowledgement (in a copy: the office
    # under test has received nothing yet).
    answered = open_store(shutil.copytree(root / "van-phong", root / "van-phong-da-nhan"))
    import_package(answered, files["B1"], backup=False)
    import_package(ap2.hamlet, export_package(answered, root / "xa.khpkg", hamlet="Ấp 2").path)
    answered.close()
    set_counts(ap2.hamlet, ap2.hamlet_id, "2026-W45", vneid=9)
    set_counts(ap2.hamlet, ap2.hamlet_id, "2026-W46", vneid=4)
    second = export_package(ap2.hamlet, root / "b2.khpkg")
    assert second.since_seq > 0 and second.record_count == 2  # only what changed since
    files["B2"] = second.path

    set_counts(ap3.hamlet, ap3.hamlet_id, "2026-W45", vneid=1)
    with ap3.hamlet.session() as session:
        activity = Activity(
            hamlet_id=ap3.hamlet_id,
            on_date=date(2026, 11, 10),
            kind="outreach",
            description="Tuyên truyền cài đặt VNeID",
            place="Nhà văn hóa ấp",
            people_reached=30,
        )
        session.add(activity)
        session.flush()
        activity_id = activity.id
    files["C1"] = ap3.hamlet_to_office("c1.khpkg")
    with ap3.hamlet.session() as session:
        gone = session.get(Activity, activity_id)
        assert gone is not None
        gone.deleted = True
        session.add(gone)
    set_counts(ap3.hamlet, ap3.hamlet_id, "2026-W45", vneid=2)
    files["C2"] = ap3.hamlet_to_office("c2.khpkg")
    for pair in (ap1, ap2, ap3):
        pair.hamlet.close()

    reference = _receive(root / "van-phong", list(NAMES), files, root / "theo-thu-tu")
    with sqlite3.connect(reference / "kehoach.sqlite3") as conn:
        counts = set(
            conn.execute(
                "SELECT h.name, c.week, c.metric, c.value FROM weekly_count c "
                "JOIN hamlet h ON h.id = c.hamlet_id"
            )
        )
        activities = list(conn.execute("SELECT deleted FROM activity"))
    assert counts == {
        ("Ấp 1", "2026-W45", "vneid", 5),
        ("Ấp 1", "2026-W45", "dvctt", 1),
        ("Ấp 1", "2026-W46", "vneid", 2),
        ("Ấp 2", "2026-W45", "vneid", 9),
        ("Ấp 2", "2026-W45", "dvctt", 2),
        ("Ấp 2", "2026-W46", "vneid", 4),
        ("Ấp 3", "2026-W45", "vneid", 2),
    }
    assert activities == [(1,)]
    yield Packages(root / "van-phong", files, _content(reference))


@st.composite
def arrivals(draw: st.DrawFn) -> list[str]:
    """Every package once in any order, and up to three of them again anywhere."""
    order = list(draw(st.permutations(NAMES)))
    for again in draw(st.lists(st.sampled_from(NAMES), max_size=3)):
        order.insert(draw(st.integers(0, len(order))), again)
    return order


@settings(max_examples=25, deadline=None)
@given(arrivals())
@example(["B2", "B1", "A2", "A1", "C2", "C1"])  # every newer package before the older one
@example(["A1", "A2", "B1", "B2", "C1", "C2", "B1", "A1", "C1"])  # old ones again at the end
def test_any_order_and_repetition_of_the_packages_gives_the_same_store(
    packages: Packages, order: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        received = _receive(packages.office, order, packages.files, Path(scratch) / "xa")
        content = _content(received)
    differ = sorted(t for t in content if content[t] != packages.expected.get(t))
    assert differ == [], order
