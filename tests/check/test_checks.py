"""Each check, positive and negative, on real Kazakh, Russian and English sentences."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from toolkit.check.registry import CHECKS, check_by_id
from toolkit.check.runner import check_pairs, matchers_for
from toolkit.check.trio import Trio, check_trio
from toolkit.formats.base import Segments
from toolkit.glossary import load_glossary
from toolkit.lang import LANGS, Lang


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


@pytest.fixture(scope="module")
def matchers(glossary):
    return matchers_for(glossary, LANGS)


def run(glossary, matchers, source_lang, target_lang, pairs, document=False):
    segments = Segments([s for s, _ in pairs], [t for _, t in pairs],
                        list(range(1, len(pairs) + 1)), list(range(1, len(pairs) + 1)))
    findings = check_pairs(glossary, source_lang, target_lang, segments, matchers, document)
    return [(f.check, f.segment, f.concept) for f in findings], findings


def test_every_check_is_registered_with_id_severity_and_title():
    assert [c.id for c in CHECKS] == ["term-missing", "term-misspelled", "term-forbidden",
                                      "term-inconsistent",
                                      "term-untranslated", "number-mismatch", "date-mismatch",
                                      "entry-fuzzy", "sentence-missing"]
    for check in CHECKS:
        assert check.title and check.severity and check_by_id(check.id) is check


def test_missing_title_is_an_error_with_the_expected_term(glossary, matchers):
    keys, findings = run(glossary, matchers, Lang.RU, Lang.EN, [(
        "На встрече с Главой Республики Хакасия Валентином Коноваловым",
        "At the meeting with Valentin Konovalov")])
    assert keys == [("term-missing", 0, "title-head-republic-khakassia")]
    assert findings[0].expected == "Head of the Republic of Khakassia"
    assert findings[0].source_span.text == "Главой Республики Хакасия"


def test_inflected_renderings_are_not_missing(glossary, matchers):
    pairs = [
        ("Делегация во главе с Послом РК в РФ Ермеком Кошербаевым",
         "ҚР-ның РФ-дағы Елшісі Ермек Көшербаев бастаған делегация"),
        ("Встреча с Губернатором Красноярского края Александром Уссом",
         "Красноярск өлкесінің губернаторы Александр Усспен кездесу"),
        ("В Абакане и Красноярске", "Абаканда және Красноярскіде"),
    ]
    keys, _ = run(glossary, matchers, Lang.RU, Lang.KK, pairs)
    assert keys == []


def test_missing_suggests_the_same_kind_of_term(glossary, matchers):
    _, findings = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Казахстан и Россия", "The two countries"),
        ("Республика Казахстан", "The country")])
    assert [f.expected for f in findings] == ["Kazakhstan", "Russia", "Republic of Kazakhstan"]


def test_forbidden_and_deprecated_terms_suggest_the_preferred(glossary, matchers):
    keys, findings = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Ермек Кошербаев прибыл в Нур-Султан", "Yermek Kosherbaev arrived in Nur-Sultan")])
    assert keys == [("term-forbidden", 0, "person-kosherbayev-yermek"),
                    ("term-forbidden", 0, "place-astana")]
    assert [f.suggestion for f in findings] == ["Yermek Kosherbayev", "Astana"]
    assert findings[0].target_span.text == "Yermek Kosherbaev"


def test_inconsistent_renderings_across_a_document(glossary, matchers):
    keys, findings = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Красноярский край", "Krasnoyarsk Krai"),
        ("Красноярский край", "Krasnoyarsk Territory"),
        ("Ермек Кошербаев. Кошербаев сказал", "Yermek Kosherbayev. Kosherbayev said")])
    assert keys == [("term-inconsistent", 1, "place-krasnoyarsk-krai")]
    assert findings[0].expected == "Krasnoyarsk Krai"


def test_renderings_side_by_side_are_not_inconsistent(glossary, matchers):
    keys, _ = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Красноярский край", "Krasnoyarsk Krai (Krasnoyarsk Territory)")])
    assert keys == []


def test_untranslated_source_term_is_reported_once_as_missing(glossary, matchers):
    keys, findings = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Руководство ОАО «Красцветмет»", "The management of Красцветмет")])
    assert keys == [("term-missing", 0, "organisation-krastsvetmet")]
    assert findings[0].found == "Красцветмет"
    assert "left untranslated" in findings[0].message


def test_identical_terms_in_both_languages_are_not_untranslated(glossary, matchers):
    keys, _ = run(glossary, matchers, Lang.RU, Lang.KK, [("Абакан", "Абакан")])
    assert keys == []


@pytest.mark.parametrize(("source_lang", "source", "target_lang", "target"), [
    (Lang.RU, "Товарооборот составил порядка $100 млн", Lang.EN, "Trade was about $100 million"),
    (Lang.RU, "Товарооборот составил $100 млн", Lang.KK, "Тауар айналымы 100 млн долларды құрады"),
    (Lang.RU, "27-29 апреля в Абакане", Lang.EN, "in Abakan on April 27-29"),
    (Lang.RU, "27-29 апреля в Абакане", Lang.KK, "27-29 сәуірде Абаканда"),
    (Lang.RU, "в рамках 18-го форума", Lang.KK, "18-ші форум аясында"),
    (Lang.RU, "в рамках 18-го форума", Lang.EN, "at the 18th forum"),
    (Lang.RU, "рост на 1 000,5 тонн", Lang.EN, "up 1,000.5 tonnes"),
    (Lang.RU, "XX Международный фестиваль", Lang.EN, "the XX International Festival"),
])
def test_numbers_that_agree(glossary, matchers, source_lang, source, target_lang, target):
    keys, _ = run(glossary, matchers, source_lang, target_lang, [(source, target)])
    assert keys == []


def test_number_slip_is_an_error_naming_both_numbers(glossary, matchers):
    keys, findings = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Товарооборот составил $100 млн", "Trade was $10 million")])
    assert keys == [("number-mismatch", 0, "")]
    # The message quotes each number as written; expected/found give the values.
    assert "100 млн" in findings[0].message and "10 million" in findings[0].message
    assert (findings[0].expected, findings[0].found) == ("100 000 000", "10 000 000")


def test_document_mode_finds_a_concept_anywhere(glossary, matchers):
    pairs = [("Губернатор Красноярского края", "The meeting took place."),
             ("Встреча прошла.", "The Governor of Krasnoyarsk Krai attended."),
             ("Абакан", "Nothing here")]
    keys, _ = run(glossary, matchers, Lang.RU, Lang.EN, pairs, document=True)
    assert keys == [("term-missing", 2, "place-abakan")]


def test_three_way_names_the_version_that_lacks_the_concept(glossary, matchers):
    texts = {Lang.KK: ["Валентин Коноваловпен кездесу"],
             Lang.RU: ["Встреча с Главой Республики Хакасия Валентином Коноваловым"],
             Lang.EN: ["Meeting with the Head of the Republic of Khakassia Valentin Konovalov"]}
    findings = check_trio(glossary, Trio(texts, {lang: [1] for lang in LANGS}), matchers)
    assert [(f.check, f.lang, f.concept) for f in findings] == [
        ("term-missing", Lang.KK, "title-head-republic-khakassia")]
    assert "Russian" in findings[0].message and "English" in findings[0].message


def test_a_slip_of_a_letter_is_a_misspelling_not_a_missing_term(glossary, matchers):
    keys, findings = run(glossary, matchers, Lang.RU, Lang.EN, [
        ("Ермек Кошербаев", "Yermek Kosherbyev"),
        ("в Красноярском крае", "in Krasnojarsk Krai")])
    assert keys == [("term-misspelled", 0, "person-kosherbayev-yermek"),
                    ("term-misspelled", 1, "place-krasnoyarsk-krai")]
    assert findings[0].found == "Yermek Kosherbyev"
    assert findings[0].suggestion == "Yermek Kosherbayev"
    assert findings[0].severity.value == "warning"


def test_a_common_word_near_a_name_is_not_its_misspelling():
    from toolkit.glossary.model import Concept, Glossary, Kind, Term

    small = Glossary((Concept("person-adams", Kind.PERSON, ru=(Term("Адамс"),),
                              kk=(Term("Адамс"),)),))
    segments = Segments(["Адамс сказал"], ["адамдардың айтуынша"], [1], [1])
    findings = check_pairs(small, Lang.RU, Lang.KK, segments)
    assert [f.check for f in findings] == ["term-missing"]
