"""What every document reader produces: translation units with texts by language.

A *unit* is one segment of a translated document: its text in each language it has, and the
1-based line where that text starts in its file (for messages and reports). A reader plugs in by
turning a file's bytes into units (``read``) and saying which extensions it takes; the table in
:mod:`toolkit.formats` maps extensions to readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from toolkit.lang import Lang, UnknownLanguage, parse_lang

__all__ = ["Document", "Segments", "Unit", "lang_from_filename"]


@dataclass(frozen=True)
class Unit:
    """One segment of a document: ``texts[lang]`` and ``lines[lang]`` (1-based, in its file).

    ``fuzzy`` marks a translation that its tool flags as not final (PO's fuzzy flag).
    """

    id: str
    texts: dict[Lang, str]
    lines: dict[Lang, int] = field(default_factory=dict)
    fuzzy: bool = False
    note: str = ""


@dataclass
class Document:
    """Units, with the languages the file itself declares (None where it says nothing)."""

    units: list[Unit]
    source_lang: Lang | None = None
    target_lang: Lang | None = None
    langs: tuple[Lang, ...] = ()


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


@dataclass(frozen=True)
class Segments:
    """The texts of one document pair: ``sources[i]`` translates to ``targets[i]``; lines are
    1-based lines in the source and target files where each segment starts."""

    sources: Sequence[str]
    targets: Sequence[str]
    source_lines: Sequence[int]
    target_lines: Sequence[int]
    fuzzy: Sequence[bool] = ()
