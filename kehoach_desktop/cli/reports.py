"""`kehoach report`: the periodic report (PDF, Word, Excel) and the hamlet teams' monthly sheet.

kehoach report --period 2026-Q1 --format pdf -o bao-cao.pdf [--number N | --no-number]
               [--date 2026-03-10] [--calendar]
kehoach report --hamlet-sheet --period 2026-03 [--hamlet "Ấp 1"] -o phieu-thang.pdf
"""

import argparse
from datetime import date
from pathlib import Path

from ..core.domain import KehoachError
from .output import answer, print_json, say


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text!r} (dạng 2026-03-31)") from None


def _number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"số báo cáo không hợp lệ: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"số báo cáo phải từ 1 trở lên: {text!r}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `kehoach report` to the command line."""
    from . import data_dir_option

    report = subparsers.add_parser(
        "report",
        help="lập báo cáo định kỳ (PDF, Word, Excel) hoặc phiếu tháng của Tổ CNSCĐ",
        description="Báo cáo định kỳ theo thể thức Nghị định 30/2020/NĐ-CP. Báo cáo được lưu "
        "lại (số, ngày, người ký, nội dung tự nhập) để lập lại giống hệt khi cần.",
    )
    data_dir_option(report)
    report.add_argument(
        "--period",
        required=True,
        metavar="KỲ",
        help="kỳ báo cáo: 2026-03 (tháng), 2026-Q1 (quý), 2026-H1 (6 tháng), 2026 (năm)",
    )
    report.add_argument(
        "--format",
        choices=["pdf", "docx", "xlsx"],
        help="định dạng tệp (mặc định: theo đuôi tệp, nếu không thì pdf)",
    )
    report.add_argument("-o", "--output", required=True, metavar="TỆP", help="tệp sẽ ghi")
    numbering = report.add_mutually_exclusive_group()
    numbering.add_argument("--number", type=_number, metavar="N", help="số của báo cáo")
    numbering.add_argument("--no-number", action="store_true", help="để trống số cho văn thư điền")
    report.add_argument("--date", type=_date, metavar="NGÀY", help="ngày ký (mặc định: hôm nay)")
    report.add_argument(
        "--calendar",
        action="store_true",
        help="kỳ theo lịch (1/1–31/3...) thay vì theo Nghị định 09/2019/NĐ-CP (15/12–14/3...)",
    )
    report.add_argument(
        "--hamlet-sheet", action="store_true", help="phiếu tháng của Tổ công nghệ số cộng đồng"
    )
    report.add_argument("--hamlet", metavar="ẤP", help="chỉ phiếu của ấp này (với --hamlet-sheet)")
    report.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    report.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    report.set_defaults(handler=cmd_report)


def _format(args: argparse.Namespace, path: Path) -> str:
    if args.format:
        return str(args.format)
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("pdf", "docx", "xlsx") else "pdf"


def cmd_report(args: argparse.Namespace) -> int:
    from ..core.periods import CALENDAR, parse_period
    from ..services.store import open_store

    path = Path(args.output)
    windows = CALENDAR if args.calendar else None
    parse_period(args.period)  # a bad period fails here, before the store is opened
    if args.hamlet and not args.hamlet_sheet:
        raise KehoachError("--hamlet chỉ dùng cùng --hamlet-sheet.")
    store = open_store(getattr(args, "data_dir", None))
    try:
        if args.hamlet_sheet:
            return _hamlet_sheet(args, store, path, windows)
        return _periodic(args, store, path, windows)
    finally:
        store.close()


def _hamlet_sheet(args: argparse.Namespace, store, path: Path, windows: str | None) -> int:  # type: ignore[no-untyped-def]
    from ..services.hamlet_sheet import write_hamlet_sheets

    if _format(args, path) != "pdf":
        raise KehoachError("Phiếu tháng của Tổ công nghệ số cộng đồng chỉ xuất ra PDF.")
    written = write_hamlet_sheets(
        store, args.period, path, hamlet=args.hamlet, windows=windows, on=args.date
    )
    return answer(
        args,
        {"file": str(written), "period": args.period, "hamlet": args.hamlet},
        f"Đã ghi phiếu tháng của Tổ công nghệ số cộng đồng: {written}",
    )


def _periodic(args: argparse.Namespace, store, path: Path, windows: str | None) -> int:  # type: ignore[no-untyped-def]
    from ..services.reporting import UNSET, get_report, write_report

    options: dict[str, object] = {}
    if args.no_number:
        options["number"] = None
    elif args.number is not None:
        options["number"] = args.number
    if args.date is not None:
        options["report_date"] = args.date
    fmt = _format(args, path)
    written = write_report(
        store,
        args.period,
        fmt,
        path,
        windows=windows,
        today=args.today,
        number=options.get("number", UNSET),  # type: ignore[arg-type]
        report_date=options.get("report_date", UNSET),  # type: ignore[arg-type]
    )
    record = get_report(store, args.period)
    if args.json:
        print_json(
            {
                "file": str(written),
                "format": fmt,
                "period": record.period_code if record else args.period,
                "label": record.period.label if record else "",
                "start": record.period.start if record else None,
                "end": record.period.end if record else None,
                "number": record.number if record else None,
                "number_text": record.number_text if record else "",
                "date": record.report_date if record else None,
            }
        )
    else:
        label = record.period.label if record else args.period
        number = record.number_text if record and record.number else "số để trống"
        say(f"Đã ghi báo cáo {label} ({number}): {written}")
    return 0
