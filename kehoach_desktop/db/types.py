"""Column types SQLite lacks: exact decimals (budgets in million đồng are never floats)."""

from decimal import Decimal

from sqlalchemy.types import String, TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text, e.g. ``"2100"`` or ``"3.44"``."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        if value is None:
            return None
        # "f" keeps plain digits: Decimal("3440").normalize() alone would print "3.44E+3".
        return format(Decimal(value).normalize(), "f")

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)
