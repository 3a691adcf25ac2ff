"""build.spec without building: it is run with stand-ins for PyInstaller's classes, which record
what the real build would get (the real build runs in packaging/check_bundle.sh)."""

import ast
import re
import sys
import tomllib
from glob import glob
from pathlib import Path
from typing import Any

import pytest

import kehoach_desktop.cli  # noqa: F401 - imported here, not under the spec's faked sys.platform
from kehoach_desktop import __version__, paths
from kehoach_desktop.reports.fonts import FACES

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


class Recorder:
    """Stands in for Analysis, PYZ, EXE and COLLECT: keeps its arguments."""

    made: list["Recorder"] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        Recorder.made.append(self)


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str) -> dict[str, Any]:
    """Execute build.spec as PyInstaller would on ``platform``; its namespace, with the
    recorded calls under "calls"."""
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts its folder
    Recorder.made = []
    kinds: dict[str, type] = {}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT"):
        kinds[name] = type(name, (Recorder,), {})
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "SPEC": str(SPEC),
        "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "build"),
        **kinds,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["calls"] = {
        name: [r for r in Recorder.made if type(r).__name__ == name] for name in kinds
    }
    return namespace


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    return run_spec(monkeypatch, tmp_path, "linux")


def bundled_files(spec: dict[str, Any]) -> dict[str, str]:
    """Path in the checkout → folder in the bundle, for every data file the spec lists."""
    (analysis,) = spec["calls"]["Analysis"]
    files = {}
    for source, target in analysis.kwargs["datas"]:
        matches = glob(source)
        assert matches, f"build.spec lists {source}, which matches nothing"
        for match in matches:
            files[Path(match).relative_to(ROOT).as_posix()] = target
    return files


def test_every_data_file_the_app_reads_is_listed_where_the_app_looks(spec) -> None:
    files = bundled_files(spec)
    wanted = [
        *(p for p in (ROOT / "resources" / "fonts").iterdir()),  # the faces and their licence
        *(ROOT / "translations").glob("*.qm"),
        *(ROOT / "kehoach_desktop" / "db" / "migrations").glob("*.sql"),
        *(ROOT / "resources" / "icons").glob("kehoach.*"),
    ]
    assert len(wanted) >= 4 + 1 + 3 + 5 + 2
    for path in wanted:
        relative = path.relative_to(ROOT).as_posix()
        assert relative in files, f"{relative} is not in build.spec's data files"
        # The bundle keeps the checkout's layout: resource_root() / relative finds it.
        assert files[relative] == Path(relative).parent.as_posix()
    assert all(f"resources/fonts/{name}" in files for name in FACES.values())
    # Qt's own texts in Vietnamese (Qt ships no qtbase_vi.qm): i18n loads ours from there.
    assert files["translations/qtbase_vi.qm"] == "translations"
    icon = paths.app_icon().relative_to(paths.resource_root()).as_posix()
    assert icon in files


def test_one_folder_kehoach_with_a_windowed_app_and_a_console_cli(spec) -> None:
    (collect,) = spec["calls"]["COLLECT"]
    assert collect.kwargs["name"] == "kehoach"
    exes = {exe.kwargs["name"]: exe for exe in spec["calls"]["EXE"]}
    assert set(exes) == {"kehoach", "kehoach-cli"}
    assert exes["kehoach"].kwargs["console"] is False
    assert exes["kehoach-cli"].kwargs["console"] is True
    assert all(exe.kwargs["exclude_binaries"] for exe in exes.values())  # one shared _internal
    assert all(exe in collect.args for exe in exes.values())


def test_the_windows_executables_carry_the_icon(monkeypatch, tmp_path) -> None:
    spec = run_spec(monkeypatch, tmp_path, "win32")
    for exe in spec["calls"]["EXE"]:
        icon = Path(exe.kwargs["icon"])
        assert icon.suffix == ".ico" and icon.is_file()
        assert icon.read_bytes()[:4] == b"\0\0\1\0"  # an ICO header
    assert spec["STRIP"] is False  # no strip on Windows


def test_version_comes_from_pyproject(spec) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert spec["VERSION"] == pyproject["project"]["version"] == __version__
    assert any(req.startswith("pyinstaller") for req in
               pyproject["project"]["optional-dependencies"]["bundle"])  # fmt: skip


def test_command_modules_are_hidden_imports(spec) -> None:
    from kehoach_desktop.cli import COMMAND_MODULES

    (analysis,) = spec["calls"]["Analysis"]
    assert set(COMMAND_MODULES) <= set(analysis.kwargs["hiddenimports"])


def _qt_modules_the_app_imports() -> set[str]:
    found = set()
    for path in (ROOT / "kehoach_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_the_qt_the_app_uses_is_kept(spec) -> None:
    used = _qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport"} <= used
    for module in used:
        assert f"PySide6.{module}" not in spec["EXCLUDES"]
        library = module.removeprefix("Qt")
        assert spec["keep"](f"PySide6/Qt/lib/libQt6{library}.so.6"), module
        assert spec["keep"](f"PySide6/Qt6{library}.dll"), module


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqminimal.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/translations/qtbase_en.qm",
        "babel/locale-data/en.dat",
        "babel/locale-data/root.dat",
        "babel/global.dat",
        "docx/templates/default.docx",
        "resources/fonts/LiberationSerif-Regular.ttf",
        "translations/qtbase_vi.qm",
        "libpython3.11.so.1.0",
        "libcups.so.2",
        "pypdfium2_raw/libpdfium.so",
    ],
)
def test_kept(spec, dest: str) -> None:
    assert spec["keep"](dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "libQt6Qml.so.6",  # the top-level link PyInstaller makes
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt63DCore.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qt_de.qm",
        "babel/locale-data/de.dat",
        "libgtk-3.so.0",
        "libpango-1.0.so.0",
    ],
)
def test_dropped(spec, dest: str) -> None:
    assert not spec["keep"](dest)


def test_no_webengine_qml_or_multimedia_python_modules(spec) -> None:
    excluded = set(spec["EXCLUDES"])
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{module}" in excluded


def test_windows_installer_script_installs_per_user_the_folder_pyinstaller_makes() -> None:
    iss = (ROOT / "packaging" / "windows" / "kehoach.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}", iss, re.M)
    assert r'Source: "..\..\dist\kehoach\*"' in iss
    assert "kehoach.exe" in iss
    assert re.search(r"^SetupIconFile=..\\..\\resources\\icons\\kehoach.ico$", iss, re.M)
