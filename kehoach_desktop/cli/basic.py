"""Foundation commands: demo, tasks, indicators, status."""

import argparse
from datetime import date

from ..core.domain import KehoachError
from .output import print_json, say


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..services.store import open_store

    return open_store(getattr(args, "data_dir", None))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng 2026-03-31)") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from . import data_dir_option

    demo = subparsers.add_parser("demo", help="tạo dữ liệu mẫu (một xã) trong kho trống")
    data_dir_option(demo)
    demo.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    demo.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    demo.set_defaults(handler=cmd_demo)

    tasks = subparsers.add_parser("tasks", help="danh sách nhiệm vụ của kế hoạch")
    data_dir_option(tasks)
    tasks.add_argument("--json", action="store_true", help="in dạng JSON")
    tasks.set_defaults(handler=cmd_tasks)

    indicators = subparsers.add_parser("indicators", help="danh sách chỉ tiêu và số liệu hiện tại")
    data_dir_option(indicators)
    indicators.add_argument("--json", action="store_true", help="in dạng JSON")
    indicators.add_argument("--on", type=_date, help="tính đến ngày (mặc định: hôm nay)")
    indicators.set_defaults(handler=cmd_indicators)

    status = subparsers.add_parser("status", help="tình hình chung: chỉ tiêu, các ấp, cảnh báo")
    data_dir_option(status)
    status.add_argument("--json", action="store_true", help="in dạng JSON")
    status.add_argument("--on", type=_date, help="tính đến ngày (mặc định: hôm nay)")
    status.set_defaults(handler=cmd_status)


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import build_demo

    store = _store(args)
    counts = build_demo(store, today=args.today)
    if args.json:
        print_json({"data_dir": str(store.folder), **counts})
    else:
        say(
            f"Đã tạo dữ liệu mẫu xã Tà Lài tại {store.folder}: {counts['hamlets']} ấp, "
            f"{counts['tasks']} nhiệm vụ, {counts['indicators']} chỉ tiêu, "
            f"{counts['weekly_counts']} số liệu tuần, {counts['activities']} hoạt động."
        )
    return 0


def cmd_tasks(args: argparse.Namespace) -> int:
    from ..services.plan import list_tasks

    rows = list_tasks(_store(args))
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        raise KehoachError(
            "Chưa có kế hoạch nào: hãy nhập kế hoạch (kehoach import) hoặc chạy kehoach demo."
        )
    for row in rows:
        indent = "  " * row.depth
        say(f"{row.section:>4} {indent}{row.code:<6} {row.content[:70]}  [{row.deadline_text}]")
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from ..core.vnformat import format_percent
    from ..services.plan import list_indicators

    rows = list_indicators(_store(args), args.on)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        current = format_percent(row.current_value) if row.current_value is not None else "—"
        say(f"{row.code:>3}. {row.name[:70]}  mục tiêu {row.target_text}  hiện tại {current}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from ..core.vnformat import format_percent
    from ..services.status import commune_status

    status = commune_status(_store(args), args.on)
    if args.json:
        print_json(status.to_json())
        return 0
    for hamlet in status.hamlets:
        rate = hamlet.rates.get("vneid")
        say(f"{hamlet.name:<16} VNeID {format_percent(rate) if rate is not None else '—'}")
    for warning in status.warnings:
        say(f"! {warning.message}")
    return 0
