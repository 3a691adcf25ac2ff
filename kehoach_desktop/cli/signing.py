"""`kehoach sign`: sign a PDF (PAdES) with a PKCS#12 file or a PKCS#11 USB token.

The passphrase or PIN is never a command-line argument (it would sit in the shell history and
the process list): it is read from ``$KEHOACH_SIGN_PIN``, else from standard input — typed
without echo at a terminal, or the first line of a pipe.
"""

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..core.domain import KehoachError
from .output import print_json, say

PIN_ENV = "KEHOACH_SIGN_PIN"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `kehoach sign`."""
    from . import data_dir_option

    sign = subparsers.add_parser(
        "sign",
        help="ký số tệp PDF (PAdES) bằng tệp chứng thư số .p12 hoặc token USB (PKCS#11)",
        description="Ký số tệp PDF. Mật khẩu/mã PIN lấy từ biến môi trường "
        f"{PIN_ENV}, hoặc nhập từ bàn phím (hay dòng đầu của đầu vào chuẩn); "
        "không bao giờ ghi trên dòng lệnh. Không chọn --p12/--pkcs11-lib: dùng cài đặt ký số "
        "đã lưu.",
    )
    data_dir_option(sign)
    sign.add_argument("file", metavar="TỆP.pdf", help="tệp PDF cần ký")
    sign.add_argument("-o", "--output", required=True, metavar="TỆP_ĐÃ_KÝ.pdf", help="tệp ghi ra")
    how = sign.add_mutually_exclusive_group()
    how.add_argument("--p12", metavar="TỆP", help="tệp chứng thư số PKCS#12 (.p12/.pfx)")
    how.add_argument(
        "--pkcs11-lib", metavar="ĐƯỜNG_DẪN", help="trình điều khiển token PKCS#11 (.dll/.so)"
    )
    sign.add_argument("--token", metavar="NHÃN", help="nhãn token (mặc định: token duy nhất)")
    sign.add_argument(
        "--key", metavar="NHÃN", help="nhãn khóa trên token (mặc định: khóa duy nhất)"
    )
    sign.add_argument("--reason", metavar="LÝ_DO", help="lý do ký")
    sign.add_argument("--location", metavar="NƠI_KÝ", help="nơi ký")
    sign.add_argument("--box-text", metavar="VĂN_BẢN", help="chữ trong ô chữ ký (\\n: xuống dòng)")
    sign.add_argument("--page", type=int, metavar="N", help="trang đặt ô chữ ký (1 = trang đầu)")
    sign.add_argument(
        "--box",
        type=_box,
        metavar="X1,Y1,X2,Y2",
        help="vị trí ô chữ ký, đơn vị điểm PDF (1/72 inch) từ góc dưới trái trang "
        "(mặc định: đặt trên khối chữ ký của văn bản)",
    )
    sign.add_argument("--timestamp-url", metavar="URL", help="máy chủ dấu thời gian (PAdES B-T)")
    sign.add_argument(
        "--save-settings",
        action="store_true",
        help="lưu cách ký này (không lưu mật khẩu/mã PIN) làm cài đặt ký số",
    )
    sign.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    sign.set_defaults(handler=cmd_sign)


def _box(text: str) -> tuple[float, float, float, float]:
    try:
        x1, y1, x2, y2 = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ô chữ ký không hợp lệ: {text!r} (dạng 320,540,520,620)"
        ) from None
    return (x1, y1, x2, y2)


def _read_secret(prompt: str) -> str:
    """The passphrase/PIN: the environment, else the terminal (no echo), else a piped line."""
    if PIN_ENV in os.environ:
        return os.environ[PIN_ENV]
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        try:
            return getpass.getpass(f"{prompt[:1].upper()}{prompt[1:]}: ")
        except EOFError:
            return ""
    return sys.stdin.readline().rstrip("\r\n")


def cmd_sign(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..services.signing import (
        load_signing_settings,
        save_signing_settings,
        sign_report,
        stored_secret,
    )
    from ..services.store import open_store

    if (args.token or args.key) and args.p12:
        raise KehoachError("--token và --key chỉ dùng khi ký bằng token (--pkcs11-lib).")
    if args.page == 0:
        raise KehoachError("Số trang bắt đầu từ 1 (hoặc -1 cho trang cuối).")

    store = open_store(getattr(args, "data_dir", None))
    try:
        settings = load_signing_settings(store)
        if args.p12:
            settings = replace(settings, method="pkcs12", p12_path=str(Path(args.p12).resolve()))
        elif args.pkcs11_lib:
            settings = replace(
                settings,
                method="pkcs11",
                pkcs11_lib=str(Path(args.pkcs11_lib).resolve()),
                token_label=args.token or "",
                key_label=args.key or "",
            )
        elif not (settings.p12_path if settings.method == "pkcs12" else settings.pkcs11_lib):
            raise KehoachError(
                "Chưa chọn cách ký: dùng --p12 TỆP hoặc --pkcs11-lib ĐƯỜNG_DẪN --token NHÃN "
                "(hoặc lưu cài đặt ký số)."
            )
        else:
            settings = replace(
                settings,
                token_label=args.token or settings.token_label,
                key_label=args.key or settings.key_label,
            )
        if args.save_settings:
            settings = replace(
                settings,
                reason=args.reason or settings.reason,
                location=args.location or settings.location,
                timestamp_url=args.timestamp_url or settings.timestamp_url,
            )
            save_signing_settings(store, settings)
        secret = stored_secret(settings)
        if secret is None:
            secret = _read_secret(settings.secret_name)
        # users count pages from 1; negative numbers count from the end (-1: the last page)
        page = -1 if args.page is None else (args.page - 1 if args.page > 0 else args.page)
        signed = sign_report(
            store,
            args.file,
            args.output,
            settings.signer(secret),
            reason=args.reason,
            location=args.location,
            box_text=args.box_text.replace("\\n", "\n") if args.box_text else None,
            timestamp_url=args.timestamp_url,
            page=page,
            box=args.box,
        )
    finally:
        store.close()
    if args.json:
        print_json(
            {
                "path": str(signed.path),
                "field_name": signed.field_name,
                "page": signed.page,
                "box": list(signed.box),
                "on_signature_block": signed.on_signature_block,
                "signer_name": signed.signer_name,
                "certificate_expires": signed.certificate_expires,
                "timestamped": signed.timestamped,
            }
        )
        return 0
    where = "trên khối chữ ký" if signed.on_signature_block else "ở vị trí đã chọn"
    if not signed.on_signature_block and args.box is None:
        where = "ở góc dưới bên phải (không tìm thấy khối chữ ký)"
    say(
        f"Đã ký số {signed.path}: người ký {signed.signer_name}, ô chữ ký ở trang {signed.page} "
        f"{where}{', có dấu thời gian' if signed.timestamped else ''}."
    )
    return 0
