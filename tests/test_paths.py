"""The data folder: --data-dir, then $KEHOACH_DATA_DIR, then data/ beside a frozen build's
executable (portable use), then the user data folder."""

import sys
from pathlib import Path

import platformdirs
import pytest

from kehoach_desktop import paths


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """An install folder with an executable, a user data folder, and no $KEHOACH_DATA_DIR."""
    install = tmp_path / "usb" / "kehoach"
    install.mkdir(parents=True)
    (install / "kehoach").write_bytes(b"")
    user = tmp_path / "user-data"
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(user))
    monkeypatch.setattr(sys, "executable", str(install / "kehoach"))
    return {"install": install, "user": user, "portable": install / "data", "tmp": tmp_path}


def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)


def test_frozen_without_a_data_folder_uses_the_user_data_folder(places, monkeypatch) -> None:
    frozen(monkeypatch)
    assert paths.data_dir() == places["user"].resolve()
    assert not places["portable"].exists()  # never made unasked


def test_frozen_with_a_data_folder_beside_the_executable_uses_it(places, monkeypatch) -> None:
    frozen(monkeypatch)
    places["portable"].mkdir()
    assert paths.data_dir() == places["portable"].resolve()
    assert not places["user"].exists()


def test_the_environment_comes_before_the_portable_folder(places, monkeypatch) -> None:
    frozen(monkeypatch)
    places["portable"].mkdir()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(places["tmp"] / "from-env"))
    assert paths.data_dir() == (places["tmp"] / "from-env").resolve()


def test_data_dir_comes_first(places, monkeypatch) -> None:
    frozen(monkeypatch)
    places["portable"].mkdir()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(places["tmp"] / "from-env"))
    assert paths.data_dir(places["tmp"] / "explicit") == (places["tmp"] / "explicit").resolve()


def test_run_from_source_a_data_folder_beside_python_is_not_ours(places, monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    places["portable"].mkdir()  # e.g. a virtualenv's bin/data
    assert paths.portable_data_dir() is None
    assert paths.data_dir() == places["user"].resolve()


def test_a_file_named_data_is_not_a_data_folder(places, monkeypatch) -> None:
    frozen(monkeypatch)
    places["portable"].write_text("not a folder")
    assert paths.data_dir() == places["user"].resolve()


def test_a_linked_executable_finds_the_data_folder_of_the_real_one(places, monkeypatch) -> None:
    frozen(monkeypatch)
    places["portable"].mkdir()
    link = places["tmp"] / "bin" / "kehoach"
    link.parent.mkdir()
    link.symlink_to(places["install"] / "kehoach")
    monkeypatch.setattr(sys, "executable", str(link))
    assert paths.data_dir() == places["portable"].resolve()
