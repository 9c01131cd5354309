"""Alignment time and memory at 1k, 5k and 10k sentences: growth must be linear.

Documents are NTREX-128 ru and en sentences: whole documents in a shuffled order, repeated until
the size is reached (so the two sides stay parallel), with the bundled glossary. Each size runs
in a fresh process; peak memory is its max RSS.

    python benchmarks/align_speed.py [--sizes 1000,5000,10000]

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

REPO = Path(__file__).resolve().parent.parent
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


def child(size: int) -> dict[str, float]:
    from toolkit.align.aligner import align_sentences
    from toolkit.glossary import load_glossary
    from toolkit.lang import Lang

    glossary = load_glossary(REPO / "glossary")
    source, target = documents(size)
    started = time.perf_counter()
    beads = align_sentences(source, target, Lang.RU, Lang.EN, glossary)
    seconds = time.perf_counter() - started
    correct = sum(1 for b in beads if b.source == b.target and len(b.source) == 1)
    return {"seconds": seconds, "beads": len(beads), "correct": correct / size,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    print("Alignment speed, NTREX ru-en, bundled glossary (one core)\n")
    print("| sentences | seconds | per 1k | beads | 1-1 beads right | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run([sys.executable, __file__, "--child", str(size)],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout)
        print(f"| {size:,} × {size:,} | {r['seconds']:.1f} | {r['seconds'] / size * 1000:.2f} | "
              f"{r['beads']:,} | {r['correct']:.3f} | {r['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()
