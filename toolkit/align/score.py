"""Strict and lax precision, recall and F1 of beads, as Vecalign's score.py defines them.

Strict: a bead counts when it is exactly a gold bead. Lax: a bead that is not counts when some
source sentence of it is aligned in the gold to some target sentence of it. Precision is
computed over all beads; recall swaps the roles and leaves out insertions and deletions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from toolkit.align.bead import Bead

__all__ = ["Scores", "score"]


@dataclass(frozen=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


Pairs = set[tuple[tuple[int, ...], tuple[int, ...]]]


def _as_pairs(beads: Iterable[Bead]) -> Pairs:
    return {(b.source, b.target) for b in beads if b.source or b.target}


def _counts(gold: Pairs, test: Pairs) -> tuple[int, int, int, int]:
    """(strict hits, strict misses, lax hits, lax misses) of ``test`` against ``gold``."""
    links: dict[int, set[int]] = defaultdict(set)
    for source, target in gold:
        for s in source:
            links[s].update(target)
    strict_hit = strict_miss = lax_hit = lax_miss = 0
    for source, target in test:
        if (source, target) in gold:
            strict_hit += 1
            lax_hit += 1
            continue
        strict_miss += 1
        reachable = {t for s in source for t in links[s]}
        if reachable & set(target):
            lax_hit += 1
        else:
            lax_miss += 1
    return strict_hit, strict_miss, lax_hit, lax_miss


def _ratio(hit: int, miss: int) -> float:
    return hit / (hit + miss) if hit + miss else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[Sequence[Bead]], test: Sequence[Sequence[Bead]]) -> Scores:
    """Scores over several documents (counts are summed before dividing)."""
    precision = [0, 0, 0, 0]
    recall = [0, 0, 0, 0]
    for gold_doc, test_doc in zip(gold, test, strict=True):
        g, t = _as_pairs(gold_doc), _as_pairs(test_doc)
        precision = [a + b for a, b in zip(precision, _counts(g, t), strict=True)]
        g_full = {(s, x) for s, x in g if s and x}
        t_full = {(s, x) for s, x in t if s and x}
        recall = [a + b for a, b in zip(recall, _counts(t_full, g_full), strict=True)]
    ps, pl = _ratio(precision[0], precision[1]), _ratio(precision[2], precision[3])
    rs, rl = _ratio(recall[0], recall[1]), _ratio(recall[2], recall[3])
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))
