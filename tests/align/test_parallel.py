"""Issue 14: whether two texts look like translations of each other, on real text.

A translation of part of a text is a translation; a short text against a long one it does not
translate is not, though many of its few sentences find chance partners among the many. The
documents are NTREX-128 lines (tests/fixtures/ntrex-align, CC BY-SA 4.0), ten documents.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from toolkit.align.aligner import PARALLEL_FROM, align_documents
from toolkit.glossary import load_glossary
from toolkit.lang import Lang

FIXTURE = REPO / "tests" / "fixtures" / "ntrex-align" / "lines.jsonl"
ROWS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
DOCS = list(dict.fromkeys(row["doc"] for row in ROWS))
PAIRS = [(Lang.RU, Lang.EN), (Lang.KK, Lang.RU), (Lang.KK, Lang.EN)]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def text(docs: list[str], lang: Lang) -> list[str]:
    return [row[lang.value] for row in ROWS if row["doc"] in docs and row[lang.value].strip()]


@pytest.mark.parametrize(("source_lang", "target_lang"), PAIRS)
def test_a_whole_translation_looks_parallel(glossary, source_lang, target_lang):
    alignment = align_documents(text(DOCS, source_lang), text(DOCS, target_lang), source_lang,
                                target_lang, glossary)
    assert alignment.looks_parallel
    assert alignment.confident > 0.9


@pytest.mark.parametrize(("source_lang", "target_lang"), PAIRS)
def test_a_translation_of_part_of_the_text_looks_parallel(glossary, source_lang, target_lang):
    # Three documents of ten translated: 46 of the 66 source lines have no counterpart, at the
    # head and at the tail; each translated line is found.
    middle = DOCS[3:6]
    source = text(DOCS, source_lang)
    alignment = align_documents(source, text(middle, target_lang), source_lang, target_lang,
                                glossary)
    assert alignment.looks_parallel
    first = [row["doc"] for row in ROWS].index(middle[0])
    found = {(b.source, b.target) for b in alignment.beads}
    lines = len(text(middle, target_lang))
    assert sum(((first + k,), (k,)) in found for k in range(lines)) >= lines - 1
    # And the other way round: five documents of ten in the source, all ten in the target.
    alignment = align_documents(text(DOCS[:5], source_lang), text(DOCS, target_lang),
                                source_lang, target_lang, glossary)
    assert alignment.looks_parallel


@pytest.mark.parametrize(("source_lang", "target_lang"), PAIRS)
def test_a_short_text_against_a_long_one_it_does_not_translate_is_flagged(
        glossary, source_lang, target_lang):
    # One document against the nine others, either way round: a few chance partners, never a
    # translation.
    for doc in DOCS:
        others = [d for d in DOCS if d != doc]
        for source, target in (([doc], others), (others, [doc])):
            alignment = align_documents(text(source, source_lang), text(target, target_lang),
                                        source_lang, target_lang, glossary)
            assert not alignment.looks_parallel, (doc, source_lang, target_lang)
            assert alignment.confident < PARALLEL_FROM - 0.1


def test_align_warns_of_unrelated_files_and_counts_what_a_partial_translation_leaves(
        tilmash, tmp_path):
    (tmp_path / "whole.ru.txt").write_text("\n".join(text(DOCS, Lang.RU)), encoding="utf-8")
    (tmp_path / "part.en.txt").write_text("\n".join(text(DOCS[2:5], Lang.EN)),
                                          encoding="utf-8")
    (tmp_path / "other.en.txt").write_text("\n".join(text(DOCS[:1], Lang.EN)),
                                           encoding="utf-8")
    (tmp_path / "rest.ru.txt").write_text("\n".join(text(DOCS[1:], Lang.RU)), encoding="utf-8")
    out = tmp_path / "aligned.tsv"
    partial = tilmash("align", str(tmp_path / "whole.ru.txt"), str(tmp_path / "part.en.txt"),
                      "--presegmented", "-o", str(out))
    assert partial.exit_code == 0
    assert "do not look like translations" not in partial.stderr
    # The summary counts what the translation leaves out: every line of the seven other
    # documents, and each of the three translated ones found.
    translated = len(text(DOCS[2:5], Lang.EN))
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for row in rows if row[0] and row[1]) == translated
    left = len(text(DOCS, Lang.RU)) - translated
    assert (f"{translated} pairs of sentences; {left} sentences of "
            f"{tmp_path / 'whole.ru.txt'} without a counterpart") in partial.stderr
    unrelated = tilmash("align", str(tmp_path / "rest.ru.txt"), str(tmp_path / "other.en.txt"),
                        "--presegmented")
    assert unrelated.exit_code == 0
    assert "do not look like translations of each other" in unrelated.stderr
    assert "rest.ru.txt" in unrelated.stderr
