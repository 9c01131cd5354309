"""Evidence that a match of a name or a title is really a mention of the glossary's concept.

A word of a term may also be another word: the country Того and the pronoun "того", Chad and
the first name Chad, the title governor and the "Board of Governors". The matcher finds every
place where the words fit; :func:`implausible` then rejects those where the text itself says
they are something else. The rules are about the *text*, never about particular terms:

- **Sentence start** (ru): a capital letter at the start of a sentence is no evidence of a
  name. There a one-word name is kept only when pymorphy3 gives the word a fair chance of
  being a proper name ("То есть", "Тем не менее", "Тот гол" are pronouns and conjunctions).
- **Part of a longer name** (en): a one-word place name written exactly as the glossary has
  it and followed at once by a capitalized word that starts no other mention is the first
  word of a longer name: "Mexico City", "Chad Hammel", "Jordan Spieth", "South China Morning
  Post". Acronyms are exempt ("U.S. Senate", "UK Parliament"): they name the country as a
  modifier. Only English: Russian and Kazakh put names side by side without articles
  ("Қытай мен Ресей Пхеньянның", "Боливия Тынық мұхитқа").
- **Inside a quoted name**: a place inside a short quotation that is itself a name of a
  medium, a work or a company («Вечерняя Москва», “Russia Today”) is not a mention of the
  place. A quotation is a name when it is short, starts with a capital letter and is no
  sentence: in English every long word is capitalized, in Russian no word reads as a verb, in
  Kazakh it has at most three words; and when none of its other words is a word of a place's
  name («Республика Северная Македония» is the state's own name).
- **Inside an organisation's name** (en): a title written with a capital after "<Name> of"
  is part of that name: "Board of Governors", "Council of Ministers".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from toolkit.glossary.model import Kind, Term
from toolkit.lang import Lang
from toolkit.text.normalize import fold
from toolkit.text.tokenize import Token

__all__ = ["implausible", "quoted_spans"]

# pymorphy3 must give a sentence-initial word at least this chance of being a proper name.
MIN_NAME_SHARE = 0.1
_SENTENCE_END = frozenset(".!?…:;\"(-")
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_MAX_QUOTED_WORDS = 5


def _sentence_initial(tokens: Sequence[Token], start: int) -> bool:
    """Whether the token at ``start`` begins a sentence (or a quotation, or a parenthesis)."""
    i = start - 1
    while i >= 0 and not tokens[i].is_word:
        if tokens[i].text in _SENTENCE_END:
            return True
        i -= 1
    return i < 0


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the inside of each pair of quotation marks on a line."""
    spans = []
    i = 0
    while i < len(text):
        close = _QUOTES.get(text[i])
        if close is not None:
            j = text.find(close, i + 1)
            if j > i + 1:
                spans.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return spans


_RU_VERB = frozenset({"VERB", "INFN", "GRND", "PRTS"})


@lru_cache(maxsize=50_000)
def _ru_verb(word: str) -> bool:
    from toolkit.text.morph.ru import _analyzer

    parses = _analyzer().parse(fold(word))
    return bool(parses) and parses[0].tag.POS in _RU_VERB


_WORD = re.compile(r"\w+(?:['-]\w+)*")


def _quoted_name(inside: str, mention: str, lang: Lang,
                 place_word: Callable[[str], bool]) -> bool:
    """Whether the text of a quotation reads as the name of something other than the place
    it mentions, rather than as quoted words or the place's own long name."""
    words = _WORD.findall(inside)
    if not words or len(words) > _MAX_QUOTED_WORDS or not words[0][:1].isupper():
        return False
    if any(mark in inside for mark in ".!?"):
        return False
    own = set(_WORD.findall(mention))
    if any(place_word(w) for w in words if w not in own):
        return False
    if lang is Lang.EN:
        return all(w[:1].isupper() or len(w) < 4 for w in words)
    if lang is Lang.RU:
        return not any(_ru_verb(w) for w in words)
    return len(words) <= 3


def implausible(lang: Lang, kind: Kind, term: Term, tokens: Sequence[Token], start: int,
                end: int, text: str, starts: frozenset[int],
                quotes: Sequence[tuple[int, int]],
                place_word: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether the text says that tokens[start:end], which fit ``term``, are another word.

    ``starts`` are the token positions where some candidate mention begins (a following
    mention is no sign of a longer name); ``quotes`` are :func:`quoted_spans` of ``text``;
    ``place_word`` tells whether a word is a word of some place's name in the glossary.
    """
    first = tokens[start]
    single = end - start == 1
    if kind in (Kind.PLACE, Kind.PERSON) and single and not term.case_sensitive:
        if lang is Lang.RU and _sentence_initial(tokens, start):
            from toolkit.text.morph.ru import name_share

            if name_share(first.text) < MIN_NAME_SHARE:
                return True
        if (kind is Kind.PLACE and lang is Lang.EN and end < len(tokens)
                and fold(first.text) == fold(term.text)):
            after = tokens[end]
            if (after.is_word and after.text[:1].isupper() and not after.text.isupper()
                    and end not in starts and text[first.end:after.start] == " "):
                return True
    if kind is Kind.PLACE:
        begin, finish = first.start, tokens[end - 1].end
        for q_start, q_end in quotes:
            inside = q_start <= begin and finish <= q_end
            if inside and (text[q_start:begin].strip() or text[finish:q_end].strip()) \
                    and _quoted_name(text[q_start:q_end], text[begin:finish], lang,
                                     place_word):
                return True
    return (kind is Kind.TITLE and lang is Lang.EN and single and first.text[:1].isupper()
            and not term.text[:1].isupper() and start >= 2
            and tokens[start - 1].text == "of" and tokens[start - 2].text[:1].isupper()
            and start - 2 not in starts)
