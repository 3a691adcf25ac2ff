"""Plan files (.docx, .xlsx) → :class:`~kehoach_desktop.importers.model.ImportedPlan`.

Pure reading: nothing here touches the store. :func:`read_plan` checks the file, reads it with
the Word or Excel reader (chosen by content, not by name), and interprets the tables and text.
Every refusal is a :class:`~kehoach_desktop.core.domain.KehoachError` with a one-line
Vietnamese message that names the file and what is wrong.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.core.zip_entries import escaping_path, is_symlink
from kehoach_desktop.importers.model import (
    ImportedIndicator,
    ImportedPlan,
    ImportedSection,
    ImportedTask,
    ImportWarning,
    SourceRef,
)

__all__ = [
    "ImportWarning",
    "ImportedIndicator",
    "ImportedPlan",
    "ImportedSection",
    "ImportedTask",
    "SourceRef",
    "read_plan",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200


def _fail(name: str, what: str) -> KehoachError:
    return KehoachError(f"Tệp “{name}”: {what}")


def detect_kind(path: Path) -> str:
    """ "docx" or "xlsx" from the file's content; raises :class:`KehoachError` otherwise.

    Refuses: a missing path, a folder, an empty or oversize file, old binary Office (.doc/.xls),
    PDF, RTF, anything that is not a zip, a truncated or corrupt zip, a zip bomb, a zip with an
    entry that escapes its folder or is a symbolic link, and a zip that is neither Word nor
    Excel.
    """
    name = path.name
    if not path.exists():
        raise _fail(name, f"không tồn tại ({path})")
    if not path.is_file():
        raise _fail(name, "không phải là một tệp (có thể là thư mục)")
    size = path.stat().st_size
    if size == 0:
        raise _fail(name, "tệp rỗng (0 byte)")
    if size > MAX_FILE_BYTES:
        raise _fail(name, f"tệp quá lớn ({size // (1024 * 1024)} MB; tối đa 50 MB)")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(
            name,
            "là tệp Word/Excel định dạng cũ (.doc/.xls); hãy mở bằng Word/Excel và lưu lại "
            "thành .docx/.xlsx",
        )
    if head.startswith(b"%PDF"):
        raise _fail(name, "là tệp PDF; hãy dùng tệp Word (.docx) hoặc Excel (.xlsx) gốc")
    if head.startswith(b"{\\rtf"):
        raise _fail(name, "là tệp RTF; hãy lưu lại thành .docx")
    if not head.startswith(b"PK"):
        raise _fail(name, "không phải tệp Word (.docx) hay Excel (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_entries(name, infos)
            unpacked = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
                raise _fail(name, "nội dung nén bất thường (quá lớn khi giải nén); từ chối mở")
            bad = archive.testzip()
            if bad is not None:
                raise _fail(name, f"tệp bị hỏng (phần “{bad}” sai mã kiểm tra)")
            names = {i.filename for i in infos}
    except zipfile.BadZipFile as error:
        raise _fail(
            name, "tệp bị hỏng hoặc không đầy đủ (có thể tải về/sao chép chưa xong)"
        ) from error
    except (OSError, EOFError, RuntimeError, ValueError) as error:
        raise _fail(name, f"tệp bị hỏng, không đọc được ({error})") from error
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise _fail(name, "là tệp nén nhưng không phải Word (.docx) hay Excel (.xlsx)")


def _check_entries(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """No Word/Excel file has an entry that escapes its folder or is a symbolic link; a file
    that has one was made to attack whatever unpacks it."""
    for info in infos:
        escaping = escaping_path(info.filename)
        if escaping:
            raise _fail(
                name,
                f"phần “{info.filename}” trong tệp nén có {escaping}; không phải tệp "
                "Word/Excel hợp lệ, từ chối mở",
            )
        if is_symlink(info):
            raise _fail(
                name,
                f"phần “{info.filename}” là liên kết tượng trưng (symlink); tệp Word/Excel không "
                "chứa liên kết, từ chối mở",
            )


def read_plan(path: str | Path) -> ImportedPlan:
    """Read a plan from a Word or Excel file (chosen by content) into plain data.

    Raises :class:`KehoachError` (Vietnamese, naming the file) when the file cannot be read,
    holds no plan table, or has a task table without its content column (naming the table and
    the column). Everything else that deserves a second look is in ``plan.warnings``.
    """
    path = Path(path)
    kind = detect_kind(path)  # before loading the readers: a refusal should cost nothing

    from kehoach_desktop.importers.document import build_plan
    from kehoach_desktop.importers.docx_reader import read_docx
    from kehoach_desktop.importers.xlsx_reader import read_xlsx

    label = "Word" if kind == "docx" else "Excel"
    try:
        document = read_docx(path) if kind == "docx" else read_xlsx(path)
    except KehoachError:
        raise
    except Exception as error:  # noqa: BLE001 - python-docx/openpyxl/lxml raise many kinds
        raise _fail(
            path.name, f"không đọc được nội dung tệp {label} ({type(error).__name__}: {error})"
        ) from error
    return build_plan(document, path.name)
