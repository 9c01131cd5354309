"""How well the aligner's dictionary of everyday news words (toolkit/align/data/dictionary-*.tsv)
finds the same entries in a sentence and in its translation.

Over the sentences of NTREX-128 documents 000-061 outside the held-aside part (numbers not
≡ 2 mod 3; documents 062-122 are never read), for each pair of languages:

- coverage: the share of sentences with at least one entry, on each side;
- keep: of the entries found in sentence k of one side, the share also found in sentence k of
  the other side (both directions summed);
- chance: the same share against sentence k+1 of the other side, what an entry tells a wrong
  pairing; the gap between the two is the entries' signal;
- one-sided: the entries found most often on one side only, with the side, to find wrong or
  missing forms (``--show WORD`` prints such sentences for the entries that have WORD).

    python benchmarks/align_dictionary.py [--dictionary FILE.tsv ...] [--top 20] [--show WORD]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022, "NTREX-128 -- News Test References for MT
Evaluation of 128 Languages"), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_cases import dev_documents, is_held_out, missing

from toolkit.align.dictionary import Dictionary, read_dictionary
from toolkit.lang import Lang

PAIRS = (("ru", "en"), ("kk", "ru"), ("kk", "en"))


def dictionary_text(paths: list[Path]) -> str:
    """The text the dictionary is read from: the given files, or the packaged ones."""
    if paths:
        return "\n".join(p.read_text(encoding="utf-8") for p in paths)
    folder = resources.files("toolkit.align").joinpath("data")
    parts = sorted((f for f in folder.iterdir() if f.name.startswith("dictionary-")
                    and f.name.endswith(".tsv")), key=lambda f: f.name)
    return "\n".join(f.read_text(encoding="utf-8") for f in parts)


def words_of(line: str) -> set[str]:
    """The words of a dictionary line, case-folded."""
    return {w.strip().casefold() for cell in line.split("\t") for w in cell.split("|")}


def documents() -> list[dict[str, list[str]]]:
    """The development documents as lines by language."""
    out = []
    for doc in dev_documents():
        if is_held_out(doc.name):
            continue
        out.append({lang: (doc / f"doc.{lang}").read_text(encoding="utf-8").splitlines()
                    for lang in ("en", "ru", "kk")})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictionary", type=Path, action="append", default=[],
                        help="a dictionary file (default: the packaged ones)")
    parser.add_argument("--top", type=int, default=20, help="one-sided entries to list")
    parser.add_argument("--show", help="print one-sided sentences of the entries with this word")
    args = parser.parse_args()
    problem = missing()
    if problem:
        sys.exit(problem)
    text = dictionary_text(args.dictionary)
    lines = text.splitlines()
    dictionary: Dictionary = read_dictionary(text)
    docs = documents()
    sentences = sum(len(d["en"]) for d in docs)
    print(f"{dictionary.size} entries; {len(docs)} documents, {sentences} sentences\n")
    print("| pair | coverage a | coverage b | keep | chance (k+1) | one-sided a | one-sided b |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    lonely: dict[tuple[str, str], Counter[tuple[int, str]]] = {}
    examples: list[str] = []
    show = args.show.casefold() if args.show else None
    for a, b in PAIRS:
        covered = Counter[str]()
        kept = same = nxt = found_next = 0
        only: Counter[tuple[int, str]] = Counter()
        only_a = only_b = 0
        total = 0
        for doc in docs:
            found = {lang: [set(dictionary.entries(s, Lang(lang))) for s in doc[lang]]
                     for lang in (a, b)}
            for k in range(len(doc[a])):
                total += 1
                ea, eb = found[a][k], found[b][k]
                covered[a] += bool(ea)
                covered[b] += bool(eb)
                same += len(ea) + len(eb)
                kept += len(ea & eb) + len(eb & ea)
                if k + 1 < len(doc[a]):
                    na, nb = found[a][k + 1], found[b][k + 1]
                    nxt += len(ea) + len(eb)
                    found_next += len(ea & nb) + len(eb & na)
                for side, mine, other in ((a, ea, eb), (b, eb, ea)):
                    for entry in mine - other:
                        only[(entry, side)] += 1
                        only_a += side == a
                        only_b += side == b
                        if show and show in words_of(lines[entry - 1]):
                            examples.append(f"[{a}-{b}, {side} only] {lines[entry - 1]}\n"
                                            f"  {a}: {doc[a][k]}\n  {b}: {doc[b][k]}")
        lonely[(a, b)] = only
        print(f"| {a}-{b} | {covered[a] / total:.1%} | {covered[b] / total:.1%} "
              f"| {kept / max(same, 1):.1%} | {found_next / max(nxt, 1):.1%} "
              f"| {only_a} | {only_b} |")
    print()
    for (a, b), only in lonely.items():
        print(f"One-sided entries, {a}-{b}:\n")
        print("| hits | only in | entry |")
        print("| --- | --- | --- |")
        for (entry, side), count in only.most_common(args.top):
            print(f"| {count} | {side} | {lines[entry - 1].replace(chr(9), ' / ')} |")
        print()
    for example in examples:
        print(example)


if __name__ == "__main__":
    main()
