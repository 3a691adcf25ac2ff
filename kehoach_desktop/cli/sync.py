"""Commands of the sync area (SPEC §4, §6): device, package, conflicts, destination, outbox,
sync.

    kehoach device show [--json]              this device: id, role, hamlet, public key
    kehoach device register --hamlet NAME --key PUBLIC_KEY     (at the office)
    kehoach device claim --hamlet NAME        this device speaks for that hamlet
    kehoach device list [--json] | device rekey
    kehoach package export [--hamlet NAME] -o FILE [--json]
    kehoach package import FILE [--json] [--dry-run]
    kehoach conflicts [--json] [--all]        kehoach conflicts resolve ID --keep local|incoming
    kehoach destination add NAME URL [--user USER] [--inbox]
    kehoach destination login NAME            (password read from standard input)
    kehoach destination list [--json] | destination remove NAME
    kehoach outbox [--json]                   kehoach outbox add FILE [--to NAME]...
    kehoach outbox retry ID
    kehoach sync [--once] [--json] [--interval SECONDS]
"""

import argparse
import getpass
import signal
import sys
import threading
from typing import Any

from .output import answer, print_json, say


def _store(args: argparse.Namespace) -> Any:
    from ..services.store import open_store

    return open_store(getattr(args, "data_dir", None))


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's commands to `kehoach`."""
    from . import data_dir_option

    def command(parent: Any, name: str, help_text: str, handler: Any, json: bool = True) -> Any:
        parser = parent.add_parser(name, help=help_text)
        data_dir_option(parser)
        if json:
            parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
        parser.set_defaults(handler=handler)
        return parser

    device = subparsers.add_parser("device", help="khóa và vai trò của máy; máy của các ấp")
    data_dir_option(device)
    device_commands = device.add_subparsers(dest="device_command", metavar="VIỆC", required=True)
    command(
        device_commands,
        "show",
        "thông tin máy này (mã, vai trò, ấp, khóa công khai)",
        cmd_device_show,
    )
    command(device_commands, "list", "máy này và các máy được tin cậy", cmd_device_list)
    reg = command(
        device_commands, "register", "(văn phòng xã) đăng ký máy của một ấp", cmd_device_register
    )
    reg.add_argument("--hamlet", required=True, metavar="TÊN_ẤP")
    reg.add_argument(
        "--key",
        required=True,
        metavar="KHÓA_CÔNG_KHAI",
        help="dòng public_key của `device show` trên máy ấp",
    )
    reg.add_argument("--label", default="", metavar="TÊN_MÁY")
    claim = command(device_commands, "claim", "máy này là máy của ấp nào", cmd_device_claim)
    claim.add_argument("--hamlet", required=True, metavar="TÊN_ẤP")
    command(
        device_commands,
        "rekey",
        "tạo khóa mới cho máy này (phải đăng ký lại với xã)",
        cmd_device_rekey,
    )

    package = subparsers.add_parser(
        "package", help="gói dữ liệu .khpkg giữa máy ấp và văn phòng xã"
    )
    data_dir_option(package)
    package_commands = package.add_subparsers(dest="package_command", metavar="VIỆC", required=True)
    export = command(package_commands, "export", "xuất gói dữ liệu đã ký", cmd_package_export)
    export.add_argument("--hamlet", metavar="TÊN_ẤP", help="(văn phòng xã) gói dành cho ấp này")
    export.add_argument("-o", "--output", required=True, metavar="TỆP")
    imp = command(
        package_commands, "import", "kiểm tra và nhập một gói dữ liệu", cmd_package_import
    )
    imp.add_argument("file", metavar="TỆP")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")

    conflicts = command(
        subparsers, "conflicts", "bản ghi cả hai phía cùng sửa, chờ quyết định", cmd_conflicts
    )
    conflicts.add_argument("--all", action="store_true", help="kể cả những xung đột đã giải quyết")
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="VIỆC")
    resolve = command(
        conflict_commands, "resolve", "chọn một bản cho xung đột", cmd_conflict_resolve
    )
    resolve.add_argument("id", metavar="MÃ")
    resolve.add_argument("--keep", required=True, choices=["local", "incoming"])

    destination = subparsers.add_parser(
        "destination", help="nơi gửi tệp: WebDAV, thư điện tử, thư mục"
    )
    data_dir_option(destination)
    dest_commands = destination.add_subparsers(
        dest="destination_command", metavar="VIỆC", required=True
    )
    add = command(dest_commands, "add", "thêm hoặc sửa một nơi gửi", cmd_destination_add)
    add.add_argument("name", metavar="TÊN")
    add.add_argument(
        "url",
        metavar="ĐỊA_CHỈ",
        help="webdav(s)://máy:cổng/thư-mục, smtp(s)://máy:cổng/?to=…&from=…, file:///thư-mục",
    )
    add.add_argument("--user", default="", metavar="TÊN_ĐĂNG_NHẬP")
    add.add_argument("--inbox", action="store_true", help="cũng nhận gói dữ liệu từ nơi này")
    login = command(
        dest_commands,
        "login",
        "lưu mật khẩu (đọc từ đầu vào) vào kho mật khẩu",
        cmd_destination_login,
    )
    login.add_argument("name", metavar="TÊN")
    command(dest_commands, "list", "các nơi gửi", cmd_destination_list)
    remove = command(dest_commands, "remove", "bỏ một nơi gửi", cmd_destination_remove)
    remove.add_argument("name", metavar="TÊN")

    outbox = command(subparsers, "outbox", "hàng đợi gửi tệp và trạng thái từng tệp", cmd_outbox)
    outbox_commands = outbox.add_subparsers(dest="outbox_command", metavar="VIỆC")
    queue = command(outbox_commands, "add", "đưa tệp vào hàng đợi gửi", cmd_outbox_add)
    queue.add_argument("file", metavar="TỆP")
    queue.add_argument(
        "--to", action="append", metavar="TÊN", help="nơi gửi (mặc định: mọi nơi gửi)"
    )
    retry = command(outbox_commands, "retry", "gửi lại một tệp bị lỗi", cmd_outbox_retry)
    retry.add_argument("id", metavar="MÃ")

    sync = command(
        subparsers, "sync", "gửi hàng đợi và nhận gói (chạy liên tục, hoặc một lượt)", cmd_sync
    )
    sync.add_argument("--once", action="store_true", help="chạy một lượt rồi thoát")
    sync.add_argument(
        "--interval", type=float, default=60.0, metavar="GIÂY", help=argparse.SUPPRESS
    )


# --------------------------------------------------------------------------- device


def _say_device(info: Any) -> None:
    say(f"Mã máy:       {info.device_id}")
    say(f"Vai trò:      {info.role_label}" + (f" — {info.hamlet}" if info.hamlet else ""))
    say(f"Khóa công khai: {info.public_key}")
    say(f"Dấu vân tay:  {info.fingerprint}")


def cmd_device_show(args: argparse.Namespace) -> int:
    from ..services.devices import show_device

    info = show_device(_store(args))
    if args.json:
        print_json(info.to_json())
    else:
        _say_device(info)
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    from ..services.devices import list_devices

    devices = list_devices(_store(args))
    if args.json:
        print_json([d.to_json() for d in devices])
        return 0
    for d in devices:
        state = "máy này" if d.is_local else ("đã thay" if d.revoked_at else "tin cậy")
        say(f"{d.fingerprint}  {d.role_label:<14} {d.hamlet or '':<14} {state}")
    return 0


def cmd_device_register(args: argparse.Namespace) -> int:
    from ..services.devices import register_device

    result = register_device(_store(args), args.hamlet, args.key, args.label)
    return answer(args, result.to_json(), *result.messages)


def cmd_device_claim(args: argparse.Namespace) -> int:
    from ..services.devices import claim_hamlet

    info = claim_hamlet(_store(args), args.hamlet)
    return answer(args, info.to_json(), f"Máy này là máy của {info.hamlet}.")


def cmd_device_rekey(args: argparse.Namespace) -> int:
    from ..services.devices import rekey

    info = rekey(_store(args))
    if args.json:
        print_json(info.to_json())
    else:
        say("Đã tạo khóa mới. Gửi khóa công khai này cho văn phòng xã để đăng ký lại:")
        _say_device(info)
    return 0


# --------------------------------------------------------------------------- packages


def cmd_package_export(args: argparse.Namespace) -> int:
    from ..services.sync_export import export_package

    result = export_package(_store(args), args.output, args.hamlet)
    if args.json:
        print_json(result.to_json())
        return 0
    say(
        f"Đã ghi gói {result.path} ({result.record_count} bản ghi, "
        f"{result.evidence_files} tệp minh chứng)."
    )
    for message in result.messages:
        say(message)
    return 0


def cmd_package_import(args: argparse.Namespace) -> int:
    from ..services.sync_import import import_package, preview_package

    store = _store(args)
    result = preview_package(store, args.file) if args.dry_run else import_package(store, args.file)
    if args.json:
        print_json(result.to_json())
        return 0
    verb = "Xem trước" if args.dry_run else ("Đã nhập" if result.applied else "Gói")
    say(
        f"{verb} {result.file_name}: {result.new} mới, {result.updated} cập nhật, "
        f"{result.unchanged} không đổi, {result.conflicts} xung đột, {result.rejected} bị từ chối."
    )
    for message in result.messages:
        say(f"- {message}")
    if result.conflicts:
        say("Xem và quyết định các xung đột: kehoach conflicts")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ..services.sync_conflicts import list_conflicts

    rows = list_conflicts(_store(args), include_resolved=args.all)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        say("Không có xung đột nào chờ quyết định.")
    for row in rows:
        say(f"[{row.id[:8]}] {row.label}")
        for pair in row.fields:
            if pair.differs:
                say(f"    {pair.label}: máy này {pair.local!r} | trong gói {pair.incoming!r}")
    return 0


def cmd_conflict_resolve(args: argparse.Namespace) -> int:
    from ..services.sync_conflicts import CHOICE_LABELS, resolve_conflict

    row = resolve_conflict(_store(args), args.id, args.keep)
    return answer(args, row.to_json(), f"{row.label}: đã {CHOICE_LABELS[args.keep]}.")


# --------------------------------------------------------------------------- destinations


def cmd_destination_add(args: argparse.Namespace) -> int:
    from ..services.outbox import add_destination

    info = add_destination(_store(args), args.name, args.url, args.user, args.inbox)
    if args.json:
        print_json(info.to_json())
        return 0
    say(f"Đã lưu nơi gửi {info.name} ({info.kind_label}): {info.url}")
    if info.username and info.password_source is None:
        say(
            f"Chưa có mật khẩu: chạy `kehoach destination login {info.name}`, hoặc đặt biến môi "
            f"trường {info.to_json()['env_var']} trên máy không có kho mật khẩu."
        )
    return 0


def cmd_destination_login(args: argparse.Namespace) -> int:
    from ..services.outbox import login_destination

    if sys.stdin.isatty():
        password = getpass.getpass(f"Mật khẩu cho {args.name}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    info = login_destination(_store(args), args.name, password)
    return answer(
        args, info.to_json(), f"Đã lưu mật khẩu của {info.name} vào kho mật khẩu của hệ điều hành."
    )


def cmd_destination_list(args: argparse.Namespace) -> int:
    from ..services.outbox import list_destinations

    rows = list_destinations(_store(args))
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for row in rows:
        password = {"keyring": "mật khẩu trong kho", "env": "mật khẩu từ biến môi trường"}.get(
            row.password_source or "", "chưa có mật khẩu" if row.username else ""
        )
        inbox = ", nhận gói" if row.inbox else ""
        say(f"{row.name:<16} {row.kind_label:<12} {row.url}  {password}{inbox}")
    return 0


def cmd_destination_remove(args: argparse.Namespace) -> int:
    from ..services.outbox import remove_destination

    remove_destination(_store(args), args.name)
    if not args.json:
        say(f"Đã bỏ nơi gửi {args.name}.")
    else:
        print_json({"removed": args.name})
    return 0


# --------------------------------------------------------------------------- outbox and sync


def cmd_outbox(args: argparse.Namespace) -> int:
    from ..services.outbox import list_outbox

    rows = list_outbox(_store(args))
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        say("Hàng đợi gửi trống.")
    for row in rows:
        reason = f" — {row.last_error}" if row.last_error and row.state != "delivered" else ""
        say(f"[{row.id[:8]}] {row.state_label:<9} {row.file_name} → {row.destination}{reason}")
    return 0


def cmd_outbox_add(args: argparse.Namespace) -> int:
    from ..services.outbox import queue_file

    result = queue_file(_store(args), args.file, args.to)
    return answer(args, result.to_json(), *result.messages)


def cmd_outbox_retry(args: argparse.Namespace) -> int:
    from ..services.outbox import retry_item

    entry = retry_item(_store(args), args.id)
    return answer(args, entry.to_json(), f"{entry.file_name} → {entry.destination}: chờ gửi lại.")


def _one_pass(store: Any, force: bool) -> dict[str, Any]:
    from ..services.outbox import run_outbox
    from ..services.sync_inbox import pull_inboxes

    report = run_outbox(store, force=force)
    inbox = [] if report.busy else pull_inboxes(store)
    return {**report.to_json(), "inbox": [o.to_json() for o in inbox]}


def _say_pass(summary: dict[str, Any]) -> None:
    if summary["busy"]:
        say(summary["messages"][0])
        return
    say(f"Đã gửi {summary['delivered']}, còn chờ {summary['pending']}, lỗi {summary['failed']}.")
    for message in summary["messages"]:
        say(f"- {message}")
    for outcome in summary["inbox"]:
        what = outcome["file"] or outcome["destination"]
        say(f"- Nhận {what}: {outcome['outcome']} — {outcome['message']}")


def _report(summary: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(summary)
    else:
        _say_pass(summary)


def cmd_sync(args: argparse.Namespace) -> int:
    """One pass (``--once``: every waiting item now), or passes until stopped (backoff kept).

    A destination that cannot be reached is not a failure of the command: its items wait."""
    store = _store(args)
    if args.once:
        _report(_one_pass(store, force=True), args.json)
        return 0
    stop = threading.Event()

    def finish(_signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGINT, finish)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, finish)
    if not args.json:
        say("Đang đồng bộ; nhấn Ctrl+C để dừng.")
    while not stop.is_set():
        summary = _one_pass(store, force=False)
        if args.json or summary["attempted"] or summary["inbox"]:
            _report(summary, args.json)
        stop.wait(max(args.interval, 1.0))
    return 0
