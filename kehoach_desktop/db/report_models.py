"""Tables added by the report area (see models.py for the conventions: Record, NaiveDatetime).

No ``from __future__ import annotations`` here: sqlmodel reads the annotations at run time.
"""

from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from .models import Record


class Report(Record, table=True):
    """A periodic report as issued: what it needs to be written again byte for byte.

    One record per (kind, period). The figures come from the store; what a person chose is kept
    here: the data windows, the number (``None``: left blank for the văn thư), the date
    (``None``: the day left blank), the signer, the recipients, the "Căn cứ" lines and the free
    texts of sections III–V (``None``: the text the app suggests from the data).
    """

    __tablename__ = "report"
    __table_args__ = (
        UniqueConstraint("kind", "period_code"),
        UniqueConstraint("doc_type", "number_year", "number"),
    )
    kind: str = "periodic"
    period_code: str = Field(index=True)
    windows: str = "nd09"
    doc_type: str = "BC"
    number: int | None = None
    number_year: int | None = None
    report_date: date | None = None
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients_json: str = "[]"
    legal_bases_json: str | None = None
    difficulties: str | None = None
    directions: str | None = None
    proposals: str | None = None
    pdf_sha256: str = ""
