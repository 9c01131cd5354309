"""Scan speed and memory against glossary size: 1k, 10k and 100k concepts over all NTREX text.

The synthetic glossaries are realistic in shape: the bundled glossary plus concepts whose terms
are 2-4 word phrases drawn from the NTREX vocabulary of each language (capitalised like names,
with an acronym now and then). The first thousand concepts also get one-word terms drawn from
the words NTREX capitalises inside a sentence (names); beyond them, only phrases are added. So
every size finds the same names, and what grows is the number of terms that share first words
with each other and with the text: the index's cost, which is what is measured. (One-word
terms made of common words at every size would turn every word into a "mention" at 100k and
measure the size of the output instead.) The mentions column shows what is found. Each
configuration runs in a fresh process, so peak memory (max RSS) is its own.

Printed per language and size: index build time, the first (cold) scan, the scan after warm-up
(word-form caches filled; the cache of whole lines' tokens emptied before each timed run, as
new text would find it), words per second after warm-up, and peak memory.

    python benchmarks/scan_speed.py [--sizes 1000,10000,100000]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO.parent / "shared" / "data" / "ntrex128" / "docs"
LANGS = ("ru", "kk", "en")


def corpus(lang: str) -> list[str]:
    lines = []
    for doc in sorted(DOCS.iterdir()):
        lines.extend(line for line in (doc / f"doc.{lang}").read_text(encoding="utf-8")
                     .split("\n") if line.strip())
    return lines


def synthetic_glossary(size: int, seed: int = 7):
    from toolkit.glossary import load_glossary
    from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType

    base = list(load_glossary(REPO / "glossary"))
    rng = random.Random(seed)
    vocab = {lang: sorted({w for line in corpus(lang) for w in re.findall(r"\w{3,}", line)})
             for lang in LANGS}
    names = {lang: sorted({m for line in corpus(lang)
                           for m in re.findall(r"(?<=\w )[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w{2,}", line)})
             for lang in LANGS}
    concepts = base[:]
    kinds = list(Kind)
    while len(concepts) < size:
        n = len(concepts)
        terms = {}
        for lang in LANGS:
            length = rng.choice((1, 2, 2, 3, 3, 4) if n < 1000 else (2, 2, 3, 3, 4))
            words = rng.sample(names[lang] if length == 1 else vocab[lang], length)
            text = " ".join(w.capitalize() for w in words)
            lang_terms = [Term(text)]
            if rng.random() < 0.2:
                acronym = "".join(w[0] for w in words).upper() + str(n % 97)
                lang_terms.append(Term(acronym, Status.ADMITTED, TermType.ACRONYM,
                                       case_sensitive=True))
            terms[lang] = tuple(lang_terms)
        concepts.append(Concept(f"other-synthetic-{n}", rng.choice(kinds), **terms))
    return Glossary(tuple(concepts[:size]))


def child(lang_code: str, size: int) -> dict[str, float]:
    from toolkit.lang import Lang
    from toolkit.match import Matcher
    from toolkit.text.tokenize import tokenize

    lang = Lang(lang_code)
    lines = corpus(lang_code)
    words = sum(1 for line in lines for t in tokenize(line) if t.is_word)
    glossary = synthetic_glossary(size)
    started = time.perf_counter()
    matcher = Matcher(glossary, lang)
    build = time.perf_counter() - started
    started = time.perf_counter()
    cold_mentions = sum(1 for _ in matcher.scan(lines))
    cold = time.perf_counter() - started
    runs = []
    gc.collect()
    gc.disable()  # collections triggered by other work would land in random runs
    for _ in range(5):
        tokenize.cache_clear()  # word-form caches stay warm; whole lines' tokens would not
        started = time.perf_counter()
        mentions = sum(1 for _ in matcher.scan(lines))
        runs.append(time.perf_counter() - started)
    gc.enable()
    warm = min(runs)
    assert mentions == cold_mentions
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"words": words, "build": build, "cold": cold, "warm": warm,
            "wps": words / warm, "peak_mb": peak_mb, "mentions": mentions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--child", nargs=2, metavar=("LANG", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print("Scan speed over all NTREX-128 text (one core; warm = best of 5 after a first scan)\n")
    print("| lang | concepts | words | mentions | index build s | cold scan s | warm scan s | "
          "words/s (warm) | peak MB | vs 1k |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang in LANGS:
        first = None
        for size in sizes:
            done = subprocess.run([sys.executable, __file__, "--child", lang, str(size)],
                                  capture_output=True, text=True, check=True)
            r = json.loads(done.stdout)
            first = first or r["warm"]
            print(f"| {lang} | {size:,} | {r['words']:,} | {r['mentions']:,} | {r['build']:.2f} | "
                  f"{r['cold']:.2f} | "
                  f"{r['warm']:.3f} | {r['wps']:,.0f} | {r['peak_mb']:.0f} | "
                  f"{(r['warm'] / first - 1) * 100:+.0f}% |")


if __name__ == "__main__":
    main()
