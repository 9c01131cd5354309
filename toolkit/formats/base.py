"""What the document readers produce: segment pairs with the lines they start on.

Every reader (TSV, PO, XLIFF, TMX) turns a file's bytes into the one document type,
:class:`Bilingual`: the segments and the languages the file declares. A multilingual file
(TMX) is read into one of its language pairs, the one the caller wants, else the one it can
tell. :mod:`toolkit.formats.registry` maps names and extensions to readers.

A unit without a translation is no segment: there is nothing to check in it. Readers count
such units (``untranslated``) so that the report can say how many were left out, alike for
every format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.lang import Lang, UnknownLanguage, parse_lang

__all__ = ["Bilingual", "Segments", "known_lang", "lang_from_filename"]


@dataclass(frozen=True)
class Segments:
    """The texts of one document pair: ``sources[i]`` translates to ``targets[i]``; lines are
    1-based lines in the source and target files where each segment starts."""

    sources: Sequence[str]
    targets: Sequence[str]
    source_lines: Sequence[int]
    target_lines: Sequence[int]
    fuzzy: Sequence[bool] = ()


@dataclass(frozen=True)
class Bilingual:
    """Segment pairs read from one file, with the languages the file declares (None where it
    says nothing, or names a language other than kk, ru and en: then the options or the file
    name must).

    ``source_code`` and ``target_code`` are the codes as the file writes them ("nl-nl"), so
    that an option overriding them can say what it overrides; ``untranslated`` counts the units
    with no translation, left out of the segments; ``notes`` are (localised) remarks about how
    the file was read, shown once to the user.
    """

    segments: Segments
    source_lang: Lang | None = None
    target_lang: Lang | None = None
    source_code: str | None = None
    target_code: str | None = None
    untranslated: int = 0
    notes: tuple[str, ...] = ()


def known_lang(code: str | None) -> Lang | None:
    """The :class:`Lang` of a code a file declares, None when it is absent or not kk/ru/en.

    >>> known_lang("ru-RU"), known_lang("kk-Latn"), known_lang("nl-nl"), known_lang(None)
    (<Lang.RU: 'ru'>, <Lang.KK: 'kk'>, None, None)
    """
    if not code:
        return None
    try:
        return parse_lang(code)
    except UnknownLanguage:
        return None


_SUFFIX = re.compile(r"\.([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.[A-Za-z0-9]+$")


def lang_from_filename(name: str) -> Lang | None:
    """The language a name like ``article.ru.txt`` or ``draft.kk-KZ.txt`` declares, if any.

    >>> lang_from_filename("article.ru.txt"), lang_from_filename("notes.txt")
    (<Lang.RU: 'ru'>, None)
    """
    match = _SUFFIX.search(name)
    if not match:
        return None
    try:
        return parse_lang(match.group(1))
    except UnknownLanguage:
        return None
