"""Keys of words for matching: what a text word form may stand for, and what a glossary word
stands for, by language (see :mod:`toolkit.match` for how they are compared)."""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.glossary.model import Kind
from toolkit.lang import Lang
from toolkit.text.kazakh import is_kazakh_latin, kk_key
from toolkit.text.morph.en import en_keys
from toolkit.text.morph.kk import izafet_plurals, kk_stems
from toolkit.text.morph.ru import name_keys, ru_keys
from toolkit.text.normalize import fold

__all__ = ["NAME_KINDS", "base_key", "glossary_word_keys", "word_keys"]


_FOREIGN = re.compile(r"^[A-Za-z][A-Za-z'-]*$")


@lru_cache(maxsize=500_000)
def _kk_keys(word: str) -> frozenset[str]:
    keys = kk_stems(kk_key(word))
    if _FOREIGN.match(word) and not is_kazakh_latin(word):
        keys |= en_keys(word)  # an English name keeps English endings: "Global Citizens"
    return keys


@lru_cache(maxsize=500_000)
def _ru_keys(word: str) -> frozenset[str]:
    keys = ru_keys(word, text=True)
    if _FOREIGN.match(word):
        keys |= en_keys(word)
    return keys


_TEXT_KEYS = {Lang.RU: _ru_keys, Lang.KK: _kk_keys, Lang.EN: en_keys}

# Kinds whose terms are names: their first word is written with a capital letter.
NAME_KINDS = (Kind.PERSON, Kind.PLACE)


def base_key(word: str, lang: Lang) -> str:
    """The key of a word as written, without morphology: Kazakh in either script as one key,
    other languages case-folded."""
    return kk_key(word) if lang is Lang.KK else fold(word)


def word_keys(word: str, lang: Lang) -> frozenset[str]:
    """The keys a text word form may stand for in ``lang``."""
    return _TEXT_KEYS[lang](word)


_NAME_GRAMMEMES = {Kind.PLACE: frozenset({"Geox"}),
                   Kind.PERSON: frozenset({"Name", "Surn", "Patr"})}


def glossary_word_keys(word: str, lang: Lang, izafet_head: bool,
                        kind: Kind = Kind.OTHER) -> frozenset[str]:
    """Keys of a word of a glossary term. Kazakh terms are base forms, never stripped; the head
    of an izafet phrase also stands for its plural (мүшесі, мүшелері). A Russian name's words
    stand for their readings as names."""
    if lang is Lang.KK:
        key = kk_key(word)
        return frozenset({key}) | (izafet_plurals(key) if izafet_head else frozenset())
    if lang is Lang.RU:
        tags = _NAME_GRAMMEMES.get(kind)
        return name_keys(word, tags) if tags and word[:1].isupper() else ru_keys(word)
    return frozenset({fold(word)})
