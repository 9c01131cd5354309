"""Hostile and broken input, every reader (issue 18): mutants, outcomes and the longest time.

Each reader gets mutants of a real file of its format (deterministic, from a seed):

- ``flip``: a few bytes changed at random places;
- ``cut``: the file truncated at a random place;
- ``splice``: a hostile piece inserted at a random place (NUL, invalid UTF-8, a UTF-8 lone
  surrogate, C0/C1 controls and ANSI escapes, XML specials, entities and DTDs, processing
  instructions, character references beyond Unicode, YAML's ``\\U00110000``, CSV/PO quotes);
- ``deep``: nesting 50,000 levels deep in the format's own syntax (elements, flow lists);
- ``huge``: one line, value or cell of ``--huge`` characters (1,000,000: what was quadratic);
- ``zip`` (XLSX only): a damaged archive, a member declaring a huge size (a zip bomb's
  ratio), a DTD inside a part, a formula cell, a mutated XML part.

A mutant goes through what ``tilmash`` does with such a file: a document is read and its
segments (or sentences, for plain text) are scanned with the bundled glossary's matcher; a
glossary file is read (an interchange file also validated, as an import does; a YAML file as
one file of a glossary folder, its links to the other files unchecked). Outcomes:

- ``refused``: the project's clear error naming the file (an ``InputError`` of that file, or
  glossary problems whose every place is in it); ``place`` counts those that also say where
  (a line, or a workbook's sheet/part and row);
- ``result``: read without an error (what a mutant means is unknowable, so "correct" here is
  "a result of the reader's own types, without an exception");
- ``crash``: any other exception (a bug); the first of each reader is printed;
- ``hang``: more than ``--limit`` seconds of CPU (a timer on the process's CPU time, so a
  machine shared with other jobs does not make a mutant look slow).

The longest column is the CPU time of the slowest mutant with its kind; the last column divides
the CPU time of the huge mutant by that of one a tenth its size (best of three each): about 10
is linear, about 100 quadratic; below 10 where fixed costs dominate (a glossary file's huge
value is read, not scanned). "huge text" says whether the huge line, value or cell comes back
whole from the reader (the correct result), or how it is refused. CPU time, not wall time: the
machine this runs on is shared, wall time is noisy.

Last, ``--kills`` writes of a report are killed (SIGKILL) mid-way: how many temporaries they
leave, and how many are left once the next write into that folder has cleaned up.

    python benchmarks/hostile.py [--mutants 200] [--huge 1000000] [--limit 30] [--seed 18]
                                 [--kills 30]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import random
import signal
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
FIXTURES = REPO / "tests" / "fixtures"

from toolkit.errors import InputError, TilmashError  # noqa: E402
from toolkit.lang import Lang  # noqa: E402

SNIPPETS = [b"\x00", b"\xff\xfe\xfd", b"\xed\xa0\x80", b"\xc3", b"\x01", b"\x1b]0;title\x07",
            b"\x1b[2J", "\u009b31m".encode(), b"\x7f", b"<", b">", b"&", b"&#1;", b"&#x110000;",
            b"]]>", b"<![CDATA[", b"<?pi inside?>", b"<!--", b'<!DOCTYPE x [<!ENTITY e "ee">]>',
            b'<!ENTITY xxe SYSTEM "file:///etc/passwd">', b"&xxe;", b"\\U00110000", b"\\x01",
            b"\r", b"\n", b"\t", b'"', b"'", b"\\", b"{", b"[", b"- ", b": ", b"*alias",
            b"&anchor", b"!!python/object:os.system", b"msgid ", b'msgstr[0] "', b"#, fuzzy\n",
            b"<seg>", b"</seg>", b"</tu>", b"<target>", b"</trans-unit>", b" xml:lang=''",
            b"=HYPERLINK(\"x\")", "Қазақстан".encode(), "\U0010ffff".encode()]


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


@dataclass
class Reader:
    name: str
    file: str
    seed: bytes
    run: Callable[[bytes, str], object]
    deep: Callable[[int], bytes]
    huge: Callable[[int], bytes]
    extra: list[tuple[str, Callable[[random.Random], bytes]]] = field(default_factory=list)


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    placed: int = 0
    longest: float = 0.0
    longest_kind: str = ""
    first_crash: str = ""
    growth: float = 0.0
    whole: str = ""


def _matcher(lang: Lang) -> object:
    from toolkit.glossary import load_glossary
    from toolkit.match import Matcher
    from toolkit.resources import bundled_glossary_dir

    return Matcher(load_glossary(bundled_glossary_dir()), lang)


def _readers() -> list[Reader]:
    from toolkit.formats.plain import decode_text, sentences_with_lines
    from toolkit.formats.po import read_po
    from toolkit.formats.tmx import read_tmx
    from toolkit.formats.tsv import read_tsv
    from toolkit.formats.xliff import read_xliff
    from toolkit.glossary import read_interchange
    from toolkit.glossary.io.csv import write_csv
    from toolkit.glossary.io.xlsx import write_xlsx
    from toolkit.glossary.store import read_yaml

    ru, en = _matcher(Lang.RU), _matcher(Lang.EN)
    article_ru = (REPO / "examples" / "article.ru.txt").read_text(encoding="utf-8")
    article_en = (REPO / "examples" / "article.en.txt").read_text(encoding="utf-8")

    def scan(texts: list[str]) -> None:
        for _mention in ru.scan(texts):
            pass
        for _mention in en.scan(texts):
            pass

    def plain(data: bytes, name: str) -> object:
        sentences, _lines, _starts = sentences_with_lines(decode_text(data, name), Lang.RU)
        scan(sentences)
        return sentences

    def bilingual(read: Callable[[bytes, str], object]) -> Callable[[bytes, str], object]:
        def run(data: bytes, name: str) -> object:
            result = read(data, name)
            segments = result.segments  # type: ignore[attr-defined]
            scan([*segments.sources, *segments.targets])
            return result
        return run

    def tmx(data: bytes, name: str) -> object:
        result = read_tmx(data, name)
        scan([text for unit in result.units for text, _line in unit.values()])
        return result

    def yaml_file(data: bytes, name: str) -> object:
        return read_yaml(data, name)  # one file of a folder: links to the others unchecked

    def interchange(data: bytes, name: str) -> object:
        return read_interchange(data, name)

    from toolkit.glossary import load_glossary
    from toolkit.resources import bundled_glossary_dir

    sample = load_glossary(bundled_glossary_dir())
    from toolkit.glossary.model import Glossary

    # Sixty concepts, their links to the others dropped: a glossary that validates alone.
    small = Glossary.of([dataclasses.replace(c, related=(), homonyms=(), broader=())
                         for c in list(sample)[:60]])
    term = small.concepts[0].terms(Lang.RU)[0].text
    csv_text = io.StringIO()
    write_csv(small, csv_text)
    book = io.BytesIO()
    write_xlsx(small, book)
    tsv_seed = "".join(f"{a}\t{b}\n" for a, b in zip(article_ru.splitlines(),
                                                    article_en.splitlines(), strict=False))
    yaml_seed = (REPO / "glossary" / "events.yaml").read_bytes()
    line = "Абакан — столица Хакасии, "

    def long_text(n: int) -> str:
        return (line * (n // len(line) + 1))[:n]

    readers = [
        Reader("plain", "hostile.ru.txt", article_ru.encode(), plain,
               lambda n: ("(" * n).encode(), lambda n: long_text(n).encode()),
        Reader("TSV", "hostile.tsv", tsv_seed.encode(), bilingual(read_tsv),
               lambda n: ("[" * n + "\t" + "]" * n).encode(),
               lambda n: (long_text(n) + "\t" + long_text(n) + "\n").encode()),
        Reader("PO", "hostile.kk.po", (FIXTURES / "formats" / "gnome-style.kk.po").read_bytes(),
               bilingual(read_po),
               lambda n: b'msgid "x"\nmsgstr ""\n' + b'"\xd0\x90\\n"\n' * n,
               lambda n: f'msgid "{long_text(n)}"\nmsgstr "{long_text(n)}"\n'.encode()),
        Reader("XLIFF", "hostile.xlf", (FIXTURES / "formats" / "okapi.ru-en.xlf").read_bytes(),
               bilingual(read_xliff), lambda n: _xliff("<g>" * n + "x" + "</g>" * n),
               lambda n: _xliff(long_text(n))),
        Reader("TMX", "hostile.tmx", (FIXTURES / "formats" / "memory.tmx").read_bytes(), tmx,
               lambda n: _tmx("<hi>" * n + "x" + "</hi>" * n), lambda n: _tmx(long_text(n))),
        Reader("TBX", "hostile.tbx", (FIXTURES / "tbx" / "tbx-basic-v3.tbx").read_bytes(),
               interchange, lambda n: _tbx("<hi>" * n + "x" + "</hi>" * n),
               lambda n: _tbx(long_text(n))),
        Reader("YAML", "hostile.yaml", yaml_seed, yaml_file,
               lambda n: b"- id: event-x\n  kind: event\n  note: " + b"[" * n + b"\n",
               lambda n: ('- id: event-x\n  kind: event\n  ru:\n    - {term: "'
                          + long_text(n) + '"}\n').encode()),
        Reader("CSV", "hostile.csv", csv_text.getvalue().encode(), interchange,
               lambda n: b'concept,kind,lang,term,status,type,note\nplace-x,place,ru,x,,,"'
               + b'""' * n + b'"\n',
               lambda n: ('concept,kind,lang,term,status,type,note\nplace-x,place,ru,"'
                          + long_text(n) + '",preferred,fullForm,\n').encode()),
        Reader("XLSX", "hostile.xlsx", book.getvalue(), interchange,
               lambda n: _repart(book.getvalue(), "xl/sharedStrings.xml", lambda x: x.replace(
                   b"</sst>", b"<si>" + b"<r>" * n + b"<t>x</t>" + b"</r>" * n + b"</si></sst>")),
               lambda n: _repart(book.getvalue(), "xl/sharedStrings.xml", lambda x: x.replace(
                   f">{term}<".encode(), f">{long_text(n)}<".encode(), 1))),
    ]
    readers[-1].extra = _zip_tricks(book.getvalue())
    return readers


def _xliff(body: str) -> bytes:
    return ('<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:'
            'document:1.2"><file source-language="ru" target-language="en" datatype="plaintext"'
            f' original="x"><body><trans-unit id="1"><source>{body}</source><target>{body}'
            "</target></trans-unit></body></file></xliff>").encode()


def _tmx(body: str) -> bytes:
    return ('<?xml version="1.0"?><tmx version="1.4"><header srclang="ru" datatype="plaintext"'
            ' segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
            f'creationtoolversion="1"/><body><tu><tuv xml:lang="ru"><seg>{body}</seg></tuv>'
            f'<tuv xml:lang="en"><seg>{body}</seg></tuv></tu></body></tmx>').encode()


def _tbx(body: str) -> bytes:
    return ('<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="place-x">'
            f'<langSec xml:lang="ru"><termSec><term>{body}</term></termSec></langSec>'
            "</conceptEntry></body></text></tbx>").encode()


def _repart(workbook: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, change(data) if name == part else data)
    return out.getvalue()


def _zip_tricks(workbook: bytes) -> list[tuple[str, Callable[[random.Random], bytes]]]:
    parts = zipfile.ZipFile(io.BytesIO(workbook)).namelist()

    def bomb(_rng: random.Random) -> bytes:
        return _repart(workbook, "xl/sharedStrings.xml", lambda x: x + b" " * 50_000_000)

    def dtd(_rng: random.Random) -> bytes:
        return _repart(workbook, "xl/sharedStrings.xml", lambda x: x.replace(
            b"?>", b'?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1))

    def formula(_rng: random.Random) -> bytes:
        return _repart(workbook, "xl/worksheets/sheet1.xml", lambda x: x.replace(
            b'<c r="A2" t="s"><v>', b'<c r="A2"><f>HYPERLINK("x")</f><v>', 1))

    def mutated_part(rng: random.Random) -> bytes:
        part = rng.choice(parts)
        return _repart(workbook, part, lambda x: _splice(x, rng))

    def offsets(rng: random.Random) -> bytes:
        return workbook[rng.randrange(1, 40):]

    return [("zip", bomb), ("zip", dtd), ("zip", formula), ("zip", mutated_part),
            ("zip", offsets)]


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _n in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _cut(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def _splice(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(SNIPPETS) * rng.choice([1, 1, 2, 50]) + data[at:]


def mutants(reader: Reader, count: int, huge: int, rng: random.Random
            ) -> list[tuple[str, Callable[[], bytes]]]:
    """(kind, a maker of the mutant's bytes) for one reader: a few deep and huge ones, the
    zip tricks, and flips, cuts and splices for the rest."""
    out: list[tuple[str, Callable[[], bytes]]] = [
        ("deep", lambda: reader.deep(50_000)), ("huge", lambda: reader.huge(huge))]
    for kind, make in reader.extra:
        seeded = random.Random(rng.random())
        out.append((kind, lambda make=make, seeded=seeded: make(seeded)))
    kinds = [("flip", _flip), ("cut", _cut), ("splice", _splice)]
    while len(out) < count:
        kind, mutate = kinds[len(out) % 3]
        seeded = random.Random(rng.random())
        out.append((kind, lambda mutate=mutate, seeded=seeded: mutate(reader.seed, seeded)))
    return out


def _longest(result: object) -> int:
    """The length of the longest text a reader gave: a sentence, a segment, a term."""
    if isinstance(result, list):
        return max((len(text) for text in result), default=0)
    segments = getattr(result, "segments", None)
    if segments is not None:
        return max((len(text) for text in (*segments.sources, *segments.targets)), default=0)
    units = getattr(result, "units", None)
    if units is not None:
        return max((len(text) for unit in units for text, _line in unit.values()), default=0)
    concepts = getattr(result, "concepts", ())
    return max((len(term.text) for concept in concepts for _lang, term in concept.all_terms()),
               default=0)


def whole(reader: Reader, size: int) -> str:
    """Whether the huge mutant's text comes back whole ("whole"), or is refused."""
    try:
        result = reader.run(reader.huge(size), reader.file)
    except TilmashError as exc:
        return f"refused: {exc}"[:60]
    problems = [p for p in getattr(result, "problems", ()) if p.severity.value == "error"]
    if problems:
        return f"refused: {problems[0].message}"[:60]
    # The text is cut to whole words, spaces at its ends stripped by some readers.
    return "whole" if _longest(result) >= size - 2 else f"cut to {_longest(result):,}"


def outcome(reader: Reader, data: bytes, limit: float) -> tuple[str, bool, float, str]:
    """(outcome, says where, CPU seconds, the exception of a crash)."""
    signal.setitimer(signal.ITIMER_PROF, limit)
    start = time.process_time()
    try:
        result = reader.run(data, reader.file)
    except Hang:
        return "hang", False, time.process_time() - start, ""
    except InputError as exc:
        spent = time.process_time() - start
        if exc.file != reader.file:
            return "crash", False, spent, f"InputError naming {exc.file!r}"
        return "refused", exc.line is not None, spent, ""
    except TilmashError:
        return "refused", False, time.process_time() - start, ""
    except Exception as exc:  # counting crashes is the point
        return "crash", False, time.process_time() - start, f"{type(exc).__name__}: {exc}"[:160]
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    spent = time.process_time() - start
    problems = [p for p in getattr(result, "problems", ()) if p.severity.value == "error"]
    if not problems:
        return "result", False, spent, ""
    if not all(str(p.origin).startswith(reader.file) for p in problems):
        return "crash", False, spent, f"a problem outside the file: {problems[0]}"
    placed = all(p.origin.line is not None or p.origin.file != reader.file for p in problems)
    return "refused", placed, spent, ""


_WRITER = """
import sys
from pathlib import Path
from toolkit.fsutil import atomic_write_bytes
print("ready", flush=True)
atomic_write_bytes(Path(sys.argv[1]) / "report.html", b"<p>Posol</p>" * 4_000_000)
"""


def killed_writes(count: int, rng: random.Random) -> tuple[int, int, int, int]:
    """(writes killed, of them the ones that left a temporary, temporaries in the folder after
    the last kill, after the next write): each write of a 48 MB report into one folder is
    killed with SIGKILL at a random moment of its first 0.15 s."""
    import subprocess
    import tempfile

    from toolkit.fsutil import atomic_write_text

    leaving = 0
    with tempfile.TemporaryDirectory() as folder:
        for _n in range(count):
            child = subprocess.Popen([sys.executable, "-c", _WRITER, folder],
                                     stdout=subprocess.PIPE, text=True,
                                     env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
            assert child.stdout is not None
            child.stdout.readline()
            time.sleep(rng.uniform(0, 0.15))
            child.kill()
            child.wait()
            # Each kill's own leftover (the next writer's clean-up removes it, so count now).
            leaving += any(f".tilmash-{child.pid}." in p.name for p in Path(folder).iterdir())
        left = len(list(Path(folder).glob(".*.tmp")))
        atomic_write_text(Path(folder) / "summary.txt", "Посол РК в РФ\n")
        return count, leaving, left, len(list(Path(folder).glob(".*.tmp")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=200, help="mutants per reader")
    parser.add_argument("--huge", type=int, default=1_000_000, help="characters of a huge line")
    parser.add_argument("--limit", type=float, default=30.0, help="CPU seconds that is a hang")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--kills", type=int, default=30, help="report writes killed mid-way")
    args = parser.parse_args()
    signal.signal(signal.SIGPROF, _alarm)
    rng = random.Random(args.seed)
    tallies: dict[str, Tally] = {}
    started = time.process_time()
    for reader in _readers():
        seed = outcome(reader, reader.seed, args.limit)
        assert seed[0] == "result", (reader.name, seed)  # the unmutated file reads cleanly
        tally = tallies[reader.name] = Tally()
        for kind, make in mutants(reader, args.mutants, args.huge, rng):
            result, placed, spent, crash = outcome(reader, make(), args.limit)
            tally.outcomes[result] += 1
            tally.placed += placed
            if spent > tally.longest:
                tally.longest, tally.longest_kind = spent, kind
            if crash and not tally.first_crash:
                tally.first_crash = f"{kind}: {crash}"
        # Linear or not: the huge mutant at a tenth of the size, best of three each.
        small = min(outcome(reader, reader.huge(args.huge // 10), args.limit)[2]
                    for _n in range(3))
        large = min(outcome(reader, reader.huge(args.huge), args.limit)[2] for _n in range(3))
        tally.growth = large / max(small, 1e-3)
        tally.whole = whole(reader, args.huge)
    total = time.process_time() - started
    print(f"Hostile input: {args.mutants} mutants per reader (seed {args.seed}), huge = "
          f"{args.huge:,} characters, hang = over {args.limit:g} s of CPU; CPU times "
          "(the machine is shared: wall times would be noise).\n")
    print("| reader | mutants | refused | with place | result | crash | hang | longest (CPU s) "
          "| huge ÷ huge/10 | huge text |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---:|---|")
    sums: Counter[str] = Counter()
    for name, t in tallies.items():
        n = sum(t.outcomes.values())
        sums.update(t.outcomes)
        sums["mutants"] += n
        sums["placed"] += t.placed
        print(f"| {name} | {n} | {t.outcomes['refused']} | {t.placed} | {t.outcomes['result']} "
              f"| {t.outcomes['crash']} | {t.outcomes['hang']} | {t.longest:.2f} "
              f"({t.longest_kind}) | {t.growth:.1f} | {t.whole} |")
    longest = max(tallies.values(), key=lambda t: t.longest)
    print(f"| all | {sums['mutants']} | {sums['refused']} | {sums['placed']} | {sums['result']} "
          f"| {sums['crash']} | {sums['hang']} | {longest.longest:.2f} | | |")
    print(f"\nTotal CPU: {total:.1f} s.")
    killed, leaving, left, after = killed_writes(args.kills, rng)
    print(f"\nKilled writes (SIGKILL during a 48 MB report write): {killed}; of them left a "
          f"temporary: {leaving}; temporaries in the folder after the last kill: {left} (each "
          f"write removes those of the killed ones before it); after the next write: {after}.")
    for name, t in tallies.items():
        if t.first_crash:
            print(f"First crash, {name}: {t.first_crash}")


if __name__ == "__main__":
    main()
