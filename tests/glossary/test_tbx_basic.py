"""The TBX that tilmash writes is valid TBX-Basic: the dialect's own RELAX NG schema and
Schematron rules, as LTAC Global publishes them (tests/fixtures/tbx-basic/SOURCES.md).

The Schematron is written for XSLT 2 (``queryBinding="xslt2"``), which lxml cannot run. Two of
its constructs are XPath 2 only: ``matches(@target, 'https?://.+')`` and a path step that is a
parenthesised test, ``parent::x/(parent::a or parent::b)``. They are rewritten to their XPath 1
equivalents (``starts-with`` on both schemes; ``parent::x[parent::a or parent::b]``), which test
the same thing; every rule is then run by lxml's ISO Schematron, none left out.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree, isoschematron

from tests.conftest import REPO
from toolkit.glossary import load_glossary
from toolkit.glossary.io.tbx import read_tbx, write_tbx
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType

FIXTURES = REPO / "tests" / "fixtures" / "tbx-basic"


def _xpath1(test: str) -> str:
    test = test.replace("matches(@target,'https?://.+')",
                        "(starts-with(@target,'http://') or starts-with(@target,'https://'))")
    # parent::x/(A or B) -> parent::x[A or B]: the step's test as a predicate.
    return re.sub(r"/\(([^()]*)\)", r"[\1]", test)


@pytest.fixture(scope="module")
def relax_ng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(FIXTURES / "TBXcoreStructV03_TBX-Basic_integrated.rng")))


@pytest.fixture(scope="module")
def schematron() -> isoschematron.Schematron:
    tree = etree.parse(str(FIXTURES / "TBX-Basic_DCA.sch"))
    root = tree.getroot()
    assert root.get("queryBinding") == "xslt2"
    root.set("queryBinding", "xslt")
    rewritten = 0
    for element in root.iter("{http://purl.oclc.org/dsdl/schematron}assert",
                             "{http://purl.oclc.org/dsdl/schematron}rule"):
        key = "test" if element.tag.endswith("assert") else "context"
        before = element.get(key)
        element.set(key, _xpath1(before))
        rewritten += element.get(key) != before
        # Every test must now be XPath 1 that lxml compiles: nothing is skipped.
        etree.XPath(element.get(key), namespaces={"tbx": "urn:iso:std:iso:30042:ed-2"})
    assert rewritten == 5  # matches() once, a parenthesised step four times
    return isoschematron.Schematron(root, store_report=True)


def _failures(schematron: isoschematron.Schematron, document: etree._ElementTree) -> list[str]:
    schematron.validate(document)
    report = schematron.validation_report
    return [" ".join("".join(failed.itertext()).split()) for failed in report.iter(
        "{http://purl.oclc.org/dsdl/svrl}failed-assert")]


def test_the_bundled_glossary_exported_as_tbx_is_valid_tbx_basic(relax_ng, schematron):
    glossary = load_glossary(REPO / "glossary")
    document = etree.ElementTree(etree.fromstring(write_tbx(glossary)))
    assert relax_ng.validate(document), relax_ng.error_log.last_error
    assert _failures(schematron, document) == []


def test_every_field_tilmash_keeps_is_valid_tbx_basic_and_comes_back(relax_ng, schematron):
    # Forbidden terms, case sensitivity, inflection, Latin forms, homonyms and links: the
    # details TBX-Basic has no category for, and those it has.
    astana = Concept(
        "place-astana", Kind.PLACE,
        kk=(Term("Астана", Status.PREFERRED, latin="Astana", note="Елорда"),
            Term("Ақмола", Status.FORBIDDEN, TermType.VARIANT)),
        ru=(Term("Астана", Status.PREFERRED), Term("Нур-Султан", Status.DEPRECATED)),
        en=(Term("Astana", Status.PREFERRED), Term("AST", Status.ADMITTED, TermType.ACRONYM,
                                                   case_sensitive=True, inflects=False)),
        definition="Capital of Kazakhstan", note="Renamed in 2019 and back in 2022",
        source="akorda.kz", related=("place-almaty",), homonyms=("org-astana-club",))
    almaty = Concept("place-almaty", Kind.PLACE, en=(Term("Almaty", Status.PREFERRED),))
    club = Concept("org-astana-club", Kind.ORGANISATION, en=(Term("FC Astana", Status.PREFERRED),))
    glossary = Glossary((astana, almaty, club))
    data = write_tbx(glossary)
    document = etree.ElementTree(etree.fromstring(data))
    assert relax_ng.validate(document), relax_ng.error_log.last_error
    assert _failures(schematron, document) == []
    assert read_tbx(data, "g.tbx").glossary == glossary


def test_the_schemas_catch_what_is_not_tbx_basic(relax_ng, schematron):
    # The validators are live: the x- term notes of older exports are refused by the RNG,
    # a status outside the picklist by the Schematron.
    glossary = load_glossary(REPO / "glossary")
    data = write_tbx(glossary)
    old = data.replace(b'<termNote type="termType">fullForm</termNote>',
                       b'<termNote type="x-inflects">false</termNote>', 1)
    assert not relax_ng.validate(etree.ElementTree(etree.fromstring(old)))
    status = data.replace(b"preferredTerm-admn-sts", b"preferred", 1)
    failures = _failures(schematron, etree.ElementTree(etree.fromstring(status)))
    assert len(failures) == 1 and "admittedTerm-admn-sts" in failures[0]
