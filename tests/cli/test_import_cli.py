"""`kehoach import` and `kehoach export-plan` (SPEC §4): JSON, dry run, refusals, round trip."""

import json
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from kehoach_desktop.cli import main
from tests.plan_intake import bad_files, build_all, doubtful_cells, store_fingerprint

COUNT_KEYS = {"new", "updated", "unchanged", "removed"}
WARNING_KEYS = {"file", "table", "row", "column", "message"}


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("plans"))


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and err.count("\n") == 1 and "Traceback" not in err
    return err.strip()


def test_dry_run_json_counts_and_warnings_without_touching_anything(
    plan_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "chua-co"
    report = run_json(
        capsys,
        "import",
        str(plan_files["loc_tan.docx"]),
        "--dry-run",
        "--json",
        "--data-dir",
        str(folder),
    )
    assert report["dry_run"] is True
    assert report["tasks"] == {"new": 44, "updated": 0, "unchanged": 0, "removed": 0}
    assert report["indicators"] == {"new": 5, "updated": 0, "unchanged": 0, "removed": 0}
    assert report["commune"]["action"] == "create" and report["commune"]["name"] == "Lộc Tấn"
    warnings = report["warnings"]
    assert warnings and all(set(w) == WARNING_KEYS for w in warnings)
    quarter = next(w for w in warnings if "Quý VI" in w["message"])
    assert (quarter["file"], quarter["table"], quarter["row"], quarter["column"]) == (
        "loc_tan.docx",
        4,
        8,
        "Thời gian",
    )
    assert not (folder / "kehoach.sqlite3").exists()


def test_dry_run_on_a_store_writes_nothing(
    plan_files: dict[str, Path], demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A store the officer works in (its plan came from a file, so it is not the bare demo).
    with sqlite3.connect(demo_dir / "kehoach.sqlite3") as conn:
        conn.execute("UPDATE plan SET source_file = 'ke-hoach-ta-lai-2026.docx'")
    before = store_fingerprint(demo_dir / "kehoach.sqlite3")
    report = run_json(capsys, "import", str(plan_files["ta_lai.docx"]), "--dry-run", "--json")
    assert report["plan"]["action"] == "updated"
    assert set(report["tasks"]) == COUNT_KEYS and report["tasks"]["removed"] == 1
    assert any(c["kind"] == "task" and c["action"] == "removed" for c in report["changes"])
    assert store_fingerprint(demo_dir / "kehoach.sqlite3") == before
    assert main(["import", str(plan_files["ta_lai.docx"]), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Nhiệm vụ: 1 mới, 30 cập nhật, 0 không đổi, 1 không còn trong tệp" in out
    assert out.rstrip().endswith("Chạy thử (--dry-run): chưa ghi gì vào kho dữ liệu.")
    assert store_fingerprint(demo_dir / "kehoach.sqlite3") == before


def test_import_then_tasks_json_then_a_second_import_changes_nothing(
    plan_files: dict[str, Path], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_json(capsys, "import", str(plan_files["tan_phu.docx"]), "--json")
    assert first["dry_run"] is False and first["backup"]
    assert first["tasks"]["new"] == 12 and first["indicators"]["new"] == 6
    assert first["plan"]["number"] == "112/KH-UBND"
    tasks = run_json(capsys, "tasks", "--json")
    by_ref = {t["ref"]: t for t in tasks}
    assert by_ref["II.3.b"]["parent_code"] == "3"
    assert by_ref["II.3.b"]["partner_units"] == [
        "Tổ công nghệ số cộng đồng các ấp",
        "Đoàn Thanh niên",
    ]
    assert by_ref["I.1"]["due_date"] == "2026-05-31"
    assert all(unicodedata.is_normalized("NFC", t["content"]) for t in tasks)
    indicators = run_json(capsys, "indicators", "--json")
    assert indicators[3]["target_text"] == "≤ 5 ngày làm việc"
    assert indicators[3]["comparator"] == "≤" and indicators[3]["target_value"] == 5
    before = store_fingerprint(data_dir / "kehoach.sqlite3")
    second = run_json(capsys, "import", str(plan_files["tan_phu.docx"]), "--json")
    assert second["tasks"] == {"new": 0, "updated": 0, "unchanged": 12, "removed": 0}
    assert second["indicators"] == {"new": 0, "updated": 0, "unchanged": 6, "removed": 0}
    assert second["changes"] == []
    assert store_fingerprint(data_dir / "kehoach.sqlite3") == before


def test_bad_files_exit_non_zero_with_one_line_and_the_store_unchanged(
    plan_files: dict[str, Path], demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_file = demo_dir / "kehoach.sqlite3"
    before = store_fingerprint(store_file)
    for name, path in bad_files(tmp_path / "hong", plan_files["dak_nhou.docx"]).items():
        for dry_run in ([], ["--dry-run"]):
            message = refused(capsys, "import", str(path), *dry_run)
            assert f"“{path.name}”" in message, name
            assert store_fingerprint(store_file) == before, name
    message = refused(capsys, "import", str(tmp_path / "khong-co.docx"))
    assert "không tồn tại" in message


def test_strict_refuses_a_file_with_warnings(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = doubtful_cells(tmp_path / "nghi_ngo.xlsx")
    assert run_json(capsys, "tasks", "--json") == []  # creates the empty store
    before = store_fingerprint(data_dir / "kehoach.sqlite3")
    message = refused(capsys, "import", str(path), "--strict")
    assert "Trang tính “Nhiệm vụ”, dòng" in message and "--strict" in message
    assert store_fingerprint(data_dir / "kehoach.sqlite3") == before
    # Without --strict the doubtful cells are kept as text and reported with their place.
    report = run_json(capsys, "import", str(path), "--json")
    places = {(w["table"], w["row"], w["column"]) for w in report["warnings"]}
    assert (1, 3, "Thời gian") in places and (1, 4, "Kinh phí (triệu đồng)") in places
    tasks = {t["code"]: t for t in run_json(capsys, "tasks", "--json")}
    assert tasks["1"]["deadline_text"] == "Quý VI/2026" and tasks["1"]["due_date"] is None
    assert tasks["2"]["budget_million"] is None and tasks["2"]["note"] == "Kinh phí: ba trăm"


def test_export_plan_round_trip(
    plan_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "mot", tmp_path / "hai"
    run_json(capsys, "--data-dir", str(first), "import", str(plan_files["loc_tan.docx"]), "--json")
    workbook = tmp_path / "ke-hoach.xlsx"
    exported = run_json(
        capsys, "--data-dir", str(first), "export-plan", "-o", str(workbook), "--json"
    )
    assert exported == {"file": str(workbook), "tasks": 44, "indicators": 5, "sheets": 2}
    run_json(capsys, "--data-dir", str(second), "import", str(workbook), "--json")
    for command in ("tasks", "indicators"):
        assert run_json(capsys, "--data-dir", str(second), command, "--json") == run_json(
            capsys, "--data-dir", str(first), command, "--json"
        )
    assert main(["--data-dir", str(first), "export-plan", "-o", str(tmp_path / "x.xlsx")]) == 0
    assert "Đã xuất kế hoạch (44 nhiệm vụ, 5 chỉ tiêu)" in capsys.readouterr().out


def test_export_plan_without_a_plan(data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert "Chưa có kế hoạch" in refused(capsys, "export-plan", "-o", str(tmp_path / "a.xlsx"))


def test_in_a_real_process_and_cheap_to_import(plan_files: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(plan_files["phu_hoa.xlsx"].read_bytes()[:3000])
    failed = subprocess.run(
        [
            sys.executable,
            "-m",
            "kehoach_desktop",
            "--data-dir",
            str(tmp_path / "d"),
            "import",
            str(broken),
        ],
        capture_output=True,
    )
    assert failed.returncode == 1
    err = failed.stderr.decode("utf-8")
    assert err.startswith("Lỗi: Tệp “hong.xlsx”") and err.count("\n") == 1
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kehoach_desktop",
            "--data-dir",
            str(tmp_path / "d"),
            "import",
            str(plan_files["phu_hoa.xlsx"]),
        ],
        capture_output=True,
        check=True,
    )
    out = done.stdout.decode("utf-8")
    assert "Nhiệm vụ: 15 mới" in out and "Bản sao lưu trước khi nhập" in out
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, kehoach_desktop.cli.plan_io; "
            "print(sorted(m for m in ('sqlmodel', 'openpyxl', 'docx', 'sqlalchemy') "
            "if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "[]"


def test_import_into_the_demo_says_it_replaces_it(
    plan_files: dict[str, Path], demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(plan_files["dak_nhou.docx"]), "--dry-run"]) == 0
    assert "dữ liệu mẫu sẽ được thay bằng kế hoạch này" in capsys.readouterr().out
    report = run_json(capsys, "import", str(plan_files["dak_nhou.docx"]), "--json")
    assert report["replaces_demo"] is True
    assert len(run_json(capsys, "tasks", "--json")) == 8
