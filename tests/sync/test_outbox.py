"""The outbox against real servers on 127.0.0.1 (issue 6): WebDAV through a proxy failing 30%
of requests and across a killed sync, SMTP with an attachment, STARTTLS and login, a server
that is down, a folder, the inbox, and passwords in the keyring or the environment."""

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.services.outbox import (
    add_destination,
    list_destinations,
    list_outbox,
    login_destination,
    queue_file,
    retry_item,
    run_outbox,
)
from kehoach_desktop.services.store import Store, open_store
from kehoach_desktop.services.sync_export import export_package
from kehoach_desktop.services.sync_inbox import pull_inboxes
from kehoach_desktop.sync.secrets import env_name

from .helpers import Pair, count_value, set_counts
from .servers import FlakyProxy, SmtpServer, TestCA, WebDavServer, free_port

PASSWORD = "mật-khẩu-57"


def kehoach(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kehoach_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_files(folder: Path, count: int) -> dict[str, bytes]:
    """Files with Vietnamese names and sizes from 1 KB to 400 KB."""
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for index in range(count):
        name = f"Báo cáo tuần {index + 1:02d} — Ấp {index % 5 + 1}.pdf"
        data = b"%PDF-1.7\n" + rng.randbytes(rng.randrange(1_000, 400_000))
        (folder / name).write_bytes(data)
        made[name] = data
    return made


def delivered_count(store_path: Path) -> int:
    conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        return int(
            conn.execute("SELECT count(*) FROM outbox_item WHERE state = 'delivered'").fetchone()[0]
        )
    finally:
        conn.close()


@pytest.fixture
def office(data_dir: Path) -> Store:
    store = open_store(data_dir)
    yield store
    store.close()


def test_twenty_files_reach_webdav_once_through_a_flaky_proxy_across_a_restart(
    office: Store, webdav: WebDavServer, flaky_webdav: FlakyProxy, tmp_path: Path
) -> None:
    env = {env_name("may-chu-xa"): PASSWORD}
    url = f"webdav://127.0.0.1:{flaky_webdav.port}/bao-cao/2026"
    added = kehoach(
        "--data-dir",
        str(office.folder),
        "destination",
        "add",
        "may-chu-xa",
        url,
        "--user",
        "vanthu",
    )
    assert added.returncode == 0, added.stderr
    files = make_files(tmp_path / "files", 20)
    for name in files:
        queue_file(office, tmp_path / "files" / name, ["may-chu-xa"])
    assert [e.state for e in list_outbox(office)] == ["pending"] * 20

    # A first pass killed while it works: its state must survive.
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kehoach_desktop",
            "--data-dir",
            str(office.folder),
            "sync",
            "--once",
        ],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while (
        delivered_count(office.path) < 3 and time.monotonic() < deadline and process.poll() is None
    ):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    interrupted = delivered_count(office.path)
    assert 0 < interrupted < 20

    for _ in range(20):
        done = kehoach("--data-dir", str(office.folder), "sync", "--once", "--json", env=env)
        assert done.returncode == 0, done.stderr
        if json.loads(done.stdout)["pending"] == 0:
            break
    outbox = json.loads(kehoach("--data-dir", str(office.folder), "outbox", "--json").stdout)
    assert {row["state"] for row in outbox} == {"delivered"}
    assert {row["file"] for row in outbox} == set(files)

    remote = webdav.files("bao-cao/2026")
    assert set(remote) == set(files)  # the files themselves and nothing else
    assert {name: sha(data) for name, data in remote.items()} == {
        n: sha(d) for n, d in files.items()
    }
    assert {row["sha256"] for row in outbox} == {sha(d) for d in files.values()}
    stored = {path.rsplit("/", 1)[-1]: n for path, n in webdav.stored_puts.items()}
    assert set(stored) == {n.replace(" ", "%20") for n in files} or len(stored) == 20
    assert all(n == 1 for n in webdav.stored_puts.values()), webdav.stored_puts
    assert flaky_webdav.outcomes["503"] and flaky_webdav.outcomes["drop_after"]

    puts = webdav.requests["PUT"]
    again = kehoach("--data-dir", str(office.folder), "sync", "--once", "--json", env=env)
    assert json.loads(again.stdout)["attempted"] == 0
    assert webdav.requests["PUT"] == puts  # nothing is sent again
    assert not any((office.folder / "outbox").iterdir())  # delivered copies are dropped


def test_the_same_content_is_queued_once_per_destination(
    office: Store, webdav: WebDavServer, tmp_path: Path
) -> None:
    add_destination(office, "may-chu-xa", f"webdav://127.0.0.1:{webdav.port}/", "vanthu")
    first = tmp_path / "bao-cao.pdf"
    first.write_bytes(b"%PDF noi dung")
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(first.read_bytes())
    queue_file(office, first)
    again = queue_file(office, copy)
    assert len(list_outbox(office)) == 1
    assert "đã có trong hàng đợi" in again.messages[0]


def test_a_file_queued_to_smtp_arrives_as_an_attachment_with_the_same_hash(
    office: Store, smtp: SmtpServer, tmp_path: Path
) -> None:
    url = f"smtp://127.0.0.1:{smtp.port}/?to=ubnd@tala.gov.vn,vhxh@tala.gov.vn&from=ap1@tala.gov.vn"
    add_destination(office, "thu-xa", url)
    report = tmp_path / "Báo cáo quý III-2026.pdf"
    report.write_bytes(b"%PDF-1.7\n" + random.Random(3).randbytes(200_000))
    queue_file(office, report, ["thu-xa"])
    result = run_outbox(office, force=True)
    assert result.delivered == 1
    [message] = smtp.messages
    assert isinstance(message, EmailMessage)
    assert smtp.envelopes[0] == ("ap1@tala.gov.vn", ["ubnd@tala.gov.vn", "vhxh@tala.gov.vn"])
    assert "Báo cáo quý III-2026.pdf" in message["Subject"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "Báo cáo quý III-2026.pdf"
    assert sha(attachment.get_content()) == sha(report.read_bytes())
    [entry] = list_outbox(office)
    assert entry.state == "delivered" and entry.remote_ref.startswith("<")
    assert run_outbox(office, force=True).attempted == 0
    assert len(smtp.messages) == 1


def test_smtp_with_starttls_and_login(
    office: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = TestCA(tmp_path / "ca")
    monkeypatch.setenv("SSL_CERT_FILE", str(ca.ca_cert))
    server = SmtpServer(tls=ca, login=("vanthu", PASSWORD))
    server.start()
    try:
        url = f"smtp://127.0.0.1:{server.port}/?to=ubnd@tala.gov.vn&from=vhxh@tala.gov.vn"
        add_destination(office, "thu-xa", url, "vanthu")
        sample = tmp_path / "so-lieu.xlsx"
        sample.write_bytes(b"PK\x03\x04 bang tinh")
        queue_file(office, sample)
        refused = run_outbox(office, force=True)  # no password anywhere yet
        assert refused.failed == 1
        [entry] = list_outbox(office)
        assert entry.state == "failed" and "chưa có mật khẩu" in entry.last_error
        assert "KEHOACH_SECRET_THU_XA" in entry.last_error
        monkeypatch.setenv(env_name("thu-xa"), "sai")
        retry_item(office, entry.id)
        assert run_outbox(office, force=True).failed == 1
        assert "từ chối tên đăng nhập hoặc mật khẩu" in list_outbox(office)[0].last_error
        monkeypatch.setenv(env_name("thu-xa"), PASSWORD)
        retry_item(office, entry.id[:8])
        assert run_outbox(office, force=True).delivered == 1
        [message] = server.messages
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content() == sample.read_bytes()
    finally:
        server.stop()


def test_webdavs_with_a_certificate_the_machine_trusts(
    office: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = TestCA(tmp_path / "ca")
    monkeypatch.setenv("SSL_CERT_FILE", str(ca.ca_cert))
    monkeypatch.setenv(env_name("nextcloud"), PASSWORD)
    server = WebDavServer(tmp_path / "root", "vanthu", PASSWORD, tls=ca)
    server.start()
    try:
        add_destination(
            office, "nextcloud", f"webdavs://127.0.0.1:{server.port}/Kế hoạch CĐS", "vanthu"
        )
        sample = tmp_path / "goi.khpkg"
        sample.write_bytes(b"PK\x03\x04 goi du lieu")
        queue_file(office, sample)
        assert run_outbox(office, force=True).delivered == 1
        assert server.files("Kế hoạch CĐS") == {"goi.khpkg": sample.read_bytes()}
    finally:
        server.stop()


def test_with_the_server_down_sync_once_exits_0_and_items_stay_pending(
    office: Store, tmp_path: Path
) -> None:
    port = free_port()  # nothing listens there
    folder = str(office.folder)
    assert (
        kehoach(
            "--data-dir",
            folder,
            "destination",
            "add",
            "may-chu-xa",
            f"webdav://127.0.0.1:{port}/bc",
        ).returncode
        == 0
    )
    for name in ("a.pdf", "b.pdf"):
        (tmp_path / name).write_bytes(name.encode() * 100)
        assert (
            kehoach(
                "--data-dir", folder, "outbox", "add", str(tmp_path / name), "--to", "may-chu-xa"
            ).returncode
            == 0
        )
    result = kehoach("--data-dir", folder, "sync", "--once")
    assert result.returncode == 0, result.stderr
    assert "còn chờ 2" in result.stdout
    rows = json.loads(kehoach("--data-dir", folder, "outbox", "--json").stdout)
    assert [r["state"] for r in rows] == ["pending", "pending"]
    assert all("không kết nối được máy chủ WebDAV" in r["last_error"] for r in rows)
    assert sorted(r["attempts"] for r in rows) == [0, 1]  # the second was not even tried
    assert all(r["next_attempt_at"] for r in rows)
    # The background loop honours the backoff: nothing is due yet.
    assert run_outbox(office).attempted == 0


def test_a_wrong_password_fails_with_its_reason_until_login(
    office: Store, webdav: WebDavServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(env_name("may-chu-xa"), "sai-mat-khau")
    add_destination(office, "may-chu-xa", f"webdav://vanthu@127.0.0.1:{webdav.port}/bc")
    sample = tmp_path / "bc.pdf"
    sample.write_bytes(b"%PDF bc")
    queue_file(office, sample)
    assert run_outbox(office, force=True).failed == 1
    [entry] = list_outbox(office)
    assert entry.state == "failed" and "HTTP 401" in entry.last_error
    monkeypatch.setenv(env_name("may-chu-xa"), PASSWORD)
    retry_item(office, entry.id)
    assert run_outbox(office, force=True).delivered == 1


def test_a_folder_destination_waits_for_the_usb_stick(office: Store, tmp_path: Path) -> None:
    stick = tmp_path / "usb" / "GUI XA"
    add_destination(office, "usb", stick.as_uri())
    sample = tmp_path / "Báo cáo tháng 11.docx"
    sample.write_bytes(b"PK\x03\x04 word")
    queue_file(office, sample)
    assert run_outbox(office, force=True).pending == 1
    assert "chưa cắm USB" in list_outbox(office)[0].last_error
    stick.mkdir(parents=True)
    assert run_outbox(office, force=True).delivered == 1
    assert [p.name for p in stick.iterdir()] == ["Báo cáo tháng 11.docx"]
    assert (stick / sample.name).read_bytes() == sample.read_bytes()


def test_a_busy_outbox_is_left_to_the_other_worker(office: Store) -> None:
    from kehoach_desktop.sync.filelock import FileLock

    with FileLock(office.folder / "outbox.lock") as held:
        assert held
        report = run_outbox(office, force=True)
    assert report.busy and "tiến trình đồng bộ khác" in report.messages[0]


def test_packages_travel_through_a_webdav_inbox_both_ways(
    pair: Pair, webdav: WebDavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(env_name("nextcloud"), PASSWORD)
    url = f"webdav://127.0.0.1:{webdav.port}/goi-du-lieu"
    for store in (pair.office, pair.hamlet):
        add_destination(store, "nextcloud", url, "vanthu", inbox=True)

    set_counts(pair.hamlet, pair.hamlet_id, "2026-W47", state="submitted", vneid=21)
    queue_file(pair.hamlet, pair.hamlet_to_office("ap-1-tuan-47.khpkg"))
    assert run_outbox(pair.hamlet, force=True).delivered == 1
    assert pull_inboxes(pair.hamlet) == []  # its own upload is not fetched back

    [received] = pull_inboxes(pair.office)
    assert (received.outcome, received.new) == ("imported", 2)
    assert count_value(pair.office, pair.hamlet_id, "2026-W47", "vneid") == 21
    assert pull_inboxes(pair.office) == []  # seen once, fetched once

    answer = export_package(pair.office, pair.folder / "xa-gui-ap-1.khpkg", hamlet="Ấp 1")
    other = export_package(pair.office, pair.folder / "xa-gui-ap-2.khpkg", hamlet="Ấp 2")
    queue_file(pair.office, answer.path)
    queue_file(pair.office, other.path)
    assert run_outbox(pair.office, force=True).delivered == 2
    outcomes = {o.file_name: o.outcome for o in pull_inboxes(pair.hamlet)}
    assert outcomes == {"xa-gui-ap-1.khpkg": "imported", "xa-gui-ap-2.khpkg": "skipped"}
    assert set(webdav.files("goi-du-lieu")) == {
        "ap-1-tuan-47.khpkg",
        "xa-gui-ap-1.khpkg",
        "xa-gui-ap-2.khpkg",
    }


class MemoryKeyring:
    """A keyring backend kept in memory: the keyring API, without an OS store in the sandbox."""

    priority = 5

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.saved.pop((service, user), None)


def test_passwords_go_to_the_keyring_never_the_store(
    office: Store, webdav: WebDavServer, tmp_path: Path
) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(MemoryKeyring, KeyringBackend):
        def __init__(self) -> None:
            MemoryKeyring.__init__(self)

    backend = Backend()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        add_destination(office, "may-chu-xa", f"webdav://127.0.0.1:{webdav.port}/bc", "vanthu")
        login_destination(office, "may-chu-xa", PASSWORD)
        assert backend.saved == {("kehoach-cds", "may-chu-xa"): PASSWORD}
        assert list_destinations(office)[0].password_source == "keyring"
        sample = tmp_path / "bc.pdf"
        sample.write_bytes(b"%PDF bc")
        queue_file(office, sample)
        assert run_outbox(office, force=True).delivered == 1
    finally:
        keyring.set_keyring(previous)
    assert PASSWORD.encode() not in office.path.read_bytes()
    for path in office.folder.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode("utf-8") not in path.read_bytes(), path


def test_without_a_keyring_login_names_the_environment_variable(office: Store) -> None:
    add_destination(office, "may-chu-xa", "webdav://127.0.0.1:9/bc", "vanthu")
    result = kehoach(
        "--data-dir", str(office.folder), "destination", "login", "may-chu-xa", stdin="matkhau\n"
    )
    assert result.returncode == 1
    assert "KEHOACH_SECRET_MAY_CHU_XA" in result.stderr
    with pytest.raises(KehoachError, match="Không ghi mật khẩu trong địa chỉ"):
        add_destination(office, "x", "webdav://vanthu:matkhau@127.0.0.1/bc")
    with pytest.raises(KehoachError, match="cần người nhận và người gửi"):
        add_destination(office, "thu", "smtp://127.0.0.1:25/")
    with pytest.raises(KehoachError, match="Địa chỉ nơi gửi không hợp lệ"):
        add_destination(office, "ftp", "ftp://127.0.0.1/bc")


def test_env_name_is_ascii_upper_case() -> None:
    assert env_name("máy-chủ-xã") == "KEHOACH_SECRET_MAY_CHU_XA"
    assert env_name("nextcloud") == "KEHOACH_SECRET_NEXTCLOUD"


def test_sync_keeps_running_sends_what_is_queued_and_stops_cleanly(
    office: Store, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    add_destination(office, "usb", stick.as_uri())
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kehoach_desktop",
            "--data-dir",
            str(office.folder),
            "sync",
            "--interval",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        time.sleep(2)
        sample = tmp_path / "Báo cáo tháng 11.pdf"
        sample.write_bytes(b"%PDF thang 11")
        queue_file(office, sample)
        deadline = time.monotonic() + 60
        while not (stick / sample.name).exists() and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.2)
        assert (stick / sample.name).read_bytes() == sample.read_bytes()
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Đang đồng bộ" in out and "Đã gửi 1" in out


def test_a_usb_folder_inbox_waits_for_the_device_to_be_registered(
    demo_store: Store, tmp_path: Path
) -> None:
    from kehoach_desktop.services.devices import register_device, show_device
    from kehoach_desktop.services.sync_import import import_package

    stick = tmp_path / "usb"
    stick.mkdir()
    hamlet = open_store(tmp_path / "may-ap")
    import_package(
        hamlet, export_package(demo_store, tmp_path / "cai-dat.khpkg", hamlet="Ấp 2").path
    )
    hamlet_id = show_device(hamlet).hamlet_id
    assert hamlet_id is not None
    set_counts(hamlet, hamlet_id, "2026-W47", vneid=4)
    add_destination(hamlet, "usb", stick.as_uri())
    queue_file(hamlet, export_package(hamlet, tmp_path / "ap-2.khpkg").path)
    assert run_outbox(hamlet, force=True).delivered == 1

    add_destination(demo_store, "usb", stick.as_uri(), inbox=True)
    [first] = pull_inboxes(demo_store)
    assert first.outcome == "refused" and "chưa được đăng ký" in first.message
    register_device(demo_store, "Ấp 2", show_device(hamlet).public_key)
    [second] = pull_inboxes(demo_store)
    assert (second.outcome, second.new) == ("imported", 1)
    assert count_value(demo_store, hamlet_id, "2026-W47", "vneid") == 4
    assert pull_inboxes(demo_store) == []
    hamlet.close()
