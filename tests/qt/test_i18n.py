"""Translations: Vietnamese source texts, English second language (Qt .ts → .qm), and the
interface switching language in place."""

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
)

from kehoach_desktop.core import domain
from kehoach_desktop.core.warnings import WARNING_KIND_LABELS
from kehoach_desktop.qt import i18n, vocabulary
from kehoach_desktop.qt.app import Desktop
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.qt.views.main_window import PAGES
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
QT_SOURCES = ROOT / "kehoach_desktop" / "qt"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%L?n|%\d")
# Letters that only Vietnamese uses (ă â đ ê ô ơ ư) and the tone-marked vowels.
VIETNAMESE_ONLY = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"kehoach_{language}.ts")
    found = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            found.append(
                (context.findtext("name") or "", message.findtext("source") or "", message)
            )
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_english_message_is_translated() -> None:
    messages = _messages("en")
    assert len(messages) > 300
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            context,
            source,
        )
        for text in _translations(message):
            assert text.strip(), (context, source)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_placeholders_match(language: str) -> None:
    for context, source, message in _messages(language):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in _translations(message):
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)


def test_the_format_calls_use_the_placeholders_of_their_texts() -> None:
    """``self.tr("… {name} …").format(name=…)``: every placeholder of the text is given."""
    for path in QT_SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Call)
            ):
                continue
            inner = node.func.value
            name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
            if name not in ("tr", "translate") or len(inner.args) < (
                2 if name == "translate" else 1
            ):
                continue
            text = inner.args[1] if name == "translate" else inner.args[0]
            if not isinstance(text, ast.Constant):
                continue
            wanted = {p.strip("{}") for p in re.findall(r"\{[A-Za-z_]+\}", text.value)}
            given = {k.arg for k in node.keywords}
            if None in given:  # **mapping
                continue
            assert wanted <= given, (
                f"{path.name}:{node.lineno}: {text.value!r} lacks {wanted - given}"
            )


def test_texts_for_the_translator_are_literals() -> None:
    """lupdate reads literals only: an f-string inside tr() would never be translated."""
    for path in QT_SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                    assert not any(isinstance(a, ast.JoinedStr) for a in node.args), (
                        f"{path.name}:{node.lineno}"
                    )


def test_the_vocabulary_covers_every_label_of_the_domain() -> None:
    labels = [
        *domain.TASK_STATUS_LABELS.values(),
        *domain.METRIC_LABELS.values(),
        *domain.WEEK_STATE_LABELS.values(),
        *domain.ACTIVITY_KIND_LABELS.values(),
        *WARNING_KIND_LABELS.values(),
        *(state.label for state in domain.EvidenceReview),
    ]
    missing = [label for label in labels if label not in vocabulary.WORDS]
    assert not missing


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_ts_files_hold_every_text_and_qm_files_are_built_from_them() -> None:
    """Rebuild: lupdate over the sources finds nothing new, lrelease gives the same .qm."""
    import sys

    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import update
    finally:
        sys.path.remove(str(TRANSLATIONS))
    assert update.check() == []


def test_numbers_and_dates_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.format_number(1234567) == "1.234.567"
    assert i18n.format_percent(Decimal("85.65")) == "85,7%"
    assert i18n.format_date(date(2026, 11, 22)) == "22/11/2026"
    assert i18n.format_money_million(Decimal("2.5")) == "2,5"
    i18n.install_translators("en")
    assert i18n.format_number(1234567) == "1,234,567"
    assert i18n.format_number(Decimal("1234.5"), 1) == "1,234.5"
    assert i18n.format_percent(Decimal("85.65")) == "85.7%"
    assert i18n.format_percent(100) == "100%"
    assert i18n.format_money_million(3440) == "3,440"
    assert i18n.format_money_million(Decimal("2.5")) == "2.5"
    assert i18n.format_date(date(2026, 11, 22)) == "22 Nov 2026"


# ---------------------------------------------------------------- the interface in English


def _chrome(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, text) of the interface's own words on the page shown: titles, section titles,
    buttons, check boxes, group boxes, tabs, column headers, form labels, search hints."""
    page = window.ui.pages.currentWidget()
    found: list[tuple[str, str]] = []
    for label in page.findChildren(QLabel):
        if label.objectName() in ("pageTitle", "sectionTitle", "cardCaption"):
            found.append((label.objectName(), label.text()))
    for layout in page.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                found.append(("form label", item.widget().text()))
    for kind in (QPushButton, QCheckBox, QRadioButton):
        for button in page.findChildren(kind):
            found.append((kind.__name__, button.text()))
    for box in page.findChildren(QGroupBox):
        found.append(("group", box.title()))
    for bar in page.findChildren(QTabBar):
        found += [("tab", bar.tabText(i)) for i in range(bar.count())]
    for header in page.findChildren(QHeaderView):
        model = header.model()
        if model is None or header.isHidden():
            continue
        for section in range(header.count()):
            text = model.headerData(section, header.orientation())
            if isinstance(text, str) and not text.isdigit():
                found.append(("header", text))
    for edit in page.findChildren(QLineEdit):
        if edit.placeholderText() and not edit.property("vietnameseExample"):
            found.append(("placeholder", edit.placeholderText()))
    return found


@pytest.fixture
def desktop(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    desktop = Desktop(demo_dir, SyncTaskRunner(), today=DEMO_TODAY)
    desktop.window.show()
    desktop.start()
    yield desktop
    desktop.window.sync_controller.stop()
    desktop.window.close()


def _choose_language(window, code: str) -> None:  # type: ignore[no-untyped-def]
    """What the officer does: pick the language in Cài đặt's combo."""
    window.show_page("cai-dat")
    combo = window.settings_page.language
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_switching_to_english_changes_every_page(desktop, qtbot) -> None:  # type: ignore[no-untyped-def]
    old = desktop.window
    vietnamese = [old.ui.navigation.item(i).text() for i in range(old.ui.navigation.count())]
    assert vietnamese[1] == "Kế hoạch & nhiệm vụ"
    with qtbot.waitSignal(desktop.window_replaced, timeout=10000):
        _choose_language(old, "en")
    window = desktop.window
    assert window is not old
    assert window.current_page_key() == "cai-dat"  # the officer stays where they were
    assert window.isVisible()
    navigation = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert navigation == [
        "Overview",
        "Plan & tasks",
        "Targets",
        "Hamlet figures",
        "Community tech team log",
        "Reports",
        "Sync",
        "Settings",
    ]
    assert window.settings_page.language.currentData() == "en"
    assert window.task_model.task_count() == 31  # the store is still open and shown
    offending = []
    for index, (key, _label) in enumerate(PAGES):
        window.ui.navigation.setCurrentRow(index)
        QApplication.processEvents()
        chrome = _chrome(window)
        assert chrome, key
        offending += [(key, where, text) for where, text in chrome if VIETNAMESE_ONLY.search(text)]
    assert offending == []
    # Data stays as it is: the tasks and hamlets are the commune's own words.
    assert window.task_model.index(1, 1).data() == "CHUYỂN ĐỔI SỐ"
    # The choice is UI state, kept in QSettings for the next start.
    assert i18n.saved_language(desktop.settings) == "en"


def test_switching_back_to_vietnamese(desktop, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desktop.window_replaced, timeout=10000):
        _choose_language(desktop.window, "en")
    assert desktop.window.dashboard.title.text() == "Overview"
    with qtbot.waitSignal(desktop.window_replaced, timeout=10000):
        _choose_language(desktop.window, "vi")
    window = desktop.window
    assert window.dashboard.title.text() == "Tổng quan"
    assert window.indicator_model.headerData(6, Qt.Orientation.Horizontal) == "Đánh giá"


# Vietnamese literals that are not interface text: the language's own name, the bilingual
# language label, hamlet-name prefixes the chart strips.
NOT_INTERFACE_TEXT = {
    ("i18n.py", "Tiếng Việt"),
    ("settings_page.py", "Ngôn ngữ / Language:"),
    ("dashboard.py", "Ấp "),
    ("dashboard.py", "Thôn "),
    ("dashboard.py", "Tổ "),
}


def test_every_vietnamese_text_of_the_interface_goes_through_the_translator() -> None:
    """Any Vietnamese literal in qt/ sits inside tr(), translate() or QT_TRANSLATE_NOOP(),
    or is a domain word the vocabulary translates (word("…")); docstrings aside."""
    found = []
    for path in QT_SOURCES.rglob("*.py"):
        if "forms" in path.parts:
            continue  # generated from ui/*.ui, which lupdate reads
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if not VIETNAMESE_ONLY.search(node.value) or isinstance(parents.get(node), ast.Expr):
                continue
            call = parents.get(node)
            while call is not None and not isinstance(call, ast.Call | ast.stmt):
                call = parents.get(call)
            name = getattr(getattr(call, "func", None), "attr", None) or getattr(
                getattr(call, "func", None), "id", None
            )
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                continue
            if name == "word" and node.value in vocabulary.WORDS:
                continue
            if (path.name, node.value) in NOT_INTERFACE_TEXT:
                continue
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert found == []
