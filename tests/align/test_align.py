"""The aligner: bead types, paragraphs, empty and unequal documents, outputs, the command."""

from __future__ import annotations

import math

import pytest
from lxml import etree
from openpyxl import load_workbook

from tests.conftest import REPO
from toolkit.align.aligner import align_sentences
from toolkit.align.bead import parse_beads
from toolkit.align.dp import align
from toolkit.align.score import score
from toolkit.formats.tmx import read_tmx
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

RU = ["Посол РК в РФ Ермек Кошербаев прибыл в Красноярск 27 апреля.",
      "Он встретился с Губернатором Красноярского края Александром Уссом.",
      "Стороны обсудили торговлю, которая в 2021 году составила $100 млн.",
      "Затем делегация посетила Абакан.",
      "Там прошла встреча с Главой Республики Хакасия Валентином Коноваловым."]
EN = ["Kazakh Ambassador Yermek Kosherbayev arrived in Krasnoyarsk on 27 April.",
      "He met the Governor of Krasnoyarsk Krai Alexander Uss.",
      "The parties discussed trade, which amounted to $100 million in 2021.",
      "The delegation then visited Abakan.",
      "There it met the Head of the Republic of Khakassia Valentin Konovalov."]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def pairs(beads):
    return [(b.source, b.target) for b in beads]


def test_one_to_one(glossary):
    beads = align_sentences(RU, EN, Lang.RU, Lang.EN, glossary)
    assert pairs(beads) == [((i,), (i,)) for i in range(5)]
    assert all(0.5 < b.score <= 1 for b in beads)


def test_two_to_one_and_one_to_two(glossary):
    joined = [EN[0], EN[1] + " " + EN[2], EN[3], EN[4]]
    assert pairs(align_sentences(RU, joined, Lang.RU, Lang.EN, glossary)) == [
        ((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]
    joined_ru = [RU[0], RU[1], RU[2] + " " + RU[3], RU[4]]
    assert pairs(align_sentences(joined_ru, EN, Lang.RU, Lang.EN, glossary)) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,))]


def test_deletion_and_insertion(glossary):
    assert pairs(align_sentences(RU, EN[:2] + EN[3:], Lang.RU, Lang.EN, glossary)) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,))]
    assert pairs(align_sentences(RU[:3] + RU[4:], EN, Lang.RU, Lang.EN, glossary)) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((), (3,)), ((3,), (4,))]


def test_dp_finds_two_two_and_three_one_beads():
    # The DP itself, with a cost that wants exactly these beads.
    wanted = {(0, 0, 2, 2), (2, 2, 3, 1), (5, 3, 1, 3)}

    def cost(i, j, di, dj):
        return 0.0 if (i, j, di, dj) in wanted else 5.0

    steps = align(6, 6, cost)
    assert {(i, j, di, dj) for i, j, di, dj, _ in steps} == wanted


def test_no_bead_crosses_a_paragraph_break(glossary):
    joined = [EN[0], EN[1] + " " + EN[2], EN[3], EN[4]]
    beads = align_sentences(RU, joined, Lang.RU, Lang.EN, glossary,
                            source_breaks=frozenset({0, 2}))
    assert all(not (1 in b.source and 2 in b.source) for b in beads)


def test_empty_and_one_sided_documents(glossary):
    assert align_sentences([], [], Lang.RU, Lang.EN, glossary) == []
    assert pairs(align_sentences(RU[:2], [], Lang.RU, Lang.EN, glossary)) == [
        ((0,), ()), ((1,), ())]
    assert pairs(align_sentences([], EN[:1], Lang.RU, Lang.EN, glossary)) == [((), (0,))]


def test_very_unequal_lengths_still_align_and_say_what_is_sure(glossary):
    beads = align_sentences(RU, EN[:1], Lang.RU, Lang.EN, glossary)
    assert [b.target for b in beads if b.target] == [(0,)]
    assert sorted(i for b in beads for i in b.source) == list(range(5))
    # Four sentences with their own names and numbers, none of them in the one English
    # sentence: plainly untranslated, no other reading comes close, none is marked for review.
    assert min(b.score for b in beads) > 0.9


def test_a_deletion_that_could_be_its_neighbour_is_marked_for_review(glossary):
    # The same sentence twice against one translation: either could be the one translated, so
    # the pair and the deletion are both doubtful, however well the pair fits.
    beads = align_sentences([RU[3], RU[3]], [EN[3]], Lang.RU, Lang.EN, glossary)
    assert sorted(len(b.source) for b in beads) == [1, 1]
    assert max(b.score for b in beads) < 0.5
    # The same sentence against its translation alone is sure.
    assert align_sentences([RU[3]], [EN[3]], Lang.RU, Lang.EN, glossary)[0].score > 0.9


def test_beads_round_trip_and_scores():
    beads = parse_beads("[0, 1]:[0]\n[2]:[]\n[]:[1]:0.25\n")
    assert [str(b) for b in beads] == ["[0, 1]:[0]", "[2]:[]", "[]:[1]"]
    assert beads[2].score == 0.25
    with pytest.raises(ValueError, match="line 1"):
        parse_beads("[0]-[1]")
    gold = [parse_beads("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n")]
    perfect = score(gold, gold)
    assert (perfect.f1_strict, perfect.f1_lax) == (1.0, 1.0)
    near = score(gold, [parse_beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n")])
    assert near.f1_strict < 1 and math.isclose(near.precision_lax, 3 / 4)


def test_align_command_outputs(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text(" ".join(RU[:3]) + "\n\n" + " ".join(RU[3:]) + "\n", encoding="utf-8")
    target.write_text(" ".join(EN[:3]) + "\n\n" + " ".join(EN[3:]) + "\n", encoding="utf-8")
    result = tilmash("align", str(source), str(target), "--format", "beads")
    assert result.exit_code == 0, result.stderr
    assert [str(b) for b in parse_beads(result.stdout)] == [
        "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]"]

    result = tilmash("align", str(source), str(target))
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[1][:2] == [RU[1], EN[1]] and float(rows[1][2]) > 0.5

    tmx = tmp_path / "out.tmx"
    assert tilmash("align", str(source), str(target), "--format", "tmx", "-o",
                   str(tmx)).exit_code == 0
    root = etree.parse(str(tmx)).getroot()
    assert root.find("header").get("srclang") == "ru-RU"
    langs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in root.iter("tuv")}
    assert langs == {"ru-RU", "en-GB"}
    memory = read_tmx(tmx.read_bytes(), "out.tmx")
    segments, _, _ = memory.pair(Lang.RU, Lang.EN)
    assert list(segments.sources) == RU and list(segments.targets) == EN

    xlsx = tmp_path / "out.xlsx"
    assert tilmash("align", str(source), str(target), "--format", "xlsx", "-o",
                   str(xlsx)).exit_code == 0
    sheet = load_workbook(xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("#", "Russian", "English")
    assert values[1][1] == RU[0] and values[1][2] == EN[0]
    assert sheet.freeze_panes == "B2"


def test_three_documents_in_one_tmx(tilmash, tmp_path):
    examples = REPO / "examples"
    out = tmp_path / "three.tmx"
    result = tilmash("align", "--kk", str(examples / "article.kk.txt"), "--ru",
                     str(examples / "article.ru.txt"), "--en", str(examples / "article.en.txt"),
                     "--format", "tmx", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    memory = read_tmx(out.read_bytes(), "three.tmx")
    assert set(memory.langs) == {Lang.KK, Lang.RU, Lang.EN}
    first = memory.units[0]
    assert first[Lang.KK][0].startswith("Қазақстан") and first[Lang.EN][0].startswith("Kazakh")


def test_align_bad_input_exits_2(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "b.txt"
    source.write_text(RU[0] + "\n", encoding="utf-8")
    target.write_text(EN[0] + "\n", encoding="utf-8")
    result = tilmash("align", str(source), str(target))
    assert result.exit_code == 2 and "--tgt-lang" in result.stderr
    empty = tmp_path / "c.en.txt"
    empty.write_text("", encoding="utf-8")
    result = tilmash("align", str(source), str(empty))
    assert result.exit_code == 2 and "the file is empty" in result.stderr
    result = tilmash("align", str(source), str(target), "--tgt-lang", "en", "--format", "xlsx")
    assert result.exit_code == 2 and "-o" in result.stderr



def _plain_cost(source, target, i, j, di, dj, breaks=frozenset(), echoes=None):
    """The cost as the module's docstring states it, written the slow, obvious way
    (``echoes``, when given, collects the members of groups read as echoes)."""
    from collections import Counter

    from toolkit.align.cost import (
        ECHO_COSTS,
        ORPHAN,
        ORPHAN_COSTS,
        ORPHAN_MOST,
        PRIORS,
        RATIOS,
        SEVERAL_SHARES,
        SHARED,
        UNENDED_SEVERAL,
        UNSHARED,
        VARIANCE,
        WORD_COSTS,
        WORDS,
        WORDS_NONE_KEPT,
        Features,
        dice_bin,
    )

    if (di, dj) not in PRIORS or any(k in breaks for k in range(i + 1, i + di)):
        return math.inf
    prior = -math.log(PRIORS[(di, dj)])

    def group(features, start, count):
        anchors, tokens, names, words = Counter(), Counter(), Counter(), Counter()
        for f in features[start:start + count]:
            anchors.update(f.anchors)
            tokens.update(f.tokens)
            names.update(f.names)
            words.update(f.words)
        return (sum(f.length for f in features[start:start + count]), anchors, tokens,
                sum(f.quotes for f in features[start:start + count]), names, words)

    def common(a, b):
        return sum(min(n, b[k]) for k, n in a.items())

    def kinds(f):
        """A sentence's items by kind: concepts, numbers, each mark, one name or several, quotes."""
        out = {}
        for key, n in f.anchors.items():
            out.setdefault(key[0] if key[0] != "p" else key[1], Counter())[key] = n
        if f.names:
            out["names" if sum(f.names.values()) > 1 else "name"] = f.names
        if f.quotes:
            out["quotes"] = Counter({"any": f.quotes})
        return out

    def items(f):
        """What a sentence has but weak anchors, quotation marks and its length."""
        return Counter({**f.anchors, **{("t", t): n for t, n in f.tokens.items()},
                        **{("m", k): n for k, n in f.names.items()}})

    def echo(f, rest, other):
        """What ``f`` pays when all it shares with ``other`` its group's ``rest`` has as
        often (None when it shares nothing, or renders something of its own)."""
        _, other_anchors, other_tokens, _, other_names, other_words = other
        theirs = items(Features(0, other_anchors, other_tokens, 0, other_names))
        mine, own = items(f), Counter()
        own_words = Counter()
        for r in rest:
            own.update(items(r))
            own_words.update(r.words)
        shared = [x for x in mine if theirs[x]]
        shared_words = [w for w in f.words if other_words[w]]
        if not shared and not shared_words:
            return None
        if any(theirs[x] > own[x] for x in shared) or any(
                other_words[w] > own_words[w] for w in shared_words):
            return None
        unique = sum(1 for w in f.words if not own_words[w])
        return ECHO_COSTS[any(not own[x] for x in mine)][min(unique, 12)]

    def orphans(members, other):
        _, other_anchors, other_tokens, other_quotes, other_names, other_words = other
        has = {"names": other_names, "name": other_names,
               "quotes": Counter({"any": other_quotes}), **{
            kind: Counter({k: n for k, n in other_anchors.items()
                           if (k[0] if k[0] != "p" else k[1]) == kind})
            for kind in ("c", "n", "?", "!")}}
        total = 0.0
        for k, f in enumerate(members):
            # An echo: all it shares with the other side, the rest of its group has as often.
            cost = echo(f, members[:k] + members[k + 1:], other)
            if cost is not None:
                if echoes is not None:
                    echoes.append(f)
                total += cost
                continue
            mine = kinds(f)
            # Rendered: the other side has one of its tokens, or of its items but quotation
            # and exclamation marks.
            if common(f.tokens, other_tokens) or any(
                    common(items, has[kind]) for kind, items in mine.items()
                    if kind not in ("quotes", "!")):
                continue
            lost = sum(ORPHAN_COSTS[kind] for kind, items in mine.items()
                       if not common(items, has[kind]))
            # Weak anchors: -log of the chance that a translation keeps none of so many.
            if f.words and not common(f.words, other_words):
                lost -= math.log(WORDS_NONE_KEPT[min(len(f.words), len(WORDS_NONE_KEPT)) - 1])
            total += min(lost, ORPHAN_MOST)
        return total

    if not di or not dj:
        return prior
    src, tgt = group(source, i, di), group(target, j, dj)
    (l1, a1, t1, q1, n1, w1), (l2, a2, t2, q2, n2, w2) = src, tgt
    ratio = RATIOS[Lang.EN] / RATIOS[Lang.RU]
    mean = (l1 + l2 / ratio) / 2 or 1.0
    delta = (l2 - l1 * ratio) / math.sqrt(VARIANCE * mean)
    # Two-sided tail probability of a standard normal: erfc(|delta| / sqrt(2)).
    length = -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12))
    shared = common(a1, a2)
    same = common(t1, t2) + common(n1, n2)
    unshared = sum(a1.values()) + sum(a2.values()) - 2 * shared
    lost = ((orphans(source[i:i + di], tgt) if di > 1 else 0)
            + (orphans(target[j:j + dj], src) if dj > 1 else 0))
    joined = 0.0
    if (di == 1 and dj > 1) or (dj == 1 and di > 1):
        single = source[i] if di == 1 else target[j]
        joined_ones = target[j:j + dj] if di == 1 else source[i:i + di]
        # -log P(what the segment is | it renders several, which end but the last, or not)
        # + log P(... | it renders one).
        many, one = SEVERAL_SHARES[Lang.RU if di == 1 else Lang.EN]
        if not all(f.ended for f in joined_ones[:-1]):
            many = UNENDED_SEVERAL
        if single.several:
            joined = -math.log(many) + math.log(one)
        else:
            joined = -math.log(1 - many) + math.log(1 - one)
    words = 0.0
    for kind in ("g", "w"):
        # Distinct items: what a segment has of a kind, not how often.
        mine = {k for k in w1 if k[0] == kind}
        theirs = {k for k in w2 if k[0] == kind}
        if mine and theirs:
            words += WORD_COSTS[kind][dice_bin(len(mine & theirs), len(mine) + len(theirs))]
    return (length + prior - SHARED * (shared + same) + UNSHARED * unshared - 0.5 * min(q1, q2)
            + ORPHAN * lost + joined + WORDS * words)


def test_the_fast_cost_is_the_formula_to_the_bit(glossary):
    from toolkit.align.aligner import features_of
    from toolkit.align.cost import AlignCost
    from toolkit.match import Matcher

    # Headlines (no full stop) on both sides: a group with one is read as such.
    source = features_of(["Посол Казахстана в Красноярске", *RU[:2], RU[2] + " " + RU[3],
                          *RU[4:], "«Вы помните её ответ?"],
                         Lang.RU, Matcher(glossary, Lang.RU), cross_script=True)
    target = features_of(["Kazakhstan's ambassador in Krasnoyarsk", *EN, '"Remember her answer?',
                          "Wow!"], Lang.EN, Matcher(glossary, Lang.EN), cross_script=True)
    assert not source[0].ended and not target[0].ended and source[1].ended
    assert any(f.anchors for f in source) and any(f.tokens for f in target)
    assert any(f.names for f in source) and any(f.names for f in target)
    assert ("p", "?") in source[-1].anchors and ("p", "!") in target[-1].anchors
    assert [f.several for f in source] == [False, False, False, True, False, False]
    # Weak anchors of both kinds: cognates and dictionary words.
    assert {key[0] for f in source for key in f.words} == {"g", "w"}
    cost = AlignCost(source, target, Lang.RU, Lang.EN, frozenset({4}))
    echoes: list[object] = []
    for i in range(len(source)):
        for j in range(len(target)):
            for di, dj in [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3),
                           (4, 4)]:
                if i + di <= len(source) and j + dj <= len(target):
                    assert cost(i, j, di, dj) == _plain_cost(
                        source, target, i, j, di, dj, frozenset({4}), echoes), (i, j, di, dj)
    # Some groups hold an echo: the rule is exercised, not only its absence.
    assert echoes
    # The costs of a whole row at once (what the DP asks) are the same, cell by cell, whatever
    # columns are asked and in whatever order the caches fill.
    for di, dj in [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 4)]:
        for i in range(len(source) - di + 1):
            for first in range(len(target) - dj + 1):
                last = len(target) - dj
                assert AlignCost(source, target, Lang.RU, Lang.EN, frozenset({4})).row(
                    i, di, dj, first, last) == [
                    _plain_cost(source, target, i, j, di, dj, frozenset({4}))
                    for j in range(first, last + 1)], (i, di, dj, first)


def _xliff_units(units):
    body = "".join(f'<trans-unit id="{n}"><source>{s}</source><target>{t}</target></trans-unit>'
                   for n, (s, t) in enumerate(units, start=1))
    return ('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
            'source-language="ru-RU" target-language="en-GB" datatype="plaintext"><body>'
            f'{body}</body></file></xliff>')


def test_align_reads_an_xliff_file_and_aligns_sentences_within_each_unit(tilmash, tmp_path):
    xlf = tmp_path / "article.xlf"
    # Unit 1: three sentences on each side, to align within it; unit 2: one sentence.
    xlf.write_text(_xliff_units([(" ".join(RU[:3]), EN[0] + " " + EN[1] + " " + EN[2]),
                                 (RU[3], EN[3])]), encoding="utf-8")
    result = tilmash("align", str(xlf))
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[:2] for row in rows] == [[RU[0], EN[0]], [RU[1], EN[1]], [RU[2], EN[2]],
                                         [RU[3], EN[3]]]
    result = tilmash("align", str(xlf), "--format", "beads")
    assert result.stdout.splitlines()[-1].startswith("[3]:[3]:")
    # A file with both languages is one file: the languages come from it, or from the options
    # of `align`, named as `align` names them.
    result = tilmash("align", str(xlf), "--src-lang", "en")
    assert "read as en, as --src-lang says" in result.stderr


def test_align_reads_a_po_catalog_into_a_memory(tilmash, tmp_path):
    po = REPO / "tests" / "fixtures" / "formats" / "gnome-style.kk.po"
    result = tilmash("align", str(po))
    assert result.exit_code == 2 and "use --src-lang" in result.stderr
    out = tmp_path / "site.tmx"
    result = tilmash("align", str(po), "--src-lang", "en", "--format", "tmx", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "1 unit has no translation: not aligned" in result.stderr
    segments, source, target = read_tmx(out.read_bytes(), "site.tmx").pair(None, None)
    assert (source, target) == (Lang.EN, Lang.KK)
    pairs_read = dict(zip(segments.sources, segments.targets, strict=True))
    assert pairs_read["News from Astana"] == "Астанадағы жаңалықтар"
    assert pairs_read["Embassy of the Republic of Kazakhstan in the Russian Federation"] == (
        "Қазақстан Республикасының Ресей Федерациясындағы Елшілігі")


def test_align_reads_one_pair_of_a_memory(tilmash):
    memory = REPO / "tests" / "fixtures" / "formats" / "memory.tmx"
    result = tilmash("align", str(memory))
    assert result.exit_code == 2
    assert "choose the pair with --src-lang and --tgt-lang" in result.stderr
    result = tilmash("align", str(memory), "--src-lang", "ru", "--tgt-lang", "kk")
    rows = [line.split("\t")[:2] for line in result.stdout.splitlines()]
    assert rows == [["Мэр Красноярска Сергей Ерёмин", "Красноярск қаласының мэрі Сергей Ерёмин"],
                    ["Глава Республики Хакасия", "Хакасия басшысы"]]


def test_every_alignment_format_of_the_table_is_offered_and_written(tilmash, tmp_path):
    from toolkit.report.renderers import ALIGNMENT_RENDERERS

    names = [r.name for r in ALIGNMENT_RENDERERS]
    assert "[" + "|".join(names) + "]" in " ".join(tilmash("align", "--help").stdout.split())
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text(" ".join(RU[:3]) + "\n\n" + " ".join(RU[3:]) + "\n", encoding="utf-8")
    target.write_text(" ".join(EN[:3]) + "\n\n" + " ".join(EN[3:]) + "\n", encoding="utf-8")
    for renderer in ALIGNMENT_RENDERERS:
        out = tmp_path / f"out{renderer.suffixes[0]}"
        result = tilmash("align", str(source), str(target), "--format", renderer.name, "-o",
                         str(out))
        assert result.exit_code == 0, result.stderr
        data = out.read_bytes()
        if renderer.name == "beads":
            assert data.decode().splitlines()[4].startswith("[4]:[4]:")
        elif renderer.name == "xlsx":
            rows = list(load_workbook(out).active.iter_rows(values_only=True))
            assert rows[5][1:3] == (RU[4], EN[4])
        else:
            assert EN[4].encode() in data and RU[4].encode() in data


def test_margins_read_by_rows_are_the_margins_read_cell_by_cell(glossary):
    from toolkit.align import aligner as aligner_module
    from toolkit.align.cost import AlignCost

    source = [RU[0], RU[1] + " " + RU[2], RU[3], RU[4]]
    target = [EN[0], EN[1], EN[2], EN[4]]
    made = []
    original = aligner_module.AlignCost

    class Kept(AlignCost):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    aligner_module.AlignCost = Kept
    try:
        beads = align_sentences(source, target, Lang.RU, Lang.EN, glossary)
    finally:
        aligner_module.AlignCost = original
    cost = made[-1]
    steps, i, j = [], 0, 0
    for b in beads:
        di, dj = len(b.source), len(b.target)
        steps.append((i, j, di, dj, cost(i, j, di, dj)))
        i, j = i + di, j + dj
    by_rows = aligner_module.margins(steps, cost)
    by_cells = aligner_module.margins(steps, lambda *bead: cost(*bead))
    assert by_rows == by_cells
    assert [(b.source, b.target) for b in beads] == [
        ((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((3,), (3,))]
    # The 1-2 bead and the untranslated sentence after it are sure; so are the rest.
    assert all(m > 3.0 for m in by_rows)
