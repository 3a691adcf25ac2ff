"""Compile every Qt Designer form in ui/ into kehoach_desktop/qt/forms/ui_*.py (pyside6-uic).

Run after editing a .ui file: ``python ui/build_forms.py``. The generated modules are
committed (never loaded from .ui at run time); tests check they are up to date.

pyside6-uic imports some thirty Qt names whatever the form uses, ``Qt`` among them; with
PySide6 making each class and enum on first use, that alone costs ~25 ms before the main window
can paint. The imports the form does not use are removed (ruff's F401 fix).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "kehoach_desktop" / "qt" / "forms"


def compile_form(source: Path, target: Path) -> None:
    subprocess.run(["pyside6-uic", "--from-imports", str(source), "-o", str(target)], check=True)
    subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", "--isolated", "--select", "F401",
         "--fix", "--unsafe-fixes", str(target)],
        check=True,
    )  # fmt: skip


def main() -> int:
    for source in sorted((ROOT / "ui").glob("*.ui")):
        target = FORMS / f"ui_{source.stem}.py"
        compile_form(source, target)
        print(f"{source.name} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
