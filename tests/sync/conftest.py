"""Fixtures for the sync tests: an office/hamlet pair on real stores, and real servers
(WebDAV with basic auth, SMTP, a flaky proxy) on 127.0.0.1, started by the tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from kehoach_desktop.services.store import Store

from .helpers import Pair, set_up_pair
from .servers import FlakyProxy, SmtpServer, WebDavServer


@pytest.fixture
def pair(demo_store: Store, tmp_path: Path) -> Iterator[Pair]:
    """The demo commune's office and the device of its "Ấp 1", set up and registered."""
    made = set_up_pair(demo_store, tmp_path / "sync")
    yield made
    made.hamlet.close()


@pytest.fixture
def webdav(tmp_path: Path) -> Iterator[WebDavServer]:
    server = WebDavServer(tmp_path / "webdav-root", user="vanthu", password="mật-khẩu-57")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def flaky_webdav(webdav: WebDavServer) -> Iterator[FlakyProxy]:
    """A proxy in front of the WebDAV server that answers 503 to, or drops, 30% of requests."""
    proxy = FlakyProxy(webdav.port, failure_rate=0.3, seed=57)
    proxy.start()
    yield proxy
    proxy.stop()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
