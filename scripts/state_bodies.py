"""Generate the ministries and agencies of Kazakhstan and Russia and Kazakhstan's akimats.

Usage::

    python scripts/state_bodies.py [GLOSSARY_FOLDER]     # default: glossary/

The names of a country's ministries follow one pattern per language, so the tables below give
each body's bare name once and the pattern adds the country ("Министерство энергетики" →
"Министерство энергетики Республики Казахстан", "Министерство энергетики РК", ...). Acronyms and
the journalists' abbreviations (Минфин РК, МИД России) are listed per row.

The bare name ("Министерство энергетики", "Ministry of Energy", "қорғаныс министрлігі") is never
a term: every country has one, and on foreign news ("Министерство обороны США" / "АҚШ қорғаныс
министрлігі" / "U.S. Defense Department") a bare term claims the other country's ministry and
reports its translation as wrong. A mention must name the country (РК, ҚР, Казахстана, России).

The names are those of the government's structure as of 2024 (Presidential decrees on the
structure of the Government of Kazakhstan; Russian Presidential decree No. 21 of 21 January 2020
"On the structure of federal executive bodies", as amended). The en names of Kazakhstan's bodies
are those the bodies use on gov.kz; the kk names of Russia's ministries are formed like those of
Kazakhstan's (as the Kazakh press writes them) and say so in their source. Each ministry and
agency is ``broader``-linked to its country's Government. This script owns the ids it
generates: it replaces those concepts and keeps everything else.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from glossary_tables import acronym, admitted, terms_of, write_generated

from toolkit.glossary.model import Concept, Kind, Term, TermType

GOVERNMENT_KZ = "organisation-government-kazakhstan"
GOVERNMENT_RU = "organisation-government-russia"

SOURCE_KZ = ("Structure of the Government of the Republic of Kazakhstan as of 2024 (Presidential "
             "decrees); en: the body's English name on gov.kz; kk/ru: its official names")
SOURCE_RU = ("Structure of federal executive bodies as of 2024 (Presidential decree No. 21 of "
             "21 January 2020, as amended); en: the ministry's English name on its site; kk: "
             "formed as the Kazakh press names the ministries (not an official Kazakh name)")

# Kazakhstan: (slug, kk bare name, ru bare name, en bare name, extra kk/ru/en terms, note).
# Extras: (lang, term); a term given as a str is an admitted short form.
KZ_BODIES: list[tuple[str, str, str, str, list[tuple[str, str | Term]], str]] = [
    ("ministry-national-economy", "Ұлттық экономика министрлігі",
     "Министерство национальной экономики", "Ministry of National Economy",
     [("ru", acronym("МНЭ РК")), ("ru", "Минэкономики РК"), ("ru", "Минэкономики Казахстана"),
      ("kk", acronym("ҚР ҰЭМ"))], ""),
    ("ministry-finance", "Қаржы министрлігі", "Министерство финансов", "Ministry of Finance",
     [("ru", "Минфин РК"), ("ru", "Минфин Казахстана")], ""),
    ("ministry-defence", "Қорғаныс министрлігі", "Министерство обороны", "Ministry of Defence",
     [("ru", "Минобороны РК"), ("ru", "Минобороны Казахстана")],
     ""),
    ("ministry-internal-affairs", "Ішкі істер министрлігі", "Министерство внутренних дел",
     "Ministry of Internal Affairs",
     [("ru", acronym("МВД РК")), ("ru", "МВД Казахстана"), ("kk", acronym("ҚР ІІМ")),
      ("kk", acronym("ІІМ")), ("en", admitted("Ministry of Interior", TermType.VARIANT))], ""),
    ("ministry-justice", "Әділет министрлігі", "Министерство юстиции", "Ministry of Justice",
     [("ru", "Минюст РК"), ("ru", "Минюст Казахстана")], ""),
    ("ministry-energy", "Энергетика министрлігі", "Министерство энергетики", "Ministry of Energy",
     [("ru", "Минэнерго РК"), ("ru", "Минэнерго Казахстана")], ""),
    ("ministry-industry-construction", "Өнеркәсіп және құрылыс министрлігі",
     "Министерство промышленности и строительства", "Ministry of Industry and Construction",
     [("ru", "МПС РК")], "Formed in 2023 from the Ministry of Industry and Infrastructure "
     "Development."),
    ("ministry-agriculture", "Ауыл шаруашылығы министрлігі", "Министерство сельского хозяйства",
     "Ministry of Agriculture",
     [("ru", acronym("МСХ РК")), ("ru", "Минсельхоз РК"), ("ru", "Минсельхоз Казахстана"),
      ("kk", acronym("ҚР АШМ"))], ""),
    ("ministry-healthcare", "Денсаулық сақтау министрлігі", "Министерство здравоохранения",
     "Ministry of Healthcare",
     [("ru", "Минздрав РК"), ("ru", "Минздрав Казахстана"), ("kk", acronym("ҚР ДСМ")),
      ("en", admitted("Ministry of Health", TermType.VARIANT,
                      "Common in the foreign press; the ministry itself writes Healthcare."))],
     ""),
    ("ministry-education", "Оқу-ағарту министрлігі", "Министерство просвещения",
     "Ministry of Education",
     [("ru", "Минпросвещения РК"), ("ru", "Минпросвещения Казахстана"),
      ("en", admitted("Ministry of Enlightenment", TermType.VARIANT,
                      "Literal rendering of просвещение/оқу-ағарту; the ministry writes "
                      "Ministry of Education."))],
     "Schools and pre-school education since 2022; universities are under the Ministry of "
     "Science and Higher Education."),
    ("ministry-science-higher-education", "Ғылым және жоғары білім министрлігі",
     "Министерство науки и высшего образования", "Ministry of Science and Higher Education",
     [("ru", "МНВО РК")], ""),
    ("ministry-labour-social-protection", "Еңбек және халықты әлеуметтік қорғау министрлігі",
     "Министерство труда и социальной защиты населения",
     "Ministry of Labour and Social Protection of the Population",
     [("ru", "Минтруда РК"), ("ru", "Минтруда Казахстана"),
      ("en", admitted("Ministry of Labor and Social Protection of the Population",
                      TermType.VARIANT, "US spelling."))], ""),
    ("ministry-culture-information", "Мәдениет және ақпарат министрлігі",
     "Министерство культуры и информации", "Ministry of Culture and Information",
     [("ru", "Минкультуры РК"), ("ru", acronym("МКИ РК"))], ""),
    ("ministry-digital-development", "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі "
     "министрлігі", "Министерство цифрового развития, инноваций и аэрокосмической "
     "промышленности", "Ministry of Digital Development, Innovations and Aerospace Industry",
     [("ru", acronym("МЦРИАП РК"))],
     "Name of 2019-2025; the ministry was reorganised as the Ministry of Artificial Intelligence "
     "and Digital Development in 2025: check the name at the article's date."),
    ("ministry-ecology-natural-resources", "Экология және табиғи ресурстар министрлігі",
     "Министерство экологии и природных ресурсов", "Ministry of Ecology and Natural Resources",
     [("ru", acronym("МЭПР РК"))], ""),
    ("ministry-emergency-situations", "Төтенше жағдайлар министрлігі",
     "Министерство по чрезвычайным ситуациям", "Ministry of Emergency Situations",
     [("ru", acronym("МЧС РК")), ("ru", "МЧС Казахстана"), ("kk", acronym("ҚР ТЖМ")),
      ("kk", acronym("ТЖМ"))], ""),
    ("ministry-trade-integration", "Сауда және интеграция министрлігі",
     "Министерство торговли и интеграции", "Ministry of Trade and Integration",
     [("ru", acronym("МТИ РК")), ("ru", "Минторговли РК")], ""),
    ("ministry-transport", "Көлік министрлігі", "Министерство транспорта", "Ministry of Transport",
     [("ru", "Минтранс РК")], "Formed in 2023."),
    ("ministry-tourism-sports", "Туризм және спорт министрлігі", "Министерство туризма и спорта",
     "Ministry of Tourism and Sports", [("ru", acronym("МТС РК"))], ""),
    ("ministry-water-resources-irrigation", "Су ресурстары және ирригация министрлігі",
     "Министерство водных ресурсов и ирригации", "Ministry of Water Resources and Irrigation",
     [("ru", acronym("МВРИ РК"))], "Formed in 2023."),
    ("agency-anti-corruption", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
     "Агентство по противодействию коррупции", "Anti-Corruption Agency",
     [("ru", "Антикоррупционная служба"), ("ru", "Антикор"), ("kk", "Антикор")],
     "Антикор is the press's informal name."),
    ("agency-financial-market", "Қаржы нарығын реттеу және дамыту агенттігі",
     "Агентство по регулированию и развитию финансового рынка",
     "Agency for Regulation and Development of the Financial Market",
     [("ru", acronym("АРРФР")), ("en", admitted("ARDFM", TermType.ACRONYM))], ""),
    ("agency-financial-monitoring", "Қаржылық мониторинг агенттігі",
     "Агентство по финансовому мониторингу", "Financial Monitoring Agency",
     [("ru", acronym("АФМ")), ("en", admitted("FMA", TermType.ACRONYM))], ""),
    ("agency-strategic-planning-reforms", "Стратегиялық жоспарлау және реформалар агенттігі",
     "Агентство по стратегическому планированию и реформам",
     "Agency for Strategic Planning and Reforms", [], ""),
    ("agency-competition", "Бәсекелестікті қорғау және дамыту агенттігі",
     "Агентство по защите и развитию конкуренции",
     "Agency for Protection and Development of Competition", [], ""),
    ("agency-civil-service", "Мемлекеттік қызмет істері агенттігі",
     "Агентство по делам государственной службы", "Agency for Civil Service Affairs", [], ""),
    ("national-security-committee", "Ұлттық қауіпсіздік комитеті",
     "Комитет национальной безопасности", "National Security Committee",
     [("ru", acronym("КНБ РК")), ("ru", acronym("КНБ")), ("kk", acronym("ҰҚК")),
      ("en", admitted("KNB", TermType.ACRONYM,
                      "Transliteration of КНБ, common in the foreign press."))], ""),
]

# Russia: (slug, ru full name, kk bare name, en full name, extra terms, note). The ru full names
# do not all follow one pattern ("Министерство Российской Федерации по делам ..."), so they are
# given whole; "России" short forms are listed per row.
RU_BODIES: list[tuple[str, str, str, str, list[tuple[str, str | Term]], str]] = [
    ("ministry-foreign-affairs", "Министерство иностранных дел Российской Федерации",
     "Сыртқы істер министрлігі", "Ministry of Foreign Affairs of the Russian Federation",
     [("ru", acronym("МИД России")), ("ru", acronym("МИД РФ")), ("kk", "Ресей СІМ"),
      ("en", "Russian Foreign Ministry"), ("en", "Russian Ministry of Foreign Affairs"),
      ("en", "Russian MFA")], ""),
    ("ministry-economic-development",
     "Министерство экономического развития Российской Федерации",
     "Экономикалық даму министрлігі", "Ministry of Economic Development of the Russian Federation",
     [("ru", "Минэкономразвития России"), ("ru", "Минэкономразвития РФ"),
      ("en", "Russian Ministry of Economic Development")], ""),
    ("ministry-finance", "Министерство финансов Российской Федерации", "Қаржы министрлігі",
     "Ministry of Finance of the Russian Federation",
     [("ru", "Минфин России"), ("ru", "Минфин РФ"), ("en", "Russian Finance Ministry"),
      ("en", "Russian Ministry of Finance")], ""),
    ("ministry-defence", "Министерство обороны Российской Федерации", "Қорғаныс министрлігі",
     "Ministry of Defence of the Russian Federation",
     [("ru", "Минобороны России"), ("ru", "Минобороны РФ"), ("en", "Russian Defence Ministry"),
      ("en", "Russian Ministry of Defence"),
      ("en", admitted("Russian Defense Ministry", TermType.VARIANT, "US spelling."))], ""),
    ("ministry-internal-affairs", "Министерство внутренних дел Российской Федерации",
     "Ішкі істер министрлігі", "Ministry of Internal Affairs of the Russian Federation",
     [("ru", acronym("МВД России")), ("ru", acronym("МВД РФ")),
      ("en", "Russian Interior Ministry")], ""),
    ("ministry-justice", "Министерство юстиции Российской Федерации", "Әділет министрлігі",
     "Ministry of Justice of the Russian Federation",
     [("ru", "Минюст России"), ("ru", "Минюст РФ"), ("en", "Russian Justice Ministry")], ""),
    ("ministry-energy", "Министерство энергетики Российской Федерации", "Энергетика министрлігі",
     "Ministry of Energy of the Russian Federation",
     [("ru", "Минэнерго России"), ("ru", "Минэнерго РФ"), ("en", "Russian Energy Ministry")],
     ""),
    ("ministry-industry-trade", "Министерство промышленности и торговли Российской Федерации",
     "Өнеркәсіп және сауда министрлігі", "Ministry of Industry and Trade of the Russian Federation",
     [("ru", "Минпромторг России"), ("ru", "Минпромторг РФ"),
      ("en", "Russian Ministry of Industry and Trade")], ""),
    ("ministry-agriculture", "Министерство сельского хозяйства Российской Федерации",
     "Ауыл шаруашылығы министрлігі", "Ministry of Agriculture of the Russian Federation",
     [("ru", "Минсельхоз России"), ("ru", "Минсельхоз РФ"),
      ("en", "Russian Agriculture Ministry")], ""),
    ("ministry-transport", "Министерство транспорта Российской Федерации", "Көлік министрлігі",
     "Ministry of Transport of the Russian Federation",
     [("ru", "Минтранс России"), ("ru", "Минтранс РФ"), ("en", "Russian Transport Ministry")],
     ""),
    ("ministry-health", "Министерство здравоохранения Российской Федерации",
     "Денсаулық сақтау министрлігі", "Ministry of Health of the Russian Federation",
     [("ru", "Минздрав России"), ("ru", "Минздрав РФ"), ("en", "Russian Health Ministry")], ""),
    ("ministry-education", "Министерство просвещения Российской Федерации",
     "Оқу-ағарту министрлігі", "Ministry of Education of the Russian Federation",
     [("ru", "Минпросвещения России"), ("ru", "Минпросвещения РФ"),
      ("en", "Russian Education Ministry")],
     "Schools since 2018; universities are under the Ministry of Science and Higher Education."),
    ("ministry-science-higher-education",
     "Министерство науки и высшего образования Российской Федерации",
     "Ғылым және жоғары білім министрлігі",
     "Ministry of Science and Higher Education of the Russian Federation",
     [("ru", "Минобрнауки России"), ("ru", "Минобрнауки РФ")], ""),
    ("ministry-culture", "Министерство культуры Российской Федерации", "Мәдениет министрлігі",
     "Ministry of Culture of the Russian Federation",
     [("ru", "Минкультуры России"), ("ru", "Минкультуры РФ"),
      ("en", "Russian Culture Ministry")], ""),
    ("ministry-emergency-situations",
     "Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям "
     "и ликвидации последствий стихийных бедствий", "Төтенше жағдайлар министрлігі",
     "Ministry of the Russian Federation for Civil Defence, Emergencies and Elimination of "
     "Consequences of Natural Disasters",
     [("ru", acronym("МЧС России")), ("ru", acronym("МЧС РФ")),
      ("en", "Russian Emergencies Ministry"), ("en", admitted("EMERCOM", TermType.ACRONYM))], ""),
    ("ministry-digital-development",
     "Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации",
     "Цифрлық даму, байланыс және бұқаралық коммуникациялар министрлігі",
     "Ministry of Digital Development, Communications and Mass Media of the Russian Federation",
     [("ru", "Минцифры России"), ("ru", "Минцифры РФ")], ""),
    ("ministry-natural-resources",
     "Министерство природных ресурсов и экологии Российской Федерации",
     "Табиғи ресурстар және экология министрлігі",
     "Ministry of Natural Resources and Environment of the Russian Federation",
     [("ru", "Минприроды России"), ("ru", "Минприроды РФ")], ""),
    ("ministry-labour", "Министерство труда и социальной защиты Российской Федерации",
     "Еңбек және әлеуметтік қорғау министрлігі",
     "Ministry of Labour and Social Protection of the Russian Federation",
     [("ru", "Минтруд России"), ("ru", "Минтруд РФ")], ""),
    ("ministry-construction",
     "Министерство строительства и жилищно-коммунального хозяйства Российской Федерации",
     "Құрылыс және тұрғын үй-коммуналдық шаруашылық министрлігі",
     "Ministry of Construction, Housing and Utilities of the Russian Federation",
     [("ru", "Минстрой России"), ("ru", "Минстрой РФ")], ""),
    ("ministry-sport", "Министерство спорта Российской Федерации", "Спорт министрлігі",
     "Ministry of Sport of the Russian Federation",
     [("ru", "Минспорт России"), ("ru", "Минспорт РФ"), ("en", "Russian Sports Ministry")], ""),
    ("ministry-far-east-arctic",
     "Министерство Российской Федерации по развитию Дальнего Востока и Арктики",
     "Қиыр Шығыс пен Арктиканы дамыту министрлігі",
     "Ministry for the Development of the Russian Far East and Arctic",
     [("ru", "Минвостокразвития России"), ("ru", "Минвостокразвития")], ""),
]

# Akimats: (place id, kk genitive head, ru genitive, en name of the place).
AKIMATS: list[tuple[str, str, str, str]] = [
    ("place-astana", "Астана қаласының", "города Астаны", "Astana"),
    ("place-almaty", "Алматы қаласының", "города Алматы", "Almaty"),
    ("place-shymkent", "Шымкент қаласының", "города Шымкента", "Shymkent"),
    ("place-abai-region", "Абай облысының", "области Абай", "Abai Region"),
    ("place-akmola-region", "Ақмола облысының", "Акмолинской области", "Akmola Region"),
    ("place-aktobe-region", "Ақтөбе облысының", "Актюбинской области", "Aktobe Region"),
    ("place-almaty-region", "Алматы облысының", "Алматинской области", "Almaty Region"),
    ("place-atyrau-region", "Атырау облысының", "Атырауской области", "Atyrau Region"),
    ("place-east-kazakhstan-region", "Шығыс Қазақстан облысының",
     "Восточно-Казахстанской области", "East Kazakhstan Region"),
    ("place-jambyl-region", "Жамбыл облысының", "Жамбылской области", "Jambyl Region"),
    ("place-jetisu-region", "Жетісу облысының", "области Жетісу", "Jetisu Region"),
    ("place-karaganda-region", "Қарағанды облысының", "Карагандинской области",
     "Karaganda Region"),
    ("place-kostanay-region", "Қостанай облысының", "Костанайской области", "Kostanay Region"),
    ("place-kyzylorda-region", "Қызылорда облысының", "Кызылординской области",
     "Kyzylorda Region"),
    ("place-mangystau-region", "Маңғыстау облысының", "Мангистауской области",
     "Mangystau Region"),
    ("place-north-kazakhstan-region", "Солтүстік Қазақстан облысының",
     "Северо-Казахстанской области", "North Kazakhstan Region"),
    ("place-pavlodar-region", "Павлодар облысының", "Павлодарской области", "Pavlodar Region"),
    ("place-turkistan-region", "Түркістан облысының", "Туркестанской области",
     "Turkistan Region"),
    ("place-ulytau-region", "Ұлытау облысының", "области Ұлытау", "Ulytau Region"),
    ("place-west-kazakhstan-region", "Батыс Қазақстан облысының",
     "Западно-Казахстанской области", "West Kazakhstan Region"),
]


def _extras(extra: list[tuple[str, str | Term]], lang: str) -> list[str | Term]:
    return [term for lang_, term in extra if lang_ == lang]


def kazakhstan_bodies() -> list[Concept]:
    """Kazakhstan's ministries and agencies: full name and the РК/ҚР/Kazakhstan short forms."""
    out = []
    for slug, kk, ru, en, extra, note in KZ_BODIES:
        out.append(Concept(
            id=f"organisation-{slug}-kazakhstan", kind=Kind.ORGANISATION,
            kk=terms_of(f"Қазақстан Республикасының {kk}", f"ҚР {kk}", *_extras(extra, "kk")),
            ru=terms_of(f"{ru} Республики Казахстан", f"{ru} РК", f"{ru} Казахстана",
                        *_extras(extra, "ru")),
            en=terms_of(f"{en} of the Republic of Kazakhstan", f"{en} of Kazakhstan",
                        *_extras(extra, "en")),
            note=note, source=SOURCE_KZ, related=("place-kazakhstan",), broader=(GOVERNMENT_KZ,)))
    return out


def russia_bodies() -> list[Concept]:
    """Russia's federal ministries: full name and the России/РФ/Russian short forms."""
    out = []
    for slug, ru, kk, en, extra, note in RU_BODIES:
        out.append(Concept(
            id=f"organisation-{slug}-russia", kind=Kind.ORGANISATION,
            kk=terms_of(f"Ресей Федерациясының {kk}", f"Ресей {kk}", *_extras(extra, "kk")),
            ru=terms_of(ru, *_extras(extra, "ru")),
            en=terms_of(en, *_extras(extra, "en")),
            note=note, source=SOURCE_RU, related=("place-russia",), broader=(GOVERNMENT_RU,)))
    return out


def akimats() -> list[Concept]:
    """The akimats (local executive bodies) of the regions and cities of republican
    significance: kk with and without the genitive, ru «Акимат ...», en «Akimat of ...»."""
    out = []
    for place, kk_genitive, ru_genitive, en in AKIMATS:
        kk_plain = kk_genitive.removesuffix("ның")  # "Ақмола облысының" → "Ақмола облысы"
        out.append(Concept(
            id=f"organisation-akimat-{place.removeprefix('place-')}",
            kind=Kind.ORGANISATION,
            kk=terms_of(f"{kk_genitive} әкімдігі",
                        admitted(f"{kk_plain} әкімдігі", TermType.VARIANT)),
            ru=terms_of(f"Акимат {ru_genitive}",
                        admitted(f"Акимат {ru_genitive.removeprefix('города ')}",
                                 TermType.SHORT_FORM)),
            en=terms_of(f"Akimat of {en}", admitted(f"{en} Akimat", TermType.VARIANT)),
            note="Local executive body headed by the akim.",
            source="Law of the Republic of Kazakhstan on local state administration and "
                   "self-government (akimat); names as the akimats write them on gov.kz",
            related=(place, "organisation-government-kazakhstan")))
    return out


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "glossary")
    count = write_generated(folder, kazakhstan_bodies() + russia_bodies() + akimats())
    print(f"{count} state bodies written to {folder}")


if __name__ == "__main__":
    main()
