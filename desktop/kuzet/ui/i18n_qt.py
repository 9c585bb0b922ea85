"""The UI's language: English, Russian or Kazakh, from Settings or the system locale.

The choice is per user and lives in the UI settings file (``kuzet-ui.ini``, key
``ui/language``: ``system``, ``en``, ``ru`` or ``kk``), so it is known before the database
opens and start-up stays fast: this module imports no database code. ``apply_language``
loads Kuzet's ``kuzet_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm`` (standard buttons and
dialogs), sets the default ``QLocale``, and routes ``kuzet.i18n.tr`` through Qt. A change
in Settings takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import i18n, paths

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
SYSTEM = "system"
SETTING = "ui/language"
CONTEXT = "Kuzet"
_installed: list[QTranslator] = []
_current = "en"
_default_locale: QLocale | None = None


def _locale(language: str) -> QLocale:
    # Built on demand: Qt's enums cost start-up time when first touched.
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if language == "kk":
        return QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def system_language() -> str:
    """The system locale's language if Kuzet speaks it (ru, kk), else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings) -> str:
    """What the officer chose in Settings: ``system`` or a language code."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def choose_language(settings: QSettings, language: str) -> None:
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings.setValue(SETTING, language)
    settings.sync()


def effective_language(settings: QSettings) -> str:
    chosen = chosen_language(settings)
    return system_language() if chosen == SYSTEM else chosen


def current_language() -> str:
    """The language the running UI shows."""
    return _current


def qm_file(language: str) -> str:
    return str(paths.translations_dir() / f"kuzet_{language}.qm")


def apply_language(language: str) -> bool:
    """Show the UI in ``language`` from now on (widgets built later); False if its
    translation file is missing (the UI then stays in English)."""
    global _current, _default_locale
    if language not in LANGUAGES:
        language = "en"
    if language == "en" and _current == "en" and not _installed:
        return True  # English is what the code is written in: nothing to load
    app = QCoreApplication.instance()
    reset()
    if _default_locale is None:
        _default_locale = QLocale()
    ok = True
    if language != "en" and app is not None:
        ours = QTranslator(app)
        ok = ours.load(qm_file(language))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
            qt_own = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", folder):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
            i18n.install(lambda text: QCoreApplication.translate(CONTEXT, text), language)
        else:
            language = "en"
    QLocale.setDefault(_locale(language))
    _current = language
    return ok


def reset() -> None:
    """Back to English (tests switch languages; nothing leaks into the next test)."""
    global _current
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    i18n.install(lambda text: text)
    if _default_locale is not None:
        QLocale.setDefault(_default_locale)
    _current = "en"
