"""How well the topic part of the aligner's dictionary (toolkit/align/data/dictionary-topics.tsv)
tells translations apart, on NTREX-128 documents 000-061 (tune part only: documents whose number
is not 2 mod 3; 062-122 are held out and the rest held aside).

For each pair of languages and each direction A → B: of the entries found in line k of A, the
share also found in line k of B (keep rate) and in line k+1 of B (chance rate); a good entry is
kept often and found by chance rarely. Then the entries with most one-sided hits (found in line
k of one side and not in line k of the other), which point at forms that do not match or at
entries that mislead.

    python benchmarks/align_dictionary_topics.py [--dictionary FILE] [--top N] [--entry N]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from toolkit.align.dictionary import Dictionary, read_dictionary
from toolkit.lang import Lang

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT.parent / "shared" / "data" / "ntrex128" / "docs"
DEFAULT = ROOT / "toolkit" / "align" / "data" / "dictionary-topics.tsv"
PAIRS = (("ru-en", Lang.RU, Lang.EN), ("kk-ru", Lang.KK, Lang.RU), ("kk-en", Lang.KK, Lang.EN))


def tune_documents() -> list[Path]:
    """Documents 000-061 whose number is not 2 mod 3."""
    out = []
    for folder in sorted(DOCS.iterdir()):
        number = int(folder.name[:3])
        if number <= 61 and number % 3 != 2:
            out.append(folder)
    return out


def lines(folder: Path, lang: Lang) -> list[str]:
    return (folder / f"doc.{lang.value}").read_text(encoding="utf-8").splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionary", type=Path, default=DEFAULT)
    parser.add_argument("--top", type=int, default=25, help="entries with most one-sided hits")
    parser.add_argument("--entry", type=int, action="append", default=[],
                        help="show the sentences where this entry (line number) is one-sided")
    args = parser.parse_args()
    text = args.dictionary.read_text(encoding="utf-8")
    dictionary: Dictionary = read_dictionary(text)
    rows = text.splitlines()
    docs = tune_documents()
    found: dict[Lang, list[list[set[int]]]] = {lang: [] for lang in Lang}
    raw: dict[Lang, list[list[str]]] = {lang: [] for lang in Lang}
    for folder in docs:
        for lang in (Lang.EN, Lang.RU, Lang.KK):
            sentences = lines(folder, lang)
            raw[lang].append(sentences)
            found[lang].append([set(dictionary.entries(s, lang)) for s in sentences])
    sentences = sum(len(d) for d in found[Lang.EN])
    print(f"{dictionary.size} entries; {len(docs)} documents, {sentences} sentences\n")
    print(f"{'pair':8} {'dir':8} {'hits':>6} {'keep':>7} {'chance':>7} {'sent. with':>10}")
    one_sided: dict[str, Counter[int]] = {}
    both: Counter[int] = Counter()
    for name, a, b in PAIRS:
        sided: Counter[int] = Counter()
        for src, dst in ((a, b), (b, a)):
            hits = keep = chance = chance_total = with_any = 0
            for doc_src, doc_dst in zip(found[src], found[dst], strict=True):
                for k, entries in enumerate(doc_src):
                    with_any += bool(entries)
                    for entry in entries:
                        hits += 1
                        keep += entry in doc_dst[k]
                        if k + 1 < len(doc_dst):
                            chance_total += 1
                            chance += entry in doc_dst[k + 1]
                        if entry not in doc_dst[k]:
                            sided[entry] += 1
                        elif src is a:
                            both[entry] += 1
            print(f"{name:8} {src.value}→{dst.value:5} {hits:6} {keep / max(hits, 1):7.1%} "
                  f"{chance / max(chance_total, 1):7.1%} {with_any / sentences:10.1%}")
        one_sided[name] = sided
    print("\nEntries with most one-sided hits (per pair, both directions):")
    total: Counter[int] = Counter()
    for sided in one_sided.values():
        total.update(sided)
    print(f"{'line':>5} {'1-sided':>7} {'kept':>5}  " + "  ".join(p for p, _, _ in PAIRS)
          + "  entry")
    for entry, count in total.most_common(args.top):
        per = "  ".join(f"{one_sided[p][entry]:5}" for p, _, _ in PAIRS)
        print(f"{entry:5} {count:7} {both[entry]:5}  {per}  {rows[entry - 1][:70]}")
    for entry in args.entry:
        print(f"\nEntry {entry}: {rows[entry - 1]}")
        for d, _ in enumerate(docs):
            for k in range(len(found[Lang.EN][d])):
                has = {lang: entry in found[lang][d][k] for lang in (Lang.EN, Lang.RU, Lang.KK)}
                if any(has.values()) and not all(has.values()):
                    for lang in (Lang.EN, Lang.RU, Lang.KK):
                        mark = "+" if has[lang] else "-"
                        print(f"  {mark}{lang.value} {raw[lang][d][k][:150]}")
                    print()


if __name__ == "__main__":
    main()
