"""The activity log, entered target values with evidence, and the warnings of the demo."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import func, select

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.db.models import Activity, IndicatorValue
from kehoach_desktop.db.report_models import Report
from kehoach_desktop.services.activities import (
    add_activity,
    list_activities,
    parse_kind,
    team_info,
)
from kehoach_desktop.services.evidence import review_evidence
from kehoach_desktop.services.indicator_values import (
    define_indicator,
    parse_value,
    period_end,
    set_indicator_value,
)
from kehoach_desktop.services.plan import list_indicators
from kehoach_desktop.services.status import collect_warnings, commune_status
from kehoach_desktop.services.store import Store
from kehoach_desktop.services.tracking import set_report_deadline
from tests.conftest import DEMO_TODAY


def count(store: Store, model) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


# ----------------------------------------------------------------------------- activity log


def test_an_activity_with_photos_is_logged_and_listed(demo_store: Store, tmp_path: Path) -> None:
    photo = tmp_path / "hop-dan.jpg"
    photo.write_bytes(b"\xff\xd8\xff hop dan")
    row = add_activity(
        demo_store,
        "Ấp Phú Lâm",
        date(2026, 11, 20),
        "Tuyên truyền / họp dân / loa",
        "Họp dân hướng dẫn kích hoạt VNeID mức 2",
        place="Nhà văn hóa ấp Phú Lâm",
        members_present="Tổ trưởng, 2 tổ viên",
        people_reached=42,
        feedback="Người cao tuổi cần hỗ trợ tại nhà",
        feedback_forwarded=True,
        photos=[photo],
        today=DEMO_TODAY,
    )
    assert row.kind == "outreach" and row.kind_label == "Tuyên truyền / họp dân / loa"
    assert len(row.photos) == 1 and Path(row.photos[0].path).read_bytes() == photo.read_bytes()
    listed = list_activities(demo_store, hamlet="phu lam", start=date(2026, 11, 20))
    assert [a.id for a in listed] == [row.id]
    assert listed[0].photos[0].subject == "Nhật ký Ấp Phú Lâm"
    assert listed[0].feedback_forwarded is True and listed[0].people_reached == 42
    everything = list_activities(demo_store)
    assert everything[0].on_date >= everything[-1].on_date  # newest first
    assert all(a.kind == "outreach" for a in list_activities(demo_store, kind="outreach"))


def test_bad_activities_are_refused_and_nothing_is_written(
    demo_store: Store, tmp_path: Path
) -> None:
    before = count(demo_store, Activity)
    cases = [
        (dict(on_date=date(2026, 11, 23)), "tương lai"),
        (dict(description="   "), "Thiếu nội dung"),
        (dict(kind="nhảy múa"), "Hình thức hoạt động không hợp lệ"),
        (dict(people_reached=-1), "từ 0 đến"),
        (dict(photos=[tmp_path / "khong-co.jpg"]), "Không tìm thấy tệp"),
        (dict(hamlet="Ấp 99"), "Không có ấp"),
    ]
    for change, message in cases:
        args = dict(
            hamlet="Ấp 1",
            on_date=date(2026, 11, 20),
            kind="outreach",
            description="Tuyên truyền",
            today=DEMO_TODAY,
        )
        args.update(change)
        with pytest.raises(KehoachError, match=message):
            add_activity(demo_store, **args)  # type: ignore[arg-type]
    assert count(demo_store, Activity) == before


def test_kinds_by_code_or_label() -> None:
    assert parse_kind("door_to_door") == "door_to_door"
    assert parse_kind("Đi từng nhà") == "door_to_door"
    assert parse_kind("binh dan hoc vu so") == "digital_literacy"


def test_the_team_of_a_hamlet(demo_store: Store) -> None:
    team = team_info(demo_store, "Ấp 3")
    assert team.decision_number == "112/QĐ-UBND" and len(team.members) >= 3
    assert team.summary().startswith("Tổ CNSCĐ Ấp 3: Quyết định số 112/QĐ-UBND ngày 20/03/2026")


# ----------------------------------------------------------------------------- targets


def indicator(store: Store, code: str):  # type: ignore[no-untyped-def]
    return next(i for i in list_indicators(store, DEMO_TODAY) if i.code == code)


def test_an_entered_value_from_counts_is_computed_not_typed(
    demo_store: Store, tmp_path: Path
) -> None:
    scan = tmp_path / "bao-cao-tthc.pdf"
    scan.write_bytes(b"bao cao")
    row = set_indicator_value(
        demo_store,
        "5",
        period_end("2026-Q4"),
        "Hệ thống giải quyết TTHC tỉnh",
        numerator=2300,
        denominator=2800,
        evidence=[scan],
    )
    assert row.as_of == date(2026, 12, 14) and row.value == Decimal("82.14")
    assert len(row.evidence) == 1
    # On 22/11 the Q4 value is not in force yet; the Q3 value is.
    assert indicator(demo_store, "5").current_value == Decimal("76.8")
    on_day = next(i for i in list_indicators(demo_store, date(2026, 12, 14)) if i.code == "5")
    assert on_day.current_value == Decimal("82.14") and on_day.achieved is True
    assert (on_day.numerator, on_day.denominator) == (2300, 2800)
    # The same date again replaces the value.
    before = count(demo_store, IndicatorValue)
    set_indicator_value(demo_store, "5", date(2026, 12, 14), "Hệ thống TTHC", value=Decimal("79"))
    assert count(demo_store, IndicatorValue) == before
    again = next(i for i in list_indicators(demo_store, date(2026, 12, 14)) if i.code == "5")
    assert again.current_value == Decimal("79") and again.achieved is False


def test_entered_values_are_checked(demo_store: Store) -> None:
    on = date(2026, 11, 14)
    with pytest.raises(KehoachError, match="Thiếu nguồn"):
        set_indicator_value(demo_store, "5", on, "  ", value=Decimal(80))
    with pytest.raises(KehoachError, match="không nhập --value"):
        set_indicator_value(demo_store, "5", on, "x", value=Decimal(80), numerator=1, denominator=2)
    with pytest.raises(KehoachError, match="từ 0 đến 100"):
        set_indicator_value(demo_store, "5", on, "x", value=Decimal(120))
    with pytest.raises(KehoachError, match="tính từ số liệu các ấp"):
        set_indicator_value(demo_store, "11", on, "x", value=Decimal(80))
    with pytest.raises(KehoachError, match="Không có chỉ tiêu mã “99”"):
        set_indicator_value(demo_store, "99", on, "x", value=Decimal(80))
    assert parse_value("85,5") == Decimal("85.5") and parse_value("90%") == Decimal(90)
    with pytest.raises(KehoachError, match="Giá trị không hợp lệ"):
        parse_value("tám mươi")


def test_the_denominator_is_part_of_the_definition(demo_store: Store) -> None:
    before = indicator(demo_store, "11")
    assert before.method == "Số người có tài khoản VNeID / dân số"
    definition = define_indicator(demo_store, "11", "computed", "vneid", "adults")
    assert definition.method == "Hướng dẫn đăng ký VNeID / dân số trưởng thành"
    after = indicator(demo_store, "11")
    assert after.method == "Số người có tài khoản VNeID / dân số trưởng thành"
    assert after.numerator == before.numerator and after.denominator < before.denominator
    with pytest.raises(KehoachError, match="--quota"):
        define_indicator(demo_store, "11", "computed", "vneid", "quota")
    define_indicator(demo_store, "11", "computed", "vneid", "quota", quota=30000)
    assert indicator(demo_store, "11").denominator == 30000


def test_rejected_evidence_of_a_target_value_is_warned(demo_store: Store, tmp_path: Path) -> None:
    scan = tmp_path / "khao-sat.pdf"
    scan.write_bytes(b"khao sat")
    row = set_indicator_value(
        demo_store, "7", date(2026, 11, 14), "Khảo sát quý IV", value=Decimal(96), evidence=[scan]
    )
    review_evidence(demo_store, row.evidence[0].id, accepted=False, reason="Không có mẫu phiếu")
    (warning,) = [w for w in collect_warnings(demo_store, DEMO_TODAY) if w.ref == "Chỉ tiêu 7"]
    assert warning.kind == "evidence_rejected" and "Không có mẫu phiếu" in warning.message


# ----------------------------------------------------------------------------- demo warnings


def test_the_demo_warns_its_silent_hamlets_and_late_tasks(demo_store: Store) -> None:
    status = commune_status(demo_store, DEMO_TODAY)
    kinds = {w.kind for w in status.warnings}
    assert {"overdue", "behind", "evidence_rejected", "hamlet_silent"} <= kinds
    silent = {w.ref for w in status.warnings if w.kind == "hamlet_silent"}
    assert silent == {"Ấp Đồng Tràm", "Ấp Chòm Mới"}
    rejected = [w.ref for w in status.warnings if w.kind == "evidence_rejected"]
    assert rejected == ["II.3.2"]  # the demo task waiting for rework
    order = ["overdue", "behind", "evidence_rejected", "hamlet_silent", "report_due"]
    positions = [order.index(w.kind) for w in status.warnings]
    assert positions == sorted(positions)


def test_report_due_follows_the_setting_and_stops_once_the_report_is_recorded(
    demo_store: Store,
) -> None:
    on = date(2026, 12, 12)  # Q4, H2 and the year all fall due on 15/12: the year report wins
    assert [w.ref for w in collect_warnings(demo_store, on) if w.kind == "report_due"] == ["2026"]
    set_report_deadline(demo_store, "year", None)
    due = [w.ref for w in collect_warnings(demo_store, on) if w.kind == "report_due"]
    assert due == ["2026-H2"]
    set_report_deadline(demo_store, "half", None)
    due = [w.ref for w in collect_warnings(demo_store, on) if w.kind == "report_due"]
    assert due == ["2026-Q4"]
    with demo_store.session() as session:
        session.add(Report(period_code="2026-Q4"))
    assert [w for w in collect_warnings(demo_store, on) if w.kind == "report_due"] == []
    set_report_deadline(demo_store, "month", 17)  # the December report, due 17/12
    due = [w.ref for w in collect_warnings(demo_store, on) if w.kind == "report_due"]
    assert due == ["2026-12"]
