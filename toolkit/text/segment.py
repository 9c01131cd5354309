"""Sentence segmentation for kk, ru and en: razdel plus our abbreviation lists.

A document is split into paragraphs at blank lines, and every line break is a boundary too (a
plain-text article puts its headline and each paragraph on a line of its own; a headline has no
full stop to split at). Within a line, candidate boundaries come from razdel and from a plain
rule (terminal punctuation, optional closing quotes, space, then a capital letter, a digit or an
opening quote). A candidate is dropped when the word before the full stop is an abbreviation of
the language (``data/abbreviations.<lang>.txt``, plus Moses' non-breaking prefixes for ru and
en, ``data/moses.<lang>.txt``, copied from sacremoses) or initials ("Е. Кошербаев",
"Е.Кошербаев", "Н.Ә. Назарбаев", "К.-Ж. Токаев"), when the next sentence would start with a
lower-case letter, or when the full stop stands inside a short quotation (a title: “Сибирь.
Экономика будущего”). An abbreviation that closes a list ("и т.д.", "и др.", "т.б.") ends the
sentence before a capital all the same, and an amount ("$100 млн.") before a Cyrillic one.

>>> [s.text for s in split_sentences("Т.б. мәселелер талқыланды. Е. Көшербаев сөз сөйледі.",
...                                   Lang.KK)]
['Т.б. мәселелер талқыланды.', 'Е. Көшербаев сөз сөйледі.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from razdel import sentenize

from toolkit.lang import Lang

__all__ = ["Sentence", "abbreviations", "segment", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """A sentence of a line: its text and its offsets in that line."""

    text: str
    start: int
    end: int


@cache
def abbreviations(lang: Lang) -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations, abbreviations only before a number) of ``lang``, as written, folded."""
    words: set[str] = set()
    numeric: set[str] = set()
    for name in (f"abbreviations.{lang.value}.txt", "abbreviations.latin.txt"):
        words.update(_items(name))
    if lang in (Lang.RU, Lang.EN):
        # Moses' lists, copied from sacremoses by scripts/moses_prefixes.py: importing
        # sacremoses would load its tokenizer (and joblib) on every run.
        for entry in _items(f"moses.{lang.value}.txt"):
            item, _, flag = entry.partition("#")
            (numeric if "NUMERIC_ONLY" in flag else words).add(item.strip())
    words -= _UNITS
    return (frozenset(w.casefold() for w in words), frozenset(w.casefold() for w in numeric))


def _items(name: str) -> list[str]:
    """The items of a data file: one a line, ``#`` comment lines skipped."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


_DATA = Path(__file__).resolve().parent / "data"

# Units of measurement are written without a full stop in Russian and Kazakh, so a full stop
# after one ends the sentence ("до 10 см. Для ..."); Moses' Russian list has some of them.
_UNITS = {"мм", "см", "дм", "м", "км", "мг", "кг", "т", "л", "га", "ч", "мин", "сек"}


_CYRILLIC_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_UPPER = "A-Z" + _CYRILLIC_UPPER
# Possessive quantifiers and the look-behind (a run of marks is tried once, from its start) keep
# the search linear: a line of a million full stops must not take a million steps per stop.
_CANDIDATE = re.compile(
    rf"(?<![.!?…])[.!?…]++[\"'»”“’)\]]*+(?=\s++[\"'«“”„(\[]?[{_UPPER}0-9])"
)
_LAST_WORD = re.compile(r"([\w-]+(?:\.[\w-]+)*)\.$")
_CLOSERS = "\"'»”“’)]"
_TERMINALS = ".!?…"
# How far around a boundary its tests look. The longest abbreviation has 8 letters; a window keeps
# each test's cost fixed, so a line costs time in proportion to its length, however long it is.
_WINDOW = 64


# Abbreviations that close a list ("и т.д.", "и др.", "т.б.", "т.с.с."): the full stop is also the
# sentence's when a capital follows. "пр." is left out: it is also "проспект" before a name; and
# only lower case, since "Т.Д." and "Т.Б." are also initials ("Т.Д. Иванов").
_CLOSING = re.compile(r"(?<![\w.])(?:т\.\s?д|т\.\s?п|др|т\.\s?б|т\.с\.с)\.$")


# Amounts ("5 тыс.", "$100 млн."): before a Cyrillic capital the full stop ends the sentence, since
# what such an amount counts is written in lower case ("млн. тенге", "тыс. человек").
_AMOUNT = re.compile(r"(?<![\w.])(?:тыс|млн|млрд|трлн)\.$", re.IGNORECASE)
_CYRILLIC_CAPITAL = re.compile(f"[{_CYRILLIC_UPPER}]")


def _ends_with_abbreviation(before: str, after: str, lang: Lang) -> bool:
    """Whether the full stop that ends ``before`` belongs to an abbreviation or an initial."""
    stripped = before.rstrip().rstrip(_CLOSERS)
    if not stripped.endswith(".") or _CLOSING.search(stripped):
        return False
    if _AMOUNT.search(stripped) and _CYRILLIC_CAPITAL.match(after.lstrip(" «\"„“(")):
        return False  # "составил $100 млн. Глава региона ...": currencies are lower-case
    match = _LAST_WORD.search(stripped)
    if not match:
        return False
    word = match.group(1)
    if all(len(part) == 1 and part.isupper() and part.isalpha()
           for part in re.split(r"\.-?", word)):
        # Initials: "Е. Кошербаев", "Дионисио А. Линд", "Н.Ә. Назарбаев", "К.-Ж. Токаев",
        # "J.K. Rowling".
        return True
    words, numeric = abbreviations(lang)
    folded = word.casefold()
    if folded in words:
        return True
    if lang is Lang.RU and folded == "см" and not re.search(r"\d\s*см\.$", stripped):
        return True  # "см." after no number is "see" ("См. приложение"), not centimetres
    return folded in numeric and after.lstrip()[:1].isdigit()


def _ends_terminal(line: str, boundary: int) -> bool:
    """Whether the text before ``boundary`` ends with terminal punctuation (then closing quotes
    or brackets, then spaces), looking back no further than the window."""
    i, stop = boundary, max(0, boundary - _WINDOW)
    while i > stop and line[i - 1].isspace():
        i -= 1
    while i > stop and line[i - 1] in _CLOSERS:
        i -= 1
    return i > 0 and line[i - 1] in _TERMINALS


# razdel builds the text between two cuts by joining strings, which is quadratic in the length of
# a stretch it does not cut (a line of a million full stops took over a minute). Lines longer
# than this are given to it in pieces cut at a space that follows no punctuation, where no
# sentence ends; a piece's own end is not a boundary.
_RAZDEL_PIECE = 10_000


def _razdel_stops(line: str) -> set[int]:
    if len(line) <= _RAZDEL_PIECE:
        return {span.stop for span in sentenize(line)}
    stops: set[int] = set()
    start = 0
    while start < len(line):
        end = _piece_end(line, start + _RAZDEL_PIECE)
        stops.update(start + span.stop for span in sentenize(line[start:end])
                     if start + span.stop < end or end == len(line))
        start = end
    return stops


def _piece_end(line: str, at: int) -> int:
    """Where a piece of a long line may end: the first space at or after ``at`` that follows a
    letter or a digit, else a hard cut ``_RAZDEL_PIECE`` further (a run without such spaces
    holds no sentence boundary a piece could split)."""
    limit = min(len(line), at + _RAZDEL_PIECE)
    for i in range(at, limit):
        if line[i].isspace() and line[i - 1].isalnum():
            return i
    return limit


def _boundaries(line: str) -> list[int]:
    found = _razdel_stops(line)
    found.update(m.end() for m in _CANDIDATE.finditer(line))
    # Only terminal punctuation ends a sentence (razdel also splits at some semicolons).
    end = len(line.rstrip())
    return sorted(b for b in found if 0 < b < end and _ends_terminal(line, b))


_QUOTES = "\"«»“”„"
# A quotation longer than this may hold several sentences of reported speech; a shorter one is a
# title ("Сибирь. Экономика будущего") whose full stop ends nothing.
MAX_TITLE = 80


def _quoted_titles(line: str) -> list[tuple[int, int]]:
    """Spans of quoted titles: a quote mark after a space or at the start opens, the next quote
    mark not followed by a letter closes, and the quotation must look like a title."""
    spans = []
    opened: int | None = None
    for i, char in enumerate(line):
        if char not in _QUOTES:
            continue
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < len(line) else " "
        if opened is None and (prev.isspace() or prev in "([") and not nxt.isspace():
            opened = i
        elif opened is not None and not nxt.isalnum():
            if _looks_like_title(line[opened + 1:i]):
                spans.append((opened, i))
            opened = None
    return spans


def _looks_like_title(quoted: str) -> bool:
    """A title has no ! or ?, and at most three words before its first full stop; reported
    speech ("Море наше по праву. Вернуть его — наш долг") has longer sentences."""
    if len(quoted) > MAX_TITLE or any(mark in quoted for mark in "!?…"):
        return False
    head = quoted.split(".")[0]
    return len(head.split()) <= 3


def split_sentences(line: str, lang: Lang) -> list[Sentence]:
    """The sentences of one line of text, with their offsets in it."""
    cuts = []
    titles = _quoted_titles(line)
    for boundary in _boundaries(line):
        if any(start < boundary <= end for start, end in titles):
            continue
        before = line[max(0, boundary - _WINDOW):boundary]
        after = line[boundary:boundary + _WINDOW]
        next_char = after.lstrip().lstrip("\"'«“”„([")[:1]
        if next_char.islower() or not next_char:
            continue
        if _ends_with_abbreviation(before, after, lang):
            continue
        cuts.append(boundary)
    sentences: list[Sentence] = []
    start = 0
    for end in [*cuts, len(line)]:
        piece = line[start:end]
        text = piece.strip()
        if text:
            offset = start + (len(piece) - len(piece.lstrip()))
            if sentences and not any(c.isalnum() for c in text):
                # Punctuation alone ("сказал он. —" where the quotation goes on in the next
                # line) is no sentence: it stays with the one before.
                last = sentences[-1]
                sentences[-1] = Sentence(line[last.start:offset + len(text)], last.start,
                                         offset + len(text))
            else:
                sentences.append(Sentence(text, offset, offset + len(text)))
        start = end
    return sentences


def segment(text: str, lang: Lang) -> list[list[str]]:
    """Paragraphs (separated by blank lines) of sentences; every line break ends a sentence."""
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].extend(s.text for s in split_sentences(line, lang))
    return [p for p in paragraphs if p]
