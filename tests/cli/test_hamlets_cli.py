"""`kehoach hamlet list|add|rename|remove|figures|import` (through the CLI's main, on real
stores and files): output, JSON, and one Vietnamese line with exit 1 on every refusal."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.services.first_run import start_new_commune
from kehoach_desktop.services.store import open_store
from tests.fingerprints import store_fingerprint

Capture = pytest.CaptureFixture[str]


def ok(capsys: Capture, *argv: str) -> str:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def fails(capsys: Capture, *argv: str) -> str:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 1, captured
    assert captured.err.startswith("Lỗi: ") and captured.err.count("\n") == 1, captured.err
    return captured.err


@pytest.fixture
def commune(data_dir: Path) -> Path:
    store = open_store(data_dir)
    start_new_commune(store, "Tân Lợi")
    store.close()
    return data_dir


def test_add_list_rename_remove(commune: Path, capsys: Capture) -> None:
    assert "Chưa có ấp nào" in ok(capsys, "hamlet", "list")
    out = ok(capsys, "hamlet", "add", "Ấp Bàu Sen", "--population", "1.842", "--adults", "1290",
             "--households", "512", "--on", "2026-01-01")  # fmt: skip
    assert "Đã thêm Ấp Bàu Sen: dân số 1842, từ 14 tuổi 1290, số hộ 512" in out
    ok(capsys, "hamlet", "add", "Ấp 2")
    assert "“Ấp Bàu Sen”" in fails(capsys, "hamlet", "add", "ấp bàu  sen")
    assert "lớn hơn dân số" in fails(capsys, "hamlet", "add", "Ấp 3", "--population", "5",
                                     "--adults", "9")  # fmt: skip
    listed = json.loads(ok(capsys, "hamlet", "list", "--json"))
    assert listed == [
        {"name": "Ấp Bàu Sen", "code": "", "population": 1842, "adults": 1290, "households": 512,
         "vneid_accounts": None, "cashless_households": None, "as_of": "2026-01-01",
         "leader": None},
        {"name": "Ấp 2", "code": "", "population": None, "adults": None, "households": None,
         "vneid_accounts": None, "cashless_households": None, "as_of": None, "leader": None},
    ]  # fmt: skip
    assert "thành “Ấp Hai”" in ok(capsys, "hamlet", "rename", "ap 2", "Ấp Hai")
    figures = json.loads(ok(capsys, "hamlet", "figures", "Ấp Hai", "--population", "700",
                            "--on", "2026-07-01", "--json"))  # fmt: skip
    assert (figures["population"], figures["as_of"]) == (700, "2026-07-01")
    ok(capsys, "counts", "set", "--hamlet", "Ấp Hai", "--week", "2026-W10", "vneid=3")
    assert "1 ô số liệu tuần" in fails(capsys, "hamlet", "remove", "Ấp Hai")
    assert "Đã bỏ Ấp Bàu Sen." in ok(capsys, "hamlet", "remove", "ap bau sen")
    assert ok(capsys, "hamlet", "list").splitlines()[0].startswith("Ấp Hai: dân số 700")


def test_import_dry_run_then_commit(commune: Path, tmp_path: Path, capsys: Capture) -> None:
    ok(capsys, "hamlet", "add", "Ấp 1", "--population", "1000", "--on", "2026-01-01")
    path = tmp_path / "danh-sach.csv"
    path.write_text("STT,Tên ấp,Dân số,Số hộ\n1,Ấp 1,1100,300\n2,Ấp 2,800,200\n", "utf-8")
    store_file = commune / "kehoach.sqlite3"
    before = store_fingerprint(store_file)
    preview = json.loads(
        ok(capsys, "hamlet", "import", str(path), "--on", "2026-07-01", "--dry-run", "--json")
    )
    assert store_fingerprint(store_file) == before
    assert (preview["added"], preview["updated"], preview["dry_run"]) == (1, 1, True)
    assert [h["action"] for h in preview["hamlets"]] == ["update", "add"]
    out = ok(capsys, "hamlet", "import", str(path), "--on", "2026-07-01")
    assert "1 ấp mới, 1 ấp cập nhật số liệu" in out and "bản sao lưu" in out
    names = [h["name"] for h in json.loads(ok(capsys, "hamlet", "list", "--json"))]
    assert names == ["Ấp 1", "Ấp 2"]


def test_a_bad_list_is_one_line_and_changes_nothing(
    commune: Path, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "sai.csv"
    path.write_text("Ấp;Dân số\nẤp 1;1000\nẤp 2;-4\n", "utf-8")
    store_file = commune / "kehoach.sqlite3"
    before = store_fingerprint(store_file)
    err = fails(capsys, "hamlet", "import", str(path))
    assert "Tệp “sai.csv”, dòng 3, cột “Dân số”" in err and "số âm" in err
    assert store_fingerprint(store_file) == before


def test_the_installed_command(commune: Path) -> None:
    """The real `kehoach` process: UTF-8 out, exit 1 with one line on a refusal."""
    run = [sys.executable, "-m", "kehoach_desktop", "--data-dir", str(commune), "hamlet"]
    added = subprocess.run([*run, "add", "Ấp Đông"], capture_output=True, check=False)
    assert added.returncode == 0 and "Đã thêm Ấp Đông" in added.stdout.decode("utf-8")
    again = subprocess.run([*run, "add", "ap dong"], capture_output=True, check=False)
    assert again.returncode == 1
    assert again.stderr.decode("utf-8").count("\n") == 1 and b"Traceback" not in again.stderr


def test_baseline_options_use_the_figure_names(
    commune: Path, tmp_path: Path, capsys: Capture
) -> None:
    out = ok(capsys, "hamlet", "add", "Ấp 1", "--population", "1000", "--households", "300",
             "--vneid-accounts", "600", "--cashless-households", "90",
             "--on", "2026-01-01")  # fmt: skip
    assert "tài khoản VNeID đã có 600, hộ đã thanh toán không dùng tiền mặt 90" in out
    store_file = commune / "kehoach.sqlite3"
    before = store_fingerprint(store_file)
    err = fails(capsys, "hamlet", "figures", "Ấp 1", "--cashless-households", "301",
                "--on", "2026-07-01")  # fmt: skip
    assert "(301) lớn hơn số hộ (300) tính đến ngày 01/01/2026" in err
    assert store_fingerprint(store_file) == before
    ok(capsys, "hamlet", "figures", "Ấp 1", "--vneid-accounts", "700", "--on", "2026-07-01")
    set_by_figures = json.loads(ok(capsys, "figures", "--json"))
    assert [f["vneid_accounts"] for f in set_by_figures] == [600, 700]  # one vocabulary
    path = tmp_path / "ds.csv"
    path.write_text("Ấp,Dân số,Số hộ,Số tài khoản VNeID,Hộ KDTM\nẤp 2,800,200,500,40\n", "utf-8")
    preview = json.loads(ok(capsys, "hamlet", "import", str(path), "--dry-run", "--json"))
    assert (
        preview["hamlets"][0]["vneid_accounts"],
        preview["hamlets"][0]["cashless_households"],
    ) == (500, 40)


def test_team_and_members(commune: Path, capsys: Capture) -> None:
    ok(capsys, "hamlet", "add", "Ấp 1")
    assert "chưa có thành viên" in ok(capsys, "hamlet", "team", "ap 1")
    out = ok(capsys, "hamlet", "member", "add", "Ấp 1", "--name", "Trần Văn Minh",
             "--role", "to truong", "--phone", "0912 345 678")  # fmt: skip
    assert out == "Đã thêm Tổ trưởng Trần Văn Minh vào tổ của Ấp 1.\n"
    ok(capsys, "hamlet", "member", "add", "Ấp 1", "--name", "Lê Thị Lan")  # Tổ viên by default
    store_file = commune / "kehoach.sqlite3"
    before = store_fingerprint(store_file)
    err = fails(
        capsys, "hamlet", "member", "add", "Ấp 1", "--name", "Võ Tâm", "--role", "Tổ trưởng"
    )
    assert "chỉ có một Tổ trưởng" in err
    assert "có 5 chữ số" in fails(capsys, "hamlet", "member", "add", "Ấp 1", "--name", "Võ Tâm",
                                  "--phone", "12345")  # fmt: skip
    assert "không hợp lệ" in fails(capsys, "hamlet", "member", "add", "Ấp 1", "--name", "Võ Tâm",
                                   "--role", "Trưởng ban")  # fmt: skip
    assert store_fingerprint(store_file) == before
    team = json.loads(ok(capsys, "hamlet", "team", "Ấp 1", "--json"))
    assert team["leader"] == "Trần Văn Minh"
    assert [(m["name"], m["role"], m["phone"]) for m in team["members"]] == [
        ("Trần Văn Minh", "Tổ trưởng", "0912 345 678"),
        ("Lê Thị Lan", "Tổ viên", None),
    ]
    assert ok(capsys, "hamlet", "team", "Ấp 1").splitlines() == [
        "Tổ công nghệ số cộng đồng Ấp 1 (2 người):",
        "  Tổ trưởng: Trần Văn Minh, 0912 345 678",
        "  Tổ viên: Lê Thị Lan",
    ]
    assert "tổ trưởng Trần Văn Minh" in ok(capsys, "hamlet", "list")
    out = ok(capsys, "hamlet", "member", "remove", "Ấp 1", "--name", "tran van minh")
    assert out == "Đã bỏ Trần Văn Minh (Tổ trưởng) khỏi tổ của Ấp 1.\n"
    assert "không có thành viên" in fails(capsys, "hamlet", "member", "remove", "Ấp 1",
                                          "--name", "Trần Văn Minh")  # fmt: skip
    assert json.loads(ok(capsys, "hamlet", "team", "Ấp 1", "--json"))["leader"] is None
