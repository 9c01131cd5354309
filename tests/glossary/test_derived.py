"""Derived forms (adjectives, demonyms) and broader links: read with lines, validated, written
canonically."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO
from toolkit.glossary import load_glossary, read_glossary
from toolkit.glossary.model import Derived, Form
from toolkit.glossary.store import dump_kind
from toolkit.lang import Lang

RUSSIA = """
- id: "place-russia"
  kind: "place"
  ru:
    - {term: "Россия", status: "preferred", type: "fullForm"}
  en:
    - {term: "Russia", status: "preferred", type: "fullForm"}
  derived:
    kk:
      - {term: "ресейлік", form: "adjective", latin: "reseilik"}
    ru:
      - {term: "российский", form: "adjective"}
      - {term: "россиянин", form: "demonym", note: "plural россияне"}
    en:
      - {term: "Russian", form: "adjective", case_sensitive: true}
  broader: ["place-europe"]
- id: "place-europe"
  kind: "place"
  ru:
    - {term: "Европа", status: "preferred", type: "fullForm"}
"""


def codes(folder: Path) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in read_glossary(folder).problems]


def test_derived_forms_and_broader_are_read(make_glossary):
    glossary = load_glossary(make_glossary({"places.yaml": RUSSIA}))
    russia = glossary.get("place-russia")
    assert russia is not None
    assert russia.derived_in(Lang.RU) == (
        Derived(Lang.RU, "российский", Form.ADJECTIVE),
        Derived(Lang.RU, "россиянин", Form.DEMONYM, note="plural россияне"))
    assert russia.derived_in(Lang.KK)[0].latin == "reseilik"
    assert russia.derived_in(Lang.EN)[0].case_sensitive
    assert russia.broader == ("place-europe",)
    # Derived forms are not approved terms.
    assert [t.text for t in russia.approved(Lang.EN)] == ["Russia"]


def test_canonical_writer_round_trips_derived_forms(make_glossary):
    glossary = load_glossary(make_glossary({"places.yaml": RUSSIA}))
    text = dump_kind(glossary, glossary.get("place-russia").kind)
    assert ('  derived:\n    kk:\n      - {term: "ресейлік", form: "adjective", '
            'latin: "reseilik"}\n') in text
    assert '  broader: ["place-europe"]\n' in text
    again = load_glossary(make_glossary({"places.yaml": text}, "again"))
    assert again == glossary.sorted()


def test_bad_derived_forms_are_errors_on_their_lines(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-russia"
          kind: "place"
          ru:
            - {term: "Россия", status: "preferred", type: "fullForm"}
          derived:
            ru:
              - {term: "российский", form: "adjectiv"}
              - {term: "россиянин"}
            de:
              - {term: "russisch", form: "adjective"}
        """})
    assert sorted(codes(folder)) == [("bad-value", 7), ("no-form", 8), ("unknown-key", 9)]
    message = next(p.message for p in read_glossary(folder).problems if p.code == "bad-value")
    assert "did you mean 'adjective'" in message


def test_derived_forms_that_repeat_a_term_or_each_other(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-russia"
          kind: "place"
          ru:
            - {term: "Россия", status: "preferred", type: "fullForm"}
          en:
            - {term: "Russia", status: "preferred", type: "fullForm"}
          derived:
            ru:
              - {term: "россия", form: "demonym"}
              - {term: "россиянин", form: "demonym"}
              - {term: "Россиянин", form: "demonym"}
            en:
              - {term: "Russian", form: "adjective", latin: "Russian"}
        """})
    assert sorted(codes(folder)) == [
        ("derived-is-term", 9), ("duplicate-derived", 11), ("latin-not-kk", 13)]


def test_derived_must_be_a_mapping_of_languages(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-russia"
          kind: "place"
          ru:
            - {term: "Россия", status: "preferred", type: "fullForm"}
          derived: ["российский"]
        """})
    assert codes(folder) == [("shape", 5)]


def test_unknown_broader_and_cycles(make_glossary):
    folder = make_glossary({"titles.yaml": """
        - id: "title-a"
          kind: "title"
          en:
            - {term: "President of Russia", status: "preferred", type: "fullForm"}
          broader: ["title-b", "title-missing"]
        - id: "title-b"
          kind: "title"
          en:
            - {term: "head of state", status: "preferred", type: "fullForm"}
          broader: ["title-c"]
        - id: "title-c"
          kind: "title"
          en:
            - {term: "president", status: "preferred", type: "fullForm"}
          broader: ["title-a"]
        - id: "title-d"
          kind: "title"
          en:
            - {term: "governor", status: "preferred", type: "fullForm"}
          broader: ["title-d"]
        """})
    problems = read_glossary(folder).problems
    assert sorted((p.code, p.line) for p in problems) == [
        ("broader-cycle", 1), ("unknown-related", 1), ("unknown-related", 16)]
    cycle = next(p.message for p in problems if p.code == "broader-cycle")
    assert "title-a → title-b → title-c → title-a" in cycle


def test_bundled_glossary_links_titles_to_their_broader_concept():
    glossary = load_glossary(REPO / "glossary")
    russia_president = glossary.get("title-president-russia")
    assert russia_president is not None and "title-president" in russia_president.broader
    assert any(d.text == "российский" for d in glossary.get("place-russia").derived)


def test_every_interchange_format_carries_derived_forms_and_broader(make_glossary):
    import io

    from toolkit.glossary.io.csv import read_csv, write_csv
    from toolkit.glossary.io.tbx import read_tbx, write_tbx
    from toolkit.glossary.io.xlsx import read_xlsx, write_xlsx

    glossary = load_glossary(make_glossary({"places.yaml": RUSSIA}))
    tbx = write_tbx(glossary).decode()
    # TBX-Basic has no category for either: notes keep the export valid (see io/tbx.py).
    assert "<note>tilmash:broader=place-europe</note>" in tbx
    assert '<termNote type="partOfSpeech">noun</termNote>' in tbx  # the demonym
    assert "<note>tilmash:derivedForm=demonym</note>" in tbx
    assert read_tbx(tbx.encode(), "g.tbx").glossary == glossary
    # What other writers (and our earlier exports) wrote is read too.
    older = tbx.replace("<note>tilmash:broader=place-europe</note>",
                        '<ref type="broaderConceptGeneric" target="place-europe">place-europe</ref>'
                        ).replace("<note>tilmash:derivedForm=demonym</note>",
                                  '<termNote type="x-derivedForm">demonym</termNote>')
    assert read_tbx(older.encode(), "g.tbx").glossary == glossary
    text = io.StringIO()
    write_csv(glossary, text)
    assert "place-russia,place,ru,россиянин,,,plural россияне," in text.getvalue()
    assert read_csv(text.getvalue().encode(), "g.csv").glossary == glossary
    book = io.BytesIO()
    write_xlsx(glossary, book)
    assert read_xlsx(book.getvalue(), "g.xlsx").glossary == glossary


def test_a_csv_row_with_an_unknown_form_names_its_line():
    from toolkit.glossary.io.csv import read_csv

    data = ("concept,kind,lang,term,status,type,note,form\n"
            "place-russia,place,ru,Россия,preferred,fullForm,,\n"
            "place-russia,place,ru,российский,,,,adjektive\n").encode()
    problems = read_csv(data, "g.csv").problems
    assert [(p.code, p.line) for p in problems] == [("bad-value", 3)]
