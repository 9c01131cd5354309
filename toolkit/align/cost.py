"""The cost of a bead: Gale-Church sentence lengths plus lexical anchors. Pure scores.

Length (Gale and Church, 1993): target characters are expected to be ``ratio`` times the
source's (the languages' ratio, or the text's own where the aligner measured it far from that:
:meth:`AlignCost.rescale`), with variance 6.8 per character; the cost is -log of the
two-sided probability of the observed difference, plus -log of the bead type's prior.

Anchors make the difference on real text, where lengths alone go astray: glossary concepts
mentioned on both sides (found by the matcher, so inflected forms count), numbers (read as the
checker reads them, collective numerals too: "шестеро" is six), identical tokens (Latin-script
names, acronyms, URLs, digits), names (transliterated across scripts, see
:mod:`toolkit.align.names`), question and exclamation marks, and quotation marks. A shared
anchor lowers the cost; a concept, number or question or exclamation mark on one side only
raises it.

Most sentences of a real article have none of those ("Бұл өте жаман." / "It is very bad."), and
the glossary never names every entity of an unseen article, so the cost also reads weak anchors
(:attr:`Features.words`): everyday words of the shipped dictionary (:mod:`toolkit.align.dictionary`)
and cognates, loanwords and internationalisms that both languages write alike
(:func:`toolkit.align.names.cognate_keys`). A sentence has a dozen of them and a free
translation misses several at once, so they are not summed one by one (that would be
overconfident): what two segments share of each kind is one figure, its Dice coefficient, whose
bin costs the measured log-ratio of how often translations and how often neighbouring sentences
share that much (:data:`WORD_COSTS`). With them the aligner scores nearly as well without a
glossary as with the bundled one (benchmarks/align.py ``--glossary none``).

Deletions are what real translations get wrong most (bylines, captions, a sentence judged
redundant), so the cost is honest about them: a sentence left out (a 1-0 or 0-1 bead) pays
the deletion's prior and nothing for its anchors, which go with it; a sentence joined with
others in a bead pays for what it has when the other side renders none of it (:data:`ORPHAN`:
no shared concept, number, name, token or question mark; the lengths then say whether the
sentence is there; a sentence none of whose weak anchors the other side has pays the measured
-log of the chance that a translation keeps none of so many, :data:`WORDS_NONE_KEPT`); and the
one segment that renders several sentences says whether it holds several sentences itself
(:data:`SEVERAL_SHARES`, :func:`joined_cost`). That last is the strongest sign of a short
sentence left out ("Одна женщина расплакалась.", "Бұл өте жаман."), which has too little in it
for anchors to tell: sentences rendered together in one segment keep their full stops nearly
always, so a bead that joins such a sentence to its neighbour against a segment of one sentence
pays about 3 nats, while a headline (no full stop) joined to its lead pays nothing for it.

A headline joined to its lead is the deletion hardest to see: it repeats the lead's words, so
against the lead's translation it is no orphan. A sentence of a group all of whose items and weak
anchors that the other side has, the rest of its group has as often, renders nothing of its own
there (an echo): it pays the measured -log of the chance that a sentence its group renders looks
like that (:data:`ECHO_COSTS`, by what it has that the rest lacks), and the deletion becomes the
cheaper reading. A translation that renders headline and lead in one segment has twice what
both have, and the headline stays.

What an orphan costs depends on what it has: a rendered sentence keeps its glossary concepts,
numbers and question marks nearly always and its names, quotation marks and exclamation marks
most of the time, so a sentence of the group whose concepts the other side has none of is far
more likely left out than one whose names it lacks (:data:`ORPHAN_COSTS`, measured, not tuned).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from toolkit.lang import Lang

__all__ = ["ORPHAN_COSTS", "PRIORS", "RATIOS", "SEVERAL_SHARES", "SPLIT_PRIORS", "SPLIT_UNENDED",
           "UNENDED_SEVERAL", "AlignCost", "Features", "joined_cost", "orphan_cost"]

K = TypeVar("K")

# Median character-length ratios against English, measured on NTREX-128: the lengths are
# first read with these; a text whose own ratio is far from them is aligned again with its own
# (toolkit.align.aligner._measured_ratio).
RATIOS = {Lang.EN: 1.0, Lang.RU: 1.10, Lang.KK: 1.05}
VARIANCE = 6.8
# Bead priors, tuned on ../shared/data/align-dev (benchmarks/align.py): 2-2 and 3-1 beads are
# rare in news translation, and a generous 2-2 prior swallows a 1-2 bead beside a deletion.
PRIORS = {(1, 1): 0.75, (2, 1): 0.1065, (1, 2): 0.1065, (1, 0): 0.015, (0, 1): 0.015,
          (2, 2): 0.002, (3, 1): 0.001, (1, 3): 0.001}
# Where tilmash cut the texts into sentences (``AlignCost(split=True)``), the joins left are the
# translator's own splits and merges: 4% of the beads of NTREX-128 (documents 000-061 outside
# the held-aside part, three pairs, cut by toolkit/text/segment.py; benchmarks/align_keep.py),
# 2% each way, not the 10% of align-dev, whose joins were made by joining lines.
SPLIT_PRIORS = {**PRIORS, (2, 1): 0.021, (1, 2): 0.021}
SHARED = 2.5  # nats gained per anchor both sides have
UNSHARED = 1.0  # nats lost per concept or number one side has and the other does not
# A sentence joined with others in a bead must be rendered by the other side: when it has
# anchors, names or quotation marks of its own and the other side shares none of them, it is
# most likely a sentence the translation left out (a 1-0 bead beside the bead), not part of the
# bead. It pays -log of the chance that a rendered sentence keeps none of what it has, kind by
# kind: the share of NTREX-128 sentences (documents 000-061 outside the held-aside part, the
# three pairs) with an item of that kind whose translation has none of them: glossary concepts
# 0.024, numbers 0.09, question marks 0.085, exclamation marks 0.19, quotation marks 0.18,
# one name 0.45, two names or more 0.145 (benchmarks/align_keep.py measures them). A sentence
# that shares a telling item with the other side (any but a quotation or an exclamation mark,
# too common to tell) is rendered and pays nothing. ``ORPHAN`` scales it all (0 turns it off).
ORPHAN = 1.0
ORPHAN_COSTS = {"c": -math.log(0.024), "n": -math.log(0.09), "?": -math.log(0.085),
                "!": -math.log(0.19), "quotes": -math.log(0.18), "name": -math.log(0.45),
                "names": -math.log(0.145)}
# Kinds are not independent (a name and a concept are often one phrase): at most this much.
ORPHAN_MOST = -math.log(0.01)
# Whether a segment holds several sentences itself (:data:`SENTENCE_INSIDE`), by language:
# the share of segments that render two or more sentences of the other side, all of which
# but the last end with a full stop (or a question or exclamation mark), and do; and the share
# of segments that render one sentence and do (abbreviations, a line a translator split).
# Measured on the tuning part of ../shared/data/align-dev (benchmarks/align_keep.py, Laplace
# smoothed): sentences joined in one segment keep their full stops. When one of them but the
# last has none (a headline before its lead), the segment rarely shows where it ended
# (:data:`UNENDED_SEVERAL`, pooled over the languages: 48 cases). The bead that joins
# sentences against one segment pays the log-ratio (:func:`joined_cost`): less when that
# segment holds several sentences, more when it holds one while the sentences it renders end.
# That holds for segments as they are given (the lines of align-dev, the units of a CAT file):
# where tilmash splits the texts into sentences itself, no segment holds several, the joins
# left are the translator's (two sentences merged with a comma, one split in two), and the
# bead pays nothing for what its one segment looks like (``AlignCost(split=True)``).
SEVERAL_SHARES = {Lang.EN: (0.956, 0.015), Lang.RU: (0.962, 0.037), Lang.KK: (0.992, 0.015)}
UNENDED_SEVERAL = 0.12
# Where tilmash cut the texts, a sentence with no full stop (nor question or exclamation mark)
# is a line of its own: the segmenter ends a sentence without one only where a line ends (on
# NTREX-128, every one of the 147 such sentences of the tuning part; benchmarks/align_keep.py).
# It is a headline, a byline, a caption or a line that ends with a colon, and a translator
# renders such a line as a line: a bead that joins it with the sentences after it, against one
# sentence of the other side, pays as if that were one join in ten (a rule, not a rate: NTREX
# aligns its lines by construction, so it cannot show how often translators merge lines; the
# segmented set of benchmarks/align.py scores the same from 1 to 3 nats).
SPLIT_UNENDED = -math.log(0.1)


def joined_cost(lang: Lang, several: bool, ended: bool) -> float:
    """What a bead that joins sentences against one segment in ``lang`` pays: -log P(the
    segment holds ``several`` sentences or not | it renders sentences that all but the last
    ``ended``, or not) + log P(the same | it renders one sentence) (:data:`SEVERAL_SHARES`).

    >>> joined_cost(Lang.EN, True, True) < 0 < joined_cost(Lang.EN, False, True)
    True
    >>> abs(joined_cost(Lang.EN, False, False)) < 0.2  # a headline joined to its lead
    True
    """
    many, single = SEVERAL_SHARES[lang]
    if not ended:
        many = UNENDED_SEVERAL
    if several:
        return -math.log(many) + math.log(single)
    return -math.log(1 - many) + math.log(1 - single)

# Weak anchors (:attr:`Features.words`) are many a sentence and far from independent (a free
# translation misses several at once), so they are not summed item by item: what a pair of
# segments shares of a kind is read as one figure, its Dice coefficient (twice the items both
# have over the items of both), in bins: none shared, then (0, 0.1), [0.1, 0.2) ... [0.6, 1].
# A bin costs -log(P(bin | translations) / P(bin | neighbouring sentences)), measured over the
# sentence pairs of NTREX-128 where both sides have items of the kind (benchmarks/align_keep.py;
# neighbours, not random sentences: they are what a misaligned path pairs).
DICE_BINS = 8
WORD_COSTS = {"g": (0.46, -0.83, -1.25, -2.26, -2.61, -2.61, -2.61, -2.61),
              "w": (2.53, 5.53, 2.13, 0.28, -1.26, -2.51, -3.30, -4.03)}


def dice_bin(shared: int, total: int) -> int:
    """The bin of a Dice coefficient of ``shared`` items out of ``total`` on both sides."""
    if not shared:
        return 0
    return 1 + min(20 * shared // total, DICE_BINS - 2)


# The share of sentences with 1, 2, ... weak anchors whose translation keeps none of them.
WORDS_NONE_KEPT = (0.824, 0.484, 0.273, 0.273, 0.202, 0.083, 0.066, 0.066, 0.045, 0.045, 0.023,
                   0.005)
# A sentence joined in a bead that renders nothing of its own (an echo, see the module's
# docstring) pays -log P(echo | a sentence its group renders), by whether it has items that its
# group's other sentences lack, and by how many weak anchors of its own (0 .. 12+): measured on
# pairs of neighbouring NTREX-128 sentences against their two translations, pooled so that more
# of its own never costs less (benchmarks/align_keep.py). ``ECHO`` turns it off.
ECHO = True
ECHO_COSTS = ((0.64, 0.64, 0.79, 1.23, 1.40, 1.40, 1.98, 1.98, 2.45, 2.45, 3.12, 3.12, 4.70),
              (0.91, 1.88, 1.88, 2.38, 2.75, 4.13, 4.49, 4.49, 4.49, 5.65, 5.65, 6.50, 6.72))
WORDS = 1.0  # scales the weak anchors (0 turns them off)
_CACHED_GROUPS = 4096
# Groups whose sentences' own items are kept at once (a few rows of the band).
_CACHED_ECHOES = 1024
_COGNATE_COSTS, _ENTRY_COSTS = WORD_COSTS["g"], WORD_COSTS["w"]
# Orphan records of single sentences kept at once: the band is a few dozen sentences wide.
_CACHED_ORPHANS = 512
# Length costs kept at once (by pair of lengths): a few hundred thousand a long document.
_CACHED_LENGTHS = 1 << 16
# The end of a sentence inside a segment: a full stop after a word of two lower-case letters or
# more (not "Mr." or "U.S."), after two capitals ("EU.", "США.") or after a closing quotation
# mark ("«...». Next"), then a capital.
# Closing quotation marks count “ too: Kazakh news writes “...“ as often as “...”.
SENTENCE_INSIDE = re.compile(
    r"(?:[a-zа-яёәғқңөұүһі]{2}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2}|[\"'»”“’)])[\"'»”“’)]*[.!?…][\"'»”“’)]*\s+"
    r"[\"'«“‘(—–-]*\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]")
# A sentence that ends with a full stop, a question or an exclamation mark (then maybe quotes).
ENDED = re.compile(r"[.!?…][\"'»”“’)]*\s*$")
QUOTES = re.compile(r"[«»“”„\"()]")
# Question and exclamation marks: a translation keeps them (a run like "?!" counts each once).
MARKS = re.compile(r"[?!]+")
NAME = re.compile(r"(?<=[\w,;:] )[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{4,}")
IDENTICAL = re.compile(r"\b(?:[A-Za-z][A-Za-z0-9.&'-]*[A-Za-z0-9]|\d[\d.,:/-]*\d|\d)\b")


@dataclass
class Features:
    """What the cost reads of one sentence: its length and its anchors by kind."""

    length: int
    anchors: Counter[tuple[str, object]] = field(default_factory=Counter)
    tokens: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    names: Counter[str] = field(default_factory=Counter)
    # Whether the segment holds more than one sentence (". Next" inside it).
    several: bool = False
    # Weak anchors, by kind: ("g", key) cognates (:func:`toolkit.align.names.cognate_keys`),
    # ("w", entry) everyday words of the dictionary (:mod:`toolkit.align.dictionary`).
    words: Counter[tuple[str, object]] = field(default_factory=Counter)
    # Whether it ends with a full stop, a question or an exclamation mark (a headline does not).
    ended: bool = True


def _overlap(a: Mapping[K, int], b: Mapping[K, int]) -> int:
    """How many items two multisets share: the size of their intersection."""
    total = 0
    for key, n in a.items():
        other = b.get(key)
        if other:
            total += n if n < other else other
    return total


_SQRT2 = math.sqrt(2)


# What the cost reads of a sentence or a group of sentences, flattened for speed: length,
# anchors, identical tokens, quotes, the number of anchors, names, every item it has, by kind
# (to tell at C speed whether two sides share any; quotation marks are counted, not items, as
# so many sentences have them), and what a single sentence pays as an orphan when the other
# side has none of its items (:func:`orphan_cost`), and when it has quotation marks only
# (both 0 for groups); then what the sentence (or the sentences of a group, summed in order)
# pays as an orphan when the other side shares none of its items and weak anchors (most cells
# of the band: the cost takes a short way), when that side has no quotation marks and when it
# has some; last, the weak anchors' counts of each of its sentences (summed only where asked).
# Weak anchors by kind: cognates, dictionary entries, and how many of each.
_ByKind = tuple[frozenset[tuple[str, object]], frozenset[tuple[str, object]], int, int]
_View = tuple[int, Counter[tuple[str, object]], Counter[str], int, int, Counter[str],
              frozenset[object], float, float, frozenset[tuple[str, object]], _ByKind, float,
              tuple[float, float], tuple[Counter[tuple[str, object]], ...]]


# A sentence of a group: its items and weak anchors that the rest of the group lacks, what it
# pays as an echo, and the rest of the group.
_Member = tuple[frozenset[object], frozenset[tuple[str, object]], float, tuple[_View, ...]]


def _view(features: Features) -> _View:
    """The view of one sentence (a group's is made from its sentences' views, in
    :meth:`AlignCost._group`)."""
    anchors = sum(features.anchors.values())
    items = frozenset([*features.anchors, *(("t", t) for t in features.tokens),
                       *(("m", n) for n in features.names)])
    full = quoted = 0.0
    if items or features.quotes:
        _, _, kinds = _kinds(features)
        full, quoted = _lost(kinds), _lost(kinds, without=_QUOTES)
    words = features.words
    every = frozenset(words)
    cognates = frozenset(k for k in every if k[0] == "g")
    entries = every - cognates
    by_kind = (cognates, entries, len(cognates), len(entries))
    unheard = _unheard(words)
    alone = (_alone(full, quoted, features.quotes, unheard, False),
             _alone(full, quoted, features.quotes, unheard, True))
    return (features.length, features.anchors, features.tokens, features.quotes, anchors,
            features.names, items, full, quoted, every, by_kind, unheard, alone, (words,))


# What a group has of a multiset that none of its sentences has (never changed).
_NONE_OF_THEM: Counter[Any] = Counter()


def _merged(counters: Sequence[Counter[K]]) -> Counter[K]:
    """The sum of multisets, the one itself when one only has items (views are never changed)."""
    full = [c for c in counters if c]
    if not full:
        return _NONE_OF_THEM
    if len(full) == 1:
        return full[0]
    merged: Counter[K] = Counter()
    for c in full:
        merged.update(c)
    return merged


def _alone(full: float, quoted: float, quotes: int, unheard: float, other_quoted: bool) -> float:
    """What :meth:`AlignCost._orphans` adds for a sentence when the other side has none of its
    items and weak anchors (``other_quoted``: when it has quotation marks), computed as it does."""
    if not full:
        return unheard
    lost = (quoted if other_quoted and quotes else full) + unheard
    return lost if lost < ORPHAN_MOST else ORPHAN_MOST


def _unheard(words: Mapping[tuple[str, object], int]) -> float:
    """What a sentence joined in a bead pays when the other side has none of its words:
    -log of the chance that a translation keeps none of so many (:data:`WORDS_NONE_KEPT`)."""
    count = len(words)
    if not count:
        return 0.0
    return -math.log(WORDS_NONE_KEPT[min(count, len(WORDS_NONE_KEPT)) - 1])


def orphan_cost(features: Features) -> float:
    """What a sentence joined in a bead pays when the other side shares nothing of it: the sum
    of :data:`ORPHAN_COSTS` over the kinds of items it has, at most :data:`ORPHAN_MOST`.

    >>> orphan_cost(Features(40, Counter({("n", 2012.0): 1, ("n", 5.0): 1}))) == ORPHAN_COSTS["n"]
    True
    >>> orphan_cost(Features(40))
    0.0
    """
    return _lost(_kinds(features)[2])


def _lost(kinds: tuple[tuple[frozenset[object], float], ...],
          without: frozenset[object] | None = None) -> float:
    """The costs of ``kinds`` (but the kind ``without``) summed, at most :data:`ORPHAN_MOST`."""
    return min(sum((cost for items, cost in kinds if items is not without), 0.0), ORPHAN_MOST)


# Items that show a sentence is rendered when the other side has one of them; quotation and
# exclamation marks are too common for that, they only count against a sentence lacking them.
_WEAK = frozenset({"quotes", "!"})


# What a sentence pays as an orphan: its telling items, all its items, and its items by kind
# with what each kind costs (quotation marks as :data:`_QUOTES`).
_Orphan = tuple[frozenset[object], frozenset[object], tuple[tuple[frozenset[object], float], ...]]
_QUOTES: frozenset[object] = frozenset({("quotes",)})


def _kinds(features: Features) -> _Orphan:
    """The telling items of a sentence (all but :data:`_WEAK` ones, tokens included), all its
    items, and its items by kind (as :func:`_view` names them) with what the sentence pays
    when the other side has none of that kind's."""
    kinds: dict[str, frozenset[object]] = {}
    for key in features.anchors:
        kind = key[0] if key[0] != "p" else str(key[1])
        kinds[kind] = kinds.get(kind, frozenset()) | {key}
    if features.names:
        several = sum(features.names.values()) > 1
        kinds["names" if several else "name"] = frozenset(("m", n) for n in features.names)
    if features.quotes:
        kinds["quotes"] = _QUOTES
    telling = frozenset([*(("t", t) for t in features.tokens),
                         *(item for kind, items in kinds.items() if kind not in _WEAK
                           for item in items)])
    every = frozenset(item for items in kinds.values() for item in items)
    return telling, every, tuple((items, ORPHAN_COSTS[kind]) for kind, items in kinds.items())


class AlignCost:
    """``cost(i, j, di, dj)`` over precomputed sentence features (see :mod:`toolkit.align.dp`).

    ``source_breaks`` and ``target_breaks`` are the sentence indices that begin a paragraph: a
    bead never joins sentences across one.

    The DP calls this a few hundred times a sentence (every cell of the band, every bead type),
    so single sentences are read from precomputed tuples, groups are built once and cached, the
    length cost of a pair of lengths is computed once, two sides that share nothing (most cells)
    skip the overlaps, and the anchor sums skip empty sides; the arithmetic is that of the plain
    formula, to the bit.
    """

    def __init__(self, source: Sequence[Features], target: Sequence[Features], source_lang: Lang,
                 target_lang: Lang, source_breaks: frozenset[int] = frozenset(),
                 target_breaks: frozenset[int] = frozenset(), split: bool = False) -> None:
        self.source, self.target = source, target
        self.ratio = RATIOS[target_lang] / RATIOS[source_lang]
        self.source_breaks, self.target_breaks = source_breaks, target_breaks
        self._singles = ([_view(f) for f in source], [_view(f) for f in target])
        self._groups: dict[tuple[int, int, int], _View] = {}
        # What a bead that joins sentences against each sentence's segment pays for it, when
        # the sentences joined do not all end (but the last) and when they do; then which
        # sentences end.
        # When the texts were split into sentences (``split``), no segment holds several and
        # the joins are the translator's (see :data:`SEVERAL_SHARES`): they pay only for
        # joining a line of its own to what follows (:data:`SPLIT_UNENDED`).
        self._joined = tuple(
            [(SPLIT_UNENDED, 0.0) if split else
             (joined_cost(lang, f.several, False), joined_cost(lang, f.several, True))
             for f in side] for side, lang in ((source, source_lang), (target, target_lang)))
        self._ended = ([f.ended for f in source], [f.ended for f in target])
        # Orphan costs of single sentences, made when first asked and dropped as the DP moves
        # on (as groups are): memory stays bounded.
        self._orphan_of: tuple[dict[int, _Orphan], dict[int, _Orphan]] = ({}, {})
        self._priors = {k: -math.log(v) for k, v in (SPLIT_PRIORS if split else PRIORS).items()}
        # For each sentence, the next one that begins a paragraph (a group from it crosses a
        # break when it reaches that far).
        self._next_break = (_next_breaks(source_breaks, len(source)),
                            _next_breaks(target_breaks, len(target)))
        self._lengths: dict[tuple[int, int], float] = {}
        self._echoes: dict[tuple[int, int, int], tuple[_Member, ...]] = {}

    def measured_ratio(self, pairs: Sequence[tuple[int, int]]) -> float | None:
        """The length ratio of these sentence pairs (``(i, j)``, each one sentence against
        one): their target characters over their source characters, as the length cost
        counts them; None without characters on either side."""
        source = sum(self._singles[0][i][0] for i, _ in pairs)
        target = sum(self._singles[1][j][0] for _, j in pairs)
        return target / source if source and target else None

    def rescale(self, ratio: float) -> None:
        """Expect target lengths to be ``ratio`` times the source's from now on."""
        self.ratio = ratio
        self._lengths.clear()

    def _group(self, side: int, start: int, count: int) -> _View:
        if count == 1:
            return self._singles[side][start]
        key = (side, start, count)
        group = self._groups.get(key)
        if group is None:
            # The view of the sentences merged (what ``_view`` gives for their features
            # summed, with nothing a single sentence pays), made from their views: the sets
            # are unions, the counts sums, the multisets merged only when two have some.
            singles = self._singles[side][start:start + count]
            if len(self._groups) >= _CACHED_GROUPS:
                # The DP moves forward: old groups are rarely asked again; memory stays bounded.
                self._groups.clear()
            # What its sentences pay as orphans when the other side shares nothing with the
            # group, added in order as :meth:`_orphans` adds them.
            length = quotes = anchors = 0
            unquoted = quoted = 0.0
            for single in singles:
                length += single[0]
                quotes += single[3]
                anchors += single[4]
                unquoted += single[12][0]
                quoted += single[12][1]
            cognates = frozenset().union(*(single[10][0] for single in singles))
            entries = frozenset().union(*(single[10][1] for single in singles))
            group = self._groups[key] = (
                length, _merged([single[1] for single in singles]),
                _merged([single[2] for single in singles]), quotes, anchors,
                _merged([single[5] for single in singles]),
                frozenset().union(*(single[6] for single in singles)), 0.0, 0.0,
                cognates | entries, (cognates, entries, len(cognates), len(entries)), 0.0,
                (unquoted, quoted), tuple(single[13][0] for single in singles))
        return group

    def row(self, i: int, di: int, dj: int, first: int, last: int) -> list[float]:
        """``[self(i, j, di, dj) for j in range(first, last + 1)]``, computed at once: the DP
        asks the costs of a row of the band bead type after bead type. What does not depend on
        ``j`` is read once, and the cells whose two sides share nothing (most of the band) take
        the short way of :meth:`__call__`, written out here with its arithmetic, to the bit
        (tests compare the two on every cell); the others are asked of :meth:`__call__`."""
        width = last - first + 1
        prior = self._priors.get((di, dj))
        if width <= 0:
            return []
        if prior is None or (di > 1 and self._next_break[0][i] < i + di):
            return [math.inf] * width
        if not di or not dj:
            if dj > 1:
                return [self(i, j, di, dj) for j in range(first, last + 1)]
            return [prior] * width
        source = self._singles[0][i] if di == 1 else self._group(0, i, di)
        l1, source_total, source_quotes = source[0], source[4], source[3]
        source_items, source_words = source[6], source[9]
        source_kinds = source[10]
        source_cognates, source_entries = source_kinds[2], source_kinds[3]
        source_alone = source[12]
        next_break = self._next_break[1]
        target_joined = self._joined[1]
        source_joined = self._joined[0][i]
        # Whether the sentences of the source group end but the last (one a row), and those of
        # each target group (looked up per column).
        source_ended = self._all_ended(0, i, di) if di > 1 else True
        target_ended = self._ended[1]
        singles = self._singles[1]
        groups = self._groups
        lengths = self._lengths
        ratio = self.ratio
        grouped_source, grouped_target = di > 1, dj > 1
        several_joined = grouped_source and dj == 1
        one_joined = grouped_target and not grouped_source
        # The module's weights, read once a row (no shared item in the short way: SHARED gains
        # nothing there, and subtracting its zero changes no bit).
        unshared_weight, orphan_weight, words_weight = UNSHARED, ORPHAN, WORDS
        cognate_costs, entry_costs = _COGNATE_COSTS, _ENTRY_COSTS
        source_quoted = source_quotes > 0
        out: list[float] = []
        append = out.append
        for j in range(first, last + 1):
            if grouped_target:
                if next_break[j] < j + dj:
                    append(math.inf)
                    continue
                target = groups.get((1, j, dj)) or self._group(1, j, dj)
            else:
                target = singles[j]
            if not source_items.isdisjoint(target[6]):
                append(self(i, j, di, dj))
                continue
            # As :meth:`__call__` computes it when the two sides share no items.
            l2 = target[0]
            length_cost = lengths.get((l1, l2))
            if length_cost is None:
                mean = (l1 + l2 / ratio) / 2 or 1.0
                delta = (l2 - l1 * ratio) / math.sqrt(VARIANCE * mean)
                length_cost = -math.log(max(math.erfc(abs(delta) / _SQRT2), 1e-12))
                if len(lengths) >= _CACHED_LENGTHS:
                    lengths.clear()
                lengths[(l1, l2)] = length_cost
            words = 0.0
            orphans = 0.0
            target_words = target[9]
            if source_words.isdisjoint(target_words):
                if source_words and target_words:
                    if source_cognates and target[10][2]:
                        words += cognate_costs[0]
                    if source_entries and target[10][3]:
                        words += entry_costs[0]
                if grouped_source:
                    orphans += source_alone[target[3] > 0]
                if grouped_target:
                    orphans += target[12][source_quoted]
            else:
                words += _weak_cost(source_kinds, target[10])
                if grouped_source:
                    orphans += self._orphans(0, i, di, target)
                if grouped_target:
                    orphans += self._orphans(1, j, dj, source)
            target_quotes = target[3]
            if several_joined:
                joined = target_joined[j][source_ended]
            elif one_joined:
                joined = source_joined[target_ended[j] if dj == 2
                                       else self._all_ended(1, j, dj)]
            else:
                joined = 0.0
            append(length_cost + prior
                   + unshared_weight * (source_total + target[4])
                   - 0.5 * (source_quotes if source_quotes < target_quotes else target_quotes)
                   + orphan_weight * orphans + joined + words_weight * words)
        return out

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        prior = self._priors.get((di, dj))
        if prior is None or (di > 1 and self._next_break[0][i] < i + di) or (
                dj > 1 and self._next_break[1][j] < j + dj):
            return math.inf
        if not di or not dj:
            # A sentence the other side leaves out takes its anchors with it: nothing to pay
            # for them but the prior of a deletion.
            return prior
        if di == 1:
            source = self._singles[0][i]
        else:
            source = self._groups.get((0, i, di)) or self._group(0, i, di)
        if dj == 1:
            target = self._singles[1][j]
        else:
            target = self._groups.get((1, j, dj)) or self._group(1, j, dj)
        l1 = source[0]
        l2 = target[0]
        length_cost = self._lengths.get((l1, l2))
        if length_cost is None:
            ratio = self.ratio
            mean = (l1 + l2 / ratio) / 2 or 1.0
            delta = (l2 - l1 * ratio) / math.sqrt(VARIANCE * mean)
            length_cost = -math.log(max(math.erfc(abs(delta) / _SQRT2), 1e-12))
            if len(self._lengths) >= _CACHED_LENGTHS:
                self._lengths.clear()
            self._lengths[(l1, l2)] = length_cost
        source_total = source[4]
        target_total = target[4]
        words = 0.0
        orphans = 0.0
        items_apart = source[6].isdisjoint(target[6])
        if items_apart and source[9].isdisjoint(target[9]):
            # Nothing in common, neither items nor weak anchors (most cells of the band): no
            # overlap to count, and the sentences of a group are orphans all.
            shared = same_tokens = same_names = 0
            if source[9] and target[9]:
                if source[10][2] and target[10][2]:
                    words += _COGNATE_COSTS[0]
                if source[10][3] and target[10][3]:
                    words += _ENTRY_COSTS[0]
            if di > 1:
                orphans += source[12][target[3] > 0]
            if dj > 1:
                orphans += target[12][source[3] > 0]
        else:
            if items_apart:
                shared = same_tokens = same_names = 0
            else:
                shared = (_overlap(source[1], target[1]) if source_total and target_total
                          else 0)
                source_tokens, target_tokens = source[2], target[2]
                same_tokens = (_overlap(source_tokens, target_tokens)
                               if source_tokens and target_tokens else 0)
                source_names, target_names = source[5], target[5]
                same_names = (_overlap(source_names, target_names)
                              if source_names and target_names else 0)
            if source[9] and target[9]:
                words += _weak_cost(source[10], target[10])
            if di > 1:
                orphans += self._orphans(0, i, di, target)
            if dj > 1:
                orphans += self._orphans(1, j, dj, source)
        unshared = source_total + target_total - 2 * shared
        quotes = source[3] if source[3] < target[3] else target[3]
        joined = 0.0
        if di > 1:
            if dj == 1:
                joined = self._joined[1][j][self._all_ended(0, i, di)]
        elif dj > 1:
            joined = self._joined[0][i][self._all_ended(1, j, dj)]
        return (length_cost + prior - SHARED * (shared + same_tokens + same_names)
                + UNSHARED * unshared - 0.5 * quotes + ORPHAN * orphans + joined
                + WORDS * words)

    def _all_ended(self, side: int, start: int, count: int) -> bool:
        """Whether the sentences of a group all end with a full stop (or a question or
        exclamation mark), but the last, which may not."""
        ended = self._ended[side]
        return all(ended[k] for k in range(start, start + count - 1))

    def _members(self, side: int, start: int, count: int) -> tuple[_Member, ...]:
        """For each sentence of a group, what it has that the rest of the group lacks (items,
        weak anchors) and what it pays as an echo; made once a group, cached as groups are."""
        key = (side, start, count)
        members = self._echoes.get(key)
        if members is None:
            singles = self._singles[side][start:start + count]
            out = []
            for k, single in enumerate(singles):
                rest = (*singles[:k], *singles[k + 1:])
                if count == 2:
                    own_items, own_words = single[6] - rest[0][6], single[9] - rest[0][9]
                else:
                    own_items = single[6].difference(*(r[6] for r in rest))
                    own_words = single[9].difference(*(r[9] for r in rest))
                unique = len(own_words)
                out.append((own_items, own_words,
                            ECHO_COSTS[bool(own_items)][unique if unique < 12 else 12], rest))
            if len(self._echoes) >= _CACHED_ECHOES:
                self._echoes.clear()
            members = self._echoes[key] = tuple(out)
        return members

    def _orphans(self, side: int, start: int, count: int, other: _View) -> float:
        """What the sentences of a group that the other side renders nothing of (none of their
        telling items) pay for the kinds of items of theirs it has none of (at most
        :data:`ORPHAN_MOST` a sentence)."""
        orphans = 0.0
        others = other[6]
        quoted = other[3] > 0
        other_words = other[9]
        singles = self._singles[side]
        members: tuple[_Member, ...] | None = None
        echoes = ECHO
        for k in range(start, start + count):
            single = singles[k]
            if others.isdisjoint(single[6]) and other_words.isdisjoint(single[9]):
                # Most cells of the band: nothing in common but quotation marks, maybe.
                orphans += single[12][quoted]
                continue
            # Past here the other side shares its items or its weak anchors, not both apart.
            if echoes:
                # An echo: all it shares with the other side, the rest of its group has, as
                # often (a headline beside its lead: the lead explains the other side alone).
                if members is None:
                    members = (self._echoes.get((side, start, count))
                               or self._members(side, start, count))
                own_items, own_words, echo, rest = members[k - start]
                if (others.isdisjoint(own_items) and other_words.isdisjoint(own_words)
                        and _echoed(single, rest, other)):
                    orphans += echo
                    continue
            if not single[7]:
                continue  # no items but tokens: rendered, or its weak anchors are heard
            if others.isdisjoint(single[6]):
                # Its weak anchors are heard: only its items are lost.
                orphans += single[8] if quoted and single[3] else single[7]
                continue
            known = self._orphan_of[side]
            member = known.get(k)
            if member is None:
                if len(known) >= _CACHED_ORPHANS:
                    known.clear()
                member = known[k] = _kinds(self.source[k] if side == 0 else self.target[k])
            telling, _, kinds = member
            if not others.isdisjoint(telling):
                continue
            # Its words: what it pays when the other side has none of them either.
            lost = single[11] if other_words.isdisjoint(single[9]) else 0.0
            for items, cost in kinds:
                if (not quoted) if items is _QUOTES else others.isdisjoint(items):
                    lost += cost
            orphans += lost if lost < ORPHAN_MOST else ORPHAN_MOST
        return orphans


def _weak_cost(source: _ByKind, target: _ByKind) -> float:
    """What two segments' weak anchors cost (their views' cognates, entries and how many of
    each): for each kind both have, :data:`WORD_COSTS` of the bin of their Dice coefficient
    (:func:`dice_bin`)."""
    g1, w1, ng1, nw1 = source
    g2, w2, ng2, nw2 = target
    words = 0.0
    if ng1 and ng2:
        words += _COGNATE_COSTS[dice_bin(len(g1 & g2), ng1 + ng2)]
    if nw1 and nw2:
        words += _ENTRY_COSTS[dice_bin(len(w1 & w2), nw1 + nw2)]
    return words


def _echoed(single: _View, rest: Sequence[_View], other: _View) -> bool:
    """Whether the rest of its group has each item and weak anchor that a sentence shares with
    the other side as often as the other side has it (when the other side has it more often,
    the sentence renders it: a headline joined to its lead names the place twice)."""
    # The rest has each of them once at least (or the sentence would not be an echo): only
    # what the other side has twice or more can be more often there.
    for item in single[6] & other[6]:
        times = _count(other, item)
        if times > 1 and times > sum(_count(r, item) for r in rest):
            return False
    parts = other[13]
    for word in single[9] & other[9]:
        times = sum(part[word] for part in parts)
        if times > 1 and times > sum(r[13][0][word] for r in rest):
            return False
    return True


def _count(view: _View, item: object) -> int:
    """How many times a segment has one of its items (as :func:`_view` keys them)."""
    kind = item[0]  # type: ignore[index]
    if kind == "t":
        return view[2][item[1]]  # type: ignore[index]
    if kind == "m":
        return view[5][item[1]]  # type: ignore[index]
    return view[1][item]  # type: ignore[index]


def _next_breaks(breaks: frozenset[int], size: int) -> list[int]:
    """For each sentence index, the first paragraph start after it (``size`` + 1 for none)."""
    out = [size + 1] * (size + 1)
    after = size + 1
    for k in range(size, -1, -1):
        out[k] = after
        if k in breaks:
            after = k
    return out
