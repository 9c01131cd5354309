"""Precision and recall of term mentions on real professional translations (NTREX-128).

For each document of ../shared/data/ntrex-terms/dev.jsonl (documents 000-061 only; 062-122 are
kept for independent evaluation and never read here), a glossary is built from the document's
records (first term preferred, the others admitted), the document's en, ru and kk lines are
scanned, and the mentions found are compared with the gold mentions by (line, concept), counting
repeats. A gold mention nested in another concept's gold mention on the same line ("Washington"
in "Washington Examiner") is optional: found, it counts; missed, it is not a miss.

Beside tilmash stands plain exact matching (case-insensitive, whole words, the terms' base forms
only, leftmost-longest): what most QA tools do.

    python benchmarks/term_matching.py [--misses FILE]

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0; gold annotations made for this
project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term
from toolkit.lang import Lang
from toolkit.match import Matcher

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LANGS = (Lang.EN, Lang.RU, Lang.KK)


def load_records() -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    with (DATA / "ntrex-terms" / "dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if int(record["doc"][:3]) > 61:  # held out: never tune on it
                continue
            by_doc[record["doc"]].append(record)
    return by_doc


def doc_lines(doc: str, lang: Lang) -> list[str]:
    path = DATA / "ntrex128" / "docs" / doc / f"doc.{lang.value}"
    return path.read_text(encoding="utf-8").split("\n")


def glossary_of(records: list[dict]) -> Glossary:
    concepts = []
    for record in records:
        terms = {}
        for lang in LANGS:
            texts = list(dict.fromkeys(record[lang.value]))
            terms[lang.value] = tuple(Term(t, Status.PREFERRED if i == 0 else Status.ADMITTED)
                                      for i, t in enumerate(texts))
        concepts.append(Concept(record["id"], Kind(record["kind"]), **terms))
    return Glossary(tuple(concepts))


def gold_mentions(records: list[dict], lang: Lang) -> tuple[Counter, Counter]:
    """Required and optional gold mentions as Counters of (line, concept)."""
    by_line: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for record in records:
        for line, surface in record["mentions"][lang.value]:
            by_line[line].append((record["id"], surface))
    required: Counter = Counter()
    optional: Counter = Counter()
    for line, items in by_line.items():
        for concept, surface in items:
            nested = any(other != concept and surface in outer and surface != outer
                         for other, outer in items)
            (optional if nested else required)[(line, concept)] += 1
    return required, optional


class ExactMatcher:
    """Case-insensitive whole-word matching of base forms, leftmost-longest."""

    def __init__(self, glossary: Glossary, lang: Lang) -> None:
        self.terms = [(c.id, t.text.casefold()) for c in glossary for t in c.terms(lang)]

    def scan(self, lines: list[str]):
        for number, line in enumerate(lines, start=1):
            folded = line.casefold()
            spans = []
            for concept, term in self.terms:
                for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", folded):
                    spans.append((m.start(), -m.end(), concept))
            position = 0
            for start, neg_end, concept in sorted(spans):
                if start >= position:
                    position = -neg_end
                    yield number, concept


def score(found: Counter, required: Counter, optional: Counter) -> tuple[int, int, int, int]:
    tp = fp = 0
    for key, count in found.items():
        hit = min(count, required[key] + optional[key])
        tp += hit
        fp += count - hit
    needed = sum(required.values())
    missed = sum(max(0, required[k] - found[k]) for k in required)
    return tp, fp, missed, needed


def prf(tp: int, fp: int, missed: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = (tp + 0.0) / (tp + missed) if tp + missed else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", help="write misses and false alarms to this file")
    args = parser.parse_args()
    by_doc = load_records()
    totals = {(name, lang): [0, 0, 0, 0] for name in ("tilmash", "exact") for lang in LANGS}
    report: list[str] = []
    started = time.perf_counter()
    for doc, records in sorted(by_doc.items()):
        glossary = glossary_of(records)
        for lang in LANGS:
            lines = doc_lines(doc, lang)
            required, optional = gold_mentions(records, lang)
            for name, matcher in (("tilmash", Matcher(glossary, lang)),
                                  ("exact", ExactMatcher(glossary, lang))):
                if name == "tilmash":
                    mentions = list(matcher.scan(lines))
                    found = Counter((m.line - 1, m.concept) for m in mentions)
                else:
                    found = Counter((line - 1, c) for line, c in matcher.scan(lines))
                result = score(found, required, optional)
                totals[(name, lang)] = [a + b for a, b in zip(totals[(name, lang)], result,
                                                              strict=True)]
                if name == "tilmash" and args.misses:
                    report.extend(_differences(doc, lang, lines, records, found, required,
                                               optional, mentions))
    elapsed = time.perf_counter() - started
    print(f"Term mentions on NTREX-128 dev (documents 000-061, {len(by_doc)} documents)\n")
    print("| lang | gold | tilmash P | tilmash R | tilmash F1 | exact P | exact R | exact F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for lang in LANGS:
        tp, fp, missed, needed = totals[("tilmash", lang)]
        ours = prf(tp, fp, missed)
        etp, efp, emissed, _ = totals[("exact", lang)]
        base = prf(etp, efp, emissed)
        print(f"| {lang.value} | {needed} | {ours[0]:.3f} | {ours[1]:.3f} | {ours[2]:.3f} | "
              f"{base[0]:.3f} | {base[1]:.3f} | {base[2]:.3f} |")
    print(f"\n({elapsed:.1f} s for both matchers, glossaries built per document)")
    if args.misses:
        Path(args.misses).write_text("\n".join(report) + "\n", encoding="utf-8")
        print(f"differences written to {args.misses}", file=sys.stderr)


def _differences(doc, lang, lines, records, found, required, optional, mentions):
    surfaces = defaultdict(list)
    for record in records:
        for line, surface in record["mentions"][lang.value]:
            surfaces[(line, record["id"])].append(surface)
    terms = {r["id"]: r[lang.value] for r in records}
    out = []
    for key in sorted(set(required) | set(found)):
        line, concept = key
        if found[key] < required[key]:
            out.append(f"MISS {doc} {lang.value}:{line} {concept} gold={surfaces[key]} "
                       f"terms={terms[concept]}\n    {lines[line]}")
        elif found[key] > required[key] + optional[key]:
            texts = [m.text for m in mentions if m.line - 1 == line and m.concept == concept]
            out.append(f"FALSE {doc} {lang.value}:{line} {concept} found={texts} "
                       f"gold={surfaces.get(key, [])} terms={terms[concept]}\n    {lines[line]}")
    return out


if __name__ == "__main__":
    main()
