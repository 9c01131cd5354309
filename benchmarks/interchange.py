"""Export and import time and peak memory of the glossary interchange formats at 1k-100k concepts.

Synthetic glossaries as in benchmarks/scan_speed.py (NTREX words as terms in kk, ru, en, with
acronyms), each size and format in a fresh process so that peak memory (max RSS) is its own.
Import includes validation. "glossary in memory" is the process before the export (the
synthetic glossary itself); the peak adds the file's bytes and the glossary read back.
Goal: 100k concepts exported to XLSX in 20 s and imported in 30 s.

    python benchmarks/interchange.py [--sizes 1000,10000,100000] [--formats xlsx,tbx,csv]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def child(fmt: str, size: int) -> dict[str, float]:
    from scan_speed import synthetic_glossary

    from toolkit.glossary import read_interchange
    from toolkit.glossary.io import export_glossary

    glossary = synthetic_glossary(size)
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    data = export_glossary(glossary, fmt)
    exported = time.perf_counter() - started
    started = time.perf_counter()
    result = read_interchange(data, f"g.{fmt}")
    imported = time.perf_counter() - started
    equal = result.glossary == glossary
    return {"export": exported, "import": imported, "mb": len(data) / 1e6, "equal": equal,
            "errors": sum(p.severity.value == "error" for p in result.problems),
            "base_mb": base_mb,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--formats", default="xlsx,tbx,csv")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    print("Glossary interchange, synthetic glossaries (one core)\n")
    print("| format | concepts | export s | import s | file MB | round trip equal | "
          "glossary in memory MB | peak MB |")
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    for fmt in args.formats.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            done = subprocess.run([sys.executable, __file__, "--child", fmt, str(size)],
                                  capture_output=True, text=True, check=True)
            r = json.loads(done.stdout)
            print(f"| {fmt} | {size:,} | {r['export']:.1f} | {r['import']:.1f} | {r['mb']:.1f} | "
                  f"{'yes' if r['equal'] and not r['errors'] else 'NO'} | {r['base_mb']:.0f} | "
                  f"{r['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()
