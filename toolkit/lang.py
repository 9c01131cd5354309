"""The three languages of tilmash, parsed once at the edge.

Every module inside the package works with :class:`Lang` values; strings from users, files and
environment variables are turned into a ``Lang`` by :func:`parse_lang`, which refuses what it does
not know instead of guessing (an unknown language is an error, never a silent fallback).

>>> parse_lang("KK")
<Lang.KK: 'kk'>
>>> parse_lang("ru-RU")
<Lang.RU: 'ru'>
>>> parse_lang("en_GB.UTF-8")
<Lang.EN: 'en'>
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["LANGS", "Lang", "UnknownLanguage", "parse_lang"]


class Lang(StrEnum):
    """A language of the glossary and of the CLI. The order kk, ru, en is the display order."""

    KK = "kk"
    RU = "ru"
    EN = "en"


LANGS: tuple[Lang, ...] = (Lang.KK, Lang.RU, Lang.EN)

# Region, script and encoding parts are accepted and ignored ("kk-Cyrl-KZ", "ru_RU.UTF-8").
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*(?:\.[A-Za-z0-9_-]+)?(?:@\w+)?$")
# ISO 639-2/3 codes people also write.
_ALIASES = {"kaz": Lang.KK, "rus": Lang.RU, "eng": Lang.EN}


class UnknownLanguage(ValueError):
    """A language code that is not kk, ru or en. ``code`` holds what was given."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_lang(code: str) -> Lang:
    """Return the :class:`Lang` for a code such as ``kk``, ``ru-RU`` or ``en_GB.UTF-8``.

    Raises :class:`UnknownLanguage` for anything else.
    """
    match = _TAG.match(code.strip())
    if not match:
        raise UnknownLanguage(code)
    primary = match.group(1).lower()
    if primary in _ALIASES:
        return _ALIASES[primary]
    try:
        return Lang(primary)
    except ValueError:
        raise UnknownLanguage(code) from None
