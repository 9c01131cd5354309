"""Tokens with their offsets in the original text.

A token is a word (letters and digits, with inner hyphens and apostrophes: "Кара-оол",
"ҚР-ның", "2021-ші", "d'Ivoire") or a single punctuation mark. Words joined by a hyphen stay one
token and expose their ``parts``, so the matcher can read "РФ-дағы" as the acronym РФ with a
Kazakh suffix and "Кара-оолом" as an inflected double surname.

Why not sacremoses here: the matcher needs every token's exact place in the user's text, and
Moses tokenizers return strings only; re-aligning them costs more than this one expression.
sacremoses' non-breaking prefix lists are used where they fit, by the sentence splitter.

>>> [(t.text, t.start, t.end) for t in tokenize("Послом РК в\u00a0РФ-дағы «КЭФ»")][:3]
[('Послом', 0, 6), ('РК', 7, 9), ('в', 10, 11)]
>>> tokenize("ҚР-ның")[0].parts
('ҚР', 'ның')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from toolkit.text.normalize import normalize

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(r"\w+(?:['-]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """``text`` is normalized (quotes and dashes unified); ``start``/``end`` index the original.

    A named tuple rather than a frozen dataclass: a check makes hundreds of thousands of tokens,
    and a tuple is several times cheaper to build.
    """

    text: str
    start: int
    end: int
    is_word: bool

    @property
    def parts(self) -> tuple[str, ...]:
        """The hyphen-separated parts of a word ("РФ-дағы" → ("РФ", "дағы"))."""
        return tuple(self.text.split("-")) if self.is_word else (self.text,)


@lru_cache(maxsize=8192)
def tokenize(text: str) -> tuple[Token, ...]:
    """All tokens of ``text``, in order, with original offsets.

    Cached: a check reads each segment with the target matcher, the source matcher (for
    untranslated terms) and the misspelling search; the tokens are made once.
    """
    normalized = normalize(text)
    if isinstance(normalized.offsets, range):  # same length: offsets are the identity
        return tuple(Token(value, m.start(), m.end(), value[0].isalnum() or value[0] == "_")
                     for m in _TOKEN.finditer(normalized.text) for value in (m.group(),))
    tokens = []
    for match in _TOKEN.finditer(normalized.text):
        start, end = normalized.original_span(match.start(), match.end())
        value = match.group()
        tokens.append(Token(value, start, end, value[0].isalnum() or value[0] == "_"))
    return tuple(tokens)
