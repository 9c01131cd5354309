"""Kazakh keeps foreign names in the Latin script where Russian transliterates them: "Boots,
Superdrug және Debenhams" is "Бутс, Супердраг и Дебенхэмс". Between Kazakh and Russian (one
script) names meet by their first letters, so these never met; the Kazakh side's Latin names
and the Russian side's Cyrillic ones now also carry their cross-script keys
(:func:`toolkit.align.names.name_key`), and meet.

Lines: NTREX-128 document 004 (tests/fixtures/ntrex-align, CC BY-SA 4.0).
"""

from __future__ import annotations

import pytest

from tests.align.test_deletions import LINES, beads, side
from tests.conftest import REPO
from toolkit.align import aligner
from toolkit.align.aligner import features_of
from toolkit.align.cost import ORPHAN_COSTS, SHARED, AlignCost
from toolkit.glossary import load_glossary
from toolkit.lang import Lang
from toolkit.match import Matcher

DOC = "004"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def test_latin_names_in_kazakh_meet_their_russian_transliterations():
    kk, = features_of([LINES[DOC, 1]["kk"]], Lang.KK, None)
    ru, = features_of([LINES[DOC, 1]["ru"]], Lang.RU, None)
    assert "Boots, Superdrug және Debenhams" in LINES[DOC, 1]["kk"]
    assert "Бутс, Супердраг и Дебенхэмс" in LINES[DOC, 1]["ru"]
    shared = {t for t in kk.tokens if t.startswith("~")} & set(ru.tokens)
    assert len(shared) == 3


def test_a_name_in_cyrillic_on_both_sides_meets_once():
    # "Трамп" is a name of both sides, met by its letters; only the Russian side has its
    # cross-script key, so the pair does not count it twice.
    kk, = features_of(["Сенбі күні Дональд Трамп сөз сөйледі."], Lang.KK, None)
    ru, = features_of(["В субботу выступил Дональд Трамп."], Lang.RU, None)
    assert set(kk.names) & set(ru.names) == {"донал", "трамп"}
    assert not set(kk.tokens) & set(ru.tokens)


def test_a_kazakh_segment_of_two_lines_gets_both_russian_lines(glossary, monkeypatch):
    # The Kazakh joins lines 1 and 2 in one segment; the Russian keeps them apart. Russian line
    # 1 shares with the Kazakh segment the three shops' names, nothing else of its own.
    found = beads(glossary, DOC, Lang.KK, Lang.RU, [0, (1, 2), 3, 4, 5], [0, 1, 2, 3, 4, 5])
    reverse = beads(glossary, DOC, Lang.RU, Lang.KK, [0, 1, 2, 3, 4, 5], [0, (1, 2), 3, 4, 5])
    assert found[:3] == ["[0]:[0]", "[1]:[1, 2]", "[2]:[3]"]
    assert reverse[:3] == ["[0]:[0]", "[1, 2]:[1]", "[3]:[2]"]
    # The bead is that much cheaper for the names: three shared anchors, and Russian line 1
    # is no orphan that the Kazakh renders none of the names of ("Супердраг", "Дебенхэмс").
    kk = side(DOC, Lang.KK, [(1, 2)])
    ru = side(DOC, Lang.RU, [1, 2])

    def bead_cost():
        source = features_of(kk, Lang.KK, Matcher(glossary, Lang.KK))
        target = features_of(ru, Lang.RU, Matcher(glossary, Lang.RU))
        return AlignCost(source, target, Lang.KK, Lang.RU)(0, 0, 1, 2)

    with_names = bead_cost()
    monkeypatch.setattr(aligner, "_KEEPS_LATIN", frozenset())
    monkeypatch.setattr(aligner, "_TRANSLITERATES", frozenset())
    assert bead_cost() - with_names == pytest.approx(3 * SHARED + ORPHAN_COSTS["names"])
