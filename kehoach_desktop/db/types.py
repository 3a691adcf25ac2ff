"""Column types SQLite lacks: exact decimals (budgets in million đồng are never floats)."""

from decimal import Decimal

from sqlalchemy.types import String, TypeDecorator

from .raw import decimal_text, optional_decimal


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text, e.g. ``"2100"`` or ``"3.44"`` (see ``raw``)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        return None if value is None else decimal_text(value)

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return optional_decimal(value)
