"""The bundled glossary's newsroom short forms and derived forms (issue 12, kinds 5 and 1), on
real sentences.

Sentences marked NTREX are lines of NTREX-128 (Federmann, Kocmi and Xin, 2022; CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/), document and line given; the others are
written for these tests in the style of Akorda's releases.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.conftest import REPO
from toolkit.check.runner import check_pairs, matchers_for
from toolkit.formats.base import Segments
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Kind, lookup_key
from toolkit.lang import LANGS, Lang


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


@pytest.fixture(scope="module")
def matchers(glossary):
    return matchers_for(glossary, LANGS)


def missing(glossary, matchers, source_lang, target_lang, source, target):
    """The concepts that `check` reports missing or misspelled in one segment pair."""
    segments = Segments([source], [target], [1], [1])
    findings = check_pairs(glossary, source_lang, target_lang, segments, matchers)
    return {f.concept for f in findings if f.check in ("term-missing", "term-misspelled")}


# ---------------------------------------------------------------------- kind 5: short forms

@pytest.mark.parametrize(("source_lang", "target_lang", "source", "target", "concepts"), [
    # NTREX 048_reuters.218861 line 14: "Южная Корея" for South Korea (CLDR: Республика Корея).
    (Lang.EN, Lang.RU,
     "If the party to this issue of denuclearization were South Korea and not the U.S., the "
     "denuclearization of the Korean peninsula would not have come to such a deadlock.",
     "Если бы стороной этого вопроса денуклеаризации была Южная Корея, а не США, "
     "денуклеаризация Корейского полуострова не оказалась бы в таком тупике.",
     {"place-south-korea", "place-united-states"}),
    # NTREX 048_reuters.218861 line 2: "Северной Кореи" for North Korea (CLDR: КНДР).
    (Lang.EN, Lang.RU,
     "North Korea's foreign minister told the United Nations on Saturday continued sanctions "
     "were deepening its mistrust in the United States.",
     "Министр иностранных дел Северной Кореи заявил в Организации Объединенных Наций в "
     "субботу, что продолжающиеся санкции усиливают недоверие к Соединенным Штатам.",
     {"place-north-korea", "place-united-states"}),
    # NTREX 013_abcnews.306815 line 3: "U.S." with full stops.
    (Lang.RU, Lang.EN,
     "Тем не менее, в следующие несколько дней он принесет ливни и наводнения на территорию "
     "северной Мексики и юго-запада США.",
     "However, Rosa will bring flooding rains across northern Mexico and the southwest U.S. "
     "over the coming days.",
     {"place-united-states", "place-mexico"}),
    # NTREX 061_newsweek.51318 line 14: "U.K." and the Kazakh "Біріккен Корольдік".
    (Lang.EN, Lang.KK,
     "The group also said that after more than 5,000 actions were taken calling on the U.K. "
     "improve nutrition for mothers and children, the government announced funding.",
     "Сонымен қатар, ұйымның мәліметінше, Біріккен Корольдікте аналар мен балалардың "
     "тамақтану сапасын жақсартуға бағытталған 5000-нан астам іс-шаралар ұйымдастырылған.",
     {"place-united-kingdom"}),
    # NTREX 004_guardian.221754 line 3: the possessive of an acronym is morphology.
    (Lang.EN, Lang.RU,
     "As part of a substantial push into the UK's £2.8bn beauty market, the larger beauty "
     "aisles will be tested out in 11 stores.",
     "Парфюмерно-косметический рынок Великобритании оценивается в 2,8 млрд фунтов стерлингов.",
     {"place-united-kingdom"}),
    # Akorda style: the Head of State is the President of Kazakhstan.
    (Lang.RU, Lang.KK,
     "Президент Казахстана Касым-Жомарт Токаев провел совещание по вопросам развития "
     "Северо-Казахстанской области.",
     "Мемлекет басшысы Қасым-Жомарт Тоқаев СҚО-ны дамыту мәселелері жөнінде кеңес өткізді.",
     {"title-president-kazakhstan", "place-north-kazakhstan-region"}),
    (Lang.KK, Lang.EN,
     "Мемлекет басшысы Ресей Үкіметінің Төрағасын қабылдады.",
     "The Head of State received the Russian Prime Minister.",
     {"title-president-kazakhstan", "title-chairman-government-russia"}),
    (Lang.EN, Lang.RU,
     "The delegation arrived in Petersburg on Monday.",
     "Делегация прибыла в Петербург в понедельник.",
     {"place-saint-petersburg"}),
    (Lang.RU, Lang.KK,
     "Делегация Австралии посетила Кыргызстан.",
     "Австралия делегациясы Қырғызстанға барды.",
     {"place-australia", "place-kyrgyzstan"}),
    # NTREX 047_reuters.218923 line 2: the Kazakh press's "Құрама Штаттар" without Америка.
    (Lang.EN, Lang.KK,
     "Europe will take a healthy advantage into the final day of the Ryder Cup after emerging "
     "from Saturday's fourballs and foursomes matches with a 10-6 lead over the United States.",
     "Еуропа сенбі күнгі төрт доп соққылары мен төрттік партияларынан кейін 10-6 есебімен "
     "Құрама Штаттарынан озып шыққанан кейін Райдер Кубогының финалында дұрыс ойын "
     "көрсетпеші.",
     {"place-united-states"}),
    # Kazinform style: the Philippines without аралдары; a Russian oblast in its Russian
    # spelling; the Turkistan Region under its name before June 2018.
    (Lang.RU, Lang.KK,
     "Делегация Филиппин посетила Челябинскую область.",
     "Филиппин делегациясы Челябинск облысына барды.",
     {"place-philippines", "place-chelyabinsk-oblast"}),
    (Lang.RU, Lang.EN,
     "В 2017 году аким ЮКО посетил Ямал.",
     "In 2017 the akim of the South Kazakhstan Region visited the Yamal.",
     {"place-turkistan-region", "place-yamalo-nenets"}),
    # Kazakhstan's English-language press: the akim of a city is its mayor, of a region its
    # governor; the Russian and Kazakh press call the chairs of the chambers speakers.
    (Lang.RU, Lang.EN,
     "Аким города Алматы и аким Акмолинской области провели совещание.",
     "Almaty Mayor and the Governor of Akmola Region held a meeting.",
     {"title-akim-almaty", "title-akim-akmola-region"}),
    (Lang.KK, Lang.RU,
     "Мәжіліс Төрағасы мен Сенат Төрағасы кездесті.",
     "Спикер Мажилиса и спикер Сената встретились.",
     {"title-chairman-mazhilis-kazakhstan", "title-chairman-senate-kazakhstan"}),
    # The Russian press names regions by their short names: Кубань, Сахалин, Туркмения.
    (Lang.RU, Lang.EN,
     "Губернатор Кубани посетил Сахалин и Туркмению.",
     "The Governor of Krasnodar Krai visited Sakhalin Oblast and Turkmenistan.",
     {"title-governor-krasnodar-krai", "place-sakhalin-oblast", "place-turkmenistan"}),
    # NTREX 058_guardian.221718 line 14: ru советник is also an adviser, not only the rank.
    (Lang.RU, Lang.EN,
     "Ее советники по разведке сообщают ей, что, поскольку каждый активный шпион был "
     "скомпрометирован, ей придется вывести кого-то из отставки.",
     "Her intelligence advisers inform her that as every single active spy has been "
     "compromised, she will have to bring someone out of retirement.",
     {"title-counsellor"}),
])
def test_short_forms_render_their_concept(glossary, matchers, source_lang, target_lang, source,
                                          target, concepts):
    found = {m.concept for m in matchers[source_lang].find(source)}
    assert concepts <= found  # the source mentions them ...
    assert not missing(glossary, matchers, source_lang, target_lang, source, target) & concepts


def test_a_translation_without_the_concept_is_still_reported(glossary, matchers):
    # The short forms widen what renders a concept, not what the check forgives.
    assert "place-south-korea" in missing(
        glossary, matchers, Lang.EN, Lang.RU, "Seoul is the capital of South Korea.",
        "Сеул — крупнейший город региона.")
    assert "title-president-kazakhstan" in missing(
        glossary, matchers, Lang.KK, Lang.RU, "Мемлекет басшысы кеңес өткізді.",
        "Министр провел совещание.")


# ----------------------------------------------------------------- kind 1: derived forms

def derived(matchers, lang: Lang, sentence: str) -> dict[str, str]:
    """The mentions of ``sentence`` that are derived forms: text → concept."""
    return {m.text: m.concept for m in matchers[lang].find(sentence) if m.derived}


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # NTREX 048_reuters.218861 line 14
    (Lang.RU, "Министр заострил внимание на трех встречах между Кимом и южнокорейским лидером "
              "Муном Чжэ Ином.", {"южнокорейским": "place-south-korea"}),
    (Lang.EN, "The minister instead highlighted three meetings between Kim and South Korean "
              "leader Moon Jae-in.", {"South Korean": "place-south-korea"}),
    # NTREX 006_cnbc.com.6790 line 2
    (Lang.KK, "Ол кейбіреулер “президенттікке тән емес” деп есептейтін пікірлерге және "
              "солтүстік кореялық басшыға деген оңтайлы қарым-қатынас үшін сынға қатысты "
              "қалжыңдады.",
     {"президенттікке": "title-president", "солтүстік кореялық": "place-north-korea"}),
    (Lang.EN, "He joked about criticism he would get for being so positive about the North "
              "Korean leader.", {"North Korean": "place-north-korea"}),
    # NTREX 032_cnbc.com.6772 line 16
    (Lang.RU, "Национальный научный фонд и другие правительственные организации выделяют "
              "деньги американским исследователям.", {"американским": "place-united-states"}),
    # NTREX 058_guardian.221718 line 19
    (Lang.RU, "Миллиардер утверждает, что может решить британские компьютерные проблемы.",
     {"британские": "place-united-kingdom"}),
    # NTREX 017_abcnews.306764 line 3
    (Lang.KK, "Ұлттық орталық сенбі күні мексикалықтарды жанартау кратері оянғаннан кейін одан "
              "алшақ болуды ескертті.", {"мексикалықтарды": "place-mexico"}),
    (Lang.EN, "The National Center for Disaster Prevention warned Mexicans on Saturday.",
     {"Mexicans": "place-mexico"}),
    # NTREX 043_scotsman.133744 and 015_reuters.218882 style: demonyms and adjectives
    (Lang.RU, "В опросе приняли участие более 4000 взрослых британцев.",
     {"британцев": "place-united-kingdom"}),
    (Lang.RU, "Правительство России и российские компании; россияне голосуют.",
     {"российские": "place-russia", "россияне": "place-russia"}),
    (Lang.KK, "Ресейлік компаниялар мен қазақстандық кәсіпкерлер келісімге қол қойды.",
     {"Ресейлік": "place-russia", "қазақстандық": "place-kazakhstan"}),
    (Lang.EN, "The Russian delegation and Kazakhstani officials met German ministers.",
     {"Russian": "place-russia", "Kazakhstani": "place-kazakhstan", "German": "place-germany"}),
    (Lang.RU, "Немецкая экономика и британско-южноафриканский форум.",
     {"Немецкая": "place-germany", "британско": "place-united-kingdom",
      "южноафриканский": "place-south-africa"}),
])
def test_derived_forms_find_adjectives_and_demonyms_in_any_form(matchers, lang, sentence,
                                                                expected):
    assert derived(matchers, lang, sentence) == expected


@pytest.mark.parametrize(("lang", "sentence"), [
    # Everyday words that are also nationality words were left out of the data on purpose:
    # тай 'foal' (Thai), дат 'rust' (Danish), шешен 'eloquent' (Chechen), ауған 'fallen'.
    (Lang.KK, "Тай жайылымда жүр, темірді дат басқан, ол шешен сөйледі, ағаш жолға ауған."),
    (Lang.RU, "Русский язык и английский чай, корейская кухня."),
    # Korean is both Koreas', English is England's: neither is listed.
    (Lang.EN, "They drove a Korean car and drank English tea."),
])
def test_derived_forms_are_not_everyday_words(matchers, lang, sentence):
    assert derived(matchers, lang, sentence) == {}


@pytest.mark.parametrize(("source_lang", "target_lang", "source", "target", "concepts"), [
    # NTREX 058_guardian.221718 line 12: ru adjectives for "Britain's".
    (Lang.EN, Lang.RU,
     "A cyber-hacker has infiltrated Britain's super-secret web network of spies, revealing the "
     "identities of all Britain's agents in the field.",
     "Кибер-хакер проник в сверхсекретную шпионскую британскую сеть, раскрыв личность всех "
     "британских агентов на местах.", {"place-united-kingdom"}),
    # NTREX 041_cnbc.com.6769 line 5: kk "Солтүстік Кореялық" for "North Korea's".
    (Lang.EN, Lang.KK,
     "His comments come as US. Secretary of State Mike Pompeo seems to be on the verge of "
     "restarting nuclear diplomacy after the Singapore summit with North Korea's Kim Jong Un.",
     "Ол өз пікірлерін АҚШ мемлекеттік хатшысы Майк Помпео Солтүстік Кореялық Ким Чен Ынмен "
     "Сингапурда кездескенде тұйыққа апарған ядролық дипломатия мәселесін қайта көтеруге "
     "әзір екенін көргенде айта бастады.", {"place-north-korea"}),
    # NTREX 017_abcnews.306764 line 3: kk demonym for Мексики.
    (Lang.RU, Lang.KK,
     "В субботу Национальный центр по предотвращению стихийных бедствий Мексики рекомендовал "
     "населению не приближаться к вулкану.",
     "Дүлей апаттардың алдын алу жөніндегі ұлттық орталық сенбі күні мексикалықтарды "
     "жанартау кратері оянғаннан кейін одан алшақ болуды ескертті.", {"place-mexico"}),
    # NTREX 040_guardian.221762 line 16 style: the English adjective is no misspelling.
    (Lang.RU, Lang.EN, "Компании РФ и власти Германии подписали соглашение.",
     "Russian companies and German authorities signed an agreement.",
     {"place-russia", "place-germany"}),
    (Lang.KK, Lang.RU, "Қазақстан мен Ресей компаниялары келісімге қол қойды.",
     "Казахстанские и российские компании подписали соглашение.",
     {"place-kazakhstan", "place-russia"}),
    (Lang.RU, Lang.KK, "Делегация Турции и представители Узбекистана прибыли в Астану.",
     "Түрік делегациясы мен өзбекстандық өкілдер Астанаға келді.",
     {"place-turkiye", "place-uzbekistan"}),
])
def test_derived_forms_render_their_concept_in_check(glossary, matchers, source_lang,
                                                     target_lang, source, target, concepts):
    assert concepts <= {m.concept for m in matchers[source_lang].find(source)}
    assert not missing(glossary, matchers, source_lang, target_lang, source, target) & concepts


def test_no_derived_form_belongs_to_two_concepts_or_is_another_concepts_term(glossary):
    owners: dict[tuple[Lang, str], set[str]] = defaultdict(set)
    for concept in glossary:
        for form in concept.derived:
            owners[(form.lang, lookup_key(form.text))].add(concept.id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}
    clashes = [(lang, term.text, concept.id) for concept in glossary
               for lang, term in concept.all_terms()
               if owners.get((lang, lookup_key(term.text)), {concept.id}) - {concept.id}]
    assert clashes == []


def test_countries_have_derived_forms_with_their_source(glossary):
    places = [c for c in glossary if c.kind is Kind.PLACE]
    with_forms = [c for c in places if c.derived]
    assert len(with_forms) >= 200
    for concept in with_forms:
        assert "derived forms: " in concept.source, concept.id
    for cid in ("place-russia", "place-kazakhstan", "place-united-kingdom", "place-germany",
                "place-united-states", "place-china", "place-turkiye", "place-uzbekistan"):
        concept = glossary.get(cid)
        assert {f.lang for f in concept.derived} == set(LANGS), cid
