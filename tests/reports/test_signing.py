"""Digital signature of the report PDF: PAdES with a PKCS#12 file and with a PKCS#11 token.

Real cryptography throughout: a test CA and signer made with ``cryptography``, a SoftHSM2 token
initialised in a temp folder, a local RFC 3161 server; the signed files are checked with
pyHanko's validator (trusting only the test CA) and read back with poppler.
"""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.status import SignatureCoverageLevel
from reportlab.pdfgen.canvas import Canvas

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.reports.fonts import REGULAR, register_pdf_fonts
from kehoach_desktop.reports.pdf import write_pdf
from kehoach_desktop.reports.signing import (
    Pkcs11Signer,
    Pkcs12Signer,
    SignedPdf,
    list_pkcs11_tokens,
    sign_pdf,
    signature_box_text,
)
from tests.reports.conftest import pdf_text, pdf_words
from tests.reports.pki import (
    KEY_LABEL,
    P12_PASSPHRASE,
    SIGNER_NAME,
    Issued,
    SoftHsmToken,
    make_ca,
    make_signer,
    softhsm_token,
    start_timestamp_server,
    validate,
    write_p12,
)
from tests.reports.sample import build_sample_report

BOX_TEXT = "Ký bởi: Nguyễn Phạm Tuyển\nPHÓ CHỦ TỊCH\nỦY BAN NHÂN DÂN XÃ TÀ LÀI\nNgày ký: 22/11/2026"


@dataclasses.dataclass(frozen=True)
class Pki:
    ca: Issued
    p12: Path
    expired_p12: Path
    future_p12: Path
    ascii_p12: Path  # CN "NGUYEN PHAM TUYEN", as many Vietnamese CAs write it


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca = make_ca()
    now = datetime.now(UTC)
    expired = make_signer(
        ca, valid_from=now - timedelta(days=400), valid_to=now - timedelta(days=3)
    )
    future = make_signer(
        ca, valid_from=now + timedelta(days=10), valid_to=now + timedelta(days=400)
    )
    return Pki(
        ca=ca,
        p12=write_p12(folder / "pho_chu_tich.p12", make_signer(ca), ca),
        expired_p12=write_p12(folder / "het_han.p12", expired, ca),
        future_p12=write_p12(folder / "chua_hieu_luc.p12", future, ca),
        ascii_p12=write_p12(folder / "khong_dau.p12", make_signer(ca, "NGUYEN PHAM TUYEN"), ca),
    )


@pytest.fixture(scope="module")
def token() -> SoftHsmToken:
    return softhsm_token()


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample quarterly report without its appendix: the signature block is on the last page."""
    path = tmp_path_factory.mktemp("report") / "bao_cao.pdf"
    write_pdf(dataclasses.replace(build_sample_report(), appendices=[]), path)
    return path


@pytest.fixture(scope="module")
def report_with_appendix_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report_appendix") / "bao_cao_phu_luc.pdf"
    write_pdf(build_sample_report(), path)
    return path


def p12_signer(
    pki: Pki, path: Path | None = None, passphrase: str = P12_PASSPHRASE
) -> Pkcs12Signer:
    return Pkcs12Signer(path or pki.p12, passphrase)


def hsm_signer(token: SoftHsmToken, **changes: object) -> Pkcs11Signer:
    signer = Pkcs11Signer(token.module, pin=token.pin, token_label=token.label)
    return dataclasses.replace(signer, **changes)  # type: ignore[arg-type]


def page_count(path: Path) -> int:
    with path.open("rb") as handle:
        return int(PdfFileReader(handle).root["/Pages"]["/Count"])


def field_widget(path: Path, index: int = 0) -> tuple[int, tuple[float, ...]]:
    """(0-based page index, /Rect) of the ``index``-th signature's widget, read from the file."""
    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        field = reader.embedded_signatures[index].sig_field
        rect = tuple(float(v) for v in field["/Rect"])
        page_ref = field.raw_get("/P")
        pages = [reader.find_page_for_modification(i)[0] for i in range(page_count(path))]
        return [p.idnum for p in pages].index(page_ref.idnum), rect


def box_words(path: Path, page: int, rect: tuple[float, ...]) -> list[str]:
    """The words poppler finds on ``page`` (0-based) inside ``rect`` (PDF coordinates)."""
    sheet = pdf_words(path)[page]
    x1, y1, x2, y2 = rect
    top, bottom = sheet.height - y2, sheet.height - y1
    return [
        w.text
        for w in sheet.words
        if w.x0 >= x1 - 0.5 and w.x1 <= x2 + 0.5 and w.y0 >= top - 0.5 and w.y1 <= bottom + 0.5
    ]


def crop_text(path: Path, page: int, rect: tuple[float, ...]) -> list[str]:
    """The text lines poppler extracts from ``rect`` on ``page`` (0-based)."""
    height = pdf_words(path)[page].height
    x1, y1, x2, y2 = rect
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(page + 1), "-l", str(page + 1),
         "-x", str(int(x1)), "-y", str(int(height - y2)), "-W", str(int(x2 - x1) + 1),
         "-H", str(int(y2 - y1) + 1), str(path), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return [line.strip() for line in out.splitlines() if line.strip()]


def assert_pades_valid(status: object, attrs: list[str], sig: dict[str, str]) -> None:
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()  # type: ignore[attr-defined]
    assert status.bottom_line  # type: ignore[attr-defined]
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE  # type: ignore[attr-defined]
    assert status.md_algorithm == "sha256"  # type: ignore[attr-defined]
    # PAdES baseline: CAdES detached, the signer's certificate bound by signing-certificate-v2,
    # and no CMS signing-time (the time is the signature dictionary's /M)
    assert sig["/SubFilter"] == "/ETSI.CAdES.detached"
    assert {"content_type", "message_digest", "signing_certificate_v2"} <= set(attrs)
    assert "signing_time" not in attrs


# --------------------------------------------------------------------------- PKCS#12


def test_p12_signature_is_pades_valid_and_covers_the_whole_file(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "bao_cao_da_ky.pdf"
    steps: list[tuple[int, int, str]] = []
    result = sign_pdf(
        report_pdf,
        target,
        p12_signer(pki),
        reason="Ký ban hành báo cáo",
        location="Tà Lài, Đồng Nai",
        visible_box_text=BOX_TEXT,
        progress=lambda done, total, message: steps.append((done, total, message)),
    )
    assert isinstance(result, SignedPdf)
    assert result.path == target.resolve() and result.signer_name == SIGNER_NAME
    assert result.field_name == "ChuKySo" and not result.timestamped
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]
    # an incremental update: the report's bytes are kept as they were
    assert target.read_bytes().startswith(report_pdf.read_bytes())

    status, attrs, sig = validate(target, [pki.ca.asn1])
    assert_pades_valid(status, attrs, sig)
    assert sig["/Reason"] == "Ký ban hành báo cáo"
    assert sig["/Location"] == "Tà Lài, Đồng Nai"
    assert sig["/Name"] == SIGNER_NAME


def test_a_legacy_pfx_signs_too_and_a_file_can_be_signed_in_place(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    legacy = write_p12(tmp_path / "xuat_tu_windows.pfx", make_signer(pki.ca), pki.ca, legacy=True)
    target = tmp_path / "bao_cao.pdf"
    target.write_bytes(report_pdf.read_bytes())
    sign_pdf(target, target, p12_signer(pki, legacy), visible_box_text=BOX_TEXT)
    status, attrs, sig = validate(target, [pki.ca.asn1])
    assert_pades_valid(status, attrs, sig)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao_cao.pdf", "xuat_tu_windows.pfx"]


def test_a_signature_from_another_ca_is_intact_but_not_trusted(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    sign_pdf(report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    status, _, _ = validate(target, [make_ca("CA khác").asn1])
    assert status.intact and not status.trusted and not status.bottom_line


def test_visible_box_is_on_the_last_page_with_the_vietnamese_text(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    pages = page_count(target)
    page, rect = field_widget(target)
    assert page == pages - 1 and result.page == pages
    assert rect == pytest.approx([round(v) for v in result.box], abs=0.01)

    lines = crop_text(target, page, rect)
    assert lines == BOX_TEXT.split("\n")
    assert all(unicodedata.is_normalized("NFC", line) for line in lines)
    # every line of the box sits inside it: pyHanko's widths are per 1000 em here (Liberation
    # Serif's own 2048 units would spread the glyphs far past the right edge). pyHanko marks
    # each line as one /ActualText span, which poppler reports as one "word".
    assert box_words(target, page, rect) == BOX_TEXT.split("\n")
    # the box brings its own embedded Liberation Serif, not pyHanko's default Courier
    fonts = subprocess.run(
        ["pdffonts", str(target)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert any("LiberationSerif-Identity-H" in row for row in fonts)
    assert all(row.split()[-5] == "yes" for row in fonts), fonts  # the "emb" column
    assert not any("Courier" in row or "Helvetica" in row for row in fonts)


def test_box_fills_the_signature_space_between_title_and_name(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    assert result.on_signature_block
    page, (x1, y1, x2, y2) = field_widget(target)
    sheet = pdf_words(report_pdf)[page]
    words = sheet.words
    first = next(
        i for i in range(len(words) - 2)
        if [w.text for w in words[i : i + 3]] == ["Nguyễn", "Phạm", "Tuyển"]
    )  # fmt: skip
    name = words[first : first + 3]
    title = max((w for w in words if w.text == "TỊCH"), key=lambda w: w.y0)  # "PHÓ CHỦ TỊCH"
    assert sheet.height - name[0].y0 < y1  # above the signer's name...
    assert y2 < sheet.height - title.y1  # ...below the title
    assert y2 - y1 >= 60  # most of the 28 mm signature space
    assert x1 < name[0].x0 and name[-1].x1 < x2
    assert (x1 + x2) / 2 == pytest.approx((name[0].x0 + name[-1].x1) / 2, abs=3)


def test_with_an_appendix_the_box_goes_to_the_signature_block_page(
    pki: Pki, report_with_appendix_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(report_with_appendix_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    page, _ = field_widget(target)
    signature_page = next(
        i for i, p in enumerate(pdf_words(report_with_appendix_pdf)) if any(
            w.text == "nhận:" for w in p.words
        )
    )  # fmt: skip
    assert page == signature_page < page_count(target) - 1
    assert result.on_signature_block and result.page == signature_page + 1


def test_a_certificate_name_without_diacritics_still_finds_the_signature_block(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(report_pdf, target, p12_signer(pki, pki.ascii_p12))
    assert result.signer_name == "NGUYEN PHAM TUYEN" and result.on_signature_block
    page, rect = field_widget(target)
    assert crop_text(target, page, rect)[0] == "Ký bởi: NGUYEN PHAM TUYEN"


def test_a_pdf_without_a_signature_block_gets_the_box_in_the_lower_right_corner(
    pki: Pki, tmp_path: Path
) -> None:
    register_pdf_fonts()
    source = tmp_path / "cong_van.pdf"
    canvas = Canvas(str(source), initialFontName=REGULAR)
    canvas.setFont(REGULAR, 13)
    canvas.drawString(85, 750, "Công văn không có khối chữ ký.")
    canvas.showPage()
    canvas.drawString(85, 750, "Trang hai.")
    canvas.save()
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(source, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    assert not result.on_signature_block and result.page == 2
    _, (x1, y1, x2, y2) = field_widget(target)
    assert 595 - 15 * 72 / 25.4 == pytest.approx(x2, abs=1)  # inside the NĐ30 right margin
    assert y1 == pytest.approx(20 * 72 / 25.4, abs=1)
    assert validate(target, [pki.ca.asn1])[0].bottom_line


def test_the_name_is_found_when_a_recipient_line_shares_its_baseline(
    pki: Pki, tmp_path: Path
) -> None:
    register_pdf_fonts()
    source = tmp_path / "khoi_chu_ky.pdf"
    canvas = Canvas(str(source), initialFontName=REGULAR)
    canvas.setFont(REGULAR, 11)
    canvas.drawString(85, 529, "- Lưu: VT, VHXH.")  # left column, same baseline as the name
    canvas.drawCentredString(424, 626, "PHÓ CHỦ TỊCH")
    canvas.drawCentredString(424, 529, "Nguyễn Phạm Tuyển")
    canvas.save()
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(source, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    assert result.on_signature_block
    x1, y1, x2, y2 = result.box
    assert 529 + 11 < y1 < y2 < 626 and (x1 + x2) / 2 == pytest.approx(424, abs=3)


def test_an_explicit_box_and_page_are_used_as_given(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    result = sign_pdf(
        report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT, page=0,
        box=(300, 4, 540, 54),
    )  # fmt: skip
    assert not result.on_signature_block and result.page == 1
    assert field_widget(target) == (0, (300.0, 4.0, 540.0, 54.0))  # in the bottom margin
    assert crop_text(target, 0, (300, 4, 540, 54)) == BOX_TEXT.split("\n")


def test_default_box_text_names_the_certificate_holder_and_today(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    sign_pdf(report_pdf, target, p12_signer(pki))
    page, rect = field_widget(target)
    assert crop_text(target, page, rect) == signature_box_text(SIGNER_NAME).split("\n")
    assert signature_box_text(
        "Nguyễn Phạm Tuyển", "Phó Chủ tịch", "Ủy ban nhân dân xã Tà Lài",
        datetime(2026, 11, 22).date(),
    ) == BOX_TEXT  # fmt: skip


def test_a_second_signature_leaves_the_first_one_valid(
    pki: Pki, token: SoftHsmToken, report_pdf: Path, tmp_path: Path
) -> None:
    once = tmp_path / "ky_lan_1.pdf"
    twice = tmp_path / "ky_lan_2.pdf"
    sign_pdf(report_pdf, once, p12_signer(pki), visible_box_text=BOX_TEXT)
    second = sign_pdf(once, twice, hsm_signer(token), visible_box_text=BOX_TEXT, page=0,
                      box=(350, 60, 550, 130))  # fmt: skip
    assert second.field_name == "ChuKySo2"
    first, _, _ = validate(twice, [pki.ca.asn1], index=0)
    assert first.intact and first.valid and first.trusted
    assert first.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert first.modification_level is not None and first.bottom_line
    last, attrs, sig = validate(twice, [token.ca.asn1], index=1)
    assert_pades_valid(last, attrs, sig)
    with pytest.raises(KehoachError, match="đã có chữ ký trong ô “ChuKySo”"):
        sign_pdf(twice, tmp_path / "lan_3.pdf", p12_signer(pki), field_name="ChuKySo")


def test_timestamp_server_makes_it_pades_b_t(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    server = start_timestamp_server()
    try:
        target = tmp_path / "da_ky.pdf"
        result = sign_pdf(
            report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT,
            timestamp_url=server.url,
        )  # fmt: skip
    finally:
        server.close()
    assert result.timestamped
    status, attrs, sig = validate(target, [pki.ca.asn1], ts_trust=[server.tsa_cert])
    assert_pades_valid(status, attrs, sig)
    assert status.timestamp_validity is not None
    assert status.timestamp_validity.intact and status.timestamp_validity.valid
    assert status.timestamp_validity.trusted


# --------------------------------------------------------------------------- PKCS#11


def test_softhsm_token_is_listed_with_its_vietnamese_label(token: SoftHsmToken) -> None:
    tokens = list_pkcs11_tokens(token.module)
    assert [t.label for t in tokens] == [token.label]  # the empty spare slot is not a token
    assert tokens[0].model.startswith("SoftHSM")


@pytest.mark.parametrize(
    "choice",
    [
        {},  # the token by label, its only key
        {"token_label": None},  # the only token present
        {"key_label": KEY_LABEL},
        {"key_id": b"\x01", "key_label": None},
    ],
)
def test_pkcs11_signature_from_softhsm_is_pades_valid(
    token: SoftHsmToken, report_pdf: Path, tmp_path: Path, choice: dict[str, object]
) -> None:
    target = tmp_path / "da_ky_token.pdf"
    result = sign_pdf(report_pdf, target, hsm_signer(token, **choice), visible_box_text=BOX_TEXT)
    assert result.signer_name == SIGNER_NAME and result.on_signature_block
    status, attrs, sig = validate(target, [token.ca.asn1])
    assert_pades_valid(status, attrs, sig)
    page, rect = field_widget(target)
    assert page == page_count(target) - 1
    assert crop_text(target, page, rect) == BOX_TEXT.split("\n")


def test_pkcs11_by_slot_id(token: SoftHsmToken, report_pdf: Path, tmp_path: Path) -> None:
    slot = list_pkcs11_tokens(token.module)[0].slot
    target = tmp_path / "da_ky.pdf"
    sign_pdf(report_pdf, target, hsm_signer(token, token_label=None, slot=slot))
    assert validate(target, [token.ca.asn1])[0].bottom_line


# --------------------------------------------------------------------------- refusals


def _not_a_pdf(tmp: Path) -> Path:
    path = tmp / "bao_cao.pdf"
    path.write_text("Đây là văn bản, không phải PDF.", encoding="utf-8")
    return path


def _truncated_pdf(tmp: Path, report: Path) -> Path:
    path = tmp / "bao_cao_cut.pdf"
    path.write_bytes(report.read_bytes()[:4000])
    return path


REFUSALS = [
    # (case, signer, source, expected message part)
    ("wrong passphrase", lambda pki, tok, tmp: p12_signer(pki, passphrase="sai mật khẩu"),
     None, "Mật khẩu của tệp chứng thư số pho_chu_tich.p12 không đúng"),
    ("p12 missing", lambda pki, tok, tmp: p12_signer(pki, tmp / "khong_co.p12"),
     None, "Không tìm thấy tệp chứng thư số"),
    ("not a p12", lambda pki, tok, tmp: p12_signer(pki, _not_a_pdf(tmp)),
     None, "Tệp bao_cao.pdf không phải là tệp chứng thư số PKCS#12"),
    ("expired certificate", lambda pki, tok, tmp: p12_signer(pki, pki.expired_p12),
     None, "Chứng thư số của Nguyễn Phạm Tuyển (tệp chứng thư số het_han.p12) đã hết hạn ngày"),
    ("certificate not yet valid", lambda pki, tok, tmp: p12_signer(pki, pki.future_p12),
     None, "(tệp chứng thư số chua_hieu_luc.p12) chưa có hiệu lực"),
    ("wrong PIN", lambda pki, tok, tmp: hsm_signer(tok, pin="000000"),
     None, "Mã PIN của token “Token UBND Tà Lài” không đúng"),
    ("PIN of a wrong length", lambda pki, tok, tmp: hsm_signer(tok, pin="1"),
     None, "Mã PIN của token “Token UBND Tà Lài” không đúng"),
    ("no PIN", lambda pki, tok, tmp: hsm_signer(tok, pin=""),
     None, "Chưa nhập mã PIN của token “Token UBND Tà Lài”"),
    ("missing driver", lambda pki, tok, tmp: hsm_signer(tok, module_path=tmp / "libvnpt.so"),
     None, "Không tìm thấy trình điều khiển token (PKCS#11) tại"),
    ("driver is not a library", lambda pki, tok, tmp: hsm_signer(tok, module_path=_not_a_pdf(tmp)),
     None, "Không nạp được trình điều khiển token (PKCS#11) bao_cao.pdf"),
    ("token not found", lambda pki, tok, tmp: hsm_signer(tok, token_label="ePass2003 Viettel-CA"),
     None, "Không tìm thấy token “ePass2003 Viettel-CA” qua trình điều khiển libsofthsm2.so "
           "(đang cắm: “Token UBND Tà Lài”)"),
    ("key not found", lambda pki, tok, tmp: hsm_signer(tok, key_label="Khóa khác"),
     None, "Không tìm thấy khóa ký “Khóa khác” trên token “Token UBND Tà Lài”"),
    ("not a PDF", lambda pki, tok, tmp: p12_signer(pki),
     _not_a_pdf, "Tệp bao_cao.pdf không phải là tệp PDF"),
    ("truncated PDF", lambda pki, tok, tmp: p12_signer(pki),
     "truncated", "Tệp bao_cao_cut.pdf không phải là tệp PDF hợp lệ"),
    ("missing PDF", lambda pki, tok, tmp: p12_signer(pki),
     lambda tmp: tmp / "khong_co.pdf", "Không tìm thấy tệp"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("make_signer_config", "make_source", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in REFUSALS],
)
def test_refusals_are_one_vietnamese_line_and_leave_no_file(
    pki: Pki,
    token: SoftHsmToken,
    report_pdf: Path,
    tmp_path: Path,
    make_signer_config,  # type: ignore[no-untyped-def]
    make_source,  # type: ignore[no-untyped-def]
    message: str,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    if make_source is None:
        source = report_pdf
    elif make_source == "truncated":
        source = _truncated_pdf(inputs, report_pdf)
    else:
        source = make_source(inputs)
    config = make_signer_config(pki, token, inputs)
    target = out / "bao_cao_da_ky.pdf"
    with pytest.raises(KehoachError) as caught:
        sign_pdf(source, target, config, visible_box_text=BOX_TEXT)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text and unicodedata.is_normalized("NFC", text)
    assert list(out.iterdir()) == []  # neither the target nor a temp file


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ({"page": 9}, "Tài liệu có 4 trang, không có trang 10."),
        ({"page": -5}, "Tài liệu có 4 trang, không có trang -5."),
        ({"box": (300, 200, 100, 260)}, "không hợp lệ: cần x1 < x2 và y1 < y2"),
    ],
)
def test_a_wrong_page_or_box_is_refused_before_the_token_is_opened(
    token: SoftHsmToken, report_pdf: Path, tmp_path: Path, where: dict[str, object], message: str
) -> None:
    # a wrong PIN would be refused too: the page/box message proves nothing was tried on the token
    with pytest.raises(KehoachError, match=message):
        sign_pdf(report_pdf, tmp_path / "a.pdf", hsm_signer(token, pin="000000"), **where)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_failed_signature_leaves_an_existing_target_as_it_was(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    target.write_bytes(b"ban cu")
    with pytest.raises(KehoachError, match="không đúng"):
        sign_pdf(report_pdf, target, p12_signer(pki, passphrase="sai"))
    assert target.read_bytes() == b"ban cu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["da_ky.pdf"]


def test_an_unreachable_timestamp_server_is_refused_without_output(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    server = start_timestamp_server()
    url = server.url
    server.close()  # nothing listens there any more
    target = tmp_path / "da_ky.pdf"
    with pytest.raises(KehoachError, match=f"Không lấy được dấu thời gian từ {url}"):
        sign_pdf(report_pdf, target, p12_signer(pki), timestamp_url=url)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_output_folder_is_refused(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    with pytest.raises(KehoachError, match="Không có thư mục .*khong_co"):
        sign_pdf(report_pdf, tmp_path / "khong_co" / "a.pdf", p12_signer(pki))


def test_an_altered_signed_file_no_longer_validates(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    sign_pdf(report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    data = bytearray(target.read_bytes())
    inside_a_page = data.index(b"stream", len(report_pdf.read_bytes()) // 3) + 60
    data[inside_a_page] ^= 0x01  # one bit of the signed report's content
    altered = tmp_path / "sua.pdf"
    altered.write_bytes(bytes(data))
    status, _, _ = validate(altered, [pki.ca.asn1])
    assert not status.intact and not status.bottom_line


def test_report_text_still_extracts_after_signing(
    pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "da_ky.pdf"
    sign_pdf(report_pdf, target, p12_signer(pki), visible_box_text=BOX_TEXT)
    text = pdf_text(target, layout=False)
    assert "Nơi nhận:" in text and "KT. CHỦ TỊCH" in text
    assert "ỦY BAN NHÂN DÂN XÃ TÀ LÀI" in text and "Ngày ký: 22/11/2026" in text
