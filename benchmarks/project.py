"""How a whole project is checked: one run over 500 documents on 1 and 2 jobs, beside one
process per document (what a shell loop over `tilmash check` costs).

The 500 documents are made from NTREX-128 documents 000-061 (the development half; 062-122 are
never read), each in turn as ru→en, ru→kk, kk→en and en→ru, named in a manifest. The per-process
baseline runs `tilmash check SRC TGT` for a sample of the documents and scales its mean to 500
(said in the table).

The 500 documents hold 62 texts, each in four directions and twice or so over; the project
check gives documents that share a text to one worker (see ``toolkit.project._batches``), so
two jobs gain more here than on distinct texts: on the first 248 rows of the manifest (each
text once per direction) two jobs took 0.51-0.58x the wall time of one on 2 cores.

    python benchmarks/project.py [--documents 500] [--sample 20]

Goals (issue 16): wall time with 2 jobs at most 0.6x that with 1 job, and at least 20x faster
than one process per document.

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ntrex128" / "docs"
DIRECTIONS = (("ru", "en"), ("ru", "kk"), ("kk", "en"), ("en", "ru"))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str]) -> tuple[float, float, int]:
    cpu, wall = _children_cpu(), time.perf_counter()
    code = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    return time.perf_counter() - wall, _children_cpu() - cpu, code


def _documents(folder: Path, count: int) -> list[tuple[str, str, str, str]]:
    docs = sorted(p for p in SHARED.iterdir() if p.is_dir() and p.name[:3].isdigit()
                  and int(p.name[:3]) <= 61)
    rows = []
    for i in range(count):
        doc = docs[i % len(docs)]
        src, tgt = DIRECTIONS[(i // len(docs)) % len(DIRECTIONS)]
        name = f"{i:03d}-{doc.name}"
        for lang in (src, tgt):
            shutil.copy(doc / f"doc.{lang}", folder / f"{name}.{lang}.txt")
        rows.append((f"{name}.{src}.txt", f"{name}.{tgt}.txt", src, tgt))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--sample", type=int, default=20)
    options = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"benchmarks/project.py needs NTREX-128 in {SHARED} (not found)")
    tilmash = shutil.which("tilmash") or sys.exit("tilmash is not installed (pip install -e .)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = _documents(folder, options.documents)
        manifest = folder / "project.tsv"
        manifest.write_text("source\ttarget\tsource_lang\ttarget_lang\n" + "".join(
            "\t".join(row) + "\n" for row in rows), encoding="utf-8")
        segments = sum(len((folder / row[0]).read_text(encoding="utf-8").splitlines())
                       for row in rows)
        report = folder / "report.json"
        _run([tilmash, "check", str(manifest), "--jobs", "1", "--format", "json", "-o",
              str(report)])  # warm the glossary cache and the file cache
        results = {}
        for jobs in (1, 2):
            results[jobs] = _run([tilmash, "check", str(manifest), "--jobs", str(jobs),
                                  "--format", "json", "-o", str(report)])
        sample = rows[:: max(1, len(rows) // options.sample)][: options.sample]
        walls, cpus = [], []
        for src, tgt, src_lang, tgt_lang in sample:
            wall, cpu, _code = _run([tilmash, "check", str(folder / src), str(folder / tgt),
                                     "--source-lang", src_lang, "--target-lang", tgt_lang,
                                     "--format", "json", "-o", os.devnull])
            walls.append(wall)
            cpus.append(cpu)
        per_wall = sum(walls) / len(walls) * len(rows)
        per_cpu = sum(cpus) / len(cpus) * len(rows)
    print(f"{len(rows)} documents, {segments:,} segment pairs; cores: {os.cpu_count()}\n")
    print("| run | wall s | CPU s | wall vs 1 job | speed-up vs one process per document |")
    print("|---|---:|---:|---:|---:|")
    for jobs, (wall, cpu, code) in results.items():
        print(f"| one run, --jobs {jobs} (exit {code}) | {wall:.1f} | {cpu:.1f} | "
              f"{wall / results[1][0]:.2f}x | {per_wall / wall:.0f}x |")
    print(f"| one process per document (mean of {len(sample)}, x{len(rows)}) | {per_wall:.1f} | "
          f"{per_cpu:.1f} | | 1x |")


if __name__ == "__main__":
    main()
