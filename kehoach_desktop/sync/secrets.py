"""Passwords of destinations: in the OS keyring (Windows Credential Locker, macOS Keychain,
Secret Service), never in the store or a plain file.

Where no keyring backend exists (a headless server), the environment variable
``KEHOACH_SECRET_<NAME>`` is read instead (NAME in upper case, other characters as "_").
Keyring backends that keep passwords in a plain file (keyrings.alt's PlaintextKeyring) or
that cannot work (the "fail" backend) count as no keyring.
"""

import os
import re
import unicodedata
from typing import Any

from ..core.domain import KehoachError

SERVICE = "kehoach-cds"
ENV_PREFIX = "KEHOACH_SECRET_"


def env_name(destination: str) -> str:
    """``KEHOACH_SECRET_MAY_CHU_XA`` for the destination "máy-chủ-xã"."""
    text = unicodedata.normalize("NFD", destination.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(ch for ch in text if not unicodedata.combining(ch))
    return ENV_PREFIX + re.sub(r"[^A-Z0-9]", "_", ascii_only.upper())


def keyring_backend() -> Any | None:
    """The usable keyring backend, or None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring):
        return None
    if type(backend).__name__ == "ChainerBackend" and not getattr(backend, "backends", []):
        return None
    if "plaintext" in type(backend).__name__.lower():
        return None
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001
        priority = 1.0
    return backend if priority >= 1 else None


def store_secret(destination: str, password: str) -> None:
    """Keep the password of ``destination`` in the OS keyring."""
    backend = keyring_backend()
    if backend is None:
        raise KehoachError(
            "Máy này không có kho mật khẩu của hệ điều hành (keyring) nên không lưu được mật "
            f"khẩu; hãy đặt biến môi trường {env_name(destination)} chứa mật khẩu thay thế."
        )
    try:
        backend.set_password(SERVICE, destination, password)
    except Exception as exc:  # noqa: BLE001 - every backend raises its own errors
        raise KehoachError(
            f"Không lưu được mật khẩu vào kho mật khẩu của hệ điều hành: {exc}"
        ) from exc


def get_secret(destination: str) -> str | None:
    """The password of ``destination``: from the keyring, else from the environment."""
    backend = keyring_backend()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, destination)
        except Exception:  # noqa: BLE001 - a locked or broken keyring: fall back
            found = None
        if found is not None:
            return str(found)
    return os.environ.get(env_name(destination))


def secret_source(destination: str) -> str | None:
    """Where the password of ``destination`` would come from: "keyring", "env" or None."""
    backend = keyring_backend()
    if backend is not None:
        try:
            if backend.get_password(SERVICE, destination) is not None:
                return "keyring"
        except Exception:  # noqa: BLE001
            pass
    return "env" if os.environ.get(env_name(destination)) is not None else None


def delete_secret(destination: str) -> None:
    backend = keyring_backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, destination)
    except Exception:  # noqa: BLE001 - nothing stored is fine
        return
