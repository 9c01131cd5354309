"""Sentence boundary precision and recall on NTREX-128, beside razdel alone.

Each document's gold sentences (one a line in NTREX) are joined with spaces into one paragraph,
segmented, and the boundaries compared by character offset. NTREX documents begin with a
headline and some have sub-headlines: sentences without terminal punctuation, which no
segmenter can find inside a paragraph (nor should: a real article has them on a line of their
own). So two setups are printed:

- ``joined``: everything in one paragraph, exactly as above;
- ``headlines on own line``: the same, except that a gold sentence without terminal punctuation
  is followed by a line break instead of a space, as it stands in an article.

All 123 documents are used: segmentation has no tuning data of its own in ntrex-terms.

    python benchmarks/segmentation.py

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from razdel import sentenize

from toolkit.lang import Lang
from toolkit.text.segment import split_sentences

DOCS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ntrex128" / "docs"
TERMINAL = re.compile(r"[.!?…][\"'»”“’)\]]*$")


def build(lines: list[str], headlines_apart: bool) -> tuple[str, set[int]]:
    text = ""
    gold: set[int] = set()
    for line in lines:
        if text:
            apart = headlines_apart and not TERMINAL.search(text.rstrip())
            text += "\n" if apart else " "
        text += line
        gold.add(len(text))
    gold.discard(len(text))
    return text, gold


def ours(text: str, lang: Lang) -> set[int]:
    ends: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        ends.update(offset + s.end for s in split_sentences(line, lang))
        offset += len(line) + 1
    return ends


def razdel_only(text: str, lang: Lang) -> set[int]:
    return {s.stop for s in sentenize(text)}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    docs = sorted(DOCS.iterdir())
    print(f"Sentence boundaries on NTREX-128 ({len(docs)} documents)\n")
    print("| setup | lang | boundaries | tilmash P | tilmash R | tilmash F1 | razdel P | razdel R "
          "| razdel F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    started = time.perf_counter()
    for headlines_apart in (False, True):
        for lang in (Lang.EN, Lang.RU, Lang.KK):
            counts = {"tilmash": [0, 0, 0], "razdel": [0, 0, 0]}
            total = 0
            for doc in docs:
                lines = [line.strip() for line in
                         (doc / f"doc.{lang.value}").read_text(encoding="utf-8").split("\n")
                         if line.strip()]
                text, gold = build(lines, headlines_apart)
                total += len(gold)
                for name, segmenter in (("tilmash", ours), ("razdel", razdel_only)):
                    found = segmenter(text, lang) - {len(text)}
                    c = counts[name]
                    c[0] += len(found & gold)
                    c[1] += len(found - gold)
                    c[2] += len(gold - found)
            a, b = prf(*counts["tilmash"]), prf(*counts["razdel"])
            setup = "headlines on own line" if headlines_apart else "joined"
            print(f"| {setup} | {lang.value} | {total} | {a[0]:.3f} | {a[1]:.3f} | {a[2]:.3f} "
                  f"| {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} |")
    print(f"\n({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
