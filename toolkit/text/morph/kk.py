"""Kazakh: all candidate stems of a word, by stripping suffixes right to left.

A Kazakh noun is ``stem + [plural] + [possessive] + [case] + [attributive]``; this analyser undoes
the slots from the right and returns every form met on the way, from the whole word down to the
bare stem. It never decides which reading is right: the matcher accepts a word when one of its
candidates is the glossary term's head, and the glossary side is never stripped beyond its own
base form. That is why the analyser can be generous (it accepts both harmony variants and every
voicing of a suffix's first consonant: Russian loanwords break both rules, "Крейглангтан") while
the matcher stays precise.

Conditions that do hold and cut false readings: the pronominal н-forms (dative на/не, accusative
н, locative нда/нде, ablative ндан/нден) follow only a 3rd-person possessive (a stem ending in
ы/і), the dative а/е only the 1st/2nd-person possessive м/ң, and a stem keeps at least two
letters. Two stem rules: final б/г/ғ voiced before a vowel are undone (кітабы → кітап), and an
epenthetic ы/і after a final consonant cluster of a loanword is dropped (Красноярскіде →
Красноярск).

Words are given as keys (:func:`toolkit.text.kazakh.kk_key`: folded Cyrillic, я → иа, ...).

>>> "красноярск" in kk_stems("красноярскіде")
True
>>> "ассамблеиасы" in kk_stems("ассамблеиасына")
True
>>> is_suffix_chain("дағы"), is_suffix_chain("ның"), is_suffix_chain("стан")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

__all__ = ["is_genitive", "is_suffix_chain", "izafet_plurals", "kk_relational", "kk_stems"]

MIN_STEM = 2
_VOWELS = set("аәеиоөуұүыіэ")
_POSSESSIVE_3 = ("ы", "і")


def _after_3rd_person(rest: str) -> bool:
    return rest.endswith(_POSSESSIVE_3)


def _after_1st_2nd_person(rest: str) -> bool:
    return rest.endswith(("м", "ң"))


Condition = Callable[[str], bool] | None

_ATTRIBUTIVE: list[tuple[str, Condition]] = [(s, None) for s in ("ғы", "гі", "қы", "кі")]
_CASE: list[tuple[str, Condition]] = [
    # genitive
    *((s, None) for s in ("ның", "нің", "дың", "дің", "тың", "тің")),
    # dative
    *((s, None) for s in ("ға", "ге", "қа", "ке")),
    ("га", None),  # a common spelling after Russian names ("Пхеньянга")
    *((s, _after_3rd_person) for s in ("на", "не")),
    *((s, _after_1st_2nd_person) for s in ("а", "е")),
    # accusative
    *((s, None) for s in ("ны", "ні", "ды", "ді", "ты", "ті")),
    ("н", _after_3rd_person),
    # locative
    *((s, None) for s in ("да", "де", "та", "те")),
    *((s, _after_3rd_person) for s in ("нда", "нде")),
    # ablative
    *((s, None) for s in ("дан", "ден", "тан", "тен", "нан", "нен")),
    *((s, _after_3rd_person) for s in ("ндан", "нден")),
    # instrumental
    *((s, None) for s in ("мен", "бен", "пен", "менен", "бенен", "пенен")),
]
_POSSESSIVE: list[tuple[str, Condition]] = [(s, None) for s in (
    "м", "ым", "ім", "ң", "ың", "ің", "ңыз", "ңіз", "ыңыз", "іңіз",
    "сы", "сі", "ы", "і", "мыз", "міз", "ымыз", "іміз",
)]
_PLURAL: list[tuple[str, Condition]] = [(s, None) for s in ("лар", "лер", "дар", "дер", "тар",
                                                              "тер")]
# Right to left: what may be stripped first comes first.
SLOTS = (_ATTRIBUTIVE, _CASE, _POSSESSIVE, _PLURAL)

_DEVOICE = {"б": "п", "г": "к", "ғ": "қ"}


def _stem_variants(stem: str) -> list[str]:
    """The stem as it stands, unvoiced (кітаб → кітап), without an epenthetic ы/і, and with its
    final consonant doubled again (loanwords drop one of two before a suffix: Конгресс →
    Конгресті, Уайтхолл → Уайтхолға)."""
    variants = [stem]
    last = stem[-1:]
    if last and last not in _VOWELS and len(stem) >= 3:
        variants.append(stem + last)
    if last in _DEVOICE:
        variants.append(stem[:-1] + _DEVOICE[last])
    if (last in _POSSESSIVE_3 and len(stem) >= 4 and stem[-2] not in _VOWELS
            and stem[-3] not in _VOWELS):
        variants.append(stem[:-1])
    return variants


def _strip(word: str, slot: int, min_stem: int, out: set[str], strict: bool = True) -> None:
    for index in range(slot, len(SLOTS)):
        for suffix, condition in SLOTS[index]:
            if not word.endswith(suffix) or len(word) - len(suffix) < min_stem:
                continue
            rest = word[: len(word) - len(suffix)]
            if strict and condition is not None and not condition(rest):
                continue
            out.update(_stem_variants(rest))
            _strip(rest, index + 1, min_stem, out, strict)


@lru_cache(maxsize=500_000)
def kk_stems(key: str) -> frozenset[str]:
    """The word and every stem it may have after removing plural, possessive, case and
    attributive suffixes (see the module docstring)."""
    out = {key}
    _strip(key, 0, MIN_STEM, out)
    return frozenset(out)


@lru_cache(maxsize=100_000)
def is_suffix_chain(text: str) -> bool:
    """Whether ``text`` is nothing but suffixes, as after a hyphen in "ҚР-ның", "РФ-дағы".

    The conditions of the н-forms are not checked here: after an acronym the suffix follows the
    pronunciation of the full name, which often ends in a possessive ("АҚШ-на" for
    "Штаттарына").
    """
    text = text.casefold()
    if not text:
        return False
    out: set[str] = set()
    _strip("#" + text, 0, 1, out, strict=False)
    return "#" in out


_GENITIVE = frozenset(s for s, _ in _CASE[:6])


def is_genitive(text: str) -> bool:
    """Whether ``text`` is a genitive suffix (ның, нің, дың, дің, тың, тің)."""
    return text.casefold() in _GENITIVE


_PLURAL_POSSESSIVE = tuple(p + s for p, _ in _PLURAL for s in ("ы", "і"))


def izafet_plurals(head: str) -> frozenset[str]:
    """Plural forms of an izafet head in the 3rd-person possessive: мүшесі → мүшелері.

    The glossary holds the head as it stands in the phrase ("ассамблея мүшесі"); its plural puts
    the plural suffix before the possessive ("ассамблея мүшелері"). These forms are inflections
    of the glossary's own form, not a stripping of it.
    """
    for possessive in ("сы", "сі", "ы", "і"):
        if head.endswith(possessive) and len(head) - len(possessive) >= MIN_STEM:
            stem = head[: -len(possessive)]
            return frozenset(stem + ending for ending in _PLURAL_POSSESSIVE)
    return frozenset()


_RELATIONAL = ("лық", "лік", "дық", "дік", "тық", "тік")
_BACK_VOWELS = set("аоұыя")
_VOICELESS = set("пфкқтсшщхцч")


def kk_relational(word: str) -> tuple[str, ...]:
    """The relational adjective of a Kazakh noun or ethnonym, by vowel harmony and the
    assimilation of the suffix's consonant: испан → испандық, қытай → қытайлық, неміс →
    неміс (already ends in it: nothing). Words that already end in the suffix give nothing.

    >>> kk_relational("испан"), kk_relational("неміс"), kk_relational("ресейлік")
    (('испандық',), ('немістік',), ())
    """
    lower = word.casefold()
    if not lower or lower.endswith(_RELATIONAL) or " " in lower:
        return ()
    vowels = [c for c in lower if c in _VOWELS]
    back = not vowels or vowels[-1] in _BACK_VOWELS
    last = lower[-1]
    if last in _VOWELS or last in "йурю":
        consonant = "л"
    elif last in _VOICELESS:
        consonant = "т"
    else:
        consonant = "д"
    return (word + consonant + ("ық" if back else "ік"),)
