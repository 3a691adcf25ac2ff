"""Signed packages between the office and a hamlet device, on real stores (SPEC §6, issue 6):
setup, counts back, idempotence, acknowledgements, conflicts, locked weeks, scope, evidence."""

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlmodel import SQLModel, select

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.db.models import Activity, Evidence, HamletWeek, Task
from kehoach_desktop.db.sync_models import SyncDevice
from kehoach_desktop.services.devices import (
    claim_hamlet,
    list_devices,
    register_device,
    show_device,
)
from kehoach_desktop.services.evidence import evidence_file
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.services.sync_conflicts import list_conflicts, resolve_conflict
from kehoach_desktop.services.sync_export import export_package
from kehoach_desktop.services.sync_import import import_package, preview_package
from kehoach_desktop.sync.package_file import PackageRefused
from kehoach_desktop.sync.schema import ALL_TABLES

from .helpers import (
    Pair,
    content_digest,
    count_row,
    count_value,
    craft,
    hamlet_id,
    hamlet_key,
    set_counts,
    set_week_state,
)

WEEK = "2026-W47"  # the week of the demo's "today" (22/11/2026): no demo data yet


def test_the_package_schema_names_only_columns_the_store_has(data_dir: Path) -> None:
    from kehoach_desktop.db import engine  # noqa: F401  (registers every table)

    for spec in ALL_TABLES:
        table = SQLModel.metadata.tables[spec.name]
        assert set(spec.db_columns) <= {c.name for c in table.columns}, spec.name


def test_office_to_hamlet_setup_makes_a_hamlet_device_that_trusts_the_office(
    demo_store: Store, tmp_path: Path
) -> None:
    office_device = show_device(demo_store)
    assert office_device.role == "office"
    setup = export_package(demo_store, tmp_path / "ap-1-cai-dat", hamlet="ấp 1")
    assert setup.path.name == "ap-1-cai-dat.khpkg"
    assert setup.tables["task"] == 31 and setup.tables["weekly_count"] > 0
    hamlet = open_store(tmp_path / "may-ap")
    result = import_package(hamlet, setup.path)
    assert result.applied and result.new == setup.record_count and result.rejected == 0
    assert any(office_device.fingerprint in m for m in result.messages)
    device = show_device(hamlet)
    assert (device.role, device.hamlet) == ("hamlet", "Ấp 1")
    with hamlet.session() as session:
        assert len(session.exec(select(Task)).all()) == 31
        office = session.exec(select(SyncDevice).where(SyncDevice.role == "office")).one()
        assert office.device_id == office_device.device_id
        assert office.public_key == office_device.public_key
    hamlet.close()


def test_counts_on_the_hamlet_device_reach_the_office_once(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, state="submitted", vneid=12, dvctt=4)
    package = pair.hamlet_to_office()
    manifest = json.loads(zipfile.ZipFile(package).read("manifest.json"))
    assert manifest["kind"] == "hamlet" and manifest["hamlets"][0]["name"] == "Ấp 1"
    assert manifest["tables"] == {"hamlet_week": 1, "weekly_count": 2}

    before = content_digest(pair.office)
    preview = preview_package(pair.office, package)
    assert (preview.new, preview.updated, preview.conflicts, preview.rejected) == (3, 0, 0, 0)
    assert content_digest(pair.office) == before  # a preview writes nothing

    result = import_package(pair.office, package)
    assert (result.new, result.updated, result.unchanged, result.conflicts, result.rejected) == (
        3,
        0,
        0,
        0,
        0,
    )
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 12
    assert count_value(pair.office, pair.hamlet_id, WEEK, "dvctt") == 4

    after = content_digest(pair.office)
    again = import_package(pair.office, package)
    assert again.already_imported and not again.applied
    assert (again.new, again.updated, again.conflicts, again.rejected) == (0, 0, 0, 0)
    assert content_digest(pair.office) == after


def test_the_office_acknowledgement_travels_back_and_bounds_the_next_package(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=5)
    first = pair.hamlet_to_office("ap-1.khpkg")
    import_package(pair.office, first)
    # Until the office's acknowledgement arrives, the hamlet re-sends what is not acknowledged.
    resent = export_package(pair.hamlet, pair.folder / "ap-1-lai.khpkg")
    assert resent.record_count == 1 and resent.since_seq == 0
    repeat = import_package(pair.office, resent.path)
    assert (repeat.new, repeat.updated, repeat.unchanged) == (0, 0, 1)

    back = pair.office_to_hamlet("xa-1.khpkg")
    manifest = json.loads(zipfile.ZipFile(back).read("manifest.json"))
    hamlet_device = show_device(pair.hamlet)
    ack = manifest["acks"][0]
    assert ack["device_id"] == hamlet_device.device_id and ack["seq"] >= resent.seq_to
    assert "weekly_count" not in manifest["tables"]  # what came from the hamlet is not echoed
    import_package(pair.hamlet, back)

    nothing = export_package(pair.hamlet, pair.folder / "ap-1-trong.khpkg")
    assert nothing.record_count == 0 and nothing.since_seq == ack["seq"]
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=7)
    one = export_package(pair.hamlet, pair.folder / "ap-1-moi.khpkg")
    assert one.tables == {"weekly_count": 1}
    result = import_package(pair.office, one.path)
    assert (result.updated, result.conflicts) == (1, 0)
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 7


def test_a_change_made_on_both_sides_is_a_conflict_decided_by_a_person(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=10, dvctt=2)
    import_package(pair.office, pair.hamlet_to_office("p1.khpkg"))
    set_counts(pair.office, pair.hamlet_id, WEEK, vneid=11)  # the office corrects it
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=13, dvctt=3)  # meanwhile the hamlet too

    result = import_package(pair.office, pair.hamlet_to_office("p2.khpkg"))
    assert (result.updated, result.conflicts) == (1, 1)  # dvctt moves on; vneid waits
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 11
    assert count_value(pair.office, pair.hamlet_id, WEEK, "dvctt") == 3
    conflict = next(c for c in result.items if c.outcome == "conflict")
    assert conflict.local["value"] == 11 and conflict.incoming["value"] == 13

    [waiting] = list_conflicts(pair.office)
    assert "Ấp 1" in waiting.label and WEEK in waiting.label
    value = next(f for f in waiting.fields if f.name == "value")
    assert (value.local, value.incoming, value.differs) == (11, 13, True)
    # Undecided, it does not travel to the hamlet; the hamlet keeps its own value.
    held = export_package(pair.office, pair.folder / "xa-1.khpkg", hamlet="Ấp 1")
    assert "weekly_count" not in held.tables

    resolve_conflict(pair.office, waiting.id, "local")
    assert list_conflicts(pair.office) == []
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 11
    import_package(pair.hamlet, pair.office_to_hamlet("xa-2.khpkg"))
    assert count_value(pair.hamlet, pair.hamlet_id, WEEK, "vneid") == 11  # both sides agree
    with pytest.raises(KehoachError, match="đã được giải quyết"):
        resolve_conflict(pair.office, waiting.id, "incoming")


def test_taking_the_incoming_version_of_a_conflict(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=10)
    import_package(pair.office, pair.hamlet_to_office("p1.khpkg"))
    set_counts(pair.office, pair.hamlet_id, WEEK, vneid=11)
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=13)
    import_package(pair.office, pair.hamlet_to_office("p2.khpkg"))
    [waiting] = list_conflicts(pair.office)
    resolve_conflict(pair.office, waiting.id[:8], "incoming")
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 13
    result = import_package(pair.hamlet, pair.office_to_hamlet())
    assert result.conflicts == 0
    assert count_value(pair.hamlet, pair.hamlet_id, WEEK, "vneid") == 13


def test_an_edit_built_on_the_office_version_is_no_conflict(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=10)
    import_package(pair.office, pair.hamlet_to_office("p1.khpkg"))
    set_counts(pair.office, pair.hamlet_id, WEEK, vneid=11)
    import_package(pair.hamlet, pair.office_to_hamlet("x1.khpkg"))
    assert count_value(pair.hamlet, pair.hamlet_id, WEEK, "vneid") == 11
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=12)  # the hamlet builds on 11
    result = import_package(pair.office, pair.hamlet_to_office("p2.khpkg"))
    assert (result.updated, result.conflicts) == (1, 0)
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 12


def test_an_accepted_week_is_never_overwritten_and_goes_back_to_the_hamlet(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, state="submitted", vneid=10)
    import_package(pair.office, pair.hamlet_to_office("p1.khpkg"))
    with pair.office.session() as session:
        set_week_state(session, pair.hamlet_id, WEEK, "accepted")
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=99)

    before = count_value(pair.office, pair.hamlet_id, WEEK, "vneid")
    result = import_package(pair.office, pair.hamlet_to_office("p2.khpkg"))
    assert result.rejected == 1 and result.updated == 0
    assert any("đã duyệt" in m and "giữ 10" in m and "99" in m for m in result.messages)
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == before == 10

    back = import_package(pair.hamlet, pair.office_to_hamlet())
    assert back.conflicts == 0
    assert count_value(pair.hamlet, pair.hamlet_id, WEEK, "vneid") == 10
    with pair.hamlet.session() as session:
        week = session.exec(select(HamletWeek).where(HamletWeek.week == WEEK)).one()
        assert week.state == "accepted"


def test_a_hamlet_cannot_accept_its_own_week(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, state="accepted", vneid=1)
    result = import_package(pair.office, pair.hamlet_to_office())
    assert result.rejected == 1 and result.new == 1
    assert any("chỉ văn phòng xã mới duyệt" in m for m in result.messages)


def test_records_for_another_hamlet_are_rejected_and_the_rest_applied(pair: Pair) -> None:
    other = hamlet_id(pair.office, "Ấp 2")
    other_before = count_value(pair.office, other, "2026-W10", "vneid")
    commune = json.loads(zipfile.ZipFile(pair.hamlet_to_office("x.khpkg")).read("manifest.json"))[
        "commune"
    ]
    package = craft(
        pair.folder / "lan-sang-ap-2.khpkg",
        hamlet_key(pair),
        commune=commune,
        hamlets=[{"id": pair.hamlet_id, "name": "Ấp 1"}],
        tables={
            "weekly_count": [
                count_row(other, "2026-W10", "vneid", 999),
                count_row(pair.hamlet_id, WEEK, "vneid", 8),
            ]
        },
    )
    result = import_package(pair.office, package)
    assert (result.new, result.rejected) == (1, 1)
    assert any("Ấp 2" in m and "chỉ được ghi dữ liệu của Ấp 1" in m for m in result.messages)
    assert count_value(pair.office, other, "2026-W10", "vneid") == other_before
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 8


def test_a_package_claiming_another_hamlet_is_refused_whole(pair: Pair) -> None:
    other = hamlet_id(pair.office, "Ấp 2")
    commune = json.loads(zipfile.ZipFile(pair.hamlet_to_office("x.khpkg")).read("manifest.json"))[
        "commune"
    ]
    package = craft(
        pair.folder / "gia-ap-2.khpkg",
        hamlet_key(pair),
        commune=commune,
        hamlets=[{"id": other, "name": "Ấp 2"}],
        tables={"weekly_count": [count_row(other, "2026-W10", "vneid", 999)]},
    )
    before = content_digest(pair.office)
    with pytest.raises(PackageRefused) as refused:
        import_package(pair.office, package)
    assert refused.value.code == "scope"
    assert "gia-ap-2.khpkg" in str(refused.value) and "chỉ được đăng ký cho Ấp 1" in str(
        refused.value
    )
    assert content_digest(pair.office) == before


def test_a_package_from_an_unregistered_key_is_refused(pair: Pair, tmp_path: Path) -> None:
    stranger = open_store(tmp_path / "may-la")
    import_package(stranger, export_package(pair.office, tmp_path / "s.khpkg", hamlet="Ấp 3").path)
    set_counts(stranger, hamlet_id(stranger, "Ấp 3"), WEEK, vneid=50)
    package = export_package(stranger, tmp_path / "la.khpkg").path
    before = content_digest(pair.office)
    with pytest.raises(PackageRefused) as refused:
        import_package(pair.office, package)
    message = str(refused.value)
    assert refused.value.code == "unknown_key"
    assert "la.khpkg" in message and "chưa được đăng ký" in message
    assert show_device(stranger).fingerprint in message
    assert content_digest(pair.office) == before
    stranger.close()


def test_a_retired_device_is_refused_after_a_new_one_is_registered(
    pair: Pair, tmp_path: Path
) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=3)
    old_package = pair.hamlet_to_office()
    replacement = open_store(tmp_path / "may-moi")
    registration = register_device(pair.office, "Ấp 1", show_device(replacement).public_key)
    assert registration.replaced and "thôi được tin cậy" in registration.messages[1]
    with pytest.raises(PackageRefused, match="đã được thay bằng máy khác"):
        import_package(pair.office, old_package)
    devices = {d.device_id: d for d in list_devices(pair.office)}
    assert devices[registration.device.device_id].trusted
    replacement.close()


def test_office_packages_go_only_to_hamlet_devices_of_their_audience(
    pair: Pair, demo_store: Store, tmp_path: Path
) -> None:
    for_ap_2 = export_package(pair.office, tmp_path / "ap-2.khpkg", hamlet="Ấp 2").path
    before = content_digest(pair.hamlet)
    with pytest.raises(PackageRefused, match="máy này là máy của Ấp 1") as refused:
        import_package(pair.hamlet, for_ap_2)
    assert refused.value.code == "audience"
    assert content_digest(pair.hamlet) == before
    with pytest.raises(PackageRefused, match="do chính máy này tạo ra") as own:
        import_package(pair.office, pair.office_to_hamlet())
    assert own.value.code == "own"


def test_an_office_package_is_not_imported_into_an_office(pair: Pair, tmp_path: Path) -> None:
    from kehoach_desktop.services.demo import build_demo

    other_office = open_store(tmp_path / "xa-khac")
    build_demo(other_office)
    package = export_package(other_office, tmp_path / "xa-khac.khpkg", hamlet="Ấp 1").path
    before = content_digest(pair.office)
    with pytest.raises(PackageRefused, match="máy này cũng là máy văn phòng xã") as refused:
        import_package(pair.office, package)
    assert refused.value.code == "store"
    assert content_digest(pair.office) == before
    other_office.close()


def test_a_package_signed_by_another_office_is_refused(pair: Pair, tmp_path: Path) -> None:
    from kehoach_desktop.services.demo import build_demo

    other_office = open_store(tmp_path / "xa-khac")
    build_demo(other_office)
    package = export_package(other_office, tmp_path / "xa-khac.khpkg", hamlet="Ấp 1").path
    before = content_digest(pair.hamlet)
    with pytest.raises(PackageRefused, match="khóa khác") as refused:
        import_package(pair.hamlet, package)
    assert refused.value.code == "unknown_key"
    assert content_digest(pair.hamlet) == before
    other_office.close()


def test_activities_and_evidence_travel_with_their_files(pair: Pair, tmp_path: Path) -> None:
    from datetime import date

    photo = b"\xff\xd8\xff\xe0 anh buoi tuyen truyen " * 200
    sha = hashlib.sha256(photo).hexdigest()
    stored = evidence_file(pair.hamlet.folder, sha, "anh-hop-dan.jpg")
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(photo)
    with pair.hamlet.session() as session:
        activity = Activity(
            hamlet_id=pair.hamlet_id,
            on_date=date(2026, 11, 18),
            kind="outreach",
            description="Họp dân hướng dẫn cài đặt VNeID mức 2",
            people_reached=42,
        )
        session.add(activity)
        session.flush()
        session.add(
            Evidence(
                sha256=sha, file_name="anh-hop-dan.jpg", size=len(photo), activity_id=activity.id
            )
        )
    package = pair.hamlet_to_office()
    assert f"evidence/{sha}" in zipfile.ZipFile(package).namelist()
    result = import_package(pair.office, package)
    assert result.new == 2 and result.rejected == 0
    received = evidence_file(pair.office.folder, sha, "anh-hop-dan.jpg")
    assert hashlib.sha256(received.read_bytes()).hexdigest() == sha
    with pair.office.session() as session:
        assert (
            session.exec(select(Evidence).where(Evidence.sha256 == sha)).one().activity_id
            == activity.id
        )


def test_a_bad_value_rejects_that_record_and_names_it(pair: Pair) -> None:
    commune = json.loads(zipfile.ZipFile(pair.hamlet_to_office("x.khpkg")).read("manifest.json"))[
        "commune"
    ]
    package = craft(
        pair.folder / "so-sai.khpkg",
        hamlet_key(pair),
        commune=commune,
        hamlets=[{"id": pair.hamlet_id, "name": "Ấp 1"}],
        tables={
            "weekly_count": [
                count_row(pair.hamlet_id, WEEK, "vneid", "mười hai"),
                count_row(pair.hamlet_id, WEEK, "dvctt", 3),
                count_row(pair.hamlet_id, "2026-W60", "vneid_level2", 1),
            ]
        },
    )
    result = import_package(pair.office, package)
    assert (result.new, result.rejected) == (1, 2)
    assert any(
        "data/weekly_count.json" in m
        and "bản ghi thứ 1" in m
        and "“value” không phải số nguyên" in m
        for m in result.messages
    )
    assert any("bản ghi thứ 3" in m and "tuần không có thật" in m for m in result.messages)


def test_packages_in_any_order_and_repeated_converge(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=1)
    first = pair.hamlet_to_office("1.khpkg")
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=2, dvctt=5)
    second = pair.hamlet_to_office("2.khpkg")
    newer = import_package(pair.office, second)
    assert newer.new == 2
    older = import_package(pair.office, first)
    assert (older.new, older.updated, older.conflicts, older.unchanged) == (0, 0, 0, 1)
    import_package(pair.office, first)
    assert count_value(pair.office, pair.hamlet_id, WEEK, "vneid") == 2


def test_a_hamlet_keeps_its_unsent_edit_until_the_office_decides(pair: Pair) -> None:
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=10)
    import_package(pair.office, pair.hamlet_to_office("p1.khpkg"))
    set_counts(pair.office, pair.hamlet_id, WEEK, vneid=11)
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, vneid=14)  # not yet sent
    result = import_package(pair.hamlet, pair.office_to_hamlet())
    assert count_value(pair.hamlet, pair.hamlet_id, WEEK, "vneid") == 14
    assert any("giữ bản của máy này" in m for m in result.messages)
    office_side = import_package(pair.office, pair.hamlet_to_office("p2.khpkg"))
    assert office_side.conflicts == 1


def test_claiming_a_hamlet_and_exporting_needs_a_claim(demo_store: Store, tmp_path: Path) -> None:
    broadcast = export_package(demo_store, tmp_path / "chung.khpkg")
    assert "weekly_count" not in broadcast.tables
    device_store = open_store(tmp_path / "may")
    import_package(device_store, broadcast.path)
    assert show_device(device_store).hamlet is None
    with pytest.raises(KehoachError, match="chưa nhận ấp"):
        export_package(device_store, tmp_path / "x.khpkg")
    info = claim_hamlet(device_store, "ap 4")
    assert (info.role, info.hamlet) == ("hamlet", "Ấp 4")
    with pytest.raises(KehoachError, match="chỉ đóng gói dữ liệu của ấp đó"):
        export_package(device_store, tmp_path / "x.khpkg", hamlet="Ấp 5")
    device_store.close()


def test_a_foreign_key_violation_refuses_the_whole_package(pair: Pair) -> None:
    """A correctly signed office package whose task names a unit that exists nowhere."""
    from kehoach_desktop.services.devices import load_key
    from kehoach_desktop.services.sync_rows import fetch_rows
    from kehoach_desktop.sync.schema import TABLES

    spec = TABLES["task"]
    with sqlite3.connect(pair.office.path) as conn:
        row = fetch_rows(conn, spec, "code = ?", ["1"])[0]
    row = [*row[:-1], 10**9, None]
    row[spec.wire.index("lead_unit_id")] = "khong-co-don-vi-nay"
    commune = json.loads(zipfile.ZipFile(pair.office_to_hamlet("x.khpkg")).read("manifest.json"))
    package = craft(
        pair.folder / "xa-loi.khpkg",
        load_key(pair.office.folder),
        kind="office",
        commune=commune["commune"],
        hamlets=[],
        tables={"task": [row]},
        audience=commune["audience"],
        since_seq=10**9,
        seq_to=10**9 + 1,
    )
    before = content_digest(pair.hamlet)
    with pytest.raises(PackageRefused, match="xa-loi.khpkg") as refused:
        import_package(pair.hamlet, package)
    assert refused.value.code == "data"
    assert content_digest(pair.hamlet) == before
