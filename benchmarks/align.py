"""Sentence alignment accuracy on ../shared/data/align-dev, beside the Gale-Church baseline.

For each pair (ru-en, kk-ru, kk-en) and each case, the presegmented ``src.txt`` and ``tgt.txt``
are aligned and scored against ``gold.txt`` with strict and lax precision, recall and F1 as
Vecalign's score.py defines them. Three aligners in one run:

- tilmash: lengths plus anchors (glossary concepts, numbers, identical tokens, quotes), with
  the glossary built from the case's document records in ntrex-terms/dev.jsonl;
- tilmash with lengths only (no anchors), to show what the anchors are worth;
- the PyPI package ``galechurch`` (a benchmark-only dependency: ``pip install galechurch``) with
  its defaults, the classic baseline.

    python benchmarks/align.py

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0; cases made for this project
from documents 000-061 by joining and dropping sentences.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from term_matching import glossary_of, load_records

from toolkit.align import cost as cost_module
from toolkit.align.aligner import align_sentences
from toolkit.align.bead import Bead, parse_beads
from toolkit.align.score import score
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "align-dev"
PAIRS = (("ru-en", Lang.RU, Lang.EN), ("kk-ru", Lang.KK, Lang.RU), ("kk-en", Lang.KK, Lang.EN))


def gale_church(source: list[str], target: list[str]) -> list[Bead]:
    import galechurch

    block = galechurch.align(source, target)
    return [Bead(tuple(range(b.source_start, b.source_end)),
                 tuple(range(b.target_start, b.target_end))) for b in block.beads]


def lengths_only(source: list[str], target: list[str], source_lang: Lang,
                 target_lang: Lang) -> list[Bead]:
    saved = cost_module.SHARED, cost_module.UNSHARED
    cost_module.SHARED = cost_module.UNSHARED = 0.0
    try:
        return align_sentences(source, target, source_lang, target_lang, Glossary())
    finally:
        cost_module.SHARED, cost_module.UNSHARED = saved


def main() -> None:
    records = load_records()
    print("Sentence alignment on align-dev (strict and lax, as Vecalign's score.py)\n")
    print("| pair | cases | aligner | P strict | R strict | F1 strict | P lax | R lax | F1 lax "
          "| seconds |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, source_lang, target_lang in PAIRS:
        cases = sorted((DATA / name).iterdir())
        gold, results = [], {"tilmash": [], "lengths only": [], "galechurch": []}
        seconds = dict.fromkeys(results, 0.0)
        for case in cases:
            source = (case / "src.txt").read_text(encoding="utf-8").splitlines()
            target = (case / "tgt.txt").read_text(encoding="utf-8").splitlines()
            gold.append(parse_beads((case / "gold.txt").read_text(encoding="utf-8")))
            glossary = glossary_of(records.get(case.name, []))
            for aligner in results:
                started = time.perf_counter()
                if aligner == "tilmash":
                    beads = align_sentences(source, target, source_lang, target_lang, glossary)
                elif aligner == "lengths only":
                    beads = lengths_only(source, target, source_lang, target_lang)
                else:
                    beads = gale_church(source, target)
                seconds[aligner] += time.perf_counter() - started
                results[aligner].append(beads)
        for aligner, test in results.items():
            s = score(gold, test)
            print(f"| {name} | {len(cases)} | {aligner} | {s.precision_strict:.3f} | "
                  f"{s.recall_strict:.3f} | {s.f1_strict:.3f} | {s.precision_lax:.3f} | "
                  f"{s.recall_lax:.3f} | {s.f1_lax:.3f} | {seconds[aligner]:.1f} |")


if __name__ == "__main__":
    main()
