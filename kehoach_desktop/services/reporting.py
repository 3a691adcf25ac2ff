"""The periodic report (SPEC §5): its record, its content, and the files written from it.

A report is kept as a :class:`~kehoach_desktop.db.report_models.Report` record holding what
people chose (period and its windows, number, date, signer, recipients, "Căn cứ" lines, the free
texts of sections III–V). Its figures are read from the store as they stood at the end of the
period's window (:mod:`.report_data`), so writing a recorded report again gives the same bytes.

The content (:mod:`.report_content`) follows the order of real commune reports: heading
block; "Căn cứ" lines; intro; I. Công tác chỉ đạo, điều hành; II. Kết quả thực hiện (by task
group, the targets table, the hamlet table); III. Tồn tại, hạn chế, nguyên nhân; IV. Phương
hướng kỳ tới; V. Đề xuất, kiến nghị; Nơi nhận and the signature; the task list as a landscape
appendix.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from ..core.domain import KehoachError
from ..core.periods import CALENDAR, ND09, Period, parse_period, period_of
from ..core.text import clean, nfc
from ..core.vnformat import (
    format_doc_number,
)
from ..db.models import IssuedDocument
from ..db.raw import raw_connection
from ..db.report_models import Report
from ..reports.model import (
    ReportDocument,
)
from .report_content import (
    FreeTexts,
    compose_report,
    legal_basis_lines,
    next_period,
    suggest_texts,
    texts_for,
)
from .report_data import (
    ReportData,
    load_report_data,
)
from .settings import get_setting, set_setting
from .store import Store

Progress = Callable[[int, int, str], None]
Format = Literal["pdf", "docx", "xlsx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx", "xlsx")

#: The document type of the periodic report and the body part of its number ("05/BC-UBND").
REPORT_DOC_TYPE = "BC"
REPORT_BODY = "UBND"
PERIODIC = "periodic"

#: Business settings of the report area (kept in the store's ``setting`` table).
SETTING_WINDOWS = "report.windows"  # "nd09" (Nghị định 09/2019) or "calendar"
SETTING_NUMBERING = "report.numbering"  # "sequence" or "blank"
NUMBERING_SEQUENCE = "sequence"
NUMBERING_BLANK = "blank"

REPORTS_FOLDER = "bao-cao"


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


# --------------------------------------------------------------------------- plain data


@dataclass
class ReportSettings:
    """How the commune reports: data windows and whether reports get a number from the app."""

    windows: str = ND09
    numbering: str = NUMBERING_SEQUENCE


@dataclass
class ReportRecord:
    """A report's choices, as stored (``recorded``) or as a draft not yet saved.

    ``number`` None leaves "Số:" blank for the văn thư; ``report_date`` None leaves the day and
    month blank. ``legal_bases`` and the three free texts are None while the officer has not
    changed what the app suggests.
    """

    period_code: str
    windows: str = ND09
    number: int | None = None
    number_year: int | None = None
    report_date: date | None = None
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    legal_bases: list[str] | None = None
    difficulties: str | None = None
    directions: str | None = None
    proposals: str | None = None
    recorded: bool = False
    pdf_sha256: str = ""
    created_at: datetime | None = None

    @property
    def period(self) -> Period:
        return parse_period(self.period_code, windows=self.windows)

    @property
    def number_text(self) -> str:
        return format_doc_number(self.number, REPORT_DOC_TYPE, REPORT_BODY)


@dataclass
class ReportDraft:
    """What the Báo cáo page shows for a period: the record and the app's suggestions."""

    record: ReportRecord
    period: Period
    suggested: FreeTexts
    legal_basis_options: list[str]
    next_number: int
    numbering: str = NUMBERING_SEQUENCE  # the commune's choice for a report not yet numbered

    @property
    def texts(self) -> FreeTexts:
        """The texts the report prints: the officer's where set, else the suggestions."""
        r, s = self.record, self.suggested
        return FreeTexts(
            r.difficulties if r.difficulties is not None else s.difficulties,
            r.directions if r.directions is not None else s.directions,
            r.proposals if r.proposals is not None else s.proposals,
        )

    @property
    def legal_bases(self) -> list[str]:
        if self.record.legal_bases is not None:
            return self.record.legal_bases
        return self.legal_basis_options


# --------------------------------------------------------------------------- settings


def _text_setting(session: Session, key: str, default: str) -> str:
    value = get_setting(raw_connection(session), key)
    return value if isinstance(value, str) and value else default


def get_report_settings(store: Store) -> ReportSettings:
    """The commune's report settings (defaults: Nghị định 09 windows, numbered reports)."""
    with store.session() as session:
        return ReportSettings(
            windows=_text_setting(session, SETTING_WINDOWS, ND09),
            numbering=_text_setting(session, SETTING_NUMBERING, NUMBERING_SEQUENCE),
        )


def save_report_settings(store: Store, settings: ReportSettings) -> None:
    if settings.windows not in (ND09, CALENDAR):
        raise KehoachError(f"Cách tính kỳ báo cáo không hợp lệ: “{settings.windows}”.")
    if settings.numbering not in (NUMBERING_SEQUENCE, NUMBERING_BLANK):
        raise KehoachError(f"Cách đánh số báo cáo không hợp lệ: “{settings.numbering}”.")
    with store.session() as session:
        set_setting(session, SETTING_WINDOWS, settings.windows)
        set_setting(session, SETTING_NUMBERING, settings.numbering)


# --------------------------------------------------------------------------- records


def _to_record(row: Report) -> ReportRecord:
    return ReportRecord(
        period_code=row.period_code,
        windows=row.windows,
        number=row.number,
        number_year=row.number_year,
        report_date=row.report_date,
        signer_authority=row.signer_authority,
        signer_title=row.signer_title,
        signer_name=row.signer_name,
        recipients=list(json.loads(row.recipients_json or "[]")),
        legal_bases=json.loads(row.legal_bases_json) if row.legal_bases_json else None,
        difficulties=row.difficulties,
        directions=row.directions,
        proposals=row.proposals,
        recorded=True,
        pdf_sha256=row.pdf_sha256,
        created_at=row.created_at,
    )


def _find(session: Session, period_code: str) -> Report | None:
    return session.exec(
        select(Report).where(
            Report.kind == PERIODIC,
            Report.period_code == period_code,
            col(Report.deleted).is_(False),
        )
    ).first()


def list_reports(store: Store) -> list[ReportRecord]:
    """Every recorded periodic report, newest period first."""
    with store.session() as session:
        rows = session.exec(
            select(Report).where(Report.kind == PERIODIC, col(Report.deleted).is_(False))
        ).all()
        records = [_to_record(r) for r in rows]
    return sorted(records, key=lambda r: (r.period.end, r.period_code), reverse=True)


def get_report(store: Store, period_code: str) -> ReportRecord | None:
    """The recorded report of a period ("2026-Q3"), or None."""
    code = parse_period(period_code).code
    with store.session() as session:
        row = _find(session, code)
        return _to_record(row) if row is not None else None


_NUMBER_PREFIX = re.compile(r"^\s*0*(\d{1,6})\s*/")


def _next_number(session: Session, year: int, doc_type: str = REPORT_DOC_TYPE) -> int:
    """One more than the highest number of ``doc_type`` used in ``year``: by recorded reports,
    and by documents of that type in the register of issued documents ("12/BC-UBND")."""
    used = [
        n
        for n in session.exec(
            select(Report.number).where(
                Report.doc_type == doc_type,
                Report.number_year == year,
                col(Report.deleted).is_(False),
            )
        )
        if n is not None
    ]
    for number, issued_on in session.exec(
        select(IssuedDocument.number, IssuedDocument.issued_on).where(  # type: ignore[type-var]
            IssuedDocument.doc_type == doc_type, col(IssuedDocument.deleted).is_(False)
        )
    ):
        match = _NUMBER_PREFIX.match(number or "")
        if match and issued_on is not None and issued_on.year == year:
            used.append(int(match[1]))
    return max(used, default=0) + 1


def next_report_number(store: Store, year: int) -> int:
    """The next number of the year's report sequence."""
    with store.session() as session:
        return _next_number(session, year)


def _commune_defaults(data: ReportData) -> dict[str, object]:
    c = data.commune
    return {
        "signer_authority": c.signer_authority,
        "signer_title": c.signer_title or "CHỦ TỊCH",
        "signer_name": c.signer_name,
        "recipients": c.recipients,
    }


def prepare_report(
    store: Store,
    period_code: str,
    windows: str | None = None,
    today: date | None = None,
) -> ReportDraft:
    """The report of a period as the app opens it: the recorded one, or a new draft with the
    commune's signer and recipients, today's date and no number yet (see :func:`save_report`).

    ``windows`` defaults to the record's, else the commune's setting.
    """
    return _prepare(store, period_code, windows, today)[0]


def _prepare(
    store: Store, period_code: str, windows: str | None, today: date | None
) -> tuple[ReportDraft, ReportData]:
    today = today or date.today()
    settings = get_report_settings(store)
    code = parse_period(period_code).code
    existing = get_report(store, code)
    record = existing or ReportRecord(
        period_code=code, windows=settings.windows, report_date=today, number_year=today.year
    )
    if windows is not None:
        record = replace(record, windows=windows)
    period = record.period  # validates the windows
    data = load_report_data(store, period, next_period(period))
    if existing is None:
        record = replace(record, **_commune_defaults(data))  # type: ignore[arg-type]
    year = record.number_year or (record.report_date or today).year
    draft = ReportDraft(
        record=record,
        period=period,
        suggested=suggest_texts(data),
        legal_basis_options=legal_basis_lines(data),
        next_number=record.number or next_report_number(store, year),
        numbering=settings.numbering,
    )
    return draft, data


def save_report(store: Store, record: ReportRecord, today: date | None = None) -> ReportRecord:
    """Record the report (insert or update by period); returns it as stored.

    The number must be free in its year's sequence; the year is the report date's (or today's
    when the date is left blank).
    """
    today = today or date.today()
    period = record.period
    year = (record.report_date or today).year
    if record.number is not None and record.number < 1:
        raise KehoachError(f"Số báo cáo phải từ 1 trở lên, không phải {record.number}.")
    with store.session() as session:
        row = _find(session, period.code)
        if record.number is not None:
            clash = session.exec(
                select(Report).where(
                    Report.doc_type == REPORT_DOC_TYPE,
                    Report.number_year == year,
                    Report.number == record.number,
                    col(Report.deleted).is_(False),
                )
            ).first()
            if clash is not None and clash.period_code != period.code:
                other = parse_period(clash.period_code).label
                raise KehoachError(
                    f"{record.number_text.removeprefix('Số: ')} năm {year} đã dùng cho báo cáo "
                    f"{other}; chọn số khác hoặc để trống số."
                )
        if row is None:
            row = Report(kind=PERIODIC, period_code=period.code, doc_type=REPORT_DOC_TYPE)
        row.windows = record.windows
        row.number = record.number
        row.number_year = year
        row.report_date = record.report_date
        row.signer_authority = clean(record.signer_authority)
        row.signer_title = clean(record.signer_title)
        row.signer_name = clean(record.signer_name)
        row.recipients_json = json.dumps([clean(r) for r in record.recipients if clean(r)],
                                         ensure_ascii=False)  # fmt: skip
        row.legal_bases_json = (
            json.dumps([clean(x) for x in record.legal_bases if clean(x)], ensure_ascii=False)
            if record.legal_bases is not None
            else None
        )
        row.difficulties = _text_or_none(record.difficulties)
        row.directions = _text_or_none(record.directions)
        row.proposals = _text_or_none(record.proposals)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:
            raise KehoachError(
                f"Không ghi được báo cáo {period.label}: số hoặc kỳ báo cáo bị trùng."
            ) from exc
        return _to_record(row)


def _text_or_none(text: str | None) -> str | None:
    if text is None:
        return None
    lines = [nfc(line).rstrip() for line in text.strip().splitlines()]
    return "\n".join(lines)


def _record_pdf_hash(store: Store, period_code: str, sha256: str) -> None:
    with store.session() as session:
        row = _find(session, period_code)
        if row is not None and row.pdf_sha256 != sha256:
            row.pdf_sha256 = sha256
            session.add(row)


def build_report_document(
    store: Store,
    record: ReportRecord,
    data: ReportData | None = None,
    texts: FreeTexts | None = None,
    legal_bases: list[str] | None = None,
) -> ReportDocument:
    """The periodic report described by ``record``, with the store's figures for its period."""
    period = record.period
    data = data or load_report_data(store, period, next_period(period))
    texts = texts or texts_for(record, data)
    if legal_bases is None:
        legal_bases = (
            record.legal_bases if record.legal_bases is not None else legal_basis_lines(data)
        )
    return compose_report(data, record, texts, legal_bases)


# --------------------------------------------------------------------------- writing files


class _Unset:
    pass


UNSET = _Unset()


def _created(record: ReportRecord) -> datetime:
    """The fixed moment stamped in the files: the report's date, else when it was recorded."""
    if record.report_date is not None:
        return datetime.combine(record.report_date, time(8, 0))
    if record.created_at is not None:
        return record.created_at.replace(microsecond=0)
    return datetime(record.period.end.year, record.period.end.month, record.period.end.day, 8)


def write_document(
    doc: ReportDocument,
    fmt: str,
    path: str | Path,
    progress: Progress | None = None,
    created: datetime | None = None,
) -> Path:
    """Write a built report in one of :data:`FORMATS`; returns the path."""
    path = Path(path)
    if fmt not in FORMATS:
        raise KehoachError(f"Định dạng không hỗ trợ: “{fmt}”. Chọn pdf, docx hoặc xlsx.")
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if fmt == "pdf":
            from ..reports.pdf import write_pdf

            write_pdf(doc, path, progress, created)
        elif fmt == "docx":
            from ..reports.docx import write_docx

            write_docx(doc, path, created)
        else:
            from ..reports.xlsx import write_xlsx

            write_xlsx(doc, path, created)
    except PermissionError as exc:
        raise KehoachError(
            f"Không ghi được tệp {path}: tệp đang mở ở chương trình khác hoặc không có quyền ghi."
        ) from exc
    except OSError as exc:
        raise KehoachError(f"Không ghi được tệp {path}: {exc.strerror or exc}") from exc
    return path


def write_report(
    store: Store,
    period_code: str,
    fmt: str,
    path: str | Path,
    progress: Progress | None = None,
    *,
    number: "int | None | _Unset" = UNSET,
    report_date: "date | None | _Unset" = UNSET,
    windows: str | None = None,
    record: bool = True,
    today: date | None = None,
) -> Path:
    """Write the periodic report of ``period_code`` ("2026-Q1", "2026-03", "2026-H1", "2026").

    A recorded report is written from its record; options given here change the record
    (``number`` None: blank number; ``report_date`` None: blank day). A report not yet recorded
    is recorded first (``record=False`` writes a draft instead: no number unless given, nothing
    stored). The number of a new record follows the year's sequence unless the commune leaves
    numbers to the văn thư (setting ``report.numbering``). Returns the path written.
    """
    progress = progress or _noop
    today = today or date.today()
    progress(0, 4, "Đọc số liệu")
    draft, data = _prepare(store, period_code, windows, today)
    rec = draft.record
    if not isinstance(report_date, _Unset):
        rec = replace(rec, report_date=report_date)
    if not isinstance(number, _Unset):
        rec = replace(rec, number=number)
    elif not rec.recorded:
        numbered = get_report_settings(store).numbering == NUMBERING_SEQUENCE and record
        rec = replace(
            rec,
            number=next_report_number(store, (rec.report_date or today).year) if numbered else None,
        )
    if record:
        rec = save_report(store, rec, today=today)
    progress(1, 4, "Soạn báo cáo")
    doc = build_report_document(store, rec, data)
    progress(2, 4, f"Ghi tệp {fmt.upper()}")

    def inner(done: int, total: int, message: str) -> None:
        progress(2 * total + done, 4 * total if total else 4, message)

    written = write_document(doc, fmt, path, inner, _created(rec))
    if record and fmt == "pdf":
        import hashlib

        _record_pdf_hash(store, rec.period_code, hashlib.sha256(written.read_bytes()).hexdigest())
    progress(4, 4, "Xong")
    return written


def reports_folder(store: Store) -> Path:
    """The data folder's ``bao-cao/`` where the app puts the reports it writes by itself."""
    folder = store.folder / REPORTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_file_name(period: Period, fmt: str) -> str:
    """ "bao-cao-2026-Q3.pdf"."""
    return f"bao-cao-{period.code}.{fmt}"


def write_current_quarter_report(store: Store, today: date | None = None) -> Path:
    """The current quarter's report as PDF in the data folder's ``bao-cao/``.

    Used by ``kehoach`` on a machine with no display. A recorded report of the quarter is
    written as recorded; otherwise a draft (blank number, today's date) is written and nothing
    is stored, so that no number of the year's sequence is used up unasked.
    """
    today = today or date.today()
    settings = get_report_settings(store)
    period = period_of(today, "quarter", windows=settings.windows)
    path = reports_folder(store) / default_file_name(period, "pdf")
    recorded = get_report(store, period.code) is not None
    return write_report(store, period.code, "pdf", path, record=recorded, today=today)
