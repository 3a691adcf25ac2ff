"""Start-up of the desktop app against an empty PySide6 window, in the same run (SPEC §8).

Each figure is the median wall time of whole processes, from spawn to exit:
- baseline: a process that shows an empty QMainWindow and quits at its first paint;
- first paint: `kehoach` showing its main window (quits at the window's first paint);
- loaded: `kehoach` until the window shows a year of data for 21 hamlets (quits when loaded),
  which also reports the process's peak RSS.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASELINE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("KEHOACH_BENCH first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
flt = Quit()
window.installEventFilter(flt)
window.show()
app.exec()
"""

PEAK_RSS = r"""
import resource, runpy, sys
sys.argv = ["kehoach"] + sys.argv[1:]
try:
    runpy.run_module("kehoach_desktop", run_name="__main__")
except SystemExit:
    pass
print("PEAK_RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def _time(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from spawning ``argv`` to its "KEHOACH_BENCH …" line; and its stderr."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.startswith("KEHOACH_BENCH"):
            elapsed = time.perf_counter() - start
    _out, stderr = process.communicate(timeout=300)
    if process.returncode != 0 or elapsed is None:
        raise RuntimeError(f"{argv} failed: {stderr[-2000:]}")
    return elapsed, stderr


def prepare_year_store(folder: Path) -> Path:
    """The demo commune plus a 21st hamlet, each with a year of weekly counts."""
    if (folder / "kehoach.sqlite3").exists():
        return folder
    from datetime import date

    from benchmarks.data import add_hamlets
    from kehoach_desktop.services.demo import build_demo
    from kehoach_desktop.services.store import open_store

    store = open_store(folder)
    build_demo(store, today=date(2026, 12, 20))
    add_hamlets(store, 21, today=date(2026, 12, 20))
    store.close()
    return folder


def measure(folder: Path, repeat: int = 5) -> dict[str, float]:
    data = prepare_year_store(folder)
    python = sys.executable
    baseline, first_paint, loaded, rss = [], [], [], []
    for _ in range(repeat):
        baseline.append(_time([python, "-c", BASELINE], _env())[0])
        first_paint.append(
            _time(
                [python, "-m", "kehoach_desktop", "--data-dir", str(data)],
                _env(KEHOACH_BENCH_EXIT="first-paint"),
            )[0]
        )
        seconds, stderr = _time(
            [python, "-c", PEAK_RSS, "--data-dir", str(data)], _env(KEHOACH_BENCH_EXIT="loaded")
        )
        loaded.append(seconds)
        rss.extend(
            int(line.split()[1]) / 1024
            for line in stderr.splitlines()
            if line.startswith("PEAK_RSS_KB")
        )
    base = statistics.median(baseline)
    return {
        "empty_window_seconds": base,
        "first_paint_seconds": statistics.median(first_paint),
        "loaded_seconds": statistics.median(loaded),
        "first_paint_ratio": statistics.median(first_paint) / base,
        "start_ratio": statistics.median(loaded) / base,
        "peak_rss_mb": max(rss),
    }


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for key, value in measure(Path(tmp)).items():
            print(f"{key:>22}: {value:.3f}")
