"""A capital for its government: a place rendered by the name of a related place.

News writes "Athens has long insisted" for the Greek government, and a translator may render
it «Правительство Греции», or the other way round («признан незаконным испанским
правительством» for "deemed illegal by Madrid"). Neither translation leaves the capital or
the country out. :func:`metonymic` finds the source concepts so rendered, by rules about the
glossary's relations and the text, never about particular places:

- the capital is a place related to exactly one place, its country, which is itself related
  to none, and no place is related to the capital (a region has cities related to it, a city
  of a region relates to two places);
- the side that names the country names it beside a word for government ("Правительство
  Греции", "испанским правительством", "the Spanish government", "Испания үкіметі"), and
  in the source every time: «о выходе Каталонии из состава Испании» names the country, not
  its government, and Madrid in the translation does not render it;
- the source does not mention both the capital and the country: a source that names both
  asks for both.
"""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.check.base import Context, Pair
from toolkit.glossary.model import Glossary, Kind
from toolkit.lang import Lang
from toolkit.match import Match
from toolkit.text.tokenize import Token, tokenize
from toolkit.text.wordkeys import base_key, word_keys

__all__ = ["capitals", "metonymic"]

# Words for a state's government, as keys of each language's morphology.
_GOVERNMENT = {
    Lang.RU: frozenset({"правительство", "власть", "кабинет"}),
    Lang.EN: frozenset({"government", "authorities", "cabinet"}),
    Lang.KK: frozenset({base_key(w, Lang.KK) for w in ("үкімет", "билік")}),
}
# English puts these between "government" and its country: "the government of Greece".
_LINKS = frozenset({"of", "the"})


def capitals(glossary: Glossary) -> dict[str, str]:
    """The places that may stand for their country's government, with that country's id.

    >>> from toolkit.glossary.model import Concept, Term
    >>> g = Glossary((Concept("place-greece", Kind.PLACE, en=(Term("Greece"),)),
    ...               Concept("place-athens", Kind.PLACE, en=(Term("Athens"),),
    ...                       related=("place-greece",))))
    >>> capitals(g)
    {'place-athens': 'place-greece'}
    """
    places = {c.id: c for c in glossary if c.kind is Kind.PLACE}

    def related(concept_id: str) -> list[str]:
        return [r for r in places[concept_id].related if r in places]

    targets = {r for concept_id in places for r in related(concept_id)}
    out = {}
    for concept_id in places:
        linked = related(concept_id)
        if len(linked) == 1 and concept_id not in targets and not related(linked[0]):
            out[concept_id] = linked[0]
    return out


def _government(token: Token, lang: Lang) -> bool:
    keys = word_keys(token.text, lang) | {base_key(token.text, lang)}
    return not _GOVERNMENT[lang].isdisjoint(keys)


def _beside_government(text: str, mention: Match, lang: Lang) -> bool:
    """Whether a word for government stands next to the mention (in English, across "of" and
    "the"): «Правительство Греции», "испанским правительством", "government of Greece"."""
    words = [t for t in tokenize(text) if t.is_word]
    inside = [i for i, t in enumerate(words) if mention.start <= t.start and t.end <= mention.end]
    if not inside:
        return False

    def neighbour(i: int, step: int) -> bool:
        i += step
        while 0 <= i < len(words) and lang is Lang.EN and words[i].text.casefold() in _LINKS:
            i += step
        return 0 <= i < len(words) and _government(words[i], lang)

    return neighbour(inside[0], -1) or neighbour(inside[-1], 1)


def _government_only(text: str, mentions: Sequence[Match], concept: str, lang: Lang) -> bool:
    """Whether a country is named beside a word for government, and every time by its name
    (its adjective asks for nothing of its own: «на греческую провинцию»)."""
    own = [m for m in mentions if m.concept == concept]
    return any(_beside_government(text, m, lang) for m in own) and all(
        _beside_government(text, m, lang) for m in own if not m.derived)


def metonymic(pair: Pair, rendered: set[str], context: Context) -> set[str]:
    """The source concepts of a pair, not in ``rendered``, that its target renders by the
    related place: a capital by its country beside a word for government, a country named
    beside a word for government by its capital."""
    key = ("capitals",)
    if key not in context.memo:
        context.memo[key] = capitals(context.glossary)
    capital_of: dict[str, str] = context.memo[key]  # type: ignore[assignment]
    source: Sequence[Match] = pair.source_mentions
    target: Sequence[Match] = pair.target_mentions
    named = {m.concept for m in source}
    out = set()
    for mention in source:
        concept = mention.concept
        if concept in rendered or concept in out:
            continue
        country = capital_of.get(concept)
        # A capital in the source, its country's government in the translation ...
        by_country = country is not None and country not in named and any(
            t.concept == country and _beside_government(pair.target, t, context.target_lang)
            for t in target)
        # ... or a country's government in the source, its capital in the translation.
        by_capital = any(capital_of.get(t.concept) == concept and t.concept not in named
                         for t in target) and _government_only(pair.source, source, concept,
                                                               context.source_lang)
        if by_country or by_capital:
            out.add(concept)
    return out
