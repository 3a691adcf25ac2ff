"""Targets: how each is measured (computed from hamlet counts or entered per period), and the
entered values with their source and evidence.

A value given as numerator/denominator is computed, never typed (SPEC §2: percentages are not
source data); a bare value is accepted when the source only publishes a rate (the provincial
dossier system, a survey). Entering a value for the same indicator and date replaces it.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlmodel import col, select

from ..core.domain import DENOMINATOR_LABELS, Denominator, KehoachError, Metric
from ..core.periods import parse_period
from ..core.text import clean
from ..db.models import Evidence, Indicator, IndicatorValue
from ..db.raw import raw_connection
from .evidence import EvidenceRow, Progress, _noop, attaching, evidence_row, stage_files
from .plan import current_plan
from .store import Store
from .tracking import parse_metric

_DECIMAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def parse_value(text: str) -> Decimal:
    """A value as typed: "85,5" or "85.5" → Decimal("85.5"); a "%" at the end is allowed."""
    raw = text.strip().rstrip("%").strip()
    if not _DECIMAL.fullmatch(raw):
        raise KehoachError(f"Giá trị không hợp lệ: “{text}” (ví dụ 85,5 hoặc 120).")
    try:
        return Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise KehoachError(f"Giá trị không hợp lệ: “{text}”.") from None


def period_end(text: str) -> date:
    """The date an entered value stands for when given per period: the period's last day."""
    return parse_period(text).end


def _find_indicator(store_session, code: str) -> Indicator:  # type: ignore[no-untyped-def]
    plan = current_plan(raw_connection(store_session))
    if plan is None:
        raise KehoachError(
            "Chưa có kế hoạch nào: hãy nhập kế hoạch (kehoach import) hoặc chạy kehoach demo."
        )
    code = clean(code)
    found = store_session.exec(
        select(Indicator).where(
            Indicator.plan_id == plan.id,
            Indicator.code == code,
            col(Indicator.deleted).is_(False),
        )
    ).first()
    if found is None:
        raise KehoachError(f"Không có chỉ tiêu mã “{code}” (xem: kehoach indicators).")
    return found


@dataclass
class IndicatorValueRow:
    indicator: str
    name: str
    as_of: date
    value: Decimal | None
    numerator: int | None
    denominator: int | None
    source: str
    note: str
    evidence: list[EvidenceRow] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "indicator": self.indicator,
            "name": self.name,
            "as_of": self.as_of,
            "value": self.value,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "source": self.source,
            "note": self.note,
            "evidence": [e.to_json() for e in self.evidence],
        }


def set_indicator_value(
    store: Store,
    code: str,
    as_of: date,
    source: str,
    value: Decimal | None = None,
    numerator: int | None = None,
    denominator: int | None = None,
    note: str = "",
    evidence: Sequence[str | Path] = (),
    progress: Progress = _noop,
) -> IndicatorValueRow:
    """Enter the value of a hand-measured target as of a date (the end of its period)."""
    source = clean(source)
    if not source:
        raise KehoachError("Thiếu nguồn số liệu (--source), ví dụ “Hệ thống giải quyết TTHC tỉnh”.")
    if (numerator is None) != (denominator is None):
        raise KehoachError("Ghi cả tử số (--numerator) và mẫu số (--denominator), hoặc không ghi.")
    if numerator is not None and denominator is not None:
        if value is not None:
            raise KehoachError(
                "Đã có tử số và mẫu số thì giá trị được tính, không nhập --value (tỷ lệ không "
                "phải số liệu gốc)."
            )
        if numerator < 0 or denominator <= 0:
            raise KehoachError("Tử số phải ≥ 0 và mẫu số phải > 0.")
        value = Decimal(numerator) * 100 / Decimal(denominator)
        value = value.quantize(Decimal("0.01"))
    if value is None:
        raise KehoachError("Thiếu giá trị: ghi --value, hoặc --numerator và --denominator.")
    staged = stage_files(evidence, progress)
    with attaching(store) as attach, store.session() as session:
        indicator = _find_indicator(session, code)
        if indicator.measure == "computed":
            raise KehoachError(
                f"Chỉ tiêu {indicator.code} được tính từ số liệu các ấp, không nhập tay; "
                "nhập số liệu tuần (kehoach counts set) hoặc đổi cách đo "
                "(kehoach indicator define --measure manual)."
            )
        if indicator.unit_of_measure == "%" and not Decimal(0) <= value <= Decimal(100):
            raise KehoachError(
                f"Chỉ tiêu {indicator.code} tính theo %: giá trị {value} phải từ 0 đến 100."
            )
        row = session.exec(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator.id,
                IndicatorValue.as_of == as_of,
                col(IndicatorValue.deleted).is_(False),
            )
        ).first()
        if row is None:
            row = IndicatorValue(indicator_id=indicator.id, as_of=as_of)
        row.value, row.numerator, row.denominator = value, numerator, denominator
        row.source, row.note = source, clean(note)
        session.add(row)
        session.flush()
        for item in staged:
            piece = attach(session, item)
            piece.indicator_value_id = row.id
            session.add(piece)
        session.flush()
        pieces = session.exec(
            select(Evidence).where(
                Evidence.indicator_value_id == row.id, col(Evidence.deleted).is_(False)
            )
        ).all()
        subject = f"Chỉ tiêu {indicator.code}"
        return IndicatorValueRow(
            indicator.code,
            indicator.name,
            row.as_of,
            row.value,
            row.numerator,
            row.denominator,
            row.source,
            row.note,
            [evidence_row(store.folder, p, subject) for p in pieces],
        )


@dataclass
class IndicatorDefinition:
    code: str
    name: str
    measure: str
    metric: str | None
    denominator: str | None
    quota: int | None

    @property
    def method(self) -> str:
        if self.measure != "computed" or not self.metric:
            return "Số liệu nhập theo kỳ"
        below = DENOMINATOR_LABELS.get(Denominator(self.denominator)) if self.denominator else "?"
        return f"{Metric(self.metric).label} / {below}"

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "measure": self.measure,
            "metric": self.metric,
            "denominator": self.denominator,
            "quota": self.quota,
            "method": self.method,
        }


def define_indicator(
    store: Store,
    code: str,
    measure: str,
    metric: str | None = None,
    denominator: str | None = None,
    quota: int | None = None,
) -> IndicatorDefinition:
    """Say how a target is measured: computed (a metric over a denominator) or manual."""
    if measure not in ("computed", "manual"):
        raise KehoachError(f"Cách đo không hợp lệ: “{measure}”. Chọn computed hoặc manual.")
    with store.session() as session:
        indicator = _find_indicator(session, code)
        if measure == "computed":
            if not metric or not denominator:
                raise KehoachError(
                    "Chỉ tiêu tính từ số liệu ấp cần --metric (vd. vneid) và --denominator "
                    "(population, adults, households hoặc quota)."
                )
            chosen = parse_metric(metric)
            try:
                below = Denominator(denominator)
            except ValueError:
                raise KehoachError(
                    f"Mẫu số không hợp lệ: “{denominator}”. Chọn population (dân số), adults "
                    "(dân số trưởng thành), households (số hộ) hoặc quota (chỉ tiêu được giao)."
                ) from None
            if below == Denominator.QUOTA and not (quota and quota > 0):
                raise KehoachError("Mẫu số “quota” cần số được giao (--quota, lớn hơn 0).")
            indicator.measure = "computed"
            indicator.numerator_metric = chosen.value
            indicator.denominator = below.value
            indicator.quota = quota if below == Denominator.QUOTA else None
        else:
            indicator.measure = "manual"
        session.add(indicator)
        return IndicatorDefinition(
            indicator.code,
            indicator.name,
            indicator.measure,
            indicator.numerator_metric if indicator.measure == "computed" else None,
            indicator.denominator if indicator.measure == "computed" else None,
            indicator.quota,
        )
