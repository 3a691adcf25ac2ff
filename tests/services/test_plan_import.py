"""Plan intake into a real store: preview, commit, re-import, identities, units, bad files,
export and the round trip. Every file is a real .docx/.xlsx built from the reference plans."""

import json
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.services import plan_import
from kehoach_desktop.services.plan import list_indicators, list_tasks
from kehoach_desktop.services.plan_export import export_plan
from kehoach_desktop.services.plan_import import commit_import, preview_import
from kehoach_desktop.services.store import open_store
from tests.importers.fixtures.make_fixtures import EXPECTED, NEVER_SEEN
from tests.plan_intake import (
    bad_files,
    build_all,
    doubtful_cells,
    store_fingerprint,
    two_sectionless_appendices,
)

PLAN_FIELDS = (
    "code",
    "ref",
    "section",
    "section_title",
    "parent_code",
    "content",
    "lead_unit",
    "partner_units",
    "product",
    "deadline_text",
    "due_date",
    "recurrence",
    "budget_million",
    "note",
)


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("plans"))


@pytest.fixture
def worked_store(demo_store):  # type: ignore[no-untyped-def]
    """A store an officer has worked in: the demo's content, but its plan came from a file
    (a store holding only the demo is replaced by an import instead)."""
    with sqlite3.connect(demo_store.path) as conn:
        conn.execute("UPDATE plan SET source_file = 'ke-hoach-ta-lai-2026.docx'")
    return demo_store


@pytest.fixture
def empty_store(data_dir: Path):  # type: ignore[no-untyped-def]
    store = open_store(data_dir)
    yield store
    store.close()


def _fresh(tmp_path: Path, name: str):  # type: ignore[no-untyped-def]
    return open_store(tmp_path / name)


def _rows(store) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [json.loads(json.dumps(t.to_json(), default=str)) for t in list_tasks(store)]


def _indicator_rows(store) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [json.loads(json.dumps(i.to_json(), default=str)) for i in list_indicators(store)]


# --------------------------------------------------------------------------- accuracy


def _accuracy(store, name: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Share of printed tasks whose field, read back from the store, is exactly as printed."""
    expected = EXPECTED[name].tasks
    got = {(t.section, t.code): t for t in list_tasks(store)}
    right = dict.fromkeys(("content", "deadline", "lead", "partners", "product"), 0)
    for e in expected:
        t = got.get((e.section, e.code))
        if t is None:
            continue
        right["content"] += t.content == e.content
        right["deadline"] += t.deadline_text == e.deadline
        right["lead"] += t.lead_unit == e.lead
        right["partners"] += tuple(t.partner_units) == e.partners
        right["product"] += t.product == e.product
    return {field: n / len(expected) for field, n in right.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_plan_lands_in_the_store_as_printed(
    plan_files: dict[str, Path], tmp_path: Path, name: str
) -> None:
    store = _fresh(tmp_path, name)
    result = commit_import(store, plan_files[name])
    expected = EXPECTED[name]
    rows = list_tasks(store)
    # All rows counted, parent rows included, in appendix order.
    assert [(t.section, t.code) for t in rows] == [(e.section, e.code) for e in expected.tasks]
    assert result.preview.counts("task")["new"] == len(expected.tasks)
    accuracy = _accuracy(store, name)
    assert accuracy["content"] >= 0.95 and accuracy["deadline"] >= 0.95, accuracy
    assert min(accuracy["lead"], accuracy["partners"], accuracy["product"]) >= 0.90, accuracy
    # Targets keep their printed text.
    indicators = list_indicators(store)
    assert [(i.code, i.name, i.target_text, i.horizon) for i in indicators] == [
        (e.code, e.name, e.target, e.horizon) for e in expected.indicators
    ]
    store.close()


def test_plans_never_seen_meet_the_issue_bar(plan_files: dict[str, Path], tmp_path: Path) -> None:
    total = 0
    right = dict.fromkeys(("content", "deadline", "lead", "partners", "product"), 0.0)
    for name in NEVER_SEEN:
        store = _fresh(tmp_path, name)
        commit_import(store, plan_files[name])
        n = len(EXPECTED[name].tasks)
        total += n
        for field, share in _accuracy(store, name).items():
            right[field] += share * n
        store.close()
    accuracy = {f: v / total for f, v in right.items()}
    assert total == 27
    assert accuracy["content"] >= 0.95 and accuracy["deadline"] >= 0.95
    assert min(accuracy["lead"], accuracy["partners"], accuracy["product"]) >= 0.90


def test_deadlines_are_parsed_beside_their_text(
    plan_files: dict[str, Path], tmp_path: Path
) -> None:
    store = _fresh(tmp_path, "tp")
    commit_import(store, plan_files["tan_phu.docx"])
    by_ref = {t.ref: t for t in list_tasks(store)}
    assert (by_ref["I.1"].deadline_text, by_ref["I.1"].due_date) == (
        "Tháng 05/2026",
        date(2026, 5, 31),
    )
    assert by_ref["I.2"].due_date == date(2026, 6, 30)  # "6 tháng đầu năm 2026"
    assert by_ref["III.2"].recurrence == "on_event"
    store.close()
    store = _fresh(tmp_path, "lt")
    commit_import(store, plan_files["loc_tan.docx"])
    tasks = {(t.section, t.code): t for t in list_tasks(store)}
    assert tasks[("", "12")].deadline_text == "Quý VI/2026"  # impossible: kept as written
    assert tasks[("", "12")].due_date is None and tasks[("", "12")].recurrence is None
    assert tasks[("", "2")].recurrence == "quarterly"
    assert tasks[("", "31")].recurrence == "monthly"
    assert tasks[("III", "3")].recurrence == "continuous"
    assert tasks[("II", "3")].due_date == date(2026, 6, 30)  # "Quý II" in the plan's year
    store.close()


# --------------------------------------------------------------------------- dry run, commit


def test_preview_writes_nothing(plan_files: dict[str, Path], worked_store) -> None:  # type: ignore[no-untyped-def]
    before = store_fingerprint(worked_store.path)
    for name in sorted(plan_files):
        preview = preview_import(worked_store, plan_files[name])
        assert preview.tasks or preview.indicators
    assert store_fingerprint(worked_store.path) == before
    assert not list((worked_store.folder / "backups").glob("truoc-nhap-ke-hoach-*"))


def test_preview_without_a_store_says_everything_is_new(plan_files: dict[str, Path]) -> None:
    preview = preview_import(None, plan_files["dak_nhou.docx"])
    assert preview.commune_action == "create"
    assert preview.counts("task") == {"new": 8, "updated": 0, "unchanged": 0, "removed": 0}
    assert preview.counts("indicator")["new"] == 22


def test_import_into_an_empty_store_sets_up_the_commune(
    plan_files: dict[str, Path], empty_store
) -> None:  # type: ignore[no-untyped-def]
    result = commit_import(empty_store, plan_files["dak_nhou.docx"])
    assert result.preview.commune_action == "create"
    with empty_store.read() as conn:
        commune = conn.execute("SELECT name, issuing_body, place_name FROM commune").fetchall()
        plan = conn.execute("SELECT number, issued_on, year, source_file FROM plan").fetchone()
    assert [tuple(r) for r in commune] == [("Đak Nhou", "ỦY BAN NHÂN DÂN XÃ ĐAK NHOU", "Đak Nhou")]
    assert tuple(plan) == ("64/KH-UBND", "2026-03-06", 2026, "dak_nhou.docx")
    # A second plan of the same commune does not create a second commune.
    commit_import(empty_store, plan_files["dak_nhou.docx"])
    with empty_store.read() as conn:
        assert conn.execute("SELECT count(*) FROM commune").fetchone()[0] == 1


def test_second_import_changes_nothing(plan_files: dict[str, Path], tmp_path: Path) -> None:
    for name in sorted(plan_files):
        store = _fresh(tmp_path, name)
        commit_import(store, plan_files[name])
        before = store_fingerprint(store.path)
        again = commit_import(store, plan_files[name])
        assert store_fingerprint(store.path) == before, name
        assert again.preview.plan_action == "unchanged"
        for kind in ("task", "indicator"):
            counts = again.preview.counts(kind)
            assert counts["new"] == counts["updated"] == counts["removed"] == 0, (name, kind)
        assert not again.preview.changes_anything
        assert again.backup is not None and again.backup.exists()
        store.close()


def test_reimport_keeps_status_progress_and_history(
    plan_files: dict[str, Path], worked_store
) -> None:  # type: ignore[no-untyped-def]
    before = {(t.section, t.code): (t.status, t.progress) for t in list_tasks(worked_store)}
    with worked_store.read() as conn:
        history = conn.execute("SELECT count(*) FROM task_update").fetchone()[0]
        demo_plan = conn.execute("SELECT id FROM plan").fetchone()[0]
    result = commit_import(worked_store, plan_files["ta_lai.docx"])
    assert result.plan_id == demo_plan  # no number, same year: the same plan, updated in place
    after = {(t.section, t.code): (t.status, t.progress) for t in list_tasks(worked_store)}
    kept = [key for key in before if key in after]
    assert len(kept) == 30
    assert all(after[key] == before[key] for key in kept)
    assert len(after) == 31  # no duplicates
    with worked_store.read() as conn:
        assert conn.execute("SELECT count(*) FROM task_update").fetchone()[0] == history
        assert conn.execute("SELECT count(*) FROM plan").fetchone()[0] == 1
        # IV.1 of the demo is IV without a number in the file: the old row is tombstoned.
        gone = conn.execute(
            "SELECT t.deleted FROM task t JOIN task_group g ON g.id = t.group_id "
            "WHERE g.code = 'IV' AND t.code = '1'"
        ).fetchone()
    assert gone[0] == 1
    assert any(
        "IV.1" in w.message and "không còn trong tệp" in w.message for w in result.preview.warnings
    )
    assert result.backup is not None and "truoc-nhap-ke-hoach" in result.backup.name
    # Tà Lài's appendix has no deadline, product or partner column: what the store has there
    # (typed in the app) is kept, and the preview says so.
    camera = {t.ref: t for t in list_tasks(worked_store)}["II.1.1"]
    assert (camera.deadline_text, camera.due_date) == ("Quý III/2026", date(2026, 9, 30))
    assert camera.partner_units and camera.product
    messages = [w.message for w in result.preview.warnings]
    assert (
        "Tệp không ghi thời hạn cho nhiệm vụ nào: giữ nguyên thời hạn đã có trong kho" in messages
    )


def test_an_edited_plan_updates_by_identity(plan_files: dict[str, Path], tmp_path: Path) -> None:
    store = _fresh(tmp_path, "a")
    commit_import(store, plan_files["phu_hoa.xlsx"])
    with store.session() as session:  # some tracking on task I.2.3
        from sqlmodel import select

        from kehoach_desktop.db.models import Task

        task = next(t for t in session.exec(select(Task)) if t.code == "2.3")
        task.status, task.progress = "in_progress", 40
    edited = tmp_path / "sua.xlsx"
    wb = openpyxl.load_workbook(plan_files["phu_hoa.xlsx"])
    ws = wb["Nhiệm vụ"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    header = rows["STT"]
    deadline_col = next(c for c in range(1, 9) if ws.cell(header, c).value == "Thời hạn")
    ws.cell(rows[2.3], deadline_col).value = "Tháng 11/2026"  # moved deadline
    for column in range(1, 9):  # a task dropped from the plan (its row left blank)
        ws.cell(rows[2.4], column).value = None
    wb.save(edited)
    preview = preview_import(store, edited)
    changed = {r.ref: r for r in preview.tasks if r.action != "unchanged"}
    assert changed["I.2.3"].action == "updated"
    assert [(c.label, c.old, c.new) for c in changed["I.2.3"].changes] == [
        ("Thời hạn", "Tháng 5/2026", "Tháng 11/2026"),
        ("Ngày đến hạn", "31/05/2026", "30/11/2026"),
    ]
    assert changed["I.2.4"].action == "removed"
    assert len(changed) == 2
    commit_import(store, edited)
    tasks = {t.ref: t for t in list_tasks(store)}
    assert (tasks["I.2.3"].deadline_text, tasks["I.2.3"].status, tasks["I.2.3"].progress) == (
        "Tháng 11/2026",
        "in_progress",
        40,
    )
    assert "I.2.4" not in tasks
    # Putting the row back restores the same task (its id and history), not a new one.
    with store.read() as conn:
        old_id = conn.execute("SELECT id FROM task WHERE code='2.4' AND deleted=1").fetchone()[0]
    back = commit_import(store, plan_files["phu_hoa.xlsx"])
    assert {r.ref: r.action for r in back.preview.tasks}["I.2.4"] == "updated"
    with store.read() as conn:
        rows_now = conn.execute("SELECT id, deleted FROM task WHERE code='2.4'").fetchall()
    assert [tuple(r) for r in rows_now] == [(old_id, 0)]
    store.close()


def test_commit_is_one_transaction(
    plan_files: dict[str, Path], worked_store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    before = store_fingerprint(worked_store.path)

    def broken(*_args: object) -> None:
        raise RuntimeError("mất điện giữa chừng")

    monkeypatch.setattr(plan_import, "_write_partners", broken)
    with pytest.raises(RuntimeError):
        commit_import(worked_store, plan_files["ta_lai.docx"])
    assert store_fingerprint(worked_store.path) == before


def test_progress_is_reported(plan_files: dict[str, Path], empty_store) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int, str]] = []
    commit_import(empty_store, plan_files["loc_tan.docx"], lambda d, t, m: calls.append((d, t, m)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert all(0 <= d <= t for d, t, _ in calls)
    assert any("nhiệm vụ" in m for _, _, m in calls)


# --------------------------------------------------------------------------- identities, units


def test_rows_without_a_number_keep_one_identity(plan_files: dict[str, Path], empty_store) -> None:  # type: ignore[no-untyped-def]
    commit_import(empty_store, plan_files["ta_lai.docx"])
    unnumbered = [t for t in list_tasks(empty_store) if t.code == ""]
    assert [(t.section, t.lead_unit) for t in unnumbered] == [("IV", "Các cơ quan, đơn vị")]
    again = commit_import(empty_store, plan_files["ta_lai.docx"])
    assert {r.action for r in again.preview.tasks} == {"unchanged"}


def test_codes_repeated_in_a_second_appendix_without_sections(tmp_path: Path, empty_store) -> None:  # type: ignore[no-untyped-def]
    path = two_sectionless_appendices(tmp_path / "hai_phu_luc.docx")
    result = commit_import(empty_store, path)
    rows = list_tasks(empty_store)
    assert [t.ref for t in rows] == ["1", "2", "3", "PL2.1", "PL2.2", "PL2.3"]
    assert rows[3].content == "Nâng cấp mạng LAN trụ sở"
    assert rows[3].section_title.startswith("Bảng nhiệm vụ 2")
    assert any("“PL2”" in w.message for w in result.preview.warnings)
    again = commit_import(empty_store, path)
    assert again.preview.counts("task")["unchanged"] == 6


def test_units_resolve_through_aliases(plan_files: dict[str, Path], worked_store) -> None:  # type: ignore[no-untyped-def]
    with worked_store.read() as conn:
        units_before = conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    result = commit_import(worked_store, plan_files["dak_nhou.docx"])  # another commune: own plan
    assert result.preview.units_created == []  # "Phòng VHXXH", "Phòng kinh tế" … all known
    with worked_store.read() as conn:
        assert conn.execute("SELECT count(*) FROM unit").fetchone()[0] == units_before
        leads = dict(
            conn.execute(
                "SELECT i.lead_unit_text, u.name FROM indicator i JOIN unit u "
                "ON u.id = i.lead_unit_id WHERE i.plan_id = ?",
                (result.plan_id,),
            ).fetchall()
        )
        six = conn.execute(
            "SELECT t.lead_unit_text, u.name FROM task t JOIN unit u ON u.id = t.lead_unit_id "
            "WHERE t.plan_id = ? AND t.code = '6'",
            (result.plan_id,),
        ).fetchone()
    assert leads["Phòng VHXXH"] == "Phòng Văn hóa - Xã hội"
    assert leads["Trung tâm Phục vụ hành chính công"] == "Trung tâm Phục vụ hành chính công"
    # A lead cell naming two units: the first is the lead, the cell is kept as printed.
    assert tuple(six) == ("Phòng kinh tế; trung tâm dịch vụ tổng hợp", "Phòng Kinh tế")
    assert any("có 2 đơn vị chủ trì" in w.message for w in result.preview.warnings)
    assert any(
        "xã Đak Nhou" in w.message and "kế hoạch riêng" in w.message
        for w in result.preview.warnings
    )


def test_unknown_units_are_created_once_with_an_alias(
    plan_files: dict[str, Path], empty_store
) -> None:  # type: ignore[no-untyped-def]
    result = commit_import(empty_store, plan_files["loc_tan.docx"])
    created = result.preview.units_created
    assert len(created) == len(set(created))
    assert "Phòng VH-XH" in created and "Phòng Văn hóa - xã hội" not in created  # one unit
    with empty_store.read() as conn:
        units = conn.execute("SELECT count(*) FROM unit").fetchone()[0]
        aliases = dict(conn.execute("SELECT alias, key FROM unit_alias").fetchall())
        linked = conn.execute(
            "SELECT count(*) FROM task WHERE lead_unit_text LIKE 'Phòng V%' "
            "AND lead_unit_id = (SELECT unit_id FROM unit_alias WHERE alias = 'Phòng VH-XH')"
        ).fetchone()[0]
    assert units == len(created) == len(aliases)
    assert linked >= 8  # "Phòng VH-XH", "Phòng Văn hóa - xã hội" … one unit
    warned = [w for w in result.preview.warnings if "chưa có trong danh mục" in w.message]
    assert len(warned) == len(created)
    assert all(w.table is not None and w.row is not None and w.column for w in warned)
    # "Nhiệm vụ áp dụng chung cho 21 ấp" names no unit: kept as printed, not made a unit.
    assert any(
        "Nhiệm vụ áp dụng chung cho 21 ấp" in w.message and "(4 dòng)" in w.message
        for w in result.preview.warnings
    )


# --------------------------------------------------------------------------- bad input


def _refused(call, path: Path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(KehoachError) as caught:
        call(path)
    message = str(caught.value)
    assert f"“{path.name}”" in message and "\n" not in message
    return message


def test_bad_files_are_refused_and_the_store_is_unchanged(
    plan_files: dict[str, Path], demo_store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    before = store_fingerprint(demo_store.path)
    files = bad_files(tmp_path / "hong", plan_files["dak_nhou.docx"])
    expected = {
        "truncated": "bị hỏng hoặc không đầy đủ",
        "not_office": "không phải tệp Word (.docx) hay Excel (.xlsx)",
        "no_table": "không tìm thấy bảng nhiệm vụ hay bảng chỉ tiêu",
        "missing_column": "thiếu cột “Nội dung nhiệm vụ”",
    }
    for name, path in files.items():
        assert expected[name] in _refused(lambda p: preview_import(demo_store, p), path)
        assert expected[name] in _refused(lambda p: commit_import(demo_store, p), path)
        assert store_fingerprint(demo_store.path) == before, name
    assert "Trang tính “Phụ lục”" in _refused(
        lambda p: commit_import(demo_store, p), files["missing_column"]
    )
    assert not list((demo_store.folder / "backups").glob("truoc-nhap-ke-hoach-*"))


def test_doubtful_cells_are_kept_as_text_with_a_warning(tmp_path: Path, empty_store) -> None:  # type: ignore[no-untyped-def]
    path = doubtful_cells(tmp_path / "nghi_ngo.xlsx")
    before = store_fingerprint(empty_store.path)
    # --strict: any warning refuses the file and nothing is written.
    message = _refused(lambda p: commit_import(empty_store, p, strict=True), path)
    assert "Trang tính “Nhiệm vụ”" in message and "cảnh báo khác" in message
    assert store_fingerprint(empty_store.path) == before
    result = commit_import(empty_store, path)
    by_code = {t.code: t for t in list_tasks(empty_store)}
    assert (by_code["1"].deadline_text, by_code["1"].due_date) == ("Quý VI/2026", None)
    assert (by_code["2"].budget_million, by_code["2"].note) == (None, "Kinh phí: ba trăm")
    places = {(w.table, w.row, w.column) for w in result.preview.warnings}
    assert (1, 3, "Thời gian") in places and (1, 4, "Kinh phí (triệu đồng)") in places


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_export_then_import_gives_the_same_plan(
    plan_files: dict[str, Path], tmp_path: Path, name: str
) -> None:
    first = _fresh(tmp_path, "first")
    commit_import(first, plan_files[name])
    workbook = tmp_path / "ke-hoach.xlsx"
    exported = export_plan(first, workbook)
    assert exported.tasks == len(EXPECTED[name].tasks)
    second = _fresh(tmp_path, "second")
    commit_import(second, workbook)
    assert _rows(second) == _rows(first)
    assert _indicator_rows(second) == _indicator_rows(first)
    # And importing the export back into the first store changes nothing.
    again = commit_import(first, workbook)
    assert not [
        r for r in again.preview.tasks + again.preview.indicators if r.action != "unchanged"
    ]
    first.close()
    second.close()


def test_exported_workbook_is_a_printable_appendix(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "phu-luc.xlsx"
    result = export_plan(demo_store, path)
    assert (result.tasks, result.indicators) == (31, 17)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Nhiệm vụ", "Chỉ tiêu"]
    ws = wb["Nhiệm vụ"]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert texts[:4] == [
        "ỦY BAN NHÂN DÂN XÃ TÀ LÀI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 64/KH-UBND",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert "Tà Lài, ngày 06 tháng 3 năm 2026" in texts
    assert (
        "(Kèm theo Kế hoạch số 64/KH-UBND ngày 06/03/2026 của Ủy ban nhân dân xã Tà Lài)" in texts
    )
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "STT")
    assert [ws.cell(header, c).value for c in range(1, 9)][1:3] == [
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
    ]
    assert ws.cell(header + 1, 1).value == "I"  # a section row
    camera = next(
        r
        for r in range(header, ws.max_row + 1)
        if ws.cell(r, 2).value == "Camera tầm cao phục vụ quản lý an ninh trật tự"
    )
    assert ws.cell(camera, 1).value == "1.1" and ws.cell(camera, 7).value == 2100
    assert ws.cell(ws.max_row, 2).value == "Tổng cộng" and ws.cell(ws.max_row, 7).value == 3440
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_margins.left == pytest.approx(30 / 25.4)
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst


def test_export_refuses_an_empty_store_and_a_wrong_extension(empty_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KehoachError, match="Chưa có kế hoạch"):
        export_plan(empty_store, tmp_path / "a.xlsx")
    with pytest.raises(KehoachError, match=r"\.xlsx"):
        export_plan(empty_store, tmp_path / "a.pdf")


def test_budgets_stay_decimal(plan_files: dict[str, Path], empty_store) -> None:  # type: ignore[no-untyped-def]
    commit_import(empty_store, plan_files["ta_lai.docx"])
    budgets = [t.budget_million for t in list_tasks(empty_store) if t.budget_million is not None]
    assert budgets and all(isinstance(b, Decimal) for b in budgets)
    conn = sqlite3.connect(empty_store.path)
    try:
        stored = conn.execute("SELECT budget_total_million FROM plan").fetchone()[0]
        assert isinstance(stored, str) and Decimal(stored) == 3440  # exact text, never a float
    finally:
        conn.close()


def test_importing_into_the_demo_replaces_it(plan_files: dict[str, Path], demo_store) -> None:  # type: ignore[no-untyped-def]
    """First run fills the store with the demo; the commune's real plan then replaces it."""
    preview = preview_import(demo_store, plan_files["dak_nhou.docx"])
    assert preview.replaces_demo and preview.commune_action == "create"
    assert preview.counts("task")["new"] == 8
    result = commit_import(demo_store, plan_files["dak_nhou.docx"])
    assert result.preview.replaces_demo
    with demo_store.read() as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM commune")] == ["Đak Nhou"]
        assert conn.execute("SELECT count(*) FROM plan").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM hamlet").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM weekly_count").fetchone()[0] == 0
    assert len(list_tasks(demo_store)) == 8
    assert result.backup is not None and result.backup.exists()  # the demo can be restored
