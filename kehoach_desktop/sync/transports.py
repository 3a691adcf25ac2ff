"""Where the outbox sends files and the inbox fetches packages: a WebDAV folder
(Nextcloud/ownCloud; ``webdav://`` over HTTP, ``webdavs://`` over HTTPS), an e-mail address
through SMTP (``smtp://`` with STARTTLS when the server offers it, ``smtps://`` with TLS from
the start) or a local, network or USB folder (``file:///``).

Every transport checks before sending (the file already there, whole, is not sent again),
and checks after: WebDAV and folders read the file back and compare its SHA-256; SMTP counts
the server's acceptance for every recipient as delivery. A WebDAV folder ends up holding the
files under their own names and nothing else: uploads go straight to the final name (a
broken upload is found by the check and sent again), never through temporary names.

Errors are TransientError (the line is down, the server is busy: try again later) or
PermanentError (a person must fix something: password, address, file), in Vietnamese.
"""

import base64
import hashlib
import mimetypes
import os
import smtplib
import ssl
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs, quote, unquote, urlsplit

from ..core.domain import KehoachError
from ..core.files import sha256_file

SCHEMES = ("webdav", "webdavs", "smtp", "smtps", "file")
MAX_MAIL_BYTES = 20 * 1024 * 1024
_CHUNK = 1 << 20


class TransientError(KehoachError):
    """Try again later. ``unreachable`` says the destination itself could not be reached."""

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


class PermanentError(KehoachError):
    """Trying again will not help until a person changes something."""


@dataclass(frozen=True)
class RemoteFile:
    name: str
    tag: str  # changes when the file changes (ETag, or size and time)
    size: int


class Transport(Protocol):
    def send(self, path: Path, name: str, sha256: str, size: int, check_first: bool) -> str:
        """Deliver ``path`` as ``name``; return a reference to what was delivered. With
        ``check_first`` (an earlier attempt may have got through), look before sending."""
        ...

    def list_packages(self) -> list[RemoteFile]: ...

    def fetch(self, name: str, target: Path, max_bytes: int) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class DestinationUrl:
    scheme: str
    host: str
    port: int | None
    path: str
    query: dict[str, list[str]]
    username: str

    @property
    def kind(self) -> str:
        return {"webdavs": "webdav", "smtps": "smtp"}.get(self.scheme, self.scheme)


def parse_destination_url(url: str) -> DestinationUrl:
    """Check a destination address; raise KehoachError saying what is wrong with it."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise KehoachError(
            f"Địa chỉ nơi gửi không hợp lệ: “{url}”. Dùng webdav://máy:cổng/thư-mục, "
            "webdavs://…, smtp://máy:cổng/?to=người-nhận&from=người-gửi, smtps://… hoặc "
            "file:///thư-mục."
        )
    if parts.password:
        raise KehoachError(
            "Không ghi mật khẩu trong địa chỉ nơi gửi; lưu mật khẩu bằng "
            "`kehoach destination login TÊN` (mật khẩu vào kho mật khẩu của hệ điều hành)."
        )
    try:
        port = parts.port
    except ValueError:
        raise KehoachError(f"Cổng trong địa chỉ “{url}” không hợp lệ.") from None
    query = parse_qs(parts.query)
    if scheme != "file" and not parts.hostname:
        raise KehoachError(f"Địa chỉ “{url}” thiếu tên máy chủ.")
    if scheme in ("smtp", "smtps"):
        recipients = [a for v in query.get("to", []) for a in v.split(",") if a.strip()]
        if not recipients or not query.get("from"):
            raise KehoachError(
                f"Địa chỉ thư “{url}” cần người nhận và người gửi: "
                "smtp://máy:cổng/?to=nguoinhan@example.vn&from=nguoigui@example.vn"
            )
        for address in [*recipients, query["from"][0]]:
            if "@" not in address:
                raise KehoachError(f"Địa chỉ thư điện tử không hợp lệ: “{address}”.")
    path = unquote(parts.path)
    if scheme == "file" and not path:
        raise KehoachError(f"Địa chỉ thư mục “{url}” thiếu đường dẫn (dạng file:///thư-mục).")
    return DestinationUrl(
        scheme=scheme,
        host=parts.hostname or "",
        port=port,
        path=path,
        query=query,
        username=unquote(parts.username or ""),
    )


def tls_context() -> ssl.SSLContext:
    """The operating system's trusted certificates (what the office PC already trusts),
    plus ``SSL_CERT_FILE`` when set."""
    return ssl.create_default_context()


def make_transport(url: str, username: str = "", password: str | None = None) -> Transport:
    """The transport for a destination address."""
    parsed = parse_destination_url(url)
    user = username or parsed.username
    if parsed.kind == "webdav":
        return WebDavTransport(parsed, user, password)
    if parsed.kind == "smtp":
        return SmtpTransport(parsed, user, password)
    return FolderTransport(folder_path(parsed))


def folder_path(parsed: DestinationUrl) -> Path:
    path = parsed.path
    if parsed.host and parsed.host != "localhost":
        return Path(f"//{parsed.host}{path}")  # a network share: \\server\share\folder
    if len(path) > 2 and path[0] == "/" and path[2] == ":":
        path = path[1:]  # file:///C:/Bao-cao on Windows
    return Path(path)


# --------------------------------------------------------------------------- WebDAV


class WebDavTransport:
    """A folder on a WebDAV server, with basic authentication."""

    def __init__(self, parsed: DestinationUrl, username: str, password: str | None) -> None:
        import httpx

        self.httpx = httpx
        http = "https" if parsed.scheme == "webdavs" else "http"
        port = f":{parsed.port}" if parsed.port else ""
        folder = "/" + "/".join(quote(p) for p in parsed.path.split("/") if p)
        self.folder = folder.rstrip("/") + "/"
        self.where = f"{parsed.host}{port}"
        self.origin = f"{http}://{parsed.host}{port}"
        auth = httpx.BasicAuth(username, password or "") if username else None
        self.client = httpx.Client(
            base_url=self.origin,
            auth=auth,
            timeout=httpx.Timeout(30.0, connect=10.0),
            verify=tls_context() if http == "https" else True,
            follow_redirects=False,
            headers={"User-Agent": "kehoach-cds"},
        )
        self._folder_ready = False

    def close(self) -> None:
        self.client.close()

    def _url(self, name: str) -> str:
        return self.folder + quote(name)

    def _request(self, method: str, url: str, **kwargs: Any) -> Any:
        try:
            return self.client.request(method, url, **kwargs)
        except self.httpx.ConnectError as exc:
            raise TransientError(
                f"không kết nối được máy chủ WebDAV {self.where} ({exc})", unreachable=True
            ) from exc
        except self.httpx.TimeoutException as exc:
            raise TransientError(f"máy chủ WebDAV {self.where} không trả lời kịp") from exc
        except self.httpx.TransportError as exc:
            raise TransientError(f"đường truyền tới {self.where} bị ngắt ({exc})") from exc

    def _check(self, response: Any, action: str) -> None:
        status = response.status_code
        if status < 300:
            return
        if status in (401, 403):
            raise PermanentError(
                f"máy chủ WebDAV {self.where} từ chối tên đăng nhập hoặc mật khẩu (HTTP {status}) "
                f"khi {action}; kiểm tra lại bằng `kehoach destination login`"
            )
        if status in (500, 502, 503, 504, 507, 423, 429) or status >= 500:
            raise TransientError(
                f"máy chủ WebDAV {self.where} đang bận hoặc lỗi (HTTP {status}) khi {action}"
            )
        raise PermanentError(f"máy chủ WebDAV {self.where} trả lời HTTP {status} khi {action}")

    def _ensure_folder(self) -> None:
        if self._folder_ready:
            return
        path = ""
        for part in [p for p in self.folder.split("/") if p]:
            path += "/" + part
            response = self._request("PROPFIND", path + "/", headers={"Depth": "0"})
            if response.status_code == 404:
                response = self._request("MKCOL", path + "/")
                if response.status_code not in (201, 405):
                    self._check(response, f"tạo thư mục {unquote(path)}")
            else:
                self._check(response, f"kiểm tra thư mục {unquote(path)}")
        self._folder_ready = True

    def _remote_sha(self, name: str, size: int | None = None) -> str | None:
        """The SHA-256 of the remote file ``name`` (None when absent, or of another size)."""
        head = self._request("HEAD", self._url(name))
        if head.status_code == 404:
            return None
        self._check(head, f"kiểm tra tệp {name}")
        length = head.headers.get("Content-Length")
        if size is not None and length is not None and int(length) != size:
            return None
        digest = hashlib.sha256()
        try:
            with self.client.stream("GET", self._url(name)) as response:
                if response.status_code == 404:
                    return None
                self._check(response, f"đọc lại tệp {name}")
                for chunk in response.iter_bytes(_CHUNK):
                    digest.update(chunk)
        except self.httpx.TransportError as exc:
            raise TransientError(
                f"đường truyền tới {self.where} bị ngắt khi đọc lại {name}"
            ) from exc
        return digest.hexdigest()

    def send(self, path: Path, name: str, sha256: str, size: int, check_first: bool) -> str:
        if check_first and self._remote_sha(name, size) == sha256:
            return self._url(name)  # already there, whole: an earlier upload got through
        self._ensure_folder()
        with path.open("rb") as handle:
            response = self._request(
                "PUT",
                self._url(name),
                content=_chunks(handle),
                headers={"Content-Type": "application/octet-stream", "Content-Length": str(size)},
            )
        if response.status_code == 409:  # the folder went away meanwhile
            self._folder_ready = False
            self._ensure_folder()
            raise TransientError(f"thư mục trên máy chủ {self.where} vừa được tạo lại")
        self._check(response, f"gửi tệp {name}")
        if self._remote_sha(name) != sha256:
            raise TransientError(
                f"tệp {name} trên máy chủ khác tệp đã gửi (kiểm tra SHA-256); sẽ gửi lại"
            )
        return self._url(name)

    def list_packages(self) -> list[RemoteFile]:
        response = self._request("PROPFIND", self.folder, headers={"Depth": "1"})
        if response.status_code == 404:
            return []
        self._check(response, "liệt kê thư mục")
        return _parse_listing(response.content, self.folder)

    def fetch(self, name: str, target: Path, max_bytes: int) -> None:
        received = 0
        with _atomic_file(target) as out:
            try:
                with self.client.stream("GET", self._url(name)) as response:
                    self._check(response, f"tải tệp {name}")
                    for chunk in response.iter_bytes(_CHUNK):
                        received += len(chunk)
                        if received > max_bytes:
                            raise PermanentError(f"tệp {name} trên máy chủ quá lớn")
                        out.write(chunk)
            except self.httpx.TransportError as exc:
                raise TransientError(
                    f"đường truyền tới {self.where} bị ngắt khi tải {name}"
                ) from exc


def _chunks(handle: Any) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


_DAV = "{DAV:}"


def _parse_listing(content: bytes, folder: str) -> list[RemoteFile]:
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise TransientError(f"máy chủ WebDAV trả về danh sách không đọc được ({exc})") from exc
    found = []
    for response in root.iter(f"{_DAV}response"):
        href = unquote(response.findtext(f"{_DAV}href") or "")
        name = href.rstrip("/").rsplit("/", 1)[-1]
        if href.rstrip("/") == unquote(folder).rstrip("/") or not name.lower().endswith(".khpkg"):
            continue
        prop = response.find(f"{_DAV}propstat/{_DAV}prop")
        if prop is None or prop.find(f"{_DAV}resourcetype/{_DAV}collection") is not None:
            continue
        size = int(prop.findtext(f"{_DAV}getcontentlength") or 0)
        tag = prop.findtext(f"{_DAV}getetag") or f"{size}-{prop.findtext(f'{_DAV}getlastmodified')}"
        found.append(RemoteFile(name=name, tag=tag.strip('"'), size=size))
    return sorted(found, key=lambda f: f.name)


class _atomic_file:
    """Write to a temporary file beside ``target``; rename on success, remove on failure."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __enter__(self) -> Any:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.target.parent, prefix=".tai-")
        self.temp = Path(name)
        self.handle = os.fdopen(fd, "wb")
        return self.handle

    def __exit__(self, kind: Any, _value: Any, _tb: Any) -> None:
        self.handle.close()
        if kind is None:
            os.replace(self.temp, self.target)
        else:
            self.temp.unlink(missing_ok=True)


# --------------------------------------------------------------------------- SMTP


class SmtpTransport:
    """An e-mail with the file attached, through an SMTP server."""

    def __init__(self, parsed: DestinationUrl, username: str, password: str | None) -> None:
        self.parsed = parsed
        self.username = username
        self.password = password
        self.recipients = [a.strip() for v in parsed.query["to"] for a in v.split(",") if a.strip()]
        self.sender = parsed.query["from"][0]
        self.tls = (parsed.query.get("tls") or ["auto"])[0].lower()
        self.where = f"{parsed.host}:{parsed.port or (465 if parsed.scheme == 'smtps' else 25)}"

    def close(self) -> None:
        return None

    def _message(self, path: Path, name: str, sha256: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message["Subject"] = f"[Kế hoạch CĐS] {name}"
        message["Date"] = formatdate(localtime=True)
        # The same content to the same recipients always has the same Message-ID.
        to = hashlib.sha256(",".join(sorted(self.recipients)).encode()).hexdigest()[:12]
        message["Message-ID"] = f"<{sha256[:40]}.{to}@kehoach-cds.local>"
        message.set_content(
            "Tệp gửi tự động từ ứng dụng Kế hoạch CĐS Desktop.\n\n"
            f"Tên tệp: {name}\nMã kiểm tra SHA-256: {sha256}\n"
        )
        kind, _ = mimetypes.guess_type(name)
        if name.lower().endswith(".khpkg"):
            kind = "application/zip"
        main, sub = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=main, subtype=sub, filename=name)
        return message

    def send(self, path: Path, name: str, sha256: str, size: int, check_first: bool) -> str:
        # A mailbox cannot be looked into: a message whose acceptance was lost is sent again
        # with the same Message-ID, which mail programs show once.
        if size > MAX_MAIL_BYTES:
            megabytes = size // (1024 * 1024)
            raise PermanentError(
                f"tệp {name} quá lớn để gửi qua thư điện tử ({megabytes} MB, tối đa 20 MB)"
            )
        message = self._message(path, name, sha256)
        port = self.parsed.port or (465 if self.parsed.scheme == "smtps" else 25)
        try:
            if self.parsed.scheme == "smtps":
                server: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.parsed.host, port, timeout=30, context=tls_context()
                )
            else:
                server = smtplib.SMTP(self.parsed.host, port, timeout=30)
            with server:
                server.ehlo()
                secure = self.parsed.scheme == "smtps"
                if not secure and self.tls != "none" and server.has_extn("starttls"):
                    server.starttls(context=tls_context())
                    server.ehlo()
                    secure = True
                if not secure and self.tls == "require":
                    raise PermanentError(f"máy chủ thư {self.where} không hỗ trợ STARTTLS")
                if self.username:
                    if not secure and self.tls != "none":
                        raise PermanentError(
                            f"máy chủ thư {self.where} không hỗ trợ STARTTLS; không gửi mật khẩu "
                            "qua kết nối không mã hóa (thêm ?tls=none vào địa chỉ nếu chắc chắn)"
                        )
                    _login(server, self.username, self.password or "")
                refused = server.send_message(message, self.sender, self.recipients)
        except PermanentError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise PermanentError(
                f"máy chủ thư {self.where} từ chối tên đăng nhập hoặc mật khẩu ({exc.smtp_code})"
            ) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise PermanentError(
                f"máy chủ thư {self.where} từ chối người nhận: {', '.join(exc.recipients)}"
            ) from exc
        except smtplib.SMTPSenderRefused as exc:
            raise PermanentError(
                f"máy chủ thư {self.where} từ chối người gửi {exc.sender}"
            ) from exc
        except smtplib.SMTPResponseException as exc:
            text = f"máy chủ thư {self.where} trả lời {exc.smtp_code}: {exc.smtp_error!r}"
            if 400 <= exc.smtp_code < 500:
                raise TransientError(text) from exc
            raise PermanentError(text) from exc
        except ssl.SSLCertVerificationError as exc:
            raise PermanentError(
                f"chứng chỉ TLS của máy chủ thư {self.where} không hợp lệ ({exc})"
            ) from exc
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
            raise TransientError(
                f"máy chủ thư {self.where} ngắt kết nối ({exc})", unreachable=True
            ) from exc
        except OSError as exc:
            raise TransientError(
                f"không kết nối được máy chủ thư {self.where} ({exc.strerror or exc})",
                unreachable=True,
            ) from exc
        if refused:
            raise PermanentError(f"máy chủ thư từ chối: {', '.join(refused)}")
        return str(message["Message-ID"])

    def list_packages(self) -> list[RemoteFile]:
        raise PermanentError("nơi gửi thư điện tử không dùng làm hộp nhận gói")

    def fetch(self, name: str, target: Path, max_bytes: int) -> None:
        raise PermanentError("nơi gửi thư điện tử không dùng làm hộp nhận gói")


def _login(server: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN when offered (one round trip, understood everywhere), else smtplib's choice."""
    mechanisms = server.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in mechanisms:
        server.login(user, password)
        return
    # In UTF-8: Vietnamese passwords are not ASCII, which smtplib insists on.
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = server.docmd("AUTH", f"PLAIN {token}")
    if code == 334:
        code, reply = server.docmd(token)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


# --------------------------------------------------------------------------- folder


class FolderTransport:
    """A local, network or USB folder. The folder must exist: a missing one is most likely an
    unplugged USB stick or a share that is not mounted, not a place to create."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def close(self) -> None:
        return None

    def _ready(self) -> None:
        if not self.folder.is_dir():
            raise TransientError(
                f"thư mục {self.folder} không có (chưa cắm USB hoặc chưa kết nối ổ mạng?)",
                unreachable=True,
            )

    def send(self, path: Path, name: str, sha256: str, size: int, check_first: bool) -> str:
        self._ready()
        target = self.folder / name
        try:
            if target.is_file() and target.stat().st_size == size and sha256_file(target) == sha256:
                return str(target)
            temp = self.folder / f".{name}.kehoach-tmp"
            try:
                with path.open("rb") as source, temp.open("wb") as out:
                    while chunk := source.read(_CHUNK):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, target)
            finally:
                temp.unlink(missing_ok=True)
            if sha256_file(target) != sha256:
                raise TransientError(f"tệp {name} chép sang {self.folder} bị sai khác; sẽ chép lại")
        except PermissionError as exc:
            raise PermanentError(f"không có quyền ghi vào thư mục {self.folder}") from exc
        except OSError as exc:
            raise TransientError(
                f"không ghi được vào {self.folder}: {exc.strerror or exc}"
            ) from exc
        return str(target)

    def list_packages(self) -> list[RemoteFile]:
        self._ready()
        found = []
        for path in sorted(self.folder.glob("*.khpkg")):
            if path.is_file() and not path.is_symlink():
                info = path.stat()
                found.append(
                    RemoteFile(path.name, f"{info.st_size}-{info.st_mtime_ns}", info.st_size)
                )
        return found

    def fetch(self, name: str, target: Path, max_bytes: int) -> None:
        source = self.folder / name
        if source.stat().st_size > max_bytes:
            raise PermanentError(f"tệp {name} quá lớn")
        with _atomic_file(target) as out, source.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                out.write(chunk)
