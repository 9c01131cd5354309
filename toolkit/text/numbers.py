"""Numbers of a text, read the way its language writes them, for comparing translations.

"1 000,5" in Russian and "1,000.5" in English are the same number; "$100 млн", "$100 million"
and "100 млн доллар" are all 100,000,000; "27-29 апреля", "April 27-29" and "27-29 сәуірде" are
27 and 29; "18-го", "18th" and "2022-ші" are 18 and 2022; the Roman "XX" of a festival's edition
is 20. Each written number is parsed with babel in the text's locale, always strictly (a group
separator in the wrong place is not silently accepted), and then scaled by a following word for
thousands, millions or billions, in any case form ("миллионам", "миллионнан").

Beyond digits, :func:`quantities` reads numbers written as words ("сорока восьми", "seven",
"бесінші", see :mod:`toolkit.text.numwords`), the unit after a number (see
:mod:`toolkit.text.units`), clock times ("3 p.m." = "15:00"), decades ("1930s"), quarters
("Q2"), and Roman numerals where they are numerals. What is a number only sometimes is *weak*:
it can confirm a number of the other version but is never reported alone (a number glued to a
name, "COVID-19"; "one", "первый"; a lone Roman letter after a name, "Спутник V").

>>> numbers_in("Товарооборот составил $100 млн, рост на 1 000,5 тонн", Lang.RU)
[100000000.0, 1000.5]
>>> numbers_in("Trade reached $100 million, up 1,000.5 tonnes", Lang.EN)
[100000000.0, 1000.5]
>>> numbers_in("27-29 сәуірде, 2022-ші жылы", Lang.KK)
[27.0, 29.0, 2022.0]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

from toolkit.lang import Lang
from toolkit.text.dates import numeric_dates
from toolkit.text.numwords import WordToken, compound_prefix, is_collective, scale_of, word_tokens
from toolkit.text.units import FAHRENHEIT, TEMPERATURE, unit_at

__all__ = ["Quantity", "groups", "numbers_in", "quantities"]

_LOCALE = {Lang.KK: "kk", Lang.RU: "ru", Lang.EN: "en"}
# A written number: digit groups with a group separator, or plain digits, with decimals.
# Spaces inside a number are ordinary, no-break or narrow no-break spaces.
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
)
_CLOCK = re.compile(r"(?<![\w.,:])(\d{1,2})([:.])(\d{2})(?!\d)(?:\s?([ap])\.?\s?m\b\.?)?",
                    re.IGNORECASE)
_TIME_BEFORE = re.compile(r"(?:\b(?:в|к|до|с|со|по|сағат|сағ\.)\s*)$", re.IGNORECASE)
_HOUR_AMPM = re.compile(r"(?<![\w.,:])(\d{1,2})\s?([ap])\.?\s?m\b\.?", re.IGNORECASE)
_BRACKET_PAIR = re.compile(r"\[\s*(\d+)\s*,\s*(\d+)\s*\]")
_DECADE = re.compile(r"(?<![\w.,])(\d{4}|['’]?\d{2})s\b")
_DECADE_RU = re.compile(r"(?<![\w.,])(\d{2}|\d{4})-(?:е|х|ые|ых)\b")
# Fashion seasons: "SS19" is the spring-summer collection of 2019.
_SEASON = re.compile(r"(?<!\w)(?:SS|AW|FW|PF)(\d{2})(?!\w)")
_QUARTER = re.compile(r"(?<![\w-])Q([1-4])(?![\w-])")
_ROMAN = re.compile(r"(?<![\w+\-])([IVXLCХІ]+)(?![\w+\-])")
# Kazakh and Russian texts often type Roman numerals in Cyrillic look-alikes: "ХХ ғасыр".
_CYRILLIC_ROMAN = str.maketrans("ХІ", "XI")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Words after which a lone Roman letter is a numeral: centuries, quarters, chapters, sessions.
_ROMAN_CONTEXT = re.compile(
    r"\s+(?:век|веке|века|веков|ғасыр\w*|century|centuries|квартал\w*|тоқсан\w*|quarter|"
    r"глав\w*|chapter|part|част\w*|бөлім\w*|съезд\w*|созыв\w*|сессия\w*|сессии|форум\w*|"
    r"том|тома|класс\w*|степен\w*|дәреже\w*|category|категори\w*|санат\w*)\b", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CURRENCY_BEFORE = re.compile(r"[$£€¥₸₽]\s?$")
_CURRENCY_SCALES = {"m": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "mn": 1e6}
_GLUED_SCALE = re.compile(r"(m|k|bn)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]*-?([^\W\d_]+\.?)")
# Between the numbers of a range or a list: "2 to 4 inches", "от 5 до 10 см", "5–10 см".
_RANGE = re.compile(r"^\s*(?:[-–—]|to|до|or|and|или|и|мен|бен|пен|немесе)\s*$", re.IGNORECASE)
# Between a quantity and its conversion in brackets: "six meters (18 feet)".
_CONVERSION = re.compile(r"^\s*\(\s*(?:about|approximately|около|примерно|шамамен)?\s*$")
# "екі есе", "в два раза", "three times": a multiple, said in many ways.
_TIMES_AFTER = re.compile(r"\s+(?:есе\w*|раза|раз|times|fold)\b", re.IGNORECASE)
# "үштен екі" (two thirds): the ablative number is a denominator.
_KK_FRACTION = re.compile(r"(?:ден|тен|нен|дан|тан|нан)$")
_ARTICLE = re.compile(r"\s+an?(?=\s)")
_JOIN = re.compile(r"^(?:\s+|\s*-\s*|\s+and\s+)$")
# Every pattern of :func:`_special` and :func:`_digits` needs a digit: most sentences have none,
# and skip those passes (a fifth of the time of reading a sentence's numbers).
_ANY_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Quantity:
    """One number of a text. ``dimension`` and ``factor`` describe its unit (None: no unit);
    ``clock`` is a time of day in minutes; ``alternatives`` are other values it may stand
    for ("1930s" is also "the 30s"); a weak quantity only confirms."""

    start: int
    end: int
    value: float
    strong: bool = True
    dimension: str | None = None
    factor: float = 1.0
    alternatives: tuple[float, ...] = ()
    clock: int | None = None
    word: bool = False
    ordinal: bool = False


def _roman(text: str) -> int | None:
    values = [_ROMAN_VALUES[c] for c in text]
    total = 0
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    # Only canonical numerals: "IIII" or "VX" are not numbers but words or codes.
    return total if 0 < total < 400 and _to_roman(total) == text else None


def _to_roman(value: int) -> str:
    out = []
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
                            (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _parse(written: str, lang: Lang) -> Decimal | None:
    compact = written.replace("\u00a0", " ").replace("\u202f", " ")
    for candidate in (compact, compact.replace(" ", "")):
        try:
            return parse_decimal(candidate, locale=_LOCALE[lang], strict=True)
        except NumberFormatError:
            continue
    if re.fullmatch(r"\d+", compact.replace(" ", "")):
        return Decimal(compact.replace(" ", ""))
    return None


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def _with_unit(q: Quantity, text: str, lang: Lang) -> Quantity:
    unit = unit_at(text, q.end, lang)
    if unit is None:
        return q
    return replace(q, end=unit[2], dimension=unit[0], factor=unit[1])


def _special(text: str, lang: Lang, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    """Dates and times, bracketed pairs, decades and quarters, read before plain digits."""
    for match, day, _month, year in numeric_dates(text):  # the month is the date check's
        first, last = (1, 3) if match.group(1) else (6, 4)
        found.append(Quantity(match.start(first), match.end(first), float(day)))
        found.append(Quantity(match.start(last), match.end(last), float(year)))
        taken.append(match.span())
    for match in _CLOCK.finditer(text):
        if not _free(taken, *match.span()):
            continue
        hours, separator, minutes, half = match.groups()
        h, m = int(hours), int(minutes)
        if m >= 60 or h > 24 or (separator == "." and not half and not (
                lang is not Lang.EN and _TIME_BEFORE.search(text[:match.start()]))):
            continue  # "7.55" is a time in "at 7.55am", "в 10.30", "сағат 10.30-да"
        if half and half.lower() == "p" and h < 12:
            h += 12
        found.append(Quantity(match.start(), match.end(), h + m / 100, clock=h * 60 + m))
        taken.append(match.span())
    for match in _HOUR_AMPM.finditer(text):
        if not _free(taken, *match.span()) or int(match.group(1)) > 12:
            continue
        h = int(match.group(1)) % 12 + (12 if match.group(2).lower() == "p" else 0)
        found.append(Quantity(match.start(), match.end(), float(h), clock=h * 60))
        taken.append(match.span())
    for match in _BRACKET_PAIR.finditer(text):  # "[0,1]": a list or an interval
        if _free(taken, *match.span()):
            found.append(Quantity(match.start(1), match.end(1), float(match.group(1))))
            found.append(Quantity(match.start(2), match.end(2), float(match.group(2))))
            taken.append(match.span())
    for match in _DECADE.finditer(text):
        digits = match.group(1).lstrip("'’")
        value = float(digits)
        if len(digits) == 4:
            found.append(Quantity(match.start(), match.end(), value, alternatives=(value % 100,)))
        elif digits == match.group(1):
            # "highs in the 80s": American weather speaks of temperatures in decades (°F).
            found.append(Quantity(match.start(), match.end(), value, dimension=TEMPERATURE,
                                  factor=FAHRENHEIT, alternatives=(value + 5,)))
        else:
            found.append(Quantity(match.start(), match.end(), value))  # "the '80s"
        taken.append(match.span())
    for match in _DECADE_RU.finditer(text):  # "30-е годы", "1990-х"
        value = float(match.group(1))
        found.append(Quantity(match.start(), match.end(), value, alternatives=(
            (1900 + value, 2000 + value) if value < 100 else (value % 100,))))
        taken.append(match.span())
    for match in _QUARTER.finditer(text):
        found.append(Quantity(match.start(), match.end(), float(match.group(1))))
        taken.append(match.span())
    for match in _SEASON.finditer(text):
        found.append(Quantity(match.start(), match.end(), 2000.0 + int(match.group(1)),
                              strong=False))
        taken.append(match.span())


def _digits(text: str, lang: Lang, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    for match in _NUMBER.finditer(text):
        if not _free(taken, *match.span()):
            continue
        written = match.group(1)
        # A number glued to a name is part of the name: "COVID-19", "Су-27", "F-16".
        glued = match.start() >= 2 and text[match.start() - 1] == "-" and \
            text[match.start() - 2].isalpha()
        value = _parse(written, lang)
        if value is None:
            for part in re.finditer(r"\d+", written):
                found.append(Quantity(match.start() + part.start(), match.start() + part.end(),
                                      float(part.group(0)), strong=not glued))
            continue
        end, factor = match.end(), 1.0
        after = _NEXT_WORD.match(text, end)
        if after:
            word = after.group(1)
            scale = scale_of(word, lang)
            if scale is None and _CURRENCY_BEFORE.search(text[:match.start()]):
                scale = _CURRENCY_SCALES.get(word.casefold().rstrip("."))
            if scale is not None:
                factor, end = scale, after.end()
                taken.append((after.start(1), after.end()))
        quantity = _with_unit(Quantity(match.start(), end, float(value) * factor,
                                       strong=not glued), text, lang)
        glued_scale = _GLUED_SCALE.match(text, match.end())
        if factor == 1.0 and glued_scale and lang is Lang.EN:
            # "400m" is metres, "5m people" five million: let the other version decide.
            extra = float(value) * _CURRENCY_SCALES[glued_scale.group(1).casefold()]
            quantity = replace(quantity, alternatives=(extra,))
        found.append(quantity)


def _words(text: str, lang: Lang, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    tokens = [t for t in word_tokens(text, lang) if _free(taken, t.start, t.end)]
    runs: list[list[WordToken]] = []
    for token in tokens:
        if runs and _JOIN.match(text[runs[-1][-1].end:token.start]) and _continues(runs[-1],
                                                                                    token):
            runs[-1].append(token)
        else:
            runs.append([token])
    for k, run in enumerate(runs):
        if run[0].kind == "compound":
            rest = compound_prefix(text[run[0].start:run[0].end])
            unit = unit_at(rest[1], 0, lang) if rest else None
            found.append(Quantity(run[0].start, run[0].end, run[0].value,
                                  dimension=unit[0] if unit else None,
                                  factor=unit[1] if unit else 1.0))
            continue
        total, current = 0.0, 0.0
        for token in run:
            if token.kind == "scale":
                total += (current or 1.0) * token.value
                current = 0.0
            elif token.kind == "mul":
                current = (current or 1.0) * token.value
            else:
                current += token.value
        weak = all(t.weak or t.kind in ("scale", "mul") for t in run) or \
            bool(_TIMES_AFTER.match(text, run[-1].end)) or \
            (lang is Lang.KK and k + 1 < len(runs) and not text[run[-1].end:runs[k + 1][0]
                                                                 .start].strip()
             and bool(_KK_FRACTION.search(text[run[-1].start:run[-1].end])))
        quantity = Quantity(run[0].start, run[-1].end, total + current, strong=not weak,
                            word=True, ordinal=run[-1].kind == "ord")
        article = _ARTICLE.match(text, quantity.end) if lang is Lang.EN else None
        if article:  # "half an inch"
            moved = _with_unit(replace(quantity, end=article.end()), text, lang)
            quantity = moved if moved.dimension else quantity
        found.append(_with_unit(quantity, text, lang))


def _continues(run: list[WordToken], token: WordToken) -> bool:
    """Whether ``token`` extends the number words of ``run`` ("сорока" + "восьми")."""
    last = run[-1]
    if last.kind in ("ord", "compound") or token.kind == "compound":
        return False
    if token.kind in ("scale", "mul"):
        return True
    return last.kind in ("scale", "mul") or (token.value < last.value and last.value >= 10 \
        and last.value % 10 == 0 and (last.value < 100 or token.value < 100))


def _romans(text: str, lang: Lang, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    for match in _ROMAN.finditer(text):
        letters = match.group(1).translate(_CYRILLIC_ROMAN)
        if letters != match.group(1) and (lang is Lang.EN or not re.fullmatch(
                r"[XI]+", letters) or not set(match.group(1)) <= set("ХІ")):
            continue  # look-alikes only in kk/ru, never mixed with Latin letters
        if not set(letters) & set("IVX") or not _free(taken, *match.span()):
            continue  # "C", "L", "CL" are letters and abbreviations
        if text[match.start() - 1:match.start()] == "(" and text[match.end():match.end() + 1] \
                == ")":
            continue  # "(C)"
        value = _roman(letters)
        if value is None:
            continue
        context = bool(_ROMAN_CONTEXT.match(text, match.end()))
        if len(letters) == 1 and lang is Lang.EN and letters == "I" and not context:
            continue  # the pronoun
        strong = context or len(letters) > 1
        if letters != match.group(1) and not context and len(letters) == 1:
            continue  # a lone "Х" or "І" is a letter
        if strong and lang is not Lang.EN and not context:
            # Inside a phrase in Latin letters ("I'm A Celebrity", "Chapter II of X") it is
            # not the translator's number.
            before = text[max(0, match.start() - 20):match.start()].split()
            after = text[match.end():match.end() + 20].split()
            neighbours = (before[-1:] or [""])[0], (after[:1] or [""])[0]
            strong = not any(_LATIN_WORD.match(w) for w in neighbours)
        found.append(Quantity(match.start(), match.end(), float(value), strong=strong))


@lru_cache(maxsize=4096)
def quantities(text: str, lang: Lang) -> tuple[Quantity, ...]:
    """Every number of ``text`` in order, with its unit; a number without a unit before a
    range connector takes the unit of the range's end ("2 to 4 inches")."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    if _ANY_DIGIT.search(text):
        _special(text, lang, found, taken)
        _digits(text, lang, found, taken)
    taken.extend((q.start, q.end) for q in found)
    _words(text, lang, found, taken)
    _romans(text, lang, found, taken)
    found.sort(key=lambda q: q.start)
    for i in range(len(found) - 2, -1, -1):
        here, following = found[i], found[i + 1]
        if here.dimension is None and following.dimension is not None and here.clock is None \
                and _RANGE.match(text[here.end:following.start]):
            found[i] = replace(here, dimension=following.dimension, factor=following.factor)
    return tuple(found)


def groups(found: Sequence[Quantity], text: str) -> list[list[Quantity]]:
    """Quantities with their conversions: "six meters (18 feet)" is one group of two."""
    out: list[list[Quantity]] = []
    for q in found:
        if out and q.dimension is not None and out[-1][-1].dimension == q.dimension and \
                _CONVERSION.match(text[out[-1][-1].end:q.start]):
            out[-1].append(q)
        else:
            out.append([q])
    return out


def numbers_in(text: str, lang: Lang, collective: bool = False) -> list[float]:
    """The numbers written in ``text`` that are surely numbers, in order, scaled by a following
    thousand/million word; with ``collective``, collective numerals too ("шестеро", "үшеуі":
    weak for the checker, a count for the aligner, see :func:`is_collective`).

    A group of digits that the locale cannot read as one number (a year and a count written
    side by side, "2021 30") is read as separate numbers.

    >>> numbers_in("Шестеро из них получили травмы.", Lang.RU, collective=True)
    [6.0]
    >>> numbers_in("Шестеро из них получили травмы.", Lang.RU)
    []
    """
    return [q.value for q in quantities(text, lang)
            if q.strong or (collective and q.word and is_collective(text[q.start:q.end], lang))]
