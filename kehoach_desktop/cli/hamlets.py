"""The commune's hamlets: `kehoach hamlet list|add|rename|remove|figures|import|team|member`.

kehoach hamlet list [--json]
kehoach hamlet add "Ấp Bàu Sen" --population 1842 --adults 1290 --households 512 --on 2026-01-01
kehoach hamlet figures "Ấp 1" --vneid-accounts 1100 --cashless-households 150 --on 2026-01-01
kehoach hamlet rename "Ấp 10" "Ấp Mười"
kehoach hamlet remove "Ấp Mười"
kehoach hamlet import danh-sach-ap.xlsx --on 2026-01-01 [--dry-run] [--json]
kehoach hamlet team "Ấp 1" [--json]
kehoach hamlet member add "Ấp 1" --name "Trần Văn Minh" --role "Tổ trưởng" [--phone 0912345678]
kehoach hamlet member remove "Ấp 1" --name "Trần Văn Minh"
"""

import argparse
from datetime import date
from typing import Any

from .output import answer, print_json, say


def _store(args: argparse.Namespace) -> Any:
    from ..services.store import open_store

    return open_store(getattr(args, "data_dir", None))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng 2026-03-31)") from None


def _count(text: str) -> int:
    from ..core.domain import KehoachError
    from ..services.hamlets import parse_figure

    try:
        value = parse_figure(text)
    except KehoachError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if value is None:
        raise argparse.ArgumentTypeError("thiếu số")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `hamlet` and its actions to `kehoach`."""
    from . import VietnameseArgumentParser, data_dir_option

    hamlet = subparsers.add_parser(
        "hamlet",
        help="các ấp của xã: xem, thêm, đổi tên, bỏ, nhập danh sách từ Excel/CSV",
        description="Khai báo các ấp (thôn) của xã và số liệu dân cư của từng ấp (dân số, số "
        "người từ 14 tuổi, số hộ) dùng làm mẫu số khi tính tỷ lệ.",
    )
    data_dir_option(hamlet)
    hamlet.set_defaults(handler=cmd_list, json=False)
    actions = hamlet.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=VietnameseArgumentParser
    )

    def action(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text)
        data_dir_option(parser)
        parser.set_defaults(handler=handler)
        return parser

    listing = action("list", "danh sách ấp kèm số liệu mới nhất và tổ trưởng", cmd_list)
    listing.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    add = action("add", "thêm một ấp (kèm số liệu nếu có)", cmd_add)
    add.add_argument("name", metavar="TÊN", help="tên ấp, ví dụ “Ấp Bàu Sen”")
    _figure_options(add)
    add.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    rename = action("rename", "đổi tên một ấp", cmd_rename)
    rename.add_argument("old", metavar="CŨ", help="tên hiện tại (không cần dấu)")
    rename.add_argument("new", metavar="MỚI", help="tên mới")

    remove = action("remove", "bỏ một ấp chưa có số liệu tuần, nhật ký hay máy đăng ký", cmd_remove)
    remove.add_argument("name", metavar="TÊN")

    figures = action("figures", "cập nhật số liệu dân cư của một ấp", cmd_figures)
    figures.add_argument("name", metavar="TÊN")
    _figure_options(figures)
    figures.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    intake = action(
        "import",
        "nhập danh sách ấp từ tệp Excel (.xlsx) hoặc .csv (cột Ấp, Dân số, Từ 14 tuổi, Số hộ)",
        cmd_import,
    )
    intake.add_argument("file", metavar="TỆP")
    intake.add_argument(
        "--on", type=_date, metavar="NGÀY", help="số liệu tính đến ngày (mặc định: hôm nay)"
    )
    intake.add_argument(
        "--dry-run", action="store_true", help="chạy thử: chỉ cho biết sẽ thay đổi gì, không ghi"
    )
    intake.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    team = action("team", "Tổ công nghệ số cộng đồng của một ấp: các thành viên", cmd_team)
    team.add_argument("name", metavar="TÊN_ẤP")
    team.add_argument("--json", action="store_true", help="in kết quả dạng JSON")

    member = action("member", "thêm hoặc bỏ một thành viên Tổ công nghệ số cộng đồng", cmd_team)
    member_actions = member.add_subparsers(
        dest="member_action", metavar="THAO_TÁC", parser_class=VietnameseArgumentParser
    )
    member_actions.required = True
    member_add = member_actions.add_parser("add", help="thêm một thành viên vào tổ của ấp")
    data_dir_option(member_add)
    member_add.set_defaults(handler=cmd_member_add)
    member_add.add_argument("hamlet", metavar="TÊN_ẤP")
    member_add.add_argument("--name", required=True, metavar="HỌ_TÊN", help="họ và tên")
    member_add.add_argument(
        "--role", default="Tổ viên", metavar="VAI_TRÒ", help="Tổ trưởng, Tổ phó hoặc Tổ viên"
    )
    member_add.add_argument("--phone", default="", metavar="SĐT", help="số điện thoại")
    member_add.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    member_remove = member_actions.add_parser("remove", help="bỏ một thành viên khỏi tổ của ấp")
    data_dir_option(member_remove)
    member_remove.set_defaults(handler=cmd_member_remove)
    member_remove.add_argument("hamlet", metavar="TÊN_ẤP")
    member_remove.add_argument("--name", required=True, metavar="HỌ_TÊN", help="họ và tên")
    member_remove.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def _figure_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--population", type=_count, metavar="N", help="dân số")
    parser.add_argument("--adults", type=_count, metavar="N", help="số người từ 14 tuổi trở lên")
    parser.add_argument("--households", type=_count, metavar="N", help="số hộ")
    # The names of `kehoach figures set` (vneid_accounts=…, cashless_households=…).
    parser.add_argument(
        "--vneid-accounts",
        type=_count,
        metavar="N",
        help="số liệu nền: số người đã có tài khoản VNeID (tỷ lệ cộng số đăng ký sau ngày --on)",
    )
    parser.add_argument(
        "--cashless-households",
        type=_count,
        metavar="N",
        help="số liệu nền: số hộ đã thanh toán không dùng tiền mặt",
    )
    parser.add_argument(
        "--on", type=_date, metavar="NGÀY", help="số liệu tính đến ngày (mặc định: hôm nay)"
    )


def _figures(args: argparse.Namespace) -> dict[str, int | None]:
    from ..services.hamlets import LIST_FIELDS

    return {name: getattr(args, name) for name in LIST_FIELDS}


def _line(info: Any) -> str:
    from ..core.vnformat import format_date
    from ..services.hamlets import figures_text

    text = info.name
    figures = figures_text(info.figures)
    if figures:
        text += f": {figures} (tính đến {format_date(info.as_of)})"
    if info.leader:
        text += f"; tổ trưởng {info.leader}"
    return text


def cmd_list(args: argparse.Namespace) -> int:
    from ..services.hamlets import list_hamlets

    hamlets = list_hamlets(_store(args))
    if args.json:
        print_json([h.to_json() for h in hamlets])
        return 0
    if not hamlets:
        say('Chưa có ấp nào. Thêm bằng: kehoach hamlet add "Ấp 1" hoặc kehoach hamlet import TỆP')
    for hamlet in hamlets:
        say(_line(hamlet))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from ..services.hamlets import add_hamlet

    info = add_hamlet(_store(args), args.name, _figures(args), args.on)
    if args.json:
        print_json(info.to_json())
    else:
        say(f"Đã thêm {_line(info)}.")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    from ..core.text import clean
    from ..services.hamlets import rename_hamlet

    info = rename_hamlet(_store(args), args.old, args.new)
    say(f"Đã đổi tên “{clean(args.old)}” thành “{info.name}”.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from ..services.hamlets import remove_hamlet

    name = remove_hamlet(_store(args), args.name)
    say(f"Đã bỏ {name}.")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from ..services.hamlets import update_figures

    info = update_figures(_store(args), args.name, args.on or date.today(), _figures(args))
    if args.json:
        print_json(info.to_json())
    else:
        say(f"Đã cập nhật {_line(info)}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.hamlets import import_hamlet_list, preview_hamlet_list

    store = _store(args)
    if args.dry_run:
        preview = preview_hamlet_list(store, args.file, args.on)
        if args.json:
            print_json(preview.to_json(dry_run=True))
        else:
            _say_preview(preview)
            say("Chạy thử (--dry-run): chưa ghi gì vào kho dữ liệu.")
        return 0
    result = import_hamlet_list(store, args.file, args.on)
    if args.json:
        print_json(result.to_json())
    else:
        _say_preview(result.preview)
        if result.backup:
            say(f"Đã ghi vào kho dữ liệu; bản sao lưu trước khi nhập: {result.backup}")
        else:
            say("Không có gì thay đổi; kho dữ liệu giữ nguyên.")
    return 0


def _say_preview(preview: Any) -> None:
    from ..services.hamlets import figures_text

    say(preview.summary())
    for row in preview.rows:
        figures = figures_text(row.figures)
        say(
            f"  dòng {row.row}: {row.name} — {row.action_label}"
            + (f" ({figures})" if figures else "")
        )


def _member_line(member: Any) -> str:
    return f"  {member.role}: {member.name}" + (f", {member.phone}" if member.phone else "")


def _team_lines(team: Any) -> list[str]:
    if not team.members:
        return [
            f"{team.hamlet}: chưa có thành viên Tổ công nghệ số cộng đồng. Thêm bằng: kehoach "
            f'hamlet member add "{team.hamlet}" --name "…" --role "Tổ trưởng"'
        ]
    return [
        f"Tổ công nghệ số cộng đồng {team.hamlet} ({len(team.members)} người):",
        *(_member_line(m) for m in team.members),
    ]


def cmd_team(args: argparse.Namespace) -> int:
    from ..services.teams import team_of

    team = team_of(_store(args), args.name)
    return answer(args, team.to_json(), *_team_lines(team))


def cmd_member_add(args: argparse.Namespace) -> int:
    from ..services.teams import add_member

    team, added = add_member(_store(args), args.hamlet, args.name, args.role, args.phone)
    return answer(
        args, team.to_json(), f"Đã thêm {added.role} {added.name} vào tổ của {team.hamlet}."
    )


def cmd_member_remove(args: argparse.Namespace) -> int:
    from ..services.teams import remove_member

    team, member = remove_member(_store(args), args.hamlet, args.name)
    return answer(
        args, team.to_json(), f"Đã bỏ {member.name} ({member.role}) khỏi tổ của {team.hamlet}."
    )
