"""Task updates: status and progress with a note and evidence, and each task's dated history."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import col, select

from ..core.domain import TASK_STATUS_LABELS, KehoachError, TaskStatus
from ..core.text import clean, fold
from ..db.models import (
    Activity,
    Evidence,
    Hamlet,
    Indicator,
    IndicatorValue,
    Task,
    TaskUpdate,
    utcnow,
)
from .evidence import (
    EvidenceRow,
    Progress,
    _noop,
    attaching,
    evidence_row,
    review_evidence,
    stage_files,
)
from .plan import TaskRow, list_tasks
from .store import Store


def parse_status(text: str) -> TaskStatus:
    """A status as the CLI names it ("done") or as users read it ("Hoàn thành")."""
    key = fold(text)
    for status in TaskStatus:
        if key in (fold(status.value), fold(TASK_STATUS_LABELS[status])):
            return status
    known = ", ".join(f"{s.value} ({TASK_STATUS_LABELS[s].lower()})" for s in TaskStatus)
    raise KehoachError(f"Trạng thái không hợp lệ: “{text}”. Dùng một trong: {known}.")


def find_task(tasks: list[TaskRow], code: str, section: str | None = None) -> TaskRow:
    """The task a user means: its printed ref ("II.1.1") or its code within ``section``.

    Plans that restart numbering per section need the section ("--section II") or the ref;
    an ambiguous code raises an error listing the refs that match.
    """
    code = clean(code)
    if not tasks:
        raise KehoachError(
            "Chưa có kế hoạch nào: hãy nhập kế hoạch (kehoach import) hoặc chạy kehoach demo."
        )
    if section:
        matches = [t for t in tasks if t.code == code and fold(t.section) == fold(section)]
    else:
        matches = [t for t in tasks if t.ref == code] or [t for t in tasks if t.code == code]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        where = f" trong mục {section}" if section else ""
        raise KehoachError(f"Không có nhiệm vụ mã “{code}”{where} (xem danh sách: kehoach tasks).")
    refs = ", ".join(t.ref for t in matches)
    raise KehoachError(
        f"Mã “{code}” có ở nhiều mục ({refs}); ghi rõ mục bằng --section hoặc dùng mã đầy đủ "
        f"như {matches[0].ref}."
    )


@dataclass
class TaskUpdateRow:
    id: str
    at: datetime
    author: str
    status_from: str | None
    status_to: str | None
    progress_from: int | None
    progress_to: int | None
    note: str
    evidence: list[EvidenceRow] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.at,
            "author": self.author,
            "status_from": self.status_from,
            "status": self.status_to,
            "progress_from": self.progress_from,
            "progress": self.progress_to,
            "note": self.note,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class TaskDetail:
    task: TaskRow
    updates: list[TaskUpdateRow]

    def to_json(self) -> dict[str, object]:
        return {**self.task.to_json(), "updates": [u.to_json() for u in self.updates]}


def update_task(
    store: Store,
    code: str,
    section: str | None = None,
    status: str | TaskStatus | None = None,
    progress: int | None = None,
    note: str = "",
    evidence: Sequence[str | Path] = (),
    author: str = "",
    task_id: str | None = None,
    on_progress: Progress = _noop,
) -> TaskDetail:
    """Record a dated update of a task (by code/section, or by ``task_id`` from the app).

    A task marked done is at 100 % unless told otherwise (and "done" below 100 % is refused).
    Evidence files are checked before anything is written and stored by SHA-256.
    """
    tasks = list_tasks(store)
    if task_id is not None:
        row = next((t for t in tasks if t.id == task_id), None)
        if row is None:
            raise KehoachError("Nhiệm vụ không còn trong kế hoạch.")
    else:
        row = find_task(tasks, code, section)
    new_status = parse_status(status) if isinstance(status, str) else status
    if progress is not None and (
        isinstance(progress, bool) or not isinstance(progress, int) or not 0 <= progress <= 100
    ):
        raise KehoachError(f"Tiến độ phải là số nguyên từ 0 đến 100 (%), không phải “{progress}”.")
    if new_status == TaskStatus.DONE:
        if progress is None:
            progress = 100
        elif progress < 100:
            raise KehoachError(
                f"Nhiệm vụ {row.ref} đánh dấu hoàn thành thì tiến độ phải là 100%, "
                f"không phải {progress}%."
            )
    note = clean(note)
    if new_status is None and progress is None and not note and not evidence:
        raise KehoachError(
            "Chưa có gì để cập nhật: ghi --status, --progress, --note hoặc --evidence."
        )
    staged = stage_files(evidence, on_progress)
    with attaching(store) as attach, store.session() as session:
        task = session.get(Task, row.id)
        if task is None or task.deleted:
            raise KehoachError(f"Nhiệm vụ {row.ref} không còn trong kế hoạch.")
        update = TaskUpdate(
            task_id=task.id,
            at=utcnow(),
            author=clean(author),
            status_from=task.status,
            status_to=new_status.value if new_status else task.status,
            progress_from=task.progress,
            progress_to=progress if progress is not None else task.progress,
            note=note,
        )
        session.add(update)
        session.flush()
        for item in staged:
            piece = attach(session, item)
            piece.task_update_id = update.id
            session.add(piece)
        task.status = update.status_to or task.status
        task.progress = update.progress_to if update.progress_to is not None else task.progress
        session.add(task)
    return task_detail(store, row.id)


def task_detail(store: Store, task_id: str) -> TaskDetail:
    """A task with its history of updates (newest first) and the evidence of each."""
    tasks = {t.id: t for t in list_tasks(store)}
    row = tasks.get(task_id)
    if row is None:
        raise KehoachError("Nhiệm vụ không còn trong kế hoạch.")
    with store.session() as session:
        updates = list(
            session.exec(
                select(TaskUpdate)
                .where(TaskUpdate.task_id == task_id, col(TaskUpdate.deleted).is_(False))
                .order_by(col(TaskUpdate.at).desc(), col(TaskUpdate.change_seq).desc())
            )
        )
        pieces: dict[str, list[EvidenceRow]] = {}
        if updates:
            for piece in session.exec(
                select(Evidence)
                .where(
                    col(Evidence.task_update_id).in_([u.id for u in updates]),
                    col(Evidence.deleted).is_(False),
                )
                .order_by(col(Evidence.created_at))
            ):
                pieces.setdefault(piece.task_update_id or "", []).append(
                    evidence_row(store.folder, piece, f"Nhiệm vụ {row.ref}", task_id)
                )
        history = [
            TaskUpdateRow(
                id=u.id,
                at=u.at,
                author=u.author,
                status_from=u.status_from,
                status_to=u.status_to,
                progress_from=u.progress_from,
                progress_to=u.progress_to,
                note=u.note,
                evidence=pieces.get(u.id, []),
            )
            for u in updates
        ]
    return TaskDetail(row, history)


def task_detail_by_code(store: Store, code: str, section: str | None = None) -> TaskDetail:
    return task_detail(store, find_task(list_tasks(store), code, section).id)


def list_evidence(
    store: Store, state: str | None = None, task: str | None = None, section: str | None = None
) -> list[EvidenceRow]:
    """Every piece of evidence with what it belongs to, newest first; filter by review state
    (pending, accepted, rejected) or by task."""
    tasks = list_tasks(store)
    refs = {t.id: t.ref for t in tasks}
    only_task = find_task(tasks, task, section).id if task else None
    if state is not None and state not in ("pending", "accepted", "rejected"):
        raise KehoachError(
            f"Trạng thái đánh giá không hợp lệ: “{state}”. Dùng pending, accepted hoặc rejected."
        )
    with store.session() as session:
        update_task = {u.id: u.task_id for u in session.exec(select(TaskUpdate))}
        value_indicator = {v.id: v.indicator_id for v in session.exec(select(IndicatorValue))}
        indicator_codes = {i.id: i.code for i in session.exec(select(Indicator))}
        activity_hamlet = {a.id: a.hamlet_id for a in session.exec(select(Activity))}
        hamlet_names = {h.id: h.name for h in session.exec(select(Hamlet))}
        query = select(Evidence).where(col(Evidence.deleted).is_(False))
        if state:
            query = query.where(Evidence.review_state == state)
        rows = []
        for piece in session.exec(query.order_by(col(Evidence.created_at).desc())):
            task_id = update_task.get(piece.task_update_id or "")
            if only_task and task_id != only_task:
                continue
            if task_id:
                subject = f"Nhiệm vụ {refs.get(task_id, '?')}"
            elif piece.indicator_value_id:
                code = indicator_codes.get(value_indicator.get(piece.indicator_value_id, ""), "?")
                subject = f"Chỉ tiêu {code}"
            elif piece.activity_id:
                hamlet = hamlet_names.get(activity_hamlet.get(piece.activity_id, ""), "?")
                subject = f"Nhật ký {hamlet}"
            else:
                subject = ""
            rows.append(evidence_row(store.folder, piece, subject, task_id))
        return rows


__all__ = [
    "TaskDetail",
    "TaskUpdateRow",
    "find_task",
    "list_evidence",
    "parse_status",
    "review_evidence",
    "task_detail",
    "task_detail_by_code",
    "update_task",
]
