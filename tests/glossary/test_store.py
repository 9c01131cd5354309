"""Reading glossary YAML with precise errors, and the canonical writer."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO
from toolkit.glossary import load_glossary, read_glossary
from toolkit.glossary.model import Kind, Status, TermType
from toolkit.glossary.store import FILES, check_folder, dump_kind, quote, render_folder
from toolkit.lang import Lang

ABAKAN = """
- id: "place-abakan"
  kind: "place"
  kk:
    - {term: "Абакан", status: "preferred", type: "fullForm"}
  ru:
    - {term: "Абакан", status: "preferred", type: "fullForm"}
  en:
    - {term: "Abakan", status: "preferred", type: "fullForm"}
"""


def problems_of(folder: Path) -> list[tuple[str, str, int | None]]:
    return [(p.code, Path(p.file).name, p.line) for p in read_glossary(folder).problems]


def test_reads_terms_with_status_type_and_options(make_glossary):
    folder = make_glossary({"places.yaml": textwrap.dedent("""
        - id: "place-kazakhstan"
          kind: "place"
          ru:
            - {term: "Республика Казахстан", status: "preferred", type: "fullForm"}
            - {term: "РК", status: "admitted", type: "acronym", case_sensitive: true}
          en:
            - {term: "Kazakstan", status: "deprecated", type: "variant", note: "1990s spelling"}
            - "Republic of Kazakhstan"
          related: ["place-abakan"]
        """) + ABAKAN})
    glossary = load_glossary(folder)
    kz = glossary.get("place-kazakhstan")
    assert kz is not None and kz.kind is Kind.PLACE
    acronym = kz.ru[1]
    assert (acronym.text, acronym.status, acronym.type, acronym.case_sensitive) == (
        "РК", Status.ADMITTED, TermType.ACRONYM, True)
    assert kz.en[0].note == "1990s spelling"
    # A bare string is a preferred full form.
    assert kz.preferred(Lang.EN).text == "Republic of Kazakhstan"
    assert kz.related == ("place-abakan",)


def test_bad_yaml_names_file_and_line(make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN + '- id: "place-x"\n  kind: [unclosed\n'})
    assert problems_of(folder) == [("yaml", "places.yaml", 11)]


def test_a_lone_surrogate_is_refused_where_it_is_written(make_glossary):
    # Valid YAML, but no export, report or YAML file in UTF-8 could hold it.
    folder = make_glossary({"places.yaml": ABAKAN + textwrap.dedent("""
        - id: "place-astana"
          kind: "place"
          kk:
            - {term: "Астана", status: "preferred", type: "fullForm"}
          note: "Елорда \\ud800"
        """)})
    assert problems_of(folder) == [("bad-character", "places.yaml", 14)]
    assert "U+D800" in read_glossary(folder).problems[0].message


def test_unknown_key_is_reported_with_suggestion(make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN + '  sorce: "ISO"\n'})
    result = read_glossary(folder)
    assert [(p.code, p.line) for p in result.problems] == [("unknown-key", 9)]
    assert "did you mean 'source'" in result.problems[0].message


def test_unknown_kind_and_status_are_errors_on_their_lines(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-siberia"
          kind: "region"
          ru: ["Сибирь"]
        - id: "place-abakan"
          kind: "place"
          ru:
            - {term: "Абакан", status: "prefered", type: "fullForm"}
        """})
    result = read_glossary(folder)
    assert [(p.code, p.line) for p in result.problems] == [("bad-value", 2), ("bad-value", 7)]
    assert "unknown kind 'region'" in result.problems[0].message
    assert "did you mean 'preferred'" in result.problems[1].message


def test_language_without_preferred_term(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-krasnoyarsk-krai"
          kind: "place"
          en:
            - {term: "Krasnoyarsk Territory", status: "admitted", type: "variant"}
        """})
    assert problems_of(folder) == [("no-preferred", "places.yaml", 4)]


def test_two_preferred_terms_point_at_the_second(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-krasnoyarsk-krai"
          kind: "place"
          en:
            - {term: "Krasnoyarsk Krai", status: "preferred", type: "fullForm"}
            - {term: "Krasnoyarsk Territory", status: "preferred", type: "variant"}
        """})
    assert problems_of(folder) == [("many-preferred", "places.yaml", 5)]


def test_duplicate_id_across_files_names_both_places(make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN, "other.yaml": ABAKAN.replace(
        '"place"', '"other"')})
    result = read_glossary(folder)
    codes = [(p.code, Path(p.file).name, p.line) for p in result.problems]
    assert ("duplicate-id", "places.yaml", 1) in codes
    duplicate = next(p for p in result.problems if p.code == "duplicate-id")
    assert "other.yaml:1" in duplicate.message


def test_unknown_related_id(make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN + '  related: ["place-khakasia"]\n'})
    result = read_glossary(folder)
    assert [(p.code, p.line) for p in result.problems] == [("unknown-related", 1)]
    assert "place-khakasia" in result.problems[0].message


def test_shared_term_is_a_warning_naming_both_concepts(make_glossary):
    folder = make_glossary({"titles.yaml": """
        - id: "title-head-city"
          kind: "title"
          ru: ["глава города"]
        - id: "title-mayor"
          kind: "title"
          ru:
            - {term: "мэр", status: "preferred", type: "fullForm"}
            - {term: "Глава  города", status: "admitted", type: "variant"}
        """})
    result = read_glossary(folder)
    assert [(p.severity.value, p.code, p.line) for p in result.problems] == [
        ("warning", "shared-term", 8)]
    message = result.problems[0].message
    assert "title-head-city" in message and "title-mayor" in message
    assert "titles.yaml:3" in message
    # The glossary stays usable: warnings do not stop loading.
    assert len(load_glossary(folder)) == 2


def test_homonyms_explain_a_shared_term(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-georgia"
          kind: "place"
          en: ["Georgia"]
          homonyms: ["place-georgia-us-state"]
        - id: "place-georgia-us-state"
          kind: "place"
          en: ["Georgia"]
        """})
    assert problems_of(folder) == []


def test_not_utf8_names_the_line_of_the_bad_byte(make_glossary, tmp_path):
    folder = make_glossary({"places.yaml": ABAKAN})
    (folder / "places.yaml").write_bytes(ABAKAN.encode("utf-8").replace(
        b"Abakan", "Абакан".encode("cp1251")))
    assert problems_of(folder) == [("encoding", "places.yaml", 9)]


def test_duplicate_key_and_missing_term_text(make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-abakan"
          kind: "place"
          kind: "place"
          ru:
            - {status: "preferred"}
        """})
    assert problems_of(folder) == [("duplicate-key", "places.yaml", 3),
                                   ("no-term", "places.yaml", 5)]


def test_concept_in_the_wrong_file_is_a_warning_and_fmt_moves_it(make_glossary):
    folder = make_glossary({"people.yaml": ABAKAN})
    assert problems_of(folder) == [("misplaced", "people.yaml", 1)]
    glossary = load_glossary(folder)
    files = render_folder(glossary, folder)
    assert b"place-abakan" in files[folder / "places.yaml"]
    assert b"place-abakan" not in files[folder / "people.yaml"]


def test_folder_without_glossary_files_is_an_error(tmp_path):
    (tmp_path / "notes.txt").write_text("not a glossary", encoding="utf-8")
    assert [p.code for p in read_glossary(tmp_path).problems] == ["not-a-glossary"]


def test_bundled_glossary_round_trips_through_the_canonical_writer(tmp_path):
    original = load_glossary(REPO / "glossary")
    copy = tmp_path / "copy"
    copy.mkdir()
    for path, data in render_folder(original, copy).items():
        path.write_bytes(data)
    reloaded = load_glossary(copy)
    assert reloaded.sorted() == original.sorted()
    assert check_folder(reloaded, copy) == []


def test_repository_glossary_is_canonical():
    glossary = load_glossary(REPO / "glossary")
    assert check_folder(glossary, REPO / "glossary") == []


def test_fmt_is_idempotent_and_sorts_by_id(make_glossary):
    folder = make_glossary({"places.yaml": textwrap.dedent("""
        - id: "place-siberia"
          kind: "place"
          ru: ["Сибирь"]
        """) + ABAKAN})
    glossary = load_glossary(folder)
    once = dump_kind(glossary, Kind.PLACE)
    assert once.index("place-abakan") < once.index("place-siberia")
    (folder / "places.yaml").write_text(once, encoding="utf-8")
    assert dump_kind(load_glossary(folder), Kind.PLACE) == once


def test_canonical_key_order_and_quoting():
    folder_text = dump_kind(load_glossary(REPO / "glossary"), Kind.TITLE)
    block = folder_text.split("- id: \"title-governor-krasnoyarsk-krai\"\n")[1].split("\n- id")[0]
    keys = [line.strip().split(":")[0] for line in block.splitlines()
            if not line.startswith("    ")]
    assert keys == ["kind", "kk", "ru", "en", "source", "related"]
    assert ('- {term: "Губернатор Красноярского края", status: "preferred", '
            'type: "fullForm"}') in block


@given(st.text())
def test_quote_reads_back_as_the_same_string(value):
    assert yaml.safe_load(quote(value)) == value


def test_every_kind_has_its_own_file():
    assert set(FILES) == set(Kind)
    assert len(set(FILES.values())) == len(Kind)
