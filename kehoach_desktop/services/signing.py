"""Signing a report PDF with the commune's digital certificate, and where that choice is kept.

The signing settings — method (PKCS#12 file or PKCS#11 token), the .p12 path, the token's
driver path, token and key labels, reason, location, timestamp server — are one JSON value in
the store's ``setting`` table under ``signing`` (through :mod:`.settings`, like the commune's
other business settings): written in a transaction, copied by the store's backups and restored
with it, and not synced to other devices (the table has no change sequence), which is right for
paths that belong to this PC. A passphrase or PIN is never part of them: it comes from the user
each time, or from the operating system's keyring when the optional ``keyring`` package is
installed and the user asked to remember it.

The report's text gives the defaults: the box reads "Ký bởi: <holder>", the signer's title, the
issuing body and today's date; it is placed above the signer's name as the commune prints it.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path
from typing import Literal

from ..core.domain import KehoachError
from ..core.text import clean, fold, nfc
from ..db.raw import raw_connection
from ..reports.signing import (
    Pkcs11Signer,
    Pkcs12Signer,
    Progress,
    SignedPdf,
    SignerConfig,
    sign_pdf,
    signature_box_text,
)
from .settings import get_setting, load_commune, set_setting
from .store import Store, open_store

SETTING_KEY = "signing"
KEYRING_SERVICE = "kehoach-cds-ky-so"
DEFAULT_REASON = "Ký ban hành văn bản"

Method = Literal["pkcs12", "pkcs11"]


@dataclass(frozen=True)
class SigningSettings:
    """How this office signs; never holds a passphrase or PIN."""

    method: Method = "pkcs12"
    p12_path: str = ""
    pkcs11_lib: str = ""
    token_label: str = ""
    key_label: str = ""
    reason: str = DEFAULT_REASON
    location: str = ""
    timestamp_url: str = ""
    remember_secret: bool = False  # keep the passphrase/PIN in the OS keyring

    @classmethod
    def from_dict(cls, raw: object) -> "SigningSettings":
        """Read settings saved by this or an older version; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        if values.get("method") not in ("pkcs12", "pkcs11"):
            values.pop("method", None)
        return cls(**values)

    @property
    def secret_name(self) -> str:
        """What the passphrase/PIN is called, for prompts and messages."""
        return "mật khẩu tệp chứng thư số" if self.method == "pkcs12" else "mã PIN của token"

    def signer(self, secret: str) -> SignerConfig:
        """The signer these settings describe, with the passphrase/PIN the user gave."""
        if self.method == "pkcs12":
            if not self.p12_path:
                raise KehoachError("Chưa chọn tệp chứng thư số (.p12/.pfx) để ký.")
            return Pkcs12Signer(Path(self.p12_path), passphrase=secret)
        if not self.pkcs11_lib:
            raise KehoachError("Chưa chọn trình điều khiển token (PKCS#11: tệp .dll/.so) để ký.")
        return Pkcs11Signer(
            Path(self.pkcs11_lib),
            pin=secret,
            token_label=self.token_label or None,
            key_label=self.key_label or None,
        )


# --------------------------------------------------------------------------- settings


@contextmanager
def _opened(store_or_folder: Store | str | os.PathLike[str] | None) -> Iterator[Store]:
    if isinstance(store_or_folder, Store):
        yield store_or_folder
        return
    store = open_store(None if store_or_folder is None else Path(store_or_folder))
    try:
        yield store
    finally:
        store.close()


def load_signing_settings(
    store_or_folder: Store | str | os.PathLike[str] | None,
) -> SigningSettings:
    """The saved signing settings (defaults if none were saved)."""
    with _opened(store_or_folder) as store, store.session() as session:
        return SigningSettings.from_dict(get_setting(raw_connection(session), SETTING_KEY))


def save_signing_settings(
    store_or_folder: Store | str | os.PathLike[str] | None, settings: SigningSettings
) -> None:
    """Save the signing settings (replacing the previous ones)."""
    values = {k: nfc(v).strip() if isinstance(v, str) else v for k, v in asdict(settings).items()}
    with _opened(store_or_folder) as store, store.session() as session:
        set_setting(session, SETTING_KEY, values)


# --------------------------------------------------------------------------- secrets


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
    except ImportError:  # optional: without it the user types the secret each time
        return None
    return keyring


def _secret_user(settings: SigningSettings) -> str:
    what = settings.p12_path if settings.method == "pkcs12" else settings.token_label
    return f"{settings.method}:{what}"


def stored_secret(settings: SigningSettings) -> str | None:
    """The passphrase/PIN remembered in the OS keyring for these settings, if any."""
    keyring = _keyring()
    if keyring is None or not settings.remember_secret:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _secret_user(settings))
    except Exception:  # noqa: BLE001 - no usable keyring backend: ask the user instead
        return None


def remember_secret(settings: SigningSettings, secret: str) -> bool:
    """Keep the passphrase/PIN in the OS keyring; False if no keyring is available."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _secret_user(settings), secret)
    except Exception:  # noqa: BLE001 - no usable keyring backend
        return False
    return True


def forget_secret(settings: SigningSettings) -> None:
    """Remove a remembered passphrase/PIN from the OS keyring (if there is one)."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, _secret_user(settings))
    except Exception:  # noqa: BLE001 - nothing stored, or no backend: nothing to forget
        return


# --------------------------------------------------------------------------- signing


def sign_report(
    store_or_folder: Store | str | os.PathLike[str] | None,
    pdf_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    config: SignerConfig,
    *,
    reason: str | None = None,
    location: str | None = None,
    box_text: str | None = None,
    signer_name: str | None = None,
    signer_title: str | None = None,
    timestamp_url: str | None = None,
    page: int = -1,
    box: tuple[float, float, float, float] | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> SignedPdf:
    """Sign a report PDF (PAdES, visible box over the signature block); returns what was done.

    Defaults come from the saved settings (reason, location, timestamp server) and the commune
    (the signer's name as printed, which places the box; title and issuing body for the box
    text). ``signer_name``/``signer_title`` override the commune's, for a report signed by
    someone else. Raises KehoachError with one Vietnamese line on any failure, leaving
    ``out_path`` untouched.
    """
    with _opened(store_or_folder) as store:
        settings = load_signing_settings(store)
        commune = load_commune(store)
    printed_name = clean(signer_name or commune.signer_name)
    title = clean(signer_title or commune.signer_title)
    place = clean(commune.place_name or commune.name)
    default_location = ", ".join(part for part in (place, clean(commune.province)) if part)
    when = today or date.today()

    def text_for(holder: str) -> str:
        if box_text:
            return box_text
        # the certificate says who signed; the commune's spelling is nicer when it is the same
        # person ("NGUYEN PHAM TUYEN" in many certificates)
        name = printed_name if printed_name and fold(printed_name) == fold(holder) else holder
        return signature_box_text(name, title, clean(commune.issuing_body), when)

    return sign_pdf(
        pdf_path,
        out_path,
        config,
        reason=reason if reason is not None else settings.reason,
        location=location if location is not None else (settings.location or default_location),
        visible_box_text=text_for,
        page=page,
        box=box,
        anchor=printed_name or None,
        timestamp_url=timestamp_url
        if timestamp_url is not None
        else settings.timestamp_url or None,
        progress=progress,
    )
