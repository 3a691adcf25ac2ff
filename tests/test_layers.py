"""Only kehoach_desktop/qt/ (and the entry point that starts it) may import PySide6."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kehoach_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_qt_package_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "PySide6" in _imports(path) and path.relative_to(PACKAGE).parts[0] != "qt"
    ]
    assert offenders == []
    assert any("PySide6" in _imports(p) for p in (PACKAGE / "qt").rglob("*.py"))


def test_core_imports_neither_the_database_nor_qt() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        assert not {"sqlmodel", "sqlalchemy", "PySide6"} & _imports(path), path


def test_reports_and_importers_never_touch_the_store() -> None:
    for folder in ("reports", "importers"):
        for path in (PACKAGE / folder).rglob("*.py"):
            imports = _imports(path)
            text = path.read_text(encoding="utf-8")
            assert not {"sqlmodel", "sqlalchemy", "PySide6"} & imports, path
            assert "..db" not in text and "kehoach_desktop.db" not in text, path


def test_widgets_never_query_the_database() -> None:
    for path in (PACKAGE / "qt").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlmodel" not in text and "sqlalchemy" not in text, path
        assert ".db." not in text and "from ...db" not in text, path
