"""Month names in Kazakh, Russian and English, in every case form, for comparing dates.

"27-29 апреля", "April 27-29", "27-29 сәуірде", "27.04.2022" and "2022-04-27" all name April;
"в декабре" is December, "мамырда" May. Russian months are matched with their case endings and
adjectives ("апреля", "в мае", "майские"), Kazakh ones with any suffix ("сәуірде", "қазанның",
"мамырдағы"). Names that are also ordinary words are months only beside a number or the word
for month: the English "May" (also a name: Theresa May) and "March", the Kazakh "маусым" (also
"season") and "қазан" (also "cauldron"); a Kazakh month with a capital inside a sentence is a
name (the city Қазан).

>>> months_in("Форум пройдет 27-29 апреля, а не в мае", Lang.RU)
[4, 5]
>>> months_in("Осы маусымда ол 15 маусымда келді", Lang.KK)
[6]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.lang import Lang

__all__ = ["NUMERIC_DATE", "Month", "months", "months_in", "numeric_dates"]

_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
       "october", "november", "december"]
_EN_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_RU_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
             "октябр", "ноябр", "декабр")
_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
       "қазан", "қараша", "желтоқсан")

_EN_WORDS = re.compile(
    r"\b(" + "|".join(m.capitalize() for m in _EN) + r"|"
    + "|".join(s.capitalize() for s in _EN_SHORT) + r")(\.)?(?!\w|['’][^s])")
# Russian endings of a month noun (апрель, апреля, апреле, апрелю, апрелем) and its adjective.
_RU_WORDS = re.compile(
    r"(?<![\w-])(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)"
    r"(?:ь|я|е|ю|ем|ём|ь?ск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ими))(?!\w)"
    r"|(?<![\w-])(март|август)(?:а|е|у|ом|овск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ими))?(?!\w)"
    r"|(?<![\w-])(ма)(?:й|я|е|ю|ем|йск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ими))(?!\w)",
    re.IGNORECASE)
# Before a vowel a final к is voiced: қыркүйек → қыркүйегінде.
_KK_WRITTEN = {**{m: i + 1 for i, m in enumerate(_KK)}, "қыркүйег": 9}
_KK_WORDS = re.compile(r"(?<![\w-])(" + "|".join(sorted(_KK_WRITTEN, key=len, reverse=True))
                       + r")([а-яәіңғүұқөһ]{0,8})(?!\w)", re.IGNORECASE)
# Beside a number ("15 маусымда", "May 27", "27-29 апреля") or the word for month.
_NUMBER_BEFORE = re.compile(r"\d[\d\s\-–—.,]*(?:-?(?:ші|шы|го|е|th|st|nd|rd))?\s*$")
_NUMBER_AFTER = re.compile(r"^\.?\s*\d")
_MONTH_WORD_AFTER = re.compile(r"^\s+(?:ай|айы|айында|айының|айынан|айына|айдың|айда)\b")
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|early|late|mid|last|next|this|from|through|to|between|"
    r"during)\s*|жылғы\s+|жылы\s+|жылдың\s+)$", re.IGNORECASE)
_AMBIGUOUS = {(Lang.EN, 5), (Lang.EN, 3), (Lang.KK, 6), (Lang.KK, 10)}


# A date in figures: "27.04.2022" (day, month, year) or ISO "2022-04-27".
NUMERIC_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d\w])"
                          r"|(?<![\w.,-])(\d{4})-(\d{2})-(\d{2})(?![\d\w])")


def numeric_dates(text: str) -> list[tuple[re.Match[str], int, int, int]]:
    """Every valid date written in figures: (match, day, month, year)."""
    out = []
    for match in NUMERIC_DATE.finditer(text):
        if match.group(1):
            day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        else:
            year, month, day = int(match.group(4)), int(match.group(5)), int(match.group(6))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append((match, day, month, year))
    return out


@dataclass(frozen=True)
class Month:
    """A month named in a text: its number (1-12) and where it is written."""

    start: int
    end: int
    month: int


def _attested(text: str, start: int, end: int, lang: Lang) -> bool:
    before, after = text[max(0, start - 30):start], text[end:end + 20]
    # Kazakh puts the day before the month: a number after "маусымда" is not its day.
    after_day = lang is not Lang.KK and _NUMBER_AFTER.match(after)
    return bool(_NUMBER_BEFORE.search(before) or after_day or _MONTH_WORD_AFTER.match(after))


def months(text: str, lang: Lang) -> list[Month]:
    """Every month named in ``text``, in order."""
    found = []
    if lang is Lang.EN:
        for match in _EN_WORDS.finditer(text):
            word = match.group(1).casefold()
            short = word in _EN_SHORT
            if short and not (match.group(2) or _NUMBER_AFTER.match(text[match.end():])):
                continue  # "Jan", "Dec" as names need a dot or a day
            month = _EN_SHORT[word] if short else _EN.index(word) + 1
            found.append(Month(match.start(), match.end(1), month))
    elif lang is Lang.RU:
        for match in _RU_WORDS.finditer(text):
            stem = (match.group(1) or match.group(2) or match.group(3)).casefold()
            found.append(Month(match.start(), match.end(), _RU_STEMS.index(stem) + 1))
    else:
        for match in _KK_WORDS.finditer(text):
            found.append(Month(match.start(), match.end(),
                               _KK_WRITTEN[match.group(1).casefold()]))
    found = [m for m in found if _is_month(text, m, lang)]
    found.extend(Month(match.start(), match.end(), month)
                 for match, _day, month, _year in numeric_dates(text))
    return sorted(found, key=lambda m: m.start)


def _is_month(text: str, month: Month, lang: Lang) -> bool:
    if _attested(text, month.start, month.end, lang):
        return True
    # Kazakh and Russian write months in lower case: "Қазан" inside a sentence is the city,
    # "Марта" a name.
    if lang is not Lang.EN and text[month.start].isupper() and not _sentence_start(
            text, month.start):
        return False
    if (lang, month.month) not in _AMBIGUOUS:
        return True
    if lang is Lang.KK and month.month == 10:
        return True  # "қазан" in lower case, or opening a sentence: the month
    return bool(_PREPOSITION_BEFORE.search(text[max(0, month.start - 12):month.start]))


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\"'«“(‘")
    return not before or before[-1] in ".!?:;—–-\n"


def months_in(text: str, lang: Lang) -> list[int]:
    """The months named in ``text``, in order, as numbers 1-12."""
    return [m.month for m in months(text, lang)]
