"""The compiled Designer forms in kehoach_desktop/qt/forms are what ui/build_forms.py makes of
the .ui files in ui/ (someone who edits a form and forgets to compile it is told here)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _build_forms():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "ui" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize("source", FORMS, ids=lambda p: p.name)
def test_each_compiled_form_is_up_to_date(source: Path, tmp_path: Path) -> None:
    target = tmp_path / f"ui_{source.stem}.py"
    _build_forms().compile_form(source, target)
    committed = ROOT / "kehoach_desktop" / "qt" / "forms" / target.name
    assert _body(committed) == _body(target)


def _body(path: Path) -> list[str]:
    """The compiled form without the line naming the uic version that wrote it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith("## Created by:")]


def test_a_compiled_form_imports_only_what_it_uses() -> None:
    # `Qt` alone costs ~15 ms to import with PySide6 6.x: not before the first paint.
    text = (ROOT / "kehoach_desktop" / "qt" / "forms" / "ui_main_window.py").read_text()
    assert "QConicalGradient" not in text and ", Qt)" not in text
    assert FORMS, "no .ui form found"
