"""Dynamic programming over beads, in a band that follows the path. Pure: no text, no I/O.

:func:`align` sees only the two lengths and a cost function ``cost(i, j, di, dj)`` for the bead
that joins source sentences ``i .. i+di-1`` with target sentences ``j .. j+dj-1`` (lower is
better, ``math.inf`` forbids it), and returns the cheapest sequence of beads.

Only a band of ``2 * band + 1`` cells a row is visited, so time and memory grow linearly with the
documents whatever they are. The band is not pinned to the diagonal: each row's band is centred
where the cheapest path of the previous row ends (plus the average slope), so shared anchors,
which make a path cheap, re-centre it after every deletion or insertion, and the band follows a
translation that drifts from the diagonal by any amount. Between two sure anchors (sentence
pairs that share what each text has once) every path runs through the anchors' columns, which
the band covers: there it reaches only ``narrow`` cells past them and the path, not ``band``
(a third of the cells on 1,000 NTREX sentences, the same path on every ``benchmarks/align.py``
case); where anchors are missing or far apart, the wide band is all there is to find the path
after a block of dropped sentences. The last row reaches out to the end of
the target, so a path always exists. Memory: one byte a visited cell (the bead type that reached
it) and the costs of the last four rows.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from itertools import pairwise

from toolkit.align.bead import Bead

__all__ = ["BEAD_TYPES", "align", "to_beads"]

BEAD_TYPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))

Cost = Callable[[int, int, int, int], float]
RowCost = Callable[[int, int, int, int, int], list[float]]
Step = tuple[int, int, int, int, float]
# How many rows between two calls of the progress callback.
PROGRESS_EVERY = 256
_NONE = 255
# Anchors farther apart than this (in target sentences), or farther than this from the
# cheapest path, do not widen the band (texts that are not translations have anchors here and
# there): time stays linear.
MAX_SPREAD = 512
# A row between two anchors at most this many rows apart is searched ``narrow`` cells either
# side of the path and the anchors' columns, not ``band``: the path runs between the anchors.
NARROW_BETWEEN = 32


def align(n: int, m: int, cost: Cost, band: int = 16,
          bead_types: Sequence[tuple[int, int]] = BEAD_TYPES,
          progress: Callable[[int], None] | None = None,
          anchors: Sequence[tuple[int, int]] = (), narrow: int = 8) -> list[Step]:
    """The cheapest path from (0, 0) to (n, m) as (i, j, di, dj, cost) steps, in order.

    ``progress``, when given, is called with the number of rows done every few hundred rows.
    ``anchors`` are cells the path very likely goes through (``(i, j)``, increasing in both):
    each row's band also covers the columns between the anchors before and after it, so that
    a block of sentences that one side lacks, wider than the band, does not lose the path; a
    row between anchors at most :data:`NARROW_BETWEEN` rows apart reaches ``narrow`` cells
    past those columns and the path instead of ``band``.

    >>> steps = align(2, 2, lambda i, j, di, dj: 0.0 if (di, dj) == (1, 1) else 1.0)
    >>> [(i, j, di, dj) for i, j, di, dj, _ in steps]
    [(0, 0, 1, 1), (1, 1, 1, 1)]
    """
    if n == 0 and m == 0:
        return []
    slope = m / n if n else 0.0
    depth = max(di for di, _ in bead_types) + 1
    # The costs of the last ``depth`` rows (ring buffer) and where each row's band starts.
    totals: list[list[float]] = [[] for _ in range(depth)]
    starts = array("l", [0] * (n + 1))
    backs: list[bytearray] = []
    # Bead types in the order that breaks ties (the smaller type wins, deterministically).
    order = sorted(range(len(bead_types)), key=lambda k: bead_types[k])
    # All types with di = 0 sort first.
    same_row = [k for k in order if bead_types[k][0] == 0]
    later = [k for k in order if bead_types[k][0] > 0]
    centre = 0.0
    guide = _guide(n, m, anchors)
    # ``cost.row(i, di, dj, first, last)``, when the cost has it: the costs of columns
    # ``first .. last`` of one bead type at once, as ``cost`` gives them one by one.
    row_cost: RowCost | None = getattr(cost, "row", None)
    previous_high = 0
    for i in range(n + 1):
        low = high = min(m, round(centre))
        reach = band
        if guide is not None:
            first, last, rows = guide[i]
            if last - first <= MAX_SPREAD and abs(first - low) <= MAX_SPREAD:
                low, high = min(low, first), max(high, last)
                if rows <= NARROW_BETWEEN:
                    reach = narrow
        # Never start past the previous row's end: the rows must overlap, or no path reaches
        # (n, m) (one sentence against thousands). The extra columns add up to at most m.
        lo = min(max(0, low - reach), previous_high)
        hi = m if i == n else min(m, high + reach)
        if i == 0:
            lo = 0
        previous_high = hi
        width = hi - lo + 1
        row = [math.inf] * width
        back = bytearray([_NONE]) * width
        # Bead types from earlier rows, type after type (in the order that breaks ties: a later
        # type wins only when strictly cheaper) ...
        for k in later:
            di, dj = bead_types[k]
            pi = i - di
            if pi < 0:
                continue
            before = totals[pi % depth]
            start = starts[pi]
            # The columns whose previous cell (j - dj) is in row pi's band.
            first = max(lo, dj, start + dj)
            last = min(hi, start + len(before) - 1 + dj)
            if first > last:
                continue
            x = first - lo
            previous_cells = before[first - dj - start:last - dj - start + 1]
            if row_cost is not None:
                # The costs of the whole run at once (a cell after an unreachable one is
                # asked too: costs are pure, and an infinite total never wins).
                costs = row_cost(pi, di, dj, first - dj, last - dj)
                for previous, bead_cost in zip(previous_cells, costs, strict=True):
                    total = previous + bead_cost
                    if total < row[x]:
                        row[x] = total
                        back[x] = k
                    x += 1
                continue
            for pj, previous in enumerate(previous_cells, first - dj):
                if previous != math.inf:
                    total = previous + cost(pi, pj, di, dj)
                    if total < row[x]:
                        row[x] = total
                        back[x] = k
                x += 1
        # ... then those from this row (di = 0), which come first in that order, column after
        # column: they read the columns before.
        if i == 0:
            row[0] = 0.0
        # Their costs by previous column (pj - lo), a run at once when the cost offers it.
        same_costs = ([row_cost(i, 0, bead_types[k][1], lo, hi - bead_types[k][1])
                       for k in same_row] if row_cost is not None else None)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best_total, best_type = math.inf, _NONE
            for index, k in enumerate(same_row):
                dj = bead_types[k][1]
                pj = j - dj
                if pj < lo:
                    continue
                previous = row[pj - lo]
                if previous == math.inf:
                    continue
                total = previous + (cost(i, pj, 0, dj) if same_costs is None
                                    else same_costs[index][pj - lo])
                if total < best_total:
                    best_total, best_type = total, k
            if not row[j - lo] < best_total:
                row[j - lo] = best_total
                back[j - lo] = best_type
        starts[i] = lo
        totals[i % depth] = row
        backs.append(back)
        cheapest = row.index(min(row))
        centre = lo + cheapest + slope
        if progress is not None and i % PROGRESS_EVERY == PROGRESS_EVERY - 1:
            progress(i + 1)
    if totals[n % depth][m - starts[n]] == math.inf:
        raise ValueError("no alignment inside the band; widen it")
    return _trace(n, m, bead_types, starts, backs, cost)


def _guide(n: int, m: int,
           anchors: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]] | None:
    """For each row, the columns between the anchors before and after it (every path through
    the anchors runs there) and how many rows apart those anchors are."""
    if not anchors:
        return None
    points = [(0, 0), *anchors, (n, m)]
    guide = [(0, 0, 0)] * (n + 1)
    for (i0, j0), (i1, j1) in pairwise(points):
        for i in range(i0, i1 + 1):
            guide[i] = (j0, j1, i1 - i0) if i1 > i0 else (j1, j1, 0)
    return guide


def _trace(n: int, m: int, bead_types: Sequence[tuple[int, int]], starts: array[int],
           backs: list[bytearray], cost: Cost) -> list[Step]:
    steps = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = bead_types[backs[i][j - starts[i]]]
        i, j = i - di, j - dj
        steps.append((i, j, di, dj, cost(i, j, di, dj)))
    steps.reverse()
    return steps


def to_beads(steps: Sequence[Step], confidence: Callable[[float, int, int], float]) -> list[Bead]:
    """Beads of a path, each with a confidence computed from its cost and shape."""
    return [Bead(tuple(range(i, i + di)), tuple(range(j, j + dj)), confidence(c, di, dj))
            for i, j, di, dj, c in steps]
