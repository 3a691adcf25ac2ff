"""Signing a report through the service: settings kept in the store, defaults from the commune."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.reports.pdf import write_pdf
from kehoach_desktop.reports.signing import Pkcs11Signer, Pkcs12Signer
from kehoach_desktop.services.signing import (
    SETTING_KEY,
    SigningSettings,
    load_signing_settings,
    save_signing_settings,
    sign_report,
)
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import pdf_text
from tests.reports.pki import P12_PASSPHRASE, make_ca, make_signer, start_timestamp_server, validate
from tests.reports.pki import write_p12 as write_p12_file
from tests.reports.sample import build_sample_report

DEMO_BOX = "Ký bởi: Nguyễn Phạm Tuyển\nPHÓ CHỦ TỊCH\nỦY BAN NHÂN DÂN XÃ TÀ LÀI\nNgày ký: 22/11/2026"


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "bao_cao.pdf"
    write_pdf(dataclasses.replace(build_sample_report(), appendices=[]), path)
    return path


@pytest.fixture(scope="module")
def ca_and_p12s(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("pki")
    ca = make_ca()
    plain = write_p12_file(folder / "ky.p12", make_signer(ca), ca)
    ascii_name = write_p12_file(folder / "ascii.p12", make_signer(ca, "NGUYEN PHAM TUYEN"), ca)
    return ca, plain, ascii_name


def test_settings_round_trip_and_never_hold_a_secret(demo_store, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert load_signing_settings(demo_store) == SigningSettings()
    settings = SigningSettings(
        method="pkcs11",
        pkcs11_lib="C:\\Windows\\System32\\eps2003csp11v2.dll",
        token_label="VNPT-CA Tuye\u0302\u0309n",  # decomposed: stored NFC
        key_label="",
        location="Tà Lài",
    )
    save_signing_settings(demo_store, settings)
    again = load_signing_settings(demo_dir)  # by folder, through a store of its own
    assert again == dataclasses.replace(settings, token_label="VNPT-CA Tuyển")
    with sqlite3.connect(demo_dir / "kehoach.sqlite3") as conn:
        (raw,) = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING_KEY,)).fetchone()
    stored = json.loads(raw)
    assert not {"pin", "passphrase", "secret", "password"} & set(stored)
    assert stored["method"] == "pkcs11"


def test_settings_from_an_unknown_shape_fall_back_to_defaults() -> None:
    assert SigningSettings.from_dict(None) == SigningSettings()
    odd = SigningSettings.from_dict({"method": "usb", "p12_path": "a.p12", "future": 1})
    assert odd == SigningSettings(p12_path="a.p12")


def test_settings_build_the_signer_or_say_what_is_missing() -> None:
    with pytest.raises(KehoachError, match=r"Chưa chọn tệp chứng thư số \(.p12/.pfx\)"):
        SigningSettings().signer("x")
    with pytest.raises(KehoachError, match="Chưa chọn trình điều khiển token"):
        SigningSettings(method="pkcs11").signer("1234")
    p12 = SigningSettings(p12_path="/a/ky.p12").signer("mật-khẩu-bí")
    assert p12 == Pkcs12Signer(Path("/a/ky.p12"), "mật-khẩu-bí")
    token = SigningSettings(method="pkcs11", pkcs11_lib="/x.so", token_label="T").signer("975310")
    assert token == Pkcs11Signer(Path("/x.so"), pin="975310", token_label="T")
    assert "975310" not in repr(token) and "bí" not in repr(p12)  # secrets stay out of logs


def test_sign_report_takes_the_box_text_and_place_from_the_commune(  # type: ignore[no-untyped-def]
    demo_store, report_pdf: Path, ca_and_p12s, tmp_path: Path
) -> None:
    ca, p12, _ = ca_and_p12s
    target = tmp_path / "bao_cao_da_ky.pdf"
    signed = sign_report(
        demo_store, report_pdf, target, Pkcs12Signer(p12, P12_PASSPHRASE), today=DEMO_TODAY
    )
    assert signed.on_signature_block and signed.path == target.resolve()
    status, _, sig = validate(target, [ca.asn1])
    assert status.bottom_line
    assert sig["/Location"] == "Tà Lài, Đồng Nai"
    assert sig["/Reason"] == "Ký ban hành văn bản"
    assert DEMO_BOX in pdf_text(target, layout=False)


def test_the_commune_spelling_is_used_when_the_certificate_has_no_diacritics(  # type: ignore[no-untyped-def]
    demo_store, report_pdf: Path, ca_and_p12s, tmp_path: Path
) -> None:
    _, _, ascii_p12 = ca_and_p12s
    target = tmp_path / "da_ky.pdf"
    signed = sign_report(
        demo_store, report_pdf, target, Pkcs12Signer(ascii_p12, P12_PASSPHRASE), today=DEMO_TODAY
    )
    assert signed.signer_name == "NGUYEN PHAM TUYEN" and signed.on_signature_block
    assert DEMO_BOX in pdf_text(target, layout=False)


def test_sign_report_uses_the_saved_reason_location_and_timestamp_server(  # type: ignore[no-untyped-def]
    demo_store, report_pdf: Path, ca_and_p12s, tmp_path: Path
) -> None:
    ca, p12, _ = ca_and_p12s
    server = start_timestamp_server()
    try:
        save_signing_settings(
            demo_store,
            SigningSettings(
                p12_path=str(p12),
                reason="Phê duyệt báo cáo quý",
                location="UBND xã Tà Lài",
                timestamp_url=server.url,
            ),
        )
        settings = load_signing_settings(demo_store)
        target = tmp_path / "da_ky.pdf"
        signed = sign_report(demo_store, report_pdf, target, settings.signer(P12_PASSPHRASE))
    finally:
        server.close()
    assert signed.timestamped
    status, _, sig = validate(target, [ca.asn1], ts_trust=[server.tsa_cert])
    assert status.bottom_line and status.timestamp_validity is not None
    assert (sig["/Reason"], sig["/Location"]) == ("Phê duyệt báo cáo quý", "UBND xã Tà Lài")


def test_sign_report_refuses_with_the_file_name_and_writes_nothing(  # type: ignore[no-untyped-def]
    demo_store, report_pdf: Path, ca_and_p12s, tmp_path: Path
) -> None:
    _, p12, _ = ca_and_p12s
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KehoachError, match="Mật khẩu của tệp chứng thư số ky.p12 không đúng"):
        sign_report(demo_store, report_pdf, out / "a.pdf", Pkcs12Signer(p12, "sai"))
    assert list(out.iterdir()) == []
