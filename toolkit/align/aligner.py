"""Align two documents' sentences: features, the cost, the DP, confidence.

:func:`align_documents` gives the beads and how sure the aligner is of them;
:func:`align_sentences` only the beads.

>>> from toolkit.glossary.model import Glossary
>>> beads = align_sentences(["Абакан — столица Хакасии.", "Там прошёл форум."],
...                         ["Abakan is the capital of Khakassia.", "A forum was held there."],
...                         Lang.RU, Lang.EN, Glossary())
>>> [str(b) for b in beads]
['[0]:[0]', '[1]:[1]']
"""

from __future__ import annotations

import gc
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from toolkit.align.bead import Bead
from toolkit.align.cost import (
    ENDED,
    IDENTICAL,
    MARKS,
    NAME,
    QUOTES,
    SENTENCE_INSIDE,
    AlignCost,
    Features,
)
from toolkit.align.dictionary import Dictionary, load_dictionary
from toolkit.align.dp import Step, align, to_beads
from toolkit.align.names import cognate_keys, names_in, same_script_key
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.match import Finder, Matcher
from toolkit.text.normalize import fold
from toolkit.text.numbers import numbers_in

__all__ = ["LOW_CONFIDENCE", "PARALLEL_FROM", "Alignment", "align_documents", "align_sentences",
           "features_of"]

# Beads below this confidence are marked for review in every output.
LOW_CONFIDENCE = 0.5
# Below this share of sentences in confident beads, two texts do not look like translations.
PARALLEL_FROM = 0.5
# In the same script (Kazakh and Russian), the language that keeps foreign names as they are
# written and the one that transliterates them.
_KEEPS_LATIN = frozenset({Lang.KK})
_TRANSLITERATES = frozenset({Lang.RU})
# A text's own length ratio, measured on the first pass's sure pairs, replaces the languages'
# when their logarithms are this far apart (7%), measured on at least this many pairs, at
# most this many times the languages' (see _measured_ratio).
RATIO_APART = 0.07
RATIO_PAIRS = 5
RATIO_MOST = 1.5
# A bead is marked for review when the cheapest other reading of it and its neighbours costs less
# than this many nats more than the path's (see margins). The stretch read again is the bead and
# one bead either side (two either side found 3 more of the 108 wrong beads of the tune part,
# for more time).
REVIEW_MARGIN = 3.0
_WINDOW = 1
# The bead types of the other readings. The rare 2-2, 3-1 and 1-3 beads (priors of 6 nats and
# more) are left out: with them the margins take twice the time, and they mark half as many
# beads again for one more wrong one (tune part: 608 marks finding 78 wrong beads, against 403
# finding 77).
_READINGS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
# Margins are read up to this (the confidence is then 0.9999).
MARGIN_MOST = 12.0
# Sentences read between two progress reports.
_CHUNK = 512


def features_of(sentences: Sequence[str], lang: Lang, matcher: Finder | None,
                cross_script: bool = False,
                dictionary: Dictionary | None = None) -> list[Features]:
    """Length, concepts, numbers, question and exclamation marks, identical-token candidates,
    quotes, names and weak anchors (cognates, and the entries of ``dictionary``, the shipped
    one unless given) of each sentence.

    Names are keyed for the other side's script: by transliteration when it is another script
    (``cross_script``: English against Russian or Kazakh), by their first five letters when it
    is the same one; there, Kazakh Latin names and Russian Cyrillic ones also get their
    transliteration keys, as ``~`` tokens, since Kazakh keeps "Boots" where Russian writes
    "Бутс".
    """
    if dictionary is None:
        dictionary = load_dictionary()
    out = []
    for sentence in sentences:
        anchors: Counter[tuple[str, object]] = Counter()
        if matcher is not None:
            anchors.update(("c", m.concept) for m in matcher.find(sentence))
        anchors.update(("n", round(v, 3)) for v in numbers_in(sentence, lang, collective=True))
        anchors.update(("p", mark) for run in MARKS.findall(sentence) for mark in set(run))
        tokens = Counter(fold(t) for t in IDENTICAL.findall(sentence)
                         if not t.isdigit() and (lang is not Lang.EN or t[:1].isupper()
                                                 or any(c.isdigit() for c in t)))
        if cross_script:
            names = Counter(names_in(sentence))
        else:
            # Names in Cyrillic are spelled alike in Kazakh and Russian but inflect differently
            # ("Абакане", "Абаканда"): their first five letters are the anchor.
            names = Counter(same_script_key(fold(w)) for w in NAME.findall(sentence))
            if lang in _KEEPS_LATIN or lang in _TRANSLITERATES:
                # Kazakh keeps foreign names in the Latin script where Russian transliterates
                # them ("Sainsbury's" / "Сейнсбери"): the Kazakh side's Latin names and the
                # Russian side's Cyrillic ones get their cross-script keys as tokens, so that
                # they meet; a name in Cyrillic on both sides meets once, by its letters.
                tokens.update("~" + key for key in names_in(sentence, lang in _KEEPS_LATIN))
        words: Counter[tuple[str, object]] = Counter(
            _item("g", key) for key in cognate_keys(sentence, cross_script))
        words.update(_item("w", entry) for entry in dictionary.entries(sentence, lang))
        out.append(Features(len(sentence), anchors, tokens, len(QUOTES.findall(sentence)),
                            names, SENTENCE_INSIDE.search(sentence) is not None, words,
                            ENDED.search(sentence) is not None))
    return out


@lru_cache(maxsize=1 << 18)
def _item(kind: str, key: object) -> tuple[str, object]:
    """One tuple for each weak anchor, however many sentences have it: a long text's sentences
    share their words' keys instead of each holding copies (memory)."""
    return (kind, key)


def sure_anchors(source: Sequence[Features], target: Sequence[Features]) -> list[tuple[int, int]]:
    """Sentence pairs that share an anchor found once in each document, the longest chain of
    them that goes forward on both sides (where the path of the alignment almost surely runs).

    >>> from toolkit.align.cost import Features
    >>> f = lambda *tokens: Features(10, tokens=Counter(tokens))
    >>> sure_anchors([f("nato"), f(), f("unesco")], [f(), f("unesco"), f("nato")])
    [(2, 1)]
    """
    def unique(features: Sequence[Features]) -> dict[object, int]:
        seen: dict[object, int] = {}
        for k, f in enumerate(features):
            # Question and exclamation marks are anchors of a sentence pair, not of a document.
            for key in [*(a for a in f.anchors if a[0] != "p"),
                        *(("t", t) for t in f.tokens if len(t) > 2 and t[0] != "~")]:
                seen[key] = -1 if key in seen else k
        return {key: k for key, k in seen.items() if k >= 0}

    theirs = unique(target)
    pairs = sorted({(k, theirs[key]) for key, k in unique(source).items() if key in theirs})
    # Longest chain increasing in both (patience sorting, O(k log k)).
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        place = bisect_left(tails, j)
        if place and pairs[tail_at[place - 1]][0] == pairs[index][0]:
            continue  # one anchor a row
        before[index] = tail_at[place - 1] if place else -1
        if place == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[place], tail_at[place] = j, index
    chain = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        chain.append(pairs[index])
        index = before[index]
    return chain[::-1]


def _confidence(cost: float, di: int, dj: int) -> float:
    """A bead's own cost as a confidence in [0, 1]: 0.95 at cost 0, 0.5 at cost 3. It says how
    well the two sides of a bead fit, which is what tells translations from unrelated texts
    (:func:`_confident_share`) and which pairs to measure the length ratio on; the confidence
    given with each bead is :func:`_margin_confidence`."""
    return 1 / (1 + math.exp(min(cost - 3.0, 50.0)))


def _margin_confidence(margin: float) -> float:
    """The confidence given with a bead: how much more the cheapest other reading of it and
    its neighbours costs (:func:`margins`), as a number in [0, 1] that is 0.5 at
    :data:`REVIEW_MARGIN` nats (the other reading some 20 times less likely) and 0.95 at twice
    that.

    >>> round(_margin_confidence(REVIEW_MARGIN), 2), round(_margin_confidence(0.0), 2)
    (0.5, 0.05)
    """
    return 1 / (1 + math.exp(REVIEW_MARGIN - margin))


def margins(steps: Sequence[Step], cost: Callable[[int, int, int, int], float],
            bead_types: Sequence[tuple[int, int]] = _READINGS,
            progress: Callable[[int], None] | None = None) -> list[float]:
    """For each bead of a path (``(i, j, di, dj, cost)`` steps, as :func:`toolkit.align.dp.align`
    gives them), how much more the cheapest other reading of the stretch made of it and the
    beads either side of it costs than the path's, in nats (at most :data:`MARGIN_MOST`).
    ``progress``, when given, is called with the number of beads done every few hundred.

    A bead's own cost says how well its two sides fit, not whether another reading fits about as
    well: a sentence left out costs the same 4.2 nats of its prior whether it is plainly
    untranslated or could as well be joined to its neighbour, and two sentences that share
    anchors fit well whether or not they are one of a pair joined with a third. The margin
    says which is the case. On ``benchmarks/align.py`` (all sets), marking the beads whose own
    cost is above 3 nats marked 11.0% of them and found 43% of the wrong ones (46 of 108, tune
    part; 41% held aside), nearly every correct deletion among the marks; marking those with a
    margin under 3 nats marks 5.7% and finds 71% (77 of 108; 64% held aside).

    Two 1-1 beads at -5 nats each, where one 2-2 bead over both would cost -8: each bead's
    margin is 2 nats.

    >>> steps = [(0, 0, 1, 1, -5.0), (1, 1, 1, 1, -5.0)]
    >>> costs = lambda i, j, di, dj: {(1, 1): -5.0, (2, 2): -8.0}.get((di, dj), 4.0)
    >>> margins(steps, costs, [(1, 1), (1, 0), (0, 1), (2, 2)])
    [2.0, 2.0]
    """
    starts = [(i, j) for i, j, _, _, _ in steps]
    ends = [(i + di, j + dj) for i, j, di, dj, _ in steps]
    stretches = []
    # The columns that the stretches through each source row read: one run of each bead type's
    # costs a row, asked at once (``cost.row``, as the DP asks them) and kept for the few
    # stretches that read that row.
    columns: dict[int, tuple[int, int]] = {}
    for k in range(len(steps)):
        first, last = max(0, k - _WINDOW), min(len(steps) - 1, k + _WINDOW)
        (a, c), (b, d) = starts[first], ends[last]
        stretches.append((a, b, c, d, sum(step[4] for step in steps[first:last + 1])))
        for x in range(a, b + 1):
            low, high = columns.get(x, (c, d))
            columns[x] = (min(low, c), max(high, d))
    row_cost = getattr(cost, "row", None)
    rows: dict[tuple[int, int, int], list[float]] = {}

    def costs(x: int, ti: int, tj: int) -> list[float]:
        """The costs of the bead (x, y, ti, tj) for y from the row's first column on."""
        found = rows.get((x, ti, tj))
        if found is None:
            low, high = columns[x]
            found = rows[(x, ti, tj)] = (
                row_cost(x, ti, tj, low, high - tj) if row_cost is not None
                else [cost(x, y, ti, tj) for y in range(low, high - tj + 1)])
        return found

    out = []
    for k, ((i, j, di, dj, _), (a, b, c, d, chosen)) in enumerate(zip(steps, stretches,
                                                                      strict=True)):
        if k % 64 == 0:
            rows = {key: value for key, value in rows.items() if key[0] >= a}
            if progress is not None and k % _CHUNK == 0:
                progress(k)
        # The cheapest path from (a, c) to (b, d) that does not take this bead (bead costs can
        # be negative, so a partial path is never pruned).
        best: dict[tuple[int, int], float] = {(a, c): 0.0}
        for x in range(a, b + 1):
            low = columns[x][0]
            for y in range(c, d + 1):
                here = best.get((x, y))
                if here is None:
                    continue
                for ti, tj in bead_types:
                    if x + ti > b or y + tj > d or (x == i and y == j and ti == di and tj == dj):
                        continue
                    total = here + costs(x, ti, tj)[y - low]
                    if total < best.get((x + ti, y + tj), math.inf):
                        best[(x + ti, y + tj)] = total
        out.append(min(best.get((b, d), math.inf) - chosen, MARGIN_MOST))
    return out


@dataclass(frozen=True)
class Alignment:
    """The beads of two documents and how much of them the aligner is sure of.

    Each bead's score says how sure the aligner is of that bead: whether another reading of it
    and its neighbours comes close (:func:`margins`); under :data:`LOW_CONFIDENCE` it is marked
    for review. ``confident`` is the share of sentences in beads whose sides fit
    (:func:`_confidence` reaches :data:`LOW_CONFIDENCE`), read so that a translation of part of
    a text counts as one (:func:`_confident_share`). Translations score 0.65 and more (0.9
    and more most of them); two texts that are not translations of each other score far below
    (lengths match by chance, anchors do not), and :attr:`looks_parallel` says so.
    """

    beads: list[Bead]
    confident: float
    # Sentences (of both sides) in beads whose own cost is confident (:func:`_confidence`),
    # for a caller that adds up several alignments (toolkit.check.pairing).
    sure: int = 0

    @property
    def looks_parallel(self) -> bool:
        """False when the two texts do not look like translations of each other."""
        return self.confident >= PARALLEL_FROM


def align_documents(source: Sequence[str], target: Sequence[str], source_lang: Lang,
                    target_lang: Lang, glossary: Glossary,
                    source_breaks: frozenset[int] = frozenset(),
                    target_breaks: frozenset[int] = frozenset(),
                    matchers: Mapping[Lang, Finder] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    split: bool = False) -> Alignment:
    """Align two lists of sentences (paragraph starts in ``*_breaks``); ``split``: the caller
    cut the texts into sentences with a sentence splitter (:mod:`toolkit.text.segment`), so that
    no segment holds several (:class:`toolkit.align.cost.AlignCost`), not segments as given.

    Time and memory are linear in the two lengths. ``progress(done, total)`` is called from
    the start and every few hundred sentences (reading the sentences, then aligning them).

    Python's cyclic garbage collector is paused while aligning: the features and the DP make
    millions of small tuples, sets and counters and no reference cycles, and the collector
    walking them again and again took a fifth of the time of 1,000 sentences. Its state is
    restored at the end, whatever happens.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _align_documents(source, target, source_lang, target_lang, glossary,
                                source_breaks, target_breaks, matchers, progress, split)
    finally:
        if paused:
            gc.enable()


def _align_documents(source: Sequence[str], target: Sequence[str], source_lang: Lang,
                     target_lang: Lang, glossary: Glossary, source_breaks: frozenset[int],
                     target_breaks: frozenset[int], matchers: Mapping[Lang, Finder] | None,
                     progress: Callable[[int, int], None] | None, split: bool) -> Alignment:
    if not source or not target:
        # Nothing on the other side: no sentence has a counterpart, and no other reading is
        # possible (the beads are sure; the texts do not look parallel).
        beads = [Bead((i,), (), 1.0) for i in range(len(source))] + [
            Bead((), (j,), 1.0) for j in range(len(target))]
        return Alignment(beads, 0.0 if beads else 1.0)
    n, m = len(source), len(target)
    # Reading the sentences (n + m), aligning them (n rows), the beads' margins (a quarter of
    # that time: n // 4).
    total = 2 * n + m + n // 4
    report = progress or (lambda done, total: None)
    report(0, total)
    if matchers is None:
        matchers = {lang: Matcher(glossary, lang) for lang in {source_lang, target_lang}}
    cross = (source_lang is Lang.EN) != (target_lang is Lang.EN)
    features = []
    for offset, (sentences, lang) in enumerate(((source, source_lang), (target, target_lang))):
        done = 0 if offset == 0 else n
        part: list[Features] = []
        for start in range(0, len(sentences), _CHUNK):
            part.extend(features_of(sentences[start:start + _CHUNK], lang, matchers.get(lang),
                                    cross))
            report(done + len(part), total)
        features.append(part)
    cost = AlignCost(features[0], features[1], source_lang, target_lang, source_breaks,
                     target_breaks, split)
    anchors = sure_anchors(features[0], features[1])
    steps = align(n, m, cost, progress=lambda rows: report(n + m + rows, total),
                  anchors=anchors)
    aligned = 2 * n + m
    beads = to_beads(steps, _confidence)
    ratio = _measured_ratio(beads, cost)
    if ratio is not None:
        # The bar grows by the second pass (its rows).
        cost.rescale(ratio)
        first, total = aligned, total + n
        steps = align(n, m, cost, progress=lambda rows: report(first + rows, total),
                      anchors=anchors)
        aligned += n
        beads = to_beads(steps, _confidence)
    confident = _confident_share(beads)
    sure = sum(len(b.source) + len(b.target) for b in beads if b.score >= LOW_CONFIDENCE)
    beads = [Bead(b.source, b.target, _margin_confidence(margin))
             for b, margin in zip(beads, margins(
                 steps, cost, progress=lambda done: report(
                     aligned + done * (n // 4) // len(steps), total)), strict=True)]
    report(total, total)
    return Alignment(beads, confident, sure)


def _measured_ratio(beads: Sequence[Bead], cost: AlignCost) -> float | None:
    """The length ratio of this pair of texts, where it is far from the languages' own
    (:data:`~toolkit.align.cost.RATIOS`); else None.

    The languages' ratio is the median of NTREX-128, whose articles were written in English:
    a document's own ratio is spread around it (Russian against English, 0.72 to 1.04 of the
    English length per document on documents 000-061, median 0.90), and the text of another
    origin or house style (Russian-original government news, a terse or a wordy translator)
    can sit away from it as a whole. Lengths read with a ratio 15% off cost up to 0.02 of F1
    on ``benchmarks/align.py``. So the ratio is measured on the text itself, as hunalign
    measures its own, but on the sentence pairs of the first pass that it is sure of (single
    sentences, confident beads): not on the texts' total lengths, which a translation of part
    of a text, or one that drops its captions, would skew. When that is more than
    :data:`RATIO_APART` away from the languages' (a fifth of NTREX documents), the texts are
    aligned again with it. Two texts that do not look like translations, or with fewer than
    :data:`RATIO_PAIRS` sure pairs, keep the languages' ratio; the measured one is kept
    within :data:`RATIO_MOST` times it.
    """
    if _confident_share(beads) < PARALLEL_FROM:
        return None
    pairs = [(b.source[0], b.target[0]) for b in beads
             if len(b.source) == 1 and len(b.target) == 1 and b.score >= LOW_CONFIDENCE]
    measured = cost.measured_ratio(pairs) if len(pairs) >= RATIO_PAIRS else None
    if measured is None:
        return None
    measured = min(max(measured, cost.ratio / RATIO_MOST), cost.ratio * RATIO_MOST)
    return measured if abs(math.log(measured / cost.ratio)) > RATIO_APART else None


def _confident_share(beads: Sequence[Bead]) -> float:
    """How much of two texts the aligner is sure of, as one share: for one side, the share of
    all its sentences in confident beads; for the other, the share of its sentences between
    the first and the last confident bead that pairs sentences; the smaller of the two, on the
    pair of sides where it is larger.

    A translation of part of a text (the first half of an article, a chapter of a report, a
    text with a passage added) aligns its own sentences nearly all, and leaves the rest of the
    text's without a counterpart, at its head and tail or in a block: it is a translation all
    the same, and scores as one. A short text against a long one it does not translate finds
    chance partners for many of its few sentences among the many (a third to a half, measured
    on NTREX documents), but these partners lie scattered over the long text, whose sentences
    between them have almost none: it scores low on both pairs of sides. The first share is of
    the whole side so that one chance partner of a short text does not count as all of it.
    """
    paired = [k for k, b in enumerate(beads)
              if b.source and b.target and b.score >= LOW_CONFIDENCE]
    if not paired:
        return 0.0
    span = beads[paired[0]:paired[-1] + 1]

    def share(side: int, of: Sequence[Bead]) -> float:
        sizes = [len(b.target if side else b.source) for b in of]
        sure = sum(size for size, b in zip(sizes, of, strict=True) if b.score >= LOW_CONFIDENCE)
        return sure / (sum(sizes) or 1)

    return max(min(share(0, beads), share(1, span)), min(share(1, beads), share(0, span)))


def align_sentences(source: Sequence[str], target: Sequence[str], source_lang: Lang,
                    target_lang: Lang, glossary: Glossary,
                    source_breaks: frozenset[int] = frozenset(),
                    target_breaks: frozenset[int] = frozenset(),
                    matchers: Mapping[Lang, Finder] | None = None,
                    split: bool = False) -> list[Bead]:
    """Beads that align the two lists of sentences (paragraph starts in ``*_breaks``;
    ``split`` as :func:`align_documents` has it)."""
    return align_documents(source, target, source_lang, target_lang, glossary, source_breaks,
                           target_breaks, matchers, split=split).beads
