"""Counts that describe a glossary: concepts by kind, terms by language and status.

>>> from toolkit.glossary.model import Concept, Glossary, Kind, Term
>>> s = glossary_stats(Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),)),)))
>>> s.concepts[Kind.PLACE], s.covered[(Kind.PLACE, Lang.RU)], s.covered[(Kind.PLACE, Lang.KK)]
(1, 1, 0)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from toolkit.glossary.model import Glossary, Kind, Status
from toolkit.lang import LANGS, Lang

__all__ = ["GlossaryStats", "glossary_stats"]


@dataclass(frozen=True)
class GlossaryStats:
    """``concepts[kind]``: concepts of a kind; ``covered[(kind, lang)]``: those of them with a
    preferred term in ``lang``; ``terms[(lang, status)]``: terms by language and status."""

    concepts: Counter[Kind]
    covered: Counter[tuple[Kind, Lang]]
    terms: Counter[tuple[Lang, Status]]

    @property
    def total(self) -> int:
        return sum(self.concepts.values())


def glossary_stats(glossary: Glossary) -> GlossaryStats:
    """Count the glossary's concepts and terms (see :class:`GlossaryStats`)."""
    concepts: Counter[Kind] = Counter()
    covered: Counter[tuple[Kind, Lang]] = Counter()
    terms: Counter[tuple[Lang, Status]] = Counter()
    for concept in glossary:
        concepts[concept.kind] += 1
        for lang in LANGS:
            if concept.preferred(lang) is not None:
                covered[(concept.kind, lang)] += 1
            for term in concept.terms(lang):
                terms[(lang, term.status)] += 1
    return GlossaryStats(concepts, covered, terms)
