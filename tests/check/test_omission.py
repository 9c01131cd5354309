"""sentence-missing: a draft that translates part of the founding article, checked as plain
text, gets one finding for its untranslated sentences instead of a term-missing per term."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from toolkit.check.pairing import Pairing
from toolkit.check.runner import check_pairs
from toolkit.check.trio import check_trio, trio_units
from toolkit.formats.base import Segments
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

EXAMPLES = REPO / "examples"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def _article(lang: str) -> str:
    return (EXAMPLES / f"article.{lang}.txt").read_text(encoding="utf-8")


def _check(glossary, source: str, target: str, langs: tuple[Lang, Lang]):
    pairing = Pairing(glossary)
    segments = pairing.sentences(source, target, langs)
    return segments, check_pairs(glossary, *langs, segments, pairing=pairing)


@pytest.mark.parametrize("target_lang", [Lang.EN, Lang.KK])
def test_a_draft_translated_in_part_gets_one_finding_for_the_rest(glossary, target_lang):
    source = _article("ru")
    full = _article(target_lang.value)
    half = "\n".join(full.splitlines()[:10]) + "\n"
    segments, findings = _check(glossary, source, half, (Lang.RU, target_lang))
    empty = [k for k, (s, t) in enumerate(zip(segments.sources, segments.targets, strict=True))
             if s.strip() and not t.strip()]
    assert len(empty) >= 10  # the second half of the article, sentence by sentence
    missing = [f for f in findings if f.check == "sentence-missing"]
    assert len(missing) == 1
    (run,) = missing
    assert (run.segment, run.segments) == (empty[0], len(empty))
    assert empty == list(range(empty[0], empty[0] + len(empty)))
    # The Krasnoyarsk governor's meeting is in the untranslated half: named, not checked.
    assert "“Губернатором Красноярского края”" in run.message
    assert f"{len(empty)} source sentences (lines 11–" in run.message
    assert not [f for f in findings if f.segment in empty and f.check != "sentence-missing"]
    # The translated half is checked as it is in the whole article: the planted deprecated
    # spelling of the ambassador's name (line 9 of the English example) is still found.
    _segments, whole = _check(glossary, source, full, (Lang.RU, target_lang))
    before = [(f.check, f.concept) for f in whole if f.segment < empty[0]]
    assert [(f.check, f.concept) for f in findings if f.segment < empty[0]] == before
    if target_lang is Lang.EN:
        assert ("term-forbidden", "person-kosherbayev-yermek") in before


def test_an_untranslated_sentence_without_terms_is_not_a_finding(glossary):
    source = ("Казахстанская делегация приняла участие в форуме. Встреча прошла в тёплой и "
              "дружественной атмосфере. Стороны договорились продолжить диалог.")
    target = ("The Kazakh delegation took part in the forum.\n"
              "The parties agreed to continue the dialogue.\n")
    segments, findings = _check(glossary, source, target, (Lang.RU, Lang.EN))
    assert [s for s, t in zip(segments.sources, segments.targets, strict=True) if not t] == [
        "Встреча прошла в тёплой и дружественной атмосфере."]
    assert findings == []


def test_lines_missing_at_the_end_of_a_draft_paired_by_line(glossary):
    source = ("Губернатор Красноярского края Александр Усс встретился с делегацией.\n"
              "Глава Республики Хакасия Валентин Коновалов пригласил гостей в Абакан.\n"
              "Делегация посетила Красноярск.\n")
    target = ("Governor of Krasnoyarsk Krai Alexander Uss met the delegation.\n")
    segments = Segments([line for line in source.splitlines()],
                        [target.strip(), "", ""], [1, 2, 3], [1, 2, 3])
    findings = check_pairs(glossary, Lang.RU, Lang.EN, segments, pairing=Pairing(glossary))
    assert [(f.check, f.segment, f.segments, f.line) for f in findings] == [
        ("sentence-missing", 1, 2, 2)]
    message = findings[0].message
    assert message.startswith("2 source sentences (lines 2–3) have no translation")
    for term in ("“Глава Республики Хакасия”", "“Валентин Коновалов”", "“Абакан”",
                 "“Красноярск”"):
        assert term in message


def test_more_than_four_terms_are_counted(glossary):
    source = _article("ru")
    segments = Pairing(glossary).sentences(source, "", (Lang.RU, Lang.EN))
    findings = check_pairs(glossary, Lang.RU, Lang.EN, segments, pairing=Pairing(glossary))
    assert [(f.check, f.segment, f.segments) for f in findings] == [
        ("sentence-missing", 0, len(segments.sources))]
    assert " more" in findings[0].message and "lines 1–" in findings[0].message


def test_three_versions_say_a_sentence_one_version_lacks_once(glossary):
    """In the three-way mode, the version that leaves a unit empty is at fault once for it
    (the majority of the versions tells which terms it lacks); the numbers of the unit are not
    compared with its empty text."""
    texts = {lang: _article(lang.value) for lang in (Lang.KK, Lang.RU, Lang.EN)}
    lines = texts[Lang.EN].splitlines()
    texts[Lang.EN] = "\n".join(lines[:16] + lines[17:]) + "\n"
    trio = trio_units(texts, glossary)
    findings = check_trio(glossary, trio)
    empty = [k for k in range(len(trio)) if not trio.texts[Lang.EN][k].strip()]
    assert empty
    (missing,) = [f for f in findings if f.check == "sentence-missing"]
    assert (missing.lang, missing.segment, missing.segments) == (Lang.EN, empty[0], len(empty))
    assert missing.message.startswith("the English version has no translation of")
    assert not [f for f in findings if f.lang is Lang.EN and f.segment in empty
                and f.check != "sentence-missing"]
    # Before the empty unit, the findings are those of the whole article's three-way check.
    whole = check_trio(glossary, trio_units(
        {lang: _article(lang.value) for lang in (Lang.KK, Lang.RU, Lang.EN)}, glossary))
    assert {(f.check, f.lang) for f in whole if f.segment < empty[0]} == {
        (f.check, f.lang) for f in findings if f.segment < empty[0]}


def test_the_cli_counts_untranslated_sentences_on_standard_error(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text(_article("ru"), encoding="utf-8")
    target.write_text("\n".join(_article("en").splitlines()[:10]) + "\n", encoding="utf-8")
    result = tilmash("check", str(source), str(target), "--format", "json")
    data = json.loads(result.stdout)
    assert data["summary"]["by_check"]["sentence-missing"] == 1
    assert data["summary"]["by_check"]["term-missing"] == 0
    (line,) = [line for line in result.stderr.splitlines() if "no translation" in line]
    assert line.startswith(f"{source}: ") and line.endswith(f"have no translation in {target}")


def test_the_html_report_names_the_run_of_segments(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text(_article("ru"), encoding="utf-8")
    target.write_text("\n".join(_article("en").splitlines()[:10]) + "\n", encoding="utf-8")
    data = json.loads(tilmash("check", str(source), str(target), "--format", "json").stdout)
    (run,) = [f for f in data["findings"] if f["check"] == "sentence-missing"]
    first, last = run["segment"] + 1, run["segment"] + run["segments"]
    report = tmp_path / "report.html"
    tilmash("check", str(source), str(target), "--format", "html", "-o", str(report))
    assert f'<td data-sort="{first}">{first}–{last}</td>' in report.read_text(encoding="utf-8")


def test_by_line_the_note_counts_lines(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text(_article("ru"), encoding="utf-8")
    target.write_text("\n".join(_article("en").splitlines()[:10]) + "\n", encoding="utf-8")
    result = tilmash("check", str(source), str(target), "--by-line", "--format", "json")
    (line,) = [line for line in result.stderr.splitlines() if "no translation" in line]
    assert line.endswith(f"lines have no translation in {target}")


# NTREX-128 document 012, lines 12-19 (CC BY-SA 4.0; tests/fixtures/ntrex-align/README.md).
PIGS = [json.loads(line) for line in (REPO / "tests" / "fixtures" / "ntrex-align" /
                                      "check-lines.jsonl").read_text(encoding="utf-8").splitlines()]


def _pigs(lang: str, skip: int = -1) -> str:
    return "\n\n".join(r[lang] for r in PIGS if r["line"] != skip) + "\n"


def test_a_sentence_the_aligner_doubts_is_left_out_is_checked_with_its_neighbours(glossary):
    from toolkit.formats.plain import sentences_with_lines

    pairing = Pairing(glossary)
    src = sentences_with_lines(_pigs("ru"), Lang.RU)[0]
    tgt = sentences_with_lines(_pigs("en"), Lang.EN)[0]
    # The Russian line 17 is two sentences, the English one: the aligner reads "В 2012 году
    # ..." as left out, and says it is unsure of it.
    (left_out,) = [b for b in pairing.align(src, tgt, Lang.RU, Lang.EN) if not b.target]
    assert src[left_out.source[0]].startswith("В 2012 году") and left_out.score < 0.5
    segments, findings = _check(glossary, _pigs("ru"), _pigs("en"), (Lang.RU, Lang.EN))
    assert not [f for f in findings if f.check == "sentence-missing"]
    assert any("В 2012 году" in s and "Как рассказал" in s and "Oregon" in t
               for s, t in zip(segments.sources, segments.targets, strict=True))
    # A line really left out is still found: the English without line 17.
    _segments, dropped = _check(glossary, _pigs("ru"), _pigs("en", skip=17), (Lang.RU, Lang.EN))
    assert [f.check for f in dropped if f.check == "sentence-missing"] == ["sentence-missing"]


def test_three_versions_check_a_doubtful_deletion_with_its_neighbours(glossary):
    texts = {lang: _pigs(lang.value) for lang in (Lang.KK, Lang.RU, Lang.EN)}
    findings = check_trio(glossary, trio_units(texts, glossary))
    # The Russian "В 2012 году ..." is not read as a sentence the other two versions lack:
    # no number of it (2012) is said to be missing from them.
    assert not [f for f in findings if f.check in ("number-mismatch", "sentence-missing")]
