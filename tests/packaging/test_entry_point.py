"""The frozen build's script, kehoach_desktop/__main__.py."""

import io
import sys

import pytest

from kehoach_desktop import __main__ as entry


def test_a_windowed_build_without_streams_still_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed Windows exe has sys.stdout = sys.stderr = None: printing must not fail."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry.give_windowed_build_streams()
    try:
        print("kehoach 0.1.0")
        sys.stdout.buffer.write("Đã ghi\n".encode())  # cli.output.say writes bytes
        sys.stderr.write("Lỗi: …\n")
    finally:
        sys.stdout.close()
        sys.stderr.close()


def test_streams_that_exist_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    entry.give_windowed_build_streams()
    assert sys.stdout is out and sys.stderr is err
