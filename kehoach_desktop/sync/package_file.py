"""The `.khpkg` container: a zip holding ``manifest.json``, its Ed25519 signature
``manifest.sig``, one ``data/<table>.json`` per table and ``evidence/<sha256>`` files.

The manifest lists the SHA-256 and size of every other entry, so the signature over the
manifest covers the whole package. Reading is defensive, in this order, before anything is
written anywhere: the file's size and type; every zip entry's name (no absolute path, no "..",
only the names this format uses), kind (no links, no directories, no encryption), declared size
and compression ratio (zip bombs); then the manifest; then — in the caller, with the key it
trusts — the signature; then every entry's hash, read with a hard cap on bytes.

Every refusal is a PackageRefused whose message names the file, the entry and what is wrong.
"""

import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zlib import error as zlib_error

from ..core.domain import KehoachError
from ..core.files import sha256_file
from ..core.zip_entries import escaping_path, is_symlink
from .schema import SUPPORTED_SCHEMA_VERSIONS
from .signing import DeviceKey, verify

FORMAT = "kehoach-cds-package"
SUFFIX = ".khpkg"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
_DATA_NAME = re.compile(r"data/[a-z_]{1,40}\.json")
_EVIDENCE_NAME = re.compile(r"evidence/[0-9a-f]{64}")
_CHUNK = 1 << 20
_MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what a package may be; anything beyond is refused unread."""

    max_file_bytes: int = 512 * _MIB
    max_total_bytes: int = 1024 * _MIB
    max_entry_bytes: int = 256 * _MIB
    max_entries: int = 50_000
    max_manifest_bytes: int = 16 * _MIB
    # Real data compresses 3–15×; a zip bomb compresses thousands of times.
    max_ratio: int = 100
    ratio_floor_bytes: int = _MIB


class PackageRefused(KehoachError):
    """A package that is not imported, with the file, entry and reason in the message.

    ``code`` says which rule refused it (``type``, ``truncated``, ``size``, ``path``, ``link``,
    ``bomb``, ``manifest``, ``schema``, ``signature``, ``unknown_key``, ``scope``, ``hash``,
    ``data``, ``own``, ``audience``, ``store``), for callers that treat some refusals quietly.
    """

    def __init__(
        self, file_name: str, reason: str, entry: str | None = None, code: str = ""
    ) -> None:
        where = f"Gói “{file_name}”" + (f", mục “{entry}”" if entry else "")
        super().__init__(f"{where}: {reason}")
        self.file_name = file_name
        self.entry = entry
        self.reason = reason
        self.code = code


def _mb(size: int) -> str:
    return f"{size / _MIB:.1f} MB".replace(".", ",")


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


# --------------------------------------------------------------------------- writing


def write_package(
    path: Path,
    manifest: dict[str, Any],
    data: dict[str, bytes],
    evidence: dict[str, Path],
    key: DeviceKey,
) -> tuple[dict[str, Any], str]:
    """Write a signed package to ``path`` (atomically: a temporary file, then a rename).

    ``data`` maps entry names ("data/weekly_count.json") to bytes; ``evidence`` maps SHA-256
    to the file holding that content. Returns the final manifest and the file's SHA-256.
    """
    entries: list[dict[str, Any]] = []
    for name, payload in sorted(data.items()):
        entries.append(
            {"name": name, "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}
        )
    for sha in sorted(evidence):
        entries.append(
            {"name": f"evidence/{sha}", "sha256": sha, "size": evidence[sha].stat().st_size}
        )
    manifest = dict(manifest, entries=entries)
    manifest_bytes = canonical_json(manifest)
    signature = key.sign(manifest_bytes)
    stamp = _zip_time(manifest.get("created_at"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w") as archive:
            _add(archive, MANIFEST, manifest_bytes, stamp, zipfile.ZIP_DEFLATED)
            _add(archive, SIGNATURE, signature, stamp, zipfile.ZIP_STORED)
            for name, payload in sorted(data.items()):
                _add(archive, name, payload, stamp, zipfile.ZIP_DEFLATED)
            for sha in sorted(evidence):
                info = _info(f"evidence/{sha}", stamp, zipfile.ZIP_STORED)
                with evidence[sha].open("rb") as source, archive.open(info, "w") as target:
                    while chunk := source.read(_CHUNK):
                        target.write(chunk)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise KehoachError(f"Không ghi được gói dữ liệu {path}: {exc.strerror or exc}") from exc
    finally:
        if temp.exists():
            temp.unlink()
    return manifest, sha256_file(path)


def _zip_time(created_at: Any) -> tuple[int, int, int, int, int, int]:
    try:
        moment = datetime.fromisoformat(str(created_at))
    except ValueError:
        moment = datetime(2026, 1, 1)
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, 0)


def _info(name: str, stamp: tuple[int, int, int, int, int, int], method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _add(
    archive: zipfile.ZipFile,
    name: str,
    payload: bytes,
    stamp: tuple[int, int, int, int, int, int],
    method: int,
) -> None:
    archive.writestr(_info(name, stamp, method), payload)


# --------------------------------------------------------------------------- reading


@dataclass
class OpenedPackage:
    """A package whose container and manifest passed the checks; entries not yet hashed."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    file_sha256: str
    limits: Limits
    _entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    _data: dict[str, bytes] = field(default_factory=dict)
    _verified: bool = False

    @property
    def file_name(self) -> str:
        return self.path.name

    def refuse(self, reason: str, entry: str | None = None, code: str = "") -> PackageRefused:
        return PackageRefused(self.file_name, reason, entry, code)

    def check_signature(self, raw_public: bytes, whose: str) -> None:
        """Refuse unless the manifest is signed by ``raw_public`` (``whose``: for the message)."""
        if not verify(raw_public, self.manifest_bytes, self.signature):
            raise self.refuse(
                f"chữ ký không hợp lệ: gói không được ký bằng khóa của {whose}, hoặc bản kê "
                "đã bị sửa sau khi ký.",
                SIGNATURE,
                "signature",
            )

    def verify_entries(self) -> None:
        """Hash every entry against the manifest (data entries are kept for reading)."""
        with _open_zip(self.path) as archive:
            for name, listed in self._entries.items():
                digest = hashlib.sha256()
                size = 0
                keep = name.startswith("data/")
                chunks: list[bytes] = []
                try:
                    with archive.open(name) as handle:
                        while chunk := handle.read(_CHUNK):
                            size += len(chunk)
                            if size > listed["size"]:
                                raise self.refuse(
                                    "mã băm SHA-256 không khớp với bản kê đã ký (nội dung dài "
                                    "hơn kích thước ghi trong bản kê): gói đã bị sửa hoặc hỏng.",
                                    name,
                                    "hash",
                                )
                            digest.update(chunk)
                            if keep:
                                chunks.append(chunk)
                except (zipfile.BadZipFile, EOFError, OSError, zlib_error) as exc:
                    raise self.refuse(
                        f"mục bị hỏng, không đọc được ({exc}).", name, "truncated"
                    ) from exc
                if size != listed["size"] or digest.hexdigest() != listed["sha256"]:
                    raise self.refuse(
                        "mã băm SHA-256 không khớp với bản kê đã ký: nội dung đã bị sửa hoặc hỏng.",
                        name,
                        "hash",
                    )
                if keep:
                    self._data[name] = b"".join(chunks)
        self._verified = True

    def data_names(self) -> list[str]:
        return sorted(n for n in self._entries if n.startswith("data/"))

    def data(self, name: str) -> bytes | None:
        if not self._verified:
            raise RuntimeError("verify_entries() first")
        return self._data.get(name)

    def has_evidence(self, sha: str) -> bool:
        return f"evidence/{sha}" in self._entries

    def extract_evidence(self, sha: str, target: Path) -> None:
        """Copy evidence ``sha`` to ``target`` (atomically), checking its hash again."""
        name = f"evidence/{sha}"
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, _open_zip(self.path) as archive:
                with archive.open(name) as handle:
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
            if digest.hexdigest() != sha:
                raise self.refuse("tệp minh chứng thay đổi trong lúc chép.", name, "hash")
            os.replace(temp, target)
        finally:
            if temp.exists():
                temp.unlink()


def _open_zip(path: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(path)


def _sniff(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "tệp PDF"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "tệp Office đời cũ (.doc/.xls)"
    if head.startswith(b"SQLite format 3"):
        return "tệp cơ sở dữ liệu SQLite"
    if head[:3] == b"\xff\xd8\xff" or head.startswith(b"\x89PNG"):
        return "tệp ảnh"
    if head[:1] in (b"{", b"["):
        return "tệp văn bản JSON"
    return "tệp không rõ định dạng"


def _unsafe_name(name: str) -> str | None:
    if "\\" in name or "\x00" in name:
        return "tên mục chứa ký tự không được phép (\\ hoặc NUL)"
    escaping = escaping_path(name)
    if escaping:
        return escaping
    if any(part in ("", ".") for part in name.split("/")):
        return "đường dẫn không chuẩn (thư mục rỗng hoặc “.”)"
    return None


def _check_infos(file_name: str, infos: Iterable[zipfile.ZipInfo], limits: Limits) -> None:
    seen: set[str] = set()
    total = 0
    count = 0
    for info in infos:
        count += 1
        name = info.filename
        if count > limits.max_entries:
            raise PackageRefused(
                file_name, f"quá nhiều mục (tối đa {limits.max_entries}).", code="size"
            )
        problem = _unsafe_name(name)
        if problem:
            raise PackageRefused(file_name, problem + ".", name, "path")
        kind = stat.S_IFMT(info.external_attr >> 16)
        if is_symlink(info):
            raise PackageRefused(
                file_name,
                "là liên kết tượng trưng (symlink); gói không được chứa liên kết.",
                name,
                "link",
            )
        if info.is_dir() or (kind and kind != stat.S_IFREG):
            raise PackageRefused(
                file_name, "không phải tệp thường (thư mục hoặc tệp đặc biệt).", name, "link"
            )
        if name in seen:
            raise PackageRefused(file_name, "mục trùng tên xuất hiện hai lần.", name, "path")
        seen.add(name)
        if not (
            name in (MANIFEST, SIGNATURE)
            or _DATA_NAME.fullmatch(name)
            or _EVIDENCE_NAME.fullmatch(name)
        ):
            raise PackageRefused(
                file_name, "mục lạ, không thuộc định dạng gói dữ liệu.", name, "path"
            )
        if info.flag_bits & 0x1:
            raise PackageRefused(
                file_name, "mục được mã hóa bằng mật khẩu zip; không hỗ trợ.", name, "type"
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageRefused(file_name, "kiểu nén không được hỗ trợ.", name, "type")
        if info.file_size > limits.max_entry_bytes:
            raise PackageRefused(
                file_name,
                f"quá lớn khi giải nén ({_mb(info.file_size)}, "
                f"tối đa {_mb(limits.max_entry_bytes)}).",
                name,
                "size",
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise PackageRefused(
                file_name,
                f"tỷ lệ nén bất thường ({ratio}:1, {_mb(info.file_size)} khi giải nén) — "
                "nghi là “bom zip”; không giải nén.",
                name,
                "bomb",
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackageRefused(
                file_name,
                f"tổng dung lượng khi giải nén vượt {_mb(limits.max_total_bytes)}.",
                code="bomb",
            )


def open_package(path: str | os.PathLike[str], limits: Limits | None = None) -> OpenedPackage:
    """Check a package's container and manifest; raise PackageRefused for anything wrong."""
    limits = limits or Limits()
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise KehoachError(f"Không tìm thấy tệp gói dữ liệu: {path}") from None
    except OSError as exc:
        raise KehoachError(f"Không đọc được tệp {path}: {exc.strerror}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise PackageRefused(name, "không phải một tệp.", code="type")
    if info.st_size == 0:
        raise PackageRefused(name, "tệp rỗng (0 byte).", code="type")
    if info.st_size > limits.max_file_bytes:
        raise PackageRefused(
            name,
            f"tệp quá lớn ({_mb(info.st_size)}, tối đa {_mb(limits.max_file_bytes)}).",
            code="size",
        )
    with path.open("rb") as handle:
        head = handle.read(16)
    if not head.startswith(b"PK\x03\x04"):
        raise PackageRefused(
            name,
            f"không phải gói dữ liệu .khpkg (đây là {_sniff(head)}, không phải tệp zip).",
            code="type",
        )
    try:
        archive = _open_zip(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageRefused(
            name, f"tệp zip bị cắt cụt hoặc hỏng (thiếu mục lục cuối tệp): {exc}.", code="truncated"
        ) from exc
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if MANIFEST not in names and len(infos) <= limits.max_entries:
            raise PackageRefused(
                name,
                "không phải gói dữ liệu Kế hoạch CĐS: thiếu bản kê manifest.json (có thể là tệp "
                "Word/Excel hoặc một tệp zip khác).",
                code="type",
            )
        _check_infos(name, infos, limits)
        for required in (MANIFEST, SIGNATURE):
            if required not in names:
                raise PackageRefused(
                    name,
                    "thiếu mục này: không phải gói dữ liệu Kế hoạch CĐS (có thể là tệp "
                    "Word/Excel hoặc zip khác).",
                    required,
                    "manifest",
                )
        manifest_info = archive.getinfo(MANIFEST)
        if manifest_info.file_size > limits.max_manifest_bytes:
            raise PackageRefused(name, "bản kê quá lớn.", MANIFEST, "size")
        try:
            manifest_bytes = archive.read(MANIFEST)
            signature = archive.read(SIGNATURE)
        except (zipfile.BadZipFile, EOFError, OSError, zlib_error) as exc:
            raise PackageRefused(
                name, f"mục bị hỏng, không đọc được ({exc}).", MANIFEST, "truncated"
            ) from exc
    manifest = _parse_manifest(name, manifest_bytes)
    if len(signature) != 64:
        raise PackageRefused(
            name, "chữ ký không đúng độ dài của chữ ký Ed25519.", SIGNATURE, "signature"
        )
    listed = _listed_entries(name, manifest)
    zip_entries = names - {MANIFEST, SIGNATURE}
    for missing in sorted(set(listed) - zip_entries):
        raise PackageRefused(name, "có trong bản kê nhưng không có trong gói.", missing, "hash")
    for extra in sorted(zip_entries - set(listed)):
        raise PackageRefused(
            name, "không có trong bản kê đã ký (nội dung được thêm vào sau khi ký).", extra, "hash"
        )
    return OpenedPackage(
        path=path,
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        signature=signature,
        file_sha256=sha256_file(path),
        limits=limits,
        _entries=listed,
    )


def _parse_manifest(name: str, manifest_bytes: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(
            name, f"bản kê không phải JSON hợp lệ ({exc}).", MANIFEST, "manifest"
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageRefused(
            name, "không phải bản kê của gói dữ liệu Kế hoạch CĐS.", MANIFEST, "manifest"
        )
    version = manifest.get("schema_version")
    if version not in SUPPORTED_SCHEMA_VERSIONS:
        supported = ", ".join(str(v) for v in SUPPORTED_SCHEMA_VERSIONS)
        raise PackageRefused(
            name,
            f"phiên bản cấu trúc gói “{version}” chưa được hỗ trợ (ứng dụng này đọc được phiên "
            f"bản {supported}); hãy cập nhật ứng dụng ở cả hai máy cho cùng phiên bản.",
            MANIFEST,
            "schema",
        )
    return manifest


def _listed_entries(name: str, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    raw = manifest.get("entries")
    if not isinstance(raw, list):
        raise PackageRefused(name, "bản kê thiếu danh sách mục (entries).", MANIFEST, "manifest")
    listed: dict[str, dict[str, Any]] = {}
    for item in raw:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("name"), str)
            or not isinstance(item.get("sha256"), str)
            or not re.fullmatch(r"[0-9a-f]{64}", item["sha256"])
            or type(item.get("size")) is not int
            or item["size"] < 0
        ):
            raise PackageRefused(name, "bản kê có mục không hợp lệ.", MANIFEST, "manifest")
        if item["name"] in listed or item["name"] in (MANIFEST, SIGNATURE):
            raise PackageRefused(name, "bản kê liệt kê một mục hai lần.", item["name"], "manifest")
        problem = _unsafe_name(item["name"])
        if problem:
            raise PackageRefused(name, problem + ".", item["name"], "path")
        if item["name"].startswith("evidence/") and item["name"] != f"evidence/{item['sha256']}":
            raise PackageRefused(
                name, "tên tệp minh chứng không khớp mã băm.", item["name"], "hash"
            )
        listed[item["name"]] = item
    return listed
