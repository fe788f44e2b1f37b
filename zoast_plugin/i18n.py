"""Install the plugin's translator for the QGIS interface language."""

from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.errors import TRANSLATION_CONTEXT, InputError

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SUPPORTED_LANGUAGES = ("fr", "nl")


def interface_language() -> str:
    """Two-letter language of the QGIS interface ("en" when unknown).

    QGIS stores the user's choice in ``locale/userLocale`` when the override flag is
    set; otherwise it follows the system locale.
    """
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QgsApplication.locale() or QLocale.system().name()
    return (name or "en")[:2].lower()


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Load ``i18n/zoast_<lang>.qm`` into the application; None for English or a missing file."""
    language = language or interface_language()
    if language not in SUPPORTED_LANGUAGES:
        return None
    qm_file = I18N_DIR / "zoast_{}.qm".format(language)
    translator = QTranslator()
    if not qm_file.exists() or not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def translate_error(error: InputError) -> str:
    """A core error in the interface language (its template is translated, then filled)."""
    return error.format(QCoreApplication.translate(TRANSLATION_CONTEXT, error.template))  # i18n: dynamic


def interface_locale() -> QLocale:
    """The locale QGIS formats numbers and dates with, read from the QGIS settings.

    QGIS Desktop makes it the default QLocale at start-up, but ``qgis_process`` and scripts do
    not: output meant for a reader (the report) asks for it here instead of using ``QLocale()``.
    With the override flag, QGIS uses ``locale/globalLocale`` (the "numbers and dates" choice) or
    else the interface language; without it, the system locale.
    """
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/globalLocale", "") or settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    locale = QLocale(name) if name else QLocale.c()
    if locale.language() == QLocale.Language.C:  # "C"/"POSIX" machines: English, with thousands separators
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale
