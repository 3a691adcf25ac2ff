"""Digital signature of a report PDF: PAdES with pyHanko, from a PKCS#12 file or a PKCS#11 token.

The signature is PAdES B-B (ETSI.CAdES.detached, ESS signing-certificate-v2, SHA-256), or B-T
when a timestamp server URL is given. It is an incremental update: the report's bytes are kept
as they are and the signature covers the whole file. The visible box is drawn in Liberation
Serif through pyHanko's OpenType engine, so Vietnamese renders and extracts correctly; by
default it goes over the signature block, between the signer's title and name (see
:mod:`kehoach_desktop.reports.signature_box`).

Every expected failure — wrong passphrase or PIN, missing driver, token or key not found,
expired certificate, a file that is not a PDF — is a :class:`KehoachError` with one Vietnamese
line naming the file or token. The signed file is written to a temporary file beside the target
and renamed over it at the end, so a failure never leaves a half-written target.

No database and no Qt here: the settings live in :mod:`kehoach_desktop.services.signing`.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.text import nfc
from kehoach_desktop.core.vnformat import format_date

#: progress(done, total, message), as the PDF writer's.
Progress = Callable[[int, int, str], None]
#: The visible box's text, or a function of the certificate holder's name that gives it.
BoxText = str | Callable[[str], str]

DEFAULT_FIELD_NAME = "ChuKySo"
DIGEST = "sha256"


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class Pkcs12Signer:
    """A certificate and key in a PKCS#12 file (.p12/.pfx) protected by a passphrase."""

    path: Path
    passphrase: str = field(repr=False, default="")

    def describe(self) -> str:
        return f"tệp chứng thư số {Path(self.path).name}"


@dataclass(frozen=True)
class Pkcs11Signer:
    """A key on a PKCS#11 device (USB token, smart card, HSM).

    ``module_path`` is the vendor's driver (.dll on Windows, .so on Linux). The token is chosen by
    ``token_label`` or by ``slot`` (the slot ID the vendor's tool shows); with neither, the only
    token present. The key is chosen by ``key_label`` or ``key_id``; with neither, the only
    signing key on the token. The certificate is the one with the key's ID.
    """

    module_path: Path
    pin: str = field(repr=False, default="")
    token_label: str | None = None
    slot: int | None = None
    key_label: str | None = None
    key_id: bytes | None = None

    def describe(self) -> str:
        if self.token_label:
            return f"token “{self.token_label}”"
        if self.slot is not None:
            return f"token ở khe {self.slot}"
        return "token"


SignerConfig = Pkcs12Signer | Pkcs11Signer


@dataclass(frozen=True)
class SignedPdf:
    """What :func:`sign_pdf` did."""

    path: Path
    field_name: str
    page: int  # 1-based
    box: tuple[float, float, float, float]
    on_signature_block: bool  # False: given by the caller, or the fallback corner
    signer_name: str
    certificate_expires: date
    timestamped: bool


@dataclass(frozen=True)
class TokenInfo:
    """A token seen through a PKCS#11 driver (for the settings page)."""

    label: str
    slot: int
    serial: str
    manufacturer: str
    model: str


# --------------------------------------------------------------------------- public API


def signature_box_text(
    signer_name: str, title: str = "", body: str = "", when: date | None = None
) -> str:
    """The box text officials expect: "Ký bởi: …", title, body, "Ngày ký: dd/mm/yyyy"."""
    lines = [f"Ký bởi: {signer_name}", title.upper(), body.upper()]
    lines.append(f"Ngày ký: {format_date(when or date.today())}")
    return nfc("\n".join(line for line in lines if line.strip()))


def sign_pdf(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    signer: SignerConfig,
    *,
    reason: str = "",
    location: str = "",
    visible_box_text: BoxText | None = None,
    field_name: str | None = None,
    page: int = -1,
    box: tuple[float, float, float, float] | None = None,
    anchor: str | None = None,
    timestamp_url: str | None = None,
    progress: Progress | None = None,
) -> SignedPdf:
    """Sign ``source`` with a visible PAdES signature and write the result to ``target``.

    ``box`` is (x1, y1, x2, y2) in PDF points on ``page`` (0-based, negative from the end). Without
    it the box goes over the signature block: above the last line that reads ``anchor`` or the
    certificate holder's name, on whichever page that is; if no such line exists, in the lower
    right corner of ``page``. ``visible_box_text`` is the text, or a function of the certificate
    holder's name giving it; it defaults to "Ký bởi: <name>" and today's date. ``field_name``
    defaults to the first free of "ChuKySo", "ChuKySo2", … With ``timestamp_url`` the signature
    is timestamped there (PAdES B-T).

    Raises KehoachError (one Vietnamese line) on every expected failure; ``target`` is then
    left as it was.
    """
    from pyhanko.sign import fields
    from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner

    from kehoach_desktop.reports.signature_box import stamp_style

    source, target = Path(source), Path(target)
    steps = 5

    def step(done: int, message: str) -> None:
        if progress is not None:
            progress(done, steps, message)

    step(0, "Đang đọc tệp PDF")
    data = _read_pdf(source)
    writer, reader = _open_pdf(source, data)
    name = _field_name(writer, source, field_name)
    # a wrong page or box is refused before the user types a PIN
    page_index = _page_index(reader, page)
    if box is not None and (box[2] <= box[0] or box[3] <= box[1]):
        raise KehoachError(f"Ô chữ ký {box} không hợp lệ: cần x1 < x2 và y1 < y2.")
    step(1, "Đang mở chứng thư số")
    with _open_signer(signer) as pdf_signer_impl:
        cert = _signing_certificate(pdf_signer_impl)
        holder = _common_name(cert)
        _check_validity(cert, holder, signer)
        step(2, "Đang xác định vị trí chữ ký")
        if callable(visible_box_text):
            text = nfc(visible_box_text(holder))
        else:
            text = nfc(visible_box_text or "") or signature_box_text(holder)
        anchors = [text for text in (anchor, holder) if text]
        placement = _placement(reader, page_index, box, anchors)
        meta = PdfSignatureMetadata(
            field_name=name,
            reason=nfc(reason) or None,
            location=nfc(location) or None,
            name=holder,
            md_algorithm=DIGEST,
            subfilter=fields.SigSeedSubFilter.PADES,
        )
        timestamper = _timestamper(timestamp_url) if timestamp_url else None
        pdf_signer = PdfSigner(
            meta,
            pdf_signer_impl,
            timestamper=timestamper,
            stamp_style=stamp_style(text),
            new_field_spec=fields.SigFieldSpec(
                name,
                on_page=placement.page,
                box=tuple(round(v) for v in placement.box),  # type: ignore[arg-type]
            ),
        )
        step(3, "Đang ký")
        out = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, output=out, appearance_text_params={"box_text": text})
        except KehoachError:
            raise
        except Exception as exc:  # noqa: BLE001 - translated for the user, chained for the log
            raise _signing_failure(exc, signer, timestamp_url) from exc
    step(4, "Đang ghi tệp đã ký")
    _write_atomically(target, out.getvalue())
    step(5, "Đã ký")
    return SignedPdf(
        path=target.resolve(),
        field_name=name,
        page=placement.page + 1,
        box=tuple(float(round(v)) for v in placement.box),  # type: ignore[arg-type]
        on_signature_block=placement.found_block,
        signer_name=holder,
        certificate_expires=cert.not_valid_after_utc.date(),
        timestamped=timestamper is not None,
    )


def list_pkcs11_tokens(module_path: str | os.PathLike[str]) -> list[TokenInfo]:
    """The tokens present behind a PKCS#11 driver (for choosing one in the settings)."""
    path = Path(module_path)
    return [
        TokenInfo(
            label=token.label.strip(),
            slot=slot_id,
            serial=_text(token.serial),
            manufacturer=token.manufacturer_id.strip(),
            model=token.model.strip(),
        )
        for slot_id, token in _tokens(_load_pkcs11(path), path)
    ]


# --------------------------------------------------------------------------- the PDF


def _read_pdf(source: Path) -> bytes:
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise KehoachError(f"Không tìm thấy tệp {source}.") from None
    except IsADirectoryError:
        raise KehoachError(f"{source} là thư mục, không phải tệp PDF.") from None
    except OSError as exc:
        raise KehoachError(f"Không đọc được tệp {source}: {exc.strerror}.") from exc
    if b"%PDF-" not in data[:1024]:
        raise KehoachError(f"Tệp {source.name} không phải là tệp PDF.")
    return data


def _open_pdf(source: Path, data: bytes) -> tuple[Any, Any]:
    """pyHanko's incremental writer (to sign) and pypdf's reader (to find the signature block)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pypdf import PdfReader

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        writer.root  # noqa: B018 - parse the catalog now, not halfway through signing
        reader = PdfReader(io.BytesIO(data))
        len(reader.pages)  # likewise the page tree
    except Exception as exc:  # noqa: BLE001 - any parse failure means a damaged file
        raise KehoachError(
            f"Tệp {source.name} không phải là tệp PDF hợp lệ (có thể bị hỏng hoặc chưa ghi xong)."
        ) from exc
    if writer.prev.encrypted:
        raise KehoachError(f"Tệp {source.name} được đặt mật khẩu; hãy bỏ mật khẩu trước khi ký số.")
    return writer, reader


def _page_index(reader: Any, page: int) -> int:
    count = len(reader.pages)
    index = page if page >= 0 else count + page
    if not 0 <= index < count:
        shown = page + 1 if page >= 0 else page
        raise KehoachError(f"Tài liệu có {count} trang, không có trang {shown}.")
    return int(index)


def _field_name(writer: Any, source: Path, wanted: str | None) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    fields = {name: value for name, value, _ in enumerate_sig_fields(writer.prev)}
    if wanted:
        if fields.get(wanted) is not None:
            raise KehoachError(f"Tệp {source.name} đã có chữ ký trong ô “{wanted}”.")
        return wanted
    number = 1
    while True:
        name = DEFAULT_FIELD_NAME if number == 1 else f"{DEFAULT_FIELD_NAME}{number}"
        if name not in fields:
            return name
        number += 1


def _placement(
    reader: Any, index: int, box: tuple[float, float, float, float] | None, anchors: list[str]
) -> Any:
    from kehoach_desktop.reports.signature_box import Placement, fallback_box, find_signature_block

    if box is not None:
        return Placement(index, box, False)
    for anchor in anchors:
        found = find_signature_block(reader, anchor)
        if found is not None:
            return found
    media = reader.pages[index].mediabox
    corner = fallback_box(
        float(media.width), float(media.height), float(media.left), float(media.bottom)
    )
    return Placement(index, corner, False)


def _write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise KehoachError(f"Không có thư mục {folder} để ghi tệp đã ký.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise KehoachError(f"Không ghi được vào thư mục {folder}: {exc.strerror}.") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise KehoachError(
            f"Không ghi được tệp {target} ({exc.strerror}); tệp có đang mở ở chương trình khác?"
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- certificates


def _signing_certificate(signer: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(signer.signing_cert.dump())


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return nfc(str(names[0].value)) if names else cert.subject.rfc4514_string()


def _check_validity(cert: x509.Certificate, holder: str, signer: SignerConfig) -> None:
    now = datetime.now(UTC)
    where = signer.describe()
    if cert.not_valid_after_utc < now:
        expired = format_date(cert.not_valid_after_utc.date())
        raise KehoachError(
            f"Chứng thư số của {holder} ({where}) đã hết hạn ngày {expired}; không thể ký."
        )
    if cert.not_valid_before_utc > now:
        start = format_date(cert.not_valid_before_utc.date())
        raise KehoachError(
            f"Chứng thư số của {holder} ({where}) chưa có hiệu lực (từ ngày {start})."
        )


@contextmanager
def _open_signer(config: SignerConfig) -> Iterator[Any]:
    if isinstance(config, Pkcs12Signer):
        yield _pkcs12_signer(config)
    else:
        with _pkcs11_signer(config) as signer:
            yield signer


def _pkcs12_signer(config: Pkcs12Signer) -> Any:
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    path = Path(config.path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KehoachError(f"Không tìm thấy tệp chứng thư số {path}.") from None
    except OSError as exc:
        raise KehoachError(f"Không đọc được tệp chứng thư số {path}: {exc.strerror}.") from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, config.passphrase.encode("utf-8") if config.passphrase else None
        )
    except ValueError as exc:
        if _is_pkcs12(data):
            raise KehoachError(f"Mật khẩu của tệp chứng thư số {path.name} không đúng.") from exc
        raise KehoachError(
            f"Tệp {path.name} không phải là tệp chứng thư số PKCS#12 (.p12/.pfx)."
        ) from exc
    if key is None or cert is None:
        raise KehoachError(f"Tệp {path.name} không chứa khóa bí mật và chứng thư số để ký.")
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in extra]
    return SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def _is_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        asn1_pkcs12.Pfx.load(data)["auth_safe"]["content_type"].native  # noqa: B018
    except Exception:  # noqa: BLE001 - anything unparsable is simply not PKCS#12
        return False
    return True


# --------------------------------------------------------------------------- PKCS#11


def _load_pkcs11(path: Path) -> Any:
    import pkcs11

    if not path.is_file():
        raise KehoachError(f"Không tìm thấy trình điều khiển token (PKCS#11) tại {path}.")
    try:
        return pkcs11.lib(str(path))
    except Exception as exc:  # noqa: BLE001 - a broken or wrong-architecture library
        raise KehoachError(
            f"Không nạp được trình điều khiển token (PKCS#11) {path.name}: tệp không đúng "
            "hoặc không hợp với máy này."
        ) from exc


def _tokens(lib: Any, driver: Path) -> list[tuple[int, Any]]:
    """(slot ID, token) of every initialised token present (SoftHSM, for one, always shows
    an empty uninitialised token as well)."""
    from pkcs11 import TokenFlag
    from pkcs11.exceptions import PKCS11Error

    try:
        found = [(slot.slot_id, slot.get_token()) for slot in lib.get_slots(token_present=True)]
    except PKCS11Error as exc:
        raise KehoachError(
            f"Không đọc được danh sách token qua trình điều khiển {driver.name}: "
            f"{type(exc).__name__}."
        ) from exc
    return [(slot_id, t) for slot_id, t in found if t.flags & TokenFlag.TOKEN_INITIALIZED]


def _find_token(lib: Any, config: Pkcs11Signer) -> Any:
    driver = Path(config.module_path)
    tokens = _tokens(lib, driver)
    matches = _matching(tokens, config)
    if not matches:
        # some drivers only see tokens plugged in before they were initialised: look again
        with suppress(Exception):
            lib.reinitialize()
            tokens = _tokens(lib, driver)
            matches = _matching(tokens, config)
    if not matches:
        present = ", ".join(f"“{t.label.strip()}”" for _, t in tokens) or "không có token nào"
        raise KehoachError(
            f"Không tìm thấy {config.describe()} qua trình điều khiển {driver.name} "
            f"(đang cắm: {present}); hãy cắm token và thử lại."
        )
    if len(matches) > 1:
        labels = ", ".join(f"“{t.label.strip()}”" for t in matches)
        raise KehoachError(f"Có {len(matches)} token ({labels}); hãy chọn một token.")
    return matches[0]


def _matching(tokens: list[tuple[int, Any]], config: Pkcs11Signer) -> list[Any]:
    if config.token_label:
        return [t for _, t in tokens if t.label.strip() == config.token_label.strip()]
    if config.slot is not None:
        return [t for slot_id, t in tokens if slot_id == config.slot]
    return [t for _, t in tokens]


@contextmanager
def _pkcs11_signer(config: Pkcs11Signer) -> Iterator[Any]:
    from pkcs11 import PROTECTED_AUTH, Attribute, ObjectClass, TokenFlag
    from pkcs11.exceptions import (
        PinIncorrect,
        PinLenRange,
        PinLocked,
        PKCS11Error,
        UserPinNotInitialized,
    )
    from pyhanko.sign.pkcs11 import PKCS11Signer

    lib = _load_pkcs11(Path(config.module_path))
    token = _find_token(lib, config)
    label = token.label.strip()
    pin: Any = config.pin
    if not pin:
        if not token.flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH:
            raise KehoachError(f"Chưa nhập mã PIN của token “{label}”.")
        pin = PROTECTED_AUTH  # the PIN is typed on the reader's own keypad
    try:
        session = token.open(user_pin=pin)
    except (PinIncorrect, PinLenRange) as exc:
        raise KehoachError(f"Mã PIN của token “{label}” không đúng.") from exc
    except PinLocked as exc:
        raise KehoachError(
            f"Token “{label}” đã bị khóa vì nhập sai mã PIN quá số lần cho phép."
        ) from exc
    except UserPinNotInitialized as exc:
        raise KehoachError(f"Token “{label}” chưa được khởi tạo mã PIN người dùng.") from exc
    except PKCS11Error as exc:
        raise KehoachError(f"Không mở được token “{label}”: {type(exc).__name__}.") from exc
    try:
        query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY}
        if config.key_label:
            query[Attribute.LABEL] = config.key_label
        if config.key_id:
            query[Attribute.ID] = config.key_id
        keys = list(session.get_objects(query))
        wanted = f" “{config.key_label}”" if config.key_label else ""
        if not keys:
            raise KehoachError(f"Không tìm thấy khóa ký{wanted} trên token “{label}”.")
        if len(keys) > 1:
            raise KehoachError(
                f"Token “{label}” có {len(keys)} khóa ký{wanted}; hãy chọn khóa theo nhãn."
            )
        key = keys[0]
        key_id = _attribute(key, Attribute.ID)
        key_label = _attribute(key, Attribute.LABEL)
        cert_query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.CERTIFICATE}
        if key_id:
            cert_query[Attribute.ID] = key_id
        elif key_label:
            cert_query[Attribute.LABEL] = key_label
        certs = list(session.get_objects(cert_query))
        if not certs:
            raise KehoachError(
                f"Không tìm thấy chứng thư số đi kèm khóa “{key_label or key_id!r}” "
                f"trên token “{label}”."
            )
        signing_der = certs[0][Attribute.VALUE]
        # the other certificates on the token (the CA chain, if the vendor put it there) are
        # embedded too, so that a verifier offline can build the path
        chain = {
            der
            for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})
            if (der := obj[Attribute.VALUE]) != signing_der
        }
        yield PKCS11Signer(
            session,
            signing_cert=asn1_x509.Certificate.load(signing_der),
            ca_chain=[asn1_x509.Certificate.load(der) for der in sorted(chain)],
            key_id=key_id or None,
            key_label=None if key_id else key_label,
            other_certs_to_pull=(),
        )
    finally:
        with suppress(PKCS11Error):
            session.close()


def _attribute(obj: Any, attribute: Any) -> Any:
    from pkcs11.exceptions import PKCS11Error

    try:
        return obj[attribute]
    except (PKCS11Error, KeyError):
        return None


def _text(value: bytes | str) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip()
    return value.strip()


# --------------------------------------------------------------------------- failures


def _timestamper(url: str) -> Any:
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=20)


def _signing_failure(exc: Exception, signer: SignerConfig, timestamp_url: str | None) -> Exception:
    from pyhanko.sign.timestamps import TimestampRequestError

    if isinstance(exc, TimestampRequestError) or (
        timestamp_url and "timestamp" in f"{type(exc).__name__} {exc}".lower()
    ):
        return KehoachError(
            f"Không lấy được dấu thời gian từ {timestamp_url}; kiểm tra mạng hoặc ký không "
            "kèm dấu thời gian."
        )
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return KehoachError(f"Không ký được bằng {signer.describe()}: {detail}.")
