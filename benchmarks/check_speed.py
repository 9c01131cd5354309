"""Speed of `tilmash check`: segment pairs per second against glossary size.

Pairs are NTREX-128 ru→en sentence pairs (2,000 and 20,000, the corpus repeated as needed, each
copy made distinct), checked with every check against the synthetic glossaries of
benchmarks/scan_speed.py (1k and 100k concepts). Each configuration runs in a fresh process;
"warm" is the best of three runs after a first one (word-form caches filled; the cache of whole
segments' tokens is emptied before each run, as a new document would find it), on one core.
Times are CPU seconds of the process, so that other work on the machine does not count.

    python benchmarks/check_speed.py

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_speed import corpus, synthetic_glossary

from toolkit.check.runner import check_pairs, matchers_for
from toolkit.formats.base import Segments
from toolkit.lang import Lang
from toolkit.text.tokenize import tokenize


def child(pairs: int, size: int) -> dict[str, float]:
    ru, en = corpus("ru"), corpus("en")
    count = min(len(ru), len(en))
    # Each copy of the corpus differs from the others (by trailing spaces, which change no
    # finding), so that no segment is a repeat whose mentions a run has already looked up: a
    # document seldom repeats itself ten times over.
    sources = [ru[i % count] + " " * (i // count) for i in range(pairs)]
    targets = [en[i % count] + " " * (i // count) for i in range(pairs)]
    lines = list(range(1, pairs + 1))
    segments = Segments(sources, targets, lines, lines)
    glossary = synthetic_glossary(size)
    started = time.process_time()
    matchers = matchers_for(glossary, (Lang.RU, Lang.EN))
    build = time.process_time() - started
    started = time.process_time()
    findings = check_pairs(glossary, Lang.RU, Lang.EN, segments, matchers)
    cold = time.process_time() - started
    runs = []
    gc.collect()
    gc.disable()
    for _ in range(3):
        # Word-form caches stay warm; the cache of whole segments' tokens would not help a new
        # document, so it does not help here either.
        tokenize.cache_clear()
        started = time.process_time()
        check_pairs(glossary, Lang.RU, Lang.EN, segments, matchers)
        runs.append(time.process_time() - started)
    gc.enable()
    warm = min(runs)
    return {"build": build, "cold": cold, "warm": warm, "pps": pairs / warm,
            "findings": len(findings),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]), int(sys.argv[3]))))
        return
    print("`tilmash check` speed, NTREX ru→en pairs, all checks (one core)\n")
    print("| pairs | concepts | matcher build CPU s | cold CPU s | warm CPU s | pairs/CPU s (warm) "
          "| findings | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for pairs in (2_000, 20_000):
        for size in (1_000, 100_000):
            done = subprocess.run([sys.executable, __file__, "--child", str(pairs), str(size)],
                                  capture_output=True, text=True, check=True)
            r = json.loads(done.stdout)
            print(f"| {pairs:,} | {size:,} | {r['build']:.2f} | {r['cold']:.2f} | "
                  f"{r['warm']:.2f} | {r['pps']:,.0f} | {r['findings']:,} | {r['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()
