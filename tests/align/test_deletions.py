"""Issue 14 on real text: what a translation leaves out stays out of the beads beside it.

The cases are made from consecutive NTREX-128 lines (tests/fixtures/ntrex-align, CC BY-SA 4.0)
the way real translations differ: a side leaves out a headline or an interjection, or renders
two lines as one segment.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from toolkit.align.aligner import align_sentences
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

FIXTURE = REPO / "tests" / "fixtures" / "ntrex-align" / "lines.jsonl"
LINES = {(r["doc"][:3], r["line"]): r for r in map(json.loads, FIXTURE.read_text(
    encoding="utf-8").splitlines())}
# A side of a case: the lines it keeps, in order; a tuple is lines rendered as one segment.
Side = list[int | tuple[int, ...]]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def side(doc: str, lang: Lang, lines: Side) -> list[str]:
    return [" ".join(LINES[doc, k][lang.value] for k in item) if isinstance(item, tuple)
            else LINES[doc, item][lang.value] for item in lines]


def beads(glossary, doc: str, source_lang: Lang, target_lang: Lang, source: Side,
          target: Side) -> list[str]:
    return [str(b) for b in align_sentences(side(doc, source_lang, source),
                                            side(doc, target_lang, target),
                                            source_lang, target_lang, glossary)]


def test_an_interjection_the_translation_leaves_out_is_a_deletion(glossary):
    # "Эванс: «Вот, сейчас точно слышно!»" has no English line; the English has a last line
    # the Russian lacks. Neither is glued to the sentence beside it.
    assert beads(glossary, "051", Lang.RU, Lang.EN, [5, 6, 7, 8], [5, 6, 8, 9]) == [
        "[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]", "[]:[3]"]


@pytest.mark.parametrize(("doc", "source_lang", "target_lang"), [
    ("036", Lang.RU, Lang.EN),  # "Трамп проводит предвыборную гонку в Западной Вирджинии"
    ("036", Lang.KK, Lang.EN),
    ("051", Lang.KK, Lang.RU),  # "Альманах: Гейгер есептегішін ойлап шығарушы"
    ("061", Lang.RU, Lang.EN),
])
def test_a_headline_the_translation_leaves_out_is_a_deletion(glossary, doc, source_lang,
                                                            target_lang):
    assert beads(glossary, doc, source_lang, target_lang, [0, 1, 2, 3], [1, 2, 3]) == [
        "[0]:[]", "[1]:[0]", "[2]:[1]", "[3]:[2]"]


def test_a_headline_only_the_translation_has_is_an_insertion_beside_a_merge(glossary):
    # The Kazakh renders English lines 1 and 2 as one segment and has no headline: the
    # headline is a 0-1 bead, not part of the 1-2 bead after it.
    assert beads(glossary, "061", Lang.KK, Lang.EN, [(1, 2), 3], [0, 1, 2, 3]) == [
        "[]:[0]", "[0]:[1, 2]", "[1]:[3]"]
    assert beads(glossary, "036", Lang.KK, Lang.EN, [1, 2, 3], [0, 1, 2, 3]) == [
        "[]:[0]", "[0]:[1]", "[1]:[2]", "[2]:[3]"]


@pytest.mark.parametrize(("doc", "source_lang", "target_lang", "source", "target", "wanted"), [
    # Two Russian sentences, one English segment: "All of what we've done is at stake in
    # November. Five weeks away from ..."
    ("036", Lang.RU, Lang.EN, [1, 2, 3, 4], [1, (2, 3), 4],
     ["[0]:[0]", "[1, 2]:[1]", "[3]:[2]"]),
    # The Kazakh splits what the English says in one segment, after a headline both have.
    ("051", Lang.EN, Lang.KK, [0, 1, (2, 3), 4], [0, 1, 2, 3, 4],
     ["[0]:[0]", "[1]:[1]", "[2]:[2, 3]", "[3]:[4]"]),
])
def test_a_merge_beside_sentences_with_anchors_is_still_found(glossary, doc, source_lang,
                                                              target_lang, source, target,
                                                              wanted):
    assert beads(glossary, doc, source_lang, target_lang, source, target) == wanted
