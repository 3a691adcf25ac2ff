"""The coverage-guided fuzzer (fuzz_parsers.py) runs briefly and finds no crash: 50,000 inputs
grown from coverage of the deadline, target and amount parsers, in a process of its own
(libFuzzer ends the process it runs in)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 50_000


def test_atheris_finds_no_crash_in_the_parsers(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.core.fuzz_parsers",
            f"-runs={RUNS}",
            "-seed=57",
            f"-artifact_prefix={tmp_path}/",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"Done {RUNS} runs" in run.stderr
    assert list(tmp_path.iterdir()) == []  # no crash-*, leak-* or timeout-* input saved
