"""Whether a word is a known word of its language: a word the lexicon knows is no misspelling.

- ru: pymorphy3's dictionary (a word form it knows, not one it only predicts);
- en: the English word frequency list that pyspellchecker ships (MIT; 160k words from
  subtitles and Wiktionary, lower case), read once on first use; a word counts with its
  possessive and regular plural endings removed;
- kk: no full lexicon is available; a word is known when one of the analyser's candidate
  stems is a word of a term or derived form of the glossary (so "ресейлік" or "Австралия" is
  not a slip of another concept's term).

>>> is_known("Indonesian", Lang.EN), is_known("Indonezia", Lang.EN)
(True, False)
>>> is_known("губернаторы", Lang.RU), is_known("губрнатор", Lang.RU)
(True, False)
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from functools import cache
from importlib import resources

from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.text.kazakh import kk_key
from toolkit.text.morph.en import en_keys
from toolkit.text.morph.kk import kk_stems
from toolkit.text.tokenize import tokenize

__all__ = ["glossary_words", "is_known"]


@cache
def _english() -> frozenset[str]:
    data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    return frozenset(json.loads(gzip.decompress(data)))


def glossary_words(glossary: Glossary, lang: Lang) -> frozenset[str]:
    """The keys of every word of every term and derived form of one language."""
    texts: Iterable[str] = [t.text for c in glossary for t in c.terms(lang)] + [
        d.text for c in glossary for d in c.derived_in(lang)]
    return frozenset(kk_key(t.text) if lang is Lang.KK else t.text.casefold()
                     for text in texts for t in tokenize(text) if t.is_word)


def is_known(word: str, lang: Lang, known: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` is a word of ``lang`` that its lexicon knows (see the module
    docstring); ``known`` are the glossary's word keys (:func:`glossary_words`), used for kk."""
    if lang is Lang.RU:
        from toolkit.text.morph.ru import ru_known

        return ru_known(word)
    if lang is Lang.EN:
        english = _english()
        return any(key in english for key in en_keys(word))
    return not kk_stems(kk_key(word)).isdisjoint(known)
