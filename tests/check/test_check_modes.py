"""A check declares the modes it supports and how three versions settle its findings: the
runner and the three-way mode know no check by name, so a new check is one class."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest

from toolkit.check.base import CheckBase, Context, Finding, Majority, Mode, Severity
from toolkit.check.runner import check_pairs, matchers_for
from toolkit.check.trio import Trio, check_trio
from toolkit.formats.base import Segments
from toolkit.glossary import load_glossary
from toolkit.lang import LANGS, Lang
from toolkit.resources import bundled_glossary_dir

# One news sentence in three versions: a question in each (translations of one another).
QUESTION = {
    Lang.EN: "Will the new bridge over the Irtysh open before winter?",
    Lang.RU: "Откроется ли новый мост через Иртыш до зимы?",
    Lang.KK: "Ертіс арқылы өтетін жаңа көпір қысқа дейін ашыла ма?",
}
# The Kazakh version turned into a statement ("... will open before winter.").
KK_STATEMENT = "Ертіс арқылы өтетін жаңа көпір қысқа дейін ашылады."


class QuestionMismatch(CheckBase):
    """A question in the source rendered as a statement, or the other way round: something
    two versions disagree on, so three versions settle it by majority."""

    id = "question-mismatch"
    severity = Severity.WARNING
    modes = frozenset({Mode.SEGMENT, Mode.THREE_WAY})
    majority = Majority.COMPARISON

    @property
    def title(self) -> str:
        return "Question and statement"

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            if pair.target and (pair.source.rstrip().endswith("?")
                                != pair.target.rstrip().endswith("?")):
                yield Finding(self.id, self.severity, pair.index, pair.target_line,
                              "a question in one version, a statement in the other",
                              context.target_lang, found=pair.target[-1:])


class WordRepeated(CheckBase):
    """A word written twice in a row in the target ("the the"): a fault inside one version,
    checked segment by segment only."""

    id = "word-repeated"
    severity = Severity.INFO
    modes = frozenset({Mode.SEGMENT})

    @property
    def title(self) -> str:
        return "Word repeated"

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            words = pair.target.casefold().split()
            for first, second in pairwise(words):
                if first == second:
                    yield Finding(self.id, self.severity, pair.index, pair.target_line,
                                  f"“{first}” twice", context.target_lang, found=first)


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(bundled_glossary_dir())


@pytest.fixture(scope="module")
def matchers(glossary):
    return matchers_for(glossary, LANGS)


def segments(source: str, target: str) -> Segments:
    return Segments([source], [target], [1], [1])


def run(glossary, matchers, source_lang, target_lang, source, target, **kwargs):
    return check_pairs(glossary, source_lang, target_lang, segments(source, target), matchers,
                       checks=(QuestionMismatch(), WordRepeated()), **kwargs)


def test_a_check_defined_outside_the_registry_runs_segment_by_segment(glossary, matchers):
    assert run(glossary, matchers, Lang.RU, Lang.EN, QUESTION[Lang.RU], QUESTION[Lang.EN]) == []
    found = run(glossary, matchers, Lang.RU, Lang.KK, QUESTION[Lang.RU], KK_STATEMENT)
    assert [(f.check, f.lang, f.found) for f in found] == [("question-mismatch", Lang.KK, ".")]
    doubled = run(glossary, matchers, Lang.RU, Lang.EN, QUESTION[Lang.RU],
                  "Will the new bridge over the the Irtysh open before winter?")
    assert [(f.check, f.found) for f in doubled] == [("word-repeated", "the")]


def test_a_mode_a_check_does_not_declare_leaves_it_out(glossary, matchers):
    found = run(glossary, matchers, Lang.RU, Lang.KK, QUESTION[Lang.RU], KK_STATEMENT,
                document=True)
    assert found == []  # neither check supports the document mode
    everywhere = check_pairs(glossary, Lang.RU, Lang.EN, segments(
        QUESTION[Lang.RU], "Will the the bridge open?"), matchers, document=True,
        checks=(type("Anywhere", (WordRepeated,), {"modes": frozenset(Mode)})(),))
    assert [f.found for f in everywhere] == ["the"]  # CheckBase: the document as its segments


def test_three_versions_settle_a_new_check_by_the_majority_it_declares(glossary, matchers):
    texts = {**QUESTION, Lang.KK: KK_STATEMENT}
    trio = Trio({lang: [texts[lang]] for lang in LANGS}, {lang: [1] for lang in LANGS})
    found = check_trio(glossary, trio, matchers, checks=(QuestionMismatch(),
                                                         WordRepeated()))
    # Four directed pairs disagree (kk with ru, kk with en, both ways): one finding, in the
    # version that disagrees with both others.
    assert [(f.check, f.lang) for f in found] == [("question-mismatch", Lang.KK)]
    agreeing = Trio({lang: [QUESTION[lang]] for lang in LANGS}, {lang: [1] for lang in LANGS})
    assert check_trio(glossary, agreeing, matchers, checks=(QuestionMismatch(),)) == []


def test_three_versions_leave_out_a_check_that_does_not_declare_them(glossary, matchers):
    texts = {**QUESTION, Lang.EN: "Will the new bridge over the the Irtysh open before winter?"}
    trio = Trio({lang: [texts[lang]] for lang in LANGS}, {lang: [1] for lang in LANGS})
    assert check_trio(glossary, trio, matchers, checks=(WordRepeated(),)) == []
    both_ways = type("Everywhere", (WordRepeated,), {"modes": frozenset(Mode)})()
    found = check_trio(glossary, trio, matchers, checks=(both_ways,))
    # Found in the en target of kk→en and ru→en; its own fault, so said once.
    assert [(f.check, f.lang, f.found) for f in found] == [("word-repeated", Lang.EN, "the")]
