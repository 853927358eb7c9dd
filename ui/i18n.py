"""Loading the interface translation (Qt Linguist .qm files in ui/translations/)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_installed: list[QTranslator] = []


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Install repatplan's and Qt's own translations for `language` ("en" needs none).
    Returns True when repatplan's translation was loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return False
    ours = QTranslator(app)
    loaded = ours.load(str(TRANSLATIONS / f"repatplan_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s", language)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return loaded


def translate_in(context: str, text: str) -> str:
    """A module-level `tr()`: its own context first (strings marked with QT_TRANSLATE_NOOP
    there), else the empty context, where pyside6-lupdate files the strings of module-level
    `tr("…")` calls."""
    out = QCoreApplication.translate(context, text)
    return out if out != text else QCoreApplication.translate("", text)
