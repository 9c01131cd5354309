"""One run's pairing: the aligner and the checks share its matchers and look each sentence's
mentions up once."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import REPO
from toolkit.check.inputs import load_pair
from toolkit.check.pairing import Pairing
from toolkit.check.runner import check_pairs
from toolkit.check.trio import three_way_report
from toolkit.glossary import load_glossary
from toolkit.lang import LANGS, Lang
from toolkit.match import Matcher
from toolkit.resources import bundled_glossary_dir

EXAMPLES = REPO / "examples"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(bundled_glossary_dir())


@pytest.fixture
def lookups(monkeypatch):
    """How many times each (language, text) was looked up in a matcher."""
    seen: Counter[tuple[Lang, str]] = Counter()
    find = Matcher.find

    def counting(self, text):
        seen[(self.lang, text)] += 1
        return find(self, text)

    monkeypatch.setattr(Matcher, "find", counting)
    return seen


def test_aligning_and_checking_a_pair_looks_each_sentence_up_once(glossary, lookups):
    files = [(f"article.{code}.txt", (EXAMPLES / f"article.{code}.txt").read_bytes())
             for code in ("ru", "kk")]
    pairing = Pairing(glossary)
    pair = load_pair("plain", files[0], files[1], None, None, pairing=pairing)
    findings = check_pairs(glossary, pair.source_lang, pair.target_lang, pair.segments,
                           pairing=pairing)
    assert "Ермек Кошербаев" in {f.found for f in findings}
    assert {t for lang, t in lookups if lang is Lang.RU} >= {s for s in pair.segments.sources
                                                              if s}
    assert lookups and max(lookups.values()) == 1
    assert set(pairing.matchers([Lang.RU, Lang.KK])) == {Lang.RU, Lang.KK}


def test_the_three_way_check_looks_each_version_sentence_up_once(glossary, lookups):
    versions = {lang: (f"article.{lang.value}.txt", (EXAMPLES / f"article.{lang.value}.txt")
                       .read_text(encoding="utf-8")) for lang in LANGS}
    report = three_way_report(glossary, versions)
    assert {f.check for f in report.findings} >= {"term-forbidden", "term-missing"}
    assert {lang for lang, _text in lookups} == set(LANGS)
    assert max(lookups.values()) == 1


def test_a_pairing_fills_the_matchers_it_is_given(glossary):
    shared: dict[Lang, Matcher] = {}
    Pairing(glossary, shared).mentions(Lang.EN, "the Ambassador met the Governor")
    assert set(shared) == {Lang.EN}
    again = Pairing(glossary, shared)
    assert again.matchers([Lang.EN])[Lang.EN] is shared[Lang.EN]
