"""What a data package may carry (schema version 1): the tables, their columns in order, the
type of every value, and how a record's content is hashed.

This is the package format's contract, so it is written out here rather than derived from the
sqlmodel tables: a column added to a table later does not silently change what version 1
means. A test checks that every column listed exists in the store.

Values travel exactly as SQLite stores them (dates "2026-03-08", times
"2026-03-08 17:00:00.000000", decimals as text), booleans as JSON true/false.
"""

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import Any

from ..core.domain import ActivityKind, EvidenceReview, Metric, WeekState
from ..core.periods import weeks_in_year

SCHEMA_VERSION = 1
SUPPORTED_SCHEMA_VERSIONS = (1,)

#: Columns every record carries before its content, and the two sync columns after it:
#: ``_seq`` (the sender's change sequence of this version) and ``_base`` (on a hamlet's record,
#: the hash of the office version it was built on).
HEAD = ("id", "created_at", "updated_at", "deleted")
TAIL = ("_seq", "_base")

MAX_TEXT = 20_000
MAX_INT = 2**53


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # id, ref, str, int, bool, date, datetime, decimal, week, enum
    nullable: bool = False
    choices: tuple[str, ...] = ()


def _c(name: str, kind: str, nullable: bool = False, choices: Sequence[str] = ()) -> Column:
    return Column(name, kind, nullable, tuple(choices))


@dataclass(frozen=True)
class TableSpec:
    """One table as it travels: its content columns, natural key and scope."""

    name: str
    label: str
    content: tuple[Column, ...]
    natural_key: tuple[str, ...] = ()
    # Field-data tables belong to one hamlet (via hamlet_id, or for evidence via its activity).
    hamlet_scoped: bool = False
    wire: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        names = HEAD + tuple(c.name for c in self.content) + TAIL
        object.__setattr__(self, "wire", names)

    @property
    def content_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.content)

    @property
    def db_columns(self) -> tuple[str, ...]:
        """The store's columns written for this table (change_seq is stamped locally)."""
        return HEAD + self.content_names


_WEEK_STATES = tuple(s.value for s in WeekState)
_METRICS = tuple(m.value for m in Metric)
_KINDS = tuple(k.value for k in ActivityKind)
_REVIEWS = tuple(r.value for r in EvidenceReview)

# Reference data: written at the office, carried to the hamlet devices.
REFERENCE_TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "commune",
        "Xã",
        (
            _c("name", "str"),
            _c("province", "str"),
            _c("issuing_body", "str"),
            _c("parent_body", "str"),
            _c("place_name", "str"),
            _c("signer_authority", "str"),
            _c("signer_title", "str"),
            _c("signer_name", "str"),
            _c("recipients_json", "str"),
            _c("office_unit_short", "str"),
        ),
    ),
    TableSpec(
        "unit",
        "Đơn vị",
        (_c("name", "str"), _c("short_name", "str"), _c("kind", "str"), _c("sort_order", "int")),
    ),
    TableSpec(
        "unit_alias",
        "Tên gọi khác của đơn vị",
        (_c("unit_id", "ref"), _c("alias", "str"), _c("key", "str")),
    ),
    TableSpec(
        "hamlet",
        "Ấp",
        (_c("commune_id", "ref"), _c("name", "str"), _c("code", "str"), _c("sort_order", "int")),
    ),
    TableSpec(
        "hamlet_figure",
        "Dân số, số hộ của ấp",
        (
            _c("hamlet_id", "ref"),
            _c("as_of", "date"),
            _c("population", "int", True),
            _c("adults", "int", True),
            _c("households", "int", True),
            _c("vneid_accounts", "int", True),
            _c("cashless_households", "int", True),
            _c("source", "str"),
        ),
    ),
    TableSpec(
        "community_team",
        "Tổ công nghệ số cộng đồng",
        (_c("hamlet_id", "ref"), _c("decision_number", "str"), _c("decision_date", "date", True)),
    ),
    TableSpec(
        "team_member",
        "Thành viên Tổ CNSCĐ",
        (
            _c("team_id", "ref"),
            _c("name", "str"),
            _c("role", "str"),
            _c("organisation", "str"),
            _c("phone", "str"),
            _c("joined_on", "date", True),
        ),
    ),
    TableSpec(
        "plan",
        "Kế hoạch",
        (
            _c("commune_id", "ref"),
            _c("number", "str"),
            _c("issued_on", "date", True),
            _c("title", "str"),
            _c("year", "int"),
            _c("budget_total_million", "decimal", True),
            _c("source_file", "str"),
            _c("legal_bases_json", "str"),
        ),
    ),
    TableSpec(
        "task_group",
        "Nhóm nhiệm vụ",
        (
            _c("plan_id", "ref"),
            _c("code", "str"),
            _c("title", "str"),
            _c("sort_order", "int"),
            _c("budget_million", "decimal", True),
        ),
    ),
    TableSpec(
        "task",
        "Nhiệm vụ",
        (
            _c("plan_id", "ref"),
            _c("group_id", "ref", True),
            _c("parent_id", "ref", True),
            _c("code", "str"),
            _c("sort_order", "int"),
            _c("content", "str"),
            _c("lead_unit_id", "ref", True),
            _c("lead_unit_text", "str"),
            _c("product", "str"),
            _c("deadline_text", "str"),
            _c("due_date", "date", True),
            _c("recurrence", "str", True),
            _c("budget_million", "decimal", True),
            _c("status", "str"),
            _c("progress", "int"),
            _c("note", "str"),
        ),
    ),
    TableSpec(
        "task_partner",
        "Đơn vị phối hợp",
        (
            _c("task_id", "ref"),
            _c("unit_id", "ref", True),
            _c("printed_text", "str"),
            _c("sort_order", "int"),
        ),
    ),
    TableSpec(
        "indicator",
        "Chỉ tiêu",
        (
            _c("plan_id", "ref"),
            _c("code", "str"),
            _c("group_name", "str"),
            _c("name", "str"),
            _c("unit_of_measure", "str"),
            _c("comparator", "str", True),
            _c("target_value", "decimal", True),
            _c("target_text", "str"),
            _c("horizon", "int", True),
            _c("lead_unit_id", "ref", True),
            _c("lead_unit_text", "str"),
            _c("partner_units_json", "str"),
            _c("measure", "str"),
            _c("numerator_metric", "str", True),
            _c("denominator", "str", True),
            _c("quota", "int", True),
            _c("sort_order", "int"),
        ),
    ),
)

# Field data: a hamlet device writes its own hamlet's; the office may correct and judge it.
HAMLET_TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "hamlet_week",
        "Tuần của ấp",
        (
            _c("hamlet_id", "ref"),
            _c("week", "week"),
            _c("state", "enum", choices=_WEEK_STATES),
            _c("comment", "str"),
            _c("submitted_at", "datetime", True),
            _c("accepted_at", "datetime", True),
        ),
        natural_key=("hamlet_id", "week"),
        hamlet_scoped=True,
    ),
    TableSpec(
        "weekly_count",
        "Số liệu tuần",
        (
            _c("hamlet_id", "ref"),
            _c("week", "week"),
            _c("metric", "enum", choices=_METRICS),
            _c("value", "int"),
        ),
        natural_key=("hamlet_id", "week", "metric"),
        hamlet_scoped=True,
    ),
    TableSpec(
        "activity",
        "Nhật ký Tổ CNSCĐ",
        (
            _c("hamlet_id", "ref"),
            _c("on_date", "date"),
            _c("kind", "enum", choices=_KINDS),
            _c("description", "str"),
            _c("place", "str"),
            _c("members_present", "str"),
            _c("people_reached", "int"),
            _c("feedback", "str"),
            _c("feedback_forwarded", "bool"),
        ),
        hamlet_scoped=True,
    ),
    TableSpec(
        "evidence",
        "Minh chứng",
        (
            _c("sha256", "sha256"),
            _c("file_name", "str"),
            _c("size", "int"),
            _c("task_update_id", "ref", True),
            _c("indicator_value_id", "ref", True),
            _c("activity_id", "ref", True),
            _c("review_state", "enum", choices=_REVIEWS),
            _c("review_reason", "str"),
            _c("reviewed_at", "datetime", True),
            _c("reviewed_by", "str"),
        ),
        hamlet_scoped=True,
    ),
)

ALL_TABLES: tuple[TableSpec, ...] = REFERENCE_TABLES + HAMLET_TABLES
TABLES: dict[str, TableSpec] = {spec.name: spec for spec in ALL_TABLES}


def data_entry_name(table: str) -> str:
    return f"data/{table}.json"


def record_hash(content: Sequence[Any]) -> str:
    """The hash of a record's content values (in column order, ``deleted`` first)."""
    text = json.dumps(list(content), ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------- value checks

_ID = re.compile(r"[A-Za-z0-9_-]{1,36}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d{6})?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BadValue(ValueError):
    """A value that does not fit its column; the message is Vietnamese."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise BadValue("không phải chuỗi ký tự")
    if len(value) > MAX_TEXT:
        raise BadValue(f"dài quá {MAX_TEXT} ký tự")
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def _id(value: Any) -> str:
    if type(value) is not str or not _ID.fullmatch(value):
        raise BadValue("mã bản ghi không hợp lệ")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise BadValue("không phải số nguyên")
    if not -MAX_INT < value < MAX_INT:
        raise BadValue("số quá lớn")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise BadValue("không phải giá trị đúng/sai")
    return value


def _date(value: Any) -> str:
    if type(value) is not str or not _DATE.fullmatch(value):
        raise BadValue("ngày không hợp lệ (cần dạng 2026-03-08)")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise BadValue(f"ngày không có thật: {value}") from None
    return value


def _datetime(value: Any) -> str:
    match = _DATETIME.fullmatch(value) if type(value) is str else None
    if match is None:
        raise BadValue("thời điểm không hợp lệ (cần dạng 2026-03-08 17:00:00.000000)")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise BadValue(f"thời điểm không có thật: {value}") from None
    return value if match.group(3) else value + ".000000"


def _decimal(value: Any) -> str:
    if type(value) is not str:
        raise BadValue("số thập phân phải ở dạng chuỗi")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BadValue(f"không phải số: {value!r}") from None
    if not number.is_finite():
        raise BadValue(f"không phải số hữu hạn: {value!r}")
    return value


def _week(value: Any) -> str:
    match = _WEEK.fullmatch(value) if type(value) is str else None
    if match is None:
        raise BadValue("tuần không hợp lệ (cần dạng 2026-W10)")
    year, week = int(match.group(1)), int(match.group(2))
    if year < 2000 or not 1 <= week <= weeks_in_year(year):
        raise BadValue(f"tuần không có thật: {value}")
    return value


def _sha256(value: Any) -> str:
    if type(value) is not str or not _SHA256.fullmatch(value):
        raise BadValue("mã SHA-256 không hợp lệ")
    return value


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "id": _id,
    "ref": _id,
    "str": _text,
    "int": _int,
    "bool": _bool,
    "date": _date,
    "datetime": _datetime,
    "decimal": _decimal,
    "week": _week,
    "sha256": _sha256,
}


def column_check(column: Column) -> Callable[[Any], Any]:
    """A function that returns the stored form of a value of ``column`` or raises BadValue."""
    if column.kind == "enum":
        choices = frozenset(column.choices)

        def check_enum(value: Any) -> Any:
            if value is None and column.nullable:
                return None
            if value not in choices:
                raise BadValue(f"giá trị “{value}” không thuộc danh mục")
            return value

        return check_enum
    base = _CHECKS[column.kind]
    if not column.nullable:
        return base

    def check_nullable(value: Any) -> Any:
        return None if value is None else base(value)

    return check_nullable


def _check_base(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is not str or len(value) != 32:
        raise BadValue("mã phiên bản gốc không hợp lệ")
    return value


def row_checks(spec: TableSpec) -> list[Callable[[Any], Any]]:
    """One check per wire column of ``spec``, in order."""
    head = [_id, _datetime, _datetime, _bool]
    return head + [column_check(c) for c in spec.content] + [_seq_check, _check_base]


def _seq_check(value: Any) -> int:
    if type(value) is not int or not 0 <= value < MAX_INT:
        raise BadValue("số thứ tự thay đổi không hợp lệ")
    return value


def column_labels() -> dict[str, str]:
    """Vietnamese names of the columns people see in conflicts and messages."""
    return dict(_COLUMN_LABELS)


_COLUMN_LABELS = {
    "deleted": "đã xóa",
    "value": "giá trị",
    "state": "trạng thái",
    "comment": "ghi chú",
    "submitted_at": "gửi lúc",
    "accepted_at": "duyệt lúc",
    "on_date": "ngày",
    "kind": "hình thức",
    "description": "nội dung",
    "place": "địa điểm",
    "members_present": "thành viên tham gia",
    "people_reached": "số người được tiếp cận",
    "feedback": "ý kiến người dân",
    "feedback_forwarded": "đã chuyển ý kiến",
    "file_name": "tên tệp",
    "review_state": "kết quả duyệt",
    "review_reason": "lý do",
    "week": "tuần",
    "metric": "chỉ tiêu",
}


@dataclass
class RowProblem:
    """A record that does not fit its table: its position (from 0), column and what is wrong."""

    index: int
    column: str
    problem: str
    record_id: str | None = None


def validate_rows(spec: TableSpec, rows: Any) -> tuple[list[list[Any]], list[RowProblem]]:
    """Check every row of a data entry against ``spec``; return the good rows (values in their
    stored form) and the problems of the others.

    Checks run once per distinct value of a column (a week or a hamlet id repeats thousands of
    times), so checking a large entry costs little more than reading it; only a column with a
    bad value is then gone through row by row to say which records are wrong.
    """
    if not isinstance(rows, list):
        return [], [RowProblem(0, "rows", "danh sách bản ghi không phải mảng JSON")]
    width = len(spec.wire)
    problems: dict[int, RowProblem] = {}
    for index, row in enumerate(rows):
        if type(row) is not list or len(row) != width:
            problems[index] = RowProblem(index, "(cả bản ghi)", f"cần đúng {width} giá trị")
    checked = [row for i, row in enumerate(rows) if i not in problems] if problems else rows
    positions = {id(row): i for i, row in enumerate(rows)} if problems else None
    checks = row_checks(spec)
    kinds = ["id", "datetime", "datetime", "bool", *(c.kind for c in spec.content), "seq", "base"]
    for position, (name, check, kind) in enumerate(zip(spec.wire, checks, kinds, strict=True)):
        values = list(map(itemgetter(position), checked))
        types = set(map(type, values))
        # 1 == True and 1.0 == 1 in a set: numbers are trusted only if their types are exact.
        exact = types <= _EXPECTED_TYPES.get(kind, types)
        try:
            distinct = set(values) if exact else None
        except TypeError:  # a list or object where a value should be
            distinct = None
        if distinct is not None:
            replaced: dict[Any, Any] = {}
            failed = False
            for value in distinct:
                try:
                    stored = check(value)
                except BadValue:
                    failed = True
                    break
                if stored is not value and stored != value:
                    replaced[value] = stored
            if not failed:
                if replaced:
                    for row in checked:
                        if row[position] in replaced:
                            row[position] = replaced[row[position]]
                continue
        for offset, row in enumerate(checked):
            index = positions[id(row)] if positions is not None else offset
            if index in problems:
                continue
            try:
                row[position] = check(row[position])
            except BadValue as exc:
                problems[index] = RowProblem(index, name, str(exc))
    for index, problem in problems.items():
        row = rows[index]
        if type(row) is list and row and type(row[0]) is str:
            problem.record_id = row[0][:36]
    if not problems:
        return rows, []
    good = [row for i, row in enumerate(rows) if i not in problems]
    return good, sorted(problems.values(), key=lambda p: p.index)


_NONE = type(None)
_EXPECTED_TYPES: dict[str, set[type]] = {
    "int": {int, _NONE},
    "bool": {bool},
    "seq": {int},
}
