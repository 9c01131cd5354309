"""Align two documents' sentences: features, the cost, the DP, confidence. One public call.

>>> from toolkit.glossary.model import Glossary
>>> beads = align_sentences(["Абакан — столица Хакасии.", "Там прошёл форум."],
...                         ["Abakan is the capital of Khakassia.", "A forum was held there."],
...                         Lang.RU, Lang.EN, Glossary())
>>> [str(b) for b in beads]
['[0]:[0]', '[1]:[1]']
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from toolkit.align.bead import Bead
from toolkit.align.cost import IDENTICAL, NAME, QUOTES, AlignCost, Features
from toolkit.align.dp import align, to_beads
from toolkit.align.names import names_in
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.match import Matcher
from toolkit.text.normalize import fold
from toolkit.text.numbers import numbers_in

__all__ = ["LOW_CONFIDENCE", "align_sentences", "features_of"]

# Beads below this confidence are marked for review in every output.
LOW_CONFIDENCE = 0.5


def features_of(sentences: Sequence[str], lang: Lang, matcher: Matcher | None,
                cross_script: bool = False) -> list[Features]:
    """Length, concepts, numbers, identical-token candidates, quotes and names of each sentence.

    Names are keyed for the other side's script: by transliteration when it is another script
    (``cross_script``: English against Russian or Kazakh), by their first five letters when it
    is the same one.
    """
    out = []
    for sentence in sentences:
        anchors: Counter[tuple[str, object]] = Counter()
        if matcher is not None:
            anchors.update(("c", m.concept) for m in matcher.find(sentence))
        anchors.update(("n", round(v, 3)) for v in numbers_in(sentence, lang))
        tokens = Counter(fold(t) for t in IDENTICAL.findall(sentence)
                         if not t.isdigit() and (lang is not Lang.EN or t[:1].isupper()
                                                 or any(c.isdigit() for c in t)))
        if cross_script:
            names = Counter(names_in(sentence))
        else:
            # Names in Cyrillic are spelled alike in Kazakh and Russian but inflect differently
            # ("Абакане", "Абаканда"): their first five letters are the anchor.
            names = Counter(fold(w)[:5] for w in NAME.findall(sentence))
        out.append(Features(len(sentence), anchors, tokens, len(QUOTES.findall(sentence)),
                            names))
    return out


def _confidence(cost: float, di: int, dj: int) -> float:
    """A bead's cost as a confidence in [0, 1]: 0.95 at cost 0, 0.5 at cost 3."""
    return 1 / (1 + math.exp(min(cost - 3.0, 50.0)))


def align_sentences(source: Sequence[str], target: Sequence[str], source_lang: Lang,
                    target_lang: Lang, glossary: Glossary,
                    source_breaks: frozenset[int] = frozenset(),
                    target_breaks: frozenset[int] = frozenset(),
                    matchers: dict[Lang, Matcher] | None = None) -> list[Bead]:
    """Beads that align the two lists of sentences (paragraph starts in ``*_breaks``)."""
    if not source and not target:
        return []
    if not source or not target:
        return [Bead((i,), (), 0.0) for i in range(len(source))] + [
            Bead((), (j,), 0.0) for j in range(len(target))]
    if matchers is None:
        matchers = {lang: Matcher(glossary, lang) for lang in {source_lang, target_lang}}
    cross = (source_lang is Lang.EN) != (target_lang is Lang.EN)
    cost = AlignCost(features_of(source, source_lang, matchers.get(source_lang), cross),
                     features_of(target, target_lang, matchers.get(target_lang), cross),
                     source_lang, target_lang, source_breaks, target_breaks)
    return to_beads(align(len(source), len(target), cost), _confidence)
