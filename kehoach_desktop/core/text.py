"""Text hygiene shared by every layer: Vietnamese text is NFC with collapsed whitespace."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (decomposed diacritics render misplaced in PDFs)."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC-normalise and collapse every run of whitespace (line breaks included) to one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", nfc(str(text))).strip()


def fold(text: str) -> str:
    """A comparison key: lower case, no diacritics, đ→d, only letters and digits.

    "Phòng Văn hóa – Xã hội" and "phong van hoa - xa hoi" fold to the same key.
    """
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "", stripped)
