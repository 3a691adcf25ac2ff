"""Evidence files (minh chứng): kept in the data folder by SHA-256, judged đạt / không đạt.

A file is copied to ``evidence/<first two hex digits>/<sha256><.ext>``: the same content is
stored once however many times it is attached. Files are checked (exists, a regular file, not
empty, not too big) before anything is written, and copied inside the unit of work so that a
failed write leaves no record pointing at a missing file.

Judging a task's evidence "không đạt" sends the task back to "chờ hoàn thiện" (SPEC §2) and
writes that step into the task's history.
"""

import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from .. import paths
from ..core.domain import EvidenceReview, KehoachError, TaskStatus
from ..core.files import file_digest
from ..core.text import clean
from ..db.models import Evidence, Task, TaskGroup, TaskUpdate, utcnow
from .plan import list_tasks
from .store import Store

Progress = Callable[[int, int, str], None]

#: Scans, photos and signed PDFs are far smaller; anything bigger is a wrong file.
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


@dataclass(frozen=True)
class StagedFile:
    """A file checked and hashed, ready to be stored."""

    source: Path
    name: str
    sha256: str
    size: int


def _hash(path: Path) -> tuple[str, int]:
    return file_digest(path, limit=MAX_EVIDENCE_BYTES)


def stage_files(files: Sequence[str | Path], progress: Progress = _noop) -> list[StagedFile]:
    """Check and hash every file; raise a Vietnamese error naming the first bad one."""
    staged = []
    for index, raw in enumerate(files):
        path = Path(raw).expanduser()
        progress(index, len(files), f"Kiểm tra tệp {path.name}")
        if not path.exists():
            raise KehoachError(f"Không tìm thấy tệp minh chứng: {path}")
        if not path.is_file():
            raise KehoachError(f"Minh chứng phải là một tệp, không phải thư mục: {path}")
        try:
            sha256, size = _hash(path)
        except OSError as exc:
            raise KehoachError(f"Không đọc được tệp minh chứng {path}: {exc.strerror}") from exc
        if size == 0:
            raise KehoachError(f"Tệp minh chứng rỗng (0 byte): {path}")
        if size > MAX_EVIDENCE_BYTES:
            raise KehoachError(
                f"Tệp minh chứng quá lớn: {path} (hơn {MAX_EVIDENCE_BYTES // (1024 * 1024)} MB); "
                "hãy nén hoặc chụp lại với độ phân giải thấp hơn."
            )
        staged.append(StagedFile(path, clean(path.name) or "minh-chung", sha256, size))
    progress(len(files), len(files), "Đã kiểm tra tệp minh chứng")
    return staged


def evidence_file(folder: Path, sha256: str, file_name: str) -> Path:
    """Where a piece of evidence lives in the data folder ``folder``."""
    suffix = Path(file_name).suffix.lower()
    suffix = suffix if _SUFFIX.fullmatch(suffix) else ""
    return paths.evidence_dir(folder) / sha256[:2] / f"{sha256}{suffix}"


def _copy_in(folder: Path, staged: StagedFile) -> Path | None:
    """Copy a staged file into the store; return its path if this call created it."""
    target = evidence_file(folder, staged.sha256, staged.name)
    if target.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.close(handle)
    try:
        shutil.copyfile(staged.source, temp)
        if _hash(Path(temp))[0] != staged.sha256:
            raise KehoachError(f"Tệp {staged.source} thay đổi trong lúc sao chép; hãy thử lại.")
        os.replace(temp, target)
    except OSError as exc:
        raise KehoachError(
            f"Không sao chép được tệp minh chứng {staged.source}: {exc.strerror}"
        ) from exc
    finally:
        if os.path.exists(temp):
            os.remove(temp)
    return target


@contextmanager
def attaching(store: Store) -> Iterator[Callable[[Session, StagedFile], Evidence]]:
    """A helper for services: ``attach(session, staged)`` copies the file in and returns a new
    Evidence row (not yet linked); files copied are removed again if the work fails."""
    created: list[Path] = []

    def attach(session: Session, staged: StagedFile) -> Evidence:
        path = _copy_in(store.folder, staged)
        if path is not None:
            created.append(path)
        return Evidence(sha256=staged.sha256, file_name=staged.name, size=staged.size)

    try:
        yield attach
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise


@dataclass
class EvidenceRow:
    id: str
    sha256: str
    file_name: str
    size: int
    attached_at: datetime
    review_state: str
    review_reason: str
    reviewed_at: datetime | None
    reviewed_by: str
    path: str
    # What it is evidence for, as a user names it: "Nhiệm vụ II.1.1", "Chỉ tiêu 12", "Ấp 3".
    subject: str = ""
    task_id: str | None = None

    @property
    def review_label(self) -> str:
        return EvidenceReview(self.review_state).label

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "sha256": self.sha256,
            "file_name": self.file_name,
            "size": self.size,
            "attached_at": self.attached_at,
            "subject": self.subject,
            "review_state": self.review_state,
            "review_reason": self.review_reason,
            "reviewed_at": self.reviewed_at,
            "reviewed_by": self.reviewed_by,
            "path": self.path,
        }


def evidence_row(
    folder: Path, evidence: Evidence, subject: str = "", task_id: str | None = None
) -> EvidenceRow:
    return EvidenceRow(
        id=evidence.id,
        sha256=evidence.sha256,
        file_name=evidence.file_name,
        size=evidence.size,
        attached_at=evidence.created_at,
        review_state=evidence.review_state,
        review_reason=evidence.review_reason,
        reviewed_at=evidence.reviewed_at,
        reviewed_by=evidence.reviewed_by,
        path=str(evidence_file(folder, evidence.sha256, evidence.file_name)),
        subject=subject,
        task_id=task_id,
    )


def _find(session: Session, key: str) -> Evidence:
    key = key.strip().lower()
    if len(key) < 6:
        raise KehoachError(
            f"Mã minh chứng “{key}” quá ngắn: ghi mã (id) hoặc ít nhất 6 ký tự đầu của SHA-256 "
            "(xem: kehoach evidence --json)."
        )
    live = select(Evidence).where(col(Evidence.deleted).is_(False))
    by_id = session.exec(live.where(Evidence.id == key)).first()
    if by_id is not None:
        return by_id
    matches = list(session.exec(live.where(col(Evidence.sha256).startswith(key))))
    if not matches:
        raise KehoachError(f"Không tìm thấy minh chứng “{key}” (xem: kehoach evidence --json).")
    if len(matches) > 1:
        raise KehoachError(
            f"“{key}” khớp với {len(matches)} minh chứng (cùng một tệp được đính kèm nhiều lần); "
            "ghi mã (id) của minh chứng."
        )
    return matches[0]


def review_evidence(
    store: Store, key: str, accepted: bool, reason: str = "", author: str = ""
) -> EvidenceRow:
    """Judge a piece of evidence đạt (``accepted``) or không đạt (a reason is required).

    Không đạt on a task's evidence moves the task to "chờ hoàn thiện" and logs the step.
    """
    reason = clean(reason)
    if not accepted and not reason:
        raise KehoachError("Đánh giá “không đạt” cần ghi lý do (--reason) để đơn vị bổ sung.")
    refs = {t.id: t.ref for t in list_tasks(store)}
    with store.session() as session:
        evidence = _find(session, key)
        evidence.review_state = (
            EvidenceReview.ACCEPTED.value if accepted else EvidenceReview.REJECTED.value
        )
        evidence.review_reason = reason
        evidence.reviewed_at = utcnow()
        evidence.reviewed_by = clean(author)
        session.add(evidence)
        subject, task_id = "", None
        if evidence.task_update_id:
            update = session.get(TaskUpdate, evidence.task_update_id)
            task = session.get(Task, update.task_id) if update else None
            if task is not None:
                task_id = task.id
                subject = f"Nhiệm vụ {refs.get(task.id, task.code)}"
                if not accepted and task.status != TaskStatus.NEEDS_REWORK:
                    session.add(
                        TaskUpdate(
                            task_id=task.id,
                            author=clean(author),
                            status_from=task.status,
                            status_to=TaskStatus.NEEDS_REWORK.value,
                            progress_from=task.progress,
                            progress_to=task.progress,
                            note=f"Minh chứng “{evidence.file_name}” không đạt: {reason}",
                        )
                    )
                    task.status = TaskStatus.NEEDS_REWORK.value
                    session.add(task)
        return evidence_row(store.folder, evidence, subject, task_id)


# ----------------------------------------------------------------------------- the demo

_DEMO_REVIEWER = "Phòng Văn hóa - Xã hội"
_DEMO_REJECTION = (
    "Ảnh chụp không rõ nội dung, chưa có biên bản nghiệm thu có chữ ký, đóng dấu; "
    "đề nghị đơn vị bổ sung."
)


def _demo_pdf(title: str) -> bytes:
    """A one-page PDF whose text names the demo document (ASCII, so no font is needed)."""
    plain = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    text = plain.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 14 Tf 60 780 Td ({text}) Tj 0 -24 Td (Du lieu mau) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def add_demo_evidence(session: Session, folder: Path) -> int:
    """Give the demo's tasks evidence on their latest update: accepted acceptance minutes for
    done tasks, a rejected file for tasks waiting for rework, a progress report waiting for
    review on tasks at 60 % or more. Returns the number of pieces written."""
    latest: dict[str, TaskUpdate] = {}
    for row in session.exec(select(TaskUpdate).order_by(col(TaskUpdate.at))):
        latest[row.task_id] = row
    sections = {g.id: g.code for g in session.exec(select(TaskGroup))}
    written = 0
    for task in session.exec(select(Task).order_by(col(Task.sort_order))):
        update = latest.get(task.id)
        if update is None:
            continue
        ref = f"{sections[task.group_id]}.{task.code}" if task.group_id in sections else task.code
        if task.status == TaskStatus.DONE:
            name, state = f"Biên bản nghiệm thu nhiệm vụ {ref}.pdf", EvidenceReview.ACCEPTED
        elif task.status == TaskStatus.NEEDS_REWORK:
            name, state = f"Ảnh chụp sản phẩm nhiệm vụ {ref}.pdf", EvidenceReview.REJECTED
        elif task.status == TaskStatus.IN_PROGRESS and task.progress >= 60:
            name, state = f"Báo cáo tiến độ nhiệm vụ {ref}.pdf", EvidenceReview.PENDING
        else:
            continue
        content = _demo_pdf(f"{name} - {task.content[:60]}")
        sha256 = hashlib.sha256(content).hexdigest()
        target = evidence_file(folder, sha256, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        reviewed = state != EvidenceReview.PENDING
        session.add(
            Evidence(
                created_at=update.at,
                sha256=sha256,
                file_name=name,
                size=len(content),
                task_update_id=update.id,
                review_state=state.value,
                review_reason=_DEMO_REJECTION if state == EvidenceReview.REJECTED else "",
                reviewed_at=update.at + timedelta(days=2) if reviewed else None,
                reviewed_by=_DEMO_REVIEWER if reviewed else "",
            )
        )
        written += 1
    return written
