"""Translatable text, for the UI and for the messages the core shows to the officer.

Write every user-visible string as ``tr("English text")``; for text with values, translate
the template and format after: ``tr("Licence #{id} already exists.").format(id=7)``.
The core stays Qt-free: it calls this module's ``tr``, which is the identity until the UI
installs Qt's translator (``install``); ``packaging/translations.py`` extracts the
``tr("...")`` literals into the Qt ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = lambda text: text  # noqa: E731


def tr(text: str) -> str:
    return _translate(text)


def install(translate: Callable[[str], str]) -> None:
    """Route ``tr`` through ``translate`` (the UI passes Qt's translator)."""
    global _translate
    _translate = translate
