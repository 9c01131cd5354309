"""Every reader, fed mutants of a real file, gives a result or the project's clear error naming the
file, never another exception (issue 18). Bounded: a few dozen examples per reader, no deadline
(the machine is shared); benchmarks/hostile.py runs thousands and times them."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError, TilmashError
from toolkit.formats.po import read_po
from toolkit.formats.tmx import read_tmx
from toolkit.formats.tsv import read_tsv
from toolkit.formats.xliff import read_xliff
from toolkit.glossary.io.csv import read_csv
from toolkit.glossary.io.xlsx import read_xlsx, write_xlsx
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term
from toolkit.glossary.store import ReadResult

FORMATS = Path(__file__).parent / "fixtures" / "formats"

# Pieces that broke readers before, or could: NUL, invalid UTF-8 and a lone surrogate in UTF-8,
# XML's specials, entities and processing instructions, the quotes and separators of CSV/PO.
SNIPPETS = [b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b"\xc3", b"<", b">", b"&", b"&amp;",
            b"&#1;", b"&#x110000;", b"]]>", b"<![CDATA[", b"<?pi x?>", b"<!--", b"-->",
            b'<!DOCTYPE x [<!ENTITY e "ee">]>', b"&e;", b"\r", b"\n", b"\t", b'"', b"\\",
            b"msgid ", b"msgstr ", b'msgstr[0] "', b"#, fuzzy\n", b"<seg>", b"</seg>",
            b"<tuv xml:lang='kk'>", b"</tu>", b"<target>", b"<source>", b"</trans-unit>",
            b" xml:lang=''", b"=", b"'", "Қазақстан".encode(), "\U0010ffff".encode()]

EDIT = st.tuples(st.integers(0, 1 << 20), st.integers(0, 16),
                 st.one_of(st.sampled_from(SNIPPETS), st.binary(max_size=8)))
EDITS = st.lists(EDIT, min_size=1, max_size=6)


def mutate(seed: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """``seed`` with each edit applied: at a place (taken modulo the length), delete some bytes
    and insert others."""
    data = bytearray(seed)
    for place, delete, insert in edits:
        at = place % (len(data) + 1)
        data[at:at + delete] = insert
    return bytes(data)


def refuses_clearly(read: Callable[[bytes, str], object], data: bytes, name: str) -> None:
    try:
        read(data, name)
    except InputError as exc:
        assert exc.file == name, exc
    except TilmashError:
        pass  # a language that cannot be told, a pair to choose: worded by the CLI


# TILMASH_FUZZ_EXAMPLES=1000 searches harder, by hand.
FUZZ = settings(max_examples=int(os.environ.get("TILMASH_FUZZ_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

TSV = ("Абакан — столица Хакасии.\tАбақан — Хакасияның астанасы.\n\n"
       "Посол РК в РФ\tҚР-ның РФ-дағы Елшісі\n")
CSV = ("concept,kind,lang,term,status,type,note\n"
       "place-abakan,place,kk,Абақан,preferred,fullForm,\n"
       "place-abakan,place,ru,Абакан,preferred,fullForm,\"столица, Хакасия\"\n"
       "place-abakan,place,en,Abakan,preferred,fullForm,\n")


@FUZZ
@given(EDITS)
def test_po_reader(edits):
    refuses_clearly(read_po, mutate((FORMATS / "gnome-style.kk.po").read_bytes(), edits),
                    "fuzz.kk.po")


@FUZZ
@given(EDITS)
def test_xliff_reader(edits):
    refuses_clearly(read_xliff, mutate((FORMATS / "okapi.ru-en.xlf").read_bytes(), edits),
                    "fuzz.xlf")


@FUZZ
@given(EDITS)
def test_xliff_2_reader(edits):
    refuses_clearly(read_xliff, mutate((FORMATS / "article.xliff20.xlf").read_bytes(), edits),
                    "fuzz.xlf")


@FUZZ
@given(EDITS)
def test_tmx_reader(edits):
    refuses_clearly(read_tmx, mutate((FORMATS / "memory.tmx").read_bytes(), edits), "fuzz.tmx")


@FUZZ
@given(EDITS)
def test_tsv_reader(edits):
    refuses_clearly(read_tsv, mutate(TSV.encode(), edits), "fuzz.tsv")


def _glossary_problems_name(read: Callable[[bytes, str], ReadResult], data: bytes,
                            name: str) -> None:
    problems = read(data, name).problems
    assert all(str(p.origin).startswith(name) for p in problems), problems


@FUZZ
@given(EDITS, st.sampled_from([",", "\t"]))
def test_csv_glossary_reader(edits, delimiter):
    data = mutate(CSV.replace(",", delimiter).encode(), edits)
    name = "fuzz.csv" if delimiter == "," else "fuzz.tsv"
    _glossary_problems_name(lambda d, n: read_csv(d, n, delimiter), data, name)


def _workbook() -> bytes:
    out = io.BytesIO()
    write_xlsx(Glossary.of([
        Concept("place-abakan", Kind.PLACE, kk=(Term("Абақан"),), ru=(Term("Абакан"),),
                en=(Term("Abakan"),), note="столица Хакасии"),
        Concept("title-ambassador", Kind.TITLE, kk=(Term("Елші"),), ru=(
            Term("Посол"), Term("Посол РК в РФ", Status.ADMITTED)), en=(Term("Ambassador"),))]),
        out)
    return out.getvalue()


WORKBOOK = _workbook()
PARTS = sorted(zipfile.ZipFile(io.BytesIO(WORKBOOK)).namelist())


@FUZZ
@given(EDITS)
def test_xlsx_glossary_reader_on_damaged_archives(edits):
    _glossary_problems_name(read_xlsx, mutate(WORKBOOK, edits), "fuzz.xlsx")


@FUZZ
@given(st.sampled_from(PARTS), EDITS)
def test_xlsx_glossary_reader_on_damaged_parts(part, edits):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(WORKBOOK)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, mutate(data, edits) if name == part else data)
    _glossary_problems_name(read_xlsx, out.getvalue(), "fuzz.xlsx")
