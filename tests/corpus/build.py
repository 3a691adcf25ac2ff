"""The hostile and broken input corpus (SPEC §7), built at test time: no binary is committed.

Every case is a file one of the importers must refuse — the plan importer (`kehoach import`,
.docx/.xlsx) or the package importer (`kehoach package import`, .khpkg) — with the fragments
its Vietnamese message must hold besides the file's name: the entry, table or sheet where
there is one, and what is wrong. ``build_case`` writes a case's file from ``Sources``: a small
office store with registered hamlet devices, and good files to damage.

The builders reuse those of the older refusal tests (tests/plan_intake.bad_files,
tests/sync/helpers.craft and rewrite_zip); this corpus is the one place where every file goes
through both the services and the real command line.
"""

import hashlib
import json
import stat
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kehoach_desktop.sync.package_file import FORMAT, write_package
from kehoach_desktop.sync.schema import SCHEMA_VERSION
from kehoach_desktop.sync.signing import DeviceKey
from tests.plan_intake import bad_files, two_sectionless_appendices
from tests.safety.scenarios import Office, count_row, hamlet_package, make_office, plan_workbook
from tests.sync.helpers import craft, rewrite_zip

PLAN = "plan"
PACKAGE = "package"
WEEK = "2026-W47"
MIB = 1024 * 1024


@dataclass
class Sources:
    """What the corpus is made from: the store the files are refused by, and good files."""

    folder: Path
    office: Office
    good_docx: Path
    good_xlsx: Path
    good_package: Path
    plan_bad: dict[str, Path]  # tests/plan_intake.bad_files, by its names


def make_sources(folder: Path) -> Sources:
    folder.mkdir(parents=True, exist_ok=True)
    office = make_office(folder / "van-phong-xa")
    good_docx = two_sectionless_appendices(folder / "ke-hoach-tot.docx")
    hamlet_id = office.hamlet_ids["Ấp 1"]
    package = hamlet_package(
        folder / "goi-tot.khpkg",
        office,
        "Ấp 1",
        {
            "weekly_count": [
                count_row("3b7d0c57-8f7e-4f43-9a61-1d2f6f0a0001", hamlet_id, WEEK, "vneid", 12, 1),
                count_row("3b7d0c57-8f7e-4f43-9a61-1d2f6f0a0002", hamlet_id, WEEK, "dvctt", 3, 2),
            ]
        },
    )
    return Sources(
        folder=folder,
        office=office,
        good_docx=good_docx,
        good_xlsx=plan_workbook(folder / "ke-hoach-tot.xlsx", 5),
        good_package=package,
        plan_bad=bad_files(folder / "ke-hoach-hong", good_docx),
    )


@dataclass(frozen=True)
class Case:
    """One file to refuse: which importer, the file's name, how to build it, and what the
    message must say besides the file's name."""

    id: str
    importer: str
    file_name: str
    build: Callable[[Sources, Path], None]
    fragments: tuple[str, ...]


def build_case(case: Case, sources: Sources, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.file_name
    case.build(sources, path)
    return path


# --------------------------------------------------------------------------- builders


def _bytes(data: bytes) -> Callable[[Sources, Path], None]:
    def build(_sources: Sources, path: Path) -> None:
        path.write_bytes(data)

    return build


def _sparse(size: int) -> Callable[[Sources, Path], None]:
    """A file of ``size`` bytes that costs nothing on disk (never read by a sound importer)."""

    def build(_sources: Sources, path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)

    return build


def _link_to_device(_sources: Sources, path: Path) -> None:
    """A symbolic link posing as the file, pointing at an endless device."""
    path.symlink_to("/dev/zero")


def _truncated(source: Callable[[Sources], Path], keep: float) -> Callable[[Sources, Path], None]:
    def build(sources: Sources, path: Path) -> None:
        whole = source(sources).read_bytes()
        path.write_bytes(whole[: int(len(whole) * keep)])

    return build


def _copy(source: Callable[[Sources], Path]) -> Callable[[Sources, Path], None]:
    def build(sources: Sources, path: Path) -> None:
        path.write_bytes(source(sources).read_bytes())

    return build


def _add_entry(
    source: Callable[[Sources], Path], entry: str, data: bytes = b"echo pwned", link: bool = False
) -> Callable[[Sources, Path], None]:
    """A copy of a good zip with one more entry: a path that escapes, or a symbolic link."""

    def build(sources: Sources, path: Path) -> None:
        with zipfile.ZipFile(source(sources)) as old, zipfile.ZipFile(path, "w") as new:
            for info in old.infolist():
                new.writestr(info, old.read(info.filename))
            extra = zipfile.ZipInfo(entry, date_time=(2026, 11, 21, 8, 0, 0))
            if link:
                extra.create_system = 3
                extra.external_attr = (stat.S_IFLNK | 0o777) << 16
            new.writestr(extra, data)

    return build


def _replace_entry(
    source: Callable[[Sources], Path], entry: str, data: bytes, link: bool = False
) -> Callable[[Sources, Path], None]:
    """A copy of a good zip whose ``entry`` holds ``data`` instead (or is a link to it)."""

    def build(sources: Sources, path: Path) -> None:
        with zipfile.ZipFile(source(sources)) as old, zipfile.ZipFile(path, "w") as new:
            for info in old.infolist():
                if info.filename != entry:
                    new.writestr(info, old.read(info.filename))
                    continue
                changed = zipfile.ZipInfo(entry, date_time=(2026, 11, 21, 8, 0, 0))
                changed.compress_type = zipfile.ZIP_DEFLATED
                if link:
                    changed.create_system = 3
                    changed.external_attr = (stat.S_IFLNK | 0o777) << 16
                new.writestr(changed, data)

    return build


def _docx_bomb(_sources: Sources, path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * MIB))


def _signed(
    sources: Sources,
    path: Path,
    data: dict[str, bytes],
    evidence: dict[str, Path],
    record_count: int,
) -> None:
    """A package of Ấp 1's registered device with hand-made entries, signed."""
    office = sources.office
    key = office.hamlet_keys["Ấp 1"]
    manifest = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "package_id": str(uuid.uuid5(uuid.NAMESPACE_URL, path.name)),
        "created_at": "2026-11-21T08:00:00",
        "kind": "hamlet",
        "source": {"device_id": key.device_id, "public_key": key.public_text},
        "commune": {"id": office.commune_id, "name": "Tân An"},
        "hamlets": [{"id": office.hamlet_ids["Ấp 1"], "name": "Ấp 1"}],
        "since_seq": 0,
        "seq_to": 1,
        "acks": [],
        "record_count": record_count,
    }
    write_package(path, manifest, data, evidence, key)


def _package_bomb(sources: Sources, path: Path) -> None:
    """A signed package whose evidence entry is 16 MB of zeros, deflated to a few KB."""
    zeros = sources.folder / "khong.bin"
    with zeros.open("wb") as handle:
        handle.truncate(16 * MIB)
    sha = hashlib.sha256(zeros.read_bytes()).hexdigest()
    stored = path.with_name("bom-chua-nen.khpkg")  # the writer stores evidence uncompressed
    _signed(sources, stored, {}, {sha: zeros}, 0)
    rewrite_zip(stored, path, lambda name, data: (name, data))  # deflate every entry
    stored.unlink()
    zeros.unlink()


def _crafted(
    *, key: str = "Ấp 1", claims: str = "Ấp 1", commune: str = "", **manifest: object
) -> Callable[[Sources, Path], None]:
    """A package written by the real writer, signed by ``key`` (a registered hamlet's, or
    "lạ": a device the office never registered), claiming to speak for ``claims``."""

    def build(sources: Sources, path: Path) -> None:
        office = sources.office
        signer = DeviceKey.generate() if key == "lạ" else office.hamlet_keys[key]
        hamlet_id = office.hamlet_ids[claims]
        row = count_row(str(uuid.uuid4()), hamlet_id, WEEK, "vneid", 5, 1)
        named = {"id": commune, "name": "Phú Hòa"} if commune else None
        craft(
            path,
            signer,
            commune=named or {"id": office.commune_id, "name": "Tân An"},
            hamlets=[{"id": hamlet_id, "name": claims}],
            tables={"weekly_count": [row]},
            **manifest,
        )

    return build


def _forged_signature(sources: Sources, path: Path) -> None:
    with zipfile.ZipFile(sources.good_package) as archive:
        manifest = archive.read("manifest.json")
    forged = DeviceKey.generate().sign(manifest)
    rewrite_zip(
        sources.good_package,
        path,
        lambda name, data: (name, forged if name == "manifest.sig" else data),
    )


def _tampered(sources: Sources, path: Path) -> None:
    """The good package with one count changed after signing (12 → 120)."""

    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name != "data/weekly_count.json":
            return name, data
        assert b'"vneid", 12,' in data
        return name, data.replace(b'"vneid", 12,', b'"vneid", 120,')

    rewrite_zip(sources.good_package, path, change)


def _wrong_columns(sources: Sources, path: Path) -> None:
    hamlet_id = sources.office.hamlet_ids["Ấp 1"]
    table = {
        "table": "weekly_count",
        "columns": ["id", "hamlet", "week", "value"],
        "rows": [[str(uuid.uuid4()), hamlet_id, WEEK, 5]],
    }
    _signed(sources, path, {"data/weekly_count.json": json.dumps(table).encode()}, {}, 1)


def _docx(sources: Sources) -> Path:
    return sources.good_docx


def _xlsx(sources: Sources) -> Path:
    return sources.good_xlsx


def _package(sources: Sources) -> Path:
    return sources.good_package


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
TEXT = "Kế hoạch chuyển đổi số năm 2026\nẤp 1;2026-W47;12\n".encode()

CASES: list[Case] = [
    # -- plan files (.docx/.xlsx): `kehoach import`
    Case("plan-empty", PLAN, "ke-hoach-rong.docx", _bytes(b""), ("rỗng",)),
    Case(
        "plan-truncated-docx",
        PLAN,
        "cat-ngang.docx",
        _truncated(_docx, 0.5),
        ("bị hỏng hoặc không đầy đủ",),
    ),
    Case(
        "plan-truncated-xlsx",
        PLAN,
        "cat-ngang.xlsx",
        _truncated(_xlsx, 0.6),
        ("bị hỏng hoặc không đầy đủ",),
    ),
    Case("plan-pdf-renamed", PLAN, "ban-scan.docx", _bytes(PDF), ("là tệp PDF",)),
    Case(
        "plan-png-renamed",
        PLAN,
        "anh-chup.xlsx",
        _bytes(PNG),
        ("không phải tệp Word (.docx) hay Excel (.xlsx)",),
    ),
    Case(
        "plan-text-renamed",
        PLAN,
        "ghi-chu.docx",
        _bytes(TEXT),
        ("không phải tệp Word (.docx) hay Excel (.xlsx)",),
    ),
    Case(
        "plan-package-renamed",
        PLAN,
        "goi-doi-ten.xlsx",
        _copy(_package),
        ("là tệp nén nhưng không phải Word (.docx) hay Excel (.xlsx)",),
    ),
    Case("plan-oversize", PLAN, "rat-lon.xlsx", _sparse(60 * MIB), ("tệp quá lớn", "tối đa 50 MB")),
    Case("plan-zip-bomb", PLAN, "bom.docx", _docx_bomb, ("quá lớn khi giải nén",)),
    Case(
        "plan-path-traversal-docx",
        PLAN,
        "duong-dan.docx",
        _add_entry(_docx, "../../thu-muc-khac/ma-doc.sh"),
        ("phần “../../thu-muc-khac/ma-doc.sh”", "“..”"),
    ),
    Case(
        "plan-absolute-path-xlsx",
        PLAN,
        "duong-dan.xlsx",
        _add_entry(_xlsx, "C:/Windows/ma-doc.bat"),
        ("phần “C:/Windows/ma-doc.bat”", "tuyệt đối"),
    ),
    Case(
        "plan-symlink-entry-docx",
        PLAN,
        "lien-ket.docx",
        _replace_entry(_docx, "word/styles.xml", b"/home/vanthu/.ssh/id_rsa", link=True),
        ("phần “word/styles.xml”", "liên kết tượng trưng"),
    ),
    Case(
        "plan-symlink-entry-xlsx",
        PLAN,
        "lien-ket.xlsx",
        _add_entry(_xlsx, "xl/media/image1.png", b"/etc/passwd", link=True),
        ("phần “xl/media/image1.png”", "liên kết tượng trưng"),
    ),
    Case(
        "plan-symlink-to-device",
        PLAN,
        "lien-ket-thiet-bi.docx",
        _link_to_device,
        ("không phải là một tệp",),
    ),
    Case(
        "plan-missing-column",
        PLAN,
        "thieu-cot.xlsx",
        _copy(lambda s: s.plan_bad["missing_column"]),
        ("Trang tính “Phụ lục”", "thiếu cột “Nội dung nhiệm vụ”"),
    ),
    Case(
        "plan-no-table",
        PLAN,
        "khong-bang.docx",
        _copy(lambda s: s.plan_bad["no_table"]),
        ("không tìm thấy bảng nhiệm vụ hay bảng chỉ tiêu",),
    ),
    Case(
        "plan-broken-xml",
        PLAN,
        "hong-xml.docx",
        _replace_entry(_docx, "word/document.xml", b"<w:document><w:body><w:tbl>"),
        ("không đọc được nội dung tệp Word",),
    ),
    # -- data packages (.khpkg): `kehoach package import`
    Case("package-empty", PACKAGE, "goi-rong.khpkg", _bytes(b""), ("tệp rỗng",)),
    Case(
        "package-truncated",
        PACKAGE,
        "goi-cat-ngang.khpkg",
        _truncated(_package, 0.66),
        ("bị cắt cụt hoặc hỏng",),
    ),
    Case("package-pdf-renamed", PACKAGE, "goi.khpkg", _bytes(PDF), ("tệp PDF",)),
    Case("package-png-renamed", PACKAGE, "anh.khpkg", _bytes(PNG), ("tệp ảnh",)),
    Case("package-text-renamed", PACKAGE, "so-lieu.khpkg", _bytes(TEXT), ("không phải tệp zip",)),
    Case(
        "package-docx-renamed",
        PACKAGE,
        "ke-hoach.khpkg",
        _copy(_docx),
        ("thiếu bản kê manifest.json", "Word/Excel"),
    ),
    Case(
        "package-oversize",
        PACKAGE,
        "goi-rat-lon.khpkg",
        _sparse(600 * MIB),
        ("tệp quá lớn", "tối đa 512,0 MB"),
    ),
    Case(
        "package-zip-bomb", PACKAGE, "goi-bom.khpkg", _package_bomb, ("mục “evidence/", "bom zip")
    ),
    Case(
        "package-path-traversal",
        PACKAGE,
        "goi-duong-dan.khpkg",
        _add_entry(_package, "data/../../ma-doc.sh"),
        ("mục “data/../../ma-doc.sh”", "“..”"),
    ),
    Case(
        "package-symlink-entry",
        PACKAGE,
        "goi-lien-ket.khpkg",
        _replace_entry(_package, "data/weekly_count.json", b"/home/vanthu/.ssh/id_rsa", link=True),
        ("mục “data/weekly_count.json”", "liên kết tượng trưng"),
    ),
    Case(
        "package-symlink-to-device",
        PACKAGE,
        "goi-lien-ket-thiet-bi.khpkg",
        _link_to_device,
        ("không phải một tệp",),
    ),
    Case(
        "package-schema-version",
        PACKAGE,
        "goi-phien-ban-moi.khpkg",
        _crafted(schema_version=7),
        ("mục “manifest.json”", "phiên bản cấu trúc gói “7”"),
    ),
    Case(
        "package-bad-signature",
        PACKAGE,
        "goi-ky-gia.khpkg",
        _forged_signature,
        ("mục “manifest.sig”", "chữ ký không hợp lệ"),
    ),
    Case(
        "package-tampered-entry",
        PACKAGE,
        "goi-bi-sua.khpkg",
        _tampered,
        ("mục “data/weekly_count.json”", "SHA-256 không khớp"),
    ),
    Case(
        "package-unregistered-key",
        PACKAGE,
        "goi-may-la.khpkg",
        _crafted(key="lạ"),
        ("chưa được đăng ký",),
    ),
    Case(
        "package-foreign-hamlet",
        PACKAGE,
        "goi-ap-khac.khpkg",
        _crafted(claims="Ấp 2"),
        ("mục “manifest.json”", "chỉ được gửi dữ liệu của ấp mình"),
    ),
    Case(
        "package-foreign-commune",
        PACKAGE,
        "goi-xa-khac.khpkg",
        _crafted(commune="6f1c3f0e-5b7a-4a54-9a51-0d1b8c7d2e99"),
        ("mục “manifest.json”", "gói thuộc xã khác (Phú Hòa)"),
    ),
    Case(
        "package-wrong-columns",
        PACKAGE,
        "goi-sai-cot.khpkg",
        _wrong_columns,
        ("mục “data/weekly_count.json”", "danh sách cột khác"),
    ),
]
