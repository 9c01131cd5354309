"""Normalization, tokens, Russian and English morphology, sentences."""

from __future__ import annotations

from toolkit.lang import Lang
from toolkit.text.morph.en import en_keys
from toolkit.text.morph.ru import ru_keys
from toolkit.text.normalize import fold, normalize
from toolkit.text.segment import segment, split_sentences
from toolkit.text.tokenize import tokenize


def test_normalization_maps_back_to_the_original():
    text = "«Сибирь\u00a0— Экономика» Ерёмин e\u0301 со\u00adюз"
    normalized = normalize(text)
    assert normalized.text == '"Сибирь - Экономика" Ерёмин é союз'
    start = normalized.text.index("é")
    assert normalized.original_span(start, start + 1) == (text.index("e\u0301"),
                                                          text.index("e\u0301") + 2)
    end = len(normalized.text)
    assert normalized.original_span(end - 4, end) == (len(text) - 5, len(text))


def test_fold_is_case_yo_and_homoglyph_blind():
    assert fold("ЕРЁМИН") == fold("еремин")
    assert fold("Кошербaев") == fold("Кошербаев")  # a Latin "a" inside a Cyrillic word
    assert fold("Kosherbayev") == "kosherbayev"  # a Latin word stays Latin


def test_tokens_keep_offsets_and_hyphen_parts():
    text = "Посол\u00a0РК в РФ-дағы «КЭФ-2022» Кара-оолом"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Посол", "РК", "в", "РФ-дағы", '"', "КЭФ-2022", '"',
                                        "Кара-оолом"]
    assert all(text[t.start:t.end] in (t.text, "«", "»") for t in tokens)
    assert tokens[3].parts == ("РФ", "дағы")
    assert tokens[4].is_word is False


def test_russian_lemmas_from_every_parse():
    assert {"губернатор"} <= ru_keys("Губернатору")
    assert {"красноярский"} <= ru_keys("Красноярского")
    assert {"край"} <= ru_keys("края")
    assert {"еремин", "еремина"} <= ru_keys("Ерёмина")  # surname or its genitive
    assert "усс" in ru_keys("Уссом")
    assert "флейк" in ru_keys("Флейка")  # unknown surname: regular declension stem
    assert "тажибаева" in ru_keys("Тажибаевой")


def test_english_possessives_and_plurals():
    assert "kazakhstan" in en_keys("Kazakhstan's")
    assert "governor" in en_keys("Governors'")
    assert "embassy" in en_keys("embassies")
    assert en_keys("class") == frozenset({"class"})  # "ss" is no plural: nothing to strip


def test_sentences_keep_abbreviations_and_initials_together():
    ru = ("Встречу провёл Е. Кошербаев, т.е. посол. Объём торговли составил $100 млн. долл. "
          "в 2021 г. и вырос. Следующая встреча — в Абакане.")
    assert [s.text for s in split_sentences(ru, Lang.RU)] == [
        "Встречу провёл Е. Кошербаев, т.е. посол.",
        "Объём торговли составил $100 млн. долл. в 2021 г. и вырос.",
        "Следующая встреча — в Абакане."]
    kk = "Е.Көшербаев ҚР-ның т.б. өкілдерімен кездесті. 2022 ж. Абаканда форум өтеді."
    assert [s.text for s in split_sentences(kk, Lang.KK)] == [
        "Е.Көшербаев ҚР-ның т.б. өкілдерімен кездесті.", "2022 ж. Абаканда форум өтеді."]
    en = "Mr. Uss met Dr. Jones in Krasnoyarsk. They signed a deal! Will it last?"
    assert [s.text for s in split_sentences(en, Lang.EN)] == [
        "Mr. Uss met Dr. Jones in Krasnoyarsk.", "They signed a deal!", "Will it last?"]


def test_initials_of_two_letters_keep_the_name_whole():
    # Kazakh government news writes the President's first names as "К.-Ж." / "Қ.-Ж." and
    # others' as "Н.Ә." or "Н.А."; each is one initial after another, never a sentence's end.
    ru = "Президент РК К.-Ж. Токаев принял Н.А. Назарбаева. Встреча прошла в Акорде."
    assert [s.text for s in split_sentences(ru, Lang.RU)] == [
        "Президент РК К.-Ж. Токаев принял Н.А. Назарбаева.", "Встреча прошла в Акорде."]
    kk = "Мемлекет басшысы Қ.-Ж. Тоқаев Н.Ә. Назарбаевпен кездесті. Кездесу Ақордада өтті."
    assert [s.text for s in split_sentences(kk, Lang.KK)] == [
        "Мемлекет басшысы Қ.-Ж. Тоқаев Н.Ә. Назарбаевпен кездесті.", "Кездесу Ақордада өтті."]
    en = "The book by J.K. Rowling sold well. President K.-J. Tokayev read it."
    assert [s.text for s in split_sentences(en, Lang.EN)] == [
        "The book by J.K. Rowling sold well.", "President K.-J. Tokayev read it."]


def test_an_abbreviation_that_closes_a_list_ends_the_sentence_before_a_capital():
    ru = ("Обсудили торговлю, логистику и т.д. Затем прошёл обед. Были акимы и др. "
          "представители регионов, депутаты и т. п. Гости уехали.")
    assert [s.text for s in split_sentences(ru, Lang.RU)] == [
        "Обсудили торговлю, логистику и т.д.", "Затем прошёл обед.",
        "Были акимы и др. представители регионов, депутаты и т. п.", "Гости уехали."]
    kk = "Сауда, логистика және т.б. Содан кейін Ресей, Қытай т.б. елдердің өкілдері сөйледі."
    assert [s.text for s in split_sentences(kk, Lang.KK)] == [
        "Сауда, логистика және т.б.", "Содан кейін Ресей, Қытай т.б. елдердің өкілдері сөйледі."]
    # "пр." is also "проспект", before a name, and "Т.Д." initials: no end.
    assert len(split_sentences("Встреча прошла на пр. Абая в Алматы.", Lang.RU)) == 1
    assert len(split_sentences("С докладом выступил Т.Д. Иванов.", Lang.RU)) == 1


def test_a_full_stop_inside_a_quoted_title_ends_nothing():
    line = "Делегация приняла участие в заседании “Сибирь. Экономика будущего” в Красноярске."
    assert len(split_sentences(line, Lang.RU)) == 1
    speech = "Он сказал: «Море наше по праву. Вернуть его — наш долг». Все согласились."
    assert len(split_sentences(speech, Lang.RU)) == 3


def test_units_end_sentences_and_offsets_point_into_the_line():
    line = "Осадки достигнут 10 см. Для зон риска объявлено предупреждение."
    sentences = split_sentences(line, Lang.RU)
    assert [s.text for s in sentences] == ["Осадки достигнут 10 см.",
                                           "Для зон риска объявлено предупреждение."]
    assert all(line[s.start:s.end] == s.text for s in sentences)


def test_an_amount_ends_the_sentence_before_a_capital():
    # The founding article: "... составил порядка $100 млн. Глава региона ..." is two sentences;
    # what an amount counts is written in lower case ("млн. тенге").
    ru = "Оборот составил порядка $100 млн. Глава региона отметил рост на 5 млн. тенге."
    assert [s.text for s in split_sentences(ru, Lang.RU)] == [
        "Оборот составил порядка $100 млн.", "Глава региона отметил рост на 5 млн. тенге."]


def test_see_is_no_centimetre():
    # "см." after a number is centimetres and may end a sentence; without one it is "see".
    assert [s.text for s in split_sentences("Рост до 10 см. См. Приложение 1.", Lang.RU)] == [
        "Рост до 10 см.", "См. Приложение 1."]


def test_punctuation_alone_is_no_sentence():
    # NTREX-128 document 006 (CC BY-SA 4.0): the quotation goes on in the next line, and the
    # dash that opens it once made a sentence of its own.
    line = "«С Северной Кореей дела обстоят замечательно», — сказал он. —"
    sentences = split_sentences(line, Lang.RU)
    assert [s.text for s in sentences] == [line]
    assert (sentences[0].start, sentences[0].end) == (0, len(line))
    assert [s.text for s in split_sentences("Он ушёл. Она осталась. …", Lang.RU)] == [
        "Он ушёл.", "Она осталась. …"]


def test_segment_keeps_paragraphs_and_line_breaks():
    text = "Заголовок без точки\nПервое предложение. Второе.\n\n\nНовый абзац."
    assert segment(text, Lang.RU) == [
        ["Заголовок без точки", "Первое предложение.", "Второе."], ["Новый абзац."]]


def test_moses_prefixes_keep_sentences_whole_without_importing_sacremoses():
    import subprocess
    import sys

    from tests.conftest import REPO

    code = ("import sys; from toolkit.lang import Lang; from toolkit.text.segment import segment;"
            "print(segment('Prof. Smith met Gen. Petraeus. Then they left. See No. 5 below.',"
            " Lang.EN)); print(segment('Справки по тел. 8 (7172) 74-52-01. Приём до 18:00.',"
            " Lang.RU)); print('sacremoses' in sys.modules, 'joblib' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, check=True)
    assert done.stdout.splitlines() == [
        "[['Prof. Smith met Gen. Petraeus.', 'Then they left.', 'See No. 5 below.']]",
        "[['Справки по тел. 8 (7172) 74-52-01.', 'Приём до 18:00.']]",
        "False False"]


def test_the_copied_moses_prefixes_are_still_sacremoses_lists():
    import importlib.util

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location(
        "moses_prefixes", REPO / "scripts" / "moses_prefixes.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for lang in ("ru", "en"):
        shipped = (REPO / "toolkit" / "text" / "data" / f"moses.{lang}.txt").read_text(
            encoding="utf-8")
        items = [line for line in shipped.splitlines() if line and not line.startswith("#")]
        assert items == script.moses_items(lang), "run `python scripts/moses_prefixes.py`"
        assert "sacremoses" in shipped and f"nonbreaking_prefix.{lang}" in shipped
