"""QSettings keys and helpers. Organisation and application names are set once at start
(`ui.app.configure_application`), after which a bare `QSettings()` is used with "group/key"
names and typed defaults (as Frescobaldi does)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "repatplan"
APPLICATION = "repatplan"

LAST_DB = "session/last_db"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
WINDOW_SCREEN = "window/screen"


def screen_key(screen: str, name: str) -> str:
    """Per-screen settings, e.g. screen_key("people", "header") → "screens/people/header"."""
    return f"screens/{screen}/{name}"


def use_private_settings(directory: str | os.PathLike[str]) -> None:
    """Send every `QSettings()` of this process to INI files under `directory`, so tests,
    benchmarks and screenshot runs never read or write the user's real settings."""
    QStandardPaths.setTestModeEnabled(True)
    path = str(Path(directory))
    fmt = QSettings.Format.IniFormat
    QSettings.setDefaultFormat(fmt)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(fmt, scope, path)


def read_str(key: str, default: str = "") -> str:
    value = QSettings().value(key, default)
    return value if isinstance(value, str) else default

OPERATOR_NAME = "operator/name"
OPERATOR_ID = "operator/id"
OPERATOR_AGENCY = "operator/agency"
LANGUAGE = "ui/language"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文 (Simplified Chinese)"}


def operator() -> tuple[str, str, str]:
    """(name, ID, agency) of the operator, as entered once; '' where not set."""
    return read_str(OPERATOR_NAME), read_str(OPERATOR_ID), read_str(OPERATOR_AGENCY)


def actor_text(name: str, ident: str, agency: str) -> str:
    """How edits record the operator: "Name (ID, Agency)"."""
    details = ", ".join(x for x in (ident, agency) if x)
    return f"{name} ({details})" if details else name


def current_actor() -> str:
    """The actor passed to every service call; '' until the operator has said who they are."""
    name, ident, agency = operator()
    return actor_text(name, ident, agency) if name else ""


def save_operator(name: str, ident: str, agency: str) -> None:
    s = QSettings()
    s.setValue(OPERATOR_NAME, name.strip())
    s.setValue(OPERATOR_ID, ident.strip())
    s.setValue(OPERATOR_AGENCY, agency.strip())


def language() -> str:
    value = read_str(LANGUAGE, "en")
    return value if value in LANGUAGES else "en"
