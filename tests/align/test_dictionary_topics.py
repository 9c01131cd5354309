"""The topic words of the aligner's dictionary (data/dictionary-topics.tsv) on real news.

Sentences: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0; documents 016, 027, 018,
028 and 012, one sentence each (and two Kazakh ones of 007 and 034), in English, Russian and Kazakh.
"""

from __future__ import annotations

import pytest

from toolkit.align.dictionary import load_dictionary
from toolkit.lang import Lang
from toolkit.text.wordkeys import word_keys

TRIPLES = [
    (  # 016_cbsnews, line 1
        "Wayde Sims shooting: Police arrest suspect Dyteon Simpson in LSU player's death",
        "Смерть Уэйда Симса в перестрелке: Полиция арестовала Дайтеона Симпсона по подозрению в "
        "убийстве форварда Университета штата Луизиана",
        "Уэйд Симсты атып кетті: Полиция ЛШУ ойыншысының өліміне күдікті Дайтон Симпсонды "
        "тұтқындады",
        ["shooting", "police", "arrest", "suspect", "death"],
    ),
    (  # 027_reuters, line 2
        "At least 384 people were killed, many swept away as giant waves crashed onto beaches, "
        "when a major earthquake and tsunami hit the Indonesian island of Sulawesi, authorities "
        "said on Saturday.",
        "В субботу индонезийские власти объявили, что погибло как минимум 384 человека, многих "
        "унесло гигантскими волнами, захватившими пляжи индонезийского острова Сулавеси, на "
        "который обрушился невероятной силы цунами и землетрясение.",
        "“Индонезияның Сулавеси аралындағы күшті жер сілкінісі мен цунами нәтижесінде болған "
        "орасан зор толқындар жағажайларға соққан кезде кемінде 384 адам қаза тапты, көптеген "
        "адамдарды су ағызып әкетті“, – деп хабарлады сенбі күні билік өкілдері.",
        ["beach", "earthquake", "tsunami", "island", "authorities"],
    ),
    (  # 018_reuters, line 19
        "\"Standing as a candidate for the European elections is the best way to denounce the "
        "regression in democratic values and repression we have seen from the Spanish "
        "government,\" he said.",
        "«Участие в очередных выборах в Европейский парламент в качестве кандидата — лучший "
        "способ осудить потерю демократических ценностей и репрессии со стороны испанского "
        "правительства», — говорит он.",
        "“Еуропалық сайлауға үміткер ретінде шығуым демократиялық құндылықтардың құлдырауын "
        "және Испандық үкіметтің көрсеткен қысымын әшкерлеудің ең жақсы жолы”, – деді ол.",
        ["candidate", "election", "democratic", "government"],
    ),
    (  # 028_nytimes, line 14
        "Gendon Subandono, the coach of the Indonesian national paragliding team, had trained "
        "two of the missing paragliders for the Asian Games, which wrapped up earlier this month "
        "in Indonesia.",
        "Гендон Субандоно, тренер национальной сборной Индонезии по парапланеризму, подготовил "
        "двоих из пропавших без вести пилотов к недавно прошедшим в Индонезии Азиатским играм.",
        "Гендон Субандоно, парапланеризм бойынша Индонезия ұлттық командасының "
        "жаттықтырушысы, осы айдың басында Индонезияда аяқталған Азия ойындарына қатысқан "
        "жоғалып кеткен парапланеристердің екеуін жаттықтырған.",
        ["coach", "team", "games", "missing"],
    ),
    (  # 012_newsweek, line 16
        "In 2016, a pig attacked a woman and her husband at their farm in Massachusetts, leaving "
        "the man with critical injuries.",
        "В 2016 году свинья напала на женщину и ее мужа на ферме в американском штате "
        "Массачусетс, тяжело травмировав мужчину.",
        "2016 жылы Массачусетстегі фермада шошқа әйел адамға және оның жұбайына шабуыл жасап, "
        "ер адамды қатты жарақаттаған.",
        ["pig", "attacked", "woman", "husband", "farm"],
    ),
]


def entries_of(word: str) -> set[int]:
    """The entries an English word of the dictionary stands for."""
    index = load_dictionary().index[Lang.EN]
    return {e for key in word_keys(word, Lang.EN) for e in index.get(key, ())}


@pytest.mark.parametrize(("en", "ru", "kk", "words"), TRIPLES, ids=[t[3][0] for t in TRIPLES])
def test_topic_words_are_found_in_all_three_languages(en: str, ru: str, kk: str,
                                                       words: list[str]) -> None:
    dictionary = load_dictionary()
    found = {lang: set(dictionary.entries(text, lang))
             for lang, text in ((Lang.EN, en), (Lang.RU, ru), (Lang.KK, kk))}
    for word in words:
        wanted = entries_of(word)
        assert wanted, word
        for lang, entries in found.items():
            assert wanted & entries, (word, lang)


def test_kazakh_homographs_are_left_out() -> None:
    # "қарсы" (against) strips to "қар" (snow), "жолы" (his way, time) to "жол" (road): the
    # entries do not use those stems. NTREX-128 007_nytimes line 8, 034_upi line 13.
    dictionary = load_dictionary()
    found = set(dictionary.entries("Ачехте цунамиге қарсы баспана салынғанымен, басқа жағалық "
                                   "сызықтарға қолжетімді емес.", Lang.KK))
    assert entries_of("tsunami") & found
    assert not entries_of("snow") & found
    found = set(dictionary.entries("Сол мерзімде ол гол соғып, жолымыз болды.", Lang.KK))
    assert entries_of("goal") & found
    assert not entries_of("road") & found


GOVERNMENT = [
    (  # examples/article.*.txt, line 19 (the founding article and its translations)
        "The expansion of bilateral cooperation was discussed at talks with the Deputy "
        "Chairman of the Government of the Republic of Tuva Mengi Kara-ool.",
        "Тема расширения двустороннего сотрудничества нашла отражение на переговорах с "
        "Заместителем Председателя Правительства Республики Тыва Менги Кара-оолом.",
        "Екіжақты ынтымақтастықты кеңейту тақырыбы Менги Кара-оолмен келіссөздерде көрініс "
        "тапты.",
        ["bilateral", "cooperation", "expansion", "talks"],
    ),
    (  # line 9
        "A Kazakh delegation led by the Ambassador of Kazakhstan to Russia Yermek Kosherbaev "
        "took part in the plenary session “Siberia. Economy of the Future” of the 18th "
        "Krasnoyarsk Economic Forum.",
        "Казахстанская делегация во главе с Послом РК в РФ Ермеком Кошербаевым приняла "
        "участие в пленарном заседании “Сибирь. Экономика будущего” в рамках 18-го "
        "Красноярского экономического форума.",
        "ҚР-ның РФ-дағы Елшісі Ермек Кошербаев бастаған қазақстандық делегация 18-ші "
        "Красноярск экономикалық форумы аясында өткен «Сібір. Болашақ экономикасы» пленарлық "
        "отырысына қатысты.",
        ["delegation", "ambassador", "session", "economy"],
    ),
]


@pytest.mark.parametrize(("en", "ru", "kk", "words"), GOVERNMENT,
                         ids=[t[3][0] for t in GOVERNMENT])
def test_the_words_of_government_news_are_found_in_all_three_languages(
        en: str, ru: str, kk: str, words: list[str]) -> None:
    test_topic_words_are_found_in_all_three_languages(en, ru, kk, words)


def test_the_akim_and_the_akimat_are_two_entries() -> None:
    dictionary = load_dictionary()
    akim, akimat = entries_of("akim"), entries_of("akimat")
    assert akim and akimat and not akim & akimat
    for lang, text in ((Lang.RU, "Аким области посетил акимат района."),
                       (Lang.KK, "Облыс әкімі аудан әкімдігіне барды.")):
        found = set(dictionary.entries(text, lang))
        assert akim & found and akimat & found, lang
    # A sentence with the akim alone is no mention of an akimat.
    assert not akimat & set(dictionary.entries("Облыс әкімі жиналысқа қатысты.", Lang.KK))
