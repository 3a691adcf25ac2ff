"""Task updates with evidence stored by SHA-256, evidence review, and the warnings they move."""

import hashlib
from pathlib import Path

import pytest
from sqlmodel import func, select

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.db.models import Evidence, Task, TaskUpdate
from kehoach_desktop.services.evidence import MAX_EVIDENCE_BYTES, review_evidence
from kehoach_desktop.services.plan import list_tasks
from kehoach_desktop.services.status import collect_warnings
from kehoach_desktop.services.store import Store
from kehoach_desktop.services.task_updates import (
    list_evidence,
    parse_status,
    task_detail,
    update_task,
)
from tests.conftest import DEMO_TODAY


def counts(store: Store) -> tuple[int, int, str, int]:
    with store.session() as session:
        updates = session.exec(select(func.count()).select_from(TaskUpdate)).one()
        pieces = session.exec(select(func.count()).select_from(Evidence)).one()
        camera = next(t for t in list_tasks(store) if t.ref == "II.1.1")
        task = session.get(Task, camera.id)
        assert task is not None
        return updates, pieces, task.status, task.progress


def warned(store: Store, kind: str) -> set[str]:
    return {w.ref for w in collect_warnings(store, DEMO_TODAY) if w.kind == kind}


def test_an_update_with_evidence_stores_the_file_by_its_hash(
    demo_store: Store, tmp_path: Path
) -> None:
    scan = tmp_path / "Biên bản nghiệm thu.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban nghiem thu camera")
    detail = update_task(
        demo_store,
        "1.1",
        section="II",
        status="in_progress",
        progress=80,
        note="Đã lắp 6/8 camera",
        evidence=[scan],
        author="Phòng VH-XH",
    )
    assert (detail.task.status, detail.task.progress) == ("in_progress", 80)
    latest = detail.updates[0]
    assert (latest.status_from, latest.progress_from, latest.progress_to) == (
        "in_progress",
        35,
        80,
    )
    assert latest.author == "Phòng VH-XH" and latest.note == "Đã lắp 6/8 camera"
    (piece,) = latest.evidence
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert piece.sha256 == digest and piece.file_name == "Biên bản nghiệm thu.pdf"
    stored = Path(piece.path)
    assert stored == demo_store.folder / "evidence" / digest[:2] / f"{digest}.pdf"
    assert stored.read_bytes() == scan.read_bytes()
    assert piece.review_state == "pending"
    # The same content attached again is kept once on disk, twice in the records.
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(scan.read_bytes())
    update_task(demo_store, "II.1.1", evidence=[copy])
    assert len(list(stored.parent.iterdir())) == 1
    assert len(list_evidence(demo_store, task="II.1.1")) == 2


def test_bad_evidence_leaves_the_store_unchanged(demo_store: Store, tmp_path: Path) -> None:
    good = tmp_path / "anh.jpg"
    good.write_bytes(b"\xff\xd8\xff anh")
    empty = tmp_path / "rong.pdf"
    empty.write_bytes(b"")
    before = counts(demo_store)
    stored = sorted((demo_store.folder / "evidence").rglob("*"))
    for bad, message in (
        (tmp_path / "khong-co.pdf", "Không tìm thấy tệp minh chứng"),
        (empty, "rỗng"),
        (tmp_path, "không phải thư mục"),
    ):
        with pytest.raises(KehoachError, match=message) as refused:
            update_task(demo_store, "II.1.1", status="done", evidence=[good, bad])
        assert str(bad) in str(refused.value)
        assert counts(demo_store) == before
    assert sorted((demo_store.folder / "evidence").rglob("*")) == stored


def test_oversize_evidence_is_refused(demo_store: Store, tmp_path: Path) -> None:
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.seek(MAX_EVIDENCE_BYTES)
        handle.write(b"x")
    with pytest.raises(KehoachError, match="quá lớn"):
        update_task(demo_store, "II.1.1", evidence=[big])


def test_status_and_progress_rules(demo_store: Store) -> None:
    assert parse_status("Hoàn thành") == "done" and parse_status("needs_rework") == "needs_rework"
    with pytest.raises(KehoachError, match="Trạng thái không hợp lệ"):
        parse_status("xong")
    with pytest.raises(KehoachError, match="phải là 100%"):
        update_task(demo_store, "II.1.1", status="done", progress=90)
    with pytest.raises(KehoachError, match="từ 0 đến 100"):
        update_task(demo_store, "II.1.1", progress=120)
    with pytest.raises(KehoachError, match="Chưa có gì để cập nhật"):
        update_task(demo_store, "II.1.1")
    with pytest.raises(KehoachError, match=r"nhiều mục \(I\.1\.1, II\.1\.1\)"):
        update_task(demo_store, "1.1", progress=50)
    with pytest.raises(KehoachError, match="Không có nhiệm vụ mã “9.9”"):
        update_task(demo_store, "9.9", progress=50)
    detail = update_task(demo_store, "1.1", section="II", status="done")
    assert detail.task.progress == 100


def test_marking_a_late_task_done_clears_its_overdue_warning(demo_store: Store) -> None:
    late = [
        t.ref
        for t in list_tasks(demo_store)
        if t.due_date and t.due_date < DEMO_TODAY
        if t.status != "done"
    ]
    assert set(late) == warned(demo_store, "overdue") and "II.1.1" in late
    update_task(demo_store, "II.1.1", status="done", note="Đã nghiệm thu")
    assert warned(demo_store, "overdue") == set(late) - {"II.1.1"}


def test_rejected_evidence_sends_the_task_back_and_warns_until_new_evidence(
    demo_store: Store, tmp_path: Path
) -> None:
    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"bien ban")
    detail = update_task(demo_store, "III.3", status="done", evidence=[scan], author="Đoàn TN")
    piece = detail.updates[0].evidence[0]
    assert "III.3" not in warned(demo_store, "evidence_rejected")
    with pytest.raises(KehoachError, match="cần ghi lý do"):
        review_evidence(demo_store, piece.id, accepted=False)
    reviewed = review_evidence(
        demo_store, piece.sha256[:10], accepted=False, reason="Thiếu dấu đỏ", author="Trưởng phòng"
    )
    assert reviewed.review_state == "rejected" and reviewed.reviewed_by == "Trưởng phòng"
    assert reviewed.subject == "Nhiệm vụ III.3"
    after = task_detail(demo_store, detail.task.id)
    assert after.task.status == "needs_rework"
    assert after.updates[0].status_to == "needs_rework" and "Thiếu dấu đỏ" in after.updates[0].note
    (warning,) = [w for w in collect_warnings(demo_store, DEMO_TODAY) if w.ref == "III.3"]
    assert warning.kind == "evidence_rejected" and "bien-ban.pdf" in warning.message
    # New evidence handed in: no longer warned while it waits for review; accepted: still none.
    better = tmp_path / "bien-ban-co-dau.pdf"
    better.write_bytes(b"bien ban co dau")
    new = update_task(demo_store, "III.3", status="done", evidence=[better])
    assert "III.3" not in warned(demo_store, "evidence_rejected")
    review_evidence(demo_store, new.updates[0].evidence[0].id, accepted=True)
    assert "III.3" not in warned(demo_store, "evidence_rejected")
    assert [e.review_state for e in list_evidence(demo_store, task="III.3")] == [
        "accepted",
        "rejected",
    ]


def test_unknown_evidence_keys_are_refused(demo_store: Store) -> None:
    with pytest.raises(KehoachError, match="quá ngắn"):
        review_evidence(demo_store, "ab", accepted=True)
    with pytest.raises(KehoachError, match="Không tìm thấy minh chứng"):
        review_evidence(demo_store, "abcdef0123", accepted=True)


def test_a_partner_unit_tombstoned_by_sync_leaves_the_task_list(demo_store) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from kehoach_desktop.services.plan import list_tasks

    task = next(t for t in list_tasks(demo_store) if len(t.partner_units) >= 2)
    gone = task.partner_units[0]
    with sqlite3.connect(demo_store.path) as conn:
        conn.execute(
            "UPDATE task_partner SET deleted = 1 WHERE task_id = ? AND printed_text = ?",
            (task.id, gone),
        )
    after = next(t for t in list_tasks(demo_store) if t.id == task.id)
    assert after.partner_units == task.partner_units[1:]
