"""Issue 14: the length ratio is measured on the texts themselves, where it is far from the
languages' (a text of another origin or house style than NTREX's English-original news).

Real text: NTREX-128 lines (tests/fixtures/ntrex-align, CC BY-SA 4.0), ten documents, with
lines joined and dropped as align-dev's cases are made. The languages' ratio is set wrong on
purpose, as a text whose translations run 30% longer than NTREX's would find it.
"""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from tests.conftest import REPO
from toolkit.align import aligner, cost
from toolkit.align.aligner import align_documents
from toolkit.align.bead import Bead
from toolkit.align.score import score
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

FIXTURE = REPO / "tests" / "fixtures" / "ntrex-align" / "lines.jsonl"
ROWS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def case(source_lang: Lang, target_lang: Lang) -> tuple[list[str], list[str], list[Bead]]:
    """Line pairs of the fixture, two source lines of every nine rendered by one target line
    (their translations joined) and one of every eleven left untranslated."""
    rows = [(r[source_lang.value], r[target_lang.value]) for r in ROWS
            if r[source_lang.value].strip() and r[target_lang.value].strip()]
    source: list[str] = []
    target: list[str] = []
    gold: list[Bead] = []
    k = 0
    while k < len(rows):
        if k % 9 == 4 and k + 1 < len(rows):
            gold.append(Bead((len(source), len(source) + 1), (len(target),)))
            source += [rows[k][0], rows[k + 1][0]]
            target.append(f"{rows[k][1]} {rows[k + 1][1]}")
            k += 2
            continue
        if k % 11 == 7:
            gold.append(Bead((len(source),), ()))
        else:
            gold.append(Bead((len(source),), (len(target),)))
            target.append(rows[k][1])
        source.append(rows[k][0])
        k += 1
    return source, target, gold


def f1(glossary, texts, source_lang: Lang, target_lang: Lang) -> float:
    source, target, gold = texts
    beads = align_documents(source, target, source_lang, target_lang, glossary).beads
    return score([gold], [beads]).f1_strict


def test_a_wrong_languages_ratio_is_measured_away(glossary, monkeypatch):
    texts = case(Lang.RU, Lang.EN)
    right = f1(glossary, texts, Lang.RU, Lang.EN)
    monkeypatch.setitem(cost.RATIOS, Lang.EN, cost.RATIOS[Lang.EN] * 1.3)
    measured = f1(glossary, texts, Lang.RU, Lang.EN)
    monkeypatch.setattr(aligner, "_measured_ratio", lambda beads, cost: None)
    kept = f1(glossary, texts, Lang.RU, Lang.EN)
    assert right > 0.95
    assert measured >= right - 0.01
    assert kept < measured - 0.05


def test_the_ratio_is_measured_on_sure_pairs_and_only_where_it_is_far(glossary):
    source, target, _gold = case(Lang.RU, Lang.EN)
    features = [aligner.features_of(s, lang, None, True)
                for s, lang in ((source, Lang.RU), (target, Lang.EN))]
    costs = cost.AlignCost(features[0], features[1], Lang.RU, Lang.EN)
    languages = costs.ratio
    beads = align_documents(source, target, Lang.RU, Lang.EN, glossary).beads
    pairs = [(b.source[0], b.target[0]) for b in beads
             if len(b.source) == 1 and len(b.target) == 1 and b.score >= 0.5]
    own = costs.measured_ratio(pairs)
    # 45 sure pairs; their English is 0.83 of the Russian's length (NTREX's median: 0.91).
    assert len(pairs) > 40 and own is not None and 0.8 < own / languages < 0.95
    # Near the ratio the cost reads lengths with: kept.
    costs.rescale(own * 1.05)
    assert aligner._measured_ratio(beads, costs) is None
    # Far from it: the text's own, within 1.5 times the one it replaces.
    costs.rescale(own * 1.3)
    assert aligner._measured_ratio(beads, costs) == pytest.approx(own)
    costs.rescale(own * 3)
    assert aligner._measured_ratio(beads, costs) == pytest.approx(own * 2)
    # Texts that do not look like translations keep the languages' ratio.
    unsure = [Bead(b.source, b.target, 0.1) for b in beads]
    assert aligner._measured_ratio(unsure, costs) is None


def test_the_second_pass_extends_the_progress_bar(glossary, monkeypatch):
    source, target, _gold = case(Lang.RU, Lang.EN)
    monkeypatch.setitem(cost.RATIOS, Lang.EN, cost.RATIOS[Lang.EN] * 1.3)
    calls: list[tuple[int, int]] = []
    align_documents(source, target, Lang.RU, Lang.EN, glossary,
                    progress=lambda done, total: calls.append((done, total)))
    # Reading the sentences, the first pass's rows, the beads' margins (a quarter of a pass).
    first = 2 * len(source) + len(target) + len(source) // 4
    assert calls[0] == (0, first)
    assert calls[-1] == (first + len(source),) * 2  # both passes' rows
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in pairwise(calls))
