"""Tracking and field data commands (issue 4): counts, week, task, activity, indicator,
evidence, figures, report-deadlines.

    kehoach counts set --hamlet "Ấp 1" --week 2026-W10 vneid=12 dvctt=3
    kehoach counts --json [--hamlet NAME] [--week W]
    kehoach week submit|accept|return|unlock --hamlet NAME --week W [--note …]
    kehoach task update CODE [--section S] --status done --progress 100 --note … --evidence F
    kehoach activity add --hamlet NAME --date D --kind outreach --description … [--photo F]
    kehoach indicator set CODE --value 85,5 --period 2026-Q3 --source … [--evidence F]
    kehoach evidence review ID --reject --reason …
    kehoach figures set --hamlet NAME --as-of 2026-07-01 population=1850 adults=1300
"""

import argparse
import getpass
import os
from datetime import date
from decimal import Decimal

from ..core.domain import KehoachError, Metric, WeekState
from ..core.vnformat import format_date, format_number
from .output import print_json, say

AUTHOR_ENV = "KEHOACH_USER"


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..services.store import open_store

    return open_store(getattr(args, "data_dir", None))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng 2026-03-31)") from None


def _author(args: argparse.Namespace) -> str:
    """Who is doing this: --by, else $KEHOACH_USER, else the computer's user name."""
    if getattr(args, "by", None):
        return str(args.by)
    if os.environ.get(AUTHOR_ENV):
        return os.environ[AUTHOR_ENV]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _by_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by", metavar="TÊN", help=f"người thực hiện (mặc định: ${AUTHOR_ENV} hoặc tên đăng nhập)"
    )


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's commands to `kehoach`."""
    from . import VietnameseArgumentParser, data_dir_option

    def group(
        name: str, help_text: str
    ) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:  # type: ignore[type-arg]
        parser = subparsers.add_parser(name, help=help_text)
        data_dir_option(parser)
        actions = parser.add_subparsers(
            dest="action", metavar="THAO_TÁC", parser_class=VietnameseArgumentParser
        )
        return parser, actions

    def action(actions, name: str, help_text: str, handler) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        parser = actions.add_parser(name, help=help_text)
        data_dir_option(parser)
        parser.set_defaults(handler=handler)
        return parser

    # counts
    counts, counts_actions = group("counts", "số liệu tuần của các ấp: xem hoặc nhập")
    _json_option(counts)
    counts.add_argument("--hamlet", metavar="ẤP", help="chỉ một ấp")
    counts.add_argument("--week", metavar="TUẦN", help="chỉ một tuần, dạng 2026-W10")
    counts.set_defaults(handler=cmd_counts)
    counts_set = action(counts_actions, "set", "nhập số liệu một tuần của một ấp", cmd_counts_set)
    counts_set.add_argument("--hamlet", required=True, metavar="ẤP")
    counts_set.add_argument("--week", required=True, metavar="TUẦN", help="dạng 2026-W10")
    counts_set.add_argument(
        "values",
        nargs="+",
        metavar="CHỈ_SỐ=SỐ",
        help="ví dụ vneid=12 dvctt=3; chỉ số: " + ", ".join(m.value for m in Metric),
    )
    counts_set.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    _json_option(counts_set)

    # week
    week, week_actions = group("week", "gửi, duyệt, trả lại, mở khóa tuần số liệu của ấp")
    week.set_defaults(handler=cmd_week_missing_action)
    for name, text in (
        ("submit", "gửi tuần số liệu"),
        ("accept", "duyệt (khóa) tuần đã gửi"),
        ("return", "trả lại tuần đã gửi, kèm lý do (--note)"),
        ("unlock", "mở khóa tuần đã duyệt, kèm lý do (--note)"),
    ):
        parser = action(week_actions, name, text, cmd_week)
        parser.add_argument("--hamlet", required=True, metavar="ẤP")
        parser.add_argument("--week", required=True, metavar="TUẦN", help="dạng 2026-W10")
        parser.add_argument("--note", default="", metavar="GHI_CHÚ", help="ghi chú / lý do")
        _by_option(parser)
        _json_option(parser)
    history = action(week_actions, "history", "lịch sử một tuần của một ấp", cmd_week_history)
    history.add_argument("--hamlet", required=True, metavar="ẤP")
    history.add_argument("--week", required=True, metavar="TUẦN")
    _json_option(history)
    show = action(week_actions, "show", "bảng số liệu một tuần của mọi ấp", cmd_week_show)
    show.add_argument("--week", required=True, metavar="TUẦN")
    _json_option(show)

    # task
    task, task_actions = group("task", "cập nhật tiến độ nhiệm vụ, xem lịch sử")
    task.set_defaults(handler=cmd_task_missing_action)
    update = action(task_actions, "update", "cập nhật trạng thái, tiến độ, minh chứng", cmd_update)
    update.add_argument("code", metavar="MÃ", help="mã nhiệm vụ, ví dụ 33.1 hoặc II.1.1")
    update.add_argument("--section", metavar="MỤC", help="mục (I, II…) khi mã lặp lại giữa các mục")
    update.add_argument(
        "--status",
        metavar="TRẠNG_THÁI",
        help="not_started, in_progress, done, needs_rework, paused",
    )
    update.add_argument("--progress", type=int, metavar="N", help="tiến độ % (0–100)")
    update.add_argument("--note", default="", metavar="GHI_CHÚ")
    update.add_argument(
        "--evidence", action="append", default=[], metavar="TỆP", help="tệp minh chứng (lặp lại)"
    )
    _by_option(update)
    _json_option(update)
    task_show = action(task_actions, "show", "nhiệm vụ và lịch sử cập nhật", cmd_task_show)
    task_show.add_argument("code", metavar="MÃ")
    task_show.add_argument("--section", metavar="MỤC")
    _json_option(task_show)

    # activity
    activity, activity_actions = group("activity", "nhật ký Tổ công nghệ số cộng đồng")
    _json_option(activity)
    activity.add_argument("--hamlet", metavar="ẤP")
    activity.add_argument("--from", dest="start", type=_date, metavar="NGÀY")
    activity.add_argument("--to", dest="end", type=_date, metavar="NGÀY")
    activity.add_argument("--kind", metavar="HÌNH_THỨC")
    activity.set_defaults(handler=cmd_activity)
    add = action(activity_actions, "add", "ghi một hoạt động", cmd_activity_add)
    add.add_argument("--hamlet", required=True, metavar="ẤP")
    add.add_argument("--date", required=True, type=_date, metavar="NGÀY", help="dạng 2026-11-20")
    add.add_argument(
        "--kind",
        required=True,
        metavar="HÌNH_THỨC",
        help="outreach, door_to_door, service_centre_duty, vneid_guidance, dvctt_support, "
        "digital_payment, digital_signature, digital_literacy, training, other",
    )
    add.add_argument("--description", required=True, metavar="NỘI_DUNG")
    add.add_argument("--place", default="", metavar="ĐỊA_ĐIỂM")
    add.add_argument("--members", default="", metavar="THÀNH_VIÊN", help="thành viên tham gia")
    add.add_argument("--people", type=int, default=0, metavar="N", help="số người được tiếp cận")
    add.add_argument("--feedback", default="", metavar="Ý_KIẾN", help="ý kiến người dân")
    add.add_argument(
        "--forwarded", action="store_true", help="ý kiến đã được chuyển đến cơ quan liên quan"
    )
    add.add_argument("--photo", action="append", default=[], metavar="TỆP", help="ảnh minh chứng")
    add.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    _json_option(add)

    # indicator
    indicator, indicator_actions = group("indicator", "nhập số liệu chỉ tiêu, đổi cách tính")
    indicator.set_defaults(handler=cmd_indicator_missing_action)
    ind_set = action(
        indicator_actions, "set", "nhập giá trị chỉ tiêu cho một kỳ", cmd_indicator_set
    )
    ind_set.add_argument("code", metavar="MÃ")
    ind_set.add_argument("--value", metavar="GIÁ_TRỊ", help="ví dụ 85,5")
    ind_set.add_argument("--numerator", type=int, metavar="TỬ_SỐ")
    ind_set.add_argument("--denominator", type=int, metavar="MẪU_SỐ")
    when = ind_set.add_mutually_exclusive_group(required=True)
    when.add_argument("--as-of", type=_date, metavar="NGÀY", help="số liệu tính đến ngày")
    when.add_argument("--period", metavar="KỲ", help="2026-03, 2026-Q3, 2026-H1, 2026")
    ind_set.add_argument("--source", required=True, metavar="NGUỒN")
    ind_set.add_argument("--note", default="", metavar="GHI_CHÚ")
    ind_set.add_argument("--evidence", action="append", default=[], metavar="TỆP")
    _json_option(ind_set)
    define = action(indicator_actions, "define", "cách đo chỉ tiêu", cmd_indicator_define)
    define.add_argument("code", metavar="MÃ")
    define.add_argument("--measure", required=True, choices=["computed", "manual"])
    define.add_argument("--metric", metavar="CHỈ_SỐ", help="vneid, dvctt, cashless_households…")
    define.add_argument(
        "--denominator", metavar="MẪU_SỐ", help="population, adults, households, quota"
    )
    define.add_argument("--quota", type=int, metavar="N", help="chỉ tiêu được giao (mẫu số quota)")
    _json_option(define)

    # evidence
    evidence, evidence_actions = group("evidence", "minh chứng: xem, đánh giá đạt / không đạt")
    _json_option(evidence)
    evidence.add_argument("--state", choices=["pending", "accepted", "rejected"])
    evidence.add_argument("--task", metavar="MÃ")
    evidence.add_argument("--section", metavar="MỤC")
    evidence.set_defaults(handler=cmd_evidence)
    review = action(evidence_actions, "review", "đánh giá một minh chứng", cmd_evidence_review)
    review.add_argument("key", metavar="MÃ", help="mã (id) hoặc SHA-256 (ít nhất 6 ký tự đầu)")
    verdict = review.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", action="store_true", help="đạt")
    verdict.add_argument("--reject", action="store_true", help="không đạt (cần --reason)")
    review.add_argument("--reason", default="", metavar="LÝ_DO")
    _by_option(review)
    _json_option(review)

    # figures
    figures, figures_actions = group("figures", "dân số, số hộ, số liệu nền của các ấp theo ngày")
    _json_option(figures)
    figures.add_argument("--hamlet", metavar="ẤP")
    figures.set_defaults(handler=cmd_figures)
    fig_set = action(figures_actions, "set", "ghi số liệu của một ấp tại một ngày", cmd_figures_set)
    fig_set.add_argument("--hamlet", required=True, metavar="ẤP")
    fig_set.add_argument("--as-of", required=True, type=_date, metavar="NGÀY")
    fig_set.add_argument(
        "values",
        nargs="+",
        metavar="TRƯỜNG=SỐ",
        help="population, adults, households, vneid_accounts, cashless_households",
    )
    fig_set.add_argument("--source", default="", metavar="NGUỒN")
    _json_option(fig_set)

    # report deadlines
    deadlines, deadline_actions = group("report-deadlines", "hạn nộp báo cáo định kỳ (cài đặt)")
    _json_option(deadlines)
    deadlines.set_defaults(handler=cmd_deadlines)
    dl_set = action(deadline_actions, "set", "đổi hạn nộp một loại báo cáo", cmd_deadlines_set)
    dl_set.add_argument("kind", choices=["month", "quarter", "half", "year"], metavar="LOẠI")
    dl_set.add_argument("day", metavar="NGÀY", help="ngày của tháng cuối kỳ (1–31) hoặc off")
    _json_option(dl_set)


# ----------------------------------------------------------------------------- counts


def cmd_counts(args: argparse.Namespace) -> int:
    from ..services.tracking import list_counts

    cells = list_counts(_store(args), hamlet=args.hamlet, week=args.week)
    if args.json:
        print_json([c.to_json() for c in cells])
        return 0
    if not cells:
        say("Chưa có số liệu tuần nào.")
    for cell in cells:
        state = WeekState(cell.state).label
        say(f"{cell.hamlet:<16} {cell.week}  {cell.metric:<20} {cell.value:>6}  [{state}]")
    return 0


def cmd_counts_set(args: argparse.Namespace) -> int:
    from ..services.tracking import parse_assignments, set_counts

    values = parse_assignments(args.values)
    cells = set_counts(_store(args), args.hamlet, args.week, values, today=args.today)
    if args.json:
        print_json([c.to_json() for c in cells])
        return 0
    if cells:
        written = ", ".join(f"{c.metric}={c.value}" for c in cells)
        say(f"Đã ghi số liệu tuần {cells[0].week} của {cells[0].hamlet}: {written}.")
    return 0


# ----------------------------------------------------------------------------- week


def cmd_week_missing_action(args: argparse.Namespace) -> int:
    raise KehoachError("Thiếu thao tác: kehoach week submit|accept|return|unlock|history|show …")


def cmd_week(args: argparse.Namespace) -> int:
    from ..services.tracking import change_week_state

    changes = change_week_state(
        _store(args),
        args.action,
        args.week,
        hamlet_names=[args.hamlet],
        note=args.note,
        author=_author(args),
    )
    if args.json:
        print_json([c.to_json() for c in changes])
        return 0
    for change in changes:
        state = WeekState(change.state_to).label.lower()
        say(f"Tuần {change.week} của {change.hamlet}: {state}.")
    return 0


def cmd_week_history(args: argparse.Namespace) -> int:
    from ..services.tracking import local_time, week_history

    events = week_history(_store(args), args.hamlet, args.week)
    if args.json:
        print_json(
            [
                {
                    "action": e.action,
                    "state_from": e.state_from,
                    "state": e.state_to,
                    "at": e.at,
                    "author": e.author,
                    "note": e.note,
                }
                for e in events
            ]
        )
        return 0
    if not events:
        say("Tuần này chưa được gửi lần nào.")
    for e in events:
        note = f" — {e.note}" if e.note else ""
        say(f"{local_time(e.at):%d/%m/%Y %H:%M} {e.label} ({e.author or 'không ghi tên'}){note}")
    return 0


def cmd_week_show(args: argparse.Namespace) -> int:
    from ..services.tracking import load_week_grid

    grid = load_week_grid(_store(args), args.week)
    if args.json:
        print_json(
            {
                "week": grid.week,
                "start": grid.start,
                "end": grid.end,
                "rows": [
                    {
                        "hamlet": r.hamlet,
                        "state": r.state,
                        "comment": r.comment,
                        "values": r.values,
                    }
                    for r in grid.rows
                ],
                "totals": grid.totals(),
            }
        )
        return 0
    say(f"Tuần {grid.label}")
    for row in grid.rows:
        values = " ".join(f"{'' if v is None else v:>6}" for v in row.values.values())
        say(f"{row.hamlet:<16} {values}  [{row.state_label}]")
    return 0


# ----------------------------------------------------------------------------- tasks


def cmd_task_missing_action(args: argparse.Namespace) -> int:
    raise KehoachError("Thiếu thao tác: kehoach task update MÃ … hoặc kehoach task show MÃ.")


def cmd_update(args: argparse.Namespace) -> int:
    from ..services.task_updates import update_task

    detail = update_task(
        _store(args),
        args.code,
        section=args.section,
        status=args.status,
        progress=args.progress,
        note=args.note,
        evidence=args.evidence,
        author=_author(args),
    )
    if args.json:
        print_json(detail.to_json())
        return 0
    task = detail.task
    from ..core.domain import TaskStatus

    say(
        f"Đã cập nhật nhiệm vụ {task.ref}: {TaskStatus(task.status).label.lower()}, "
        f"tiến độ {task.progress}%"
        + (f", {len(detail.updates[0].evidence)} minh chứng" if detail.updates[0].evidence else "")
        + "."
    )
    return 0


def cmd_task_show(args: argparse.Namespace) -> int:
    from ..core.domain import TaskStatus
    from ..services.task_updates import task_detail_by_code
    from ..services.tracking import local_time

    detail = task_detail_by_code(_store(args), args.code, args.section)
    if args.json:
        print_json(detail.to_json())
        return 0
    task = detail.task
    say(f"{task.ref} {task.content}")
    say(f"  {TaskStatus(task.status).label}, {task.progress}% — hạn {task.deadline_text}")
    for update in detail.updates:
        say(f"  {local_time(update.at):%d/%m/%Y %H:%M} {update.author}: {update.note}")
        for piece in update.evidence:
            say(f"    minh chứng {piece.file_name} [{piece.review_label}] {piece.id}")
    return 0


# ----------------------------------------------------------------------------- activity


def cmd_activity(args: argparse.Namespace) -> int:
    from ..services.activities import list_activities

    rows = list_activities(
        _store(args), hamlet=args.hamlet, start=args.start, end=args.end, kind=args.kind
    )
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        say("Chưa có hoạt động nào.")
    for row in rows:
        say(f"{format_date(row.on_date)} {row.hamlet:<16} {row.kind_label}: {row.description}")
    return 0


def cmd_activity_add(args: argparse.Namespace) -> int:
    from ..services.activities import add_activity

    row = add_activity(
        _store(args),
        args.hamlet,
        args.date,
        args.kind,
        args.description,
        place=args.place,
        members_present=args.members,
        people_reached=args.people,
        feedback=args.feedback,
        feedback_forwarded=args.forwarded,
        photos=args.photo,
        today=args.today,
    )
    if args.json:
        print_json(row.to_json())
        return 0
    say(f"Đã ghi hoạt động ngày {format_date(row.on_date)} của {row.hamlet} ({row.kind_label}).")
    return 0


# ----------------------------------------------------------------------------- indicators


def cmd_indicator_missing_action(args: argparse.Namespace) -> int:
    raise KehoachError("Thiếu thao tác: kehoach indicator set MÃ … hoặc indicator define MÃ …")


def cmd_indicator_set(args: argparse.Namespace) -> int:
    from ..services.indicator_values import parse_value, period_end, set_indicator_value

    value: Decimal | None = parse_value(args.value) if args.value is not None else None
    as_of = args.as_of or period_end(args.period)
    row = set_indicator_value(
        _store(args),
        args.code,
        as_of,
        args.source,
        value=value,
        numerator=args.numerator,
        denominator=args.denominator,
        note=args.note,
        evidence=args.evidence,
    )
    if args.json:
        print_json(row.to_json())
        return 0
    value = format_number(row.value, 2).rstrip("0").rstrip(",") if row.value is not None else "—"
    say(f"Đã ghi chỉ tiêu {row.indicator} tính đến {format_date(row.as_of)}: {value}.")
    return 0


def cmd_indicator_define(args: argparse.Namespace) -> int:
    from ..services.indicator_values import define_indicator

    definition = define_indicator(
        _store(args), args.code, args.measure, args.metric, args.denominator, args.quota
    )
    if args.json:
        print_json(definition.to_json())
        return 0
    say(f"Chỉ tiêu {definition.code}: {definition.method}.")
    return 0


# ----------------------------------------------------------------------------- evidence


def cmd_evidence(args: argparse.Namespace) -> int:
    from ..services.task_updates import list_evidence

    rows = list_evidence(_store(args), state=args.state, task=args.task, section=args.section)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        say("Chưa có minh chứng nào.")
    for row in rows:
        say(f"{row.id}  {row.subject:<18} {row.file_name}  [{row.review_label}]")
    return 0


def cmd_evidence_review(args: argparse.Namespace) -> int:
    from ..services.evidence import review_evidence

    row = review_evidence(
        _store(args), args.key, accepted=args.accept, reason=args.reason, author=_author(args)
    )
    if args.json:
        print_json(row.to_json())
        return 0
    tail = " Nhiệm vụ chuyển về “chờ hoàn thiện”." if args.reject and row.task_id else ""
    say(f"Minh chứng “{row.file_name}” ({row.subject}): {row.review_label.lower()}.{tail}")
    return 0


# ----------------------------------------------------------------------------- figures


def cmd_figures(args: argparse.Namespace) -> int:
    from ..services.tracking import list_figures

    rows = list_figures(_store(args), hamlet=args.hamlet)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for row in rows:
        values = ", ".join(f"{k}={v}" for k, v in row.values.items() if v is not None)
        say(f"{row.hamlet:<16} {format_date(row.as_of)}  {values}  ({row.source})")
    return 0


def cmd_figures_set(args: argparse.Namespace) -> int:
    from ..services.tracking import set_figures

    values: dict[str, int] = {}
    for item in args.values:
        name, sep, raw = item.partition("=")
        name = name.strip().lower()
        if not sep or not raw.strip().isdigit():
            raise KehoachError(
                f"“{item}” không đúng dạng TRƯỜNG=SỐ (ví dụ population=1842, số nguyên không âm)."
            )
        if name in values:
            raise KehoachError(f"Trường {name} được ghi hai lần.")
        values[name] = int(raw.strip())
    row = set_figures(_store(args), args.hamlet, args.as_of, values, args.source)
    if args.json:
        print_json(row.to_json())
        return 0
    say(f"Đã ghi số liệu của {row.hamlet} tính đến {format_date(row.as_of)}.")
    return 0


# ----------------------------------------------------------------------------- deadlines


def _print_deadlines(deadlines, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    from ..core.warnings import REPORT_KIND_LABELS

    if as_json:
        print_json(deadlines.to_json())
        return
    for kind, day in deadlines.to_json().items():
        when = f"ngày {day} của tháng cuối kỳ" if day else "không lập"
        say(f"{REPORT_KIND_LABELS[kind]}: {when}")


def cmd_deadlines(args: argparse.Namespace) -> int:
    from ..services.tracking import report_deadlines

    _print_deadlines(report_deadlines(_store(args)), args.json)
    return 0


def cmd_deadlines_set(args: argparse.Namespace) -> int:
    from ..services.tracking import set_report_deadline

    text = args.day.strip().lower()
    if text in ("off", "none", "khong", "không"):
        day = None
    elif text.isdigit():
        day = int(text)
    else:
        raise KehoachError(f"Ngày không hợp lệ: “{args.day}”: ghi một số từ 1 đến 31 hoặc off.")
    _print_deadlines(set_report_deadline(_store(args), args.kind, day), args.json)
    return 0
