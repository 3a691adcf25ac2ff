"""Plan intake into the store: preview what a plan file would change, then commit it.

:func:`preview_import` reads the file and compares it with the store without writing anything;
:func:`commit_import` backs the store up and writes the same changes in one transaction. Both
go through one comparison (:func:`_compare`), so what the preview shows is what the commit does.

Identity (how a row of the file finds its row in the store):

- the plan: inside the store's commune, the plan with the file's number ("64/KH-UBND",
  spaces and case ignored); a file without a number (a draft, an Excel appendix) is the plan of
  its year; a numbered file also takes over an unnumbered plan of its year (the draft that got
  its number). A file naming another commune is never merged into this commune's plan;
- a task: (section code as printed, task code as printed, n) where n counts repeats of that pair
  in appendix order (1 almost always). A row with no number is identified by its text instead of
  its code. When numbering restarts at 1 in a second appendix without sections, that appendix's
  tasks go to a section of their own, "PL2" (then "PL3"…), so that "1" of Phụ lục II is not
  taken for "1" of Phụ lục I;
- a target: (group, code, horizon, n), the group compared without case or accents.

Re-importing updates rows in place and never duplicates them. A task's status, progress and
history are tracking data, not plan data: an import never changes them. Rows the store has and
the file no longer has are tombstoned (``deleted``), never erased, so their history stays; a
file without any task table (targets only) leaves the tasks alone, and the other way round.
Units are resolved through names, short names and aliases; a printed unit the commune does not
know is created with its printed name as alias, and the preview says so.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.domain import KehoachError
from ..core.text import clean, fold
from ..core.units import UnitResolver, looks_like_unit, unit_key
from ..importers.model import ImportedIndicator, ImportedPlan, ImportedTask, ImportWarning

if TYPE_CHECKING:
    from sqlmodel import Session

    from ..db.models import Commune, Indicator, Plan, Task, TaskGroup, TaskPartner
    from .store import Store

Progress = Callable[[int, int, str], None]

NEW, UPDATED, UNCHANGED, REMOVED = "new", "updated", "unchanged", "removed"
ACTION_LABELS = {
    NEW: "Mới",
    UPDATED: "Cập nhật",
    UNCHANGED: "Không đổi",
    REMOVED: "Không còn trong tệp",
}
TASK_FIELD_LABELS = {
    "content": "Nội dung",
    "lead_unit_text": "Đơn vị chủ trì",
    "lead_unit_id": "Đơn vị chủ trì (trong danh mục)",
    "partners": "Đơn vị phối hợp",
    "product": "Sản phẩm/kết quả",
    "deadline_text": "Thời hạn",
    "due_date": "Ngày đến hạn",
    "recurrence": "Lặp lại",
    "budget_million": "Kinh phí (triệu đồng)",
    "note": "Ghi chú",
    "group_id": "Mục",
    "parent_id": "Thuộc nhiệm vụ",
    "deleted": "Khôi phục",
}
INDICATOR_FIELD_LABELS = {
    "name": "Tên chỉ tiêu",
    "unit_of_measure": "Đơn vị tính",
    "target_text": "Chỉ tiêu",
    "comparator": "So sánh",
    "target_value": "Giá trị",
    "lead_unit_text": "Đơn vị chủ trì",
    "lead_unit_id": "Đơn vị chủ trì (trong danh mục)",
    "partner_units_json": "Đơn vị phối hợp",
    "deleted": "Khôi phục",
}
PLAN_FIELD_LABELS = {
    "number": "Số kế hoạch",
    "issued_on": "Ngày ban hành",
    "title": "Trích yếu",
    "year": "Năm",
    "budget_total_million": "Tổng kinh phí",
    "legal_bases_json": "Căn cứ",
}
# Sections made up for a second appendix without sections whose numbering restarts.
_SYNTHETIC_SECTION = re.compile(r"^PL\d+$")


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


# --------------------------------------------------------------------------- the preview


@dataclass(frozen=True)
class FieldChange:
    """One field that an update changes, in words: label, value before, value after."""

    field: str
    label: str
    old: str
    new: str

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "label": self.label, "old": self.old, "new": self.new}


@dataclass
class RowChange:
    """What importing does to one task or target: new, updated (which fields), unchanged, or
    removed (in the store, not in the file)."""

    kind: str  # "task" | "indicator"
    ref: str
    text: str
    action: str
    changes: list[FieldChange] = field(default_factory=list)
    table: int | None = None
    row: int | None = None
    detail: str = ""
    place: str = ""  # "Bảng 3, dòng 5" / "Trang tính “PL”, dòng 7"; "" when not in the file

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "ref": self.ref,
            "text": self.text,
            "action": self.action,
            "table": self.table,
            "row": self.row,
            "changes": [c.to_json() for c in self.changes],
        }


def warning_json(warning: ImportWarning) -> dict[str, object]:
    """A warning as the CLI prints it: file, table, row, column, message."""
    return {
        "file": warning.file,
        "table": warning.table,
        "row": warning.row,
        "column": warning.column,
        "message": warning.message,
    }


@dataclass
class ImportPreview:
    """Everything an import of one file would do, as plain data (also the commit's result)."""

    file: str
    commune_action: str  # "create" | "keep"
    commune_in_file: str  # the commune the file names ("" when it names none)
    commune_name: str
    issuing_body: str
    place_name: str
    plan_action: str  # new | updated | unchanged
    plan_number: str
    plan_year: int
    plan_title: str
    plan_issued_on: date | None
    plan_changes: list[FieldChange]
    tasks: list[RowChange]
    indicators: list[RowChange]
    units_created: list[str]
    warnings: list[ImportWarning]
    commune_differs: bool = False  # the file is another commune's plan: kept apart
    replaces_demo: bool = False  # the store held only the demo: the import replaces it

    def counts(self, kind: str) -> dict[str, int]:
        """{"new": n, "updated": n, "unchanged": n, "removed": n} for "task" or "indicator"."""
        rows = self.tasks if kind == "task" else self.indicators
        found = Counter(r.action for r in rows)
        return {a: found.get(a, 0) for a in (NEW, UPDATED, UNCHANGED, REMOVED)}

    @property
    def changes_anything(self) -> bool:
        return (
            self.commune_action == "create"
            or self.plan_action != UNCHANGED
            or self.replaces_demo
            or bool(self.units_created)
            or any(r.action != UNCHANGED for r in self.tasks + self.indicators)
        )

    def to_json(self, dry_run: bool) -> dict[str, object]:
        return {
            "file": self.file,
            "dry_run": dry_run,
            "replaces_demo": self.replaces_demo,
            "commune": {
                "action": self.commune_action,
                "in_file": self.commune_in_file or None,
                "differs": self.commune_differs,
                "name": self.commune_name,
                "issuing_body": self.issuing_body,
                "place_name": self.place_name,
            },
            "plan": {
                "action": self.plan_action,
                "number": self.plan_number or None,
                "year": self.plan_year,
                "title": self.plan_title,
                "issued_on": self.plan_issued_on.isoformat() if self.plan_issued_on else None,
                "changes": [c.to_json() for c in self.plan_changes],
            },
            "tasks": self.counts("task"),
            "indicators": self.counts("indicator"),
            "units_created": self.units_created,
            "warnings": [warning_json(w) for w in self.warnings],
            "changes": [r.to_json() for r in self.tasks + self.indicators if r.action != UNCHANGED],
        }


@dataclass
class ImportResult:
    """What a commit did (the preview it followed), the plan's id and the backup made first."""

    preview: ImportPreview
    plan_id: str
    backup: Path | None

    def to_json(self) -> dict[str, object]:
        return {
            **self.preview.to_json(dry_run=False),
            "backup": str(self.backup) if self.backup else None,
        }


# --------------------------------------------------------------------------- entry points


def preview_import(
    store: Store | None, path: str | Path, progress: Progress = _noop
) -> ImportPreview:
    """Read ``path`` and say what importing it would change; writes nothing.

    ``store`` None compares with an empty store (a dry run before any store exists). Raises
    :class:`KehoachError` (one Vietnamese line naming the file) for a file that is not a plan.
    """
    plan = _read(path, progress, 3)
    progress(1, 3, "So sánh với dữ liệu hiện có")
    preview = _preview(store, plan)
    progress(3, 3, "Xong")
    return preview


def _preview(store: Store | None, plan: ImportedPlan) -> ImportPreview:
    if store is None:
        return _compare(plan, _Existing.empty()).preview
    from ..db.raw import raw_connection
    from .first_run import is_demo_store

    with store.session() as session:
        if is_demo_store(raw_connection(session)):
            preview = _compare(plan, _Existing.empty()).preview
            preview.replaces_demo = True
        else:
            preview = _compare(plan, _Existing.load(session, plan)).preview
        session.rollback()  # nothing was added; make sure nothing is ever committed
    return preview


def commit_import(
    store: Store, path: str | Path, progress: Progress = _noop, *, strict: bool = False
) -> ImportResult:
    """Import ``path`` into the store: backup first, then one transaction.

    With ``strict`` a file with any warning is refused (nothing written). Raises
    :class:`KehoachError` for a file that is not a plan; the store is then untouched.
    """
    plan = _read(path, progress, 5)  # a file that is no plan is refused before the ORM loads

    from ..db.crash_point import crash_point
    from ..db.raw import raw_connection
    from .backups import backup_before_change
    from .demo import clear_demo
    from .first_run import is_demo_store

    if strict:
        warnings = plan.warnings or _preview(store, plan).warnings
        if warnings:
            raise strict_refusal(warnings)
    progress(1, 5, "Sao lưu dữ liệu trước khi nhập")
    backup = backup_before_change(store, "nhap-ke-hoach")
    progress(2, 5, "So sánh với dữ liệu hiện có")
    with store.session() as session:
        replaces_demo = is_demo_store(raw_connection(session))
        if replaces_demo:
            progress(2, 5, "Thay dữ liệu mẫu bằng kế hoạch của xã")
            clear_demo(session)
        comparison = _compare(plan, _Existing.load(session, plan))
        comparison.preview.replaces_demo = replaces_demo
        comparison.apply(session, progress)
        plan_id = comparison.plan_id
        crash_point("plan-commit")  # tests only: die with everything written, uncommitted
    progress(5, 5, "Đã ghi vào kho dữ liệu")
    return ImportResult(comparison.preview, plan_id, backup)


def strict_refusal(warnings: list[ImportWarning]) -> KehoachError:
    """The one-line refusal of ``--strict``: the first warning, where it is, and how many."""
    first = warnings[0]
    more = f" (và {len(warnings) - 1} cảnh báo khác)" if len(warnings) > 1 else ""
    return KehoachError(
        f"Tệp “{first.file}”: {first.message}{more}; chưa ghi gì vào kho "
        "(bỏ --strict để nhập kèm cảnh báo)"
    )


def _read(path: str | Path, progress: Progress, steps: int) -> ImportedPlan:
    from ..importers import read_plan

    path = Path(path)
    progress(0, steps, f"Đọc tệp {path.name}")
    return read_plan(path)


class _Places:
    """How messages name a place in the file, the way the importer does: "Bảng 3, dòng 5" in a
    Word file, "Trang tính “Phụ lục”, dòng 7" in a workbook."""

    def __init__(self, path: Path) -> None:
        self.sheets: list[str] = []
        try:
            with zipfile.ZipFile(path) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    xml = archive.read("xl/workbook.xml").decode("utf-8", "replace")
                    self.sheets = [
                        html.unescape(m)
                        for m in re.findall(r"<(?:\w+:)?sheet\b[^>]*\bname=\"([^\"]*)\"", xml)
                    ]
        except (OSError, zipfile.BadZipFile):
            pass

    def table(self, table: int | None) -> str:
        if table is None:
            return ""
        if self.sheets and 0 < table <= len(self.sheets):
            return f"Trang tính “{self.sheets[table - 1]}”"
        return f"Bảng {table}"

    def row(self, table: int | None, row: int | None) -> str:
        where = self.table(table)
        return where + (f", dòng {row}" if where and row is not None else "")

    def prefix(self, table: int | None, row: int | None, column: str | None = None) -> str:
        """ "Bảng 3, dòng 5, cột “Đơn vị chủ trì”: " (or "" outside the tables)."""
        where = self.row(table, row)
        if not where:
            return ""
        return where + (f", cột “{column}”" if column else "") + ": "


# --------------------------------------------------------------------------- what the store has


@dataclass
class _Existing:
    """The part of the store an import compares with (loaded in the import's session)."""

    commune: Commune | None
    units: list[tuple[str, list[str]]]
    known_keys: set[str]
    max_unit_order: int
    plan: Plan | None
    groups: list[TaskGroup]
    tasks: list[Task]
    partners: dict[str, list[TaskPartner]]
    indicators: list[Indicator]
    commune_mismatch: str | None = None

    @classmethod
    def empty(cls) -> _Existing:
        return cls(None, [], set(), -1, None, [], [], {}, [])

    @classmethod
    def load(cls, session: Session, imported: ImportedPlan) -> _Existing:
        from sqlmodel import col, select

        from ..db.models import (
            Commune,
            Indicator,
            Plan,
            Task,
            TaskGroup,
            TaskPartner,
            Unit,
            UnitAlias,
        )

        commune = session.exec(select(Commune).where(col(Commune.deleted).is_(False))).first()
        names: dict[str, list[str]] = {}
        max_order = -1
        for unit in session.exec(select(Unit).where(col(Unit.deleted).is_(False))):
            names[unit.id] = [unit.name, unit.short_name]
            max_order = max(max_order, unit.sort_order)
        known_keys = {unit_key(n) for ns in names.values() for n in ns if n}
        for alias in session.exec(select(UnitAlias)):
            known_keys.add(alias.key)  # even a tombstoned alias keeps its (unique) key
            if not alias.deleted and alias.unit_id in names:
                names[alias.unit_id].append(alias.alias)
        existing = cls(commune, list(names.items()), known_keys, max_order, None, [], [], {}, [])
        if commune is None:
            return existing
        if imported.commune_name and fold(imported.commune_name) != fold(commune.name):
            existing.commune_mismatch = commune.name
            return existing  # another commune's plan is never merged into this one's
        plans = list(
            session.exec(
                select(Plan)
                .where(Plan.commune_id == commune.id, col(Plan.deleted).is_(False))
                .order_by(col(Plan.created_at))
            )
        )
        plan = _match_plan(plans, imported)
        if plan is None:
            return existing
        existing.plan = plan
        existing.groups = list(
            session.exec(
                select(TaskGroup)
                .where(TaskGroup.plan_id == plan.id)
                .order_by(col(TaskGroup.sort_order), col(TaskGroup.created_at))
            )
        )
        existing.tasks = list(
            session.exec(
                select(Task)
                .where(Task.plan_id == plan.id)
                .order_by(col(Task.sort_order), col(Task.created_at))
            )
        )
        for partner in session.exec(
            select(TaskPartner)
            .join(Task, col(Task.id) == col(TaskPartner.task_id))
            .where(Task.plan_id == plan.id, col(TaskPartner.deleted).is_(False))
            .order_by(col(TaskPartner.sort_order))
        ):
            existing.partners.setdefault(partner.task_id, []).append(partner)
        existing.indicators = list(
            session.exec(
                select(Indicator)
                .where(Indicator.plan_id == plan.id)
                .order_by(col(Indicator.sort_order), col(Indicator.created_at))
            )
        )
        return existing


def _number_key(number: str | None) -> str:
    return re.sub(r"\s+", "", number or "").upper()


def _match_plan(plans: list[Plan], imported: ImportedPlan) -> Plan | None:
    """The stored plan the file is (see the module's identity rule); newest first on ties."""
    year = _plan_year(imported)
    newest_first = list(reversed(plans))
    if imported.number:
        wanted = _number_key(imported.number)
        same = [p for p in newest_first if _number_key(p.number) == wanted]
        if same:
            return same[0]
        drafts = [p for p in newest_first if not p.number and p.year == year]
        return drafts[0] if drafts else None
    same_year = [p for p in newest_first if p.year == year]
    return same_year[0] if same_year else None


def _plan_year(imported: ImportedPlan) -> int:
    if imported.year:
        return imported.year
    if imported.issued_on:
        return imported.issued_on.year
    return date.today().year


# --------------------------------------------------------------------------- units


class _Units:
    """Resolves printed unit names to unit ids, creating (in the plan of writes) the units the
    commune does not know yet; each new unit gets its id now so rows can point at it."""

    def __init__(self, existing: _Existing, file_name: str, places: _Places) -> None:
        from ..db.models import new_id

        self._new_id = new_id
        self.file = file_name
        self.places = places
        self.entries: list[tuple[str, list[str]]] = [(i, list(n)) for i, n in existing.units]
        self.known_keys = set(existing.known_keys)
        self.resolver = UnitResolver(self.entries)
        self.created: list[tuple[str, str, str]] = []  # (id, name, key)
        self.next_order = existing.max_unit_order + 1
        self.warnings: list[ImportWarning] = []
        self._unresolved: dict[str, list[tuple[int | None, int | None, str]]] = {}

    def resolve(self, printed: str, table: int | None, row: int | None, column: str) -> str | None:
        """The unit id for ``printed`` (a known or a new unit), or None for text that names
        no single unit ("Nhiệm vụ áp dụng chung cho 21 ấp")."""
        printed = clean(printed)
        if not printed:
            return None
        found = self.resolver.resolve(printed)
        if found is not None:
            return str(found)
        bare = clean(re.sub(r"\([^)]*\)", " ", printed)).strip(" ,.;:-")
        key = unit_key(bare)
        if not key or not looks_like_unit(bare) or key in self.known_keys:
            self._unresolved.setdefault(printed, []).append((table, row, column))
            return None
        unit_id = self._new_id()
        name = bare[:1].upper() + bare[1:]
        self.created.append((unit_id, name, key))
        self.entries.append((unit_id, [bare]))
        self.known_keys.add(key)
        self.resolver = UnitResolver(self.entries)
        where = self.places.prefix(table, row, column)
        self.warnings.append(
            ImportWarning(
                self.file,
                table,
                row,
                column,
                f"{where}đơn vị “{name}” chưa có trong danh mục đơn vị của xã: sẽ thêm mới "
                "(kiểm tra, sửa tên hoặc gộp với đơn vị khác trong Cài đặt)",
            )
        )
        return unit_id

    def name_of(self, unit_id: str | None) -> str:
        """A unit's name (its first name) for messages; "" for none."""
        return next((names[0] for i, names in self.entries if i == unit_id), "")

    def finish(self) -> None:
        """One warning per printed text that names no unit, with where it first appears."""
        for printed, places in self._unresolved.items():
            table, row, column = places[0]
            where = self.places.prefix(table, row, column)
            times = f" ({len(places)} dòng)" if len(places) > 1 else ""
            self.warnings.append(
                ImportWarning(
                    self.file,
                    table,
                    row,
                    column,
                    f"{where}“{printed}” không ứng với một đơn vị nào trong danh mục{times}; "
                    "giữ nguyên chữ như in, không gắn với đơn vị",
                )
            )


# --------------------------------------------------------------------------- identities


def _text_key(text: str) -> str:
    return "~" + fold(text)[:200]


def _with_occurrence(keys: Iterable[tuple[str, ...]]) -> list[tuple[Any, ...]]:
    """Each key with its repeat number: (…, 1), (…, 1), (…, 2) for a key seen twice."""
    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    for key in keys:
        seen[key] += 1
        out.append((*key, seen[key]))
    return out


@dataclass
class _FileTask:
    task: ImportedTask
    section: str  # the section as stored: printed code, "" or a made-up "PL2"
    group_key: tuple[str, int] | None
    key: tuple[Any, ...] = ()


def _place_tasks(
    plan: ImportedPlan, places: _Places
) -> tuple[list[_FileTask], list[ImportWarning]]:
    """Give each file task its stored section and group: a new "block" starts where a
    section's numbering restarts at its first code (a second appendix)."""
    placed: list[_FileTask] = []
    warnings: list[ImportWarning] = []
    block = 1
    seen: set[tuple[str, str]] = set()
    first_code: dict[str, str] = {}
    blocks_with: dict[str, list[int]] = {}
    sectionless_blocks: list[int] = []
    for task in plan.tasks:
        ident = (task.section_code, task.code)
        if task.code and ident in seen and first_code.get(task.section_code) == task.code:
            block += 1
            seen, first_code = set(), {}
        if task.code:
            seen.add(ident)
            first_code.setdefault(task.section_code, task.code)
        section = task.section_code
        if not section:
            if block not in sectionless_blocks:
                sectionless_blocks.append(block)
                if len(sectionless_blocks) > 1:
                    label = f"PL{len(sectionless_blocks)}"
                    warnings.append(
                        ImportWarning(
                            plan.source_file.name,
                            task.source.table,
                            task.source.row,
                            "STT",
                            places.prefix(task.source.table, task.source.row) + "các nhiệm vụ "
                            "đánh số lại từ đầu mà không có mục (I, II…); đã xếp vào nhóm "
                            f"“{label}” để không trùng với nhiệm vụ cùng số ở bảng trước",
                        )
                    )
            ordinal = sectionless_blocks.index(block) + 1
            section = "" if ordinal == 1 else f"PL{ordinal}"
            placed.append(_FileTask(task, section, (section, 1) if section else None))
            continue
        holders = blocks_with.setdefault(section, [])
        if block not in holders:
            holders.append(block)
        placed.append(_FileTask(task, section, (section, holders.index(block) + 1)))
    keys = _with_occurrence((p.section, p.task.code or _text_key(p.task.content)) for p in placed)
    for item, key in zip(placed, keys, strict=True):
        item.key = key
    return placed, warnings


def _indicator_key(group: str, code: str, name: str, horizon: int | None) -> tuple[str, ...]:
    return (fold(group), code or _text_key(name), str(horizon or ""))


def _kept_indicators(plan: ImportedPlan) -> list[ImportedIndicator]:
    """The file's targets, less the blank cells of a row that has a target in another year's
    column (a table with "2026" and "2030" columns where only 2026 is filled)."""
    filled = Counter(
        (i.source.table, i.source.row)
        for i in plan.indicators
        if i.target.text and i.source.table is not None
    )
    return [
        i
        for i in plan.indicators
        if i.target.text or i.source.table is None or not filled[(i.source.table, i.source.row)]
    ]


# --------------------------------------------------------------------------- the comparison


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        from ..core.vnformat import format_number

        return format_number(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value)


@dataclass
class _RowWrite:
    """A row to insert (``new``) or the fields to set on an existing one."""

    id: str
    new: bool
    fields: dict[str, Any]
    partners: list[tuple[str, str | None]] | None = None  # None: leave the partners alone


@dataclass
class _Comparison:
    """The preview and the plan of writes that realises it."""

    preview: ImportPreview
    commune: dict[str, Any] | None
    commune_id: str
    units: list[tuple[str, str, str]]
    plan_id: str
    plan_new: bool
    plan_fields: dict[str, Any]
    groups: list[_RowWrite]
    groups_removed: list[str]
    tasks: list[_RowWrite]
    tasks_removed: list[str]
    indicators: list[_RowWrite]
    indicators_removed: list[str]
    existing: _Existing

    def apply(self, session: Session, progress: Progress) -> None:
        """Write the plan of writes in ``session`` (the caller's transaction). Without ORM
        relationships the flush cannot order rows by foreign key: each layer is flushed before
        the rows that point at it."""
        from ..db.models import (
            Commune,
            Indicator,
            Plan,
            Task,
            TaskGroup,
            Unit,
            UnitAlias,
        )

        if self.commune is not None:
            session.add(Commune(id=self.commune_id, **self.commune))
        order = self.existing.max_unit_order + 1
        for unit_id, name, _key in self.units:
            session.add(Unit(id=unit_id, name=name, sort_order=order))
            order += 1
        session.flush()
        for unit_id, name, key in self.units:
            session.add(UnitAlias(unit_id=unit_id, alias=name, key=key))
        if self.plan_new:
            session.add(Plan(id=self.plan_id, commune_id=self.commune_id, **self.plan_fields))
        elif self.plan_fields:
            _set(self.existing.plan, self.plan_fields)
        session.flush()
        groups = {g.id: g for g in self.existing.groups}
        for write in self.groups:
            if write.new:
                session.add(TaskGroup(id=write.id, plan_id=self.plan_id, **write.fields))
            elif write.fields:
                _set(groups[write.id], write.fields)
        for group_id in self.groups_removed:
            groups[group_id].deleted = True
        session.flush()
        progress(3, 5, f"Ghi {len(self.tasks)} nhiệm vụ")
        tasks = {t.id: t for t in self.existing.tasks}
        # New tasks first, parents before children (inserts keep their order), then the
        # updates, which may point existing tasks at new parents.
        for write in self.tasks:
            if write.new:
                session.add(Task(id=write.id, plan_id=self.plan_id, **write.fields))
        session.flush()
        for write in self.tasks:
            if not write.new and write.fields:
                _set(tasks[write.id], write.fields)
        for task_id in self.tasks_removed:
            tasks[task_id].deleted = True
        session.flush()
        for done, write in enumerate(self.tasks, start=1):
            if write.partners is not None:
                _write_partners(
                    session, write.id, write.partners, self.existing.partners.get(write.id, [])
                )
            if done % 25 == 0:
                progress(3, 5, f"Ghi nhiệm vụ {done}/{len(self.tasks)}")
        session.flush()
        progress(4, 5, f"Ghi {len(self.indicators)} chỉ tiêu")
        indicators = {i.id: i for i in self.existing.indicators}
        for write in self.indicators:
            if write.new:
                session.add(Indicator(id=write.id, plan_id=self.plan_id, **write.fields))
            elif write.fields:
                _set(indicators[write.id], write.fields)
        for indicator_id in self.indicators_removed:
            indicators[indicator_id].deleted = True
        session.flush()


def _set(row: Any, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(row, name, value)


def _write_partners(
    session: Session,
    task_id: str,
    wanted: list[tuple[str, str | None]],
    current: list[TaskPartner],
) -> None:
    """Make a task's partner rows say ``wanted``, reusing rows in place. Surplus rows are
    removed outright: the task list reads partner rows without looking at tombstones."""
    from ..db.models import TaskPartner

    for index, (printed, unit_id) in enumerate(wanted):
        if index < len(current):
            row = current[index]
            changes = {"printed_text": printed, "unit_id": unit_id, "sort_order": index}
            _set(row, {k: v for k, v in changes.items() if getattr(row, k) != v})
        else:
            session.add(
                TaskPartner(
                    task_id=task_id, unit_id=unit_id, printed_text=printed, sort_order=index
                )
            )
    for row in current[len(wanted) :]:
        session.delete(row)


def _compare(imported: ImportedPlan, existing: _Existing) -> _Comparison:
    """Compare the file with the store: the preview and the writes, computed once."""
    from ..db.models import new_id

    file_name = imported.source_file.name
    warnings = list(imported.warnings)
    places = _Places(imported.source_file)
    units = _Units(existing, file_name, places)

    # -- commune
    commune_fields: dict[str, Any] | None = None
    if existing.commune is None:
        name = imported.commune_name or imported.place_name or ""
        if not name:
            name = "Chưa rõ tên xã"
            warnings.append(
                ImportWarning(
                    file_name,
                    None,
                    None,
                    None,
                    "Tệp không ghi tên xã; đã đặt tạm “Chưa rõ tên xã”, hãy sửa trong Cài đặt",
                )
            )
        commune_fields = {
            "name": name,
            "issuing_body": imported.issuing_body or "",
            "place_name": imported.place_name or imported.commune_name or "",
        }
        commune_id = new_id()
        commune_name, issuing_body, place_name = (
            commune_fields["name"],
            commune_fields["issuing_body"],
            commune_fields["place_name"],
        )
        if not issuing_body:
            warnings.append(
                ImportWarning(
                    file_name,
                    None,
                    None,
                    None,
                    "Tệp không có phần tên cơ quan ban hành (“ỦY BAN NHÂN DÂN XÃ …”); hãy bổ "
                    "sung trong Cài đặt trước khi in báo cáo",
                )
            )
    else:
        commune_id = existing.commune.id
        commune_name = existing.commune.name
        issuing_body = existing.commune.issuing_body
        place_name = existing.commune.place_name
        if existing.commune_mismatch:
            warnings.append(
                ImportWarning(
                    file_name,
                    None,
                    None,
                    None,
                    f"Kế hoạch này của xã {imported.commune_name}, còn kho dữ liệu đang là của "
                    f"xã {existing.commune_mismatch}: sẽ nhập thành một kế hoạch riêng, không "
                    "gộp vào kế hoạch đang có",
                )
            )

    # -- plan
    year = _plan_year(imported)
    if not imported.year and not imported.issued_on:
        warnings.append(
            ImportWarning(
                file_name, None, None, None, f"Tệp không ghi năm kế hoạch; đã lấy năm {year}"
            )
        )
    stated: dict[str, Any] = {
        "number": imported.number,
        "issued_on": imported.issued_on,
        "title": imported.title,
        "year": year,
        "budget_total_million": imported.budget_total_million,
        "legal_bases_json": (
            json.dumps(imported.legal_bases, ensure_ascii=False) if imported.legal_bases else None
        ),
    }
    plan = existing.plan
    plan_changes: list[FieldChange] = []
    if plan is None:
        plan_id, plan_new = new_id(), True
        plan_fields = {k: v for k, v in stated.items() if v is not None}
        plan_fields["source_file"] = file_name
        plan_action = NEW
    else:
        plan_id, plan_new = plan.id, False
        # What the file does not say (an Excel appendix has no legal bases) is kept.
        plan_fields = {k: v for k, v in stated.items() if v is not None and getattr(plan, k) != v}
        for name, value in plan_fields.items():
            old = getattr(plan, name)
            if name == "legal_bases_json":
                before = len(json.loads(old or "[]"))
                old = f"{before} căn cứ"
                value = f"{len(imported.legal_bases)} căn cứ" + (
                    " (nội dung khác)" if before == len(imported.legal_bases) else ""
                )
            plan_changes.append(
                FieldChange(name, PLAN_FIELD_LABELS[name], _show(old), _show(value))
            )
        if plan.source_file != file_name:
            plan_fields["source_file"] = file_name  # where it came from; not a change in itself
        plan_action = UPDATED if plan_changes else UNCHANGED

    # -- sections, tasks
    placed, place_warnings = _place_tasks(imported, places)
    warnings.extend(place_warnings)
    has_tasks = bool(imported.tasks)
    group_writes, groups_removed, group_ids, group_rank = _compare_groups(
        imported, placed, existing, new_id, has_tasks
    )
    task_rows, task_writes, tasks_removed = _compare_tasks(
        placed, existing, units, group_ids, group_rank, new_id, has_tasks
    )

    # -- targets
    kept = _kept_indicators(imported)
    indicator_rows, indicator_writes, indicators_removed = _compare_indicators(
        kept, existing, units, new_id
    )
    units.finish()
    warnings.extend(units.warnings)
    for row in task_rows + indicator_rows:
        if row.action == REMOVED:
            noun = "Nhiệm vụ" if row.kind == "task" else "Chỉ tiêu"
            warnings.append(
                ImportWarning(
                    file_name,
                    None,
                    None,
                    None,
                    f"{noun} {row.ref} “{_short(row.text)}” có trong kho nhưng không còn trong "
                    "tệp: sẽ ẩn khỏi kế hoạch (lịch sử theo dõi vẫn được giữ)",
                )
            )

    preview = ImportPreview(
        file=file_name,
        commune_action="create" if commune_fields is not None else "keep",
        commune_in_file=imported.commune_name or "",
        commune_name=commune_name,
        issuing_body=issuing_body,
        place_name=place_name,
        plan_action=plan_action,
        plan_number=(plan_fields.get("number") if plan_new else plan.number) or "",  # type: ignore[union-attr]
        plan_year=year,
        plan_title=imported.title or (plan.title if plan else ""),
        plan_issued_on=imported.issued_on or (plan.issued_on if plan else None),
        plan_changes=plan_changes,
        tasks=task_rows,
        indicators=indicator_rows,
        units_created=[name for _id, name, _key in units.created],
        warnings=warnings,
        commune_differs=existing.commune_mismatch is not None,
    )
    return _Comparison(
        preview=preview,
        commune=commune_fields,
        commune_id=commune_id,
        units=units.created,
        plan_id=plan_id,
        plan_new=plan_new,
        plan_fields=plan_fields,
        groups=group_writes,
        groups_removed=groups_removed,
        tasks=task_writes,
        tasks_removed=tasks_removed,
        indicators=indicator_writes,
        indicators_removed=indicators_removed,
        existing=existing,
    )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _compare_groups(
    imported: ImportedPlan,
    placed: list[_FileTask],
    existing: _Existing,
    new_id: Callable[[], str],
    has_tasks: bool,
) -> tuple[list[_RowWrite], list[str], dict[tuple[str, int], str], dict[str, str]]:
    """Sections → task groups. Returns the writes, the groups to tombstone, the group id of each
    (section, repeat) key and each group id's section code (for messages)."""
    wanted: list[tuple[tuple[str, int], dict[str, Any]]] = []
    seen: Counter[str] = Counter()
    for section in imported.sections:
        seen[section.code] += 1
        wanted.append(
            (
                (section.code, seen[section.code]),
                {
                    "code": section.code,
                    "title": section.title,
                    "budget_million": section.budget_million,
                },
            )
        )
    known = {key for key, _ in wanted}
    for item in placed:
        if item.group_key is not None and item.group_key not in known:
            known.add(item.group_key)
            code = item.group_key[0]
            title = (
                f"Bảng nhiệm vụ {code[2:]} (không chia mục)"
                if _SYNTHETIC_SECTION.match(code)
                else ""
            )
            wanted.append((item.group_key, {"code": code, "title": title, "budget_million": None}))
    stored: dict[tuple[str, int], TaskGroup] = {}
    stored_seen: Counter[str] = Counter()
    for stored_group in existing.groups:
        stored_seen[stored_group.code] += 1
        stored[(stored_group.code, stored_seen[stored_group.code])] = stored_group
    writes: list[_RowWrite] = []
    ids: dict[tuple[str, int], str] = {}
    for order, (key, fields) in enumerate(wanted):
        fields = {**fields, "sort_order": order}
        group = stored.pop(key, None)
        if group is None:
            gid = new_id()
            writes.append(_RowWrite(gid, True, fields))
        else:
            gid = group.id
            changed = {k: v for k, v in fields.items() if getattr(group, k) != v}
            if group.deleted:
                changed["deleted"] = False
            writes.append(_RowWrite(gid, False, changed))
        ids[key] = gid
    removed = [g.id for g in stored.values() if not g.deleted] if has_tasks else []
    codes = {g.id: g.code for g in existing.groups}
    codes.update({w.id: w.fields.get("code", codes.get(w.id, "")) for w in writes})
    return writes, removed, ids, codes


def _stored_task_keys(existing: _Existing) -> dict[tuple[Any, ...], Task]:
    groups = {g.id: g.code for g in existing.groups}
    sections = [groups.get(t.group_id or "", "") for t in existing.tasks]
    keys = _with_occurrence(
        (section, t.code or _text_key(t.content))
        for section, t in zip(sections, existing.tasks, strict=True)
    )
    return dict(zip(keys, existing.tasks, strict=True))


def _task_ref(section: str, code: str) -> str:
    shown = code or "(không số)"
    return f"{section}.{shown}" if section else shown


def _compare_tasks(
    placed: list[_FileTask],
    existing: _Existing,
    units: _Units,
    group_ids: dict[tuple[str, int], str],
    group_codes: dict[str, str],
    new_id: Callable[[], str],
    has_tasks: bool,
) -> tuple[list[RowChange], list[_RowWrite], list[str]]:
    stored = _stored_task_keys(existing)
    missing = _missing_task_fields([p.task for p in placed])
    kept_fields = {f for name in missing for f in _TASK_OPTIONAL[name]}
    rows: list[RowChange] = []
    writes: list[_RowWrite] = []
    last_with_code: dict[tuple[str, str], str] = {}
    code_of: dict[str, str] = {
        t.id: _task_ref(group_codes.get(t.group_id or "", ""), t.code) for t in existing.tasks
    }
    for order, item in enumerate(placed):
        task = item.task
        source = task.source
        lead_names = _split_lead(units, task.lead_unit_text)
        lead_ids = [
            units.resolve(name, source.table, source.row, "Đơn vị chủ trì") for name in lead_names
        ]
        lead_id = next((i for i in lead_ids if i is not None), None)
        if len(lead_names) > 1:
            main_lead = lead_names[lead_ids.index(lead_id)] if lead_id else lead_names[0]
            units.warnings.append(
                ImportWarning(
                    units.file,
                    source.table,
                    source.row,
                    "Đơn vị chủ trì",
                    units.places.prefix(source.table, source.row, "Đơn vị chủ trì") + "nhiệm vụ "
                    f"{_task_ref(item.section, task.code)} có {len(lead_names)} đơn vị chủ trì "
                    f"({'; '.join(lead_names)}); “{main_lead}” "
                    "được lấy làm đơn vị chủ trì chính, ô chủ trì giữ nguyên chữ như in",
                )
            )
        partners = [
            (clean(name), units.resolve(name, source.table, source.row, "Đơn vị phối hợp"))
            for name in task.partner_units
        ]
        parent_id = (
            last_with_code.get((item.section, task.parent_code)) if task.parent_code else None
        )
        fields: dict[str, Any] = {
            "group_id": group_ids.get(item.group_key) if item.group_key else None,
            "parent_id": parent_id,
            "code": task.code,
            "sort_order": order,
            "content": task.content,
            "lead_unit_id": lead_id,
            "lead_unit_text": task.lead_unit_text,
            "product": task.product,
            "deadline_text": task.deadline.text,
            "due_date": task.deadline.due_date,
            "recurrence": task.deadline.recurrence.value if task.deadline.recurrence else None,
            "budget_million": task.budget_million,
            "note": task.note,
        }
        ref = _task_ref(item.section, task.code)
        current = stored.pop(item.key, None)
        if current is None:
            task_id = new_id()
            writes.append(_RowWrite(task_id, True, fields, partners))
            rows.append(
                RowChange(
                    "task",
                    ref,
                    task.content,
                    NEW,
                    [],
                    source.table,
                    source.row,
                    _task_detail(task),
                    units.places.row(source.table, source.row),
                )
            )
        else:
            task_id = current.id
            changed = {
                k: v for k, v in fields.items() if k not in kept_fields and getattr(current, k) != v
            }
            if current.deleted:
                changed["deleted"] = False
            had = [(p.printed_text, p.unit_id) for p in existing.partners.get(current.id, [])]
            if "partners" in kept_fields:
                partners = had
            same_partners = had == partners and all(
                p.sort_order == i for i, p in enumerate(existing.partners.get(current.id, []))
            )
            changes = [
                _task_change(name, current, value, code_of, group_codes, units)
                for name, value in changed.items()
                if name != "sort_order"  # a row moved by an insertion above is not an update
            ]
            if had != partners:
                changes.append(
                    FieldChange(
                        "partners",
                        TASK_FIELD_LABELS["partners"],
                        "; ".join(p for p, _ in had),
                        "; ".join(p for p, _ in partners),
                    )
                )
            changes = [c for c in changes if c.old != c.new or c.field == "deleted"]
            writes.append(_RowWrite(task_id, False, changed, None if same_partners else partners))
            rows.append(
                RowChange(
                    "task",
                    ref,
                    task.content,
                    UPDATED if changes else UNCHANGED,
                    changes,
                    source.table,
                    source.row,
                    _task_detail(task),
                    units.places.row(source.table, source.row),
                )
            )
        code_of[task_id] = ref
        if task.code:
            last_with_code[(item.section, task.code)] = task_id
    removed: list[str] = []
    if has_tasks:
        for gone in stored.values():
            if gone.deleted:
                continue
            removed.append(gone.id)
            rows.append(RowChange("task", code_of.get(gone.id, gone.code), gone.content, REMOVED))
    matched = [t for t in existing.tasks if t.id not in {w.id for w in writes if w.new}]
    for name in sorted(missing):
        has_values = any(
            existing.partners.get(t.id)
            if name == "partners"
            else any(getattr(t, f) not in (None, "") for f in _TASK_OPTIONAL[name])
            for t in matched
        )
        if has_values:
            label = _TASK_OPTIONAL_LABELS[name]
            units.warnings.append(
                ImportWarning(
                    units.file,
                    None,
                    None,
                    None,
                    f"Tệp không ghi {label} cho nhiệm vụ nào: giữ nguyên {label} đã có trong kho",
                )
            )
    return rows, writes, removed


# Fields the file may carry; one the file leaves blank on every row is not in it at all (Tà
# Lài's appendix has no deadline column): the store keeps what it has there (typed in the app).
_TASK_OPTIONAL = {
    "lead": ("lead_unit_text", "lead_unit_id"),
    "partners": ("partners",),
    "product": ("product",),
    "deadline": ("deadline_text", "due_date", "recurrence"),
    "budget": ("budget_million",),
    "note": ("note",),
}
_TASK_OPTIONAL_LABELS = {
    "lead": "đơn vị chủ trì",
    "partners": "đơn vị phối hợp",
    "product": "sản phẩm/kết quả",
    "deadline": "thời hạn",
    "budget": "kinh phí",
    "note": "ghi chú",
}
_INDICATOR_OPTIONAL = {
    "lead": ("lead_unit_text", "lead_unit_id"),
    "partners": ("partner_units_json",),
    "unit": ("unit_of_measure",),
}


def _missing_task_fields(tasks: list[ImportedTask]) -> set[str]:
    """The optional task fields no row of the file fills."""
    filled = {
        "lead": any(t.lead_unit_text for t in tasks),
        "partners": any(t.partner_units for t in tasks),
        "product": any(t.product for t in tasks),
        "deadline": any(t.deadline.text for t in tasks),
        "budget": any(t.budget_million is not None for t in tasks),
        "note": any(t.note for t in tasks),
    }
    return {name for name, any_filled in filled.items() if not any_filled}


def _split_lead(units: _Units, text: str) -> list[str]:
    """A lead cell's unit names; "Phòng kinh tế; trung tâm dịch vụ tổng hợp" names two."""
    names = units.resolver.split_units(text) if text else []
    return names or ([text] if text else [])


def _task_detail(task: ImportedTask) -> str:
    parts = [task.lead_unit_text, task.deadline.text]
    return " · ".join(p for p in parts if p)


def _task_change(
    name: str,
    current: Task,
    value: Any,
    code_of: dict[str, str],
    group_codes: dict[str, str],
    units: _Units,
) -> FieldChange:
    label = TASK_FIELD_LABELS.get(name, name)
    old = getattr(current, name)
    if name == "deleted":
        return FieldChange(name, label, "đã ẩn", "có lại trong tệp")
    if name == "parent_id":
        return FieldChange(name, label, code_of.get(old or "", ""), code_of.get(value or "", ""))
    if name == "group_id":
        return FieldChange(
            name, label, group_codes.get(old or "", ""), group_codes.get(value or "", "")
        )
    if name == "lead_unit_id":
        return FieldChange(name, label, units.name_of(old), units.name_of(value))
    if name == "recurrence":
        from ..core.domain import RECURRENCE_LABELS, Recurrence

        def label_of(v: str | None) -> str:
            return RECURRENCE_LABELS[Recurrence(v)] if v else ""

        return FieldChange(name, label, label_of(old), label_of(value))
    return FieldChange(name, label, _show(old), _show(value))


def _compare_indicators(
    kept: list[ImportedIndicator],
    existing: _Existing,
    units: _Units,
    new_id: Callable[[], str],
) -> tuple[list[RowChange], list[_RowWrite], list[str]]:
    stored_keys = _with_occurrence(
        _indicator_key(i.group_name, i.code, i.name, i.horizon) for i in existing.indicators
    )
    stored = dict(zip(stored_keys, existing.indicators, strict=True))
    file_keys = _with_occurrence(_indicator_key(i.group, i.code, i.name, i.horizon) for i in kept)
    horizons = Counter((fold(i.group), i.code) for i in kept)
    filled = {
        "lead": any(i.lead_unit_text for i in kept),
        "partners": any(i.partner_units for i in kept),
        "unit": any(i.unit for i in kept),
    }
    kept_fields = {
        f
        for name, any_filled in filled.items()
        if not any_filled
        for f in _INDICATOR_OPTIONAL[name]
    }
    rows: list[RowChange] = []
    writes: list[_RowWrite] = []
    for order, (indicator, key) in enumerate(zip(kept, file_keys, strict=True)):
        source = indicator.source
        lead_id = None
        for name in _split_lead(units, indicator.lead_unit_text):
            lead_id = lead_id or units.resolve(name, source.table, source.row, "Đơn vị chủ trì")
        target = indicator.target
        fields: dict[str, Any] = {
            "code": indicator.code,
            "group_name": indicator.group,
            "name": indicator.name,
            "unit_of_measure": indicator.unit,
            "comparator": target.comparator.value if target.comparator else None,
            "target_value": target.value,
            "target_text": target.text,
            "horizon": indicator.horizon,
            "lead_unit_id": lead_id,
            "lead_unit_text": indicator.lead_unit_text,
            "partner_units_json": json.dumps(indicator.partner_units, ensure_ascii=False),
            "sort_order": order,
        }
        ref = indicator.code or "(không số)"
        if horizons[(fold(indicator.group), indicator.code)] > 1 and indicator.horizon:
            ref = f"{ref} ({indicator.horizon})"
        text = f"{indicator.name} — {target.text}" if target.text else indicator.name
        current = stored.pop(key, None)
        if current is None:
            writes.append(_RowWrite(new_id(), True, fields))
            rows.append(
                RowChange(
                    "indicator",
                    ref,
                    text,
                    NEW,
                    [],
                    source.table,
                    source.row,
                    place=units.places.row(source.table, source.row),
                )
            )
            continue
        changed = {
            k: v for k, v in fields.items() if k not in kept_fields and getattr(current, k) != v
        }
        if current.deleted:
            changed["deleted"] = False
        changes = []
        for name, value in changed.items():
            if name in {"sort_order", "code", "group_name", "horizon"}:
                continue
            label = INDICATOR_FIELD_LABELS.get(name, name)
            old = getattr(current, name)
            if name == "deleted":
                changes.append(FieldChange(name, label, "đã ẩn", "có lại trong tệp"))
            elif name == "partner_units_json":
                changes.append(
                    FieldChange(
                        name,
                        label,
                        "; ".join(json.loads(old or "[]")),
                        "; ".join(indicator.partner_units),
                    )
                )
            elif name == "lead_unit_id":
                changes.append(FieldChange(name, label, units.name_of(old), units.name_of(value)))
            else:
                changes.append(FieldChange(name, label, _show(old), _show(value)))
        writes.append(_RowWrite(current.id, False, changed))
        rows.append(
            RowChange(
                "indicator",
                ref,
                text,
                UPDATED if changes else UNCHANGED,
                changes,
                source.table,
                source.row,
                place=units.places.row(source.table, source.row),
            )
        )
    removed: list[str] = []
    if kept:
        for gone in stored.values():
            if gone.deleted:
                continue
            removed.append(gone.id)
            rows.append(RowChange("indicator", gone.code, gone.name, REMOVED))
    return rows, writes, removed
