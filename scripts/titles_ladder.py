"""Generate the titles ladder: diplomatic ranks and posts, ministers, akims, heads of federal
subjects, chairs of chambers and the heads of state bodies, in kk, ru and en.

Usage::

    python scripts/titles_ladder.py [GLOSSARY_FOLDER]     # default: glossary/

Three parts:

- ``ROWS``: titles typed by hand, in the compact term specs of ``glossary_tables.concept``.
- Ministers of Kazakhstan and Russia, one per ministry in ``state_bodies.py``: the ministry's
  name with Министерство → Министр, министрлігі → министрі, Ministry → Minister.
- Akims of the regions and cities of republican significance, one per akimat in
  ``state_bodies.py``.
- The head of each federal subject of Russia, read from the subjects in the glossary: the
  Governor (Губернатор) of an oblast, krai or autonomous okrug, the Head (Глава) of a republic
  (Federal law No. 414-FZ of 21 December 2021 on the general principles of public power in the
  subjects, which ended the title "President" of a republic), the Mayor of Moscow; the Russian
  genitive by pymorphy3 (only the words up to the head noun inflect: «Республики Саха
  (Якутия)», «Ханты-Мансийского автономного округа — Югры»). The subjects' governments are not
  generated: their names differ from subject to subject (Правительство, Администрация,
  Кабинет Министров).

Russian needs gendered forms where the title is a substantivised adjective or participle: a
woman is «Уполномоченная по правам человека», «временная поверенная в делах»; nouns such as
министр, посол, председатель, советник stay masculine for a woman in official Russian (the
feminine «председательница», «советница» are colloquial and not approved here). English has
its own: Chairman / Chairwoman / Chair, spokesman / spokeswoman / spokesperson.

The generic titles (minister, akim, ambassador, ...) already in the glossary are the ``broader``
concepts of the specific ones. Generic job words are no titles here: "spokesman" is rendered
as представитель, пресс-секретарь, өкілі, ... and "press secretary" as spokesman (measured on
NTREX-128: each gave term-missing findings on correct translations); only the specific posts
(the Kremlin's, Akorda's, the Kazakh MFA's) are concepts. This script owns the ids it
generates.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import apply_glossary_forms
import pymorphy3
import state_bodies
from glossary_tables import concept, write_generated

from toolkit.glossary.model import Concept, Kind, TermType
from toolkit.glossary.store import read_folder

MFA = ("Titles as used by the Ministry of Foreign Affairs of Kazakhstan in its kk/ru/en versions "
       "(Law on the diplomatic service of the Republic of Kazakhstan, diplomatic ranks)")
AKORDA = "Titles as used by Akorda and the state bodies' sites (gov.kz) in kk/ru/en"
RUSSIA = ("Constitution of the Russian Federation and kremlin.ru / government.ru in ru/en; kk: "
          "the Kazakh press's usage, not an official Kazakh title")
UN = "UN Charter and un.org in en/ru; kk: the Kazakh MFA's usage"
GENERIC = "Generic title: write it with the capital letter only where the language's style asks."

ROWS: list[Concept] = [
    # Diplomatic ranks and posts.
    concept("title-second-secretary", "title", ["екінші хатшы"], ["второй секретарь"],
            ["second secretary"], note="Diplomatic rank. " + GENERIC, source=MFA),
    concept("title-third-secretary", "title", ["үшінші хатшы"], ["третий секретарь"],
            ["third secretary"], note="Diplomatic rank. " + GENERIC, source=MFA),
    concept("title-vice-consul", "title", ["вице-консул"], ["вице-консул"],
            ["vice consul", "~vice-consul"], note=GENERIC, source=MFA,
            broader=["title-consul"]),
    concept("title-ambassador-at-large", "title", ["ерекше тапсырмалар жөніндегі елші"],
            ["посол по особым поручениям"], ["ambassador-at-large", "~ambassador at large"],
            note=GENERIC, source=MFA, broader=["title-ambassador"]),
    concept("title-deputy-permanent-representative", "title", ["тұрақты өкілдің орынбасары"],
            ["заместитель постоянного представителя"], ["Deputy Permanent Representative"],
            source=MFA, related=["title-permanent-representative"]),
    concept("title-special-representative", "title", ["арнайы өкіл"],
            ["специальный представитель"], ["special representative"], note=GENERIC,
            source=MFA),
    concept("title-military-attache", "title", ["әскери атташе"], ["военный атташе"],
            ["military attaché", "~military attache", "~defence attaché"],
            source=MFA, broader=["title-attache"]),
    concept("title-dean-diplomatic-corps", "title", ["дипломатиялық корпустың дуайені"],
            ["дуайен дипломатического корпуса"], ["dean of the diplomatic corps"],
            note="The longest-serving head of mission in a capital.", source=MFA),
    concept("title-spokesperson-mfa-kazakhstan", "title",
            ["Қазақстан Республикасы Сыртқы істер министрлігінің ресми өкілі", "ҚР СІМ ресми өкілі",
             "СІМ ресми өкілі"],
            ["официальный представитель Министерства иностранных дел Республики Казахстан",
             "официальный представитель МИД РК", "официальный представитель МИД Казахстана"],
            ["Spokesperson of the Ministry of Foreign Affairs of the Republic of Kazakhstan",
             "Kazakh Foreign Ministry spokesperson", "~Kazakh Foreign Ministry spokesman",
             "~Kazakh Foreign Ministry spokeswoman"],
            source=MFA, related=["organisation-mfa-kazakhstan"]),
    concept("title-press-secretary-president-kazakhstan", "title",
            ["Қазақстан Республикасы Президентінің баспасөз хатшысы",
             "Мемлекет басшысының баспасөз хатшысы"],
            ["пресс-секретарь Президента Республики Казахстан", "пресс-секретарь Главы государства",
             "пресс-секретарь Президента РК"],
            ["Press Secretary of the President of the Republic of Kazakhstan",
             "Press Secretary of the President of Kazakhstan"],
            source=AKORDA, related=["title-president-kazakhstan"],
),
    concept("title-press-secretary-president-russia", "title",
            ["Ресей Президентінің баспасөз хатшысы", "Кремльдің баспасөз хатшысы"],
            ["пресс-секретарь Президента Российской Федерации", "пресс-секретарь Президента России",
             "пресс-секретарь Президента РФ", "пресс-секретарь Кремля"],
            ["Press Secretary of the President of the Russian Federation",
             "Kremlin spokesperson", "~Kremlin spokesman", "~Kremlin press secretary"],
            source=RUSSIA, related=["title-president-russia"]),
    # Ministers and their deputies (generic).
    concept("title-first-deputy-minister", "title", ["бірінші вице-министр",
                                                      "министрдің бірінші орынбасары"],
            ["первый вице-министр", "первый заместитель министра", "%первый замминистра"],
            ["first deputy minister", "~first vice minister"],
            note="In Kazakhstan the official title is вице-министр / vice minister. " + GENERIC,
            source=AKORDA, broader=["title-deputy-minister"]),
    concept("title-first-deputy-prime-minister", "title", ["Премьер-Министрдің бірінші орынбасары"],
            ["первый заместитель премьер-министра", "первый вице-премьер"],
            ["first deputy prime minister", "~first vice premier"], note=GENERIC, source=AKORDA,
            related=["title-prime-minister"]),
    concept("title-first-deputy-prime-minister-kazakhstan", "title",
            ["Қазақстан Республикасы Премьер-Министрінің бірінші орынбасары"],
            ["Первый заместитель Премьер-Министра Республики Казахстан",
             "Первый заместитель Премьер-министра РК", "первый вице-премьер Казахстана"],
            ["First Deputy Prime Minister of the Republic of Kazakhstan",
             "First Deputy Prime Minister of Kazakhstan"],
            source=AKORDA, related=["place-kazakhstan", "organisation-government-kazakhstan"],
            broader=["title-first-deputy-prime-minister"]),
    concept("title-deputy-prime-minister-russia", "title",
            ["Ресей Федерациясы Үкіметі Төрағасының орынбасары", "Ресей вице-премьері"],
            ["Заместитель Председателя Правительства Российской Федерации",
             "вице-премьер Правительства РФ", "вице-премьер России"],
            ["Deputy Prime Minister of the Russian Federation", "Russian Deputy Prime Minister"],
            source=RUSSIA, related=["organisation-government-russia"],
            broader=["title-deputy-chairman-government"]),
    concept("title-executive-secretary-ministry", "title", ["жауапты хатшы"],
            ["ответственный секретарь"], ["executive secretary"],
            note="Senior civil servant of a Kazakh ministry. ru stays masculine for a woman. "
                 + GENERIC, source=AKORDA),
    # Akims below the region.
    concept("title-akim-district", "title", ["аудан әкімі"], ["аким района"],
            ["akim of the district", "district akim"], note=GENERIC, source=AKORDA,
            broader=["title-akim"]),
    concept("title-akim-rural-district", "title", ["ауылдық округ әкімі"],
            ["аким сельского округа"], ["akim of the rural district", "rural district akim"],
            note=GENERIC, source=AKORDA, broader=["title-akim"]),
    # Russia's federal subjects and districts.
    concept("title-head-federal-subject", "title",
            ["Ресей Федерациясы субъектісінің басшысы | Formed as the Kazakh press writes it; "
             "no official Kazakh title."],
            ["глава субъекта Российской Федерации",
             "=высшее должностное лицо субъекта Российской Федерации"],
            ["head of a federal subject of the Russian Federation"],
            note="The governor (губернатор) or head (глава) of a region; the official term is "
                 "высшее должностное лицо. «глава региона» / 'head of the region' is no term "
                 "here: it is said of akims and governors alike. " + GENERIC, source=RUSSIA,
            related=["title-governor", "title-head-republic"]),
    concept("title-presidential-envoy-federal-district", "title",
            ["Ресей Президентінің федералдық округтегі өкілетті өкілі"],
            ["полномочный представитель Президента Российской Федерации в федеральном округе",
             "%полпред"],
            ["Presidential Envoy to a Federal District",
             "~Plenipotentiary Representative of the President in a Federal District"],
            note=GENERIC, source=RUSSIA),
    # Chairs of chambers and courts, heads of state bodies.
    concept("title-deputy-chairman-mazhilis-kazakhstan", "title",
            ["Қазақстан Республикасы Парламенті Мәжілісі Төрағасының орынбасары",
             "Мәжіліс Төрағасының орынбасары"],
            ["Заместитель Председателя Мажилиса Парламента Республики Казахстан",
             "Заместитель Председателя Мажилиса", "вице-спикер Мажилиса"],
            ["Deputy Chairman of the Mazhilis of the Parliament of the Republic of Kazakhstan",
             "Deputy Chairman of the Mazhilis", "~Deputy Chairwoman of the Mazhilis",
             "~Deputy Speaker of the Mazhilis"],
            source=AKORDA, related=["organisation-mazhilis-kazakhstan"]),
    concept("title-deputy-chairman-senate-kazakhstan", "title",
            ["Қазақстан Республикасы Парламенті Сенаты Төрағасының орынбасары",
             "Сенат Төрағасының орынбасары"],
            ["Заместитель Председателя Сената Парламента Республики Казахстан",
             "Заместитель Председателя Сената", "вице-спикер Сената"],
            ["Deputy Chairman of the Senate of the Parliament of the Republic of Kazakhstan",
             "Deputy Chairman of the Senate", "~Deputy Chairwoman of the Senate",
             "~Deputy Speaker of the Senate"],
            source=AKORDA, related=["organisation-senate-kazakhstan"]),
    concept("title-chairman-state-duma-russia", "title",
            ["Ресей Федерациясы Мемлекеттік Думасының Төрағасы", "Мемлекеттік Дума Төрағасы"],
            ["Председатель Государственной Думы Федерального Собрания Российской Федерации",
             "Председатель Государственной Думы", "Председатель Госдумы", "спикер Госдумы"],
            ["Chairman of the State Duma of the Federal Assembly of the Russian Federation",
             "Chairman of the State Duma", "State Duma Speaker", "~Speaker of the State Duma"],
            source=RUSSIA, related=["organisation-state-duma-russia"]),
    concept("title-chairman-federation-council-russia", "title",
            ["Ресей Федерациясы Федерация Кеңесінің Төрағасы", "Федерация Кеңесінің Төрағасы"],
            ["Председатель Совета Федерации Федерального Собрания Российской Федерации",
             "Председатель Совета Федерации", "спикер Совета Федерации", "%спикер Совфеда"],
            ["Chairman of the Federation Council of the Federal Assembly of the Russian Federation",
             "Chairman of the Federation Council",
             "~Chairwoman of the Federation Council | For a woman (Valentina Matviyenko since "
             "2011); ru Председатель stays masculine.",
             "Federation Council Speaker", "~Speaker of the Federation Council"],
            source=RUSSIA, related=["organisation-federation-council-russia"]),
    concept("title-prosecutor-general-kazakhstan", "title",
            ["Қазақстан Республикасының Бас Прокуроры", "ҚР Бас Прокуроры"],
            ["Генеральный Прокурор Республики Казахстан", "Генеральный прокурор РК",
             "%генпрокурор Казахстана"],
            ["Prosecutor General of the Republic of Kazakhstan",
             "Prosecutor General of Kazakhstan"],
            source=AKORDA, related=["organisation-prosecutor-general-office-kazakhstan"]),
    concept("title-chairman-national-bank-kazakhstan", "title",
            ["Қазақстан Республикасы Ұлттық Банкінің Төрағасы", "Ұлттық Банк Төрағасы"],
            ["Председатель Национального Банка Республики Казахстан",
             "Председатель Нацбанка РК", "Председатель Нацбанка Казахстана"],
            ["Chairman of the National Bank of the Republic of Kazakhstan",
             "Governor of the National Bank of Kazakhstan | The usual English title of a central "
             "bank's head; the bank's own English pages write Chairman.",
             "~Chairwoman of the National Bank of Kazakhstan"],
            source=AKORDA, related=["organisation-national-bank-kazakhstan"]),
    concept("title-chairman-constitutional-court-kazakhstan", "title",
            ["Қазақстан Республикасы Конституциялық Сотының Төрағасы",
             "Конституциялық Сот Төрағасы"],
            ["Председатель Конституционного Суда Республики Казахстан",
             "Председатель Конституционного Суда РК"],
            ["Chairman of the Constitutional Court of the Republic of Kazakhstan",
             "~Chairwoman of the Constitutional Court of Kazakhstan"],
            source=AKORDA, related=["organisation-constitutional-court-kazakhstan"]),
    concept("title-chairman-supreme-court-kazakhstan", "title",
            ["Қазақстан Республикасы Жоғарғы Сотының Төрағасы", "Жоғарғы Сот Төрағасы"],
            ["Председатель Верховного Суда Республики Казахстан",
             "Председатель Верховного Суда РК"],
            ["Chairman of the Supreme Court of the Republic of Kazakhstan",
             "~Chairwoman of the Supreme Court of Kazakhstan"],
            source=AKORDA, related=["organisation-supreme-court-kazakhstan"]),
    concept("title-chairman-central-election-commission-kazakhstan", "title",
            ["Қазақстан Республикасы Орталық сайлау комиссиясының төрағасы", "ОСК төрағасы"],
            ["Председатель Центральной избирательной комиссии Республики Казахстан",
             "Председатель ЦИК РК", "глава ЦИК РК"],
            ["Chairman of the Central Election Commission of the Republic of Kazakhstan",
             "~Chairwoman of the Central Election Commission of Kazakhstan"],
            source=AKORDA, related=["organisation-central-election-commission-kazakhstan"]),
    concept("title-secretary-security-council-kazakhstan", "title",
            ["Қазақстан Республикасы Қауіпсіздік Кеңесінің Хатшысы",
             "Қауіпсіздік Кеңесінің Хатшысы"],
            ["Секретарь Совета Безопасности Республики Казахстан", "Секретарь Совбеза РК"],
            ["Secretary of the Security Council of the Republic of Kazakhstan",
             "Secretary of the Security Council of Kazakhstan"],
            source=AKORDA, related=["organisation-security-council-kazakhstan"]),
    concept("title-commissioner-human-rights-kazakhstan", "title",
            ["Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл",
             "Қазақстандағы Адам құқықтары жөніндегі уәкіл"],
            ["Уполномоченный по правам человека в Республике Казахстан",
             "~Уполномоченная по правам человека в Республике Казахстан | For a woman: the "
             "title is a participle and agrees.",
             "Уполномоченный по правам человека в РК"],
            ["Commissioner for Human Rights in the Republic of Kazakhstan",
             "Commissioner for Human Rights in Kazakhstan"],
            source=AKORDA + "; Constitutional law on the Commissioner for Human Rights (2022)",
            related=["place-kazakhstan"]),
    concept("title-head-presidential-administration-russia", "title",
            ["Ресей Федерациясы Президенті Әкімшілігінің Басшысы",
             "Ресей Президенті Әкімшілігінің басшысы"],
            ["Руководитель Администрации Президента Российской Федерации",
             "Руководитель Администрации Президента РФ", "глава Администрации Президента России"],
            ["Chief of Staff of the Presidential Executive Office",
             "~Head of the Russian Presidential Administration",
             "~Kremlin Chief of Staff"],
            source=RUSSIA, related=["organisation-presidential-administration-russia"]),
    concept("title-un-secretary-general", "title",
            ["БҰҰ Бас хатшысы", "Біріккен Ұлттар Ұйымының Бас хатшысы"],
            ["Генеральный секретарь ООН", "%генсек ООН",
             "=Генеральный секретарь Организации Объединённых Наций"],
            ["Secretary-General of the United Nations", "UN Secretary-General",
             "~U.N. Secretary-General", "~UN Secretary General"],
            source=UN, related=["organisation-united-nations"]),
]


def ministers() -> list[Concept]:
    """A minister per ministry of the state-bodies tables (the foreign ministers and the
    Minister of Trade and Integration of Kazakhstan are maintained by hand)."""
    out = []
    by_hand = {"ministry-trade-integration", "ministry-foreign-affairs"}
    for slug, kk, ru, en, _, _ in state_bodies.KZ_BODIES:
        if not slug.startswith("ministry-") or slug in by_hand:
            continue
        kk_, ru_, en_ = (kk.removesuffix("министрлігі") + "министрі",
                         ru.replace("Министерство", "Министр", 1),
                         en.replace("Ministry", "Minister", 1))
        out.append(concept(
            f"title-minister-{slug.removeprefix('ministry-')}-kazakhstan", "title",
            [f"Қазақстан Республикасының {kk_}", f"ҚР {kk_}"],
            [f"{ru_} Республики Казахстан", f"{ru_} РК", f"{ru_} Казахстана"],
            [f"{en_} of the Republic of Kazakhstan", f"{en_} of Kazakhstan"],
            source=state_bodies.SOURCE_KZ,
            related=[f"organisation-{slug}-kazakhstan"], broader=["title-minister"]))
    for slug, ru, kk, en, extra, _ in state_bodies.RU_BODIES:
        if slug in by_hand:
            continue
        en_short = [t for lang, t in extra if lang == "en" and isinstance(t, str)
                    and t.startswith("Russian ") and t.endswith(" Ministry")]
        out.append(concept(
            f"title-minister-{slug.removeprefix('ministry-')}-russia", "title",
            [f"Ресей Федерациясының {kk.removesuffix('министрлігі')}министрі",
             f"Ресей {kk.removesuffix('министрлігі')}министрі"],
            [ru.replace("Министерство", "Министр", 1),
             *([ru.replace("Министерство", "Министр", 1).replace("Российской Федерации",
                                                                 "России")]
               if ru.endswith("Российской Федерации") else [])],
            [en.replace("Ministry", "Minister", 1),
             *(t.removesuffix("Ministry") + "Minister" for t in en_short)],
            source=state_bodies.SOURCE_RU,
            related=[f"organisation-{slug}-russia"], broader=["title-minister"]))
    return out


# Kazakhstan's English-language press (The Astana Times, Kazinform's English service) calls
# the akim of a city its mayor and the akim of a region its governor (issue 12, kind 5).
AKIM_EN_PRESS = ("; en: also 'Mayor' (cities) and 'Governor' (regions) as in Kazakhstan's "
                 "English-language press (The Astana Times, Kazinform)")


def _akim_en_press(en: str, city: bool) -> list[str]:
    word = "Mayor" if city else "Governor"
    return [f"~{word} of {en}", f"~{en} {word}"]


def akims() -> list[Concept]:
    """The akim of each region and city of republican significance."""
    out = []
    for place, kk_genitive, ru_genitive, en in state_bodies.AKIMATS:
        city = "қаласының" in kk_genitive
        out.append(concept(
            f"title-akim-{place.removeprefix('place-')}", "title",
            [f"{kk_genitive} әкімі", f"~{kk_genitive.removesuffix('ның')} әкімі"],
            [f"Аким {ru_genitive}", *([f"Аким {ru_genitive.removeprefix('города ')}"]
                                       if city else [])],
            [f"Akim of {en}", f"{en} Akim", *_akim_en_press(en, city)],
            source=AKORDA + AKIM_EN_PRESS,
            related=[place, f"organisation-akimat-{place.removeprefix('place-')}"],
            broader=["title-akim-city" if city else "title-akim-region"]))
    return out


_MORPH = pymorphy3.MorphAnalyzer()
_HEADS = {"область", "край", "округ", "республика"}
# Subjects whose head is maintained by hand (title-governor-krasnoyarsk-krai,
# title-head-republic-khakassia) or is no governor (Moscow: the Mayor, below).
_BY_HAND = {"place-krasnoyarsk-krai", "place-khakassia", "place-moscow"}


def _genitive_word(word: str) -> str:
    parse = _MORPH.parse(word.lower())[0]
    form = parse.inflect({"gent"})
    if form is None:
        return word
    # Keep the capitals of the original, part by part: «Кабардино-Балкарской».
    parts = form.word.split("-")
    originals = word.split("-")
    if len(parts) == len(originals):
        parts = [p[:1].upper() + p[1:] if o[:1].isupper() else p
                 for p, o in zip(parts, originals, strict=True)]
    return "-".join(parts)


def ru_genitive(name: str) -> str:
    """«Омская область» → «Омской области», «Республика Саха (Якутия)» → «Республики Саха
    (Якутия)»: the words up to the head noun inflect, the name after it stays (except the
    noun after a dash in «... — Югра»)."""
    words = name.split(" ")
    out, done = [], False
    for i, word in enumerate(words):
        if done:
            dash = i > 0 and words[i - 1] == "—" and word[:1].isupper() and word.isalpha()
            out.append(_genitive_word(word) if dash and not word.startswith("Алания") else word)
            continue
        out.append(_genitive_word(word))
        done = word.lower() in _HEADS
    return " ".join(out)


def kk_genitive(name: str) -> str:
    """«Омбы облысы» → «Омбы облысының», «Алтай өлкесі» → «Алтай өлкесінің»."""
    if name.endswith("ы"):
        return name + "ның"
    if name.endswith("і"):
        return name + "нің"
    return ""


def federal_subject_heads(folder: Path) -> list[Concept]:
    """The Governor or Head of each federal subject in the glossary (see the module docs)."""
    out = []
    # The subjects with the short forms of scripts/glossary_forms/ (Кубань → «Губернатор
    # Кубани»), so that one run of the scripts in their order gives the same glossary as two.
    for subject in apply_glossary_forms.apply(list(read_folder(folder).glossary)):
        if (subject.kind is not Kind.PLACE or "federal subject" not in subject.note.lower()
                or subject.id in _BY_HAND or subject.id == "place-saint-petersburg"):
            continue
        slug = subject.id.removeprefix("place-")
        ru, en = subject.ru[0].text, subject.en[0].text
        kk = subject.kk[0].text if subject.kk else ""
        short = [t.text for t in subject.ru[1:]
                 if t.type is TermType.SHORT_FORM and t.status.approved and " " not in t.text
                 and not t.text.isupper()]
        republic = "республика" in ru.lower()
        ru_title, kk_title = ("Глава", "Басшысы") if republic else ("Губернатор", "губернаторы")
        en_title = f"Head of the {en}" if republic else f"Governor of {en}"
        note = ""
        ru_terms = [f"{ru_title} {ru_genitive(ru)}",
                    *(f"{ru_title} {_genitive_word(s)}" for s in short)]
        if slug == "tatarstan":
            ru_terms = ["Раис Республики Татарстан", "~Глава Республики Татарстан | The title "
                        "until 2023 (Президент until 2022)."]
            note = "The head of Tatarstan is titled Раис since 2023. "
        kk_terms = [f"{kk_genitive(kk)} {kk_title}"] if kk_genitive(kk) else []
        out.append(concept(
            f"title-{'head' if republic else 'governor'}-{slug}", "title", kk_terms, ru_terms,
            [en_title],
            note=(note + GENERIC.replace("Generic title: ", "")).strip(),
            source=RUSSIA + "; Federal law No. 414-FZ of 21 December 2021; ru genitive by "
                   "pymorphy3",
            related=[subject.id],
            broader=["title-head-republic" if republic else "title-governor"]))
    out.append(concept(
        "title-mayor-moscow", "title", ["Мәскеу мэрі"], ["Мэр Москвы"], ["Mayor of Moscow"],
        source=RUSSIA, related=["place-moscow"], broader=["title-mayor"]))
    out.append(concept(
        "title-governor-saint-petersburg", "title", ["Санкт-Петербург губернаторы"],
        ["Губернатор Санкт-Петербурга"], ["Governor of Saint Petersburg"],
        source=RUSSIA, related=["place-saint-petersburg"], broader=["title-governor"]))
    return out


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "glossary")
    count = write_generated(folder, ROWS + ministers() + akims() + federal_subject_heads(folder))
    print(f"{count} titles written to {folder}")


if __name__ == "__main__":
    main()
