"""The commune's hamlets (ấp/thôn): list, add, rename, remove, and import a list from a file.

Plan files do not list hamlets, so a real commune sets them up here (Cài đặt → Ấp và số liệu,
or `kehoach hamlet …`): each with its dated figures (population, people aged 14+, households)
that the rates are computed from, and the baselines of the running totals (VNeID accounts,
cashless households, as of their date: the rate adds the weekly counts logged after it).

- Names are NFC with collapsed spaces; two names that fold to the same key ("Ấp 3",
  "ấp  3") are the same hamlet: adding or renaming onto an existing one is refused.
- A hamlet keeps its place (``sort_order``): the order of addition, or the file's order.
- Removing is a tombstone, refused while the hamlet has weekly counts, activities or a
  registered device, so that nothing recorded disappears from the reports.
- An import reads an .xlsx or .csv list (columns found by their header), shows what it would
  add and update, and writes everything in one transaction after a backup; any bad cell
  refuses the whole file with one message naming the file, the row and the column.
- Figures are written the way ``tracking.set_figures`` writes them (same fields, same checks);
  the store is not a demo: a hamlet added to the first-run demo would vanish with it when the
  commune's plan is imported, so adding is refused there.
"""

import csv
import io
import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.domain import KehoachError
from ..core.text import clean, fold
from ..core.vnformat import format_date
from ..db.raw import raw_connection
from .store import Store
from .tracking import FIGURE_FIELDS, HamletRow, dated_figures, find_hamlet, live_hamlets

if TYPE_CHECKING:
    from sqlmodel import Session

Progress = Callable[[int, int, str], None]

#: The figures a hamlet list gives and the settings page edits: the denominators, then the
#: baselines of the running totals (``tracking.FIGURE_FIELDS``, in the same order).
LIST_FIELDS = ("population", "adults", "households", "vneid_accounts", "cashless_households")
#: Each baseline and the denominator it may not exceed.
BASELINE_DENOMINATORS = {"vneid_accounts": "population", "cashless_households": "households"}
#: Column names as people read them (messages, the settings table, the CLI).
COLUMN_LABELS = {
    "name": "Ấp",
    "population": "Dân số",
    "adults": "Từ 14 tuổi",
    "households": "Số hộ",
    "vneid_accounts": "Tài khoản VNeID đã có",
    "cashless_households": "Hộ đã thanh toán không dùng tiền mặt",
}
#: Header texts (folded, without a parenthesised unit) that name each column of a list.
HEADER_KEYS = {
    "name": {"ap", "tenap", "thon", "tenthon", "apthon", "tenapthon", "apkhupho", "tenapkhupho"},
    "population": {"danso", "sodan", "nhankhau", "sonhankhau", "tongdanso", "tongsonhankhau"},
    "adults": {
        "tu14tuoi",
        "tu14tuoitrolen",
        "songuoitu14tuoi",
        "songuoitu14tuoitrolen",
        "dansotu14tuoitrolen",
        "nguoitruongthanh",
        "songuoitruongthanh",
        "dansotruongthanh",
    },
    "households": {"soho", "ho", "tongsoho", "sohogiadinh", "hogiadinh", "sohodan"},
    "vneid_accounts": {
        "vneid",
        "taikhoanvneid",
        "sotaikhoanvneid",
        "dacotaikhoanvneid",
        "dacovneid",
        "sotaikhoanvneiddaco",
        "songuoicotaikhoanvneid",
        "songuoidacotaikhoanvneid",
        "songuoicovneid",
        "songuoidacovneid",
    },
    "cashless_households": {
        "hokdtm",
        "sohokdtm",
        "hottkdtm",
        "sohottkdtm",
        "hothanhtoankhongdungtienmat",
        "sohothanhtoankhongdungtienmat",
        "hodathanhtoankhongdungtienmat",
        "sohodathanhtoankhongdungtienmat",
        "hothanhtoankdtm",
        "sohothanhtoankdtm",
    },
}
#: Rows of a list that are not hamlets: its totals.
TOTAL_ROWS = {"tong", "tongcong", "cong", "toanxa", "tongso"}
HEADER_SEARCH_ROWS = 15
MAX_LIST_BYTES = 5 * 1024 * 1024
MAX_FIGURE = 10_000_000  # no hamlet has ten million people: a bigger number is a slip


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


# ----------------------------------------------------------------------------- listing


@dataclass
class HamletInfo:
    """A hamlet with its newest figures and its team leader, as the settings page shows it."""

    id: str
    name: str
    code: str
    figures: dict[str, int | None]
    # The newest date among the figures shown (denominators and baselines), if any.
    as_of: date | None
    leader: str

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "code": self.code,
            **self.figures,
            "as_of": self.as_of,
            "leader": self.leader or None,
        }


def _leaders(conn: sqlite3.Connection) -> dict[str, str]:
    """Each hamlet's team leader (the member whose role starts with "Tổ trưởng")."""
    leaders: dict[str, str] = {}
    for hamlet_id, name, role in conn.execute(
        "SELECT t.hamlet_id, m.name, m.role FROM community_team t "
        "JOIN team_member m ON m.team_id = t.id "
        "WHERE t.deleted IS 0 AND m.deleted IS 0 ORDER BY t.change_seq, m.change_seq"
    ):
        if fold(role).startswith("totruong") and hamlet_id not in leaders:
            leaders[hamlet_id] = name
    return leaders


def _infos(conn: sqlite3.Connection) -> list[HamletInfo]:
    newest = dated_figures(conn, date.max)
    leaders = _leaders(conn)
    result = []
    for hamlet in live_hamlets(conn):
        own = newest.get(hamlet.id, {})
        shown = [own[n].as_of for n in LIST_FIELDS if n in own]
        result.append(
            HamletInfo(
                id=hamlet.id,
                name=hamlet.name,
                code=hamlet.code,
                figures={n: own[n].value if n in own else None for n in FIGURE_FIELDS},
                as_of=max(shown) if shown else None,
                leader=leaders.get(hamlet.id, ""),
            )
        )
    return result


def list_hamlets(store: Store) -> list[HamletInfo]:
    """The hamlets in their order, each with its newest figures and team leader."""
    with store.read() as conn:
        return _infos(conn)


# ----------------------------------------------------------------------------- checks


def _commune_id(conn: sqlite3.Connection) -> str:
    from .first_run import is_demo_store

    row = conn.execute("SELECT id FROM commune WHERE deleted IS 0 LIMIT 1").fetchone()
    if row is None:
        raise KehoachError(
            "Kho dữ liệu chưa có xã: tạo xã (Cài đặt, hoặc nhập kế hoạch của xã) trước khi thêm ấp."
        )
    if is_demo_store(conn):
        raise KehoachError(
            "Kho đang là dữ liệu mẫu (xã Tà Lài), sẽ bị thay khi nhập kế hoạch của xã: hãy nhập "
            "kế hoạch hoặc tạo xã mới trước, rồi mới thêm các ấp của xã."
        )
    return str(row[0])


def _clean_name(name: str) -> str:
    cleaned = clean(name)
    if not fold(cleaned):
        raise KehoachError("Chưa nhập tên ấp.")
    if len(cleaned) > 120:
        raise KehoachError(f"Tên ấp quá dài ({len(cleaned)} ký tự; tối đa 120).")
    return cleaned


def _same_name(hamlets: list[HamletRow], name: str, except_id: str = "") -> HamletRow | None:
    key = fold(name)
    return next((h for h in hamlets if fold(h.name) == key and h.id != except_id), None)


def _duplicate_message(name: str, existing: HamletRow) -> str:
    if existing.name == name:
        return f"Đã có ấp “{existing.name}”."
    return (
        f"Tên “{name}” trùng với ấp đã có “{existing.name}” (không kể dấu, chữ hoa/thường và "
        "khoảng trắng)."
    )


def _checked_figures(values: Mapping[str, int | None], where: str) -> dict[str, int]:
    """The given figures (None: not given), refused like ``tracking.set_figures`` refuses them,
    with adults ≤ population; ``where`` names the place in messages."""
    given = {n: v for n, v in values.items() if v is not None}
    for name, value in given.items():
        if name not in FIGURE_FIELDS:
            raise KehoachError(f"Trường không hợp lệ: “{name}”.")
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise KehoachError(f"{where}{_label(name)}: phải là số nguyên không âm.")
        if value > MAX_FIGURE:
            raise KehoachError(f"{where}{_label(name)}: {value} quá lớn cho một ấp.")
    population, adults = given.get("population"), given.get("adults")
    if population is not None and adults is not None and adults > population:
        raise KehoachError(f"{where}số người từ 14 tuổi ({adults}) lớn hơn dân số ({population}).")
    for baseline, denominator in BASELINE_DENOMINATORS.items():
        message = baseline_excess(baseline, given.get(baseline), given.get(denominator))
        if message:
            raise KehoachError(f"{where}{message}")
    return given


def baseline_excess(baseline: str, value: int | None, denominator: int | None) -> str:
    """Why a baseline is more than its denominator ("" when it is not, or one is missing):
    the rule of ``tracking.write_figures``, said the same way for a dialog, a file and the CLI."""
    if value is None or denominator is None or value <= denominator:
        return ""
    if baseline == "vneid_accounts":
        return f"số tài khoản VNeID đã có ({value}) lớn hơn dân số ({denominator})."
    return f"số hộ đã thanh toán không dùng tiền mặt ({value}) lớn hơn số hộ ({denominator})."


def _check_against_stored(
    conn: sqlite3.Connection, hamlet_id: str, as_of: date, given: Mapping[str, int], where: str
) -> None:
    """A baseline given without its denominator is checked against the denominator in force
    on ``as_of`` (the newest dated one), so that no rate starts above 100%."""
    own = dated_figures(conn, as_of).get(hamlet_id, {})
    for baseline, denominator in BASELINE_DENOMINATORS.items():
        if baseline in given and denominator not in given and denominator in own:
            message = baseline_excess(baseline, given[baseline], own[denominator].value)
            if message:
                raise KehoachError(
                    f"{where}{message[:-1]} tính đến ngày {format_date(own[denominator].as_of)}."
                )


def _label(name: str) -> str:
    from .tracking import FIGURE_LABELS

    return COLUMN_LABELS.get(name, FIGURE_LABELS.get(name, name))


def parse_figure(text: str | int | None, where: str = "") -> int | None:
    """A figure typed by a person or read from a cell: 1842, "1842", "1.842", "1 842"; blank →
    None. Refuses text, decimals and negative numbers, naming ``where``."""
    if text is None:
        return None
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    else:
        raw = str(text).strip().replace("\u202f", " ").replace("\u00a0", " ")
        if not raw:
            return None
        if re.fullmatch(r"-\s*\d[\d., ]*", raw):
            raise KehoachError(f"{where}“{raw}” là số âm; số liệu phải từ 0 trở lên.")
        if re.fullmatch(r"\d+", raw):
            number = int(raw)
        elif re.fullmatch(r"\d{1,3}(?:[., ]\d{3})+", raw):
            number = int(re.sub(r"\D", "", raw))
        else:
            raise KehoachError(f"{where}“{raw}” không phải số nguyên (ví dụ 1842 hoặc 1.842).")
    if number < 0:
        raise KehoachError(f"{where}“{number}” là số âm; số liệu phải từ 0 trở lên.")
    return number


# ----------------------------------------------------------------------------- writing


def _write_figure(
    session: "Session",
    hamlet: HamletRow,
    as_of: date,
    values: Mapping[str, int],
    source: str,
) -> None:
    """One dated figure, as ``tracking.set_figures`` writes it (nothing when no value)."""
    from .tracking import write_figures

    if values:
        write_figures(session, hamlet, as_of, values, source)


def _insert_hamlet(session: "Session", commune_id: str, name: str, order: int) -> HamletRow:
    from ..db.models import Hamlet

    hamlet = Hamlet(commune_id=commune_id, name=name, sort_order=order)
    session.add(hamlet)
    session.flush()
    return HamletRow(hamlet.id, hamlet.name, hamlet.code, hamlet.sort_order)


def _next_order(hamlets: list[HamletRow], conn: sqlite3.Connection) -> int:
    # Counted over removed hamlets too: a new one never takes the place of an old one.
    (top,) = conn.execute("SELECT max(sort_order) FROM hamlet").fetchone()
    return (top + 1) if top is not None else len(hamlets)


def _info(store: Store, hamlet_id: str) -> HamletInfo:
    return next(h for h in list_hamlets(store) if h.id == hamlet_id)


def add_hamlet(
    store: Store,
    name: str,
    figures: Mapping[str, int | None] | None = None,
    as_of: date | None = None,
    source: str = "",
) -> HamletInfo:
    """Add a hamlet at the end of the list, with its first figures (as of ``as_of``, default
    today) if any are given; all in one transaction."""
    name = _clean_name(name)
    given = _checked_figures(figures or {}, f"{name}: ")
    with store.session() as session:
        conn = raw_connection(session)
        commune_id = _commune_id(conn)
        hamlets = live_hamlets(conn)
        existing = _same_name(hamlets, name)
        if existing is not None:
            raise KehoachError(_duplicate_message(name, existing))
        row = _insert_hamlet(session, commune_id, name, _next_order(hamlets, conn))
        _write_figure(session, row, as_of or date.today(), given, source)
    return _info(store, row.id)


def rename_hamlet(store: Store, hamlet: str, new_name: str) -> HamletInfo:
    """Rename a hamlet (found by name or code, any accents); the same duplicate rule as adding."""
    from ..db.models import Hamlet

    new_name = _clean_name(new_name)
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        existing = _same_name(live_hamlets(raw_connection(session)), new_name, found.id)
        if existing is not None:
            raise KehoachError(_duplicate_message(new_name, existing))
        row = session.get(Hamlet, found.id)
        assert row is not None
        if row.name != new_name:
            row.name = new_name
            session.add(row)
    return _info(store, found.id)


@dataclass
class HamletRecords:
    """What is recorded for a hamlet that its removal would hide."""

    counts: int
    weeks: int
    activities: int
    devices: int

    def describe(self) -> str:
        parts = []
        if self.counts:
            parts.append(f"{self.counts} ô số liệu tuần (trong {self.weeks} tuần)")
        if self.activities:
            parts.append(f"{self.activities} hoạt động trong nhật ký")
        if self.devices:
            parts.append(f"{self.devices} máy của ấp đã đăng ký")
        return ", ".join(parts)


def _records(conn: sqlite3.Connection, hamlet_id: str) -> HamletRecords:
    counts, weeks = conn.execute(
        "SELECT count(*), count(DISTINCT week) FROM weekly_count "
        "WHERE hamlet_id = ? AND deleted IS 0",
        (hamlet_id,),
    ).fetchone()
    (activities,) = conn.execute(
        "SELECT count(*) FROM activity WHERE hamlet_id = ? AND deleted IS 0", (hamlet_id,)
    ).fetchone()
    (devices,) = conn.execute(
        "SELECT count(*) FROM sync_device WHERE hamlet_id = ? AND revoked_at IS NULL",
        (hamlet_id,),
    ).fetchone()
    return HamletRecords(counts, weeks, activities, devices)


def _check_removable(conn: sqlite3.Connection, hamlet: HamletRow) -> None:
    records = _records(conn, hamlet.id)
    if records.describe():
        raise KehoachError(
            f"Không bỏ được {hamlet.name}: ấp đã có {records.describe()}. Bỏ ấp sẽ làm mất "
            "các số liệu này khỏi báo cáo; giữ ấp lại (có thể đổi tên nếu cần)."
        )


def check_removable(store: Store, hamlet: str) -> str:
    """The hamlet's name if it can be removed; otherwise :class:`KehoachError` saying what it
    has (asked before the app asks for a confirmation)."""
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        _check_removable(raw_connection(session), found)
        return found.name


def remove_hamlet(store: Store, hamlet: str) -> str:
    """Remove a hamlet (a tombstone) that has nothing recorded; return its name.

    Refused, saying what it has, while it has weekly counts, activities or a registered device.
    """
    from ..db.models import Hamlet

    with store.session() as session:
        found = find_hamlet(session, hamlet)
        _check_removable(raw_connection(session), found)
        row = session.get(Hamlet, found.id)
        assert row is not None
        row.deleted = True
        session.add(row)
        return found.name


def update_figures(
    store: Store, hamlet: str, as_of: date, figures: Mapping[str, int | None], source: str = ""
) -> HamletInfo:
    """Record a hamlet's figures as of a date (``tracking.set_figures``); blank fields (None)
    keep what older figures say."""
    from .tracking import write_figures

    given = _checked_figures(figures, f"{clean(hamlet)}: ")
    if not given:
        raise KehoachError(
            "Chưa nhập số liệu nào (dân số, số người từ 14 tuổi, số hộ, số liệu nền)."
        )
    with store.session() as session:
        found = find_hamlet(session, hamlet)
        _check_against_stored(raw_connection(session), found.id, as_of, given, f"{found.name}: ")
        write_figures(session, found, as_of, given, source)
    return _info(store, found.id)


# ----------------------------------------------------------------------------- import


@dataclass
class ListRow:
    """One hamlet of an imported list and what the import does with it."""

    row: int  # the row number in the file, as a spreadsheet shows it
    name: str
    figures: dict[str, int]  # only the figures the file gives
    action: str  # add | update | unchanged
    existing: str | None = None  # the stored hamlet's name, when it is already there
    before: dict[str, int | None] = field(default_factory=dict)

    @property
    def action_label(self) -> str:
        return {"add": "thêm mới", "update": "cập nhật số liệu", "unchanged": "không đổi"}[
            self.action
        ]

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "name": self.name,
            "action": self.action,
            "existing": self.existing,
            **{n: self.figures.get(n) for n in LIST_FIELDS},
        }


@dataclass
class ListPreview:
    """What importing a hamlet list would do (nothing is written by a preview)."""

    file: str
    sheet: str
    as_of: date
    columns: list[str]  # the columns found, as headed in the file
    rows: list[ListRow]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def changes_anything(self) -> bool:
        return any(r.action != "unchanged" for r in self.rows)

    def summary(self) -> str:
        return (
            f"{len(self.rows)} ấp trong tệp “{self.file}”: {self.count('add')} ấp mới, "
            f"{self.count('update')} ấp cập nhật số liệu, {self.count('unchanged')} ấp không đổi "
            f"(số liệu tính đến ngày {format_date(self.as_of)})."
        )

    def to_json(self, dry_run: bool) -> dict[str, object]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "as_of": self.as_of,
            "dry_run": dry_run,
            "columns": self.columns,
            "added": self.count("add"),
            "updated": self.count("update"),
            "unchanged": self.count("unchanged"),
            "hamlets": [r.to_json() for r in self.rows],
        }


@dataclass
class ListImportResult:
    preview: ListPreview
    backup: Path | None

    def to_json(self) -> dict[str, object]:
        return {**self.preview.to_json(dry_run=False), "backup": str(self.backup or "")}


@dataclass
class _Table:
    """A list as read from its file: where it is, its columns, and its data rows."""

    file: str
    place: str  # "trang tính “Ấp”, " for a workbook; "" for a .csv
    columns: dict[str, tuple[int, str]]  # field → (column index, header as written)
    rows: list[tuple[int, list[str | int | None]]]  # (row number, cells)


def _header_field(text: str) -> str | None:
    key = fold(re.sub(r"\([^)]*\)", "", text))
    for name, keys in HEADER_KEYS.items():
        if key in keys:
            return name
    return None


def _find_columns(cells: list[str]) -> dict[str, tuple[int, str]]:
    columns: dict[str, tuple[int, str]] = {}
    for index, text in enumerate(cells):
        name = _header_field(text)
        if name and name not in columns:
            columns[name] = (index, clean(text))
    return columns


def _fail(file: str, what: str) -> KehoachError:
    return KehoachError(f"Tệp “{file}”: {what}")


def _read_csv_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise _fail(path.name, "không phải tệp văn bản .csv (có thể là tệp nhị phân)")
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _fail(path.name, "không đọc được bảng mã của tệp .csv (hãy lưu dạng CSV UTF-8)")


def _read_csv(path: Path) -> list[tuple[str, list[tuple[int, list[str | int | None]]]]]:
    text = _read_csv_text(path)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=first.count) if first else ","
    rows: list[tuple[int, list[str | int | None]]] = [
        (number, list(row))
        for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)
    ]
    return [("", rows)]


def _read_workbook(path: Path) -> list[tuple[str, list[tuple[int, list[str | int | None]]]]]:
    from ..importers import detect_kind
    from ..importers.xlsx_reader import read_xlsx

    kind = detect_kind(path)
    if kind != "xlsx":
        raise _fail(path.name, "là tệp Word; danh sách ấp cần tệp Excel (.xlsx) hoặc .csv")
    try:
        document = read_xlsx(path)
    except Exception as error:  # noqa: BLE001 - openpyxl/lxml raise many kinds
        raise _fail(
            path.name, f"không đọc được nội dung tệp Excel ({type(error).__name__}: {error})"
        ) from error
    sheets = []
    for grid in document.blocks:
        if isinstance(grid, str):
            continue
        rows: list[tuple[int, list[str | int | None]]] = []
        for number, cells in zip(grid.row_numbers, grid.rows, strict=True):
            values: list[str | int | None] = []
            for cell in cells:
                if cell.value is not None and cell.numeric_text:
                    if cell.value == cell.value.to_integral_value():
                        values.append(int(cell.value))
                    else:
                        values.append(cell.text)
                else:
                    values.append(cell.text)
            rows.append((number, values))
        sheets.append((f"trang tính “{grid.context[0] if grid.context else grid.index}”, ", rows))
    return sheets


def read_hamlet_list(path: str | Path) -> _Table:
    """Find the list's sheet, header row and columns; refuse a file that is not one."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise _fail(name, f"không tồn tại ({path})")
    if not path.is_file():
        raise _fail(name, "không phải là một tệp (có thể là thư mục)")
    size = path.stat().st_size
    if size == 0:
        raise _fail(name, "tệp rỗng (0 byte)")
    if size > MAX_LIST_BYTES:
        raise _fail(name, f"tệp quá lớn cho một danh sách ấp ({size // 1024} KB; tối đa 5 MB)")
    with path.open("rb") as handle:
        head = handle.read(4)
    if path.suffix.lower() in (".csv", ".txt") and not head.startswith(b"PK"):
        sheets = _read_csv(path)
    elif head.startswith(b"PK") or path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".docx"):
        sheets = _read_workbook(path)
    else:
        raise _fail(name, "không phải tệp Excel (.xlsx) hay .csv")
    for place, rows in sheets:
        for position, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
            texts = [c if isinstance(c, str) else "" for c in cells]
            columns = _find_columns(texts)
            if "name" in columns:
                return _Table(name, place, columns, rows[position + 1 :])
    raise _fail(
        name,
        "không tìm thấy cột “Ấp” (hoặc “Tên ấp”, “Thôn”) ở dòng tiêu đề; dòng tiêu đề cần có "
        "cột tên ấp và các cột “Dân số”, “Từ 14 tuổi”, “Số hộ” (có thể thêm “Số tài khoản VNeID”, "
        "“Hộ KDTM”)",
    )


def _list_rows(table: _Table) -> list[tuple[int, str, dict[str, int]]]:
    """The hamlets of the list: (row, name, figures), every cell checked."""
    hamlets: list[tuple[int, str, dict[str, int]]] = []
    seen: dict[str, int] = {}
    name_column = table.columns["name"][0]
    for number, cells in table.rows:
        where = f"Tệp “{table.file}”, {table.place}dòng {number}, "

        def cell(index: int, cells: list[str | int | None] = cells) -> str | int | None:
            return cells[index] if index < len(cells) else None

        raw_name = cell(name_column)
        name = clean(str(raw_name)) if raw_name is not None else ""
        figures: dict[str, int] = {}
        for field_name in LIST_FIELDS:
            if field_name not in table.columns:
                continue
            index, header = table.columns[field_name]
            value = parse_figure(cell(index), f"{where}cột “{header}”: ")
            if value is not None:
                if value > MAX_FIGURE:
                    raise KehoachError(f"{where}cột “{header}”: {value} quá lớn cho một ấp.")
                figures[field_name] = value
        if fold(name) in TOTAL_ROWS or (name and not fold(name)):
            continue  # the totals row, or a separator line
        if not name:
            if figures:
                header = table.columns["name"][1]
                raise KehoachError(f"{where}cột “{header}”: có số liệu nhưng thiếu tên ấp.")
            continue
        if "adults" in figures and "population" in figures:
            if figures["adults"] > figures["population"]:
                header = table.columns["adults"][1]
                raise KehoachError(
                    f"{where}cột “{header}”: số người từ 14 tuổi ({figures['adults']}) lớn hơn "
                    f"dân số ({figures['population']})."
                )
        for baseline, denominator in BASELINE_DENOMINATORS.items():
            message = baseline_excess(baseline, figures.get(baseline), figures.get(denominator))
            if message:
                raise KehoachError(f"{where}cột “{table.columns[baseline][1]}”: {message}")
        key = fold(name)
        if key in seen:
            raise KehoachError(
                f"{where}cột “{table.columns['name'][1]}”: “{name}” trùng với ấp ở dòng "
                f"{seen[key]}."
            )
        seen[key] = number
        hamlets.append((number, _clean_name(name), figures))
    if not hamlets:
        raise _fail(table.file, "có dòng tiêu đề nhưng không có ấp nào bên dưới")
    return hamlets


def _compare(conn: sqlite3.Connection, table: _Table, as_of: date) -> ListPreview:
    stored = {fold(h.name): h for h in _infos(conn)}
    current = dated_figures(conn, as_of)
    rows = []
    for number, name, figures in _list_rows(table):
        existing = stored.get(fold(name))
        if existing is None:
            rows.append(ListRow(number, name, figures, "add"))
            continue
        own = current.get(existing.id, {})
        before = {n: own[n].value if n in own else None for n in LIST_FIELDS}
        for baseline, denominator in BASELINE_DENOMINATORS.items():
            if baseline in figures and denominator not in figures and denominator in own:
                message = baseline_excess(baseline, figures[baseline], own[denominator].value)
                if message:
                    raise KehoachError(
                        f"Tệp “{table.file}”, {table.place}dòng {number}, cột "
                        f"“{table.columns[baseline][1]}”: {message[:-1]} đã lưu tính đến ngày "
                        f"{format_date(own[denominator].as_of)}."
                    )
        changed = any(before[n] != v for n, v in figures.items())
        action = "update" if changed else "unchanged"
        rows.append(ListRow(number, name, figures, action, existing.name, before))
    columns = [header for _index, header in table.columns.values()]
    place = table.place.removesuffix(", ")
    return ListPreview(table.file, place, as_of, columns, rows)


def preview_hamlet_list(store: Store, path: str | Path, as_of: date | None = None) -> ListPreview:
    """What importing ``path`` would add and update; raises :class:`KehoachError` for a file
    that is not a hamlet list or has a bad cell (nothing is written either way)."""
    table = read_hamlet_list(path)
    with store.read() as conn:
        return _compare(conn, table, as_of or date.today())


def import_hamlet_list(
    store: Store, path: str | Path, as_of: date | None = None, progress: Progress = _noop
) -> ListImportResult:
    """Import a hamlet list: new hamlets are added in the file's order, existing ones get the
    file's figures as of ``as_of`` (default today). Backup first, then one transaction; a bad
    file or cell leaves the store as it was."""
    from .backups import backup_before_change

    as_of = as_of or date.today()
    progress(0, 3, f"Đọc tệp {Path(path).name}")
    table = read_hamlet_list(path)
    with store.read() as conn:
        _commune_id(conn)
        preview = _compare(conn, table, as_of)  # every cell checked before the backup
    backup = None
    if preview.changes_anything:
        progress(1, 3, "Sao lưu dữ liệu trước khi nhập")
        backup = backup_before_change(store, "nhap-danh-sach-ap")
    progress(2, 3, "Ghi danh sách ấp")
    source = f"Danh sách ấp “{table.file}”"
    with store.session() as session:
        conn = raw_connection(session)
        commune_id = _commune_id(conn)
        preview = _compare(conn, table, as_of)  # again, inside the transaction that writes
        hamlets = live_hamlets(conn)
        by_key = {fold(h.name): h for h in hamlets}
        order = _next_order(hamlets, conn)
        for row in preview.rows:
            if row.action == "add":
                hamlet = _insert_hamlet(session, commune_id, row.name, order)
                order += 1
            elif row.action == "update":
                hamlet = by_key[fold(row.name)]
            else:
                continue
            try:
                _write_figure(session, hamlet, as_of, row.figures, source)
            except KehoachError as error:
                raise KehoachError(
                    f"Tệp “{table.file}”, {table.place}dòng {row.row}: {error}"
                ) from None
    progress(3, 3, "Đã ghi vào kho dữ liệu")
    return ListImportResult(preview, backup)


def figures_text(values: Mapping[str, Any]) -> str:
    """ "dân số 1842, từ 14 tuổi 1290, số hộ 512, tài khoản VNeID đã có 1100" for the figures
    given."""
    parts = [
        f"{COLUMN_LABELS[n][0].lower()}{COLUMN_LABELS[n][1:]} {values[n]}"
        for n in LIST_FIELDS
        if values.get(n) is not None
    ]
    return ", ".join(parts)
