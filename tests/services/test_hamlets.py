"""services.hamlets on real stores and real files: the duplicate and removal rules, importing a
list from .xlsx and .csv, and every bad list refused by name, row and column with the store
left exactly as it was."""

import shutil
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.services.first_run import start_new_commune
from kehoach_desktop.services.hamlets import (
    add_hamlet,
    import_hamlet_list,
    list_hamlets,
    preview_hamlet_list,
    remove_hamlet,
    rename_hamlet,
    update_figures,
)
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.services.tracking import list_figures, load_week_grid, set_counts
from tests.conftest import DEMO_TODAY
from tests.fingerprints import store_fingerprint

JAN = date(2026, 1, 1)


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    store = open_store(data_dir)
    start_new_commune(store, "Tân Lợi")
    yield store
    store.close()


def names(store: Store) -> list[str]:
    return [h.name for h in list_hamlets(store)]


def refused(store: Store, call, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """Run a call that must be refused; the store must not change at all."""
    before = store_fingerprint(store.path)
    with pytest.raises(KehoachError) as caught:
        call(store, *args, **kwargs)
    assert store_fingerprint(store.path) == before
    return str(caught.value)


def test_add_with_figures_and_the_duplicate_rule(store: Store) -> None:
    added = add_hamlet(
        store, "  Ấp   3 ", {"population": 1842, "adults": 1290, "households": 512}, JAN
    )
    assert added.name == "Ấp 3"
    assert (added.figures["population"], added.figures["households"], added.as_of) == (
        1842,
        512,
        JAN,
    )
    message = refused(store, add_hamlet, "ấp  3")
    assert "“Ấp 3”" in message and "trùng" in message
    assert "Đã có ấp “Ấp 3”" in refused(store, add_hamlet, "Ấp 3")
    assert "Chưa nhập tên ấp" in refused(store, add_hamlet, "  ")
    message = refused(store, add_hamlet, "Ấp 4", {"population": 100, "adults": 120})
    assert "Ấp 4" in message and "lớn hơn dân số" in message  # and Ấp 4 was not added
    assert "không âm" in refused(store, add_hamlet, "Ấp 5", {"households": -1})
    add_hamlet(store, "Ấp 10")
    add_hamlet(store, "Ấp 2")
    assert names(store) == ["Ấp 3", "Ấp 10", "Ấp 2"]  # the order of addition
    assert [r.hamlet for r in load_week_grid(store, "2026-W10", DEMO_TODAY).rows] == names(store)


def test_nothing_is_added_without_a_commune_or_to_the_demo(data_dir: Path, demo_store) -> None:  # type: ignore[no-untyped-def]
    empty = open_store(data_dir / "empty")
    try:
        assert "chưa có xã" in refused(empty, add_hamlet, "Ấp 1")
    finally:
        empty.close()
    assert "dữ liệu mẫu" in refused(demo_store, add_hamlet, "Ấp Mới")


def test_rename_keeps_the_duplicate_rule(store: Store) -> None:
    add_hamlet(store, "Ấp 1")
    add_hamlet(store, "Ấp 2")
    assert rename_hamlet(store, "ap 2", "Ấp Bàu Sen").name == "Ấp Bàu Sen"
    assert "“Ấp 1”" in refused(store, rename_hamlet, "Ấp Bàu Sen", "ẤP 1")
    assert rename_hamlet(store, "Ấp 1", "ấp 1").name == "ấp 1"  # itself, written another way
    assert "Không có ấp" in refused(store, rename_hamlet, "Ấp 9", "Ấp 10")
    assert names(store) == ["ấp 1", "Ấp Bàu Sen"]


def test_remove_refuses_a_hamlet_with_records(demo_store: Store) -> None:
    message = refused(demo_store, remove_hamlet, "Ấp 3")
    assert message.startswith("Không bỏ được Ấp 3: ấp đã có ")
    assert "270 ô số liệu tuần (trong 45 tuần)" in message and "21 hoạt động" in message


def test_remove_a_hamlet_and_one_with_counts(store: Store) -> None:
    add_hamlet(store, "Ấp 1")
    add_hamlet(store, "Ấp 2")
    set_counts(store, "Ấp 1", "2026-W10", {"vneid": 4}, today=DEMO_TODAY)  # type: ignore[dict-item]
    assert "1 ô số liệu tuần (trong 1 tuần)" in refused(store, remove_hamlet, "Ấp 1")
    assert remove_hamlet(store, "ap 2") == "Ấp 2"
    assert names(store) == ["Ấp 1"]
    with store.read() as conn:  # a tombstone, not a deleted row
        assert conn.execute("SELECT deleted FROM hamlet WHERE name = 'Ấp 2'").fetchone() == (1,)
    add_hamlet(store, "Ấp 2")  # the name is free again, at the end of the list
    assert names(store) == ["Ấp 1", "Ấp 2"]


def test_update_figures_is_dated(store: Store) -> None:
    add_hamlet(store, "Ấp 1", {"population": 1000, "adults": 700}, JAN)
    info = update_figures(store, "Ấp 1", date(2026, 7, 1), {"population": 1100, "adults": None})
    assert (info.figures["population"], info.figures["adults"], info.as_of) == (
        1100,
        700,
        date(2026, 7, 1),
    )
    assert len(list_figures(store, "Ấp 1")) == 2
    assert "lớn hơn dân số" in refused(
        store, update_figures, "Ấp 1", date(2026, 7, 1), {"population": 10, "adults": 20}
    )
    assert "Chưa nhập số liệu" in refused(store, update_figures, "Ấp 1", JAN, {"population": None})


# ----------------------------------------------------------------------------- import


def workbook(path: Path, header: list[object], rows: list[list[object]], title: str = "DS") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(["DANH SÁCH CÁC ẤP XÃ TÂN LỢI"])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADER = ["STT", "Tên ấp", "Dân số (người)", "Từ 14 tuổi", "Số hộ"]


def test_import_xlsx_adds_new_and_updates_existing(store: Store, tmp_path: Path) -> None:
    add_hamlet(store, "Ấp 1", {"population": 1000, "adults": 700, "households": 300}, JAN)
    add_hamlet(store, "Ấp 2", {"population": 500, "adults": 400, "households": 100}, JAN)
    path = workbook(
        tmp_path / "ds.xlsx",
        HEADER,
        [
            [1, "ấp 1", 1050, 720, 310],
            [2, "Ấp 2", 500, 400, 100],
            [3, "Ấp Bàu Sen", "1.842", 1290, 512],
            [4, "Ấp 10", 900, None, None],
            [None, "Tổng cộng", 4292, 2410, 922],
        ],
    )
    before = store_fingerprint(store.path)
    preview = preview_hamlet_list(store, path, date(2026, 7, 1))
    assert store_fingerprint(store.path) == before  # a preview writes nothing
    assert [(r.row, r.name, r.action) for r in preview.rows] == [
        (4, "ấp 1", "update"),
        (5, "Ấp 2", "unchanged"),
        (6, "Ấp Bàu Sen", "add"),
        (7, "Ấp 10", "add"),
    ]
    result = import_hamlet_list(store, path, date(2026, 7, 1))
    assert result.backup is not None and result.backup.exists()
    assert names(store) == ["Ấp 1", "Ấp 2", "Ấp Bàu Sen", "Ấp 10"]  # the stored name kept
    by_name = {h.name: h for h in list_hamlets(store)}
    assert by_name["Ấp 1"].figures["population"] == 1050
    assert by_name["Ấp 1"].as_of == date(2026, 7, 1)
    assert by_name["Ấp 2"].as_of == JAN  # unchanged: no new figure
    assert by_name["Ấp Bàu Sen"].figures["population"] == 1842
    assert by_name["Ấp 10"].figures["adults"] is None
    assert [f.as_of for f in list_figures(store, "Ấp 1")] == [JAN, date(2026, 7, 1)]
    again = import_hamlet_list(store, path, date(2026, 7, 1))  # the same list again
    assert again.backup is None and not again.preview.changes_anything


def test_import_csv_in_either_encoding_and_delimiter(store: Store, tmp_path: Path) -> None:
    utf8 = tmp_path / "ap.csv"
    utf8.write_text(
        "Thôn,Nhân khẩu,Người trưởng thành,Hộ\nThôn Đông,1200,800,300\nThôn Tây,950,,210\n",
        encoding="utf-8-sig",
    )
    result = import_hamlet_list(store, utf8, JAN)
    assert [(r.name, r.action) for r in result.preview.rows] == [
        ("Thôn Đông", "add"),
        ("Thôn Tây", "add"),
    ]
    windows = tmp_path / "ap-windows.csv"
    windows.write_bytes(cp1258("Ấp;Số dân;Số hộ\nThôn Tây;1.000;220\nẤp Mới;300;80\n"))
    import_hamlet_list(store, windows, date(2026, 7, 1))
    assert names(store) == ["Thôn Đông", "Thôn Tây", "Ấp Mới"]
    tay = next(h for h in list_hamlets(store) if h.name == "Thôn Tây")
    assert (tay.figures["population"], tay.figures["households"]) == (1000, 220)


def cp1258(text: str) -> bytes:
    """Text as Excel on a Vietnamese Windows saves a .csv: Windows-1258, where the tone marks
    are separate (combining) characters after the letter."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("text", ["dòng 5", "cột “Dân số (người)”", "“một nghìn” không phải số"]),
        ("negative", ["dòng 5", "cột “Số hộ”", "số âm"]),
        ("adults", ["dòng 5", "cột “Từ 14 tuổi”", "lớn hơn dân số"]),
        ("decimal", ["dòng 5", "cột “Dân số (người)”", "không phải số nguyên"]),
        ("duplicate", ["dòng 5", "trùng với ấp ở dòng 4"]),
        ("no name", ["dòng 5", "cột “Tên ấp”", "thiếu tên ấp"]),
        ("no hamlet column", ["không tìm thấy cột “Ấp”"]),
    ],
)
def test_a_bad_cell_refuses_the_whole_list(
    store: Store, tmp_path: Path, case: str, expected: list[str]
) -> None:
    add_hamlet(store, "Ấp 1", {"population": 1000}, JAN)
    good = [1, "Ấp Mới", 800, 600, 200]
    bad = {
        "text": [2, "Ấp 2", "một nghìn", 600, 200],
        "negative": [2, "Ấp 2", 800, 600, -5],
        "adults": [2, "Ấp 2", 800, 900, 200],
        "decimal": [2, "Ấp 2", 800.5, 600, 200],
        "duplicate": [2, "ẤP MỚI", 800, 600, 200],
        "no name": [2, None, 800, 600, 200],
        "no hamlet column": [2, "Ấp 2", 800, 600, 200],
    }[case]
    header = ["STT", "Khu vực", "Dân số"] if case == "no hamlet column" else HEADER
    path = workbook(tmp_path / "danh-sach.xlsx", header, [good, bad])
    message = refused(store, import_hamlet_list, path, JAN)
    assert message.startswith("Tệp “danh-sach.xlsx”"), message
    if case != "no hamlet column":
        assert "trang tính “DS”" in message
    for text in expected:
        assert text in message, message
    assert names(store) == ["Ấp 1"]
    assert not list((store.folder / "backups").glob("*danh-sach-ap*"))  # refused before


def test_files_that_are_not_lists(store: Store, tmp_path: Path) -> None:
    add_hamlet(store, "Ấp 1")
    empty = tmp_path / "rong.xlsx"
    empty.write_bytes(b"")
    assert "rong.xlsx" in refused(store, import_hamlet_list, empty)
    text = tmp_path / "van-ban.xlsx"
    text.write_text("không phải Excel", encoding="utf-8")
    assert "van-ban.xlsx" in refused(store, import_hamlet_list, text)
    broken = tmp_path / "hong.xlsx"
    workbook(tmp_path / "tot.xlsx", HEADER, [[1, "Ấp 2", 1, 1, 1]])
    broken.write_bytes((tmp_path / "tot.xlsx").read_bytes()[:300])
    assert "hong.xlsx" in refused(store, import_hamlet_list, broken)
    word = tmp_path / "ke-hoach.docx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "là tệp Word" in refused(store, import_hamlet_list, word)
    header_only = tmp_path / "chi-tieu-de.csv"
    header_only.write_text("Ấp,Dân số\n", encoding="utf-8")
    assert "không có ấp nào" in refused(store, import_hamlet_list, header_only)
    copy = tmp_path / "thu-muc.xlsx"
    copy.mkdir()
    assert "không phải là một tệp" in refused(store, import_hamlet_list, copy)
    missing = tmp_path / "khong-co.csv"
    assert "không tồn tại" in refused(store, import_hamlet_list, missing)
    shutil.rmtree(copy)
    assert names(store) == ["Ấp 1"]


# ----------------------------------------------------------------------------- baselines


def test_baselines_are_figures_with_their_denominators(store: Store) -> None:
    base = {"population": 1000, "households": 300, "vneid_accounts": 600}
    info = add_hamlet(store, "Ấp 1", {**base, "cashless_households": 90}, JAN)
    assert (info.figures["vneid_accounts"], info.figures["cashless_households"]) == (600, 90)
    message = refused(store, add_hamlet, "Ấp 2", {"population": 100, "vneid_accounts": 101})
    assert "Ấp 2: số tài khoản VNeID đã có (101) lớn hơn dân số (100)." == message
    message = refused(
        store, update_figures, "Ấp 1", JAN, {"households": 50, "cashless_households": 51}
    )
    assert "số hộ đã thanh toán không dùng tiền mặt (51) lớn hơn số hộ (50)" in message
    # Without its denominator, a baseline is held to the one stored for that date.
    message = refused(store, update_figures, "Ấp 1", date(2026, 7, 1), {"vneid_accounts": 1200})
    assert "(1200) lớn hơn dân số (1000) tính đến ngày 01/01/2026" in message
    info = update_figures(store, "Ấp 1", date(2026, 7, 1), {"vneid_accounts": 700})
    assert (info.figures["vneid_accounts"], info.figures["population"]) == (700, 1000)
    assert [f.values["vneid_accounts"] for f in list_figures(store, "Ấp 1")] == [600, 700]


BASELINE_HEADER = [*HEADER, "Đã có tài khoản VNeID", "Hộ KDTM (hộ)"]


def test_import_reads_the_baselines(store: Store, tmp_path: Path) -> None:
    add_hamlet(store, "Ấp 1", {"population": 1000, "households": 300}, JAN)
    path = workbook(
        tmp_path / "ds.xlsx",
        BASELINE_HEADER,
        [[1, "Ấp 1", None, None, None, 640, 95], [2, "Ấp 2", 800, 600, 200, 500, 40]],
    )
    preview = preview_hamlet_list(store, path, date(2026, 7, 1))
    assert preview.columns[-2:] == ["Đã có tài khoản VNeID", "Hộ KDTM (hộ)"]
    assert [r.action for r in preview.rows] == ["update", "add"]
    import_hamlet_list(store, path, date(2026, 7, 1))
    by_name = {h.name: h.figures for h in list_hamlets(store)}
    assert (by_name["Ấp 1"]["vneid_accounts"], by_name["Ấp 1"]["population"]) == (640, 1000)
    assert (by_name["Ấp 2"]["vneid_accounts"], by_name["Ấp 2"]["cashless_households"]) == (
        500,
        40,
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Số tài khoản VNeID", "cột “Số tài khoản VNeID”: số tài khoản VNeID đã có (900) lớn"),
        ("VNeID", "cột “VNeID”: số tài khoản VNeID đã có (900) lớn hơn dân số (800)"),
    ],
)
def test_a_baseline_above_its_denominator_refuses_the_list(
    store: Store, tmp_path: Path, header: str, expected: str
) -> None:
    add_hamlet(store, "Ấp 1", {"population": 100, "households": 40}, JAN)
    rows = [[1, "Ấp Mới", 800, 600, 200, 900, 10]]
    path = workbook(
        tmp_path / "ds.xlsx", [*HEADER, header, "Hộ thanh toán không dùng tiền mặt"], rows
    )
    message = refused(store, import_hamlet_list, path, JAN)
    assert message.startswith("Tệp “ds.xlsx”, trang tính “DS”, dòng 4, "), message
    assert expected in message, message
    # Against the stored denominator when the file does not give it, with the same place.
    stored = workbook(
        tmp_path / "ds2.xlsx",
        ["Ấp", "Hộ thanh toán không dùng tiền mặt"],
        [["Ấp 1", 41]],
    )
    message = refused(store, import_hamlet_list, stored, JAN)
    assert "dòng 4, cột “Hộ thanh toán không dùng tiền mặt”: số hộ đã thanh toán" in message
    assert "(41) lớn hơn số hộ (40) đã lưu tính đến ngày 01/01/2026" in message
    assert names(store) == ["Ấp 1"]
