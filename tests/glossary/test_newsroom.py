"""The newsroom's concepts in the bundled glossary: state bodies, international organisations,
cities and titles are found in real kk/ru/en sentences in any inflected form, homographs are
not read as names, and correct translations give no term finding.

NTREX-128 sentences (CC BY-SA 4.0) are in tests/fixtures/ntrex-newsroom/ with their origin.
"""

from __future__ import annotations

import json
import sys
from functools import cache

import pytest

from tests.conftest import REPO
from toolkit.check.runner import check_pairs, matchers_for
from toolkit.formats.base import Segments
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Glossary, Kind
from toolkit.lang import LANGS, Lang
from toolkit.match import Matcher

GLOSSARY = REPO / "glossary"
NTREX = REPO / "tests" / "fixtures" / "ntrex-newsroom" / "sentences.jsonl"


@cache
def bundled() -> Glossary:
    return load_glossary(GLOSSARY)


@cache
def matchers() -> dict[Lang, Matcher]:
    return matchers_for(bundled(), LANGS)


def matcher(lang: Lang) -> Matcher:
    return matchers()[lang]


def concepts_in(text: str, lang: Lang) -> set[str]:
    return {m.concept for m in matcher(lang).find(text)}


FOUND = [
    # Kazakhstan's state bodies, in the case forms of running text.
    (Lang.RU, "Глава МИД РК выступил в Министерстве иностранных дел Республики Казахстан.",
     "organisation-mfa-kazakhstan"),
    (Lang.RU, "Об этом сообщили в Министерстве иностранных дел Казахстана.",
     "organisation-mfa-kazakhstan"),
    (Lang.KK, "ҚР Сыртқы істер министрлігінде брифинг өтті.", "organisation-mfa-kazakhstan"),
    (Lang.KK, "Бұл туралы ҚР СІМ-нің баспасөз қызметі хабарлады.", "organisation-mfa-kazakhstan"),
    (Lang.EN, "The Ministry of Foreign Affairs of Kazakhstan's statement was published today.",
     "organisation-mfa-kazakhstan"),
    (Lang.RU, "Законопроект одобрен Мажилисом Парламента Республики Казахстан.",
     "organisation-mazhilis-kazakhstan"),
    (Lang.KK, "Заң жобасын Мәжіліс депутаттары мақұлдады.", "organisation-mazhilis-kazakhstan"),
    (Lang.RU, "Министерству энергетики РК поручено подготовить баланс.",
     "organisation-ministry-energy-kazakhstan"),
    (Lang.KK, "Қазақстан Республикасының Энергетика министрлігіне тапсырма берілді.",
     "organisation-ministry-energy-kazakhstan"),
    (Lang.EN, "The Ministry of Energy of Kazakhstan said output would rise.",
     "organisation-ministry-energy-kazakhstan"),
    (Lang.RU, "В акимате Карагандинской области прошло совещание.",
     "organisation-akimat-karaganda-region"),
    (Lang.KK, "Қарағанды облысының әкімдігінде кеңес өтті.",
     "organisation-akimat-karaganda-region"),
    (Lang.KK, "Қарағанды облысы әкімдігі мәлімдеме жасады.",
     "organisation-akimat-karaganda-region"),
    (Lang.RU, "Национальный Банк Казахстана сохранил базовую ставку.",
     "organisation-national-bank-kazakhstan"),
    # Russia's federal bodies.
    (Lang.RU, "Законопроект внесён в Государственную Думу.", "organisation-state-duma-russia"),
    (Lang.RU, "Об этом заявили в Минобороны России.", "organisation-ministry-defence-russia"),
    (Lang.EN, "The Russian Defence Ministry said the drills were over.",
     "organisation-ministry-defence-russia"),
    (Lang.KK, "Ресей Федерациясының Экономикалық даму министрлігі болжамын жариялады.",
     "organisation-ministry-economic-development-russia"),
    # International organisations, acronyms with suffixes and possessives.
    (Lang.KK, "Қазақстан ЕАЭО-ға 2015 жылы кірді.", "organisation-eaeu"),
    (Lang.RU, "Саммит ШОС пройдёт в Астане.", "organisation-sco"),
    (Lang.KK, "ШЫҰ саммиті Астанада өтеді.", "organisation-sco"),
    (Lang.EN, "The SCO's summit will be held in Astana.", "organisation-sco"),
    (Lang.RU, "Страны ОДКБ провели учения.", "organisation-csto"),
    (Lang.KK, "ҰҚШҰ елдері жаттығу өткізді.", "organisation-csto"),
    (Lang.EN, "Nato's secretary general visited Kyiv.", "organisation-nato"),
    (Lang.RU, "Совещание по взаимодействию и мерам доверия в Азии отметило юбилей.",
     "organisation-cica"),
    (Lang.KK, "Түркі мемлекеттері ұйымының саммиті өтті.",
     "organisation-organization-of-turkic-states"),
    (Lang.EN, "The WHO said the outbreak was over.", "organisation-who"),
    # Cities.
    (Lang.RU, "Делегация прибыла в Усть-Каменогорск.", "place-oskemen"),
    (Lang.KK, "Делегация Өскеменге келді.", "place-oskemen"),
    (Lang.EN, "The delegation arrived in Oskemen.", "place-oskemen"),
    (Lang.KK, "Форум Новосібірде өтті.", "place-novosibirsk"),
    (Lang.RU, "Форум прошёл в Новосибирске.", "place-novosibirsk"),
    (Lang.KK, "Омбы облысының делегациясы Павлодарға келді.", "place-pavlodar"),
    (Lang.RU, "В городе Семей открыли памятник.", "place-semey"),
    (Lang.RU, "Карагандинские шахтёры вышли на смену.", "place-karaganda"),
    (Lang.KK, "Қарағандылық шахтерлер ауысымға шықты.", "place-karaganda"),
    (Lang.RU, "Переговоры прошли в Бишкеке.", "place-bishkek"),
    (Lang.KK, "Келіссөздер Бішкекте өтті.", "place-bishkek"),
    (Lang.KK, "Президент Бейжіңге сапармен барды.", "place-beijing"),
    (Lang.EN, "The president flew to Beijing.", "place-beijing"),
    (Lang.EN, "Talks in Kiev ended without a deal.", "place-kyiv"),
    (Lang.EN, "The summit opened in Luxembourg City.", "place-luxembourg-city"),
    # Titles, with the gendered Russian and English forms.
    (Lang.RU, "Уполномоченная по правам человека в Республике Казахстан провела приём.",
     "title-commissioner-human-rights-kazakhstan"),
    (Lang.RU, "Уполномоченному по правам человека в Республике Казахстан направлено письмо.",
     "title-commissioner-human-rights-kazakhstan"),
    (Lang.EN, "The Chairwoman of the Federation Council opened the session.",
     "title-chairman-federation-council-russia"),
    (Lang.RU, "Председатель Совета Федерации открыла заседание.",
     "title-chairman-federation-council-russia"),
    (Lang.RU, "Министр энергетики РК провёл брифинг.", "title-minister-energy-kazakhstan"),
    (Lang.KK, "Астана қаласының әкімі жиын өткізді.", "title-akim-astana"),
    (Lang.RU, "Аким города Шымкента встретился с жителями.", "title-akim-shymkent"),
    (Lang.EN, "The Kremlin spokesman declined to comment.",
     "title-press-secretary-president-russia"),
    (Lang.RU, "Генеральный секретарь ООН призвал к перемирию.", "title-un-secretary-general"),
    (Lang.RU, "Губернатору Омской области доложили о паводке.", "title-governor-omsk-oblast"),
    (Lang.KK, "Омбы облысының губернаторы делегацияны қарсы алды.",
     "title-governor-omsk-oblast"),
    (Lang.EN, "The Governor of Omsk Oblast met the delegation.", "title-governor-omsk-oblast"),
    (Lang.RU, "Встреча с Главой Республики Саха (Якутия) прошла в Якутске.",
     "title-head-sakha-yakutia"),
    (Lang.RU, "Раис Республики Татарстан посетил Астану.", "title-head-tatarstan"),
    (Lang.RU, "Посол по особым поручениям МИД РК провёл консультации.",
     "title-ambassador-at-large"),
]


@pytest.mark.parametrize(("lang", "text", "concept"), FOUND)
def test_found_in_inflected_forms(lang: Lang, text: str, concept: str) -> None:
    assert concept in concepts_in(text, lang)


NOT_FOUND = [
    # Homographs: common words that are also names in the glossary.
    (Lang.RU, "Жизнь многих семей изменилась.", "place-semey"),
    (Lang.RU, "Здесь добывают рудный концентрат.", "place-rudny"),
    (Lang.EN, "They reached an oral agreement.", "place-oral"),
    (Lang.KK, "Ол үйіне оралды.", "place-oral"),
    (Lang.EN, "Who said that?", "organisation-who"),
    (Lang.RU, "Над полем кружил орёл.", "place-oryol"),
    (Lang.KK, "Қызыл алма піскен.", "place-kyzyl"),
    (Lang.KK, "Қазан айында сайлау өтеді.", "place-kazan"),
    (Lang.EN, "She had a perm at the salon.", "place-perm"),
    (Lang.RU, "Врач нашёл вену на руке.", "place-vienna"),
    # A bare ministry name is every country's: it is no mention of Kazakhstan's.
    (Lang.RU, "Министерство обороны США создало новый центр.",
     "organisation-ministry-defence-kazakhstan"),
    (Lang.KK, "АҚШ қорғаныс министрлігі жаңа орталық құрды.",
     "organisation-ministry-defence-kazakhstan"),
    (Lang.RU, "Администрация президента Джоко столкнулась с трудностями.",
     "organisation-presidential-administration-kazakhstan"),
    # The city of a city-state is named only with the word city; the bare name is the country.
    (Lang.EN, "Luxembourg voted against the plan.", "place-luxembourg-city"),
]


@pytest.mark.parametrize(("lang", "text", "concept"), NOT_FOUND)
def test_homographs_and_bare_names_are_not_read_as_names(lang: Lang, text: str,
                                                         concept: str) -> None:
    assert concept not in concepts_in(text, lang)


def ntrex() -> list[dict[str, str]]:
    return [json.loads(line) for line in NTREX.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("record", ntrex(), ids=lambda r: f"{r['doc'][:3]}:{r['line']}")
def test_ntrex_versions_name_the_concept(record: dict[str, str]) -> None:
    for lang in LANGS:
        assert record["concept"] in concepts_in(record[lang.value], lang), lang


def term_findings(source: Lang, target: Lang, src: str, tgt: str) -> list[tuple[str, str]]:
    segments = Segments([src], [tgt], [1], [1])
    findings = check_pairs(bundled(), source, target, segments, matchers())
    return [(f.check, f.concept) for f in findings if f.check.startswith("term-")]


@pytest.mark.parametrize("record", ntrex(), ids=lambda r: f"{r['doc'][:3]}:{r['line']}")
@pytest.mark.parametrize(("source", "target"), [(Lang.EN, Lang.RU), (Lang.EN, Lang.KK),
                                                (Lang.RU, Lang.KK), (Lang.RU, Lang.EN)])
def test_ntrex_translation_renders_the_concept(record: dict[str, str], source: Lang,
                                               target: Lang) -> None:
    findings = term_findings(source, target, record[source.value], record[target.value])
    assert all(concept != record["concept"] for _, concept in findings), findings


def test_a_wrong_body_is_reported_and_the_right_one_is_not() -> None:
    ru = "Токаев провёл встречу с Председателем Государственной Думы."
    right = "Tokayev met the Chairman of the State Duma."
    wrong = "Tokayev met the Chairman of the Federation Council."
    assert term_findings(Lang.RU, Lang.EN, ru, right) == []
    assert ("term-missing", "title-chairman-state-duma-russia") in term_findings(
        Lang.RU, Lang.EN, ru, wrong)


def test_a_ministry_renders_its_government() -> None:
    """broader: "Правительство РК" is rendered by a translation that names one of its
    ministries (the Government acts through it)."""
    ru = "Правительство РК утвердило план."
    en = "The Ministry of Energy of Kazakhstan approved the plan."
    assert ("term-missing", "organisation-government-kazakhstan") not in term_findings(
        Lang.RU, Lang.EN, ru, en)
    assert ("term-missing", "organisation-government-kazakhstan") in term_findings(
        Lang.RU, Lang.EN, ru, "The council approved the plan.")


def test_every_new_kind_is_trilingual_and_sourced() -> None:
    glossary = bundled()
    newsroom = [c for c in glossary if c.id.startswith(
        ("organisation-ministry-", "organisation-akimat-", "title-minister-", "title-akim-"))]
    assert len(newsroom) > 80
    for concept in newsroom:
        assert concept.source, concept.id
        assert all(concept.preferred(lang) for lang in LANGS), concept.id
    ministries = [c for c in glossary.of_kind(Kind.ORGANISATION)
                  if c.id.startswith("organisation-ministry-")]
    assert all(c.broader for c in ministries)


def test_generating_scripts_reproduce_the_committed_glossary() -> None:
    """The generated concepts in glossary/ are exactly what the scripts generate: editing the
    YAML by hand instead of the scripts' tables would be lost at the next run."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import apply_glossary_forms
        import cities
        import state_bodies
        import titles_ladder
    finally:
        sys.path.remove(str(REPO / "scripts"))
    glossary = bundled()
    generated = (state_bodies.kazakhstan_bodies() + state_bodies.russia_bodies()
                 + state_bodies.akimats() + titles_ladder.ROWS + titles_ladder.ministers()
                 + titles_ladder.akims() + titles_ladder.federal_subject_heads(GLOSSARY)
                 + cities.kazakhstan_cities() + cities.russia_cities()
                 + cities.capitals(cities._country_ids(GLOSSARY)))
    assert len(generated) > 400
    # The short and derived forms of scripts/glossary_forms/ are applied on top (issue 12).
    ids = {c.id for c in generated}
    applied = apply_glossary_forms.apply([c for c in glossary if c.id not in ids] + list(generated))
    generated = [c for c in applied if c.id in ids]
    for concept in generated:
        assert glossary.get(concept.id) == concept, concept.id
