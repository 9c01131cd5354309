"""Evidence that a match of a name or a title is really a mention of the glossary's concept.

A word of a term may also be another word: the country Того and the pronoun "того", Chad and
the first name Chad, the title governor and the "Board of Governors". The matcher finds every
place where the words fit; :func:`implausible` then rejects those where the text itself says
they are something else. The rules are about the *text*, never about particular terms:

- **Sentence start** (ru, places): a capital letter at the start of a sentence is no
  evidence of a name. There a one-word place name is kept only when pymorphy3 gives the word
  a fair chance of being a proper name ("То есть", "Тем не менее", "Тот гол" are pronouns
  and conjunctions, not Того).
- **First name** (en): a one-word place name written exactly as the glossary has it and
  followed at once by a capitalized word that starts no other mention and that the English
  lexicon does not know (a surname) is a person's first name: "Chad Hammel", "Jordan
  Spieth". A known word after it ("Wales Act", "Qinghai Province", "Mexico City") leaves the
  place: a longer name the glossary lacks is for the glossary to add. Acronyms are exempt.
  Only English: Russian and Kazakh put names side by side without articles ("Қытай мен
  Ресей Пхеньянның", "Боливия Тынық мұхитқа").
- **Inside a quoted name**: a place inside a short quotation that is itself a name of a
  medium, a work or a company («Вечерняя Москва», “Russia Today”) is not a mention of the
  place. A quotation is a name when it is short, starts with a capital letter and is no
  sentence: in English every long word is capitalized, in Russian no word reads as a verb, in
  Kazakh it has at most two words; and when none of its other words is a word of a place's
  name («Республика Северная Македония» is the state's own name).
- **Inside an organisation's name** (en): a title written with a capital after "<Name> of"
  is part of that name: "Board of Governors", "Council of Ministers".
- **A time of day** (en): "AM" or "PM" (also "A.M.", "P.M.") right after a number or a
  clock time ("3:13 PM", "10 PM", "five P.M.") is the half of the day, not the prime
  minister's abbreviation nor any other term.
- **Someone's subordinates** (en): a generic title after the possessive of a name that is no
  mention ("Dimon's deputies", "Google's president") is a post in that person's or company's
  hierarchy, not the public office; "Kazakhstan's president" stays (the possessor is a place).

:func:`other_sense` judges a *source* mention only: whether it asks the translation for the
concept at all ("долл. США" names money, "послом марки" a brand's ambassador). Its rules can
hide a finding but never make one, since they drop no word of a translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from toolkit.glossary.model import Kind, Term
from toolkit.lang import Lang
from toolkit.text.normalize import fold
from toolkit.text.tokenize import Token

__all__ = ["implausible", "other_sense", "quoted_spans"]

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


def _english_word(word: str) -> bool:
    from toolkit.text.lexicon import is_known

    return is_known(word, Lang.EN)


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
    others = [w for w in words if w not in own]
    if not others or any(place_word(w) for w in others):
        return False
    if lang is Lang.EN:
        return all(w[:1].isupper() or len(w) < 4 for w in words)
    if lang is Lang.RU:
        return not any(_ru_verb(w) for w in words)
    return len(words) <= 2


_MERIDIEM = frozenset({"am", "pm"})
_CLOCK_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "eleven", "twelve"})


def _time_of_day(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] spell "AM"/"PM" (with or without full stops) right after a
    number or a clock time: "3:13 PM", "10 PM", "5 P.M.", "ten PM"."""
    letters = "".join(t.text for t in tokens[start:end] if t.is_word)
    if letters.casefold() not in _MERIDIEM or start == 0:
        return False
    before = tokens[start - 1]
    return before.is_word and (before.text[-1:].isdigit()
                               or before.text.casefold() in _CLOCK_WORDS)


def implausible(lang: Lang, kind: Kind, term: Term, tokens: Sequence[Token], start: int,
                end: int, text: str, starts: frozenset[int],
                quotes: Sequence[tuple[int, int]],
                place_word: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether the text says that tokens[start:end], which fit ``term``, are another word.

    ``starts`` are the token positions where some candidate mention begins (a neighbouring
    mention is no sign of a longer name; only positions other than ``start`` are looked up);
    ``quotes`` are :func:`quoted_spans` of ``text``;
    ``place_word`` tells whether a word is a word of some place's name in the glossary.
    """
    first = tokens[start]
    single = end - start == 1
    if lang is Lang.EN and _time_of_day(tokens, start, end):
        return True
    if kind is Kind.PLACE and single and not term.case_sensitive:
        if lang is Lang.RU and _sentence_initial(tokens, start):
            from toolkit.text.morph.ru import name_share

            if name_share(first.text) < MIN_NAME_SHARE:
                return True
        if lang is Lang.EN and end < len(tokens) and fold(first.text) == fold(term.text):
            after = tokens[end]
            if (after.is_word and after.text[:1].isupper() and not after.text.isupper()
                    and end not in starts and text[first.end:after.start] == " "
                    and not _english_word(after.text)):
                return True
    if kind is Kind.PLACE:
        begin, finish = first.start, tokens[end - 1].end
        for q_start, q_end in quotes:
            inside = q_start <= begin and finish <= q_end
            if inside and (text[q_start:begin].strip() or text[finish:q_end].strip()) \
                    and _quoted_name(text[q_start:q_end], text[begin:finish], lang,
                                     place_word):
                return True
    if kind is not Kind.TITLE or lang is not Lang.EN or not single or term.text[:1].isupper():
        return False
    if (first.text[:1].isupper() and start >= 2 and tokens[start - 1].text == "of"
            and tokens[start - 2].text[:1].isupper() and start - 2 not in starts):
        return True
    before = tokens[start - 1] if start >= 1 else None
    return (before is not None and before.is_word and before.text.endswith("'s")
            and before.text[:1].isupper() and start - 1 not in starts)


# ------------------------------------------------------------ what a source mention asks for

# Nouns for organisations that are no state: a title of theirs is a post in a company, a
# brand, a prison or a club ("послом марки", "президент компании", "the prison's governor").
_ORGANISATIONS = {
    Lang.RU: frozenset({"компания", "фирма", "корпорация", "концерн", "холдинг", "марка",
                        "бренд", "клуб", "банк", "тюрьма", "колония", "школа", "университет",
                        "колледж", "институт", "академия", "больница", "клиника", "сеть",
                        "магазин", "супермаркет", "фонд", "ассоциация", "общество", "команда",
                        "лига", "федерация", "музей", "фестиваль", "канал", "группа"}),
    Lang.EN: frozenset({"company", "firm", "corporation", "group", "brand", "club", "bank",
                        "prison", "jail", "school", "university", "college", "institute",
                        "academy", "hospital", "clinic", "chain", "store", "supermarket",
                        "foundation", "association", "society", "team", "league",
                        "federation", "network", "charity", "museum", "festival", "channel"}),
}
# Currency words: a country beside one names the currency ("долл. США", "US dollars").
_CYRILLIC_CURRENCIES = ("долл", "доллар", "фунт", "франк", "песо", "динар", "юан", "иен", "рупи")
_CURRENCIES = {
    Lang.RU: _CYRILLIC_CURRENCIES,
    Lang.KK: _CYRILLIC_CURRENCIES,
    Lang.EN: ("dollar", "pound", "franc", "peso", "dinar", "yuan", "yen", "rupee"),
}


def _currency(token: Token, lang: Lang) -> bool:
    word = fold(token.text)
    return any(word.startswith(stem) for stem in _CURRENCIES[lang])


def _ru_genitive_noun(word: str) -> str | None:
    """The lemma of a Russian word whose likeliest reading is a noun in the genitive."""
    from toolkit.text.morph.ru import _analyzer

    parses = _analyzer().parse(fold(word))
    if not parses:
        return None
    tag = parses[0].tag
    return parses[0].normal_form if tag.POS == "NOUN" and tag.case == "gent" else None


def _apposition_of_unknown(lang: Lang, tokens: Sequence[Token], start: int, end: int,
                           starts: frozenset[int]) -> bool:
    """Whether a title stands between commas, as a name's apposition, and is held of a
    capitalized name that is no mention and no person: «Майк Куп, президент Сейнсбери,»,
    "Mike Coupe, the president of Sainsbury's,". Every state is in the glossary, so the
    holder is a company, a club or the like; "президента Джоко" (no apposition), «Эммануэль
    Макрон, президент Франции» (a mention) and «, Президент Лопес Обрадор» (a person) stay."""
    if not tokens[start].text[:1].islower():
        return False  # «, Президент Лопес Обрадор пообещал»: the title before a name
    i = start - 1
    while lang is Lang.EN and i >= 0 and tokens[i].text.casefold() in ("the", "a"):
        i -= 1
    if i < 0 or tokens[i].text != ",":
        return False
    j = end + 1 if lang is Lang.EN and end < len(tokens) and tokens[end].text == "of" else end
    if lang is Lang.EN and j == end:
        return False
    # The apposition closes with a comma: "По его словам, президент Токаев поручил" is a
    # title before a name.
    return (j + 1 < len(tokens) and tokens[j].is_word and tokens[j].text[:1].isupper()
            and not tokens[j].text.isupper() and j not in starts and tokens[j + 1].text == ","
            and not (lang is Lang.RU and _ru_person(tokens[j].text)))


def _ru_person(word: str) -> bool:
    """Whether pymorphy3 reads a word as a person in any of its parses (a name after a title:
    "президент Лопес"), rather than as a thing or a place."""
    from toolkit.text.morph.ru import _analyzer

    return any(grammeme in p.tag for p in _analyzer().parse(word)
               for grammeme in ("anim", "Name", "Surn", "Patr"))


def _word_near(tokens: Sequence[Token], i: int, step: int) -> Token | None:
    """The first word token from ``tokens[i]`` on, walking by ``step`` (punctuation skipped),
    or None: found where it is, so that a line of many mentions costs no scan per mention."""
    while 0 <= i < len(tokens):
        if tokens[i].is_word:
            return tokens[i]
        i += step
    return None


def other_sense(lang: Lang, kind: Kind, term: Term, tokens: Sequence[Token], start: int,
                end: int, starts: frozenset[int], public_office: bool = False) -> bool:
    """Whether a source mention, tokens[start:end] matching ``term``, names something other
    than the concept, so that the translation owes it no rendering. Only for the source side:
    a translation's words are never dropped by these rules, so they can hide a finding but
    never make one.

    - **A country in a currency's name**: "долл. США", "долларов США", "АҚШ доллары", "US
      dollars" name money, which a translation may write "$".
    - **A post defined by its field** (a one-word title written in lower case): ru followed by
      "по" ("советники по разведке": advisers, not the diplomatic rank).
    - **A post in an organisation, a brand or a prison**, for a ``public_office``: a generic
      title that the glossary makes broader than state offices (president, governor,
      ambassador): ru followed by an organisation's noun in the genitive ("послом марки",
      "президент компании"); en after an organisation's noun in the possessive ("the
      prison's governor") or followed by "for" and a capitalized name that is no mention ("a
      brand ambassador for M&S"); after a comma, as a name's apposition, and held of a
      capitalized name that is no mention («Майк Куп, президент Сейнсбери»). A glossary
      whose own concept is the prison's governor says nothing of state offices, and keeps
      it.

    ``starts`` are the token positions where a source mention begins.
    """
    before, after = _word_near(tokens, start - 1, -1), _word_near(tokens, end, 1)
    if kind is Kind.PLACE:
        return any(token is not None and _currency(token, lang) for token in (before, after))
    if kind is not Kind.TITLE or end - start != 1 or term.text[:1].isupper() \
            or " " in term.text or lang is Lang.KK:
        return False
    following = [after] if after is not None else []
    if public_office and _apposition_of_unknown(lang, tokens, start, end, starts):
        return True
    if lang is Lang.RU:
        if not following or end in starts:
            return False
        nxt = following[0]
        if nxt.text == "по":
            return True
        lemma = _ru_genitive_noun(nxt.text) if nxt.text[:1].islower() else None
        return public_office and lemma in _ORGANISATIONS[Lang.RU]
    if not public_office:
        return False
    previous = tokens[start - 1] if start >= 1 else None
    if previous is not None and previous.is_word and previous.text.endswith("'s") \
            and start - 1 not in starts:
        return previous.text[:-2].casefold() in _ORGANISATIONS[Lang.EN]
    return (end + 1 < len(tokens) and tokens[end].text == "for" and tokens[end + 1].is_word
            and tokens[end + 1].text[:1].isupper() and end + 1 not in starts)
