"""Numbers of a text, read the way its language writes them, for comparing translations.

"1 000,5" in Russian and "1,000.5" in English are the same number; "$100 млн", "$100 million"
and "100 млн доллар" are all 100,000,000; "27-29 апреля", "April 27-29" and "27-29 сәуірде" are
27 and 29; "18-го", "18th" and "2022-ші" are 18 and 2022; the Roman "XX" of a festival's edition
is 20. Each written number is parsed with babel in the text's locale, always strictly (a group
separator in the wrong place is not silently accepted), and then scaled by a following word for
thousands, millions or billions.

>>> numbers_in("Товарооборот составил $100 млн, рост на 1 000,5 тонн", Lang.RU)
[100000000.0, 1000.5]
>>> numbers_in("Trade reached $100 million, up 1,000.5 tonnes", Lang.EN)
[100000000.0, 1000.5]
>>> numbers_in("27-29 сәуірде, 2022-ші жылы", Lang.KK)
[27.0, 29.0, 2022.0]
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal

from toolkit.lang import Lang

__all__ = ["numbers_in"]

_LOCALE = {Lang.KK: "kk", Lang.RU: "ru", Lang.EN: "en"}
# A written number: digit groups with a group separator, or plain digits, with decimals.
# Spaces inside a number are ordinary, no-break or narrow no-break spaces.
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
)
_ROMAN = re.compile(r"(?<![\w-])([IVXLC]+)(?![\w-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_SCALES = {
    "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "мың": 1e3, "thousand": 1e3,
    "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "million": 1e6,
    "millions": 1e6, "mln": 1e6, "m": 1e6,
    "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "billion": 1e9,
    "billions": 1e9, "bn": 1e9,
    "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "trillion": 1e12,
}
_SCALE_AFTER = re.compile(r"\s*([A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)")


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


def numbers_in(text: str, lang: Lang) -> list[float]:
    """The numbers written in ``text``, in order, scaled by a following thousand/million word.

    A group of digits that the locale cannot read as one number (a year and a count written
    side by side, "2021 30") is read as separate numbers.
    """
    found: list[tuple[int, float]] = []
    for match in _NUMBER.finditer(text):
        written = match.group(1)
        value = _parse(written, lang)
        if value is None:
            found.extend((match.start(), float(part)) for part in re.findall(r"\d+", written))
            continue
        scale = _SCALE_AFTER.match(text, match.end())
        factor = _SCALES.get(scale.group(1).casefold(), 1.0) if scale else 1.0
        found.append((match.start(), float(value) * factor))
    for match in _ROMAN.finditer(text):
        letters = match.group(1)
        if lang is Lang.EN and len(letters) < 2:
            continue  # "I" is a pronoun in English
        roman = _roman(letters)
        if roman is not None:
            found.append((match.start(), float(roman)))
    return [number for _, number in sorted(found)]
