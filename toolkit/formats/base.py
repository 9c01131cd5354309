"""What the document readers produce: segment pairs with the lines they start on.

A bilingual reader (TSV, PO, XLIFF) turns a file's bytes into a :class:`Bilingual`: the
segments and the languages the file declares. A multilingual one (TMX) gives every language of
each unit, and the caller picks the pair. :mod:`toolkit.check.inputs` maps extensions to readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.lang import Lang, UnknownLanguage, parse_lang

__all__ = ["Bilingual", "Segments", "lang_from_filename"]


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
    says nothing: then the options or the file name must)."""

    segments: Segments
    source_lang: Lang | None = None
    target_lang: Lang | None = None


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
