"""services.teams on real stores: a hamlet's Tổ CNSCĐ read, added to, edited and trimmed in one
transaction; every refusal (a second Tổ trưởng, a bad phone, an empty name) leaves the store
exactly as it was."""

import unicodedata
from pathlib import Path

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.services.first_run import start_new_commune
from kehoach_desktop.services.hamlets import add_hamlet, list_hamlets
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.services.teams import (
    MemberInput,
    add_member,
    clean_phone,
    remove_member,
    save_team,
    team_of,
)
from tests.fingerprints import store_fingerprint


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    store = open_store(data_dir)
    start_new_commune(store, "Tân Lợi")
    add_hamlet(store, "Ấp 1")
    yield store
    store.close()


def refused(store: Store, call, *args) -> str:  # type: ignore[no-untyped-def]
    before = store_fingerprint(store.path)
    with pytest.raises(KehoachError) as caught:
        call(store, *args)
    assert store_fingerprint(store.path) == before
    return str(caught.value)


def teams_in(store: Store) -> int:
    with store.read() as conn:
        return conn.execute("SELECT count(*) FROM community_team").fetchone()[0]


def test_the_first_member_creates_the_team(store: Store) -> None:
    assert team_of(store, "ap 1").members == [] and teams_in(store) == 0
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Thị Hoa ")
    team, added = add_member(store, "Ấp 1", decomposed, "to vien", "0912 345 678")
    assert teams_in(store) == 1
    [hoa] = team.members
    assert added == hoa
    assert (hoa.name, hoa.role, hoa.phone) == ("Nguyễn Thị Hoa", "Tổ viên", "0912 345 678")
    assert unicodedata.is_normalized("NFC", hoa.name)
    team, _ = add_member(store, "Ấp 1", "Trần Văn Minh", "Tổ trưởng")
    assert [m.name for m in team.members] == ["Trần Văn Minh", "Nguyễn Thị Hoa"]  # leader first
    assert team.leader is not None and team.leader.name == "Trần Văn Minh"
    assert teams_in(store) == 1  # the same team
    assert list_hamlets(store)[0].leader == "Trần Văn Minh"  # the hamlets table shows him


def test_one_leader_at_most(store: Store) -> None:
    add_member(store, "Ấp 1", "Trần Văn Minh", "Tổ trưởng")
    message = refused(store, add_member, "Ấp 1", "Lê Thị Lan", "Tổ trưởng")
    assert "chỉ có một Tổ trưởng" in message
    assert "Trần Văn Minh và Lê Thị Lan" in message
    team, _ = add_member(store, "Ấp 1", "Lê Thị Lan", "Tổ phó")
    assert [m.role for m in team.members] == ["Tổ trưởng", "Tổ phó"]


@pytest.mark.parametrize(
    ("name", "role", "phone", "expected"),
    [
        ("  ", "Tổ viên", "", "Chưa nhập họ và tên"),
        ("Lê Lan", "Trưởng ban", "", "Vai trò “Trưởng ban” không hợp lệ"),
        ("Lê Lan", "Tổ viên", "0912-abc", "Lê Lan: Số điện thoại “0912-abc” không hợp lệ"),
        ("Lê Lan", "Tổ viên", "0912 345", "có 7 chữ số"),
        ("Lê Lan", "Tổ viên", "+84 912 345 678 99", "có 13 chữ số"),
    ],
)
def test_bad_input_is_refused(
    store: Store, name: str, role: str, phone: str, expected: str
) -> None:
    add_member(store, "Ấp 1", "Trần Văn Minh", "Tổ trưởng")
    assert expected in refused(store, add_member, "Ấp 1", name, role, phone)


def test_phones_checked_loosely() -> None:
    assert clean_phone(" +84 912.345.678 ") == "+84 912.345.678"
    assert clean_phone("0251 3 861 234") == "0251 3 861 234"  # a landline, 11 digits
    assert clean_phone("") == ""


def test_save_updates_adds_and_removes_in_one_transaction(store: Store) -> None:
    team = save_team(
        store,
        "Ấp 1",
        [MemberInput("Trần Văn Minh", "Tổ trưởng"), MemberInput("Lê Thị Lan", "Tổ phó")],
    )
    minh, lan = team.members
    wanted = [
        MemberInput("Lê Thị Lan", "Tổ trưởng", "0912345678", lan.id),  # promoted, phone added
        MemberInput("Võ Văn Tâm", "Tổ viên"),  # new
    ]  # and Minh is left out
    message = refused(store, save_team, "Ấp 1", [*wanted, MemberInput("X", "Tổ trưởng")])
    assert "chỉ có một Tổ trưởng" in message  # nothing of the rest was written either
    team = save_team(store, "Ấp 1", wanted)
    assert [(m.name, m.role, m.phone) for m in team.members] == [
        ("Lê Thị Lan", "Tổ trưởng", "0912345678"),
        ("Võ Văn Tâm", "Tổ viên", ""),
    ]
    assert team.members[0].id == lan.id
    with store.read() as conn:  # Minh is a tombstone, not a deleted row
        row = conn.execute("SELECT deleted FROM team_member WHERE id = ?", (minh.id,)).fetchone()
    assert row == (1,)


def test_remove_by_name_and_the_demo_roles(demo_store: Store) -> None:
    team = team_of(demo_store, "Ấp 1")
    assert team.leader is not None and team.leader.role_text == "Tổ trưởng (trưởng ấp)"
    assert [m.role for m in team.members] == ["Tổ trưởng", "Tổ viên", "Tổ viên", "Tổ viên"]
    leader = team.leader
    # Saved unchanged, a role that says more keeps its words.
    saved = save_team(
        demo_store, "Ấp 1", [MemberInput(m.name, m.role, m.phone, m.id) for m in team.members]
    )
    assert saved.leader is not None and saved.leader.role_text == "Tổ trưởng (trưởng ấp)"
    after, removed = remove_member(demo_store, "Ấp 1", leader.name.upper())
    assert removed.name == leader.name and after.leader is None
    assert len(after.members) == 3
    assert "không có thành viên “Ai Đó”" in refused(demo_store, remove_member, "Ấp 1", "Ai Đó")
    assert "Không có ấp" in refused(demo_store, add_member, "Ấp 99", "Ai Đó", "Tổ viên")
