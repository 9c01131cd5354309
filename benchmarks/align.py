"""Sentence alignment accuracy: align-dev (tuning and held-out parts) and cases with real deletions.

Sets (see benchmarks/align_cases.py):

- ``dev``: ../shared/data/align-dev;
- ``deletions``: cases built from NTREX documents 000-061 with the deletions real translations
  have (headlines, bylines, captions and single sentences dropped on either side);
- ``ru-original``: the same with more splits on the translation side and more deletions, as a
  Russian- or Kazakh-original article and its translation look;
- ``segmented``: lines dropped as in ``deletions``, then both sides cut into sentences by
  tilmash's segmenter, as ``tilmash align`` reads plain texts (the translators' own splits and
  merges are the 1-2 and 2-1 beads).

Every set is split by document into a ``tune`` part and a ``held-aside`` part (every third
document: 002, 005, ..., 059); changes are made looking at the
tune part only, so the held-aside part shows whether they generalise.

Each case is aligned and scored against its gold with strict and lax precision, recall and F1 as
Vecalign's score.py defines them; ``deletions`` says how many gold 1-0 and 0-1 beads were found
exactly; ``marked`` is the share of tilmash's beads marked for review (confidence under 0.5, as
every output marks them) and ``wrong marked`` how many of its beads that are not in the gold are
among them (a table of totals by aligner and part follows). Aligners:

- tilmash: lengths plus anchors, with the bundled glossary as a user runs it (``--glossary
  gold`` builds it from the case's document records in ntrex-terms/dev.jsonl instead, which
  names every entity of the document and flatters the anchors; ``none`` uses no glossary);
- tilmash with lengths only (no anchors), to show what the anchors are worth;
- tilmash reading lengths with the languages' ratio only (``languages ratio``: it does not
  measure the text's own); with ``--ratio-off 1.15`` both read the languages' ratio 15% off,
  as a text of another origin or house style than NTREX's English-original news would, to show
  what measuring the text's own ratio is worth;
- the PyPI package ``galechurch`` (benchmark-only: ``pip install galechurch``), the classic
  baseline;
- hunalign, where a ``hunalign`` binary is on PATH (or named by $HUNALIGN), with an empty
  dictionary, as its authors run it on a new language pair.

    python benchmarks/align.py [--sets dev,deletions,ru-original,segmented]
                               [--parts tune,held-aside]
                               [--glossary bundled|gold|none] [--ratio-off F]
                               [--aligners tilmash,languages ratio,lengths only,galechurch]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0; cases made for this project
from documents 000-061 by joining and dropping sentences.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_cases import Case, dev_cases, is_held_out, missing, realistic_cases
from term_matching import glossary_of, load_records

from toolkit.align import aligner as aligner_module
from toolkit.align import cost as cost_module
from toolkit.align.aligner import LOW_CONFIDENCE, align_sentences
from toolkit.align.bead import Bead
from toolkit.align.score import score
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang

ROOT = Path(__file__).resolve().parent.parent
PAIRS = (("ru-en", Lang.RU, Lang.EN), ("kk-ru", Lang.KK, Lang.RU), ("kk-en", Lang.KK, Lang.EN))
SETS = ("dev", "deletions", "ru-original", "segmented")
PARTS = ("tune", "held-aside")
# Aligners whose beads carry a confidence (the others' review columns are left empty).
SCORED = ("tilmash", "languages ratio")

Aligner = Callable[[Case, Lang, Lang, Glossary], list[Bead]]


def gale_church(case: Case, source_lang: Lang, target_lang: Lang,
                glossary: Glossary) -> list[Bead]:
    import galechurch

    block = galechurch.align(case.source, case.target)
    return [Bead(tuple(range(b.source_start, b.source_end)),
                 tuple(range(b.target_start, b.target_end))) for b in block.beads]


def hunalign_binary() -> str | None:
    return os.environ.get("HUNALIGN") or shutil.which("hunalign")


def hunalign(case: Case, source_lang: Lang, target_lang: Lang, glossary: Glossary) -> list[Bead]:
    """hunalign's ladder (rungs ``i<TAB>j<TAB>score``) read as beads."""
    binary = hunalign_binary()
    assert binary is not None
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / name for name in ("empty.dic", "src.txt", "tgt.txt")]
        paths[0].write_text("", encoding="utf-8")
        paths[1].write_text("\n".join(case.source) + "\n", encoding="utf-8")
        paths[2].write_text("\n".join(case.target) + "\n", encoding="utf-8")
        done = subprocess.run([binary, "-utf", *map(str, paths)], capture_output=True,
                              text=True, check=True)
    rungs = [tuple(int(x) for x in line.split("\t")[:2]) for line in done.stdout.splitlines()
             if line.strip()]
    if not rungs or rungs[-1] != (len(case.source), len(case.target)):
        rungs.append((len(case.source), len(case.target)))
    return [Bead(tuple(range(a[0], b[0])), tuple(range(a[1], b[1])))
            for a, b in itertools.pairwise(rungs) if a != b]


# ``--ratio-off``: the target language's length ratio is read this many times too long.
RATIO_OFF = [1.0]


@contextlib.contextmanager
def ratio_off(target_lang: Lang, measure: bool = True) -> Iterator[None]:
    """The languages' length ratio off by ``RATIO_OFF`` (as a text of another origin or house
    style than NTREX's finds it); with ``measure`` False, the text's own is not measured."""
    saved_ratio, saved_measure = cost_module.RATIOS[target_lang], aligner_module._measured_ratio
    cost_module.RATIOS[target_lang] = saved_ratio * RATIO_OFF[0]
    if not measure:
        aligner_module._measured_ratio = lambda beads, cost: None
    try:
        yield
    finally:
        cost_module.RATIOS[target_lang] = saved_ratio
        aligner_module._measured_ratio = saved_measure


def tilmash(case: Case, source_lang: Lang, target_lang: Lang, glossary: Glossary) -> list[Bead]:
    with ratio_off(target_lang):
        return align_sentences(case.source, case.target, source_lang, target_lang, glossary,
                               split=case.split)


def languages_ratio(case: Case, source_lang: Lang, target_lang: Lang,
                    glossary: Glossary) -> list[Bead]:
    """tilmash reading lengths with the languages' ratio only (no second pass)."""
    with ratio_off(target_lang, measure=False):
        return align_sentences(case.source, case.target, source_lang, target_lang, glossary,
                               split=case.split)


def lengths_only(case: Case, source_lang: Lang, target_lang: Lang,
                 glossary: Glossary) -> list[Bead]:
    saved = cost_module.SHARED, cost_module.UNSHARED, cost_module.ORPHAN, cost_module.WORDS
    cost_module.SHARED = cost_module.UNSHARED = cost_module.ORPHAN = cost_module.WORDS = 0.0
    try:
        return align_sentences(case.source, case.target, source_lang, target_lang, Glossary(),
                               split=case.split)
    finally:
        (cost_module.SHARED, cost_module.UNSHARED, cost_module.ORPHAN,
         cost_module.WORDS) = saved


def cases_of(set_name: str, pair: str, part: str) -> list[Case]:
    held_out = part == "held-aside"
    if set_name == "dev":
        return dev_cases(pair, held_out)
    return [c for c in realistic_cases(pair, set_name) if is_held_out(c.name) == held_out]


def deletions_found(gold: list[list[Bead]], test: list[list[Bead]]) -> tuple[int, int]:
    found = total = 0
    for g, t in zip(gold, test, strict=True):
        wanted = {(b.source, b.target) for b in g if not b.source or not b.target}
        total += len(wanted)
        found += len(wanted & {(b.source, b.target) for b in t})
    return found, total


def review_marks(gold: list[list[Bead]], test: list[list[Bead]]) -> tuple[int, int, int, int]:
    """Beads marked for review (confidence under LOW_CONFIDENCE), beads, wrong beads marked
    (not in the gold), wrong beads."""
    marked = beads = wrong_marked = wrong = 0
    for g, t in zip(gold, test, strict=True):
        right = {(b.source, b.target) for b in g}
        for b in t:
            low = b.score < LOW_CONFIDENCE
            beads += 1
            marked += low
            if (b.source, b.target) not in right:
                wrong += 1
                wrong_marked += low
    return marked, beads, wrong_marked, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--aligners", default="tilmash,lengths only,galechurch,hunalign",
                        help="of tilmash, languages ratio (tilmash without measuring the "
                        "text's own length ratio), lengths only, galechurch, hunalign")
    parser.add_argument("--ratio-off", type=float, default=1.0, help="read lengths with the "
                        "languages' ratio this many times off, as a text of another origin "
                        "or house style than NTREX's would (tilmash measures its own)")
    parser.add_argument("--glossary", choices=("bundled", "gold", "none"), default="bundled",
                        help="tilmash's glossary: the bundled glossary/, as a user runs it "
                        "(default), the case's gold concepts from ntrex-terms, or none")
    args = parser.parse_args()
    problem = missing()
    if problem:
        sys.exit(problem)
    RATIO_OFF[0] = args.ratio_off
    aligners: dict[str, Aligner] = {"tilmash": tilmash, "languages ratio": languages_ratio,
                                    "lengths only": lengths_only,
                                    "galechurch": gale_church, "hunalign": hunalign}
    chosen = [a for a in args.aligners.split(",") if a in aligners]
    if "galechurch" in chosen:
        try:
            import galechurch  # noqa: F401
        except ImportError:
            print("galechurch is not installed (pip install galechurch): its rows are left out.")
            chosen.remove("galechurch")
    if "hunalign" in chosen and hunalign_binary() is None:
        print("hunalign is not on PATH (nor named by $HUNALIGN): its rows are left out.")
        chosen.remove("hunalign")
    records = load_records()
    bundled = load_glossary(ROOT / "glossary") if args.glossary == "bundled" else None

    def glossary_for(case: Case) -> Glossary:
        if bundled is not None:
            return bundled
        return glossary_of(records.get(case.name, [])) if args.glossary == "gold" else Glossary()

    print("Sentence alignment (strict and lax, as Vecalign's score.py)\n")
    print("| set | part | pair | cases | aligner | P strict | R strict | F1 strict | F1 lax "
          "| deletions found | marked | wrong marked | seconds |")
    print("|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    totals: dict[tuple[str, str], list[int]] = {}
    runs = [(s, p, pair) for s in args.sets.split(",") for p in args.parts.split(",")
            for pair in PAIRS]
    for set_name, part, (pair, source_lang, target_lang) in runs:
        cases = cases_of(set_name, pair, part)
        gold = [c.gold for c in cases]
        for name in chosen:
            started = time.process_time()
            test = [aligners[name](c, source_lang, target_lang,
                                   glossary_for(c)) for c in cases]
            seconds = time.process_time() - started
            s = score(gold, test)
            found, total = deletions_found(gold, test)
            marks = "| - | - "
            if name in SCORED:
                marked, beads, wrong_marked, wrong = review_marks(gold, test)
                marks = f"| {marked / (beads or 1):.1%} | {wrong_marked}/{wrong} "
                kept = totals.setdefault((name, part), [0, 0, 0, 0])
                for k, value in enumerate((marked, beads, wrong_marked, wrong)):
                    kept[k] += value
            print(f"| {set_name} | {part} | {pair} | {len(cases)} | {name} | "
                  f"{s.precision_strict:.3f} | {s.recall_strict:.3f} | {s.f1_strict:.3f} | "
                  f"{s.f1_lax:.3f} | {found}/{total} {marks}| {seconds:.1f} |", flush=True)
    if totals:
        print("\nReview marks, all sets: beads marked for review, and of the beads not in the "
              "gold, those marked\n")
        print("| aligner | part | beads | marked | wrong | wrong marked |")
        print("|---|---|---:|---:|---:|---:|")
        for (name, part), (marked, beads, wrong_marked, wrong) in totals.items():
            print(f"| {name} | {part} | {beads} | {marked} ({marked / (beads or 1):.1%}) | "
                  f"{wrong} | {wrong_marked} ({wrong_marked / (wrong or 1):.0%}) |")


if __name__ == "__main__":
    main()
