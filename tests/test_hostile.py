"""Inputs that once crashed or hung a reader (issue 18), kept as regression fixtures.

The fixtures are written by hand (tests/fixtures/hostile/); each must give a clear problem with
its file and line, or a correct result, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.align.dp import align
from toolkit.errors import InputError
from toolkit.formats.plain import decode_text
from toolkit.glossary.io.tbx import read_tbx
from toolkit.glossary.store import read_yaml
from toolkit.glossary.yamlguard import nesting_problem
from toolkit.lang import Lang
from toolkit.text.segment import split_sentences

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def _problem(name: str) -> str:
    result = read_yaml((HOSTILE / name).read_bytes(), name)
    assert len(result.problems) == 1, result.problems
    return str(result.problems[0])


def test_deep_nesting_is_an_error_on_its_line_not_a_recursion_error() -> None:
    assert _problem("deep-nesting.yaml").startswith("deep-nesting.yaml:1: error: not valid YAML")


def test_escape_beyond_the_last_code_point_is_an_error_on_its_line() -> None:
    assert "escape-beyond-unicode.yaml:4:" in _problem("escape-beyond-unicode.yaml")
    assert "\\U00110000" in _problem("escape-beyond-unicode.yaml")


def test_control_character_in_a_term_is_refused_at_load() -> None:
    assert "control-character.yaml:4:" in _problem("control-character.yaml")
    assert "U+0001" in _problem("control-character.yaml")


def test_processing_instruction_inside_a_term_keeps_the_term_text() -> None:
    result = read_tbx((HOSTILE / "pi-in-term.tbx").read_bytes(), "pi-in-term.tbx")
    assert not result.problems
    assert result.concepts[0].en[0].text == "Abakan"


def test_nul_byte_after_the_first_block_names_its_line() -> None:
    data = "Абакан — столица Хакасии.\n".encode() * 400 + b"\x00\n"
    try:
        decode_text(data, "a.ru.txt")
    except InputError as exc:
        assert exc.line == 401
    else:
        raise AssertionError("a NUL byte was accepted")


def test_the_canonical_glossary_passes_the_nesting_guard() -> None:
    root = Path(__file__).resolve().parents[1] / "glossary"
    for file in root.glob("*.yaml"):
        assert nesting_problem(file.read_text(encoding="utf-8")) is None, file


def test_a_line_of_full_stops_is_one_sentence_kept_whole() -> None:
    # Quadratic splitting took minutes on 1,000,000 characters; benchmarks/hostile.py times it.
    sentences = split_sentences("." * 50_000 + " Абакан — столица Хакасии.", Lang.RU)
    assert [(s.start, s.end) for s in sentences] == [(0, 50_000), (50_001, 50_026)]


def test_one_sentence_against_thousands_aligns() -> None:
    steps = align(1, 3000, lambda i, j, di, dj: float(di + dj))
    assert sum(dj for _i, _j, _di, dj, _c in steps) == 3000


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="-[]{}:'\" \n#ax,?", max_size=300))
def test_yaml_reader_never_crashes_on_structured_noise(text: str) -> None:
    result = read_yaml(text.encode(), "fuzz.yaml")
    assert all(p.origin.file == "fuzz.yaml" for p in result.problems)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_tbx_reader_never_crashes_on_bytes(data: bytes) -> None:
    result = read_tbx(b"<tbx><text><body>" + data, "fuzz.tbx")
    assert all(p.origin.file == "fuzz.tbx" for p in result.problems)


def test_control_character_in_a_csv_glossary_is_refused_on_import_with_its_line(tilmash,
                                                                                tmp_path):
    csv = HOSTILE / "control-character.csv"
    run = tilmash("glossary", "import", str(csv), "--into", str(tmp_path / "g"))
    assert run.exit_code == 2
    assert f"{csv}:4: error: note holds the control character U+001B" in run.stderr
    assert not (tmp_path / "g").exists()


def test_a_csv_glossary_with_a_control_character_never_reaches_the_tbx_export(tilmash):
    csv = HOSTILE / "control-character.csv"
    run = tilmash("glossary", "export", "--glossary", str(csv), "--format", "tbx")
    assert run.exit_code == 2 and run.stdout == ""
    assert f"{csv}:4: error: note holds the control character U+001B" in run.stderr
    assert "Traceback" not in run.stderr


def test_control_character_in_a_workbook_is_refused_on_import_with_its_row(tmp_path):
    import io

    from toolkit.glossary import read_interchange
    from toolkit.glossary.io.xlsx import write_xlsx
    from toolkit.glossary.model import Concept, Glossary, Kind, Term

    book = io.BytesIO()
    write_xlsx(Glossary.of([Concept("place-abakan", Kind.PLACE, kk=(Term("Абақан"),),
                                    ru=(Term("Аба\x07кан"),), en=(Term("Abakan"),))]), book)
    result = read_interchange(book.getvalue(), "terms.xlsx")
    messages = [str(p) for p in result.problems]
    assert any(m.startswith("terms.xlsx") and "control character U+0007" in m
               for m in messages), messages


def test_a_workbook_with_a_bad_member_offset_is_a_problem_naming_the_file() -> None:
    # Its first byte removed, every member's offset is off by one: zipfile raised ValueError.
    import io

    from toolkit.glossary.io.xlsx import read_xlsx, write_xlsx
    from toolkit.glossary.model import Concept, Glossary, Kind, Term

    book = io.BytesIO()
    write_xlsx(Glossary.of([Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),))]), book)
    result = read_xlsx(book.getvalue()[1:], "terms.xlsx")
    (problem,) = result.problems
    assert str(problem).startswith("terms.xlsx") and "damaged zip archive" in str(problem)


def test_a_control_character_yaml_cannot_hold_is_an_error_on_its_line() -> None:
    text = '- id: "place-abakan"\n  kind: "place"\n  ru:\n    - {term: "Аба\x00кан"}\n'
    (problem,) = read_yaml(text.encode(), "places.yaml").problems
    assert str(problem).startswith("places.yaml:4: error: not valid YAML")
    assert "U+0000" in str(problem)


def test_a_po_entry_polib_cannot_parse_names_its_line() -> None:
    from toolkit.formats.po import read_po

    data = 'msgid "Астана"\nmsgstr "Астана"\nmsgstr "Алматы"\n'.encode()
    try:
        read_po(data, "cities.kk.po")
    except InputError as exc:
        assert (exc.file, exc.line) == ("cities.kk.po", 3)
    else:
        raise AssertionError("a second msgstr was accepted")
