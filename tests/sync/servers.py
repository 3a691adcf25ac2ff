"""Real servers on 127.0.0.1 for the sync tests: a WebDAV server (wsgidav on cheroot) with
basic auth that counts the uploads it stores, a proxy in front of it that fails a share of
requests (503, dropped before forwarding, or dropped after the server did the work), and an
SMTP server (aiosmtpd) that keeps what it receives. Optionally TLS, with a throwaway CA."""

import datetime
import http.client
import ipaddress
import random
import socket
import ssl
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WebDavServer:
    """wsgidav serving ``root`` at http(s)://127.0.0.1:PORT/ for one user (basic auth)."""

    def __init__(
        self,
        root: Path,
        user: str,
        password: str,
        port: int | None = None,
        tls: "TestCA | None" = None,
    ) -> None:
        self.root = root
        self.user = user
        self.password = password
        self.requested_port = port
        self.tls = tls
        self.stored_puts: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.port = 0

    def _app(self) -> Callable[..., Iterable[bytes]]:
        from wsgidav.wsgidav_app import WsgiDAVApp

        dav = WsgiDAVApp(
            {
                "provider_mapping": {"/": str(self.root)},
                "http_authenticator": {
                    "domain_controller": None,
                    "accept_basic": True,
                    "accept_digest": False,
                    "default_to_digest": False,
                },
                "simple_dc": {"user_mapping": {"*": {self.user: {"password": self.password}}}},
                "verbose": 0,
                "logging": {"enable_loggers": []},
                "property_manager": True,
                "lock_storage": True,
            }
        )

        def counting(
            environ: dict[str, Any], start_response: Callable[..., Any]
        ) -> Iterable[bytes]:
            method = environ["REQUEST_METHOD"]
            path = environ.get("PATH_INFO", "")
            self.requests[method] += 1

            def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
                if method == "PUT" and status[:1] == "2":
                    self.stored_puts[path] += 1
                return start_response(status, headers, exc_info)

            return dav(environ, start)

        return counting

    def start(self) -> None:
        from cheroot import wsgi

        self.root.mkdir(parents=True, exist_ok=True)
        self._server = wsgi.Server(("127.0.0.1", self.requested_port or 0), self._app())
        if self.tls is not None:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            self._server.ssl_adapter = BuiltinSSLAdapter(
                str(self.tls.server_cert), str(self.tls.server_key)
            )
        self._server.prepare()
        self.port = self._server.bind_addr[1]
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)

    def files(self, folder: str = "") -> dict[str, bytes]:
        base = self.root / folder
        return {p.name: p.read_bytes() for p in sorted(base.iterdir()) if p.is_file()}


class FlakyProxy:
    """An HTTP proxy to 127.0.0.1:``upstream_port`` that fails ``failure_rate`` of requests:
    a third answered 503, a third dropped unanswered, a third forwarded and then dropped (the
    server did the work, the client never hears of it)."""

    def __init__(self, upstream_port: int, failure_rate: float, seed: int = 0) -> None:
        self.upstream_port = upstream_port
        self.failure_rate = failure_rate
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.outcomes: Counter[str] = Counter()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    def _decide(self) -> str:
        with self.lock:
            if self.random.random() >= self.failure_rate:
                outcome = "forward"
            else:
                outcome = self.random.choice(["503", "drop", "drop_after"])
            self.outcomes[outcome] += 1
            return outcome

    def start(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                return None

            def handle_one_request(self) -> None:
                self.raw_requestline = self.rfile.readline(65537)
                if not self.raw_requestline:
                    self.close_connection = True
                    return
                if not self.parse_request():
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outcome = proxy._decide()
                if outcome == "503":
                    self.send_response(503, "Service Unavailable")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if outcome == "drop":
                    self.close_connection = True
                    return
                upstream = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "connection"}
                upstream.request(self.command, self.path, body=body, headers=headers)
                response = upstream.getresponse()
                data = response.read()
                upstream.close()
                if outcome == "drop_after":
                    self.close_connection = True
                    return
                self.send_response(response.status, response.reason)
                for name, value in response.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                length = response.getheader("Content-Length") if self.command == "HEAD" else None
                self.send_header("Content-Length", length or str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                self.wfile.flush()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


class SmtpServer:
    """aiosmtpd on 127.0.0.1 keeping every message; optional STARTTLS and AUTH."""

    def __init__(self, tls: "TestCA | None" = None, login: tuple[str, str] | None = None) -> None:
        self.tls = tls
        self.login = login
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.port = 0
        self._controller: Any = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        server = self

        class Handler:
            async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
                message = message_from_bytes(envelope.original_content, policy=policy.default)
                server.messages.append(message)  # type: ignore[arg-type]
                server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                return "250 Message accepted"

        def authenticator(
            _server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any
        ) -> Any:
            ok = (
                isinstance(data, LoginPassword)
                and server.login is not None
                and (data.login.decode(), data.password.decode()) == server.login
            )
            return AuthResult(success=ok, handled=False)

        kwargs: dict[str, Any] = {}
        if self.tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self.tls.server_cert), str(self.tls.server_key))
            kwargs.update(tls_context=context, require_starttls=True)
        if self.login is not None:
            kwargs.update(authenticator=authenticator, auth_require_tls=self.tls is not None)
        self.port = free_port()
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class TestCA:
    """A throwaway certificate authority and a certificate for 127.0.0.1 signed by it."""

    __test__ = False

    def __init__(self, folder: Path) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.datetime.now(datetime.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kehoach test CA")])
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False,
            )
            .add_extension(
                x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                critical=False,
            )
            .sign(ca_key, hashes.SHA256())
        )
        self.ca_cert = folder / "ca.pem"
        self.server_cert = folder / "server.pem"
        self.server_key = folder / "server-key.pem"
        self.ca_cert.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
        self.server_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        self.server_key.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
