"""`kehoach sign`: PAdES signing from the command line, run as a real process.

The passphrase/PIN comes from stdin or $KEHOACH_SIGN_PIN, never from an argument; failures are
one Vietnamese line on stderr with exit code 1 and no output file.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_desktop.reports.pdf import write_pdf
from tests.reports.pki import (
    P12_PASSPHRASE,
    SIGNER_NAME,
    Issued,
    SoftHsmToken,
    make_ca,
    make_signer,
    softhsm_token,
    validate,
    write_p12,
)
from tests.reports.sample import build_sample_report


@pytest.fixture(scope="module")
def token() -> SoftHsmToken:
    return softhsm_token()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Issued]:
    """(report PDF whose last page holds the signature block, a .p12, its CA)."""
    folder = tmp_path_factory.mktemp("cli-sign")
    pdf = folder / "bao_cao_quy_3.pdf"
    write_pdf(dataclasses.replace(build_sample_report(), appendices=[]), pdf)
    ca = make_ca()
    return pdf, write_p12(folder / "pho chu tich.p12", make_signer(ca), ca), ca


def kehoach(
    *args: str, stdin: str = "", pin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KEHOACH_SIGN_PIN"}
    if pin is not None:
        env["KEHOACH_SIGN_PIN"] = pin
    return subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: "), result.stderr
    return lines[0]


def test_sign_with_a_p12_reading_the_passphrase_from_stdin(
    data_dir: Path, files: tuple[Path, Path, Issued], tmp_path: Path
) -> None:
    pdf, p12, ca = files
    out = tmp_path / "bao_cao_da_ky.pdf"
    result = kehoach("sign", str(pdf), "-o", str(out), "--p12", str(p12),
                     "--reason", "Ký ban hành", stdin=P12_PASSPHRASE + "\n")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Đã ký số {out}: người ký {SIGNER_NAME}, ô chữ ký ở trang 4 trên khối chữ ký."
    )
    status, _, sig = validate(out, [ca.asn1])
    assert status.bottom_line and sig["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig["/Reason"] == "Ký ban hành"


def test_sign_with_the_softhsm_token_pin_from_the_environment_as_json(
    data_dir: Path, token: SoftHsmToken, files: tuple[Path, Path, Issued], tmp_path: Path
) -> None:
    pdf, _, _ = files
    out = tmp_path / "da_ky_token.pdf"
    result = kehoach("sign", str(pdf), "-o", str(out), "--pkcs11-lib", str(token.module),
                     "--token", token.label, "--json", pin=token.pin)  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["path"] == str(out) and answer["page"] == 4
    assert answer["on_signature_block"] is True and answer["signer_name"] == SIGNER_NAME
    assert answer["timestamped"] is False and answer["field_name"] == "ChuKySo"
    assert validate(out, [token.ca.asn1])[0].bottom_line


def test_saved_token_settings_are_used_when_no_method_is_given(
    data_dir: Path, token: SoftHsmToken, files: tuple[Path, Path, Issued], tmp_path: Path
) -> None:
    pdf, _, _ = files
    first = kehoach("sign", str(pdf), "-o", str(tmp_path / "a.pdf"), "--pkcs11-lib",
                    str(token.module), "--token", token.label, "--location", "Tà Lài",
                    "--save-settings", pin=token.pin)  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = kehoach("sign", str(pdf), "-o", str(tmp_path / "b.pdf"), stdin=token.pin + "\n")
    assert again.returncode == 0, again.stderr
    status, _, sig = validate(tmp_path / "b.pdf", [token.ca.asn1])
    assert status.bottom_line and sig["/Location"] == "Tà Lài"
    assert token.pin not in (data_dir / "kehoach.sqlite3").read_bytes().decode("latin-1")


def test_an_explicit_page_and_box(
    data_dir: Path, files: tuple[Path, Path, Issued], tmp_path: Path
) -> None:
    pdf, p12, _ = files
    out = tmp_path / "da_ky.pdf"
    result = kehoach("sign", str(pdf), "-o", str(out), "--p12", str(p12), "--page", "1",
                     "--box", "300,4,540,54", "--box-text", "Ký bởi: Nguyễn Phạm Tuyển\\nPHÓ "
                     "CHỦ TỊCH", "--json", pin=P12_PASSPHRASE)  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["page"] == 1 and answer["box"] == [300, 4, 540, 54]
    assert answer["on_signature_block"] is False


@pytest.mark.parametrize(
    ("extra", "pin", "message"),
    [
        pytest.param(["--p12", "{p12}"], "sai mật khẩu",
                     "Lỗi: Mật khẩu của tệp chứng thư số pho chu tich.p12 không đúng.",
                     id="wrong passphrase"),
        pytest.param(["--pkcs11-lib", "{module}", "--token", "{label}"], "000000",
                     "Lỗi: Mã PIN của token “Token UBND Tà Lài” không đúng.", id="wrong PIN"),
        pytest.param(["--pkcs11-lib", "{tmp}/libepass2003.so", "--token", "{label}"], "1",
                     "Lỗi: Không tìm thấy trình điều khiển token (PKCS#11) tại "
                     "{tmp}/libepass2003.so.",
                     id="missing driver"),
        pytest.param(["--pkcs11-lib", "{module}", "--token", "VNPT-CA"], "1",
                     "Lỗi: Không tìm thấy token “VNPT-CA” qua trình điều khiển libsofthsm2.so",
                     id="token not found"),
        pytest.param([], "1", "Lỗi: Chưa chọn cách ký: dùng --p12 TỆP hoặc --pkcs11-lib",
                     id="no method"),
        pytest.param(["--p12", "{p12}", "--token", "X"], "1",
                     "Lỗi: --token và --key chỉ dùng khi ký bằng token (--pkcs11-lib).",
                     id="token label with a p12"),
    ],
)  # fmt: skip
def test_refusals(
    data_dir: Path,
    token: SoftHsmToken,
    files: tuple[Path, Path, Issued],
    tmp_path: Path,
    extra: list[str],
    pin: str,
    message: str,
) -> None:
    pdf, p12, _ = files
    values = {"p12": str(p12), "module": str(token.module), "label": token.label,
              "tmp": str(tmp_path)}  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    args = [part.format(**values) for part in extra]
    result = kehoach("sign", str(pdf), "-o", str(out / "da_ky.pdf"), *args, pin=pin)
    assert one_error_line(result).startswith(message.format(**values))
    assert list(out.iterdir()) == []


def test_a_file_that_is_not_a_pdf_is_refused(
    data_dir: Path, files: tuple[Path, Path, Issued], tmp_path: Path
) -> None:
    _, p12, _ = files
    fake = tmp_path / "bao_cao.pdf"
    fake.write_text("không phải PDF", encoding="utf-8")
    result = kehoach("sign", str(fake), "-o", str(tmp_path / "x.pdf"), "--p12", str(p12),
                     pin=P12_PASSPHRASE)  # fmt: skip
    assert one_error_line(result) == "Lỗi: Tệp bao_cao.pdf không phải là tệp PDF."
    assert not (tmp_path / "x.pdf").exists()


def test_the_pin_is_never_a_command_line_argument(
    data_dir: Path, files: tuple[Path, Path, Issued], tmp_path: Path
) -> None:
    pdf, p12, _ = files
    for option in ("--pin", "--passphrase", "--password"):
        result = kehoach("sign", str(pdf), "-o", str(tmp_path / "x.pdf"), "--p12", str(p12),
                         option, P12_PASSPHRASE)  # fmt: skip
        assert result.returncode == 2 and "tham số không hợp lệ" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    help_text = kehoach("sign", "--help").stdout
    assert "KEHOACH_SIGN_PIN" in help_text and "--pin" not in help_text
