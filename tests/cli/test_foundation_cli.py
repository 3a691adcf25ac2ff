"""The CLI contract of SPEC §4 for the foundation: demo, tasks, indicators, status, errors."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from kehoach_desktop import __version__
from kehoach_desktop.cli import main

TASK_KEYS = {
    "code",
    "section",
    "section_title",
    "content",
    "lead_unit",
    "partner_units",
    "product",
    "deadline_text",
    "due_date",
    "recurrence",
    "budget_million",
    "status",
    "progress",
}
INDICATOR_KEYS = {
    "code",
    "group",
    "horizon",
    "name",
    "unit",
    "comparator",
    "target_value",
    "target_text",
    "lead_unit",
    "partner_units",
    "current_value",
}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *all_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in all_strings(v)]
    return []


def test_tasks_json_has_the_contract_keys(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tasks = run_json(capsys, "--data-dir", str(demo_dir), "tasks", "--json")
    assert isinstance(tasks, list) and len(tasks) >= 20
    for task in tasks:
        assert TASK_KEYS <= set(task)
        assert isinstance(task["partner_units"], list)
    by_ref = {(t["section"], t["code"]): t for t in tasks}
    camera = by_ref[("II", "1.1")]
    assert camera["content"] == "Camera tầm cao phục vụ quản lý an ninh trật tự"
    assert camera["section_title"] == "CHUYỂN ĐỔI SỐ"
    assert camera["budget_million"] == 2100
    assert camera["deadline_text"] == "Quý III/2026" and camera["due_date"] == "2026-09-30"
    assert camera["lead_unit"] == "Công an xã"
    assert by_ref[("I", "2")]["recurrence"] == "continuous"
    assert by_ref[("I", "2")]["due_date"] is None
    assert {t["status"] for t in tasks} <= {
        "not_started",
        "in_progress",
        "done",
        "needs_rework",
        "paused",
    }
    assert any(t["section"] == "II" and t["code"] == "1" for t in tasks)  # numbering restarts
    assert by_ref[("II", "1.1")]["ref"] == "II.1.1"


def test_indicators_json(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    indicators = run_json(
        capsys, "indicators", "--json", "--data-dir", str(demo_dir), "--on", "2026-11-22"
    )
    assert len(indicators) >= 12
    for indicator in indicators:
        assert INDICATOR_KEYS <= set(indicator)
    vneid = next(i for i in indicators if "VNeID" in i["name"])
    assert vneid["comparator"] == "≥" and vneid["target_value"] == 80
    assert vneid["current_value"] is not None and 50 < vneid["current_value"] < 100
    text_only = next(i for i in indicators if i["target_text"].startswith("Thuộc Nhóm 20"))
    assert text_only["comparator"] is None and text_only["target_value"] is None


def test_status_json_hamlets_agree_with_their_figures(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run_json(capsys, "--data-dir", str(demo_dir), "status", "--json", "--on", "2026-11-22")
    assert set(status) >= {"indicators", "hamlets", "warnings"}
    hamlets = status["hamlets"]
    assert len(hamlets) >= 15
    for hamlet in hamlets:
        assert hamlet["population"] > hamlet["adults"] > hamlet["households"] > 0
        assert set(hamlet["totals"]) == {
            "vneid",
            "vneid_level2",
            "dvctt",
            "cashless_households",
            "outreach_sessions",
            "people_reached",
        }
        assert 0 < hamlet["rates"]["vneid"] <= 100
    assert hamlets[0]["name"] == "Ấp 1"
    assert any(h["last_submitted_week"] is not None for h in hamlets)


def test_all_json_text_is_nfc_with_vietnamese_diacritics(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strings: list[str] = []
    for command in ("tasks", "indicators", "status"):
        strings += all_strings(run_json(capsys, "--data-dir", str(demo_dir), command, "--json"))
    assert all(unicodedata.is_normalized("NFC", s) for s in strings)
    joined = " ".join(strings)
    for word in ("Chuyển đổi số".upper(), "Phòng Văn hóa - Xã hội", "Trạm Y tế xã", "định danh"):
        assert word in joined


def test_demo_refuses_a_store_that_has_data(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo_dir), "demo"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi: ") and "đã có dữ liệu" in err and "\n" not in err


def test_empty_store_lists_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_json(capsys, "tasks", "--json") == []
    assert main(["tasks"]) == 1
    assert "Chưa có kế hoạch" in capsys.readouterr().err


def test_bad_arguments_give_one_vietnamese_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["status", "--on", "31/12/2026"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ngày không hợp lệ" in err and "Traceback" not in err


def test_console_script_version_and_demo_in_a_real_process(tmp_path: Path) -> None:
    env_dir = tmp_path / "d"
    version = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"kehoach {__version__}"
    demo = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", "--data-dir", str(env_dir), "demo"],
        capture_output=True,
        check=True,
    )
    assert "Tà Lài" in demo.stdout.decode("utf-8")
    assert (env_dir / "kehoach.sqlite3").exists()
    unreadable = tmp_path / "file-not-dir"
    unreadable.write_text("x")
    failed = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", "--data-dir", str(unreadable), "tasks"],
        capture_output=True,
    )
    assert failed.returncode != 0
    err = failed.stderr.decode("utf-8")
    assert "Traceback" not in err and err.startswith("Lỗi") and err.count("\n") == 1


def test_a_reader_that_stops_early_is_not_an_error(demo_dir: Path) -> None:
    """`kehoach counts | head -1` (far more than a pipe buffer): ends quietly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kehoach_desktop", "--data-dir", str(demo_dir), "counts"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None and process.stderr.read() == b""


def test_without_a_display_kehoach_builds_the_demo_and_writes_the_quarterly_report(
    tmp_path: Path,
) -> None:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    done = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", "--data-dir", str(tmp_path / "d")],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8")
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith("Không tìm thấy màn hình")
    assert lines[-1].startswith("Đã ghi báo cáo quý: ")
    report = Path(lines[-1].split(": ", 1)[1])
    assert report.exists() and report.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = PdfReader(report).pages[0].extract_text()
    assert "BÁO CÁO" in text and "Quý" in text
