"""A short sentence the translation leaves out is not glued onto its neighbour, on real text.

"Одна женщина расплакалась." and "«Ну конечно», — ответил Кеннеди." have no Kazakh line in
these cases. Joined to the sentence beside them, their bead would render two sentences with
one Kazakh segment; but a segment that renders two sentences which end with a full stop
nearly always holds two sentences itself (95% to 99% on align-dev), and these Kazakh segments
hold one. The bead pays the measured log-ratio (``SEVERAL_SHARES``, ``joined_cost``), and the
deletion is the cheaper reading. With the shares the aligner once guessed (half of such
segments hold one sentence), it glued both.

Lines: NTREX-128 documents 010 and 060 (tests/fixtures/ntrex-align, CC BY-SA 4.0).
"""

from __future__ import annotations

import pytest

from tests.align.test_deletions import LINES, beads
from tests.conftest import REPO
from toolkit.align import cost
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

# Document, the first line of the excerpt, the Russian line the Kazakh lacks.
CASES = [("010", 10, 13, "Одна женщина расплакалась."),
         ("060", 1, 4, "«Ну конечно», — ответил Кеннеди.")]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def _both_ways(glossary, doc, first, dropped):
    russian = list(range(first, first + 7))
    kazakh = [k for k in russian if k != dropped]
    return (beads(glossary, doc, Lang.KK, Lang.RU, kazakh, russian),
            beads(glossary, doc, Lang.RU, Lang.KK, russian, kazakh))


@pytest.mark.parametrize(("doc", "first", "dropped", "line"), CASES)
def test_a_short_sentence_without_translation_is_left_out(glossary, doc, first, dropped, line):
    assert LINES[doc, dropped]["ru"] == line
    kk_ru, ru_kk = _both_ways(glossary, doc, first, dropped)
    at = dropped - first
    assert kk_ru == [*(f"[{k}]:[{k}]" for k in range(at)), f"[]:[{at}]",
                     *(f"[{k}]:[{k + 1}]" for k in range(at, 6))]
    assert ru_kk == [*(f"[{k}]:[{k}]" for k in range(at)), f"[{at}]:[]",
                     *(f"[{k + 1}]:[{k}]" for k in range(at, 6))]


@pytest.mark.parametrize(("doc", "first", "dropped", "line"), CASES)
def test_with_the_guessed_shares_it_was_glued_to_its_neighbour(glossary, monkeypatch, doc,
                                                               first, dropped, line):
    monkeypatch.setattr(cost, "SEVERAL_SHARES", {lang: (0.5, 0.05) for lang in Lang})
    monkeypatch.setattr(cost, "UNENDED_SEVERAL", 0.5)
    kk_ru, _ = _both_ways(glossary, doc, first, dropped)
    at = dropped - first
    assert f"[]:[{at}]" not in kk_ru
    assert any(bead.endswith(f"{at - 1}, {at}]") or bead.endswith(f"{at}, {at + 1}]")
               for bead in kk_ru)


def test_a_segment_renders_several_sentences_as_it_holds_them():
    # Two sentences that end, against a segment that holds two, cost less than one bead
    # apiece would say; against a segment that holds one, more; a headline joined to its lead
    # (no full stop between them) costs about nothing either way.
    for lang in Lang:
        assert cost.joined_cost(lang, True, True) < -2.5
        assert cost.joined_cost(lang, False, True) > 2.5
        assert abs(cost.joined_cost(lang, False, False)) < 0.2


def test_where_tilmash_splits_the_sentences_a_translators_split_is_kept(tilmash, tmp_path):
    # "This is one of the big, big -- I'm not running but I'm really running ..." is two
    # sentences in Russian ("Это очень, очень важно. Я не бегаю, ..."). Split by tilmash, the
    # Russian has a sentence more; no segment holds two sentences then, so one English
    # sentence rendered by two Russian ones pays nothing for it, and the first of them is not
    # taken for a sentence the English leaves out.
    en, ru = tmp_path / "rally.en.txt", tmp_path / "rally.ru.txt"
    en.write_text("\n".join(LINES["036", k]["en"] for k in range(5)) + "\n", encoding="utf-8")
    ru.write_text("\n".join(LINES["036", k]["ru"] for k in range(5)) + "\n", encoding="utf-8")
    assert LINES["036", 4]["ru"].startswith("Это очень, очень важно. Я не бегаю")
    result = tilmash("align", str(en), str(ru), "--format", "beads")
    assert result.exit_code == 0, result.stderr
    assert [line.split(":")[0] + ":" + line.split(":")[1]
            for line in result.stdout.splitlines()][-1] == "[4]:[4, 5]"


def test_split_sentences_pay_nothing_for_what_a_joins_segment_looks_like(glossary):
    from toolkit.align.aligner import align_sentences
    from toolkit.text.segment import segment

    english = [LINES["036", k]["en"] for k in range(2, 5)]
    russian = [s for k in range(2, 5) for part in segment(LINES["036", k]["ru"], Lang.RU)
               for s in part]
    assert len(russian) == 4
    split = align_sentences(english, russian, Lang.EN, Lang.RU, glossary, split=True)
    as_given = align_sentences(english, russian, Lang.EN, Lang.RU, glossary)
    assert [str(b) for b in split] == ["[0]:[0]", "[1]:[1]", "[2]:[2, 3]"]
    # Read as segments as given, a line that holds one sentence renders one: the short first
    # sentence is left out.
    assert [str(b) for b in as_given] == ["[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]"]


def test_split_sentences_join_as_often_as_translators_join_them(glossary):
    # Where tilmash cut the texts, a 2-1 or 1-2 bead is a translator's split or merge (2% of
    # the beads each way on NTREX-128), not one of align-dev's joined lines (10%).
    import math

    from toolkit.align.aligner import features_of
    from toolkit.match import Matcher

    russian = features_of([LINES["036", 4]["ru"].split(". ", 1)[0] + ".",
                           LINES["036", 4]["ru"].split(". ", 1)[1]], Lang.RU,
                          Matcher(glossary, Lang.RU), cross_script=True)
    english = features_of([LINES["036", 4]["en"]], Lang.EN, Matcher(glossary, Lang.EN),
                          cross_script=True)
    split = cost.AlignCost(russian, english, Lang.RU, Lang.EN, split=True)
    given = cost.AlignCost(russian, english, Lang.RU, Lang.EN)
    assert split(0, 0, 1, 1) == given(0, 0, 1, 1)
    prior = math.log(cost.PRIORS[2, 1]) - math.log(cost.SPLIT_PRIORS[2, 1])
    assert split(0, 0, 2, 1) - given(0, 0, 2, 1) == pytest.approx(
        prior - cost.joined_cost(Lang.EN, english[0].several, russian[0].ended))
    assert cost.SPLIT_PRIORS[2, 1] < cost.PRIORS[2, 1] / 4


@pytest.mark.parametrize(("source_lang", "target_lang", "headless"),
                         [(Lang.RU, Lang.EN, "target"), (Lang.RU, Lang.EN, "source"),
                          (Lang.KK, Lang.EN, "target")])
def test_where_tilmash_splits_a_headline_left_out_is_not_joined_to_the_lead(
        glossary, monkeypatch, source_lang, target_lang, headless):
    # "Альманах: Изобретатель счетчика Гейгера" has no full stop: cut by tilmash, it is a
    # line of its own, which a translator does not merge into the sentence after it. A side
    # without the headline leaves it a bead of its own (SPLIT_UNENDED); without the rule, the
    # headline and the lead were read as one sentence rendered by two.
    from toolkit.align.aligner import align_sentences
    from toolkit.text.segment import segment

    def cut(lang: Lang, first: int) -> list[str]:
        return [s for k in range(first, 10) for part in segment(LINES["051", k][lang.value], lang)
                for s in part]

    assert not cost.ENDED.search(LINES["051", 0]["ru"])
    source = cut(source_lang, 1 if headless == "source" else 0)
    target = cut(target_lang, 1 if headless == "target" else 0)
    alone = "[]:[0]" if headless == "source" else "[0]:[]"
    split = align_sentences(source, target, source_lang, target_lang, glossary, split=True)
    assert str(split[0]) == alone
    # Without the rule (and with the languages' length ratio: the pair's own, measured on a
    # second pass, is a second reason for kk-en to leave the headline alone), it is joined.
    from toolkit.align import aligner

    monkeypatch.setattr(cost, "SPLIT_UNENDED", 0.0)
    monkeypatch.setattr(aligner, "_measured_ratio", lambda beads, cost: None)
    joined = align_sentences(source, target, source_lang, target_lang, glossary, split=True)
    assert str(joined[0]) != alone


def test_a_kazakh_closing_quotation_mark_ends_a_sentence():
    # Kazakh news closes quotations with “ as often as with ”: "...сенімдеміз.“" ends.
    assert cost.ENDED.search("Ол абақтыда ұзаққа қалады деген сенімдеміз.“")
    assert cost.ENDED.search("Еуропалық одаққа мүше болуды қолдайсыз ба?“")
    assert not cost.ENDED.search("мүшелері “қуыршақтар сияқты көрінуге“ алаңдайды")
    assert cost.SENTENCE_INSIDE.search("Біз сенімдеміз.“ Ол абақтыда қалады.")
