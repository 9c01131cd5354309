"""The model: preferred and approved terms, search, stats."""

from __future__ import annotations

from tests.conftest import REPO
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType, lookup_key
from toolkit.glossary.stats import glossary_stats
from toolkit.lang import Lang

KRAI = Concept(
    "place-krasnoyarsk-krai", Kind.PLACE,
    ru=(Term("Красноярский край"),),
    en=(Term("Krasnoyarsk Krai"),
        Term("Krasnoyarsk Territory", Status.ADMITTED, TermType.VARIANT),
        Term("Krasnoyarskiy Kray", Status.DEPRECATED, TermType.VARIANT)),
)


def test_preferred_and_approved_terms():
    assert KRAI.preferred(Lang.EN) == Term("Krasnoyarsk Krai")
    assert [t.text for t in KRAI.approved(Lang.EN)] == ["Krasnoyarsk Krai",
                                                        "Krasnoyarsk Territory"]
    assert KRAI.preferred(Lang.KK) is None


def test_values_are_frozen_and_comparable():
    same = Concept("place-krasnoyarsk-krai", Kind.PLACE, ru=(Term("Красноярский край"),),
                   en=KRAI.en)
    assert same == KRAI and hash(same) == hash(KRAI)
    try:
        KRAI.id = "other"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Concept must be immutable")


def test_fold_ignores_case_yo_and_spacing():
    assert lookup_key("Сергей  Ерёмин") == lookup_key("СЕРГЕЙ ЕРЕМИН")
    assert lookup_key("Қазақстан") == "қазақстан"


def test_search_finds_any_language_and_ranks_whole_terms_first():
    glossary = load_glossary(REPO / "glossary")
    assert glossary.search("кошербаев")[0].id == "person-kosherbayev-yermek"
    assert glossary.search("Көшербаев")[0].id == "person-kosherbayev-yermek"
    assert glossary.search("KOSHERBAYEV")[0].id == "person-kosherbayev-yermek"
    assert glossary.search("Еремин")[0].id == "person-yeremin-sergey"
    assert glossary.search("ҚР")[0].id == "place-kazakhstan"
    assert glossary.search("красноярский")[0].id == "place-krasnoyarsk-krai"
    assert glossary.search("no such thing anywhere") == []


def test_stats_count_kinds_coverage_and_statuses():
    glossary = Glossary((KRAI, Concept("person-uss-alexander", Kind.PERSON,
                                       kk=(Term("Александр Усс"),))))
    stats = glossary_stats(glossary)
    assert stats.total == 2
    assert stats.covered[(Kind.PLACE, Lang.EN)] == 1
    assert stats.covered[(Kind.PERSON, Lang.EN)] == 0
    assert stats.terms[(Lang.EN, Status.DEPRECATED)] == 1
