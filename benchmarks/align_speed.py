"""Alignment time and memory from 1k to 50k sentences, and for two unrelated texts.

Documents are NTREX-128 ru and en sentences: whole documents in a shuffled order, repeated until
the size is reached (so the two sides stay parallel), with the bundled glossary. The
``unrelated`` row aligns two texts that are not translations of each other: the Russian
documents in one order against the English ones in another, with different numbers of copies
(20k against 30k sentences). The ``partial`` row is a translation of the middle half of a text:
the Russian of every NTREX sentence once (1,997) against the English of sentences 499-1,497
(documents repeated, as on the other rows, would leave no anchor found once in each text to
show the band where the translation begins). The ``deletions`` row aligns the
Russian-original-like cases of benchmarks/align_cases.py end to end, seed after seed, as one
long pair with gold beads: a band that lost the path would show there. ``right`` is the share
of 1-1 beads found on the parallel rows (of the translated sentences on the ``partial`` row),
strict F1 on the ``deletions`` row. Each row runs in a fresh process: the CPU seconds that
a process pays once (``setup``: the glossary's matchers built and the lazy morphology loaded, by
aligning 20 sentences first), then the CPU seconds of the alignment (features, DP and all), its
peak memory (max RSS) and what aligning added to the memory held before it. Goal: at most 1.5 s
of CPU per 1,000 sentences, memory growing linearly.

    python benchmarks/align_speed.py [--sizes 1000,5000,10000,20000,50000] [--no-unrelated]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from toolkit.align.bead import Bead

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
DOCS = REPO.parent / "shared" / "data" / "ntrex128" / "docs"


def documents(size: int, seed: int = 3) -> tuple[list[str], list[str]]:
    docs = sorted(DOCS.iterdir())
    rng = random.Random(seed)
    source: list[str] = []
    target: list[str] = []
    while len(source) < size:
        for doc in rng.sample(docs, len(docs)):
            ru = (doc / "doc.ru").read_text(encoding="utf-8").split("\n")
            en = (doc / "doc.en").read_text(encoding="utf-8").split("\n")
            for a, b in zip(ru, en, strict=False):
                if a.strip() and b.strip():
                    source.append(a)
                    target.append(b)
    return source[:size], target[:size]


def with_deletions(size: int) -> tuple[list[str], list[str], list[Bead]]:
    """Russian-original-like cases (benchmarks/align_cases.py) end to end, seed after seed."""
    from align_cases import realistic_cases

    source: list[str] = []
    target: list[str] = []
    gold: list[Bead] = []
    seed = 0
    while len(source) < size:
        seed += 1
        for case in realistic_cases("ru-en", "ru-original", seed=seed):
            gold.extend(Bead(tuple(i + len(source) for i in b.source),
                             tuple(j + len(target) for j in b.target)) for b in case.gold)
            source.extend(case.source)
            target.extend(case.target)
    return source, target, gold


def child(size: int, kind: str) -> dict[str, float]:
    from toolkit.align.aligner import align_documents
    from toolkit.align.score import score
    from toolkit.glossary import load_glossary
    from toolkit.lang import Lang
    from toolkit.match import Matcher

    glossary = load_glossary(REPO / "glossary")
    gold = None
    if kind == "unrelated":
        source = documents(size, seed=3)[0]
        target = documents(size * 3 // 2, seed=4)[1]
    elif kind == "deletions":
        source, target, gold = with_deletions(size)
    elif kind == "partial":
        source, target = documents(size)
        target = target[size // 4:size * 3 // 4]
    else:
        source, target = documents(size)
    # What the first alignment of a process pays once, whatever the size (the morphology
    # dictionaries and the glossary's matchers load lazily): measured apart, on one document.
    started = time.process_time()
    matchers = {lang: Matcher(glossary, lang) for lang in (Lang.RU, Lang.EN)}
    align_documents(source[:20], target[:20], Lang.RU, Lang.EN, glossary, matchers=matchers)
    setup = time.process_time() - started
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.process_time()
    alignment = align_documents(source, target, Lang.RU, Lang.EN, glossary, matchers=matchers)
    seconds = time.process_time() - started
    beads = alignment.beads
    if gold is not None:
        correct = score([gold], [beads]).f1_strict
    elif kind == "partial":
        found = {(b.source, b.target) for b in beads}
        correct = sum(((size // 4 + k,), (k,)) in found for k in range(len(target))) / len(target)
    else:
        correct = sum(1 for b in beads if b.source == b.target and len(b.source) == 1) / size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "setup": setup, "beads": len(beads), "correct": correct,
            "size": len(source),
            "peak_mb": peak, "added_mb": peak - before, "target": len(target),
            "confident": alignment.confident, "parallel": alignment.looks_parallel}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,10000,20000,50000")
    parser.add_argument("--no-unrelated", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="parallel", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.kind)))
        return
    if not DOCS.is_dir():
        sys.exit(f"{DOCS} is missing: this benchmark needs ../shared/data from the project.")
    print("Alignment speed, NTREX ru-en, bundled glossary (one core, CPU seconds)\n")
    print("| texts | sentences | setup CPU s | CPU s | per 1k | beads | right | confident "
          "| looks parallel | peak MB | added MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    runs = [(int(s), "parallel") for s in args.sizes.split(",")]
    if not args.no_unrelated:
        runs += [(10000, "deletions"), (1997, "partial"), (20000, "unrelated")]
    for size, kind in runs:
        done = subprocess.run([sys.executable, __file__, "--child", str(size), "--kind", kind],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout)
        per_k = r["seconds"] / (r["size"] + r["target"]) * 2000
        right = "-" if kind == "unrelated" else f"{r['correct']:.3f}"
        print(f"| {kind} | {r['size']:,} × {r['target']:,} | {r['setup']:.1f} | "
              f"{r['seconds']:.1f} | {per_k:.2f} | {r['beads']:,} | {right} | "
              f"{r['confident']:.2f} | {'yes' if r['parallel'] else 'no'} | "
              f"{r['peak_mb']:.0f} | {r['added_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
