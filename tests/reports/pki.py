"""A test PKI for the signing tests: a CA, signer certificates, PKCS#12 files, a SoftHSM2 token
and a local RFC 3161 timestamp server. Everything is made at test time with ``cryptography``;
nothing is mocked: the token is a real PKCS#11 module (Debian's softhsm2) and the timestamp
server answers over HTTP on 127.0.0.1.

SoftHSM2 reads ``$SOFTHSM2_CONF`` once per process, when the module is first initialised, so
there is one token per test process (:func:`softhsm_token`); its tokens live in a temp folder.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SIGNER_NAME = "Nguyễn Phạm Tuyển"
SIGNER_ORG = "UBND xã Tà Lài"
P12_PASSPHRASE = "Mật-khẩu 2026"  # non-ASCII on purpose: encoded as UTF-8
TOKEN_LABEL = "Token UBND Tà Lài"
TOKEN_PIN = "246810"
SO_PIN = "87654321"
KEY_LABEL = "Chữ ký Phó Chủ tịch"
SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


@dataclass(frozen=True)
class Issued:
    """A certificate with its private key (cryptography objects)."""

    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @property
    def asn1(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.cert.public_bytes(serialization.Encoding.DER))


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_ca(name: str = "CA thử nghiệm Kế hoạch CĐS") -> Issued:
    key = _key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.COMMON_NAME, name),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=30))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(cert, key)


def make_signer(
    ca: Issued,
    common_name: str = SIGNER_NAME,
    *,
    valid_from: datetime | None = None,
    valid_to: datetime | None = None,
) -> Issued:
    """A signer certificate issued by ``ca`` (valid for a year from yesterday by default)."""
    key = _key()
    now = datetime.now(UTC)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, SIGNER_ORG),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from or now - timedelta(days=1))
        .not_valid_after(valid_to or now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(sign=True, ca=False), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False
        )
        .sign(ca.key, hashes.SHA256())
    )
    return Issued(cert, key)


def write_p12(
    path: Path,
    signer: Issued,
    ca: Issued,
    passphrase: str = P12_PASSPHRASE,
    *,
    legacy: bool = False,
) -> Path:
    """A .p12 holding the signer's key and certificate and the CA; ``legacy``: 3DES and SHA-1,
    as Windows and many CA tools still export .pfx files."""
    secret = passphrase.encode("utf-8")
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(2048)
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(secret)
        if legacy
        else serialization.BestAvailableEncryption(secret)
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            SIGNER_NAME.encode("utf-8"), signer.key, signer.cert, [ca.cert], encryption
        )
    )
    return path


# --------------------------------------------------------------------------- SoftHSM2


@dataclass(frozen=True)
class SoftHsmToken:
    module: Path
    conf: Path
    label: str
    pin: str
    signer: Issued
    ca: Issued


def softhsm_module() -> Path:
    """The SoftHSM2 PKCS#11 module; fails the test (never skips) if softhsm2 is missing."""
    if shutil.which("softhsm2-util") is None:
        pytest.fail("SoftHSM2 chưa được cài (apt-get install softhsm2; tests/run.sh cài sẵn).")
    for candidate in SOFTHSM_MODULES:
        if Path(candidate).is_file():
            return Path(candidate)
    pytest.fail(f"Không tìm thấy libsofthsm2.so ở {', '.join(SOFTHSM_MODULES)}.")


@functools.cache
def softhsm_token() -> SoftHsmToken:
    """A SoftHSM2 token in a temp folder holding a signer key, its certificate and the CA's.

    Sets ``$SOFTHSM2_CONF`` for this process (and the child processes it starts).
    """
    module = softhsm_module()
    folder = Path(tempfile.mkdtemp(prefix="kehoach-softhsm-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
        "log.level = ERROR\nslots.removable = false\n",
        encoding="utf-8",
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL,
         "--so-pin", SO_PIN, "--pin", TOKEN_PIN],
        check=True, capture_output=True,
    )  # fmt: skip
    ca = make_ca()
    signer = make_signer(ca)
    _import_into_token(module, signer, ca)
    return SoftHsmToken(module, conf, TOKEN_LABEL, TOKEN_PIN, signer, ca)


def _import_into_token(module: Path, signer: Issued, ca: Issued) -> None:
    import pkcs11
    from pkcs11 import Attribute
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    der_key = signer.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    lib = pkcs11.lib(str(module))
    lib.reinitialize()  # see the token initialised above, even if the module was loaded before
    token = lib.get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=TOKEN_PIN) as session:
        key = decode_rsa_private_key(der_key)
        key.update(
            {
                Attribute.TOKEN: True,
                Attribute.PRIVATE: True,
                Attribute.SENSITIVE: True,
                Attribute.EXTRACTABLE: False,
                Attribute.SIGN: True,
                Attribute.ID: b"\x01",
                Attribute.LABEL: KEY_LABEL,
            }
        )
        session.create_object(key)
        for cert, label, cka_id in ((signer, KEY_LABEL, b"\x01"), (ca, "CA", b"\xca")):
            attrs = decode_x509_certificate(cert.cert.public_bytes(serialization.Encoding.DER))
            attrs.update({Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.ID: cka_id})
            session.create_object(attrs)


# --------------------------------------------------------------------------- timestamps


@dataclass
class TimestampServer:
    url: str
    tsa_cert: asn1_x509.Certificate
    server: ThreadingHTTPServer

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def start_timestamp_server() -> TimestampServer:
    """An RFC 3161 server on 127.0.0.1 (pyHanko's DummyTimeStamper behind http.server)."""
    from pyhanko.sign.timestamps import DummyTimeStamper

    key = _key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA thử nghiệm")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    tsa_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    tsa_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    stamper = DummyTimeStamper(tsa_cert=tsa_cert, tsa_key=tsa_key)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return TimestampServer(f"http://127.0.0.1:{server.server_address[1]}/", tsa_cert, server)


# --------------------------------------------------------------------------- validation


def validate(path: Path, trust: list[asn1_x509.Certificate], index: int = 0,
             ts_trust: list[asn1_x509.Certificate] | None = None):  # type: ignore[no-untyped-def]  # fmt: skip
    """pyHanko's verdict on the ``index``-th signature of ``path``, trusting only ``trust``."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        signature = reader.embedded_signatures[index]
        status = validate_pdf_signature(
            signature,
            ValidationContext(trust_roots=trust),
            ValidationContext(trust_roots=ts_trust) if ts_trust else None,
        )
        attrs = [a["type"].native for a in signature.signer_info["signed_attrs"]]
        sig_dict = {
            key: str(signature.sig_object.get(key, ""))
            for key in ("/SubFilter", "/Reason", "/Location", "/Name")
        }
    return status, attrs, sig_dict
