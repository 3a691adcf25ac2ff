"""Bad packages (SPEC §7): each is refused with a Vietnamese message naming the file and the
entry, and the office's store is exactly as it was."""

import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kehoach_desktop.services.sync_import import import_package, preview_package
from kehoach_desktop.sync.package_file import Limits, PackageRefused, write_package
from kehoach_desktop.sync.signing import DeviceKey

from .helpers import Pair, content_digest, count_row, craft, hamlet_key, rewrite_zip, set_counts

WEEK = "2026-W47"


@pytest.fixture
def good(pair: Pair) -> Path:
    """A valid package from the hamlet device (counts and a submitted week)."""
    set_counts(pair.hamlet, pair.hamlet_id, WEEK, state="submitted", vneid=12, dvctt=3)
    return pair.hamlet_to_office("ap-1.khpkg")


def refuse(
    pair: Pair, package: Path, code: str, *fragments: str, limits: Limits | None = None
) -> str:
    """Import must refuse ``package`` (by rule ``code``) and leave the office store unchanged."""
    before = content_digest(pair.office)
    for attempt in (preview_package, import_package):
        with pytest.raises(PackageRefused) as refused:
            attempt(pair.office, package, limits=limits)
        message = str(refused.value)
        assert refused.value.code == code, message
        assert message.startswith(f"Gói “{package.name}”"), message
        for fragment in fragments:
            assert fragment in message, message
    assert content_digest(pair.office) == before
    return message


def _replace(name: str, new: Callable[[bytes], bytes]) -> Callable[[str, bytes], tuple[str, bytes]]:
    def change(entry: str, data: bytes) -> tuple[str, bytes]:
        return (entry, new(data) if entry == name else data)

    return change


def test_a_tampered_entry_is_refused(pair: Pair, good: Path) -> None:
    def bump(data: bytes) -> bytes:
        doc = json.loads(data)
        doc["rows"][0][7] = 9999
        return json.dumps(doc).encode()

    bad = rewrite_zip(good, good.with_name("sua.khpkg"), _replace("data/weekly_count.json", bump))
    refuse(pair, bad, "hash", "mục “data/weekly_count.json”", "SHA-256 không khớp")


def test_a_manifest_changed_after_signing_is_refused(pair: Pair, good: Path) -> None:
    def widen(data: bytes) -> bytes:
        manifest = json.loads(data)
        manifest["since_seq"] = 0
        manifest["app_version"] = "9.9"
        return json.dumps(manifest, ensure_ascii=False).encode()

    bad = rewrite_zip(good, good.with_name("ban-ke-sua.khpkg"), _replace("manifest.json", widen))
    refuse(pair, bad, "signature", "mục “manifest.sig”", "chữ ký không hợp lệ")


def test_a_signature_by_another_key_is_refused(pair: Pair, good: Path) -> None:
    with zipfile.ZipFile(good) as archive:
        manifest = archive.read("manifest.json")
    forged = DeviceKey.generate().sign(manifest)
    bad = rewrite_zip(
        good, good.with_name("ky-gia.khpkg"), _replace("manifest.sig", lambda _d: forged)
    )
    refuse(pair, bad, "signature", "không được ký bằng khóa của máy của Ấp 1")


def test_an_unknown_schema_version_is_refused(pair: Pair) -> None:
    bad = craft(
        pair.folder / "phien-ban-moi.khpkg",
        hamlet_key(pair),
        commune={"id": "x", "name": "Tà Lài"},
        hamlets=[{"id": pair.hamlet_id, "name": "Ấp 1"}],
        tables={"weekly_count": [count_row(pair.hamlet_id, WEEK, "vneid", 1)]},
        schema_version=7,
    )
    refuse(pair, bad, "schema", "mục “manifest.json”", "phiên bản cấu trúc gói “7”", "hỗ trợ")


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ("../../thu-muc-khac/ma-doc.sh", "“..”"),
        ("data/../../ma-doc.sh", "“..”"),
        ("/etc/cron.d/ma-doc", "tuyệt đối"),
        ("C:/Windows/ma-doc.bat", "tuyệt đối"),
        ("..\\..\\ma-doc.bat", "\\"),
    ],
)
def test_path_traversal_is_refused(pair: Pair, good: Path, entry: str, fragment: str) -> None:
    def add(name: str, data: bytes) -> list[tuple[str, bytes]]:
        extra = [(entry, b"echo pwned")] if name == "manifest.sig" else []
        return [(name, data), *extra]

    bad = rewrite_zip(good, good.with_name("duong-dan.khpkg"), add)
    refuse(pair, bad, "path", f"mục “{entry}”", fragment)


def test_a_symlink_entry_is_refused(pair: Pair, good: Path) -> None:
    bad = good.with_name("lien-ket.khpkg")
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(bad, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "data/weekly_count.json":
                link = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 21, 8, 0, 0))
                link.create_system = 3
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                new.writestr(link, "/home/vanthu/.ssh/id_rsa")
            else:
                new.writestr(info, data)
    refuse(pair, bad, "link", "mục “data/weekly_count.json”", "liên kết tượng trưng")


def test_a_zip_bomb_is_refused_unread(pair: Pair, tmp_path: Path) -> None:
    zeros = tmp_path / "khong.bin"
    with zeros.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    import hashlib

    sha = hashlib.sha256(zeros.read_bytes()).hexdigest()
    signed = pair.folder / "bom-goc.khpkg"
    manifest = {
        "format": "kehoach-cds-package",
        "schema_version": 1,
        "package_id": "6f1c3f0e-5b7a-4a54-9a51-0d1b8c7d2e11",
        "created_at": "2026-11-21T08:00:00",
        "kind": "hamlet",
        "source": {
            "device_id": hamlet_key(pair).device_id,
            "public_key": hamlet_key(pair).public_text,
        },
        "commune": {"id": "x", "name": "Tà Lài"},
        "hamlets": [{"id": pair.hamlet_id, "name": "Ấp 1"}],
        "since_seq": 0,
        "seq_to": 1,
        "acks": [],
        "record_count": 0,
    }
    write_package(signed, manifest, {}, {sha: zeros}, hamlet_key(pair))
    bomb = rewrite_zip(signed, pair.folder / "bom.khpkg", lambda name, data: (name, data))
    assert bomb.stat().st_size < 1024 * 1024
    refuse(pair, bomb, "bomb", f"mục “evidence/{sha}”", "bom zip")


def test_an_oversize_file_is_refused_before_reading(pair: Pair, tmp_path: Path, good: Path) -> None:
    refuse(pair, good, "size", "tệp quá lớn", limits=Limits(max_file_bytes=500))
    huge = tmp_path / "rat-lon.khpkg"
    with huge.open("wb") as handle:
        handle.truncate(600 * 1024 * 1024)  # sparse: costs nothing on disk
    refuse(pair, huge, "size", "tối đa 512,0 MB")


def test_an_entry_too_big_when_unpacked_is_refused(pair: Pair, good: Path) -> None:
    refuse(pair, good, "size", "quá lớn khi giải nén", limits=Limits(max_entry_bytes=50))


def test_a_truncated_package_is_refused(pair: Pair, good: Path) -> None:
    data = good.read_bytes()
    cut = good.with_name("cut.khpkg")
    cut.write_bytes(data[: len(data) * 2 // 3])
    refuse(pair, cut, "truncated", "bị cắt cụt hoặc hỏng")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "tệp PDF"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "SQLite"),
        (b"Ten ap;Tuan;VNeID\nAp 1;2026-W47;12\n", "không phải tệp zip"),
        (b"", "tệp rỗng"),
    ],
)
def test_a_file_of_the_wrong_type_is_refused(
    pair: Pair, tmp_path: Path, content: bytes, fragment: str
) -> None:
    wrong = tmp_path / "goi.khpkg"
    wrong.write_bytes(content)
    refuse(pair, wrong, "type", fragment)


def test_a_word_document_renamed_is_refused(pair: Pair, tmp_path: Path) -> None:
    docx = tmp_path / "bao-cao.khpkg"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    refuse(pair, docx, "type", "thiếu bản kê manifest.json", "Word/Excel")


def test_duplicate_and_unlisted_and_missing_entries_are_refused(pair: Pair, good: Path) -> None:
    def duplicate(name: str, data: bytes) -> list[tuple[str, bytes]]:
        return [(name, data), (name, data)] if name == "data/weekly_count.json" else [(name, data)]

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is told to write
        twice = rewrite_zip(good, good.with_name("trung.khpkg"), duplicate)
    refuse(pair, twice, "path", "mục “data/weekly_count.json”", "trùng tên")

    extra_sha = "ab" * 32

    def smuggle(name: str, data: bytes) -> list[tuple[str, bytes]]:
        extra = (
            [(f"evidence/{extra_sha}", b"them vao sau khi ky")] if name == "manifest.sig" else []
        )
        return [(name, data), *extra]

    smuggled = rewrite_zip(good, good.with_name("them.khpkg"), smuggle)
    refuse(pair, smuggled, "hash", f"mục “evidence/{extra_sha}”", "không có trong bản kê")

    dropped = rewrite_zip(
        good,
        good.with_name("thieu.khpkg"),
        lambda name, data: None if name == "data/hamlet_week.json" else (name, data),
    )
    refuse(pair, dropped, "hash", "mục “data/hamlet_week.json”", "không có trong gói")


def test_a_manifest_that_is_not_json_is_refused(pair: Pair, good: Path) -> None:
    bad = rewrite_zip(
        good, good.with_name("hong.khpkg"), _replace("manifest.json", lambda _d: b"{khong")
    )
    refuse(pair, bad, "manifest", "mục “manifest.json”", "không phải JSON")


def test_data_that_is_not_json_is_refused(pair: Pair) -> None:
    import hashlib

    key = hamlet_key(pair)
    commune = json.loads(zipfile.ZipFile(pair.hamlet_to_office("x.khpkg")).read("manifest.json"))
    payload = b"[[[ khong phai json"
    manifest = {
        "format": "kehoach-cds-package",
        "schema_version": 1,
        "package_id": "0b1c3f0e-5b7a-4a54-9a51-0d1b8c7d2e11",
        "created_at": "2026-11-21T08:00:00",
        "kind": "hamlet",
        "source": {"device_id": key.device_id, "public_key": key.public_text},
        "commune": commune["commune"],
        "hamlets": [{"id": pair.hamlet_id, "name": "Ấp 1"}],
        "since_seq": 0,
        "seq_to": 1,
        "acks": [],
        "record_count": 0,
    }
    bad = pair.folder / "du-lieu-hong.khpkg"
    write_package(bad, manifest, {"data/weekly_count.json": payload}, {}, key)
    assert (
        hashlib.sha256(payload).hexdigest() in zipfile.ZipFile(bad).read("manifest.json").decode()
    )
    refuse(pair, bad, "data", "mục “data/weekly_count.json”", "không đọc được dữ liệu JSON")


def test_a_missing_file_is_a_clear_error(pair: Pair, tmp_path: Path) -> None:
    from kehoach_desktop.core.domain import KehoachError

    with pytest.raises(KehoachError, match="Không tìm thấy tệp gói dữ liệu"):
        import_package(pair.office, tmp_path / "khong-co.khpkg")


def test_a_damaged_copy_of_an_imported_package_is_still_refused(pair: Pair, good: Path) -> None:
    import_package(pair.office, good)

    def bump(data: bytes) -> bytes:
        return data.replace(b",12,", b",21,")

    copy = rewrite_zip(
        good, good.with_name("ban-sao-sua.khpkg"), _replace("data/weekly_count.json", bump)
    )
    refuse(pair, copy, "hash", "mục “data/weekly_count.json”", "SHA-256 không khớp")
