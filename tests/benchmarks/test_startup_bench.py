"""The start-up benchmark runs the real app to its two marks (no timing is asserted here:
figures come from `python benchmarks/run.py`, never from tests)."""

import shutil
from pathlib import Path

from benchmarks import startup


def test_the_app_reaches_both_marks_and_reports_its_memory(demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bench"
    shutil.copytree(demo_dir, folder)  # a store is there: prepare_year_store keeps it
    figures = startup.measure(folder, repeat=1)
    assert set(figures) == {
        "empty_window_seconds",
        "first_paint_seconds",
        "loaded_seconds",
        "first_paint_ratio",
        "start_ratio",
        "peak_rss_mb",
    }
    # The window shows its data after it first painted, and the app's peak memory was read.
    assert 0 < figures["first_paint_seconds"] < figures["loaded_seconds"]
    assert figures["peak_rss_mb"] > 50
