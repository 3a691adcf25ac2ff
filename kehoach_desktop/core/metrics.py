"""How hamlet counts become rates: the default definition of each computed rate.

A rate is (baseline at the start of logging + the counts logged since) ÷ a denominator × 100.
Which baseline and which denominator a rate uses is part of its definition and printed as
"cách tính" beside the figure.
"""

from dataclasses import dataclass
from decimal import Decimal

from .domain import DENOMINATOR_LABELS, Denominator, Metric


@dataclass(frozen=True)
class RateDefinition:
    metric: Metric
    denominator: Denominator
    # The hamlet figure holding the running total before logging began, if any.
    baseline: str | None
    numerator_label: str

    @property
    def method(self) -> str:
        """The "cách tính" line printed beside the figure."""
        return f"{self.numerator_label} / {DENOMINATOR_LABELS[self.denominator]}"


RATE_DEFINITIONS: dict[Metric, RateDefinition] = {
    Metric.VNEID: RateDefinition(
        Metric.VNEID, Denominator.POPULATION, "vneid_accounts", "Số người có tài khoản VNeID"
    ),
    Metric.DVCTT: RateDefinition(
        Metric.DVCTT, Denominator.ADULTS, None, "Số hồ sơ DVCTT được hỗ trợ"
    ),
    Metric.CASHLESS_HOUSEHOLDS: RateDefinition(
        Metric.CASHLESS_HOUSEHOLDS,
        Denominator.HOUSEHOLDS,
        "cashless_households",
        "Số hộ thanh toán không dùng tiền mặt",
    ),
}


def rate(numerator: int | None, denominator: int | None) -> Decimal | None:
    """numerator ÷ denominator × 100 as an exact Decimal, or None when it can't be computed."""
    if numerator is None or not denominator:
        return None
    return Decimal(numerator) * 100 / Decimal(denominator)
