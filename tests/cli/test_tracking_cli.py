"""The tracking part of the CLI contract (issue 4): counts, week, task update, evidence,
activity, indicator, figures, report-deadlines, and the warnings of `status --json`."""

import json
import subprocess
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from kehoach_desktop.cli import main

Capture = pytest.CaptureFixture[str]


def ok(capsys: Capture, *argv: str) -> str:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def run_json(capsys: Capture, *argv: str) -> object:
    return json.loads(ok(capsys, *argv, "--json"))


def fails(capsys: Capture, *argv: str) -> str:
    """Run a command that must fail: exit 1 and exactly one Vietnamese line on stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 1, captured
    assert captured.err.startswith("Lỗi: ") and captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return captured.err


def warnings_of(capsys: Capture, on: str = "2026-11-22") -> list[dict[str, str]]:
    status = run_json(capsys, "status", "--on", on)
    assert isinstance(status, dict)
    return status["warnings"]


def test_counts_set_twice_leaves_one_value(demo_dir: Path, capsys: Capture) -> None:
    ok(capsys, "counts", "set", "--hamlet", "Ấp 3", "--week", "2026-W47", "vneid=12", "dvctt=3")
    out = ok(capsys, "counts", "set", "--hamlet", "ap 3", "--week", "2026-W47", "vneid=15")
    assert "Ấp 3" in out and "vneid=15" in out
    cells = run_json(capsys, "counts", "--hamlet", "Ấp 3", "--week", "2026-W47")
    assert cells == [
        {"hamlet": "Ấp 3", "week": "2026-W47", "metric": "vneid", "value": 15, "state": "draft"},
        {"hamlet": "Ấp 3", "week": "2026-W47", "metric": "dvctt", "value": 3, "state": "draft"},
    ]
    everything = run_json(capsys, "counts", "--week", "2026-W46")
    assert isinstance(everything, list) and len(everything) == 6 * 18  # two hamlets silent
    assert set(everything[0]) == {"hamlet", "week", "metric", "value", "state"}


def test_the_week_workflow_and_a_locked_week(demo_dir: Path, capsys: Capture) -> None:
    week = ("--hamlet", "Ấp 3", "--week", "2026-W47")
    ok(capsys, "counts", "set", *week, "vneid=12")
    fails(capsys, "week", "accept", *week)
    changed = run_json(capsys, "week", "submit", *week, "--by", "Tổ trưởng ấp 3")
    assert changed == [
        {"hamlet": "Ấp 3", "week": "2026-W47", "state_from": "draft", "state": "submitted",
         "note": ""}
    ]  # fmt: skip
    err = fails(capsys, "week", "return", *week)
    assert "lý do" in err
    ok(capsys, "week", "return", *week, "--note", "Thiếu số DVCTT")
    ok(capsys, "counts", "set", *week, "dvctt=4")
    ok(capsys, "week", "submit", *week)
    ok(capsys, "week", "accept", *week, "--by", "Phòng VH-XH")
    err = fails(capsys, "counts", "set", *week, "vneid=99")
    assert "đã được duyệt" in err and "week unlock" in err
    cells = run_json(capsys, "counts", *week)
    assert [(c["metric"], c["value"], c["state"]) for c in cells] == [
        ("vneid", 12, "accepted"),
        ("dvctt", 4, "accepted"),
    ]
    fails(capsys, "week", "unlock", *week)
    ok(capsys, "week", "unlock", *week, "--note", "Công an xã cấp lại số liệu")
    ok(capsys, "counts", "set", *week, "vneid=13")
    history = run_json(capsys, "week", "history", *week)
    assert [e["action"] for e in history] == ["submit", "return", "submit", "accept", "unlock"]
    assert history[-1]["note"] == "Công an xã cấp lại số liệu"
    assert history[3]["author"] == "Phòng VH-XH"


def test_bad_counts_are_refused_in_one_line(demo_dir: Path, capsys: Capture) -> None:
    before = run_json(capsys, "counts", "--hamlet", "Ấp 3")
    assert "Chỉ số không hợp lệ" in fails(
        capsys, "counts", "set", "--hamlet", "Ấp 3", "--week", "2026-W47", "vnid=3"
    )
    assert "không phải số nguyên" in fails(
        capsys, "counts", "set", "--hamlet", "Ấp 3", "--week", "2026-W47", "vneid=-3"
    )
    assert "Không có ấp" in fails(
        capsys, "counts", "set", "--hamlet", "Ấp 99", "--week", "2026-W47", "vneid=3"
    )
    assert "Tuần không hợp lệ" in fails(
        capsys, "counts", "set", "--hamlet", "Ấp 3", "--week", "2026-47", "vneid=3"
    )
    assert "chưa bắt đầu" in fails(
        capsys, "counts", "set", "--hamlet", "Ấp 3", "--week", "2026-W50", "vneid=3"
    )
    assert run_json(capsys, "counts", "--hamlet", "Ấp 3") == before
    with pytest.raises(SystemExit) as usage:
        main(["counts", "set", "--hamlet", "Ấp 3", "--week", "2026-W47"])
    assert usage.value.code == 2
    assert "thiếu tham số" in capsys.readouterr().err


def test_status_rates_agree_with_totals_over_denominators(demo_dir: Path, capsys: Capture) -> None:
    status = run_json(capsys, "status", "--on", "2026-11-22")
    assert isinstance(status, dict)
    base = {"vneid": "population", "dvctt": "adults", "cashless_households": "households"}
    for hamlet in status["hamlets"]:
        for metric, field in base.items():
            expected = Decimal(hamlet["totals"][metric]) * 100 / hamlet[field]
            assert Decimal(str(hamlet["rates"][metric])) == expected.quantize(Decimal("0.01"))
            assert hamlet["denominators"][metric] == hamlet[field]
        assert hamlet["totals"]["vneid"] == hamlet["baselines"]["vneid"] + hamlet["logged"]["vneid"]
    # New counts move the totals and the rate with them.
    first = status["hamlets"][0]
    ok(capsys, "counts", "set", "--hamlet", first["name"], "--week", "2026-W47", "vneid=50")
    again = run_json(capsys, "status", "--on", "2026-11-22")
    assert isinstance(again, dict)
    assert again["hamlets"][0]["totals"]["vneid"] == first["totals"]["vneid"] + 50


def test_overdue_warnings_and_marking_done(demo_dir: Path, capsys: Capture) -> None:
    tasks = run_json(capsys, "tasks")
    assert isinstance(tasks, list)
    late = {
        t["ref"] for t in tasks if t["due_date"] and t["due_date"] < "2026-11-22"
        if t["status"] != "done"
    }  # fmt: skip
    warnings = warnings_of(capsys)
    assert {w["ref"] for w in warnings if w["kind"] == "overdue"} == late
    assert all(set(w) == {"kind", "ref", "message"} for w in warnings)
    assert all(unicodedata.is_normalized("NFC", w["message"]) for w in warnings)
    # On the due date itself a Quý III task is not overdue yet.
    on_due = warnings_of(capsys, "2026-09-30")
    assert "II.1.1" not in {w["ref"] for w in on_due if w["kind"] == "overdue"}
    out = ok(capsys, "task", "update", "1.1", "--section", "II", "--status", "done")
    assert "II.1.1" in out and "100%" in out
    after = {w["ref"] for w in warnings_of(capsys) if w["kind"] == "overdue"}
    assert after == late - {"II.1.1"}


def test_task_update_with_evidence_and_review(
    demo_dir: Path, tmp_path: Path, capsys: Capture
) -> None:
    # The demo's II.3.2 waits for rework: its photo was judged not good enough.
    assert [w["ref"] for w in warnings_of(capsys) if w["kind"] == "evidence_rejected"] == ["II.3.2"]
    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF bien ban")
    detail = run_json(
        capsys,
        "task", "update", "II.3.2", "--progress", "90", "--note", "Đã in 500 tờ rơi",
        "--evidence", str(scan), "--by", "Phòng VH-XH",
    )  # fmt: skip
    assert isinstance(detail, dict)
    assert detail["ref"] == "II.3.2" and detail["progress"] == 90
    latest = detail["updates"][0]
    assert latest["progress"] == 90 and latest["author"] == "Phòng VH-XH"
    piece = latest["evidence"][0]
    assert piece["file_name"] == "Biên bản.pdf" and piece["review_state"] == "pending"
    assert Path(piece["path"]).read_bytes() == scan.read_bytes()
    # New evidence handed in: no longer warned while it waits for review.
    assert [w for w in warnings_of(capsys) if w["kind"] == "evidence_rejected"] == []
    listed = run_json(capsys, "evidence", "--state", "pending", "--task", "II.3.2")
    assert [p["id"] for p in listed] == [piece["id"]]  # type: ignore[index]
    assert listed[0]["subject"] == "Nhiệm vụ II.3.2"  # type: ignore[index]
    assert "cần ghi lý do" in fails(capsys, "evidence", "review", piece["id"], "--reject")
    out = ok(capsys, "evidence", "review", piece["sha256"][:12], "--reject", "--reason", "Mờ")
    assert "chờ hoàn thiện" in out
    shown = run_json(capsys, "task", "show", "II.3.2")
    assert isinstance(shown, dict) and shown["status"] == "needs_rework"
    rejected = [w for w in warnings_of(capsys) if w["kind"] == "evidence_rejected"]
    assert [w["ref"] for w in rejected] == ["II.3.2"] and "Mờ" in rejected[0]["message"]
    missing = tmp_path / "khong-co.pdf"
    assert "Không tìm thấy tệp minh chứng" in fails(
        capsys, "task", "update", "II.3.2", "--evidence", str(missing)
    )
    assert "nhiều mục" in fails(capsys, "task", "update", "1.1", "--progress", "10")


def test_activity_log(demo_dir: Path, tmp_path: Path, capsys: Capture) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8 anh")
    row = run_json(
        capsys,
        "activity", "add", "--hamlet", "Ấp Tà Lài", "--date", "2026-11-21",
        "--kind", "door_to_door", "--description", "Đi từng nhà hướng dẫn VNeID mức 2",
        "--place", "Tổ 3", "--people", "17", "--feedback", "Cần thêm buổi tối",
        "--forwarded", "--photo", str(photo),
    )  # fmt: skip
    assert isinstance(row, dict) and row["kind_label"] == "Đi từng nhà"
    listed = run_json(capsys, "activity", "--hamlet", "Ấp Tà Lài", "--from", "2026-11-21")
    assert isinstance(listed, list) and listed[0]["id"] == row["id"]
    assert listed[0]["people_reached"] == 17 and listed[0]["feedback_forwarded"] is True
    assert len(listed[0]["photos"]) == 1
    assert "tương lai" in fails(
        capsys, "activity", "add", "--hamlet", "Ấp 1", "--date", "2026-12-01",
        "--kind", "outreach", "--description", "x",
    )  # fmt: skip


def test_indicator_values_and_definitions(demo_dir: Path, capsys: Capture) -> None:
    row = run_json(
        capsys, "indicator", "set", "2", "--numerator", "2500", "--denominator", "2520",
        "--as-of", "2026-11-20", "--source", "Hệ thống giải quyết TTHC tỉnh",
    )  # fmt: skip
    assert isinstance(row, dict) and row["value"] == 99.21
    indicators = run_json(capsys, "indicators", "--on", "2026-11-22")
    assert isinstance(indicators, list)
    on_time = next(i for i in indicators if i["code"] == "2")
    assert on_time["current_value"] == 99.21 and on_time["achieved"] is True
    assert "tính từ số liệu các ấp" in fails(
        capsys, "indicator", "set", "11", "--value", "80", "--period", "2026-Q4", "--source", "x"
    )
    definition = run_json(
        capsys, "indicator", "define", "11", "--measure", "computed", "--metric", "vneid",
        "--denominator", "adults",
    )  # fmt: skip
    assert isinstance(definition, dict) and "dân số trưởng thành" in definition["method"]


def test_dated_figures(demo_dir: Path, capsys: Capture) -> None:
    row = run_json(
        capsys, "figures", "set", "--hamlet", "Ấp 1", "--as-of", "2026-07-01",
        "population=1900", "--source", "Công an xã",
    )  # fmt: skip
    assert isinstance(row, dict) and row["population"] == 1900 and row["adults"] is None
    figures = run_json(capsys, "figures", "--hamlet", "Ấp 1")
    assert isinstance(figures, list) and [f["as_of"] for f in figures] == [
        "2026-01-01",
        "2026-07-01",
    ]
    status = run_json(capsys, "status", "--on", "2026-11-22")
    assert isinstance(status, dict)
    first = status["hamlets"][0]
    assert first["population"] == 1900 and first["adults"] == 1290
    assert "TRƯỜNG=SỐ" in fails(
        capsys, "figures", "set", "--hamlet", "Ấp 1", "--as-of", "2026-07-01", "population=nhiều"
    )


def test_report_deadlines_setting(demo_dir: Path, capsys: Capture) -> None:
    assert run_json(capsys, "report-deadlines") == {
        "month": 20,
        "quarter": 15,
        "half": 15,
        "year": 15,
    }
    due = [w for w in warnings_of(capsys, "2026-11-16") if w["kind"] == "report_due"]
    assert [w["ref"] for w in due] == ["2026-11"]
    ok(capsys, "report-deadlines", "set", "month", "off")
    assert [w for w in warnings_of(capsys, "2026-11-16") if w["kind"] == "report_due"] == []
    assert "1 đến 31" in fails(capsys, "report-deadlines", "set", "quarter", "32")


def test_a_real_process_prints_vietnamese_in_utf8(demo_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable, "-m", "kehoach_desktop", "--data-dir", str(demo_dir),
            "week", "accept", "--hamlet", "Ấp 1", "--week", "2026-W30",
        ],
        capture_output=True,
    )  # fmt: skip
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert err.startswith("Lỗi: ") and "đã duyệt" in err and err.count("\n") == 1
