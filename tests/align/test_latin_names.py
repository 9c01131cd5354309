"""Kazakh keeps foreign names in the Latin script where Russian transliterates them: "Boots,
Superdrug және Debenhams" is "Бутс, Супердраг и Дебенхэмс". Between Kazakh and Russian (one
script) names meet by their first letters, so these never met; the Kazakh side's Latin names
and the Russian side's Cyrillic ones now also carry their cross-script keys
(:func:`toolkit.align.names.name_key`), and meet.

Lines: NTREX-128 document 004 (tests/fixtures/ntrex-align, CC BY-SA 4.0).
"""

from __future__ import annotations

import pytest

from tests.align.test_deletions import LINES, beads
from tests.conftest import REPO
from toolkit.align import aligner
from toolkit.align.aligner import features_of
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

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


@pytest.mark.parametrize("latin_names", [True, False])
def test_a_kazakh_segment_of_two_lines_gets_both_russian_lines(glossary, monkeypatch,
                                                                latin_names):
    # The Kazakh joins lines 1 and 2 in one segment; the Russian keeps them apart. Line 2
    # shares its figure (2,8 млрд) with the Kazakh, line 1 only the three shops' names.
    if not latin_names:
        monkeypatch.setattr(aligner, "_KEEPS_LATIN", frozenset())
        monkeypatch.setattr(aligner, "_TRANSLITERATES", frozenset())
    found = beads(glossary, DOC, Lang.KK, Lang.RU, [0, (1, 2), 3, 4, 5], [0, 1, 2, 3, 4, 5])
    reverse = beads(glossary, DOC, Lang.RU, Lang.KK, [0, 1, 2, 3, 4, 5], [0, (1, 2), 3, 4, 5])
    if latin_names:
        assert found[:3] == ["[0]:[0]", "[1]:[1, 2]", "[2]:[3]"]
        assert reverse[:3] == ["[0]:[0]", "[1, 2]:[1]", "[3]:[2]"]
    else:  # without them, Russian line 1 is taken for a sentence the Kazakh leaves out
        assert found[:2] == ["[0]:[0]", "[]:[1]"]
        assert reverse[:2] == ["[0]:[0]", "[1]:[]"]
