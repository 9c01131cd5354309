"""The term finder on real Kazakh, Russian and English sentences, with the bundled glossary."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, SEED_ARTICLE
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType
from toolkit.lang import Lang
from toolkit.match import Matcher


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(REPO / "glossary")


@pytest.fixture(scope="module")
def matchers(glossary):
    return {lang: Matcher(glossary, lang) for lang in Lang}


def found(matchers, lang, text):
    return [(m.text, m.concept) for m in matchers[lang].find(text)]


def test_russian_phrases_match_by_lemma_in_every_case(matchers):
    text = "В ходе переговоров с Губернатором Красноярского края Александром Уссом"
    assert found(matchers, Lang.RU, text) == [
        ("Губернатором Красноярского края", "title-governor-krasnoyarsk-krai"),
        ("Александром Уссом", "person-uss-alexander")]
    assert found(matchers, Lang.RU, "на встрече с Мэром Красноярска Сергеем Ерёминым") == [
        ("Мэром Красноярска", "title-mayor-krasnoyarsk"),
        ("Сергеем Ерёминым", "person-yeremin-sergey")]
    assert found(matchers, Lang.RU, "Сергея Еремина") == [
        ("Сергея Еремина", "person-yeremin-sergey")]  # ё written as е


def test_offsets_point_into_the_original_line(matchers):
    line = "Делегация во главе с Послом РК в РФ Ермеком Кошербаевым"
    for match in matchers[Lang.RU].find(line):
        assert line[match.start:match.end] == match.text
    assert [m.term for m in matchers[Lang.RU].find(line)] == ["Посол РК в РФ", "Ермек Кошербаев"]


def test_kazakh_izafet_inflects_on_the_last_word_only(matchers):
    text = "Қазақстан Республикасының Ресей Федерациясындағы Елшісіне хат жолданды"
    assert found(matchers, Lang.KK, text) == [
        ("Қазақстан Республикасының Ресей Федерациясындағы Елшісіне",
         "title-ambassador-kazakhstan-russia")]
    # An inflected earlier word is not the glossary's izafet: only its parts are mentions.
    assert ("Қазақстанның Ресейдегі елшісі", "title-ambassador-kazakhstan-russia") in found(
        matchers, Lang.KK, "Қазақстанның Ресейдегі елшісі")


def test_kazakh_inflected_names_and_places(matchers):
    text = "Ермек Көшербаевпен Красноярскіде кездесу өтті, Абаканнан делегация келді"
    assert found(matchers, Lang.KK, text) == [
        ("Ермек Көшербаевпен", "person-kosherbayev-yermek"),
        ("Красноярскіде", "place-krasnoyarsk"),
        ("Абаканнан", "place-abakan")]


def test_acronyms_are_case_sensitive_and_take_kazakh_suffixes(matchers):
    assert found(matchers, Lang.KK, "ҚР-ның РФ-дағы Елшісі") == [
        ("ҚР-ның РФ-дағы Елшісі", "title-ambassador-kazakhstan-russia")]
    assert found(matchers, Lang.KK, "ҚР мен РФ-тың") == [
        ("ҚР", "place-kazakhstan"), ("РФ-тың", "place-russia")]
    assert found(matchers, Lang.RU, "рк и рф") == []  # not the acronyms РК, РФ
    assert found(matchers, Lang.EN, "the US and us") == [("US", "place-united-states")]


def test_kazakh_latin_script_finds_cyrillic_terms(matchers):
    assert found(matchers, Lang.KK, "Qazaqstan Respublikasynyñ Astanadağy ökılderı") == [
        ("Qazaqstan Respublikasynyñ", "place-kazakhstan"), ("Astanadağy", "place-astana")]


def test_initials_match_a_persons_full_name(matchers):
    for text in ("Е. Кошербаев", "Е.Кошербаев", "Е. Кошербаевым"):
        assert found(matchers, Lang.RU, text) == [(text, "person-kosherbayev-yermek")]
    assert found(matchers, Lang.EN, "Y. Kosherbayev said") == [
        ("Y. Kosherbayev", "person-kosherbayev-yermek")]
    assert found(matchers, Lang.RU, "А. Кошербаев")[0][0] == "Кошербаев"  # wrong initial


def test_english_possessive_plural_and_punctuated_titles(matchers):
    text = ("Kazakhstan's delegation attended the plenary session “Siberia. Economy of the "
            "Future” of the Krasnoyarsk Economic Forum.")
    assert found(matchers, Lang.EN, text) == [
        ("Kazakhstan's", "place-kazakhstan"),
        ("Siberia. Economy of the Future", "event-plenary-siberia-economy-of-the-future"),
        ("Krasnoyarsk Economic Forum", "event-krasnoyarsk-economic-forum")]


def test_leftmost_longest_and_deprecated_terms_found_with_status(matchers):
    matches = matchers[Lang.EN].find("Governor of Krasnoyarsk Territory met Yermek Kosherbaev")
    assert [(m.text, m.concept, m.status) for m in matches] == [
        ("Governor of Krasnoyarsk Territory", "title-governor-krasnoyarsk-krai",
         Status.ADMITTED),
        ("Yermek Kosherbaev", "person-kosherbayev-yermek", Status.DEPRECATED)]


def test_names_need_a_capital_first_letter(matchers):
    # "того" is a pronoun, not the country Того; "ие" is a Kazakh verb, not the name "Йе".
    assert found(matchers, Lang.RU, "после того как") == []
    assert found(matchers, Lang.RU, "В Того прошли выборы") == [("Того", "place-togo")]


def test_hyphenated_compounds_of_names(matchers):
    assert found(matchers, Lang.KK, "Абакан-Красноярск трассасы") == [
        ("Абакан", "place-abakan"), ("Красноярск", "place-krasnoyarsk")]


def test_a_hyphenated_name_the_glossary_lacks_mentions_none_of_its_parts(matchers):
    # NTREX-128 024 (CC BY-SA 4.0): the Mogollon Rim is a plateau, not Rome.
    assert found(matchers, Lang.RU, "местами достигая 15 см на аризонском плато "
                 "Могольон-Рим.") == []
    # Lower-case parts are no name of their own: each still renders its concept.
    assert found(matchers, Lang.RU, "британско-южноафриканский") == [
        ("британско", "place-united-kingdom"), ("южноафриканский", "place-south-africa")]
    assert found(matchers, Lang.RU, "экс-президент России") == [
        ("президент", "title-president"), ("России", "place-russia")]
    assert found(matchers, Lang.KK, "АҚШ-Ресей қатынастары") == [
        ("АҚШ", "place-united-states"), ("Ресей", "place-russia")]
    # A capitalized word the lexicon knows is a prefix, not a name (a headline's "Pro-").
    assert found(matchers, Lang.EN, "Wearing a MAGA Hat at a Pro-Russia Rally") == [
        ("Russia", "place-russia")]


def test_homoglyphs_and_typographic_quotes(matchers):
    assert found(matchers, Lang.RU, "Кошербaев")  # Latin "a" typed inside a Cyrillic name
    assert found(matchers, Lang.RU, 'ОАО "Красцветмет"') == [
        ('ОАО "Красцветмет"', "organisation-krastsvetmet")]


def test_scan_reports_lines_and_finds_the_whole_founding_article(matchers):
    lines = SEED_ARTICLE.read_text(encoding="utf-8").splitlines()
    mentions = list(matchers[Lang.RU].scan(lines))
    concepts = {m.concept for m in mentions}
    assert {"person-kosherbayev-yermek", "person-uss-alexander", "person-yeremin-sergey",
            "person-konovalov-valentin", "person-kara-ool-mengi", "person-tazhibayeva-laila",
            "title-head-republic-khakassia", "place-abakan", "event-forum-siber-il",
            "organisation-biryusa", "organisation-krastsvetmet", "other-dombra"} <= concepts
    assert "place-togo" not in concepts
    for mention in mentions:
        assert lines[mention.line - 1][mention.start:mention.end] == mention.text


def test_a_small_glossary_of_its_own():
    glossary = Glossary((Concept(
        "organisation-welsh-assembly", Kind.ORGANISATION,
        kk=(Term("Уэльс ассамблеясы"), Term("ассамблея мүшесі", Status.ADMITTED,
                                             TermType.VARIANT))),))
    matcher = Matcher(glossary, Lang.KK)
    assert [m.text for m in matcher.find("Уэльс ассамблеясына және ассамблея мүшелерінің")] == [
        "Уэльс ассамблеясына", "ассамблея мүшелерінің"]


@pytest.mark.parametrize("reverse", [False, True])
def test_ties_are_broken_the_same_way_whatever_came_before(reverse):
    concepts = [Concept("place-singapore", Kind.PLACE, ru=(Term("Сингапур"),)),
                Concept("other-singapore-summit", Kind.OTHER, ru=(Term("Сингапуре"),))]
    matcher = Matcher(Glossary(tuple(reversed(concepts) if reverse else concepts)), Lang.RU)
    first = [m.concept for m in matcher.find("саммит в Сингапуре")]
    for text in ("Сингапур", "в Сингапуре и Сеуле", "Сингапура"):
        matcher.find(text)
    # The term spelled exactly as the text wins over the one it merely inflects.
    assert first == [m.concept for m in matcher.find("саммит в Сингапуре")] == [
        "other-singapore-summit"]
