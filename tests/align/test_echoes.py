"""Issue 14 on real text: a headline the translation leaves out is not glued onto its lead.

A headline repeats the words of its lead ("Death toll from Indonesia tsunami rises to 832",
then the lead on the 832 dead), so against the lead's translation the pair headline + lead
shares as much as the lead alone: the headline renders nothing of its own there. Such a
sentence of a group is an echo and pays the measured chance that a rendered sentence looks like
that (``ECHO_COSTS``), which makes the deletion the cheaper reading. A translation that renders
the headline joined to the lead says the place or the number twice, and the pair is kept.

Lines: NTREX-128 documents 009 and 054 (tests/fixtures/ntrex-align, CC BY-SA 4.0).
"""

from __future__ import annotations

import pytest

from tests.align.test_deletions import beads
from tests.conftest import REPO
from toolkit.align import cost
from toolkit.glossary import load_glossary
from toolkit.lang import Lang


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


CASES = [("009", Lang.RU, Lang.EN, 4), ("009", Lang.KK, Lang.EN, 4),
         ("054", Lang.KK, Lang.EN, 6)]


@pytest.mark.parametrize(("doc", "source_lang", "target_lang", "size"), CASES)
def test_a_headline_the_source_lacks_is_left_out_not_glued_to_its_lead(
        glossary, doc, source_lang, target_lang, size):
    # The source begins with the lead; the English keeps its headline (line 0).
    found = beads(glossary, doc, source_lang, target_lang, list(range(1, size)),
                  list(range(size)))
    assert found[:3] == ["[]:[0]", "[0]:[1]", "[1]:[2]"]


@pytest.mark.parametrize(("doc", "source_lang", "target_lang", "size"), CASES)
def test_without_echoes_the_headline_is_glued_to_its_lead(
        glossary, monkeypatch, doc, source_lang, target_lang, size):
    monkeypatch.setattr(cost, "ECHO", False)
    found = beads(glossary, doc, source_lang, target_lang, list(range(1, size)),
                  list(range(size)))
    assert found[0] == "[0]:[0, 1]"


@pytest.mark.parametrize(("doc", "source_lang", "target_lang", "size"),
                         [*CASES, ("054", Lang.RU, Lang.EN, 6), ("054", Lang.KK, Lang.RU, 6)])
def test_a_headline_rendered_with_its_lead_in_one_segment_stays_with_it(
        glossary, doc, source_lang, target_lang, size):
    # The translation joins headline and lead in one segment: the headline renders something
    # of its own there, or the segment has twice what headline and lead both have.
    found = beads(glossary, doc, source_lang, target_lang, list(range(size)),
                  [(0, 1), *range(2, size)])
    assert found[:2] == ["[0, 1]:[0]", "[2]:[1]"]


def test_only_the_counts_keep_the_joined_headline_of_054_in_kazakh_against_english(
        glossary, monkeypatch):
    # Everything the Kazakh headline shares with the English segment, the Kazakh lead has too;
    # only that the segment has the two words they share twice (once in its headline, once in
    # its lead) shows the headline there.
    monkeypatch.setattr(cost, "_echoed", lambda *args: True)
    found = beads(glossary, "054", Lang.KK, Lang.EN, list(range(6)), [(0, 1), *range(2, 6)])
    assert found[:2] == ["[0]:[]", "[1]:[0]"]

