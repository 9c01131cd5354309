"""The dictionary of everyday news words: entries found in inflected forms of all three languages,
and a malformed line named by its number.

Sentences: NTREX-128 document 000_bbc.381790, lines 2 and 11 (Federmann, Kocmi and Xin, 2022,
"NTREX-128 -- News Test References for MT Evaluation of 128 Languages"), CC BY-SA 4.0.
"""

from __future__ import annotations

import pytest

from toolkit.align.dictionary import load_dictionary, read_dictionary
from toolkit.lang import Lang

TRIPLES = [
    ("It has arisen because of plans to change the name of the assembly to the Welsh Parliament.",
     "Проблематичное решение связано с планами изменить название Ассамблеи на Парламент Уэльса.",
     "Бұл мәселе ассамблея атауын Уэльс парламентіне өзгерту жоспарларына байланысты пайда болды.",
     ("plans", "change", "name")),
    ("In June, the Commission published the results of a public consultation on the proposals "
     "which found broad support for calling the assembly a Welsh Parliament.",
     "В июне Комитетом были опубликованы результаты опроса общественного мнения по поводу "
     "предложенных вариантов, согласно которым вариант «Парламент Уэльса» вместо «Ассамблеи» "
     "нашел широкую поддержку среди местного населения.",
     "Маусым айында Комиссия ассамблеяны “Уэьлс Парламенті” деп атауға үлкен қолдауға ие болған "
     "ұсыныстарға қатысты қоғамдық кеңестің нәтижелерін жариялады.",
     ("June", "published", "results", "public", "support")),
]


@pytest.mark.parametrize(("en", "ru", "kk", "words"), TRIPLES)
def test_entries_are_found_in_inflected_forms_of_each_language(en, ru, kk, words):
    dictionary = load_dictionary()
    found = [set(dictionary.entries(s, lang)) for s, lang in ((en, Lang.EN), (ru, Lang.RU),
                                                               (kk, Lang.KK))]
    for word in words:
        entries = set(dictionary.entries(word, Lang.EN))
        assert entries, word
        assert all(entries & side for side in found), word


def test_a_line_without_three_columns_is_named_by_its_number():
    with pytest.raises(ValueError, match="line 3"):
        read_dictionary("# en\tru\tkk\nrain\tдождь\tжаңбыр\nvery\tочень\n")


def test_a_kazakh_verb_root_does_not_take_unrelated_words():
    dictionary = load_dictionary()
    # "күні" (day, its day) is no form of the root "көр" (see); "көрді" (saw) is
    see = set(dictionary.entries("saw", Lang.EN))
    assert not see & set(dictionary.entries("күні", Lang.KK))
    assert set(dictionary.entries("көрді", Lang.KK)) & see
