"""Collective numerals are counts for the aligner: "Шестеро из них получили травмы." renders
"Жарақат алған алты қызметкерге медициналық көмек көрсетілді." (six staff were treated).

The checker reads "шестеро", "четверых", "үшеуі" as weak numbers (they may sum up numbers said
otherwise, so they only confirm), and the aligner once read no number there at all: the Kazakh
sentence's "алты" (six) then looked unrendered, and a sentence the Russian renders joined to
its neighbour was taken for a deletion.

Lines: NTREX-128 document 023 (tests/fixtures/ntrex-align, CC BY-SA 4.0).
"""

from __future__ import annotations

import pytest

from tests.align.test_deletions import LINES, beads
from tests.conftest import REPO
from toolkit.align.aligner import features_of
from toolkit.glossary import load_glossary
from toolkit.lang import Lang
from toolkit.text.numbers import numbers_in
from toolkit.text.numwords import is_collective, word_value

DOC = "023"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


@pytest.mark.parametrize(("word", "lang", "value"), [
    ("Шестеро", Lang.RU, 6.0), ("четверых", Lang.RU, 4.0), ("пятерым", Lang.RU, 5.0),
    ("трое", Lang.RU, 3.0), ("үшеуі", Lang.KK, 3.0), ("төртеуін", Lang.KK, 4.0),
    ("бесеуінің", Lang.KK, 5.0), ("алтауымен", Lang.KK, 6.0)])
def test_a_collective_numeral_in_any_form_is_its_count(word, lang, value):
    assert is_collective(word, lang)
    assert word_value(word, lang) == (value, "add", True)  # weak for the checker


@pytest.mark.parametrize(("word", "lang"), [
    ("оба", Lang.RU), ("один", Lang.RU), ("екеуі", Lang.KK), ("екі", Lang.KK),
    ("алты", Lang.KK), ("ондаған", Lang.KK), ("Оның", Lang.KK), ("six", Lang.EN)])
def test_both_one_and_plain_numbers_are_not_collective(word, lang):
    # "екеуі де жоқ" is "neither is left": "екеуі" is "both" more often than "the two of them".
    assert not is_collective(word, lang)


def test_the_aligner_reads_the_count_the_checker_leaves_weak():
    ru = LINES[DOC, 6]["ru"]
    assert ru == "Шестеро из них получили травмы."
    assert numbers_in(ru, Lang.RU) == []
    assert numbers_in(ru, Lang.RU, collective=True) == [6.0]
    kk, = features_of([LINES[DOC, 6]["kk"]], Lang.KK, None)
    ru_features, = features_of([ru], Lang.RU, None)
    assert ("n", 6.0) in kk.anchors and ("n", 6.0) in ru_features.anchors
    # "екеуі де жоқ" (neither of them is left) has no count.
    assert not features_of(["“Бүгінгі таңда оның екеуі де жоқ.”"], Lang.KK, None)[0].anchors


def test_a_sentence_whose_count_the_other_side_says_as_a_collective_stays_in_its_bead(
        glossary):
    # The Russian renders lines 5 and 6 in one segment ("... сотрудники. Шестеро из них
    # получили травмы."); the Kazakh keeps them apart. Its line 6 is not left out.
    assert beads(glossary, DOC, Lang.KK, Lang.RU, [3, 4, 5, 6, 7, 8],
                 [3, 4, (5, 6), 7, 8]) == ["[0]:[0]", "[1]:[1]", "[2, 3]:[2]", "[4]:[3]",
                                           "[5]:[4]"]
