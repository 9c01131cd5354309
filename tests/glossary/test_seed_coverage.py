"""Every entity of the founding article is in the bundled glossary, in kk, ru and en.

Each row names the concept and the words as they stand in the article (in whatever case the
article uses), so the list cannot drift from the article: the phrase must occur in it.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, SEED_ARTICLE
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Kind
from toolkit.lang import LANGS, Lang

ARTICLE_ENTITIES = [
    ("person-kosherbayev-yermek", "Ермеком Кошербаевым"),
    ("title-ambassador-kazakhstan-russia", "Послом РК в РФ"),
    ("person-uss-alexander", "Александром Уссом"),
    ("title-governor-krasnoyarsk-krai", "Губернатором Красноярского края"),
    ("person-yeremin-sergey", "Сергеем Ерёминым"),
    ("title-mayor-krasnoyarsk", "Мэром Красноярска"),
    ("person-konovalov-valentin", "Валентином Коноваловым"),
    ("title-head-republic-khakassia", "Главой Республики Хакасия"),
    ("person-kara-ool-mengi", "Менги Кара-оолом"),
    ("title-deputy-chairman-government-tuva",
     "Заместителем Председателя Правительства Республики Тыва"),
    ("person-tazhibayeva-laila", "Ляйлы Тажибаевой"),
    ("other-kobyz-player", "кобызистки"),
    ("place-kazakhstan", "Казахстан"),
    ("place-russia", "России"),
    ("place-siberia", "Сибирь"),
    ("place-krasnoyarsk-krai", "Красноярский край"),
    ("place-krasnoyarsk", "Красноярске"),
    ("place-khakassia", "Хакасии"),
    ("place-abakan", "Абакане"),
    ("place-tuva", "Тыва"),
    ("event-krasnoyarsk-economic-forum", "Красноярского экономического форума"),
    ("event-plenary-siberia-economy-of-the-future", "Сибирь. Экономика будущего"),
    ("other-yenisei-siberia", "Енисейская Сибирь"),
    ("event-festival-asia-siberia-europe", "Азия-Сибирь-Европа"),
    ("event-first-russia-robotics-championship", "FIRST RUSSIA ROBOTICS CHAMPIONSHIP"),
    ("event-tourism-forum-siberia-attraction", "Сибирь. Притяжение"),
    ("event-forum-siber-il", "Сибер ил"),
    ("organisation-krastsvetmet", "Красцветмет"),
    ("organisation-biryusa", "Бирюса"),
    ("other-dombra", "домбры"),
    ("other-kobyz", "кобыз"),
]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


@pytest.mark.parametrize(("concept_id", "in_article"), ARTICLE_ENTITIES)
def test_article_entity_has_preferred_terms_in_all_three_languages(
        glossary, concept_id, in_article):
    assert in_article in SEED_ARTICLE.read_text(encoding="utf-8")
    concept = glossary.get(concept_id)
    assert concept is not None, concept_id
    for lang in LANGS:
        assert concept.preferred(lang) is not None, (concept_id, lang)
    assert concept.source, concept_id


def test_article_acronyms_are_case_sensitive_terms(glossary):
    expected = {("place-kazakhstan", Lang.RU, "РК"), ("place-kazakhstan", Lang.KK, "ҚР"),
                ("place-russia", Lang.RU, "РФ"), ("place-russia", Lang.KK, "РФ")}
    for concept_id, lang, text in expected:
        term = next(t for t in glossary.get(concept_id).terms(lang) if t.text == text)
        assert term.case_sensitive and term.type.value == "acronym"


def test_variable_english_usage_is_recorded_with_notes(glossary):
    krai = glossary.get("place-krasnoyarsk-krai")
    assert krai.preferred(Lang.EN).text == "Krasnoyarsk Krai"
    territory = next(t for t in krai.en if t.text == "Krasnoyarsk Territory")
    assert territory.status.value == "admitted" and territory.note
    kosherbayev = glossary.get("person-kosherbayev-yermek")
    kosherbaev = next(t for t in kosherbayev.en if "Kosherbaev" in t.text)
    assert kosherbaev.status.value == "deprecated" and "Kosherbayev" in kosherbaev.note


def test_base_sets_are_complete(glossary):
    places = glossary.of_kind(Kind.PLACE)
    subjects = [c for c in places if "ISO 3166-2:RU" in c.source]
    assert len(subjects) == 83
    regions = [c for c in places if c.note == "Region (oblys) of Kazakhstan."]
    assert {c.preferred(Lang.KK).text for c in regions} >= {
        "Абай облысы", "Жетісу облысы", "Ұлытау облысы"}
    assert len(regions) == 17
    for city in ("place-astana", "place-almaty", "place-shymkent"):
        assert glossary.get(city) is not None
    countries = [c for c in places if "ISO 3166-1" in c.note or "ISO 3166-1" in c.source]
    assert len(countries) >= 240
    assert glossary.get("place-france").preferred(Lang.KK).text == "Франция"
    assert len(glossary.of_kind(Kind.TITLE)) >= 40
    for concept in glossary:
        assert concept.source, concept.id
