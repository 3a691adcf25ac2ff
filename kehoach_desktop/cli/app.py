"""`kehoach` with no command: the desktop app, or its main job when there is no display."""

import argparse
import os
import sys
from pathlib import Path

from .. import paths


def has_display() -> bool:
    """False on a Linux/BSD machine with no X11/Wayland display and no Qt platform chosen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_headless(data_dir: Path) -> int:
    """Do the main job without a window: demo store on first run, then the quarterly report."""
    from ..services.overview import open_for_app
    from .output import say

    say("Không tìm thấy màn hình (DISPLAY/WAYLAND_DISPLAY trống): chạy ở chế độ không giao diện.")
    store, created = open_for_app(str(data_dir))
    if created:
        say(f"Đã tạo dữ liệu mẫu xã Tà Lài tại {store.folder}.")
    try:
        from ..services.reporting import write_current_quarter_report
    except ImportError:
        say(f"Kho dữ liệu: {store.path}")
        return 0
    report = write_current_quarter_report(store)
    say(f"Đã ghi báo cáo quý: {report}")
    return 0


def run_app(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        return run_headless(data_dir)
    from ..qt.app import run

    screenshots = Path(args.screenshots) if args.screenshots else None
    return run(data_dir, screenshots, getattr(args, "language", None))
