"""Dynamic programming over beads, in a band around the diagonal. Pure: no text, no I/O.

:func:`align` sees only the two lengths and a cost function ``cost(i, j, di, dj)`` for the bead
that joins source sentences ``i .. i+di-1`` with target sentences ``j .. j+dj-1`` (lower is
better, ``math.inf`` forbids it), and returns the cheapest sequence of beads. Only cells within
``band`` of the diagonal (scaled to the two lengths) are visited, so time and memory grow
linearly with the documents (the shape of Vecalign's dp_core, without its coarse-to-fine pass).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from toolkit.align.bead import Bead

__all__ = ["BEAD_TYPES", "align", "to_beads"]

BEAD_TYPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))

Cost = Callable[[int, int, int, int], float]


def align(n: int, m: int, cost: Cost, band: int = 20,
          bead_types: Sequence[tuple[int, int]] = BEAD_TYPES) -> list[tuple[int, int, int, int,
                                                                            float]]:
    """The cheapest path from (0, 0) to (n, m) as (i, j, di, dj, cost) steps, in order.

    >>> steps = align(2, 2, lambda i, j, di, dj: 0.0 if (di, dj) == (1, 1) else 1.0)
    >>> [(i, j, di, dj) for i, j, di, dj, _ in steps]
    [(0, 0, 1, 1), (1, 1, 1, 1)]
    """
    if n == 0 and m == 0:
        return []
    width = _width(n, m, band)

    def window(i: int) -> tuple[int, int]:
        center = round(i * m / n) if n else 0
        return max(0, center - width), min(m, center + width)

    # best[i] maps j -> (cost so far, step that reached it)
    best: list[dict[int, tuple[float, tuple[int, int] | None]]] = [dict() for _ in range(n + 1)]
    best[0][0] = (0.0, None)
    for i in range(n + 1):
        lo, hi = window(i)
        row = best[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            # The cheapest way in; on a tie the smaller bead type wins (as min() of
            # (total, type) pairs would choose), so that the path is deterministic.
            best_total, best_type = math.inf, None
            for di, dj in bead_types:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                previous = best[pi].get(pj)
                if previous is None:
                    continue
                step = cost(pi, pj, di, dj)
                if step == math.inf:
                    continue
                total = previous[0] + step
                if total < best_total or (total == best_total and best_type is not None
                                          and (di, dj) < best_type):
                    best_total, best_type = total, (di, dj)
            if best_type is not None:
                row[j] = (best_total, best_type)
    if m not in best[n]:
        raise ValueError("no alignment inside the band; widen it")
    steps = []
    i, j = n, m
    while (i, j) != (0, 0):
        total, back = best[i][j]
        assert back is not None
        di, dj = back
        steps.append((i - di, j - dj, di, dj, total - best[i - di][j - dj][0]))
        i, j = i - di, j - dj
    steps.reverse()
    return steps


# At most about this many cells are visited. Two documents that differ by thousands of sentences
# widen the band by a quarter of the difference, which made the work grow with the square of the
# documents (1,000,000 characters against a translation of another length: minutes); a real
# translation of 10,000 sentences in the band of 20 visits as many.
MAX_CELLS = 400_000


def _width(n: int, m: int, band: int) -> int:
    """Half the band's width: wider where the lengths differ, capped so that the work stays
    linear, and never so narrow that consecutive rows' windows miss each other (then no path
    would reach the end: one sentence against thousands)."""
    width = max(band, abs(n - m) // 4 + band // 2)
    width = min(width, max(band, MAX_CELLS // (2 * (n + 1))))
    return max(width, -(-m // max(n, 1)) + 1)


def to_beads(steps: Sequence[tuple[int, int, int, int, float]],
             confidence: Callable[[float, int, int], float]) -> list[Bead]:
    """Beads of a path, each with a confidence computed from its cost and shape."""
    return [Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), confidence(c, di, dj))
            for i, j, di, dj, c in steps]
