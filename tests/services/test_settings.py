"""Commune settings and unit aliases."""

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.services.settings import (
    add_unit_alias,
    list_units,
    load_commune,
    save_commune,
)


def test_commune_info_round_trips_and_keeps_report_settings(demo_store) -> None:  # type: ignore[no-untyped-def]
    info = load_commune(demo_store)
    assert info.issuing_body == "ỦY BAN NHÂN DÂN XÃ TÀ LÀI"
    assert info.settings["report.windows"] == "nd09"
    assert info.recipients[-1] == "Lưu: VT, VHXH."
    info.signer_name = "Tra\u0302\u0300n  Thi\u0323 Mai"  # decomposed accents, a double space
    info.settings["report.windows"] = "calendar"
    info.recipients.append("  Sở Nội vụ tỉnh;  ")
    save_commune(demo_store, info)
    again = load_commune(demo_store)
    assert again.signer_name == "Trần Thị Mai"
    assert again.settings["report.windows"] == "calendar"
    assert again.recipients[-1] == "Sở Nội vụ tỉnh;"


def test_bad_commune_settings_are_refused(demo_store) -> None:  # type: ignore[no-untyped-def]
    info = load_commune(demo_store)
    info.name = "  "
    with pytest.raises(KehoachError, match="tên xã"):
        save_commune(demo_store, info)
    info = load_commune(demo_store)
    info.settings["report.windows"] = "weekly"
    with pytest.raises(KehoachError, match="kỳ báo cáo"):
        save_commune(demo_store, info)
    assert load_commune(demo_store).settings["report.windows"] == "nd09"


def test_unit_aliases_resolve_to_one_unit_and_clashes_are_refused(demo_store) -> None:  # type: ignore[no-untyped-def]
    units = {u.name: u for u in list_units(demo_store)}
    office = units["Phòng Văn hóa - Xã hội"]
    assert "Phòng VH-XH" in office.aliases or "Phòng VH-XH" == office.short_name
    add_unit_alias(demo_store, office.id, "P. Văn hóa – Xã hội xã")
    assert (
        "P. Văn hóa – Xã hội xã" in {u.name: u for u in list_units(demo_store)}[office.name].aliases
    )
    with pytest.raises(KehoachError, match="Phòng Kinh tế"):
        add_unit_alias(demo_store, office.id, "Phòng Kinh tế")
