"""gettext for the CLI: catalogs in ``locales/``, read with polib, one language per run.

The catalogs are the ``.po`` files themselves, turned into GNU translations in memory by polib
(``POFile.to_binary``): no ``.mo`` is committed or built, so a wheel, a source checkout and an
editable install all speak the same three languages and can never disagree with the ``.po``
files that translators edit. Reading a catalog costs a few milliseconds, once per run.

Messages use named placeholders filled after lookup::

    _("{file}: not a glossary").format(file=name)
    ngettext("{n} term", "{n} terms", n).format(n=n)

The plural rules come from each catalog's ``Plural-Forms`` header (Russian: one/few/many).
"""

from __future__ import annotations

import gettext as _gettext
import io
import os
from collections.abc import Mapping
from functools import cache

import polib

from toolkit.lang import Lang, UnknownLanguage, parse_lang
from toolkit.resources import locales_dir

__all__ = [
    "DOMAIN",
    "current_language",
    "gettext",
    "ngettext",
    "pick_language",
    "set_language",
]

DOMAIN = "tilmash"

_current: Lang = Lang.EN

@cache
def _translations(lang: Lang) -> _gettext.NullTranslations:
    path = locales_dir() / lang.value / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return _gettext.NullTranslations()
    catalog = polib.pofile(str(path), encoding="utf-8")
    # to_binary() keeps translated, non-fuzzy entries only: an untranslated message falls back
    # to the English msgid instead of showing as an empty string.
    return _gettext.GNUTranslations(io.BytesIO(catalog.to_binary()))

def set_language(lang: Lang) -> None:
    """Make ``lang`` the language of every message from now on."""
    global _current
    _current = lang

def current_language() -> Lang:
    """The language messages are in now."""
    return _current

def gettext(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _translations(_current).gettext(message)

def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count, by the current language's plural rules."""
    return _translations(_current).ngettext(singular, plural, n)

def pick_language(option: str | None, environ: Mapping[str, str] | None = None) -> Lang:
    """Choose the UI language: ``--lang``, else ``TILMASH_LANG``, else the POSIX locale, else en.

    ``option`` and ``TILMASH_LANG`` are explicit choices: an unknown code there raises
    :class:`~toolkit.lang.UnknownLanguage`. The POSIX variables (LANGUAGE, which may list several
    languages separated by colons, then LC_ALL, LC_MESSAGES, LANG) describe the whole system, so
    a language tilmash does not speak there simply passes to the next one.

    >>> pick_language(None, {"LANG": "ru_RU.UTF-8"})
    <Lang.RU: 'ru'>
    >>> pick_language(None, {"LANGUAGE": "de:kk", "LANG": "ru_RU.UTF-8"})
    <Lang.KK: 'kk'>
    >>> pick_language(None, {"LANG": "C.UTF-8"})
    <Lang.EN: 'en'>
    """
    env = os.environ if environ is None else environ
    if option:
        return parse_lang(option)
    if env.get("TILMASH_LANG"):
        return parse_lang(env["TILMASH_LANG"])
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        for code in value.split(":") if var == "LANGUAGE" else [value]:
            if not code or code.split(".")[0] in ("C", "POSIX"):
                continue
            try:
                return parse_lang(code)
            except UnknownLanguage:
                continue
        # POSIX: LC_ALL, once set, decides; LANGUAGE is consulted only when it names a language.
        if var == "LC_ALL" and value:
            break
    return Lang.EN
