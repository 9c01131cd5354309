"""The DP's band: narrow between sure anchors, wide where there are none (issue 14, speed).

Real text: NTREX-128 lines (tests/fixtures/ntrex-align, CC BY-SA 4.0), ten documents in Russian
and English, with a block of twelve English lines dropped in the middle: wider than the narrow
band, so only the anchors' columns keep the path in reach.
"""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from tests.conftest import REPO
from toolkit.align import dp
from toolkit.align.aligner import features_of, sure_anchors
from toolkit.align.cost import AlignCost
from toolkit.glossary import load_glossary
from toolkit.lang import Lang
from toolkit.match import Matcher

FIXTURE = REPO / "tests" / "fixtures" / "ntrex-align" / "lines.jsonl"
ROWS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
DROPPED = range(30, 42)


@pytest.fixture(scope="module")
def texts():
    glossary = load_glossary(REPO / "glossary")
    pairs = [(r["ru"], r["en"]) for r in ROWS if r["ru"].strip() and r["en"].strip()]
    russian = [ru for ru, _ in pairs]
    english = [en for k, (_, en) in enumerate(pairs) if k not in DROPPED]
    return (features_of(russian, Lang.RU, Matcher(glossary, Lang.RU), True),
            features_of(english, Lang.EN, Matcher(glossary, Lang.EN), True))


class Counting(AlignCost):
    """The cost, counting the cells the DP asks for."""

    cells = 0

    def row(self, i: int, di: int, dj: int, first: int, last: int) -> list[float]:
        self.cells += max(0, last - first + 1)
        return super().row(i, di, dj, first, last)


def run(texts, anchors, narrow: int) -> tuple[list[tuple[int, int, int, int]], int]:
    cost = Counting(texts[0], texts[1], Lang.RU, Lang.EN)
    steps = dp.align(len(texts[0]), len(texts[1]), cost, anchors=anchors, narrow=narrow)
    return [step[:4] for step in steps], cost.cells


def test_between_anchors_the_band_is_narrow_and_the_path_the_same(texts):
    anchors = sure_anchors(*texts)
    gaps = [b[0] - a[0] for a, b in pairwise(anchors)]
    assert len(anchors) >= 10 and max(gaps) <= dp.NARROW_BETWEEN
    narrow, narrow_cells = run(texts, anchors, 8)
    wide, wide_cells = run(texts, anchors, 16)
    assert narrow == wide
    assert narrow_cells < 0.8 * wide_cells
    # The twelve dropped lines are twelve 1-0 beads, though the narrow band is eight wide.
    assert [(i, di, dj) for i, _, di, dj in narrow if i in DROPPED] == [
        (i, 1, 0) for i in DROPPED]


def test_without_anchors_the_band_stays_wide(texts):
    # No anchors (a text that repeats itself has none found once): the band is the wide one,
    # whatever ``narrow`` says, and it reaches past the twelve dropped lines.
    with_narrow, cells = run(texts, (), 8)
    with_wide, wide_cells = run(texts, (), 16)
    assert with_narrow == with_wide and cells == wide_cells
    assert [(i, di, dj) for i, _, di, dj in with_narrow if i in DROPPED] == [
        (i, 1, 0) for i in DROPPED]
