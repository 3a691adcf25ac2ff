"""The Qt binding keeps Python's reference counts right. PySide6 6.12.0 takes a reference off
None at each call of a method that returns nothing (``label.setText``, ``QTimer.singleShot``,
``processEvents``): a window left open all day reloads its pages a few hundred times, None's
count reaches zero and the process dies ("deallocating None"). pyproject.toml keeps that
release out; this test fails on any binding that does it again."""

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QLabel

CALLS = 5000


def _drop_in_none_references(call) -> int:  # type: ignore[no-untyped-def]
    """How many references None lost over CALLS calls (the garbage collector held off, so
    that objects of earlier tests freed meanwhile do not count)."""
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            call()
        QEventLoop().processEvents()
        return before - sys.getrefcount(None)
    finally:
        gc.enable()


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    # Some references come and go with the work of other threads; one per call may not.
    assert _drop_in_none_references(lambda: label.setText("Ấp 3")) < CALLS // 4
    assert _drop_in_none_references(QCoreApplication.processEvents) < CALLS // 4
    assert _drop_in_none_references(lambda: QTimer.singleShot(0, label.clear)) < CALLS // 4
