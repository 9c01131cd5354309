"""The third part of the aligner's dictionary (dictionary-more.tsv) on real sentences.

Sentences: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0, documents 005 line 14
and 012 line 17, copied unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit.align
from toolkit.align.dictionary import load_dictionary
from toolkit.lang import Lang

TRIPLES = [
    ("Experts believe the departure of the This Morning presenter, who is among Britain's most "
     "bankable stars, could cost the firm millions due to hefty investment in products ranging "
     "from cushions and candles to clothing and homewear, and the potential for further delays "
     "to its launch.",
     "Эксперты полагают, что уход ведущей «Этим утром», одной из самых популярных звезд "
     "Великобритании, может обойтись фирме в миллионы фунтов стерлингов из-за значительных "
     "вложений в товары: от подушек и свечей до одежды, а также потенциальной задержки запуска "
     "линии.",
     "Ұлыбританияның ең көп төленетін жұлдыздарының бірі болып табылатын, “This Morning” "
     "жүргізушісінің кетуі жастықтар мен шамдардан бастап, киім-кешектер мен үй киіміне дейінгі "
     "өнімдерге үлкен салым салғаннан және оны іске қосудың ықтимал кейінге қалдырудың "
     "себебінен фирмаға миллиондаған қаражатқа шығын келтіруі мүмкін екенін сарапшылар "
     "пайымдайды.",
     {"expert", "clothes", "postpone"}),
    ("After an Oregon farmer was eaten by his pigs in 2012, one Manitoba farmer told CBC News "
     "that pigs are not normally aggressive but the taste of blood can act as a \"trigger.\"",
     "В 2012 году был зарегистрирован случай, когда фермер из штата Орегон в США был съеден "
     "собственными свиньями. Как рассказал каналу CBC News один канадский фермер, свиньи обычно "
     "не агрессивны, но вкус крови может действовать на их скрытую агрессию как «спусковой "
     "механизм».",
     "2012 жылы орегондық фермерді шошқалары жеп қойғаннан кейін, Манитобадағы бір фермер CBC "
     "News телеарнасына шошқалар, әдетте, озбыр емес, бірақ оларға қан иісі “іске қосқыш“ "
     "ретінде әсер етуі мүмкін екенін айтты.",
     {"eat", "usually"}),
]


def _more_entries() -> dict[str, int]:
    """The first English word of each entry of dictionary-more.tsv, with its entry number (its
    line in the parts read one after another, as the loader numbers them)."""
    folder = Path(toolkit.align.__file__).parent / "data"
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in
             sorted(folder.glob("dictionary-*.tsv"), key=lambda p: p.name)]
    numbered = "\n".join(text for _, text in texts).splitlines()
    more = texts[[name for name, _ in texts].index("dictionary-more.tsv")][1].splitlines()
    start = next(k for k in range(len(numbered)) if numbered[k:k + len(more)] == more)
    return {line.split("\t")[0].split("|")[0]: start + k + 1 for k, line in enumerate(more)
            if line and not line.startswith("#")}


@pytest.mark.parametrize(("en", "ru", "kk", "words"), TRIPLES)
def test_entries_of_the_third_part_are_found_in_all_three_languages(en, ru, kk, words):
    dictionary = load_dictionary()
    more = _more_entries()
    for word in words:
        entry = more[word]
        for text, lang in ((en, Lang.EN), (ru, Lang.RU), (kk, Lang.KK)):
            assert entry in set(dictionary.entries(text, lang)), (word, lang)
