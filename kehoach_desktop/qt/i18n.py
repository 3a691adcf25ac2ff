"""The interface language: Qt translators, the chosen language, and numbers and dates in it.

Source texts are Vietnamese (``self.tr("…")`` and ``QCoreApplication.translate(context, "…")``);
``translations/kehoach_en.ts`` holds the English (pyside6-lupdate → .ts → pyside6-lrelease →
.qm, see ``translations/update.py``). Qt's own strings (dialog buttons, context menus, the file
and print dialogs) come from ``qtbase_<lang>.qm``: Qt ships none for Vietnamese, so ours,
``translations/qtbase_vi.ts``, is loaded unless the Qt build has one.

The language is UI state: it lives in QSettings (``ui/language``), not in the store. Numbers
and dates keep the Vietnamese forms in Vietnamese ("1.234,5", "22/11/2026", as reports print
them) and follow English conventions through babel in English ("1,234.5", "22 Nov 2026").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import paths

if TYPE_CHECKING:
    from ..core import vnformat

VIETNAMESE = "vi"
ENGLISH = "en"
#: (code, the language's own name): each name is written in its own language, so that a
#: person who cannot read the current language still finds theirs.
LANGUAGES = [(VIETNAMESE, "Tiếng Việt"), (ENGLISH, "English")]
SETTINGS_KEY = "ui/language"

_language = VIETNAMESE
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(paths.resource_root() / "translations")


def normalise(language: str | None) -> str:
    """A supported language code ("en_US" → "en"); Vietnamese for anything unknown."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in dict(LANGUAGES) else VIETNAMESE


def current_language() -> str:
    return _language


def saved_language(settings: QSettings | None) -> str:
    if settings is None:
        return VIETNAMESE
    return normalise(str(settings.value(SETTINGS_KEY, VIETNAMESE)))


def save_language(settings: QSettings | None, language: str) -> None:
    if settings is not None:
        settings.setValue(SETTINGS_KEY, normalise(language))
        settings.sync()


def install_translators(language: str) -> str:
    """Make ``language`` the interface language of the running application.

    Removes the translators installed before, loads ``kehoach_<lang>.qm`` and Qt's own
    ``qtbase_<lang>.qm`` (Qt's, or in Vietnamese ours) and sets the default QLocale. Returns
    the language applied. Widgets built after this call speak the new language.
    """
    global _language
    app = QCoreApplication.instance()
    language = normalise(language)
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        ours = QTranslator(app)
        if ours.load(f"kehoach_{language}", translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        if _load_qt_own(qt_own, language):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    if language == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    _language = language
    return language


def _load_qt_own(translator: QTranslator, language: str) -> bool:
    """Qt's translation of its own texts: the one of the Qt build, else, in Vietnamese, ours."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", qt_folder):
        return True
    return language == VIETNAMESE and translator.load("qtbase_vi", translations_dir())


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` (lupdate reads calls to it with literal arguments). A text
    held in a variable is marked where it is written, ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# ----------------------------------------------------------------------- numbers and dates


def _english_decimal(number: Decimal) -> str:
    from babel.numbers import format_decimal

    places = -number.as_tuple().exponent if number.as_tuple().exponent < 0 else 0  # type: ignore[operator]
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(number, format=pattern, locale="en", decimal_quantization=True)


def format_number(value: vnformat.Number, decimals: int = 0) -> str:
    """ "1.234,5" in Vietnamese, "1,234.5" in English (rounded half up in both)."""
    from ..core import vnformat

    if _language != ENGLISH:
        return vnformat.format_number(value, decimals)
    return _english_decimal(vnformat.round_half_up(value, decimals))


def format_percent(value: vnformat.Number, decimals: int = 1) -> str:
    """A value already in percent: "85,7%" / "85.7%"; whole numbers without decimals."""
    from ..core import vnformat

    if _language != ENGLISH:
        return vnformat.format_percent(value, decimals)
    rounded = vnformat.round_half_up(value, decimals)
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    return _english_decimal(rounded) + "%"


def format_money_million(value: vnformat.Number) -> str:
    """An amount in million đồng with only the decimals it needs: "3.440" / "3,440"."""
    from ..core import vnformat

    if _language != ENGLISH:
        return vnformat.format_money_million(value)
    text = _english_decimal(vnformat.round_half_up(value, 6))
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_date(value: date) -> str:
    """ "22/11/2026" in Vietnamese, "22 Nov 2026" in English."""
    from ..core import vnformat

    if _language != ENGLISH:
        return vnformat.format_date(value)
    from babel.dates import format_date as babel_date

    return babel_date(value, "d MMM yyyy", locale="en")


def date_display_format() -> str:
    """The display format of date edits (QDateEdit.setDisplayFormat)."""
    return "d MMM yyyy" if _language == ENGLISH else "dd/MM/yyyy"
