"""All benchmarks of SPEC §8 in one run, each a ratio against a baseline measured in the same run.

    python benchmarks/run.py [--json FILE] [--quick]

Prints a table and writes {first_paint_ratio, start_ratio, report_seconds, report_vs_libreoffice,
import_ratio, peak_rss_mb} (plus the raw figures) to FILE.
"""

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import bench_package_import, bench_report, startup  # noqa: E402

TARGETS = {
    "first_paint_ratio": ("≤", 1.5, "cửa sổ hiện ra / cửa sổ PySide6 trống"),
    "start_ratio": ("≤", 5.0, "hiện dữ liệu một năm, 21 ấp / cửa sổ trống"),
    "report_seconds": ("<", 0.5, "báo cáo quý PDF (giây)"),
    "report_vs_libreoffice": ("≥", 5.0, "nhanh hơn LibreOffice chuyển .docx (lần)"),
    "import_ratio": ("≤", 5.0, "nhập 21 gói, 100.000 bản ghi / executemany trần"),
    "peak_rss_mb": ("<", 250.0, "bộ nhớ đỉnh của ứng dụng với dữ liệu một năm (MB)"),
}


def _ok(key: str, value: float) -> bool:
    op, limit, _ = TARGETS[key]
    return {"≤": value <= limit, "<": value < limit, "≥": value >= limit}[op]


def describe_machine() -> str:
    """CPU model and count, memory, system and Python: what the figures were taken on."""
    cpu, memory = platform.processor() or platform.machine(), ""
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        cpu = next(
            line.split(":", 1)[1].strip() for line in info.splitlines() if "model name" in line
        )
        total_kb = int(Path("/proc/meminfo").read_text(encoding="utf-8").split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} lõi{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kế hoạch CĐS Desktop: benchmarks (SPEC §8)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 20.000 records")
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else 5
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-start-") as temp:
        start = startup.measure(Path(temp), repeat=repeat)
    report = bench_report.measure(repeat=repeat)
    imports = bench_package_import.measure(
        records=20_000 if args.quick else 100_000, repeat=2 if args.quick else 3
    )
    figures = {
        "first_paint_ratio": start["first_paint_ratio"],
        "start_ratio": start["start_ratio"],
        "report_seconds": report["report_seconds_median"],
        "report_vs_libreoffice": report["speedup"],
        "import_ratio": imports["import_ratio"],
        "peak_rss_mb": start["peak_rss_mb"],
    }
    raw = {"startup": start, "report": report, "package_import": imports}
    machine = describe_machine()
    print(f"Máy: {machine}")
    print(f"{'chỉ số':<24}{'giá trị':>10}  {'yêu cầu':<9} {'':<5} mô tả")
    for key, value in figures.items():
        op, limit, label = TARGETS[key]
        verdict = "đạt" if _ok(key, value) else "CHƯA"
        print(f"{key:<24}{value:>10.3f}  {op} {limit:<6} {verdict:<5} {label}")
    if args.json:
        args.json.write_text(
            json.dumps({**figures, "machine": machine, "raw": raw}, indent=2, ensure_ascii=False),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
