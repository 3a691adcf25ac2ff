"""Device keys: Ed25519 key pairs (``cryptography``), their fingerprints and signatures.

A device is named by its key: the device id is derived from the public key, so registering a
hamlet's public key at the office is all it takes to know the device. The private key is a PEM
file readable only by its owner, in the data folder; it is never put in the store (whose
backups travel on USB sticks).
"""

import base64
import binascii
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..core.domain import KehoachError

_PREFIX = "ed25519:"


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_public_key(raw: bytes) -> str:
    """The text form of a public key, as `device show` prints it: ``ed25519:<base64>``."""
    return _PREFIX + base64.b64encode(raw).decode("ascii")


def parse_public_key(text: str) -> bytes:
    """Read a public key as printed by `device show` (the ``ed25519:`` prefix is optional).

    Raises KehoachError with a Vietnamese message for anything that is not 32 bytes of base64.
    """
    cleaned = "".join(str(text).split())
    if cleaned.lower().startswith(_PREFIX):
        cleaned = cleaned[len(_PREFIX) :]
    try:
        raw = base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise KehoachError(
            f"Khóa công khai không hợp lệ: “{text}”. Hãy chép nguyên dòng public_key mà lệnh "
            "`kehoach device show` in ra trên máy của ấp (dạng ed25519:…, 44 ký tự base64)."
        )
    return raw


def fingerprint(raw_public: bytes) -> str:
    """A short form people can read out over the phone: ``3F2A-91C0-77DE-0B14``."""
    digest = hashlib.sha256(raw_public).hexdigest().upper()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def device_id_for(raw_public: bytes) -> str:
    """The device id: a UUID-shaped name derived from the public key."""
    return str(uuid.UUID(bytes=hashlib.sha256(b"kehoach-device:" + raw_public).digest()[:16]))


def verify(raw_public: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``data`` by ``raw_public``."""
    try:
        Ed25519PublicKey.from_public_bytes(raw_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DeviceKey:
    """This device's key pair."""

    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> "DeviceKey":
        return cls(Ed25519PrivateKey.generate())

    @property
    def public_raw(self) -> bytes:
        return _raw_public(self.private.public_key())

    @property
    def public_text(self) -> str:
        return encode_public_key(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    @property
    def device_id(self) -> str:
        return device_id_for(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    def save(self, path: Path) -> None:
        """Write the private key as PEM (PKCS#8), readable by its owner only, atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        temp = path.with_name(path.name + ".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, pem)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)

    @classmethod
    def load(cls, path: Path) -> "DeviceKey":
        """Read the private key; a missing or damaged file is a KehoachError."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KehoachError(
                f"Không tìm thấy khóa riêng của máy này ({path}). Nếu kho dữ liệu được chép từ "
                "máy khác, hãy tạo khóa mới (kehoach device rekey) và đăng ký lại với xã."
            ) from None
        except OSError as exc:
            raise KehoachError(f"Không đọc được khóa riêng {path}: {exc.strerror}") from exc
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise KehoachError(f"Tệp khóa riêng {path} bị hỏng: {exc}") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KehoachError(f"Tệp khóa riêng {path} không phải khóa Ed25519.")
        return cls(key)
