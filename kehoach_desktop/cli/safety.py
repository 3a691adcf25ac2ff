"""Safety commands: backup, restore."""

import argparse
from pathlib import Path

from .output import answer, say


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from . import data_dir_option

    backup = subparsers.add_parser("backup", help="sao lưu kho dữ liệu")
    data_dir_option(backup)
    backup.add_argument("-o", "--output", metavar="TỆP", help="tệp hoặc thư mục đích")
    backup.add_argument("--json", action="store_true", help="in dạng JSON")
    backup.set_defaults(handler=cmd_backup)

    restore = subparsers.add_parser("restore", help="khôi phục kho dữ liệu từ bản sao lưu")
    data_dir_option(restore)
    restore.add_argument("file", metavar="TỆP", help="bản sao lưu (.sqlite3)")
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from ..services.backups import backup_now
    from ..services.store import open_store

    store = open_store(getattr(args, "data_dir", None))
    path = backup_now(store, Path(args.output) if args.output else None)
    return answer(
        args,
        {"backup": str(path), "size": path.stat().st_size},
        f"Đã sao lưu kho dữ liệu vào {path}",
    )


def cmd_restore(args: argparse.Namespace) -> int:
    from .. import paths
    from ..services.backups import restore

    folder = paths.data_dir(getattr(args, "data_dir", None))
    safety = restore(folder, Path(args.file))
    say(f"Đã khôi phục kho dữ liệu từ {args.file}. Bản hiện tại trước khi khôi phục: {safety}")
    return 0
