"""A bead: source sentences aligned with target sentences, in Vecalign's notation.

>>> str(Bead((0, 1), (0,)))
'[0, 1]:[0]'
>>> parse_beads("[0, 1]:[0]\\n[2]:[]\\n")[1]
Bead(source=(2,), target=(), score=0.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Bead", "parse_beads"]

_BEAD = re.compile(r"^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\](?:\s*:\s*([-\d.eE+]+))?$")


@dataclass(frozen=True)
class Bead:
    """0-based indices of the sentences on each side; ``score`` is the aligner's confidence in
    [0, 1] (1 for beads read from a file)."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float = 0.0

    def __str__(self) -> str:
        return "[{}]:[{}]".format(", ".join(map(str, self.source)),
                                  ", ".join(map(str, self.target)))


def _indices(group: str) -> tuple[int, ...]:
    return tuple(int(x) for x in group.split(",") if x.strip())


def parse_beads(text: str) -> list[Bead]:
    """Beads of a file in the Vecalign format, one a line, with or without a trailing score
    (``[0, 1]:[0]:0.912``, as Vecalign prints them); a malformed line raises ValueError with
    its 1-based number."""
    beads = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _BEAD.match(line.strip())
        if not match:
            raise ValueError(f"line {number}: not a bead like [0, 1]:[0]")
        source, target, value = match.groups()
        beads.append(Bead(_indices(source), _indices(target), float(value) if value else 0.0))
    return beads
