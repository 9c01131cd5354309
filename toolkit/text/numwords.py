"""Numbers written as words, in Kazakh, Russian and English, in every inflected form.

A word is read as a number token: a cardinal ("seven", "тридцати", "қырықтан"), an ordinal
("twelfth", "второй", "екінші"), a multiplier ("hundred", "жүз"), or a scale ("million",
"миллионов", "миллионнан"). Russian words are reduced to their lemma with pymorphy3, so every
case form counts ("сорока восьми", "шести миллионов"); Kazakh words are a number stem followed by
case, plural, ordinal or approximative suffixes ("бесінші", "жиырмаға", "мыңдық"); English
words are a closed list. Compound Russian adjectives whose first part is a number
("четырехлетнего", "двухметровый") are read too.

Words that are numbers only sometimes are *weak*: they may confirm a number on the other side
but are never reported when nothing matches them ("one", "один", "бір", "first", "second", the
Kazakh "жүз", which is also "face", and "тоқсан", also "quarter").

>>> [(t.value, t.kind) for t in word_tokens("сорока восьми", Lang.RU)]
[(40.0, 'add'), (8.0, 'add')]
>>> word_value("бесінші", Lang.KK)
(5.0, 'ord', False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from toolkit.lang import Lang

__all__ = ["WordToken", "compound_prefix", "is_collective", "scale_of", "word_tokens",
           "word_value"]

_EN_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth"
]
_EN: dict[str, tuple[float, str]] = {w: (float(i), "add") for i, w in enumerate(_EN_UNITS)}
_EN.update({w: (float(20 + 10 * i), "add") for i, w in enumerate(_EN_TENS)})
_EN.update({w: (float(i), "ord") for i, w in enumerate(_EN_ORD_UNITS)})
_EN.update({w[:-1] + "ieth": (float(20 + 10 * i), "ord") for i, w in enumerate(_EN_TENS)})
_EN.update({"hundred": (100.0, "mul"), "hundredth": (100.0, "ord"), "thousandth": (1e3, "ord"),
            "thousand": (1e3, "scale"), "million": (1e6, "scale"), "billion": (1e9, "scale"),
            "trillion": (1e12, "scale"), "millionth": (1e6, "ord"), "dozen": (12.0, "add"),
            "decade": (10.0, "add"), "half": (0.5, "add"), "thousands": (1e3, "scale"),
            "millions": (1e6, "scale"), "billions": (1e9, "scale"), "hundreds": (100.0, "mul"),
            "both": (2.0, "add"), "couple": (2.0, "add"), "double": (2.0, "add"),
            "doubling": (2.0, "add"), "twice": (2.0, "add"), "triple": (3.0, "add"),
            "thirds": (3.0, "ord"), "quarters": (4.0, "ord")})
_EN_WEAK = {"one", "first", "second", "both", "couple", "double", "doubling", "twice",
            "triple", "thirds", "quarters", "half", "dozen", "decade", "zero", "hundreds",
            "thousands", "millions", "billions"}

_RU_CARDINALS = {
    "ноль": 0, "нуль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": 1.5, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6,
    "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10, "десяток": 10, "сотня": 100,
    "оба": 2, "вдвое": 2, "удвоить": 2,
    "втрое": 3, "сутки": 24, "половина": 0.5, "треть": 3, "четверть": 4,
}
_RU_ORDINALS = {
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6,
    "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11,
    "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15,
    "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19,
    "двадцатый": 20, "тридцатый": 30, "сороковой": 40, "пятидесятый": 50,
    "шестидесятый": 60, "семидесятый": 70, "восьмидесятый": 80, "девяностый": 90,
    "сотый": 100, "тысячный": 1000,
}
_RU_SCALES = {"тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
# Collective numerals proper: a count of people ("шестеро", "үшеуі"), the number itself.
_RU_COLLECTIVE = frozenset({"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро",
                            "девятеро", "десятеро"})
# Collective numerals ("четверо подозреваемых") often sum up numbers said otherwise.
_RU_WEAK = {"один", "первый", "полтора", "десяток", "сотня", "оба", "вдвое", "удвоить",
            "втрое", "сутки", "половина", "треть", "четверть", *_RU_COLLECTIVE}
# Scale words that stand alone ("тысячи людей", "millions of people") only confirm.
_ABBREVIATED_SCALES = {"тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12, "mln": 1e6,
                       "bn": 1e9, "мың": 1e3}

_KK_STEMS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
    "жетпіс": 70, "сексен": 80, "тоқсан": 90, "жүз": 100, "мың": 1e3, "миллион": 1e6,
    "миллиард": 1e9, "триллион": 1e12,
}
_KK_KIND = {"жүз": "mul", "мың": "scale", "миллион": "scale", "миллиард": "scale",
            "триллион": "scale"}
_KK_WEAK = {"бір", "жүз", "тоқсан", "бірінші"}
# Case, plural, possessive-free derivational and approximative endings a number takes.
_KK_SUFFIXES = [
    "ге", "ке", "ға", "қа", "де", "те", "да", "та", "ден", "тен", "нен", "дан", "тан", "нан", "ді",
    "ті", "ны", "ні", "ды", "ты", "дің", "тің", "ның", "нің", "дың", "тың", "мен", "бен", "пен",
    "дай", "дей", "тай", "тей", "лар", "лер", "дар", "дер", "тар", "тер", "дық", "дік", "тық",
    "тік", "лық", "лік", "сы", "сі", "ы", "і", "ында", "інде", "сында", "сінде", "ынан", "інен",
    "сынан", "сінен", "ына", "іне", "сына", "сіне", "ның", "нің", "сының", "сінің"
]
_KK_ORDINAL = re.compile(r"^(?:ыншы|інші|ншы|нші|сыншы|сінші)(.*)$")
# "он" (ten) is also the stem of the pronoun forms оны, онда, оның: only these forms are ten.
_KK_ON_FORMS = {"он", "онға", "оннан", "онның"}
# Collective numerals ("екеуі", both of them) and "ондаған" (tens of) only confirm.
_KK_COLLECTIVE_NUMERALS = {"екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5, "алтау": 6,
                           "жетеу": 7, "сегізеу": 8, "тоғызау": 9, "онау": 10}
_KK_COLLECTIVE = {**_KK_COLLECTIVE_NUMERALS, "ондаған": 10, "тәулік": 24, "жарты": 0.5}
# Collective numerals take possessive and case endings: "екеуі" (the two of them), "үшеуін",
# "төртеуіне", "екеуміз" (the two of us), "бесеуінің", "алтауымен".
_KK_COLLECTIVE_ENDING = re.compile(
    r"^(?:(?:і|ы|сі|сы|міз|мыз|іміз|ымыз|ңыз|ңіз|ыңыз|іңіз|ң|ің|ың|м|ім|ым)"
    r"(?:н|не|на|нің|ның|нде|нда|нен|нан|мен)?)?$")

# The genitive first part of Russian compounds ("четырехлетний", "двухметровый").
_RU_PREFIXES = {
    "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "пятнадцати": 15,
    "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
    "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90, "сто": 100, "двухсот": 200,
    "трехсот": 300, "пятисот": 500, "тысяче": 1000,
}
_RU_SECOND_PARTS = ("летн", "летие", "месячн", "дневн", "недельн", "часов", "минутн",
                    "секундн", "этажн", "кратн", "процентн", "метров", "километров",
                    "сантиметров", "килограммов", "тонн", "местн", "серийн", "томн", "разов",
                    "комнатн", "звездн", "миллионн", "миллиардн", "тысячн", "значн", "ярусн",
                    "палубн", "сторонн", "ступенчат", "голосн")
_COMPOUND = re.compile(
    r"^(" + "|".join(sorted(_RU_PREFIXES, key=len, reverse=True)) + r")("
    + "|".join(_RU_SECOND_PARTS) + r")[а-я]*$")


@dataclass(frozen=True)
class WordToken:
    """One number word of a text: its offsets, value, kind (add, mul, scale, ord) and whether
    it is weak (only confirms a number of the other side)."""

    start: int
    end: int
    value: float
    kind: str
    weak: bool


@cache
def _analyzer() -> Any:
    # One analyser for the whole process, built with the dictionary's path (no entry-point scan).
    from toolkit.text.morph.ru import _analyzer as shared

    return shared()


@cache
def _ru_starts() -> frozenset[str]:
    """The first two letters of every Russian number word, in every form ("пол" for
    "полутора", "дв" for "двумя"), so that most words never reach the analyser."""
    lemmas = [*_RU_CARDINALS, *_RU_ORDINALS, *_RU_SCALES]
    return frozenset(lemma[:2] for lemma in lemmas) | {"по"}


def _ru_word(word: str) -> tuple[float, str, bool] | None:
    if word[:2] not in _ru_starts():
        return None
    lemmas = [p.normal_form.replace("ё", "е") for p in _analyzer().parse(word) if p.score >= 0.05]
    for lemma in lemmas:
        if lemma in _RU_CARDINALS:
            return float(_RU_CARDINALS[lemma]), "add", lemma in _RU_WEAK
        if lemma in _RU_ORDINALS:
            return float(_RU_ORDINALS[lemma]), "ord", lemma == "первый"
        if lemma in _RU_SCALES:
            return _RU_SCALES[lemma], "scale", False
    return None


def _kk_collective(word: str) -> str | None:
    """The collective numeral a Kazakh word is a form of ("үшеуін" → "үшеу"), or None."""
    for stem in _KK_COLLECTIVE_NUMERALS:
        if word.startswith(stem) and _KK_COLLECTIVE_ENDING.match(word[len(stem):]):
            return stem
    return None


def _kk_word(word: str) -> tuple[float, str, bool] | None:
    if word in _KK_COLLECTIVE:
        return float(_KK_COLLECTIVE[word]), "add", True
    collective = _kk_collective(word)
    if collective is not None:
        return float(_KK_COLLECTIVE[collective]), "add", True
    for stem, value in _KK_STEMS.items():
        written = "қырқ" if stem == "қырық" else stem
        ordinal = _KK_ORDINAL.match(word[len(written):]) if word.startswith(written) else None
        if ordinal and (not ordinal.group(1) or ordinal.group(1) in _KK_SUFFIXES):
            return float(value), "ord", stem == "бір"
    for stem, value in _KK_STEMS.items():
        if not word.startswith(stem):
            continue
        rest = word[len(stem):]
        if stem == "он":
            if word not in _KK_ON_FORMS:
                continue
        elif rest and rest not in _KK_SUFFIXES:
            continue
        return float(value), _KK_KIND.get(stem, "add"), stem in _KK_WEAK
    return None


@lru_cache(maxsize=100_000)
def is_collective(word: str, lang: Lang) -> bool:
    """Whether a word is a collective numeral, a count of people said as one word ("шестеро",
    "четверых", "үшеуі", "екеуміз"): weak for the checker (it may sum up numbers said
    otherwise), but a count all the same, which a translation keeps most of the time.

    >>> is_collective("Шестерых", Lang.RU), is_collective("төртеуіне", Lang.KK)
    (True, True)
    >>> [is_collective(w, Lang.KK) for w in ("екеуі", "екі")], is_collective("оба", Lang.RU)
    ([False, False], False)
    """
    folded = word.casefold().replace("ё", "е")
    if lang is Lang.RU:
        if not re.fullmatch(r"[а-я]+", folded) or folded[:2] not in _ru_starts():
            return False
        return any(p.normal_form.replace("ё", "е") in _RU_COLLECTIVE
                   for p in _analyzer().parse(folded) if p.score >= 0.05)
    if lang is Lang.KK:
        # "екеуі" is "both" more often than "the two of them" ("екеуі де жоқ", neither is
        # left): weak, as "оба" is.
        return _kk_collective(folded) not in (None, "екеу")
    return False


@lru_cache(maxsize=100_000)
def word_value(word: str, lang: Lang) -> tuple[float, str, bool] | None:
    """The number a single word stands for: (value, kind, weak), or None."""
    folded = word.casefold().replace("ё", "е")
    if lang is Lang.EN:
        found = _EN.get(folded)
        return (found[0], found[1], folded in _EN_WEAK) if found else None
    if lang is Lang.RU:
        return _ru_word(folded) if re.fullmatch(r"[а-я]+", folded) else None
    return _kk_word(folded)


def compound_prefix(word: str) -> tuple[float, str] | None:
    """The number and the rest of a Russian compound adjective: "четырехлетнего" → (4,
    "летнего"), "двухметровый" → (2, "метровый"); None for other words."""
    folded = word.casefold().replace("ё", "е")
    match = _COMPOUND.match(folded)
    if not match:
        return None
    return float(_RU_PREFIXES[match.group(1)]), folded[len(match.group(1)):]


@lru_cache(maxsize=100_000)
def scale_of(word: str, lang: Lang) -> float | None:
    """The factor of a scale word after digits ("млн", "миллионов", "миллионнан", "million")."""
    folded = word.casefold().rstrip(".")
    if folded in _ABBREVIATED_SCALES:
        return _ABBREVIATED_SCALES[folded]
    read = word_value(folded, lang)
    if read is not None and (read[1] == "scale" or (read[1] == "ord" and read[0] >= 1000)):
        return read[0]  # "млн", "миллионам", "миллионнан", and "25-тысячная"
    return None


_WORD = re.compile(r"[^\W\d_]+")


def word_tokens(text: str, lang: Lang) -> list[WordToken]:
    """Every number word of ``text``, in order (compound adjectives as their number)."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        read = word_value(word, lang)
        if read is not None:
            # "Four Corners", "Seven Sisters": a capital inside a sentence makes it a name.
            named = word[0].isupper() and not _sentence_start(text, match.start())
            out.append(WordToken(match.start(), match.end(), read[0], read[1],
                                 read[2] or (named and lang is Lang.EN)))
        elif lang is Lang.RU:
            compound = compound_prefix(word)
            if compound is not None:
                out.append(WordToken(match.start(), match.end(), compound[0], "compound",
                                     False))
    return out


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\"'«“(‘")
    return not before or before[-1] in ".!?:;—–-\n"
