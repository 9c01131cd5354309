"""Normalization for matching keys, with a map back to the original offsets.

:func:`normalize` unifies what differs between keyboards and typesetting but not between words:
Unicode composition (NFC), quotation marks, dashes, exotic spaces, soft hyphens and zero-width
characters. The result is only for finding things; :class:`NormalizedText` maps every position
back to the original string, so that a mention is always reported in the user's own text.

:func:`fold` is the case-insensitive key of a word (case folding, ё→е).

>>> n = normalize("«Сибирь\u00a0— будущее»")
>>> n.text
'"Сибирь - будущее"'
>>> n.original_span(1, 7)
(1, 7)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["NormalizedText", "fold", "normalize"]

# Typographic variants of the same punctuation. Quotes become ", apostrophes ', dashes -.
_CHAR_MAP = {
    **dict.fromkeys("«»“”„‟〝〞＂", '"'),
    **dict.fromkeys("‘’‚‛′ʼ`´", "'"),
    **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                    "\u202f\u205f\u3000\t", " "),
}
# Invisible characters that only steer typesetting: dropped from keys.
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True)
class NormalizedText:
    """Normalized ``text`` and, for each of its positions, the position in the original.

    ``offsets`` has ``len(text) + 1`` entries; the last is the original length, so that an
    end-exclusive span maps with the same table.
    """

    text: str
    offsets: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the normalized span [start, end)."""
        return self.offsets[start], self.offsets[end]


_TABLE = str.maketrans(_CHAR_MAP)
# Combining marks (the blocks that occur in Cyrillic and Latin text) and dropped characters:
# text without them keeps its length, and normalizing it is one str.translate.
_SLOW = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
                   "\ufe20-\ufe2f" + "".join(sorted(_DROP)) + "]")


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching; see the module docstring."""
    if not _SLOW.search(text):
        return NormalizedText(text.translate(_TABLE), range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        # A base character with its combining marks is composed as one cluster.
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _DROP:
            i = j
            continue
        composed = unicodedata.normalize("NFC", cluster) if j - i > 1 else cluster
        for char in composed:
            out.append(_CHAR_MAP.get(char, char))
            offsets.append(i)
        i = j
    offsets.append(n)
    return NormalizedText("".join(out), offsets)


# Latin letters that look Cyrillic. A Cyrillic word with one of them inside ("Mоливуд" with a
# Latin M) is a typing slip that no reader sees; its key is the all-Cyrillic word.
_HOMOGLYPHS = str.maketrans("aABcCeEHiIkKMoOpPTxXyY", "аАВсСеЕНіІкКМоОрРТхХуУ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def fold(word: str) -> str:
    """The case-insensitive key of a word: NFC, Latin look-alikes in Cyrillic words replaced,
    case folded, ё→е.

    >>> fold("Ерёмин") == fold("ЕРЕМИН")
    True
    >>> fold("Mоливуд") == fold("Моливуд")
    True
    """
    word = unicodedata.normalize("NFC", word)
    if _LATIN.search(word) and _CYRILLIC.search(word):
        word = word.translate(_HOMOGLYPHS)
    return word.casefold().replace("ё", "е")
