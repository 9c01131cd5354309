"""From beads to aligned units of text, for two languages or three (pivoting on one of them).

>>> from toolkit.align.bead import Bead
>>> pivot_units({Lang.EN: [Bead((0, 1), (0,))], Lang.KK: [Bead((0,), (0,)), Bead((1,), (1,))]})
[{'pivot': (0, 1), <Lang.EN: 'en'>: (0,), <Lang.KK: 'kk'>: (0, 1)}]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toolkit.align.bead import Bead
from toolkit.lang import Lang

__all__ = ["pivot_rows", "pivot_units"]

Unit = dict[object, tuple[int, ...]]


def pivot_units(alignments: Mapping[Lang, Sequence[Bead]]) -> list[Unit]:
    """Merge alignments that share their source side (the pivot) into units.

    Pivot sentences that any alignment joins in one bead stay in one unit, so a unit holds
    whole beads of every alignment; sentences with no pivot counterpart become units of
    their own, in order.
    """
    # Group pivot sentences: those one bead of any alignment joins belong together.
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for beads in alignments.values():
        for bead in beads:
            for a, b in zip(bead.source, bead.source[1:], strict=False):
                parent[find(b)] = find(a)
            for s in bead.source:
                find(s)
    groups: dict[int, list[int]] = {}
    for s in sorted(parent):
        groups.setdefault(find(s), []).append(s)
    roots = sorted(groups, key=lambda r: min(groups[r]))
    by_root: dict[int, Unit] = {root: {"pivot": tuple(groups[root])} for root in roots}
    # Target sentences with no pivot counterpart follow the unit of the bead before them.
    orphans: dict[int | None, list[Unit]] = {}
    for lang, beads in alignments.items():
        after: int | None = None
        for bead in beads:
            if bead.source:
                after = find(bead.source[0])
                unit = by_root[after]
                unit[lang] = tuple(sorted(set(unit.get(lang, ())) | set(bead.target)))
            elif bead.target:
                orphans.setdefault(after, []).append({"pivot": (), lang: bead.target})
    units = list(orphans.get(None, []))
    for root in roots:
        units.append(by_root[root])
        units.extend(orphans.get(root, []))
    return units


def pivot_rows(sentences: Mapping[Lang, Sequence[str]], pivot: Lang,
               alignments: Mapping[Lang, Sequence[Bead]], langs: Sequence[Lang]
               ) -> tuple[list[list[str]], list[float]]:
    """The aligned units of documents paired through ``pivot`` as rows of text, one column
    per language of ``langs``, and each unit's score: the lowest score of the beads that hold
    its pivot sentences (0 for a unit without any).

    >>> from toolkit.align.bead import Bead
    >>> rows, scores = pivot_rows({Lang.RU: ["Абакан.", "Форум."], Lang.EN: ["Abakan. Forum."]},
    ...                           Lang.RU, {Lang.EN: [Bead((0, 1), (0,), 0.8)]},
    ...                           [Lang.RU, Lang.EN])
    >>> rows, scores
    ([['Абакан. Форум.', 'Abakan. Forum.']], [0.8])
    """
    scores = {other: {s: b.score for b in beads for s in b.source}
              for other, beads in alignments.items()}
    rows, values = [], []
    for unit in pivot_units(alignments):
        texts: dict[Lang, tuple[int, ...]] = {lang: tuple(unit.get(lang, ())) for lang in langs}
        texts[pivot] = unit["pivot"]
        rows.append([" ".join(sentences[lang][i] for i in texts[lang]) for lang in langs])
        values.append(min((scores[o].get(i, 0.0) for o in scores for i in unit["pivot"]),
                          default=0.0))
    return rows, values
