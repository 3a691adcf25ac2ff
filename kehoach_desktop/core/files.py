"""Content hashes of files: evidence, outbox items and packages are all known by SHA-256."""

import hashlib
from pathlib import Path

_CHUNK = 1 << 20


def file_digest(path: Path, limit: int | None = None) -> tuple[str, int]:
    """SHA-256 (hex) and size of the file at ``path``, read in 1 MB chunks.

    With ``limit``, reading stops once the size passes it (the caller refuses the file anyway,
    and a huge file need not be read to the end).
    """
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if limit is not None and size > limit:
                break
    return digest.hexdigest(), size


def sha256_file(path: Path) -> str:
    """The SHA-256 (hex) of the file at ``path``."""
    return file_digest(path)[0]
