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
        return str(Decimal(value).normalize()) if Decimal(value) != 0 else "0"

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)
