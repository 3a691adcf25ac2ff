"""Hamlet weekly counts, the week workflow, dated figures and running totals on a real store."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import func, select

from kehoach_desktop.core.domain import KehoachError, Metric, WeekState
from kehoach_desktop.db.models import Commune, Hamlet, HamletFigure, WeeklyCount
from kehoach_desktop.db.tracking_models import HamletWeekEvent
from kehoach_desktop.services.plan import list_indicators
from kehoach_desktop.services.status import hamlet_statuses
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.services.tracking import (
    change_week_state,
    default_week,
    find_hamlet,
    list_counts,
    load_week_grid,
    parse_assignments,
    parse_count,
    set_counts,
    set_figures,
    set_week_counts,
    shift_week,
    week_history,
)
from tests.conftest import DEMO_TODAY

TODAY = date(2026, 11, 22)


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    """A commune with two hamlets and nothing logged."""
    store = open_store(data_dir)
    with store.session() as session:
        commune = Commune(name="Tà Lài")
        session.add(commune)
        session.flush()
        session.add(Hamlet(commune_id=commune.id, name="Ấp 1", code="A01", sort_order=0))
        session.add(Hamlet(commune_id=commune.id, name="Ấp Phú Lâm", code="A02", sort_order=1))
    yield store
    store.close()


def rows(store: Store, model) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def hamlet_id(store: Store, name: str) -> str:
    with store.session() as session:
        return find_hamlet(session, name).id


def snapshot(store: Store) -> list[tuple[str, str, str, int, bool]]:
    with store.session() as session:
        return sorted(
            (c.hamlet_id, c.week, c.metric, c.value, c.deleted)
            for c in session.exec(select(WeeklyCount))
        )


# ----------------------------------------------------------------------------- counts


def test_setting_a_cell_twice_leaves_one_value(store: Store) -> None:
    set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 12, Metric.DVCTT: 3}, today=TODAY)
    cells = set_counts(store, "ap 1", "2026-w10", {Metric.VNEID: 15}, today=TODAY)
    assert rows(store, WeeklyCount) == 2
    assert {(c.metric, c.value) for c in cells} == {("vneid", 15), ("dvctt", 3)}
    assert all(c.state == "draft" and c.week == "2026-W10" for c in cells)


def test_a_cleared_cell_is_a_tombstone_that_a_new_value_revives(store: Store) -> None:
    ap1 = hamlet_id(store, "Ấp 1")
    set_week_counts(store, "2026-W10", {ap1: {Metric.VNEID: 4}}, today=TODAY)
    set_week_counts(store, "2026-W10", {ap1: {Metric.VNEID: None}}, today=TODAY)
    assert list_counts(store, hamlet="Ấp 1") == []
    assert load_week_grid(store, "2026-W10", TODAY).rows[0].values["vneid"] is None
    set_week_counts(store, "2026-W10", {ap1: {Metric.VNEID: 7}}, today=TODAY)
    assert rows(store, WeeklyCount) == 1
    assert [c.value for c in list_counts(store, hamlet="Ấp 1")] == [7]


def test_an_accepted_week_refuses_new_counts_and_a_batch_writes_nothing(store: Store) -> None:
    ap1, phu_lam = hamlet_id(store, "Ấp 1"), hamlet_id(store, "Phú Lâm")
    set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 12}, today=TODAY)
    change_week_state(store, "submit", "2026-W10", hamlet_names=["Ấp 1"])
    change_week_state(store, "accept", "2026-W10", hamlet_names=["Ấp 1"])
    before = snapshot(store)
    with pytest.raises(KehoachError, match="đã được duyệt") as refused:
        set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 99}, today=TODAY)
    assert "week unlock" in str(refused.value)
    # A paste over two hamlets, one of them locked: nothing at all is written.
    with pytest.raises(KehoachError, match="Ấp 1"):
        set_week_counts(
            store,
            "2026-W10",
            {phu_lam: {Metric.VNEID: 5}, ap1: {Metric.VNEID: 6}},
            today=TODAY,
        )
    assert snapshot(store) == before


def test_bad_values_and_weeks_are_refused_with_the_place_named(store: Store) -> None:
    with pytest.raises(KehoachError, match="chưa bắt đầu"):
        set_counts(store, "Ấp 1", "2026-W49", {Metric.VNEID: 1}, today=TODAY)
    with pytest.raises(KehoachError, match="Tuần không hợp lệ"):
        set_counts(store, "Ấp 1", "2026-W60", {Metric.VNEID: 1}, today=TODAY)
    with pytest.raises(KehoachError, match="vượt quá"):
        set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 1_000_000}, today=TODAY)
    with pytest.raises(KehoachError, match="Không có ấp “Ấp 99”.*Ấp Phú Lâm"):
        set_counts(store, "Ấp 99", "2026-W10", {Metric.VNEID: 1}, today=TODAY)
    with pytest.raises(KehoachError, match="Ấp 1, Hướng dẫn đăng ký VNeID: “-3”"):
        parse_count("-3", "Ấp 1, Hướng dẫn đăng ký VNeID")
    assert rows(store, WeeklyCount) == 0


def test_counts_typed_or_pasted_as_people_write_them() -> None:
    assert parse_count("12", "x") == 12
    assert parse_count(" 1.234 ", "x") == 1234
    assert parse_count("1,234", "x") == 1234
    assert parse_count("", "x") is None
    for bad in ("12,5", "1.23", "abc", "3 người"):
        with pytest.raises(KehoachError, match="không phải số nguyên"):
            parse_count(bad, "x")
    assert parse_assignments(["vneid=12", "DVCTT=3"]) == {Metric.VNEID: 12, Metric.DVCTT: 3}
    with pytest.raises(KehoachError, match="Chỉ số không hợp lệ: “vnid”"):
        parse_assignments(["vnid=3"])
    with pytest.raises(KehoachError, match="hai lần"):
        parse_assignments(["vneid=3", "vneid=4"])
    with pytest.raises(KehoachError, match="CHỈ_SỐ=SỐ"):
        parse_assignments(["vneid"])


def test_hamlets_are_found_by_name_code_or_without_the_word_ap(store: Store) -> None:
    with store.session() as session:
        assert find_hamlet(session, "ẤP PHÚ LÂM").name == "Ấp Phú Lâm"
        assert find_hamlet(session, "phu lam").name == "Ấp Phú Lâm"
        assert find_hamlet(session, "a02").name == "Ấp Phú Lâm"
        assert find_hamlet(session, "1").name == "Ấp 1"


# ----------------------------------------------------------------------------- the workflow


def test_the_week_workflow_and_its_history(store: Store) -> None:
    with pytest.raises(KehoachError, match="chưa có số liệu"):
        change_week_state(store, "submit", "2026-W10", hamlet_names=["Ấp 1"])
    set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 12}, today=TODAY)
    with pytest.raises(KehoachError, match="chỉ duyệt được tuần đã gửi"):
        change_week_state(store, "accept", "2026-W10", hamlet_names=["Ấp 1"])
    change_week_state(store, "submit", "2026-W10", hamlet_names=["Ấp 1"], author="Tổ trưởng")
    with pytest.raises(KehoachError, match="ghi rõ lý do"):
        change_week_state(store, "return", "2026-W10", hamlet_names=["Ấp 1"])
    change_week_state(
        store, "return", "2026-W10", hamlet_names=["Ấp 1"], note="Số VNeID chưa khớp", author="VH"
    )
    grid = load_week_grid(store, "2026-W10", TODAY)
    assert grid.rows[0].state == WeekState.RETURNED and grid.rows[0].comment == "Số VNeID chưa khớp"
    set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 11}, today=TODAY)  # fix it
    change_week_state(store, "submit", "2026-W10", hamlet_names=["Ấp 1"])
    change_week_state(store, "accept", "2026-W10", hamlet_names=["Ấp 1"], author="VH")
    assert load_week_grid(store, "2026-W10", TODAY).rows[0].locked
    with pytest.raises(KehoachError, match="cần ghi lý do"):
        change_week_state(store, "unlock", "2026-W10", hamlet_names=["Ấp 1"])
    change_week_state(
        store, "unlock", "2026-W10", hamlet_names=["Ấp 1"], note="Sửa số hộ", author="Trưởng phòng"
    )
    set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 10}, today=TODAY)  # editable again
    history = week_history(store, "Ấp 1", "2026-W10")
    assert [e.action for e in history] == ["submit", "return", "submit", "accept", "unlock"]
    unlock = history[-1]
    assert (unlock.state_from, unlock.state_to) == ("accepted", "submitted")
    assert (unlock.author, unlock.note) == ("Trưởng phòng", "Sửa số hộ")
    assert rows(store, HamletWeekEvent) == 5


def test_a_refused_step_for_one_hamlet_moves_none(store: Store) -> None:
    set_counts(store, "Ấp 1", "2026-W10", {Metric.VNEID: 1}, today=TODAY)
    with pytest.raises(KehoachError, match="Ấp Phú Lâm"):
        change_week_state(store, "submit", "2026-W10", hamlet_names=["Ấp 1", "Ấp Phú Lâm"])
    assert load_week_grid(store, "2026-W10", TODAY).rows[0].state == "draft"
    assert rows(store, HamletWeekEvent) == 0


def test_the_grid_has_every_hamlet_and_a_totals_row(store: Store) -> None:
    ap1, phu_lam = hamlet_id(store, "Ấp 1"), hamlet_id(store, "Ấp Phú Lâm")
    set_week_counts(
        store,
        "2026-W46",
        {ap1: {Metric.VNEID: 3, Metric.DVCTT: 2}, phu_lam: {Metric.VNEID: 4}},
        today=TODAY,
    )
    grid = load_week_grid(store, "2026-W46", TODAY)
    assert [r.hamlet for r in grid.rows] == ["Ấp 1", "Ấp Phú Lâm"]
    assert grid.totals()["vneid"] == 7 and grid.totals()["dvctt"] == 2
    assert grid.rows[1].values["dvctt"] is None
    assert grid.label == "2026-W46 (09/11–15/11/2026)"
    assert default_week(TODAY) == "2026-W46"  # Sunday 22/11: the last complete week
    assert default_week(date(2026, 11, 23)) == "2026-W47"
    assert shift_week("2026-W53", 1) == "2027-W01"


# ----------------------------------------------------------------------------- figures


def test_figures_are_dated_and_each_field_comes_from_its_newest_figure(store: Store) -> None:
    set_figures(
        store,
        "Ấp 1",
        date(2026, 1, 1),
        {"population": 1000, "adults": 700, "households": 250, "vneid_accounts": 600},
        source="Công an xã",
    )
    set_counts(store, "Ấp 1", "2026-W02", {Metric.VNEID: 40}, today=TODAY)
    set_counts(store, "Ấp 1", "2026-W30", {Metric.VNEID: 10}, today=TODAY)
    (ap1, _) = hamlet_statuses(store, date(2026, 6, 1))
    assert ap1.totals["vneid"] == 640 and ap1.rates["vneid"] == Decimal("64.00")
    # A new population count in July does not hide January's baseline.
    set_figures(store, "Ấp 1", date(2026, 7, 1), {"population": 1280})
    (ap1, _) = hamlet_statuses(store, date(2026, 7, 20))
    assert ap1.population == 1280 and ap1.adults == 700
    assert ap1.baselines["vneid"] == 600
    assert ap1.totals["vneid"] == 650 and ap1.rates["vneid"] == Decimal("50.78")
    # A new baseline on 26/7 (a Sunday, end of W30) restarts the running total after it.
    set_figures(store, "Ấp 1", date(2026, 7, 26), {"vneid_accounts": 900})
    set_counts(store, "Ấp 1", "2026-W31", {Metric.VNEID: 5}, today=TODAY)
    (ap1, _) = hamlet_statuses(store, date(2026, 8, 10))
    assert ap1.totals["vneid"] == 905
    assert ap1.logged["vneid"] == 55  # what the team logged this year, all of it
    # The same date again updates that figure instead of adding one.
    set_figures(store, "Ấp 1", date(2026, 7, 26), {"vneid_accounts": 901})
    with store.session() as session:
        assert len(session.exec(select(HamletFigure)).all()) == 3


def test_impossible_figures_are_refused(store: Store) -> None:
    with pytest.raises(KehoachError, match="lớn hơn dân số"):
        set_figures(store, "Ấp 1", date(2026, 1, 1), {"population": 100, "adults": 120})
    with pytest.raises(KehoachError, match="Trường không hợp lệ"):
        set_figures(store, "Ấp 1", date(2026, 1, 1), {"people": 100})
    assert rows(store, HamletFigure) == 0


def test_rates_agree_with_totals_over_denominators_on_the_demo(demo_store: Store) -> None:
    statuses = hamlet_statuses(demo_store, DEMO_TODAY)
    assert len(statuses) >= 15
    for hamlet in statuses:
        assert hamlet.denominators["vneid"] == hamlet.population
        assert hamlet.denominators["dvctt"] == hamlet.adults
        assert hamlet.denominators["cashless_households"] == hamlet.households
        for metric, value in hamlet.rates.items():
            exact = Decimal(hamlet.totals[metric]) * 100 / hamlet.denominators[metric]
            assert value == exact.quantize(Decimal("0.01")), (hamlet.name, metric)
        assert hamlet.totals["vneid"] == hamlet.baselines["vneid"] + hamlet.logged["vneid"]


def test_commune_targets_are_the_hamlet_sums(demo_store: Store) -> None:
    statuses = hamlet_statuses(demo_store, DEMO_TODAY)
    vneid = next(i for i in list_indicators(demo_store, DEMO_TODAY) if "VNeID" in i.name)
    assert vneid.numerator == sum(h.totals["vneid"] for h in statuses)
    assert vneid.denominator == sum(h.population or 0 for h in statuses)
    assert vneid.method == "Số người có tài khoản VNeID / dân số"
