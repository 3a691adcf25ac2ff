"""The commune's business settings: who it is, who signs, where reports go, its units.

Key/value settings live in the ``setting`` table as JSON; the commune's identity lives in the
``commune`` row. UI state (window geometry, language) is the Qt layer's QSettings.

The reads are plain sqlite3 (the app reads settings at start-up, before the ORM is imported);
the functions that write import the ORM where they need it.
"""

import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.domain import KehoachError
from ..core.text import clean
from ..core.units import unit_key
from .store import Store

if TYPE_CHECKING:
    from sqlmodel import Session

DEFAULTS: dict[str, Any] = {
    # Nghị định 09/2019 windows ("nd09") or calendar months/quarters ("calendar").
    "report.windows": "nd09",
    # Day of the month before which each report is due (the plans say the 20th for monthly
    # reports and the 15th of the quarter's last month for quarterly ones).
    "report.deadline.month": 20,
    "report.deadline.quarter": 15,
    "report.deadline.half": 15,
    "report.deadline.year": 15,
    # "sequence": the app numbers reports per year and type; "blank": the văn thư fills it in.
    "report.numbering": "sequence",
}


def get_setting(conn: sqlite3.Connection, key: str) -> Any:
    """A setting's value, or its default (:data:`DEFAULTS`, else None) when never set."""
    row = conn.execute('SELECT value FROM setting WHERE "key" = ?', (key,)).fetchone()
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row[0])


def set_setting(session: "Session", key: str, value: Any) -> None:
    from ..db.models import Setting

    row = session.get(Setting, key) or Setting(key=key)
    row.value = json.dumps(value, ensure_ascii=False)
    session.add(row)


@dataclass
class CommuneInfo:
    name: str = ""
    province: str = ""
    issuing_body: str = ""
    parent_body: str = ""
    place_name: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)


COMMUNE_FIELDS = (
    "name",
    "province",
    "issuing_body",
    "parent_body",
    "place_name",
    "signer_authority",
    "signer_title",
    "signer_name",
)


def load_commune(store: Store) -> CommuneInfo:
    """The commune's identity, signer, recipients and report settings."""
    with store.read() as conn:
        commune = conn.execute(
            f"SELECT {', '.join(COMMUNE_FIELDS)}, recipients_json FROM commune LIMIT 1"
        ).fetchone()
        info = CommuneInfo(settings={k: get_setting(conn, k) for k in DEFAULTS})
    if commune is not None:
        *fields, recipients_json = commune
        for name, value in zip(COMMUNE_FIELDS, fields, strict=True):
            setattr(info, name, value)
        info.recipients = json.loads(recipients_json or "[]")
    return info


def save_commune(store: Store, info: CommuneInfo) -> None:
    """Write the commune's identity and settings (creating the commune if needed)."""
    from sqlmodel import select

    from ..db.models import Commune

    if not clean(info.name):
        raise KehoachError("Chưa nhập tên xã.")
    if info.settings.get("report.windows", "nd09") not in ("nd09", "calendar"):
        raise KehoachError("Cách tính kỳ báo cáo phải là 'nd09' hoặc 'calendar'.")
    with store.session() as session:
        commune = session.exec(select(Commune)).first() or Commune(name=clean(info.name))
        for name in COMMUNE_FIELDS:
            setattr(commune, name, clean(getattr(info, name)))
        commune.recipients_json = json.dumps(
            [clean(r) for r in info.recipients if clean(r)], ensure_ascii=False
        )
        session.add(commune)
        for key, value in info.settings.items():
            if key in DEFAULTS:
                set_setting(session, key, value)


@dataclass
class UnitRow:
    id: str
    name: str
    short_name: str
    aliases: list[str]


def list_units(store: Store) -> list[UnitRow]:
    """The commune's units in their order, each with the other names plans write it by."""
    with store.read() as conn:
        aliases: dict[str, list[str]] = {}
        for unit_id, alias in conn.execute(
            "SELECT unit_id, alias FROM unit_alias WHERE deleted IS 0"
        ):
            aliases.setdefault(unit_id, []).append(alias)
        return [
            UnitRow(unit_id, name, short_name, aliases.get(unit_id, []))
            for unit_id, name, short_name in conn.execute(
                "SELECT id, name, short_name FROM unit WHERE deleted IS 0 ORDER BY sort_order"
            )
        ]


def add_unit_alias(store: Store, unit_id: str, alias: str) -> None:
    """Teach the app another way a plan writes this unit ("Phòng VHXXH")."""
    from sqlmodel import select

    from ..db.models import Unit, UnitAlias

    alias = clean(alias)
    key = unit_key(alias)
    if not key:
        raise KehoachError("Tên gọi khác của đơn vị đang trống.")
    with store.session() as session:
        if session.get(Unit, unit_id) is None:
            raise KehoachError("Không tìm thấy đơn vị.")
        existing = session.exec(select(UnitAlias).where(UnitAlias.key == key)).first()
        if existing is not None:
            owner = session.get(Unit, existing.unit_id)
            if existing.unit_id == unit_id:
                return
            raise KehoachError(
                f"Tên gọi “{alias}” đã dùng cho đơn vị “{owner.name if owner else '?'}”."
            )
        session.add(UnitAlias(unit_id=unit_id, alias=alias, key=key))
