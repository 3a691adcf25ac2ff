"""`kehoach report` (SPEC §4): the periodic report in three formats, numbers and dates, the
hamlet teams' monthly sheet, and one Vietnamese line for every bad input."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from kehoach_desktop.cli import main
from tests.reports.conftest import pdf_text

TODAY = ["--today", "2026-11-22"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_in_three_formats(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("pdf", "docx", "xlsx"):
        target = tmp_path / f"q1.{fmt}"
        code, out, err = _run(
            capsys, "report", "--data-dir", str(demo_dir), "--period", "2026-Q1",
            "--format", fmt, "-o", str(target), "--date", "2026-03-10", *TODAY,
        )  # fmt: skip
        assert code == 0, err
        assert target.stat().st_size > 5000
        assert out.strip() == f"Đã ghi báo cáo Quý I/2026 (Số: 01/BC-UBND): {target}"
    first = pdf_text(tmp_path / "q1.pdf", first=1, last=1)
    assert "Tà Lài, ngày 10 tháng 3 năm 2026" in first
    assert "Quý I năm 2026" in first and "Số: 01/BC-UBND" in first
    assert len(PdfReader(tmp_path / "q1.pdf").pages) >= 2


def test_json_output_numbers_and_calendar_windows(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        capsys, "report", "--data-dir", str(demo_dir), "--period", "2026-H1", "--calendar",
        "--number", "12", "-o", str(tmp_path / "h1.pdf"), "--json", *TODAY,
    )  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert result["label"] == "6 tháng đầu năm 2026"
    assert (result["start"], result["end"]) == ("2026-01-01", "2026-06-30")
    assert (result["number"], result["number_text"]) == (12, "Số: 12/BC-UBND")
    assert unicodedata.is_normalized("NFC", out)
    # the next numbered report of the year follows
    code, out, _ = _run(
        capsys, "report", "--data-dir", str(demo_dir), "--period", "2026", "-o",
        str(tmp_path / "nam.xlsx"), "--json", *TODAY,
    )  # fmt: skip
    assert json.loads(out)["number"] == 13 and json.loads(out)["format"] == "xlsx"
    # left blank for the văn thư
    code, out, _ = _run(
        capsys, "report", "--data-dir", str(demo_dir), "--period", "2026-03", "--no-number",
        "-o", str(tmp_path / "t3.pdf"), *TODAY,
    )  # fmt: skip
    assert code == 0 and "(số để trống)" in out


def test_a_recorded_report_is_written_again_identically(
    demo_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    args = ["report", "--data-dir", str(demo_dir), "--period", "2026-Q3", *TODAY]
    assert _run(capsys, *args, "-o", str(tmp_path / "a.pdf"), "--date", "2026-09-08")[0] == 0
    assert _run(capsys, *args, "-o", str(tmp_path / "b.pdf"))[0] == 0
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026-Q5"], "Lỗi: Kỳ báo cáo không hợp lệ: “2026-Q5”."),
        (["--period", "2026-13"], "Lỗi: Kỳ báo cáo không hợp lệ: “2026-13”."),
        (["--period", "quý 1"], "Lỗi: Kỳ báo cáo không hợp lệ: “quý 1”."),
        (["--period", "2026-Q1", "--date", "2026-02-30"], "Lỗi: tham số --date: ngày không hợp lệ"),
        (["--period", "2026-Q1", "--number", "0"], "Lỗi: tham số --number: số báo cáo phải"),
        (["--period", "2026-Q1", "--format", "odt"], "Lỗi: tham số --format: lựa chọn"),
        (["--period", "2026-Q1", "--hamlet-sheet"], "Lỗi: Phiếu tháng của Tổ công nghệ số"),
        (["--period", "2026-03", "--hamlet", "Ấp 1"], "Lỗi: --hamlet chỉ dùng cùng"),
        (["--period", "2026-03", "--hamlet-sheet", "--hamlet", "Ấp 99"],
         "Lỗi: Không tìm thấy ấp “Ấp 99”."),
    ],
)  # fmt: skip
def test_bad_input_is_one_vietnamese_line(
    demo_dir: Path, tmp_path: Path, capsys, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    try:
        code, out, err = _run(
            capsys, "report", "--data-dir", str(demo_dir), "-o", str(tmp_path / "x.pdf"), *args
        )
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
        out, err = capsys.readouterr()
    assert code != 0
    assert err.startswith(message), err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_used_number_is_refused(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["report", "--data-dir", str(demo_dir), *TODAY]
    assert _run(capsys, *base, "--period", "2026-Q1", "-o", str(tmp_path / "a.pdf"))[0] == 0
    code, _, err = _run(capsys, *base, "--period", "2026-Q2", "--number", "1", "-o",
                        str(tmp_path / "b.pdf"))  # fmt: skip
    assert code == 1
    assert err.strip() == (
        "Lỗi: 01/BC-UBND năm 2026 đã dùng cho báo cáo Quý I/2026; chọn số khác hoặc để trống số."
    )


def test_hamlet_sheet(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    every = tmp_path / "phieu.pdf"
    code, out, _ = _run(capsys, "report", "--data-dir", str(demo_dir), "--hamlet-sheet",
                        "--period", "2026-03", "-o", str(every))  # fmt: skip
    assert code == 0 and str(every) in out
    assert len(PdfReader(every).pages) == 20
    one = tmp_path / "ap5.pdf"
    code, _, _ = _run(capsys, "report", "--data-dir", str(demo_dir), "--hamlet-sheet",
                      "--period", "2026-03", "--hamlet", "Ấp 5", "-o", str(one))  # fmt: skip
    assert code == 0
    text = pdf_text(one)
    assert len(PdfReader(one).pages) == 1
    assert "ẤP 5" in text and "Kết quả hoạt động tháng 3 năm 2026" in text


def test_report_as_a_real_command(demo_dir: Path, tmp_path: Path) -> None:
    """The installed entry point, in a fresh process: exit codes and stderr."""
    target = tmp_path / "q2.docx"
    ok = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", "report", "--data-dir", str(demo_dir),
         "--period", "2026-Q2", "-o", str(target)],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert target.exists()
    bad = subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", "report", "--data-dir", str(demo_dir),
         "--period", "2026-Q7", "-o", str(tmp_path / "x.pdf")],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert bad.returncode != 0
    assert bad.stderr.startswith("Lỗi: Kỳ báo cáo không hợp lệ: “2026-Q7”.")
    assert len(bad.stderr.strip().splitlines()) == 1
