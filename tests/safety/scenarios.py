"""Stores and files for the kill tests, built at test time: a small office store with three
hamlets and a registered hamlet device, packages from that device, and plans large enough that
writing them takes a measurable share of the import."""

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from kehoach_desktop.db.models import Commune, Hamlet
from kehoach_desktop.services.devices import register_device
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.sync.signing import DeviceKey
from tests.sync.helpers import craft

METRICS = (
    "vneid",
    "vneid_level2",
    "dvctt",
    "cashless_households",
    "outreach_sessions",
    "people_reached",
)
STAMP = "2026-11-20 08:00:00.000000"


@dataclass
class Office:
    """A commune office store (commune, three hamlets, the device of Ấp 1 registered)."""

    store: Store
    commune_id: str
    hamlet_ids: dict[str, str]  # name → id
    hamlet_keys: dict[str, DeviceKey]  # name → the key of that hamlet's device


def make_office(folder: Path, hamlets: int = 3, register: bool = True) -> Office:
    """An office store with ``hamlets`` hamlets, each with a registered device key (unless
    ``register`` is False: real hamlet devices will be set up and registered later)."""
    store = open_store(folder)
    with store.session() as session:
        commune = Commune(name="Tân An", province="Đồng Nai", issuing_body="UBND xã Tân An")
        session.add(commune)
        session.flush()
        rows = [
            Hamlet(commune_id=commune.id, name=f"Ấp {n}", code=str(n), sort_order=n)
            for n in range(1, hamlets + 1)
        ]
        session.add_all(rows)
        session.flush()
        commune_id = commune.id
        hamlet_ids = {h.name: h.id for h in rows}
    keys = {}
    for name in hamlet_ids if register else ():
        keys[name] = DeviceKey.generate()
        register_device(store, name, keys[name].public_text)
    return Office(store, commune_id, hamlet_ids, keys)


# --------------------------------------------------------------------------- packages


def count_row(record_id: str, hamlet_id: str, week: str, metric: str, value: int, seq: int) -> list:
    return [record_id, STAMP, STAMP, False, hamlet_id, week, metric, value, seq, None]


def week_row(record_id: str, hamlet_id: str, week: str, state: str, seq: int) -> list:
    submitted = STAMP if state == "submitted" else None
    return [record_id, STAMP, STAMP, False, hamlet_id, week, state, "", submitted, None, seq, None]


def activity_row(record_id: str, hamlet_id: str, n: int, seq: int) -> list:
    day = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}"
    return [
        record_id,
        STAMP,
        STAMP,
        False,
        hamlet_id,
        day,
        "door_to_door",
        f"Hướng dẫn cài VNeID cho hộ số {n}",
        f"Tổ {n % 9 + 1}",
        "Nguyễn Văn An; Trần Thị Bình",
        n % 40,
        "",
        False,
        seq,
        None,
    ]


def hamlet_package(
    path: Path,
    office: Office,
    hamlet: str,
    tables: dict[str, list[list[Any]]],
    **manifest: Any,
) -> Path:
    """A package from ``hamlet``'s device, signed with its registered key (``manifest``
    overrides fields of the manifest; seq_to defaults to the last record's sequence)."""
    last = max((r[-2] for rows in tables.values() for r in rows), default=0)
    return craft(
        path,
        office.hamlet_keys[hamlet],
        commune={"id": office.commune_id, "name": "Tân An"},
        hamlets=[{"id": office.hamlet_ids[hamlet], "name": hamlet}],
        tables=tables,
        **{"seq_to": last, **manifest},
    )


@dataclass
class FieldData:
    """Two successive packages of Ấp 1's device: an early one, then the full history."""

    early: Path
    full: Path
    counts: dict[str, tuple[str, str, str, int]]  # id → (hamlet, week, metric, value) in full
    activities: set[str]
    weeks: set[str]


def field_data(folder: Path, office: Office, first_year: int = 2010) -> FieldData:
    """Ấp 1's counts for every week from ``first_year`` to 2026, its 2026 weeks submitted and
    a few thousand activities. The early package holds 2026's first 20 weeks with older values;
    the full one updates those and adds everything else."""
    hamlet_id = office.hamlet_ids["Ấp 1"]
    ids = {}
    early_rows, full_rows, weeks, activities = [], [], [], []
    seq = 1
    for week_number in range(1, 21):
        week = f"2026-W{week_number:02d}"
        for metric in METRICS:
            ids[(week, metric)] = str(uuid.uuid4())
            early_rows.append(count_row(ids[(week, metric)], hamlet_id, week, metric, 1, seq))
            seq += 1
    early = hamlet_package(
        folder / "ap-1-dau-nam.khpkg", office, "Ấp 1", {"weekly_count": early_rows}
    )
    counts = {}
    for year in range(first_year, 2027):
        for week_number in range(1, 53):
            week = f"{year}-W{week_number:02d}"
            for n, metric in enumerate(METRICS):
                record_id = ids.get((week, metric)) or str(uuid.uuid4())
                value = (year * 7 + week_number * 3 + n) % 97
                full_rows.append(count_row(record_id, hamlet_id, week, metric, value, seq))
                counts[record_id] = ("Ấp 1", week, metric, value)
                seq += 1
            if year == 2026:
                weeks.append(week_row(str(uuid.uuid4()), hamlet_id, week, "submitted", seq))
                seq += 1
    for n in range(4000):
        activities.append(activity_row(str(uuid.uuid4()), hamlet_id, n, seq))
        seq += 1
    full = hamlet_package(
        folder / "ap-1-ca-nam.khpkg",
        office,
        "Ấp 1",
        {"hamlet_week": weeks, "weekly_count": full_rows, "activity": activities},
    )
    return FieldData(early, full, counts, {a[0] for a in activities}, {w[5] for w in weeks})


# --------------------------------------------------------------------------- plans

UNITS = (
    "Phòng Kinh tế",
    "Văn phòng HĐND và UBND xã",
    "Công an xã",
    "Phòng Văn hóa - Xã hội",
    "Trung tâm Phục vụ hành chính công",
)
QUARTERS = ("I", "II", "III", "IV")


def plan_workbook(path: Path, tasks: int, edition: int = 1) -> Path:
    """An Excel appendix of ``tasks`` tasks of plan 7/KH-UBND. Edition 2 rewords every tenth
    task, moves every seventh to another unit, and is meant to have more tasks than edition 1."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    ws.append(["PHỤ LỤC (Kèm theo Kế hoạch số 7/KH-UBND ngày 05/02/2026 của UBND xã Tân An)"])
    ws.append(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian",
            "Kinh phí (triệu đồng)",
        ]
    )
    for n in range(1, tasks + 1):
        content = f"Số hóa hồ sơ, dữ liệu nhóm {n % 17} (nhiệm vụ {n})"
        lead = UNITS[n % len(UNITS)]
        if edition > 1 and n % 10 == 0:
            content += ", bổ sung theo chỉ đạo của tỉnh"
        if edition > 1 and n % 7 == 0:
            lead = UNITS[(n + 1) % len(UNITS)]
        ws.append(
            [
                str(n),
                content,
                lead,
                UNITS[(n + 2) % len(UNITS)],
                f"Quý {QUARTERS[n % 4]}/2026",
                n % 50,
            ]
        )
    wb.save(str(path))
    return path
