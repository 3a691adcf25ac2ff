"""kehoach_desktop/sync reads and writes files and talks to servers; it never touches the
store or Qt (services/ does the store work, qt/ the widgets)."""

import ast
from pathlib import Path

SYNC = Path(__file__).resolve().parents[2] / "kehoach_desktop" / "sync"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def test_the_sync_package_touches_neither_the_store_nor_qt() -> None:
    for path in SYNC.glob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("sqlmodel", "sqlalchemy", "PySide6")), (path, name)
            assert not name.startswith(("..db", "..services", "..qt")), (path, name)
