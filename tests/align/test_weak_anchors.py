"""Issue 14 on real text: everyday words tell apart sentences that no glossary term, number or
name does.

NTREX-128 document 052 (tests/fixtures/ntrex-align, CC BY-SA 4.0) opens with a headline and a
lead that say the same thing, but for the lead's "and kill them". A translation that leaves
out one of the two keeps the other: only the dictionary's "kill" (өлтіру, убивать) tells which.
"""

from __future__ import annotations

import pytest

from tests.align.test_deletions import beads
from tests.conftest import REPO
from toolkit.align import cost
from toolkit.align.aligner import features_of
from toolkit.align.dictionary import load_dictionary, read_dictionary
from toolkit.glossary import load_glossary
from toolkit.lang import Lang


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


# Russian against English is left out: the Russian lead also adds "растущие" (growing), its
# share of shared words falls into the same bin as the headline's, and the lengths prefer the
# shorter headline.
@pytest.mark.parametrize(("source_lang", "target_lang"), [(Lang.KK, Lang.EN)])
def test_the_word_only_the_lead_has_tells_which_sentence_the_translation_kept(
        glossary, source_lang, target_lang):
    # The English keeps the lead (line 1) and leaves out the headline (line 0).
    assert beads(glossary, "052", source_lang, target_lang, [0, 1, 2, 3, 4, 5],
                 [1, 2, 3, 4, 5]) == ["[0]:[]", "[1]:[0]", "[2]:[1]", "[3]:[2]", "[4]:[3]",
                                      "[5]:[4]"]
    # The English keeps the headline and leaves out the lead.
    assert beads(glossary, "052", source_lang, target_lang, [0, 1, 2, 3, 4, 5],
                 [0, 2, 3, 4, 5]) == ["[0]:[0]", "[1]:[]", "[2]:[1]", "[3]:[2]", "[4]:[3]",
                                      "[5]:[4]"]


def test_without_the_weak_anchors_the_lead_the_translation_left_out_is_misplaced(
        glossary, monkeypatch):
    monkeypatch.setattr(cost, "WORDS", 0.0)
    # Lengths, names and terms alone pair the lead with the next sentence.
    assert beads(glossary, "052", Lang.KK, Lang.EN, [0, 1, 2, 3, 4, 5],
                 [0, 2, 3, 4, 5])[:2] == ["[0]:[0]", "[1]:[1]"]


def test_weak_anchors_of_real_sentences():
    kk = ("Жаңа рак вакцинасы иммундық жүйені ақаулы жасушаларды “көруге” және оларды өлтіруге "
          "үйретеді")
    en = "New cancer vaccine can teach the immune system to 'see' rogue cells and kill them"
    ru = ("Новая противораковая вакцина может научить иммунную систему «видеть» аномально "
          "растущие клетки и убивать их")
    entries = {lang: set(load_dictionary().entries(text, lang))
               for lang, text in ((Lang.KK, kk), (Lang.EN, en), (Lang.RU, ru))}
    shared = entries[Lang.KK] & entries[Lang.EN] & entries[Lang.RU]
    # kill, teach and the others: in three languages, in three inflected forms.
    assert len(shared) >= 2
    # Cognates: "вакцинасы", "вакцина" and "vaccine" meet across and within the scripts.
    kk_words, = features_of([kk], Lang.KK, None, cross_script=True)
    en_words, = features_of([en], Lang.EN, None, cross_script=True)
    assert {k for k in kk_words.words if k[0] == "g"} & {k for k in en_words.words if k[0] == "g"}
    kk_ru, = features_of([kk], Lang.KK, None, cross_script=False)
    ru_kk, = features_of([ru], Lang.RU, None, cross_script=False)
    assert ("g", "вакци") in kk_ru.words and ("g", "вакци") in ru_kk.words


def test_a_dictionary_line_without_three_columns_is_refused_with_its_number():
    with pytest.raises(ValueError, match="line 2"):
        read_dictionary("rain\tдождь\tжаңбыр\nsnow\tснег\n")
