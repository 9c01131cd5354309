"""The number and date checks on real kk/ru/en sentences: false alarms gone, true ones found.

Sentence pairs from NTREX-128 (CC BY-SA 4.0) are in tests/fixtures/ntrex-numbers/ with their
origin; the others are written here in the style of the news and UI texts tilmash checks.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from toolkit.check.base import Context, Pair
from toolkit.check.dates import DateMismatch
from toolkit.check.numbers import NumberMismatch
from toolkit.check.runner import check_pairs
from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang

EN, RU, KK = Lang.EN, Lang.RU, Lang.KK
NTREX = [json.loads(line) for line in
         (REPO / "tests" / "fixtures" / "ntrex-numbers" / "pairs.jsonl").read_text(
             encoding="utf-8").splitlines() if line.strip()]


def findings(source_lang, target_lang, source, target, check=None):
    pair = Pair(0, source, target, 1, 1)
    context = Context(Glossary(), source_lang, target_lang, [pair], {})
    return list((check or NumberMismatch()).run(context))


@pytest.mark.parametrize("record", NTREX, ids=[f"{r['doc'][:3]}:{r['line']}:{r['source_lang']}"
                                               f"-{r['target_lang']}" for r in NTREX])
def test_professional_translations(record):
    found = findings(Lang(record["source_lang"]), Lang(record["target_lang"]),
                     record["source"], record["target"])
    if record["expect"] == "clean":
        assert found == [], record["case"]
    else:
        assert len(found) == 1, record["case"]


@pytest.mark.parametrize(("source_lang", "target_lang", "source", "target"), [
    # Cardinals and ordinals in words, in every case form.
    (RU, EN, "Более тридцати человек пострадали.", "More than 30 people were injured."),
    (RU, EN, "Сорок участников подписали письмо.", "40 participants signed the letter."),
    (EN, RU, "The report runs to seven pages.", "Доклад занимает 7 страниц."),
    (RU, EN, "Отец четырехлетнего мальчика обратился в полицию.",
     "The father of the 4-year-old boy went to the police."),
    (RU, EN, "Проект охватит более шести миллионов человек.",
     "The project will reach more than 6 million people."),
    (EN, RU, "Twelve candidates are running.", "Баллотируются 12 кандидатов."),
    (RU, EN, "Он занял второй место в гонке.", "He finished 2nd in the race."),
    (KK, RU, "Форумға жиырмадан астам ел қатысты.", "В форуме участвовали более 20 стран."),
    (KK, EN, "Бұл бесінші халықаралық форум.", "This is the 5th international forum."),
    (KK, RU, "Алпыс бес мың адам жиналды.", "Собралось 65 000 человек."),
    (KK, EN, "Оған үш жүз миллион теңге бөлінді.", "300 million tenge was allocated."),
    # Names with numbers, Roman numerals that are letters.
    (EN, RU, "The COVID-19 pandemic closed the border.", "Пандемия COVID закрыла границу."),
    (RU, EN, "Вакцина «Спутник V» зарегистрирована.", "The Sputnik vaccine was registered."),
    (RU, EN, "Нажмите Ctrl+I, чтобы выделить текст курсивом.", "Press Ctrl+I for italics."),
    (KK, EN, "Мәтінді көлбеу ету үшін Ctrl+I басыңыз.", "Press Ctrl+I for italics."),
    (RU, EN, "(C) Компания, 2021", "© The Company, 2021"),
    (KK, EN, "Мән [0,1] аралығында болуы керек.", "The value must be in [0,1]."),
    (RU, EN, "Мы ждем роста во II квартале.", "We expect growth in Q2."),
    (RU, EN, "Интервью вышло на «Пятом канале».", "The interview aired on Channel 5."),
    (RU, KK, "Это случилось в XX веке.", "Бұл ХХ ғасырда болды."),
    (EN, RU, "Queen Elizabeth II visited Canada.", "Королева Елизавета II посетила Канаду."),
    # Units and scale words apart.
    (EN, RU, "The 400m hurdler won gold.", "Бегунья на 400 метров с барьерами завоевала золото."),
    (RU, EN, "12-летняя девочка спасла брата.", "A 12-year-old girl saved her brother."),
    (RU, EN, "Закон вступил в силу 27.04.2022.", "The law took effect on April 27, 2022."),
    (EN, RU, "A two-thirds majority is required.", "Требуется большинство в две трети."),
    (EN, RU, "It needs a 2/3 majority.", "Нужно большинство в две трети голосов."),
    (EN, RU, "The floods left 5m people homeless.", "Наводнения оставили без крова 5 млн "
     "человек."),
    (RU, EN, "Заседание начнется в 10.30 по местному времени.",
     "The meeting starts at 10:30 local time."),
    (EN, KK, "Highs will be in the 80s on Sunday.", "Жексенбіде ауа температурасы 27 "
     "градусқа дейін көтеріледі."),
    # Rephrased number words: a collective for the sum, an ordinal for a count.
    (EN, RU, "A 17-year-old, two 18-year-olds and a 20-year-old man were arrested.",
     "Арестованы четверо подозреваемых в возрасте 17, 18 и 20 лет."),
    (EN, KK, "A bogey and two doubles on the front nine sank them.",
     "Бірінші жартысындағы богги мен екі қос соққы оларды құлатты."),
])
def test_numbers_read_as_the_other_version_writes_them(source_lang, target_lang, source,
                                                        target):
    assert findings(source_lang, target_lang, source, target) == []


@pytest.mark.parametrize(("source_lang", "target_lang", "source", "target", "expected",
                          "found"), [
    (RU, EN, "Более тридцати человек пострадали.", "More than 13 people were injured.", "30",
     "13"),
    (EN, RU, "The report runs to seven pages.", "Доклад занимает восемь страниц.", "7", "8"),
    (RU, EN, "12-летняя девочка спасла брата.", "A 13-year-old girl saved her brother.", "12",
     "13"),
    (KK, RU, "Бұл бесінші халықаралық форум.", "Это шестой международный форум.", "5", "6"),
    (RU, EN, "Мы ждем роста во II квартале.", "We expect growth in Q3.", "2", "3"),
    (EN, RU, "The 400m hurdler won gold.", "Бегунья на 800 метров с барьерами победила.", "400",
     "800"),
    (RU, EN, "Проект охватит более шести миллионов человек.",
     "The project will reach more than 6,000 people.", "6 000 000", "6000"),
    (EN, KK, "Rosa is 385 miles south of Punta Eugenia.",
     "Роза Пунта-Евгениядан оңтүстікке қарай 360 км жерде.", "385", "360"),
])
def test_changed_numbers_are_found(source_lang, target_lang, source, target, expected, found):
    [finding] = findings(source_lang, target_lang, source, target)
    assert (finding.expected, finding.found) == (expected, found)


@pytest.mark.parametrize(("source_lang", "target_lang", "source", "target", "expected",
                          "found"), [
    (RU, EN, "Форум пройдет 27-29 апреля в Абакане.", "The forum will be held May 27-29 in "
     "Abakan.", "апреля", "May"),
    (RU, EN, "Выборы состоялись в декабре.", "The elections took place In November.",
     "декабре", "November"),
    (EN, KK, "The forum opens in April.", "Форум мамырда ашылады.", "April", "мамырда"),
    (KK, RU, "2022 жылғы маусымда өтті.", "Прошел в июле 2022 года.", "маусымда", "июле"),
    (EN, RU, "The law took effect on April 27, 2022.", "Закон вступил в силу 27.05.2022.",
     "April", "27.05.2022"),
])
def test_changed_months_are_found(source_lang, target_lang, source, target, expected, found):
    [finding] = findings(source_lang, target_lang, source, target, DateMismatch())
    assert (finding.check, finding.expected, finding.found) == ("date-mismatch", expected,
                                                               found)


@pytest.mark.parametrize(("source_lang", "target_lang", "source", "target"), [
    (RU, EN, "Форум пройдет 27-29 апреля.", "The forum will be held April 27-29."),
    (RU, KK, "Форум пройдет 27-29 апреля.", "Форум 27-29 сәуірде өтеді."),
    (EN, RU, "The couple married in June 2018.", "Пара отметила свадьбу в июне 2018 года."),
    (RU, KK, "На недавних декабрьских выборах", "Өткен жылдың желтоқсанындағы сайлауда"),
    (EN, RU, "Theresa May met the President in March.", "Тереза Мэй встретилась с президентом "
     "в марте."),
    (EN, KK, "He played 220 innings this season.", "Ол осы маусымда 220 беріс ойнады."),
    (EN, KK, "In June, the Commission published the results.",
     "Маусым айында Комиссия нәтижелерді жариялады."),
    (EN, KK, "since February's 4-1 triumph", "ақпан айында 4-1 есебімен жеңіске жеткеннен кейін"),
    (EN, KK, "in September 2017", "2017 жылдың қыркүйегінде"),
    (RU, EN, "Проект стартовал в этом месяце.", "The project started in October."),
    (RU, EN, "В октябре Марта Стюарт приехала в Москву.",
     "Martha Stewart came to Moscow in October."),
    (KK, RU, "Ол қазан айында Қазанға барды.", "Он поехал в Казань в октябре."),
])
def test_same_months_in_every_form_are_not_flagged(source_lang, target_lang, source, target):
    assert findings(source_lang, target_lang, source, target, DateMismatch()) == []


def _document(source_lang, target_lang, sources, targets):
    lines = list(range(1, len(sources) + 1))
    result = check_pairs(Glossary(), source_lang, target_lang,
                         Segments(sources, targets, lines, lines), document=True,
                         checks=(NumberMismatch(), DateMismatch()))
    return [(f.check, f.segment, f.expected, f.found) for f in result]


def test_document_mode_compares_numbers_and_months_over_the_document():
    sources = ["Форум пройдет 27-29 апреля в Абакане.", "В нем примут участие 300 человек."]
    # The numbers moved to another sentence: the document still has them all.
    moved = ["Форум 27-29 сәуірде Абаканда өтеді, оған 300 адам қатысады.", ""]
    assert _document(RU, KK, sources, [moved[0], "Бұл маңызды оқиға."]) == []
    changed = ["Форум 27-28 мамырда Абаканда өтеді.", "Оған 300 адам қатысады."]
    assert _document(RU, KK, sources, changed) == [
        ("date-mismatch", 0, "апреля", "мамырда"), ("number-mismatch", 0, "29", "28")]
