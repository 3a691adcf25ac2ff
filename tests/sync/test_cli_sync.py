"""The sync commands end to end, as an office officer and a hamlet team leader type them."""

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from kehoach_desktop.core.periods import iso_week
from kehoach_desktop.services.store import open_store

from .helpers import content_digest


def kehoach(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )


def ok(*args: str) -> Any:
    result = kehoach(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if "--json" in args else result.stdout


def counts(store: Path, hamlet: str, week: str) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{store / 'kehoach.sqlite3'}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT metric, value FROM weekly_count "
            "JOIN hamlet ON hamlet.id = weekly_count.hamlet_id WHERE hamlet.name = ? AND week = ?",
            (hamlet, week),
        ).fetchall()
    finally:
        conn.close()
    return dict(rows)


def test_office_to_hamlet_and_back_through_the_command_line(tmp_path: Path) -> None:
    office, hamlet = str(tmp_path / "xa"), str(tmp_path / "ap-1")
    week = iso_week(date.today())  # the demo fills weeks up to the last complete one
    ok("--data-dir", office, "demo")

    office_device = ok("--data-dir", office, "device", "show", "--json")
    assert office_device["role"] == "office" and office_device["public_key"].startswith("ed25519:")
    assert set(office_device) >= {"device_id", "role", "hamlet", "public_key", "fingerprint"}

    setup = ok(
        "--data-dir",
        office,
        "package",
        "export",
        "--hamlet",
        "Ấp 1",
        "-o",
        str(tmp_path / "cai-dat"),
        "--json",
    )
    assert setup["file"].endswith("cai-dat.khpkg") and setup["record_count"] > 500
    preview = ok("--data-dir", hamlet, "package", "import", setup["file"], "--dry-run", "--json")
    assert preview["new"] == setup["record_count"] and not preview["applied"]
    imported = ok("--data-dir", hamlet, "package", "import", setup["file"], "--json")
    assert set(imported) >= {
        "package_id",
        "new",
        "updated",
        "unchanged",
        "conflicts",
        "rejected",
        "messages",
    }
    assert imported["new"] == setup["record_count"] and imported["rejected"] == 0
    device = ok("--data-dir", hamlet, "device", "show", "--json")
    assert (device["role"], device["hamlet"]) == ("hamlet", "Ấp 1")

    registered = ok(
        "--data-dir",
        office,
        "device",
        "register",
        "--hamlet",
        "Ấp 1",
        "--key",
        device["public_key"],
    )
    assert device["fingerprint"] in registered

    ok(
        "--data-dir",
        hamlet,
        "counts",
        "set",
        "--hamlet",
        "Ấp 1",
        "--week",
        week,
        "vneid=12",
        "dvctt=3",
    )
    package = ok(
        "--data-dir",
        hamlet,
        "package",
        "export",
        "-o",
        str(tmp_path / "ap-1-gui-xa.khpkg"),
        "--json",
    )
    assert package["tables"]["weekly_count"] == 2

    result = ok("--data-dir", office, "package", "import", package["file"], "--json")
    assert result["new"] >= 2 and result["conflicts"] == 0 and result["rejected"] == 0
    assert counts(Path(office), "Ấp 1", week) == {"vneid": 12, "dvctt": 3}

    store = open_store(office)
    before = content_digest(store)
    again = ok("--data-dir", office, "package", "import", package["file"], "--json")
    assert again["already_imported"] and (again["new"], again["updated"]) == (0, 0)
    assert content_digest(store) == before

    tampered = tmp_path / "sua.khpkg"
    with zipfile.ZipFile(package["file"]) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "data/weekly_count.json":
                data = data.replace(b",12,", b",120,")
            new.writestr(info, data)
    refused = kehoach("--data-dir", office, "package", "import", str(tampered))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith(
        "Lỗi: Gói “sua.khpkg”, mục “data/weekly_count.json”: mã băm SHA-256"
    )
    assert content_digest(store) == before
    store.close()

    assert ok("--data-dir", office, "conflicts", "--json") == []
    devices = ok("--data-dir", office, "device", "list", "--json")
    assert [d["hamlet"] for d in devices if not d["is_local"]] == ["Ấp 1"]

    answer = ok(
        "--data-dir",
        office,
        "package",
        "export",
        "--hamlet",
        "Ấp 1",
        "-o",
        str(tmp_path / "xa-gui-ap-1.khpkg"),
        "--json",
    )
    manifest = json.loads(zipfile.ZipFile(answer["file"]).read("manifest.json"))
    assert manifest["acks"][0]["device_id"] == device["device_id"]
    ok("--data-dir", hamlet, "package", "import", answer["file"])
    nothing = ok(
        "--data-dir", hamlet, "package", "export", "-o", str(tmp_path / "trong.khpkg"), "--json"
    )
    assert nothing["record_count"] == 0  # everything was acknowledged


def test_outbox_commands_and_their_errors(tmp_path: Path) -> None:
    folder = str(tmp_path / "xa")
    sample = tmp_path / "bao-cao.pdf"
    sample.write_bytes(b"%PDF mau")
    empty = kehoach("--data-dir", folder, "outbox", "add", str(sample))
    assert empty.returncode == 1 and "Chưa có nơi gửi nào" in empty.stderr
    usb = tmp_path / "usb"
    usb.mkdir()
    ok("--data-dir", folder, "destination", "add", "usb", usb.as_uri())
    added = ok("--data-dir", folder, "outbox", "add", str(sample), "--to", "usb", "--json")
    assert added["items"][0]["state"] == "pending"
    rows = ok("--data-dir", folder, "outbox", "--json")
    assert set(rows[0]) >= {
        "id",
        "file",
        "destination",
        "sha256",
        "state",
        "attempts",
        "last_error",
    }
    assert (rows[0]["file"], rows[0]["destination"], rows[0]["state"]) == (
        "bao-cao.pdf",
        "usb",
        "pending",
    )
    summary = ok("--data-dir", folder, "sync", "--once", "--json")
    assert summary["delivered"] == 1
    assert (usb / "bao-cao.pdf").read_bytes() == sample.read_bytes()
    assert ok("--data-dir", folder, "outbox", "--json")[0]["state"] == "delivered"
    listed = ok("--data-dir", folder, "destination", "list", "--json")
    assert listed[0]["name"] == "usb" and listed[0]["kind"] == "file"
    wrong = kehoach("--data-dir", folder, "destination", "add", "x", "ftp://example.vn/")
    assert wrong.returncode == 1 and "Địa chỉ nơi gửi không hợp lệ" in wrong.stderr
    bad_key = kehoach(
        "--data-dir", folder, "device", "register", "--hamlet", "Ấp 1", "--key", "abc"
    )
    assert bad_key.returncode == 1 and bad_key.stderr.startswith("Lỗi: ")
