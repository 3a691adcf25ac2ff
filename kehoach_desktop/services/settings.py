"""The commune's business settings: who it is, who signs, where reports go, its units.

Key/value settings live in the ``setting`` table as JSON; the commune's identity lives in the
``commune`` row. UI state (window geometry, language) is the Qt layer's QSettings.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from ..core.domain import KehoachError
from ..core.text import clean
from ..core.units import unit_key
from ..db.models import Commune, Setting, Unit, UnitAlias
from .store import Store

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


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
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
    with store.session() as session:
        commune = session.exec(select(Commune)).first()
        info = CommuneInfo(settings={k: get_setting(session, k) for k in DEFAULTS})
        if commune is not None:
            for name in COMMUNE_FIELDS:
                setattr(info, name, getattr(commune, name))
            info.recipients = json.loads(commune.recipients_json or "[]")
        return info


def save_commune(store: Store, info: CommuneInfo) -> None:
    """Write the commune's identity and settings (creating the commune if needed)."""
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
    with store.session() as session:
        aliases: dict[str, list[str]] = {}
        for alias in session.exec(select(UnitAlias).where(col(UnitAlias.deleted).is_(False))):
            aliases.setdefault(alias.unit_id, []).append(alias.alias)
        return [
            UnitRow(u.id, u.name, u.short_name, aliases.get(u.id, []))
            for u in session.exec(
                select(Unit).where(col(Unit.deleted).is_(False)).order_by(col(Unit.sort_order))
            )
        ]


def add_unit_alias(store: Store, unit_id: str, alias: str) -> None:
    """Teach the app another way a plan writes this unit ("Phòng VHXXH")."""
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
