"""Russian: every pymorphy3 parse's normal form is a key.

Taking every parse rather than the likeliest is deliberate: "Ерёмина" is both the genitive of
Ерёмин and the name Ерёмина, and the glossary decides which it is. Unknown surnames and foreign
names go through pymorphy3's predictor, so "Уссом" gives "усс".
The dictionary loads on first use, once per process (about 15 MB, 0.3 s).

>>> sorted(ru_keys("губернатору"))
['губернатор', 'губернатору']
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from toolkit.text.normalize import fold

__all__ = ["NAME_TAGS", "name_share", "ru_keys", "ru_known"]


class _Remembering:
    """pymorphy3's analyser that remembers its last parses (as tuples: one is shared by every
    caller). A parse is most of what a new word costs, and the readers of one sentence ask for
    the same words in turn: the keys of the matcher and the dictionary (:func:`ru_keys`), then
    the number words (:mod:`toolkit.text.numwords`). Everything else is the analyser's own."""

    def __init__(self, analyzer: Any) -> None:
        self._analyzer = analyzer
        self.parse = lru_cache(maxsize=4096)(lambda word: tuple(analyzer.parse(word)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)


@cache
def _analyzer() -> Any:
    import pymorphy3  # heavy: imported on first use only
    import pymorphy3_dicts_ru

    # The dictionary's path given, pymorphy3 does not scan every installed package's entry
    # points (importlib.metadata) to find it.
    return _Remembering(pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru"))


# Case endings of nouns and surnames. For a word the dictionary does not know, the predictor
# guesses one paradigm ("Флейка" → флейкий); foreign surnames decline regularly, so the stem
# without each ending (and with the feminine -а) is a key too: Флейка → флейк, Тажибаевой →
# тажибаева.
_NOUN_ENDINGS = ("ами", "ями", "ому", "ему", "ого", "его", "ом", "ем", "ой", "ей", "ою", "ею",
                 "ам", "ям", "ах", "ях", "ов", "а", "я", "у", "ю", "е", "ы", "и")
_FEMININE = ("ой", "ей", "ою", "ею", "у", "ю", "е", "ы", "и")


# The grammemes of proper names: a place (Geox), a person's name, surname or patronymic, an
# organisation, a trademark.
NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=100_000)
def name_keys(word: str, tags: frozenset[str]) -> frozenset[str]:
    """Keys of a glossary word that names something: the folded word and the normal forms of
    its readings as a proper name with one of ``tags`` (a place: Geox). The pronoun readings
    of "Того" (тот) or the first name of "Доминика" (Доминик) are not keys of the country; a
    word with no such reading keeps all its keys (:func:`ru_keys`).

    >>> sorted(name_keys("Того", frozenset({"Geox"})))
    ['того']
    """
    folded = fold(word)
    normals = {fold(p.normal_form) for p in _analyzer().parse(folded)
               if tags & set(p.tag.grammemes)}
    return frozenset({folded} | normals) if normals else ru_keys(word)


@lru_cache(maxsize=100_000)
def name_share(word: str) -> float:
    """How likely a text word is a proper name by pymorphy3's estimate (0..1): the summed
    probability of its readings with a name grammeme. "Тем" 0, "Того" 0.002, "Куба" 0.79;
    1.0 for words the dictionary does not know (they are names more often than not)."""
    folded = fold(word)
    analyzer = _analyzer()
    if not analyzer.word_is_known(folded):
        return 1.0
    return float(sum(p.score for p in analyzer.parse(folded)
                     if NAME_TAGS & set(p.tag.grammemes)))


@lru_cache(maxsize=100_000)
def ru_known(word: str) -> bool:
    """Whether pymorphy3's dictionary knows the word form (not just predicts it)."""
    return bool(_analyzer().word_is_known(fold(word)))


# A reading that pymorphy3 gives less than this probability (summed over its parses) is not a
# key of a *text* word: "после" is a form of "посол" (о после) once in a thousand, "того" the
# country Того even less. Glossary words keep every reading: they are the base forms.
MIN_TEXT_SCORE = 0.01


@lru_cache(maxsize=500_000)
def ru_keys(word: str, text: bool = False) -> frozenset[str]:
    """The folded word itself, the normal forms of its parses (for a text word, the likely
    ones), and for words unknown to the dictionary the stems of regular declension.

    >>> "посол" in ru_keys("после"), "посол" in ru_keys("после", text=True)
    (True, False)
    """
    folded = fold(word)
    keys = {folded}
    analyzer = _analyzer()
    scores: dict[str, float] = {}
    for parse in analyzer.parse(folded):
        normal = fold(parse.normal_form)
        scores[normal] = scores.get(normal, 0.0) + parse.score
    keys.update(normal for normal, score in scores.items()
                if not text or score >= MIN_TEXT_SCORE)
    if not analyzer.word_is_known(folded) and folded.isalpha():
        for ending in _NOUN_ENDINGS:
            stem = folded[: -len(ending)]
            if folded.endswith(ending) and len(stem) >= 3:
                keys.add(stem)
                if ending in _FEMININE:
                    keys.add(stem + "а")
    return frozenset(keys)
