"""Refresh the translations: pyside6-lupdate (sources → .ts), then pyside6-lrelease (.ts → .qm).

Run after changing any text shown by the interface: ``python translations/update.py``.

- The sources are ``kehoach_desktop/qt`` (``self.tr``, ``QCoreApplication.translate``,
  ``QT_TRANSLATE_NOOP``) and the Designer forms in ``ui/``.
- ``kehoach_vi.ts`` is the source language: every message is its own translation (filled in
  here), so that plural forms (``%n``) follow Vietnamese rules.
- ``kehoach_en.ts`` is translated by people (Qt Linguist, or by hand): new messages arrive as
  "unfinished" and the tests fail until each has an English translation.
- ``qtbase_vi.ts`` holds Vietnamese for Qt's own texts (standard buttons, context menus, the
  file and print dialogs), which Qt does not ship: its contexts and sources are Qt's, so it is
  written by hand and only compiled here (lrelease, never lupdate).
- ``--check`` writes nothing and exits 1 when a .ts lacks messages of the sources or a .qm is
  out of date (the tests run the same checks).
"""

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "translations"
SOURCES = [ROOT / "kehoach_desktop" / "qt", *sorted((ROOT / "ui").glob("*.ui"))]
LANGUAGES = ("vi", "en")
#: Qt's own texts in Vietnamese: (hand-written .ts, compiled .qm).
QT_OWN = (FOLDER / "qtbase_vi.ts", FOLDER / "qtbase_vi.qm")


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"kehoach_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"kehoach_{language}.qm"


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            "-extensions",
            "py,ui",
            *[str(s) for s in SOURCES],
            "-source-language",
            "vi_VN",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def drop_extracted_comments(ts: Path) -> None:
    """lupdate reads ``#:`` comments as notes for translators; in this code they document
    attributes, so they are dropped rather than shown next to an unrelated message."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
    _write(tree, ts)


def fill_source_language(ts: Path) -> None:
    """In the Vietnamese file every message translates to itself."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a .ts file."""
    found = set()
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def update(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        lupdate(ts, language)
        drop_extracted_comments(ts)
        if language == "vi":
            fill_source_language(ts)
        lrelease(ts, qm_file(language, folder))
    lrelease(*QT_OWN)


def check() -> list[str]:
    """What is out of date: messages missing from a .ts, or a .qm not built from its .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_file(language)
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate(copy, language)
            missing = messages(copy) - messages(ts)
            gone = messages(ts) - messages(copy)
            if missing:
                problems.append(f"{ts.name}: {len(missing)} new message(s), e.g. {min(missing)}")
            if gone:
                problems.append(f"{ts.name}: {len(gone)} message(s) no longer in the sources")
            built = Path(tmp) / f"kehoach_{language}.qm"
            lrelease(ts, built)
            if not qm_file(language).exists() or not filecmp.cmp(
                built, qm_file(language), shallow=False
            ):
                problems.append(f"{qm_file(language).name} is not built from {ts.name}")
        ts, qm = QT_OWN
        built = Path(tmp) / qm.name
        lrelease(ts, built)
        if not qm.exists() or not filecmp.cmp(built, qm, shallow=False):
            problems.append(f"{qm.name} is not built from {ts.name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    update()
    for language in LANGUAGES:
        print(f"{ts_file(language).relative_to(ROOT)} -> {qm_file(language).relative_to(ROOT)}")
    print(" -> ".join(str(path.relative_to(ROOT)) for path in QT_OWN))
    return 0


if __name__ == "__main__":
    sys.exit(main())
