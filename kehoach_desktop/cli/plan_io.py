"""Plan intake and export: `kehoach import FILE [--dry-run] [--json] [--strict]` and
`kehoach export-plan -o FILE.xlsx [--json]`.

Heavy modules (the importers, the ORM, openpyxl) are imported inside the handlers: `kehoach`
imports every command module at start.
"""

import argparse
from pathlib import Path
from typing import Any

from .output import print_json, say


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `import` and `export-plan` to `kehoach`."""
    from . import data_dir_option

    intake = subparsers.add_parser(
        "import",
        help="nhập kế hoạch từ tệp Word (.docx) hoặc Excel (.xlsx)",
        description="Đọc kế hoạch (nhiệm vụ, chỉ tiêu, phần đầu văn bản) từ tệp .docx/.xlsx và "
        "ghi vào kho dữ liệu trong một giao dịch; nhập lại cùng kế hoạch thì cập nhật, không "
        "nhân đôi.",
    )
    data_dir_option(intake)
    intake.add_argument("file", metavar="TỆP", help="tệp kế hoạch .docx hoặc .xlsx")
    intake.add_argument(
        "--dry-run", action="store_true", help="chạy thử: chỉ cho biết sẽ thay đổi gì, không ghi"
    )
    intake.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    intake.add_argument(
        "--strict",
        action="store_true",
        help="không nhập nếu tệp có bất kỳ cảnh báo nào (mã thoát khác 0)",
    )
    intake.set_defaults(handler=cmd_import)

    export = subparsers.add_parser(
        "export-plan",
        help="xuất kế hoạch hiện tại ra tệp Excel (phụ lục nhiệm vụ và chỉ tiêu)",
    )
    data_dir_option(export)
    export.add_argument(
        "-o", "--output", required=True, metavar="TỆP.xlsx", help="tệp Excel sẽ ghi"
    )
    export.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    export.set_defaults(handler=cmd_export_plan)


def _store(args: argparse.Namespace, create: bool = True) -> Any:
    """The store of ``--data-dir``; None when ``create`` is False and there is no store yet
    (a dry run must not create one)."""
    from .. import paths
    from ..services.store import open_store

    folder = getattr(args, "data_dir", None)
    if not create and not paths.store_path(paths.data_dir(folder)).exists():
        return None
    return open_store(folder)


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.plan_import import commit_import, preview_import, strict_refusal

    path = Path(args.file)
    if args.dry_run:
        preview = preview_import(_store(args, create=False), path)
        if args.strict and preview.warnings:
            raise strict_refusal(preview.warnings)
        if args.json:
            print_json(preview.to_json(dry_run=True))
        else:
            _say_preview(preview, dry_run=True)
        return 0
    store = _store(args)
    result = commit_import(store, path, strict=args.strict)
    if args.json:
        print_json(result.to_json())
    else:
        _say_preview(result.preview, dry_run=False)
        say(f"Đã ghi vào kho dữ liệu {store.folder}.")
        if result.backup:
            say(f"Bản sao lưu trước khi nhập: {result.backup}")
    return 0


def _counts(counts: dict[str, int]) -> str:
    return (
        f"{counts['new']} mới, {counts['updated']} cập nhật, {counts['unchanged']} không đổi, "
        f"{counts['removed']} không còn trong tệp"
    )


def _say_preview(preview: Any, dry_run: bool) -> None:
    """The preview for people: header, counts, changed rows, every warning."""
    number = preview.plan_number or "chưa có số"
    say(
        f"Tệp {preview.file}: kế hoạch năm {preview.plan_year} ({number}) của xã "
        f"{preview.commune_name}"
    )
    if preview.replaces_demo:
        say("Kho đang chứa dữ liệu mẫu: dữ liệu mẫu sẽ được thay bằng kế hoạch này.")
    if preview.commune_action == "create":
        say(
            f"Xã: tạo mới từ phần đầu văn bản — {preview.commune_name}; cơ quan ban hành "
            f"“{preview.issuing_body or '(chưa rõ)'}”; địa danh “{preview.place_name}” "
            "(sửa được trong Cài đặt)"
        )
    plan_words = {"new": "mới", "updated": "cập nhật", "unchanged": "không đổi"}
    say(f"Kế hoạch: {plan_words[preview.plan_action]}")
    for change in preview.plan_changes:
        say(f"  ~ {change.label}: “{change.old}” → “{change.new}”")
    say(f"Nhiệm vụ: {_counts(preview.counts('task'))}")
    say(f"Chỉ tiêu: {_counts(preview.counts('indicator'))}")
    for row in preview.tasks + preview.indicators:
        if row.action in ("updated", "removed"):
            noun = "Nhiệm vụ" if row.kind == "task" else "Chỉ tiêu"
            say(f"  {'~' if row.action == 'updated' else '-'} {noun} {row.ref}: {row.action_label}")
            for change in row.changes:
                say(f"      {change.label}: “{change.old}” → “{change.new}”")
    if preview.units_created:
        say(f"Đơn vị mới ({len(preview.units_created)}): {'; '.join(preview.units_created)}")
    if preview.warnings:
        say(f"Cảnh báo ({len(preview.warnings)}):")
        for warning in preview.warnings:
            say(f"  ! {warning.message}")
    if dry_run:
        say("Chạy thử (--dry-run): chưa ghi gì vào kho dữ liệu.")


def cmd_export_plan(args: argparse.Namespace) -> int:
    from ..services.plan_export import export_plan

    result = export_plan(_store(args), Path(args.output))
    if args.json:
        print_json(result.to_json())
    else:
        say(
            f"Đã xuất kế hoạch ({result.tasks} nhiệm vụ, {result.indicators} chỉ tiêu) "
            f"ra {result.path}"
        )
    return 0
