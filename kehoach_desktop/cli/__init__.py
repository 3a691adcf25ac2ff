"""The `kehoach` command (SPEC §4). With no command it opens the desktop app.

Each command group lives in its own module with a ``register(subparsers)`` function that adds
its parsers and sets ``handler``; COMMAND_MODULES lists them. Handlers take the parsed
arguments and return the exit code. Expected failures raise KehoachError and end as one
Vietnamese line on stderr; nothing ever ends in a traceback.
"""

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import APP_NAME, __version__
from ..core.domain import KehoachError

COMMAND_MODULES = [
    "kehoach_desktop.cli.basic",
    "kehoach_desktop.cli.plan_io",  # import, export-plan
    "kehoach_desktop.cli.tracking",  # counts, week, task update, activity
    "kehoach_desktop.cli.hamlets",  # hamlet list, add, rename, remove, import
    "kehoach_desktop.cli.reports",  # report
    "kehoach_desktop.cli.sync",  # device, package, destination, outbox, sync
    "kehoach_desktop.cli.signing",  # sign
    "kehoach_desktop.cli.safety",  # backup, restore
]


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse whose usage errors are one Vietnamese line, exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = (
            message.replace("the following arguments are required", "thiếu tham số bắt buộc")
            .replace("unrecognized arguments", "tham số không hợp lệ")
            .replace("invalid choice", "lựa chọn không hợp lệ")
            .replace("expected one argument", "cần một giá trị")
            .replace("argument", "tham số")
        )
        sys.stderr.write(f"Lỗi: {message} (xem: {self.prog} --help)\n")
        sys.exit(2)


def data_dir_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="THƯ_MỤC",
        default=None if top else argparse.SUPPRESS,
        help="thư mục dữ liệu (mặc định: $KEHOACH_DATA_DIR, thư mục data cạnh tệp chạy của "
        "bản đóng gói, hoặc thư mục người dùng)",
    )


#: The options of `kehoach` alone (the desktop app), each with its value.
APP_OPTIONS = ("--data-dir", "--screenshots", "--language")


def opens_app(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only opens the desktop app (no command, no --help/--version): then the
    command modules need not be imported to parse it, which keeps the app's start quick."""
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word.split("=", 1)[0] in APP_OPTIONS and "=" in word:
            continue
        if word not in APP_OPTIONS or not rest:
            return False
        rest.pop(0)
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = VietnameseArgumentParser(
        prog="kehoach",
        description=f"{APP_NAME}: theo dõi kế hoạch chuyển đổi số cấp xã. "
        "Không có lệnh: mở ứng dụng.",
    )
    parser.add_argument("--version", action="version", version=f"kehoach {__version__}")
    data_dir_option(parser, top=True)
    parser.add_argument(
        "--screenshots", metavar="THƯ_MỤC", help="chụp ảnh từng trang của ứng dụng rồi thoát"
    )
    parser.add_argument(
        "--language",
        choices=["vi", "en"],
        help="ngôn ngữ giao diện lần chạy này (vi: tiếng Việt, en: English); mặc định: "
        "ngôn ngữ chọn trong Cài đặt",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="LỆNH", parser_class=VietnameseArgumentParser
    )
    for name in COMMAND_MODULES if commands else []:
        importlib.import_module(name).register(subparsers)
    return parser


def _log_failure() -> str:
    import traceback

    from .. import paths

    try:
        folder = paths.log_dir(paths.data_dir(os.environ.get("KEHOACH_LAST_DATA_DIR")))
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "kehoach.log"
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
        return str(log_file)
    except OSError:
        return "(không ghi được nhật ký)"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kehoach` console script."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands=not opens_app(argv))
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["KEHOACH_LAST_DATA_DIR"] = args.data_dir
    try:
        if args.command is None:
            from .app import run_app

            return run_app(args)
        return int(args.handler(args) or 0)
    except KehoachError as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return 1
    except BrokenPipeError:
        # The reader stopped early (`kehoach tasks | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu.\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        import logging

        logging.getLogger(__name__).debug("unexpected", exc_info=True)
        where = _log_failure()
        sys.stderr.write(f"Lỗi không mong đợi: {exc}. Chi tiết ghi tại {where}\n")
        return 2
