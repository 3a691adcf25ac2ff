"""Shared fixtures: Qt offscreen, a fresh data folder per test, the demo store built once."""

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The demo is built as of this date so that tests see the same late tasks every day.
DEMO_TODAY = date(2026, 11, 22)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kehoach_desktop.services.demo import build_demo
    from kehoach_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("demo-template")
    store = open_store(folder)
    build_demo(store, today=DEMO_TODAY)
    store.close()
    return folder


@pytest.fixture
def demo_dir(_demo_template: Path, data_dir: Path) -> Path:
    """A private copy of the demo store (xã Tà Lài as of DEMO_TODAY)."""
    shutil.copytree(_demo_template, data_dir)
    return data_dir


@pytest.fixture
def demo_store(demo_dir: Path):  # type: ignore[no-untyped-def]
    from kehoach_desktop.services.store import open_store

    store = open_store(demo_dir)
    yield store
    store.close()
