"""Generate cities: Kazakhstan's cities of regional significance, Russia's regional centres and
largest cities, and the world's capitals, in kk, ru and en.

Usage::

    python scripts/cities.py [GLOSSARY_FOLDER]     # default: glossary/

Kazakhstan and Russia come from the hand-made tables below (the source of each is said in the
concept's ``source``). The capitals come from CLDR through babel where CLDR names the capital:
CLDR has no list of capitals, but it names the exemplar city of every time zone in ru, kk and
en, and most capitals have a zone of their own (``CAPITAL_ZONES``); capitals without one
(Washington, Beijing, Ankara, ...) are in ``CAPITALS_BY_HAND``. Kazakh press spellings that differ
from CLDR's are in ``KK_OVERRIDES``.

Homographs: the matcher reads a place name only where the text word begins with a capital
letter, so «семей» ("of families"), «рудный» ("ore"), «оралды» ("returned"), "perm" and
"oral" are not the cities Семей, Рудный, Орал, Perm and Oral; the terms are therefore *not*
case-sensitive, which would stop them from inflecting («Ақтауда», «в Семее»). Where the capital
letter is no help (a sentence-initial word, a surname: Курчатов, Сәтбаев, Киров), the concept
has a note. Left out on purpose: Владимир / Vladimir (a first name, in every article about
Putin), Қызыл as the Kazakh name of Kyzyl (the word "red") and Қазан as the Kazakh name of
Kazan (the month October, which begins many sentences: «Қазан айында ...»), the capitals
whose name is also the country's in some language but not in others (Algiers: ru «Алжир»;
Tunis, Guatemala City, Panama City): a match there cannot tell the city from the country, and
the checker would report a correct translation.
Where the name is the same in all three languages (Luxembourg, Singapore, Monaco, San Marino,
Djibouti), the city is a concept with the explicit forms ("Luxembourg City", «город
Люксембург») and lists the country in ``homonyms``; the bare name goes to the country (the
matcher prefers the concept earlier in the glossary).

The script owns the ids it generates: it replaces those concepts and keeps everything else.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

sys.path.insert(0, str(Path(__file__).resolve().parent))

from glossary_tables import write_generated

from toolkit.glossary.fields import slugify
from toolkit.glossary.model import (
    Concept,
    Derived,
    Form,
    Kind,
    Status,
    Term,
    TermType,
)
from toolkit.glossary.store import read_folder
from toolkit.lang import Lang
from toolkit.text.morph.kk import kk_relational

CS = "!"   # prefix of a case-sensitive term in the tables
OLD = "-"  # prefix of a deprecated former name

# --- Kazakhstan -----------------------------------------------------------------------------
# (slug, kk, ru, en, region id, extra terms "lang:text", ru adjective, kk adjective, note)
KZ_SOURCE = ("Administrative-territorial division of Kazakhstan: cities of regional significance "
             "as of 2023 (renamings by Presidential decree: Konaev 2022, Semey 2007, Oral and "
             "Aktobe 1990s); kk/ru: official names; en: the akimats' English names on gov.kz")
KZ_CITIES: list[tuple[str, str, str, str, str, list[str], str, str, str]] = [
    ("semey", "Семей", "Семей", "Semey", "abai-region",
     ["ru:-Семипалатинск", "en:-Semipalatinsk", "kk:-Семипалатинск"], "", "семейлік",
     "Semipalatinsk until 2007. Russian «семей» is also 'of families' (lower-case)."),
    ("kurchatov", "Курчатов", "Курчатов", "Kurchatov", "abai-region", [], "", "",
     "Also the surname of the physicist Igor Kurchatov."),
    ("kokshetau", "Көкшетау", "Кокшетау", "Kokshetau", "akmola-region",
     ["ru:-Кокчетав", "en:-Kokchetav"], "кокшетауский", "көкшетаулық", "Kokchetav until 1993."),
    ("stepnogorsk", "Степногорск", "Степногорск", "Stepnogorsk", "akmola-region", [], "", "", ""),
    ("aktobe", "Ақтөбе", "Актобе", "Aktobe", "aktobe-region",
     ["ru:-Актюбинск", "en:-Aktyubinsk", "en:Aqtobe"], "актюбинский", "ақтөбелік",
     "Aktyubinsk until 1999."),
    ("konaev", "Қонаев", "Конаев", "Konaev", "almaty-region",
     ["en:Konayev", "ru:-Капчагай", "kk:-Қапшағай", "en:-Kapchagay"], "", "",
     "Kapchagay until 2022; administrative centre of the Almaty Region since 2022. Also the "
     "surname of Dinmukhamed Kunaev (Қонаев)."),
    ("atyrau", "Атырау", "Атырау", "Atyrau", "atyrau-region",
     ["ru:-Гурьев", "en:-Guryev"], "атырауский", "атыраулық", "Guryev until 1991."),
    ("oskemen", "Өскемен", "Усть-Каменогорск", "Oskemen", "east-kazakhstan-region",
     ["en:Ust-Kamenogorsk", "ru:Оскемен"], "усть-каменогорский", "өскемендік",
     "The Russian name Усть-Каменогорск is official in Russian; in English the akimat writes "
     "Oskemen, the press often Ust-Kamenogorsk."),
    ("ridder", "Риддер", "Риддер", "Ridder", "east-kazakhstan-region",
     ["ru:-Лениногорск", "en:-Leninogorsk"], "", "", "Leninogorsk until 2002."),
    ("taraz", "Тараз", "Тараз", "Taraz", "jambyl-region", ["ru:-Джамбул", "en:-Dzhambul"],
     "таразский", "тараздық",
     "Dzhambul until 1997."),
    ("taldykorgan", "Талдықорған", "Талдыкорган", "Taldykorgan", "jetisu-region",
     ["en:Taldyqorgan"], "талдыкорганский", "талдықорғандық",
     "Administrative centre of the Jetisu Region since 2022."),
    ("tekeli", "Текелі", "Текели", "Tekeli", "jetisu-region", [], "", "", ""),
    ("karaganda", "Қарағанды", "Караганда", "Karaganda", "karaganda-region",
     ["en:Karagandy", "en:Qaraghandy"], "карагандинский", "қарағандылық", ""),
    ("balkhash", "Балқаш", "Балхаш", "Balkhash", "karaganda-region", [], "", "",
     "Also the lake (Балқаш көлі / озеро Балхаш / Lake Balkhash): a mention of the lake "
     "matches the city."),
    ("temirtau", "Теміртау", "Темиртау", "Temirtau", "karaganda-region", [], "темиртауский",
     "теміртаулық", ""),
    ("saran", "Саран", "Сарань", "Saran", "karaganda-region", [], "", "", ""),
    ("shakhtinsk", "Шахтинск", "Шахтинск", "Shakhtinsk", "karaganda-region", [], "", "", ""),
    ("priozersk", "Приозерск", "Приозёрск", "Priozersk", "karaganda-region", [], "", "",
     "Also a town in Leningrad Oblast, Russia."),
    ("kostanay", "Қостанай", "Костанай", "Kostanay", "kostanay-region",
     ["ru:-Кустанай", "en:-Kustanay", "en:Qostanay"], "костанайский", "қостанайлық",
     "Kustanay until 1997."),
    ("rudny", "Рудный", "Рудный", "Rudny", "kostanay-region", ["en:Rudnyy"], "", "",
     "ru «рудный» is also the adjective 'ore' (lower-case)."),
    ("lisakovsk", "Лисаков", "Лисаковск", "Lisakovsk", "kostanay-region", ["kk:Лисаковск"], "",
     "", "kk: Лисаков is the Kazakh name in Kazakh-language sources; Лисаковск is also written "
     "(not verified against the akimat's site)."),
    ("arkalyk", "Арқалық", "Аркалык", "Arkalyk", "kostanay-region", [], "", "", ""),
    ("kyzylorda", "Қызылорда", "Кызылорда", "Kyzylorda", "kyzylorda-region",
     ["ru:-Кзыл-Орда", "en:Qyzylorda"], "кызылординский", "қызылордалық", ""),
    ("baikonur", "Байқоңыр", "Байконур", "Baikonur", "kyzylorda-region", ["en:Baykonur"], "", "",
     "Leased with the cosmodrome to Russia until 2050; a mention of the cosmodrome "
     "(Байконур ғарыш айлағы / космодром Байконур) matches the city."),
    ("aktau", "Ақтау", "Актау", "Aktau", "mangystau-region", ["en:Aqtau"], "актауский",
     "ақтаулық",
     "Shevchenko in 1964-1991."),
    ("zhanaozen", "Жаңаөзен", "Жанаозен", "Zhanaozen", "mangystau-region",
     ["en:Janaozen", "ru:-Новый Узень"], "жанаозенский", "жаңаөзендік", ""),
    ("pavlodar", "Павлодар", "Павлодар", "Pavlodar", "pavlodar-region", [], "павлодарский",
     "павлодарлық", ""),
    ("aksu", "Ақсу", "Аксу", "Aksu", "pavlodar-region", [], "", "",
     "City in the Pavlodar Region. Many places and rivers share the name (Aksu in Xinjiang, "
     "in the Akmola and Jetisu regions): check which one is meant."),
    ("ekibastuz", "Екібастұз", "Экибастуз", "Ekibastuz", "pavlodar-region", [], "экибастузский",
     "екібастұздық", ""),
    ("petropavl", "Петропавл", "Петропавловск", "Petropavl", "north-kazakhstan-region",
     ["en:Petropavlovsk"], "", "петропавлдық",
     "Not Petropavlovsk-Kamchatsky (Russia). No ru adjective here: петропавловский also names "
     "the Peter and Paul Fortress and many churches."),
    ("turkistan", "Түркістан", "Туркестан", "Turkistan", "turkistan-region", ["en:Turkestan"],
     "", "түркістандық", "Administrative centre of the Turkistan Region since 2018. No ru "
     "adjective here: туркестанский also names the historical region."),
    ("kentau", "Кентау", "Кентау", "Kentau", "turkistan-region", [], "", "", ""),
    ("arys", "Арыс", "Арысь", "Arys", "turkistan-region", [], "", "",
     "Also the river Arys."),
    ("zhezkazgan", "Жезқазған", "Жезказган", "Zhezkazgan", "ulytau-region",
     ["en:Jezkazgan"], "жезказганский", "жезқазғандық", ""),
    ("satpayev", "Сәтбаев", "Сатпаев", "Satpayev", "ulytau-region", ["en:Satbayev"], "", "",
     "Also the surname of the geologist Kanysh Satpayev (Satbayev University)."),
    ("oral", "Орал", "Уральск", "Oral", "west-kazakhstan-region", ["en:Uralsk"], "",
     "оралдық", "kk «орал-» is also a form of оралу (to return), en 'oral' an adjective: a "
     "sentence-initial «Оралды», 'Oral' can be misread. kk Орал is also the Ural (mountains, "
     "river): check the context. No ru adjective "
     "here: уральский is the Urals' adjective."),
]

# --- Russia ---------------------------------------------------------------------------------
# (slug, ru, kk, en, subject id, extras, ru adjective, note). kk: the Russian spelling unless the
# Kazakh press has its own name (Омбы, Орынбор, ...), which is then preferred and the Russian
# spelling admitted.
RU_SOURCE = ("Administrative centres of the federal subjects (Constitution of the Russian "
             "Federation, article 65, and the subjects' charters); en: the usual English "
             "spelling (BGN/PCGN-based); kk: the Kazakh press's spelling (Kazinform), not an "
             "official Kazakh name")
RU_CITIES: list[tuple[str, str, str, str, str, list[str], str, str]] = [
    ("maykop", "Майкоп", "Майкоп", "Maykop", "adygea", ["en:Maikop"], "майкопский", ""),
    ("barnaul", "Барнаул", "Барнауыл", "Barnaul", "altai-krai", ["kk:Барнаул"], "барнаульский",
     ""),
    ("gorno-altaysk", "Горно-Алтайск", "Горно-Алтайск", "Gorno-Altaysk", "altai-republic",
     ["en:Gorno-Altaisk"], "горно-алтайский", ""),
    ("blagoveshchensk", "Благовещенск", "Благовещенск", "Blagoveshchensk", "amur-oblast", [], "",
     "Also a town in Bashkortostan."),
    ("arkhangelsk", "Архангельск", "Архангельск", "Arkhangelsk", "arkhangelsk-oblast",
     ["en:Archangel"], "", ""),
    ("astrakhan", "Астрахань", "Астрахан", "Astrakhan", "astrakhan-oblast", ["kk:Астрахань"],
     "астраханский", ""),
    ("ufa", "Уфа", "Уфа", "Ufa", "bashkortostan", [], "уфимский", ""),
    ("belgorod", "Белгород", "Белгород", "Belgorod", "belgorod-oblast", [], "белгородский", ""),
    ("bryansk", "Брянск", "Брянск", "Bryansk", "bryansk-oblast", [], "брянский", ""),
    ("ulan-ude", "Улан-Удэ", "Улан-Удэ", "Ulan-Ude", "buryatia", [], "", ""),
    ("grozny", "Грозный", "Грозный", "Grozny", "chechnya", ["en:Groznyy"], "",
     "ru «Грозный» is also a nickname (Иван Грозный); the adjective «грозный» is lower-case."),
    ("chelyabinsk", "Челябинск", "Челябі", "Chelyabinsk", "chelyabinsk-oblast",
     ["kk:Челябинск"], "челябинский", ""),
    ("cheboksary", "Чебоксары", "Чебоксары", "Cheboksary", "chuvashia", [], "чебоксарский", ""),
    ("makhachkala", "Махачкала", "Махачкала", "Makhachkala", "dagestan", [], "махачкалинский",
     ""),
    ("magas", "Магас", "Магас", "Magas", "ingushetia", [], "", ""),
    ("irkutsk", "Иркутск", "Иркутск", "Irkutsk", "irkutsk-oblast", [], "иркутский", ""),
    ("ivanovo", "Иваново", "Иваново", "Ivanovo", "ivanovo-oblast", [], "", ""),
    ("nalchik", "Нальчик", "Нальчик", "Nalchik", "kabardino-balkaria", [], "нальчикский", ""),
    ("kaliningrad", "Калининград", "Калининград", "Kaliningrad", "kaliningrad-oblast", [],
     "калининградский", ""),
    ("elista", "Элиста", "Элиста", "Elista", "kalmykia", [], "элистинский", ""),
    ("kaluga", "Калуга", "Калуга", "Kaluga", "kaluga-oblast", [], "калужский", ""),
    ("petropavlovsk-kamchatsky", "Петропавловск-Камчатский", "Петропавловск-Камчатский",
     "Petropavlovsk-Kamchatsky", "kamchatka-krai", [], "", ""),
    ("cherkessk", "Черкесск", "Черкесск", "Cherkessk", "karachay-cherkessia", [], "", ""),
    ("petrozavodsk", "Петрозаводск", "Петрозаводск", "Petrozavodsk", "karelia", [],
     "петрозаводский", ""),
    ("kemerovo", "Кемерово", "Кемерово", "Kemerovo", "kemerovo-oblast", [], "кемеровский", ""),
    ("khabarovsk", "Хабаровск", "Хабаровск", "Khabarovsk", "khabarovsk-krai", [],
     "хабаровский", ""),
    ("kirov", "Киров", "Киров", "Kirov", "kirov-oblast", [], "",
     "Also a surname (Sergei Kirov) and the name of many towns and districts."),
    ("syktyvkar", "Сыктывкар", "Сыктывкар", "Syktyvkar", "komi", [], "сыктывкарский", ""),
    ("kostroma", "Кострома", "Кострома", "Kostroma", "kostroma-oblast", [], "", ""),
    ("krasnodar", "Краснодар", "Краснодар", "Krasnodar", "krasnodar-krai", [], "", ""),
    ("kurgan", "Курган", "Қорған", "Kurgan", "kurgan-oblast", ["kk:Курган"], "",
     "«курган» / 'kurgan' is also a burial mound, kk «қорған» a fortress (lower-case)."),
    ("kursk", "Курск", "Курск", "Kursk", "kursk-oblast", [], "курский", ""),
    ("lipetsk", "Липецк", "Липецк", "Lipetsk", "lipetsk-oblast", [], "липецкий", ""),
    ("magadan", "Магадан", "Магадан", "Magadan", "magadan-oblast", [], "магаданский", ""),
    ("yoshkar-ola", "Йошкар-Ола", "Йошкар-Ола", "Yoshkar-Ola", "mari-el", [], "", ""),
    ("saransk", "Саранск", "Саранск", "Saransk", "mordovia", [], "саранский", ""),
    ("murmansk", "Мурманск", "Мурманск", "Murmansk", "murmansk-oblast", [], "мурманский", ""),
    ("nizhny-novgorod", "Нижний Новгород", "Нижний Новгород", "Nizhny Novgorod",
     "nizhny-novgorod-oblast", ["en:Nizhniy Novgorod"], "", ""),
    ("vladikavkaz", "Владикавказ", "Владикавказ", "Vladikavkaz", "north-ossetia-alania", [],
     "владикавказский", ""),
    ("veliky-novgorod", "Великий Новгород", "Великий Новгород", "Veliky Novgorod",
     "novgorod-oblast", ["en:Velikiy Novgorod"], "", ""),
    ("novosibirsk", "Новосибирск", "Новосібір", "Novosibirsk", "novosibirsk-oblast",
     ["kk:Новосибирск"], "новосибирский", ""),
    ("omsk", "Омск", "Омбы", "Omsk", "omsk-oblast", ["kk:Омск"], "омский", ""),
    ("orenburg", "Оренбург", "Орынбор", "Orenburg", "orenburg-oblast", ["kk:Оренбург"],
     "оренбургский", ""),
    ("oryol", "Орёл", "Орёл", "Oryol", "oryol-oblast", ["en:Orel"], "",
     "ru «орёл» is also the eagle (lower-case)."),
    ("penza", "Пенза", "Пенза", "Penza", "penza-oblast", [], "пензенский", ""),
    ("perm", "Пермь", "Пермь", "Perm", "perm-krai", [], "",
     "No ru adjective here: пермский is also the "
     "geological Permian."),
    ("vladivostok", "Владивосток", "Владивосток", "Vladivostok", "primorsky-krai", [],
     "владивостокский", ""),
    ("pskov", "Псков", "Псков", "Pskov", "pskov-oblast", [], "псковский", ""),
    ("rostov-on-don", "Ростов-на-Дону", "Ростов-на-Дону", "Rostov-on-Don", "rostov-oblast",
     ["ru:Ростов", "en:Rostov"], "",
     "The short form Ростов / Rostov also names Rostov Veliky (Yaroslavl Oblast)."),
    ("ryazan", "Рязань", "Рязань", "Ryazan", "ryazan-oblast", [], "рязанский", ""),
    ("yakutsk", "Якутск", "Якутск", "Yakutsk", "sakha-yakutia", [], "", ""),
    ("yuzhno-sakhalinsk", "Южно-Сахалинск", "Южно-Сахалинск", "Yuzhno-Sakhalinsk",
     "sakhalin-oblast", [], "", ""),
    ("samara", "Самара", "Самара", "Samara", "samara-oblast", [], "самарский", ""),
    ("saratov", "Саратов", "Саратов", "Saratov", "saratov-oblast", [], "саратовский", ""),
    ("smolensk", "Смоленск", "Смоленск", "Smolensk", "smolensk-oblast", [], "", ""),
    ("stavropol", "Ставрополь", "Ставрополь", "Stavropol", "stavropol-krai", [], "", ""),
    ("yekaterinburg", "Екатеринбург", "Екатеринбург", "Yekaterinburg", "sverdlovsk-oblast",
     ["en:Ekaterinburg"], "екатеринбургский", ""),
    ("tambov", "Тамбов", "Тамбов", "Tambov", "tambov-oblast", [], "тамбовский", ""),
    ("kazan", "Казань", "", "Kazan", "tatarstan", [], "",
     "No kk term: Қазан (the Kazakh name) is also the month October, which begins many "
     "sentences («Қазан айында»), and a cauldron. No ru adjective here: "
     "казанский also names the Kazan Cathedral and railway station in Moscow."),
    ("tomsk", "Томск", "Томск", "Tomsk", "tomsk-oblast", [], "томский", ""),
    ("tula", "Тула", "Тула", "Tula", "tula-oblast", [], "тульский", ""),
    ("kyzyl", "Кызыл", "", "Kyzyl", "tuva", [], "",
     "No kk term: the Kazakh spelling Қызыл is the word 'red'."),
    ("tver", "Тверь", "Тверь", "Tver", "tver-oblast", [], "", ""),
    ("tyumen", "Тюмень", "Түмен", "Tyumen", "tyumen-oblast", ["kk:Тюмень"], "тюменский", ""),
    ("izhevsk", "Ижевск", "Ижевск", "Izhevsk", "udmurtia", [], "ижевский", ""),
    ("ulyanovsk", "Ульяновск", "Ульяновск", "Ulyanovsk", "ulyanovsk-oblast", [], "", ""),
    ("volgograd", "Волгоград", "Волгоград", "Volgograd", "volgograd-oblast", [], "волгоградский",
     ""),
    ("vologda", "Вологда", "Вологда", "Vologda", "vologda-oblast", [], "вологодский", ""),
    ("voronezh", "Воронеж", "Воронеж", "Voronezh", "voronezh-oblast", [], "воронежский", ""),
    ("yaroslavl", "Ярославль", "Ярославль", "Yaroslavl", "yaroslavl-oblast", [], "", ""),
    ("chita", "Чита", "Чита", "Chita", "zabaykalsky-krai", [], "читинский", ""),
    ("anadyr", "Анадырь", "Анадырь", "Anadyr", "chukotka", [], "", "Also the river Anadyr."),
    ("khanty-mansiysk", "Ханты-Мансийск", "Ханты-Мансийск", "Khanty-Mansiysk", "khanty-mansi",
     [], "", ""),
    ("naryan-mar", "Нарьян-Мар", "Нарьян-Мар", "Naryan-Mar", "nenets", [], "", ""),
    ("salekhard", "Салехард", "Салехард", "Salekhard", "yamalo-nenets", [], "", ""),
    ("birobidzhan", "Биробиджан", "Биробиджан", "Birobidzhan", "jewish-autonomous-oblast", [], "",
     ""),
    # Largest cities that are not regional centres.
    ("tolyatti", "Тольятти", "Тольятти", "Tolyatti", "samara-oblast", ["en:Togliatti"],
     "тольяттинский", ""),
    ("naberezhnye-chelny", "Набережные Челны", "Набережные Челны", "Naberezhnye Chelny",
     "tatarstan", [], "", ""),
    ("novokuznetsk", "Новокузнецк", "Новокузнецк", "Novokuznetsk", "kemerovo-oblast", [],
     "новокузнецкий", ""),
    ("magnitogorsk", "Магнитогорск", "Магнитогорск", "Magnitogorsk", "chelyabinsk-oblast", [],
     "магнитогорский", ""),
    ("sochi", "Сочи", "Сочи", "Sochi", "krasnodar-krai", [], "сочинский", ""),
    ("norilsk", "Норильск", "Норильск", "Norilsk", "krasnoyarsk-krai", [], "норильский", ""),
    ("surgut", "Сургут", "Сургут", "Surgut", "khanty-mansi", [], "сургутский", ""),
    ("nizhny-tagil", "Нижний Тагил", "Нижний Тагил", "Nizhny Tagil", "sverdlovsk-oblast", [], "",
     ""),
    ("orsk", "Орск", "Орск", "Orsk", "orenburg-oblast", [], "орский", ""),
    ("taganrog", "Таганрог", "Таганрог", "Taganrog", "rostov-oblast", [], "таганрогский", ""),
]

# --- Capitals -------------------------------------------------------------------------------
# ISO 3166-1 code → the time zone whose CLDR exemplar city is the capital.
CAPITAL_ZONES: dict[str, str] = {
    "AF": "Asia/Kabul", "AL": "Europe/Tirane", "AO": "Africa/Luanda",
    "AR": "America/Argentina/Buenos_Aires", "AM": "Asia/Yerevan", "AT": "Europe/Vienna",
    "AZ": "Asia/Baku", "BS": "America/Nassau", "BD": "Asia/Dhaka", "BY": "Europe/Minsk",
    "BE": "Europe/Brussels", "BJ": "Africa/Porto-Novo", "BT": "Asia/Thimphu",
    "BO": "America/La_Paz", "BA": "Europe/Sarajevo", "BW": "Africa/Gaborone",
    "BG": "Europe/Sofia", "BF": "Africa/Ouagadougou", "KH": "Asia/Phnom_Penh",
    "CF": "Africa/Bangui", "TD": "Africa/Ndjamena", "CL": "America/Santiago",
    "CO": "America/Bogota", "CG": "Africa/Brazzaville", "CD": "Africa/Kinshasa",
    "HR": "Europe/Zagreb", "CU": "America/Havana", "CY": "Asia/Nicosia", "CZ": "Europe/Prague",
    "DK": "Europe/Copenhagen", "DO": "America/Santo_Domingo", "EG": "Africa/Cairo",
    "GQ": "Africa/Malabo", "ER": "Africa/Asmara", "EE": "Europe/Tallinn", "SZ": "Africa/Mbabane",
    "ET": "Africa/Addis_Ababa", "FI": "Europe/Helsinki", "FR": "Europe/Paris",
    "GA": "Africa/Libreville", "GM": "Africa/Banjul", "GE": "Asia/Tbilisi", "DE": "Europe/Berlin",
    "GH": "Africa/Accra", "GR": "Europe/Athens", "GN": "Africa/Conakry", "GW": "Africa/Bissau",
    "HT": "America/Port-au-Prince", "HN": "America/Tegucigalpa", "HU": "Europe/Budapest",
    "IS": "Atlantic/Reykjavik", "ID": "Asia/Jakarta", "IR": "Asia/Tehran", "IQ": "Asia/Baghdad",
    "IE": "Europe/Dublin", "IT": "Europe/Rome", "JP": "Asia/Tokyo", "JO": "Asia/Amman",
    "KE": "Africa/Nairobi", "KI": "Pacific/Tarawa", "KG": "Asia/Bishkek", "LA": "Asia/Vientiane",
    "LV": "Europe/Riga", "LB": "Asia/Beirut", "LS": "Africa/Maseru", "LR": "Africa/Monrovia",
    "LY": "Africa/Tripoli", "LI": "Europe/Vaduz", "LT": "Europe/Vilnius",
    "MG": "Indian/Antananarivo", "MY": "Asia/Kuala_Lumpur", "ML": "Africa/Bamako",
    "MH": "Pacific/Majuro", "MR": "Africa/Nouakchott", "MX": "America/Mexico_City",
    "MD": "Europe/Chisinau", "MN": "Asia/Ulaanbaatar", "ME": "Europe/Podgorica",
    "MZ": "Africa/Maputo", "NA": "Africa/Windhoek", "NP": "Asia/Kathmandu",
    "NL": "Europe/Amsterdam", "NI": "America/Managua", "NE": "Africa/Niamey",
    "KP": "Asia/Pyongyang", "MK": "Europe/Skopje", "NO": "Europe/Oslo", "OM": "Asia/Muscat",
    "PG": "Pacific/Port_Moresby", "PY": "America/Asuncion", "PE": "America/Lima",
    "PH": "Asia/Manila", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest",
    "RW": "Africa/Kigali", "WS": "Pacific/Apia", "ST": "Africa/Sao_Tome", "SA": "Asia/Riyadh",
    "SN": "Africa/Dakar", "RS": "Europe/Belgrade", "SL": "Africa/Freetown",
    "SK": "Europe/Bratislava", "SI": "Europe/Ljubljana", "SO": "Africa/Mogadishu",
    "KR": "Asia/Seoul", "SS": "Africa/Juba", "ES": "Europe/Madrid", "SD": "Africa/Khartoum",
    "SR": "America/Paramaribo", "SE": "Europe/Stockholm", "SY": "Asia/Damascus",
    "TJ": "Asia/Dushanbe", "TH": "Asia/Bangkok", "TL": "Asia/Dili", "TG": "Africa/Lome",
    "TT": "America/Port_of_Spain", "TM": "Asia/Ashgabat", "TV": "Pacific/Funafuti",
    "UG": "Africa/Kampala", "UA": "Europe/Kyiv", "GB": "Europe/London",
    "UY": "America/Montevideo", "UZ": "Asia/Tashkent", "VE": "America/Caracas",
    "ZM": "Africa/Lusaka", "ZW": "Africa/Harare",
}

# Capitals CLDR does not name (no time zone of their own): (en, ru, kk, extra terms, note).
CAPITALS_BY_HAND: dict[str, tuple[str, str, str, list[str], str]] = {
    "US": ("Washington", "Вашингтон", "Вашингтон", ["en:Washington, D.C."],
           "Also the US state and the surname; 'Washington' often stands for the US government."),
    "CN": ("Beijing", "Пекин", "Бейжің", ["kk:Пекин"], ""),
    "TR": ("Ankara", "Анкара", "Анкара", [], ""),
    "IN": ("New Delhi", "Нью-Дели", "Нью-Дели", [], ""),
    "PK": ("Islamabad", "Исламабад", "Исламабад", [], ""),
    "AE": ("Abu Dhabi", "Абу-Даби", "Абу-Даби", [], ""),
    "CA": ("Ottawa", "Оттава", "Оттава", [], ""),
    "AU": ("Canberra", "Канберра", "Канберра", [], ""),
    "NZ": ("Wellington", "Веллингтон", "Веллингтон", [], ""),
    "BR": ("Brasília", "Бразилиа", "Бразилиа", ["en:Brasilia"], ""),
    "NG": ("Abuja", "Абуджа", "Абуджа", [], ""),
    "ZA": ("Pretoria", "Претория", "Претория", [], "Executive capital of South Africa."),
    "CH": ("Bern", "Берн", "Берн", ["en:Berne"], ""),
    "MA": ("Rabat", "Рабат", "Рабат", [], ""),
    "CI": ("Yamoussoukro", "Ямусукро", "Ямусукро", [], ""),
    "TZ": ("Dodoma", "Додома", "Додома", [], ""),
    "MM": ("Naypyidaw", "Нейпьидо", "Нейпьидо", ["en:Nay Pyi Taw"], ""),
    "VN": ("Hanoi", "Ханой", "Ханой", [], ""),
    "YE": ("Sanaa", CS + "Сана", "Сана", ["en:Sana'a"],
           "Case-sensitive in ru (so not inflected): «Сане» is also the surname of Leroy "
           "Sané."),
    "CM": ("Yaoundé", "Яунде", "Яунде", ["en:Yaounde"], ""),
    "BH": ("Manama", "Манама", "Манама", [], ""),
    "QA": ("Doha", "Доха", "Доха", [], ""),
    "KW": ("Kuwait City", "Эль-Кувейт", "Эль-Кувейт", [], ""),
    "BN": ("Bandar Seri Begawan", "Бандар-Сери-Бегаван", "Бандар-Сери-Бегаван", [], ""),
    "BI": ("Gitega", "Гитега", "Гитега", [], "Capital since 2019 (Bujumbura before)."),
    "CV": ("Praia", "Прая", "Прая", [], ""),
    "MW": ("Lilongwe", "Лилонгве", "Лилонгве", [], ""),
    "MT": ("Valletta", "Валлетта", "Валлетта", [], ""),
    "MU": ("Port Louis", "Порт-Луи", "Порт-Луи", [], ""),
    "EC": ("Quito", "Кито", "Кито", [], ""),
    "SV": ("San Salvador", "Сан-Сальвадор", "Сан-Сальвадор", [], ""),
    "BZ": ("Belmopan", "Бельмопан", "Бельмопан", [], ""),
    "BB": ("Bridgetown", "Бриджтаун", "Бриджтаун", [], ""),
    "FJ": ("Suva", "Сува", "Сува", [], ""),
    "AD": ("Andorra la Vella", "Андорра-ла-Велья", "Андорра-ла-Велья", [], ""),
    "MV": ("Malé", "Мале", "Мале", [], ""),
    # City-states and capitals named as their country in every language: the explicit forms
    # are the city's; the bare name, shared with the country, is listed for the record.
    "LU": ("Luxembourg City", "город Люксембург", "Люксембург қаласы",
           ["en:Luxembourg", "ru:Люксембург", "kk:Люксембург"], ""),
    "SG": ("Singapore City", "город Сингапур", "Сингапур қаласы",
           ["en:Singapore", "ru:Сингапур", "kk:Сингапур"], ""),
    "MC": ("Monaco City", "город Монако", "Монако қаласы",
           ["en:Monaco", "ru:Монако", "kk:Монако"], ""),
    "SM": ("City of San Marino", "город Сан-Марино", "Сан-Марино қаласы",
           ["en:San Marino", "ru:Сан-Марино", "kk:Сан-Марино"], ""),
    "DJ": ("Djibouti City", "город Джибути", "Джибути қаласы",
           ["en:Djibouti", "ru:Джибути", "kk:Джибути"], ""),
}
CITY_STATES = {"LU", "SG", "MC", "SM", "DJ"}

# Kazakh press spellings that differ from CLDR's kk exemplar city (CLDR's is then admitted).
KK_OVERRIDES: dict[str, str] = {"TM": "Ашғабат"}
# English names of time zones that are not the English name of the city.
EN_OVERRIDES: dict[str, str] = {"ST": "São Tomé"}
CAPITAL_EXTRAS: dict[str, list[str]] = {
    "UA": ["en:Kiev|Older English spelling, still in texts before 2019; the city writes Kyiv."],
    "TD": ["en:Ndjamena"], "CO": ["en:Bogota"], "PY": ["en:Asuncion"], "TG": ["en:Lome"],
    "MD": ["en:Chisinau"], "ST": ["en:Sao Tome"],
}
CAPITAL_NOTES: dict[str, str] = {
    "BO": "Seat of government; the constitutional capital is Sucre.",
    "LY": "Also Tripoli in Lebanon.",
    "BG": "Also a first name (София, Sofia).",
    "CL": "Also a first name and many other cities (Santiago de Compostela, ...).",
}
# Relational adjectives and demonyms of capitals (lang, text, form) where they are unambiguous.
CAPITAL_DERIVED: dict[str, list[tuple[str, str, Form]]] = {
    "GB": [("ru", "лондонский", Form.ADJECTIVE), ("en", "Londoner", Form.DEMONYM)],
    "FR": [("ru", "парижский", Form.ADJECTIVE), ("en", "Parisian", Form.ADJECTIVE)],
    "DE": [("ru", "берлинский", Form.ADJECTIVE), ("en", "Berliner", Form.DEMONYM)],
    "CN": [("ru", "пекинский", Form.ADJECTIVE)],
    "US": [("ru", "вашингтонский", Form.ADJECTIVE)],
    "JP": [("ru", "токийский", Form.ADJECTIVE)],
    "UA": [("ru", "киевский", Form.ADJECTIVE)],
    "BY": [("ru", "минский", Form.ADJECTIVE)],
    "UZ": [("ru", "ташкентский", Form.ADJECTIVE)],
    "KG": [("ru", "бишкекский", Form.ADJECTIVE)],
    "TJ": [("ru", "душанбинский", Form.ADJECTIVE)],
    "TM": [("ru", "ашхабадский", Form.ADJECTIVE)],
    "AZ": [("ru", "бакинский", Form.ADJECTIVE)],
    "GE": [("ru", "тбилисский", Form.ADJECTIVE)],
    "AM": [("ru", "ереванский", Form.ADJECTIVE)],
    "TR": [("ru", "анкарский", Form.ADJECTIVE)],
    "IR": [("ru", "тегеранский", Form.ADJECTIVE)],
    "KR": [("ru", "сеульский", Form.ADJECTIVE)],
    "KP": [("ru", "пхеньянский", Form.ADJECTIVE)],
    "AT": [("ru", "венский", Form.ADJECTIVE), ("en", "Viennese", Form.ADJECTIVE)],
    "BE": [("ru", "брюссельский", Form.ADJECTIVE)],
    "PL": [("ru", "варшавский", Form.ADJECTIVE)],
    "CZ": [("ru", "пражский", Form.ADJECTIVE)],
    "ES": [("ru", "мадридский", Form.ADJECTIVE)],
    "EG": [("ru", "каирский", Form.ADJECTIVE)],
}


def _term(spec: str, first: bool, type_: TermType = TermType.FULL_FORM) -> Term:
    """A term from a table cell: '!' case-sensitive, '-' a deprecated former name, '|' a note."""
    text, _, note = spec.partition("|")
    status = Status.PREFERRED if first else Status.ADMITTED
    case_sensitive = False
    if text.startswith(OLD):
        text, status, type_ = text[1:], Status.DEPRECATED, TermType.VARIANT
        note = note or "Former name."
    if text.startswith(CS):
        text, case_sensitive = text[1:], True
    return Term(text, status, type_, note, case_sensitive)


def _terms(preferred: str, extras: list[str], lang: str) -> tuple[Term, ...]:
    terms = [_term(preferred, True)] if preferred else []
    for extra in extras:
        lang_, _, spec = extra.partition(":")
        if lang_ == lang:
            terms.append(_term(spec, False, TermType.VARIANT))
    return tuple(terms)


def _derived(pairs: list[tuple[str, str, Form]], kk_name: str = "") -> tuple[Derived, ...]:
    """Derived forms from a table; the Kazakh relational adjective of ``kk_name`` (Лондон →
    лондондық) is added when the table gives none, by the regular suffix -лық/-лік."""
    if kk_name and " " not in kk_name and not any(lang == "kk" and text for lang, text, _ in pairs):
        pairs = [*pairs, *(("kk", word.lower(), Form.ADJECTIVE)
                           for word in kk_relational(kk_name.removeprefix(CS)))]
    order = {"kk": 0, "ru": 1, "en": 2}  # the canonical order of the glossary's files
    return tuple(Derived(Lang(lang), text, form)
                 for lang, text, form in sorted(pairs, key=lambda p: order[p[0]]) if text)


def kazakhstan_cities() -> list[Concept]:
    """Kazakhstan's cities of regional significance (the three of republican significance,
    Astana, Almaty and Shymkent, are maintained by hand)."""
    out = []
    for slug, kk, ru, en, region, extras, ru_adj, kk_adj, note in KZ_CITIES:
        out.append(Concept(
            id=f"place-{slug}", kind=Kind.PLACE,
            kk=_terms(kk, extras, "kk"), ru=_terms(ru, extras, "ru"), en=_terms(en, extras, "en"),
            note=("City of regional significance, Kazakhstan. " + note).strip(),
            source=KZ_SOURCE + "; derived forms: regular Russian and Kazakh formation",
            related=(f"place-{region}", "place-kazakhstan"),
            derived=_derived([("ru", ru_adj, Form.ADJECTIVE), ("kk", kk_adj, Form.ADJECTIVE)],
                             kk)))
    return out


def russia_cities() -> list[Concept]:
    """Russia's regional centres (Abakan and Krasnoyarsk are maintained by hand; Moscow, Saint
    Petersburg are federal subjects) and its largest other cities."""
    out = []
    for slug, ru, kk, en, subject, extras, ru_adj, note in RU_CITIES:
        out.append(Concept(
            id=f"place-{slug}", kind=Kind.PLACE,
            kk=_terms(kk, extras, "kk"), ru=_terms(ru, extras, "ru"), en=_terms(en, extras, "en"),
            note=("City, Russia. " + note).strip(),
            source=RU_SOURCE + "; derived forms: regular Russian and Kazakh formation",
            related=(f"place-{subject}", "place-russia"),
            derived=_derived([("ru", ru_adj, Form.ADJECTIVE)], kk)))
    return out


def _country_ids(folder: Path) -> dict[str, str]:
    """ISO 3166-1 code → country concept id, read from the CLDR-generated countries."""
    ids = {}
    for concept in read_folder(folder).glossary:
        match = re.search(r"ISO 3166-1 ([A-Z]{2})\)", concept.source)
        if match:
            ids[match.group(1)] = concept.id
    return ids


def capitals(country_ids: dict[str, str]) -> list[Concept]:
    """The capitals of the world's states, from CLDR's exemplar cities or the hand table."""
    names = {lang: Locale.parse(lang).time_zones for lang in ("en", "ru", "kk")}
    cldr = f"CLDR {get_cldr_version()} exemplar city of the time zone {{zone}} via babel " \
           f"{babel.__version__}"
    out = []
    for code in sorted(set(CAPITAL_ZONES) | set(CAPITALS_BY_HAND)):
        country = country_ids.get(code)
        if country is None:
            sys.exit(f"no country concept for ISO 3166-1 {code}")
        extras = list(CAPITAL_EXTRAS.get(code, []))
        note = CAPITAL_NOTES.get(code, "")
        if code in CAPITAL_ZONES:
            zone = CAPITAL_ZONES[code]
            en = EN_OVERRIDES.get(code) or names["en"].get(zone, {}).get("city") \
                or zone.rsplit("/", 1)[1].replace("_", " ")
            ru, kk = (names[lang][zone]["city"] for lang in ("ru", "kk"))
            source = "ru/kk/en: " + cldr.format(zone=zone)
            if code in KK_OVERRIDES:
                extras.insert(0, f"kk:{kk}|CLDR's spelling.")
                kk = KK_OVERRIDES[code]
                source += "; kk: the Kazakh press's spelling (Kazinform), CLDR's admitted"
        else:
            en, ru, kk, more, note = CAPITALS_BY_HAND[code]
            extras += more
            source = ("No CLDR time zone names this capital; names: the usual ru/en spelling, "
                      "kk: the Kazakh press's spelling (Kazinform)")
        terms = {lang: _terms(text, extras, lang)
                 for lang, text in (("en", en), ("ru", ru), ("kk", kk))}
        out.append(Concept(
            id=f"place-{slugify(terms['en'][0].text)}", kind=Kind.PLACE,
            kk=terms["kk"], ru=terms["ru"], en=terms["en"],
            note=(f"Capital city. {note}").strip(), source=source + (
                "; derived forms: regular formation (kk: the suffix -лық/-лік)"),
            related=(country,), homonyms=(country,) if code in CITY_STATES else (),
            derived=_derived(CAPITAL_DERIVED.get(code, []),
                             "" if code in CITY_STATES else terms["kk"][0].text)))
    return out


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "glossary")
    generated = kazakhstan_cities() + russia_cities() + capitals(_country_ids(folder))
    count = write_generated(folder, generated)
    print(f"{count} cities written to {folder}")


if __name__ == "__main__":
    main()
