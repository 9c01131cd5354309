"""The long CSV/TSV format: round trip, tolerance, and errors with lines."""

from __future__ import annotations

import io

from tests.conftest import REPO
from toolkit.glossary import load_glossary, read_glossary
from toolkit.glossary.io.csv import read_csv, write_csv
from toolkit.glossary.model import Status, TermType
from toolkit.lang import Lang

HEADER = "concept,kind,lang,term,status,type,note\n"


def csv_bytes(glossary, delimiter=","):
    out = io.StringIO()
    write_csv(glossary, out, delimiter)
    return out.getvalue().encode("utf-8")


def test_bundled_glossary_round_trips_through_csv_and_tsv():
    glossary = load_glossary(REPO / "glossary")
    for delimiter in (",", "\t"):
        result = read_csv(csv_bytes(glossary, delimiter), "g.csv", delimiter)
        assert result.problems == []
        assert result.glossary == glossary


def test_minimal_columns_in_any_order_with_bom_and_blank_rows():
    data = ("\ufeffterm,lang,concept,kind,status,type,note\n"
            "Посол РК в РФ,ru,title-ambassador,title,admitted,shortForm,Embassy's short form\n"
            "Посол Республики Казахстан в Российской Федерации,ru,title-ambassador,title,"
            "preferred,fullForm,\n"
            ",,,,,,\n\n").encode("utf-8")
    result = read_csv(data, "t.csv")
    assert result.problems == []
    (concept,) = result.concepts
    assert concept.preferred(Lang.RU).text == "Посол Республики Казахстан в Российской Федерации"
    short = concept.ru[0]
    assert (short.status, short.type, short.note) == (
        Status.ADMITTED, TermType.SHORT_FORM, "Embassy's short form")


def test_rows_of_one_concept_need_not_be_adjacent():
    data = (HEADER + "place-abakan,place,ru,Абакан,preferred,fullForm,\n"
            "place-tuva,place,ru,Республика Тыва,preferred,fullForm,\n"
            "place-abakan,place,en,Abakan,preferred,fullForm,\n").encode()
    concepts = read_csv(data, "g.csv").concepts
    assert [(c.id, len(c.ru), len(c.en)) for c in concepts] == [
        ("place-abakan", 1, 1), ("place-tuva", 1, 0)]


def test_missing_column_is_an_error_on_line_one():
    data = "concept,kind,lang,term,status,note\nplace-abakan,place,ru,Абакан,preferred,\n"
    result = read_csv(data.encode(), "g.csv")
    assert [(p.code, p.line) for p in result.problems] == [("missing-column", 1)]
    assert "type" in result.problems[0].message


def test_unknown_language_and_status_name_their_rows():
    data = (HEADER + "place-abakan,place,ru,Абакан,preferred,fullForm,\n"
            "place-abakan,place,de,Abakan,preferred,fullForm,\n"
            "place-abakan,place,en,Abakan,approved,fullForm,\n").encode()
    result = read_csv(data, "g.csv")
    assert [(p.code, p.line) for p in result.problems] == [("bad-value", 3), ("bad-value", 4)]
    assert "'de'" in result.problems[0].message
    assert "'approved'" in result.problems[1].message


def test_line_numbers_count_physical_lines_of_quoted_newlines():
    data = (HEADER + 'place-abakan,place,ru,Абакан,preferred,fullForm,"first line\nsecond"\n'
            "place-abakan,place,xx,Abakan,preferred,fullForm,\n").encode()
    result = read_csv(data, "g.csv")
    assert [(p.code, p.line) for p in result.problems] == [("bad-value", 4)]


def test_extra_column_is_a_warning():
    data = ("concept,kind,lang,term,status,type,note,reviewer\n"
            "place-abakan,place,ru,Абакан,preferred,fullForm,,Aigerim\n").encode()
    result = read_csv(data, "g.csv")
    assert [(p.severity.value, p.code) for p in result.problems] == [
        ("warning", "unknown-column")]
    assert result.concepts[0].ru[0].text == "Абакан"


def test_csv_glossary_is_validated_like_yaml(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(HEADER + "place-abakan,place,ru,Абакан,admitted,fullForm,\n",
                    encoding="utf-8")
    result = read_glossary(path)
    assert [(p.code, p.line) for p in result.problems] == [("no-preferred", 2)]


def test_wrong_encoding_is_reported_with_its_line():
    data = HEADER.encode() + "place-abakan,place,ru,Абакан,preferred,fullForm,\n".encode("cp1251")
    result = read_csv(data, "g.csv")
    assert [(p.code, p.line) for p in result.problems] == [("encoding", 2)]
