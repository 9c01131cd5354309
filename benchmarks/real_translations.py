"""How often `tilmash check` speaks up on real professional translations, and how rightly.

Runs the library's ``check_pairs`` with the bundled glossary and default options over NTREX-128
documents 000-061 (line k of each language file is the same sentence, so segments are paired
line by line) in four directions: en→ru, en→kk, ru→kk, ru→en. Documents 062-122 are held out:
never read here, never tuned on. Prints findings per 100 segments by check and direction, with
totals for the term checks and the number/date checks.

Labelled findings, the regression set: every ``benchmarks/labels/*.jsonl`` file holds one JSON
record per line::

    {"doc": "004_guardian.221754", "direction": "en-ru", "line": 7,
     "check": "number-mismatch", "key": "30", "label": "false",
     "cause": "number written as a word: тридцати"}

- ``doc``: the NTREX document folder; ``direction``: ``src-tgt``; ``line``: the 1-based line;
- ``check``: the check id; ``key``: what identifies the finding within the line: the concept
  id for term checks, the number (as the check shows it, e.g. ``1 000`` or ``0.5``) or month
  for number and date checks;
- ``label``: ``"true"`` (a real problem in the translation, which must keep firing) or
  ``"false"`` (a false alarm, which must stop); ``cause``: free text, why.

A finding matches a record when doc, direction, line and check agree and ``key`` is the
finding's concept or one of the numbers/months it names (in ``expected`` or ``found``). The
benchmark reports, per check, how many labelled false alarms still fire and how many labelled
true findings are still caught.

    python benchmarks/real_translations.py              # the table and the label scores
    python benchmarks/real_translations.py --sample 40 --seed 1 --checks number-mismatch
                                                        # a random sample to label, as JSONL
    python benchmarks/real_translations.py --document   # --document mode (whole documents)

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from toolkit.check.base import Finding
from toolkit.check.runner import check_pairs, matchers_for
from toolkit.formats.base import Segments
from toolkit.glossary import glossary_path, load_glossary
from toolkit.lang import Lang

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "ntrex128"
LABELS = ROOT / "benchmarks" / "labels"
DIRECTIONS = ((Lang.EN, Lang.RU), (Lang.EN, Lang.KK), (Lang.RU, Lang.KK), (Lang.RU, Lang.EN))
NUMBER_CHECKS = ("number-mismatch", "date-mismatch")
LAST_DEV_DOC = 61  # 062-122 are held out


def direction_name(source: Lang, target: Lang) -> str:
    return f"{source.value}-{target.value}"


def dev_documents() -> list[Path]:
    """The development documents 000-061, in order."""
    docs = sorted(p for p in (DATA / "docs").iterdir() if p.is_dir())
    return [p for p in docs if int(p.name[:3]) <= LAST_DEV_DOC]


def read_lines(doc: Path, lang: Lang) -> list[str]:
    text = (doc / f"doc.{lang.value}").read_text(encoding="utf-8")
    return text.rstrip("\n").split("\n")


def run(document: bool = False) -> tuple[dict[str, int], list[tuple[str, str, Finding, str,
                                                                     str]]]:
    """Segments per direction and every finding as (doc, direction, finding, source, target)."""
    glossary = load_glossary(glossary_path(None))
    matchers = matchers_for(glossary, (Lang.EN, Lang.RU, Lang.KK))
    segments: dict[str, int] = Counter()
    found = []
    for doc in dev_documents():
        texts = {lang: read_lines(doc, lang) for lang in (Lang.EN, Lang.RU, Lang.KK)}
        for source, target in DIRECTIONS:
            name = direction_name(source, target)
            src, tgt = texts[source], texts[target]
            if len(src) != len(tgt):
                raise SystemExit(f"{doc.name}: {source.value} and {target.value} differ in "
                                 "line count")
            lines = list(range(1, len(src) + 1))
            findings = check_pairs(glossary, source, target, Segments(src, tgt, lines, lines),
                                   matchers, document=document)
            segments[name] += len(src)
            for f in findings:
                found.append((doc.name, name, f, src[f.segment], tgt[f.segment]))
    return segments, found


def keys_of(finding: Finding) -> set[str]:
    """What a label's ``key`` may name: the concept, or each number/month listed."""
    keys = {finding.concept} if finding.concept else set()
    for field in (finding.expected, finding.found):
        keys.update(part.strip() for part in field.split(",") if part.strip())
    return keys


def load_labels() -> list[dict]:
    records = []
    for path in sorted(LABELS.glob("*.jsonl")):
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}:{k}: not JSON: {error}") from None
            if int(record["doc"][:3]) > LAST_DEV_DOC:
                raise SystemExit(f"{path}:{k}: document {record['doc']} is held out")
            record["_where"] = f"{path.name}:{k}"
            records.append(record)
    return records


def score_labels(records: list[dict], found: list) -> None:
    index: dict[tuple, list[Finding]] = defaultdict(list)
    for doc, name, f, _src, _tgt in found:
        index[(doc, name, f.segment + 1, f.check)].append(f)
    table: dict[str, Counter] = defaultdict(Counter)
    still: list[str] = []
    for r in records:
        hits = index.get((r["doc"], r["direction"], int(r["line"]), r["check"]), [])
        firing = any(str(r["key"]) in keys_of(f) for f in hits)
        label = str(r["label"]).lower()
        table[r["check"]][label] += 1
        if label == "true":
            table[r["check"]]["caught"] += firing
            if not firing:
                still.append(f"  missed true: {r['_where']} {r['doc']} {r['direction']} "
                             f"line {r['line']} {r['key']} ({r.get('cause', '')})")
        else:
            table[r["check"]]["firing"] += firing
            if firing:
                still.append(f"  still false: {r['_where']} {r['doc']} {r['direction']} "
                             f"line {r['line']} {r['key']} ({r.get('cause', '')})")
    print("\nLabelled findings (benchmarks/labels/*.jsonl)")
    if not records:
        print("  none yet")
        return
    print(f"{'check':<20}{'false':>7}{'still firing':>14}{'true':>7}{'still caught':>14}")
    for check in sorted(table):
        t = table[check]
        print(f"{check:<20}{t['false']:>7}{t['firing']:>14}{t['true']:>7}{t['caught']:>14}")
    for line in still:
        print(line)


def print_table(segments: dict[str, int], found: list) -> None:
    names = [direction_name(s, t) for s, t in DIRECTIONS]
    counts: dict[str, Counter] = defaultdict(Counter)
    for _doc, name, f, _src, _tgt in found:
        counts[f.check][name] += 1
    checks = sorted(counts, key=lambda c: (c in NUMBER_CHECKS, c))
    total_segments = sum(segments.values())

    def row(label: str, per: Counter) -> str:
        cells = "".join(f"{100 * per[n] / segments[n]:>9.2f}" for n in names)
        return f"{label:<22}{cells}{100 * sum(per.values()) / total_segments:>9.2f}" \
               f"{sum(per.values()):>8}"

    print(f"Findings per 100 segments, NTREX-128 docs 000-{LAST_DEV_DOC:03d}, bundled glossary")
    print(f"{'check':<22}" + "".join(f"{n:>9}" for n in names) + f"{'all':>9}{'count':>8}")
    print(f"{'(segments)':<22}" + "".join(f"{segments[n]:>9}" for n in names)
          + f"{total_segments:>9}")
    for check in checks:
        print(row(check, counts[check]))
    terms, numbers = Counter(), Counter()
    for check, per in counts.items():
        (numbers if check in NUMBER_CHECKS else terms).update(per)
    print(row("TOTAL terms", terms))
    print(row("TOTAL numbers/dates", numbers))


def print_sample(found: list, size: int, seed: int, checks: list[str]) -> None:
    chosen = [item for item in found if not checks or item[2].check in checks]
    random.Random(seed).shuffle(chosen)
    for doc, name, f, src, tgt in chosen[:size]:
        print(json.dumps({
            "doc": doc, "direction": name, "line": f.segment + 1, "check": f.check,
            "key": f.concept or (f.expected.split(",")[0].strip() or
                                 f.found.split(",")[0].strip()),
            "label": "?", "cause": "", "message": f.message, "source": src, "target": tgt,
        }, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--document", action="store_true", help="check whole documents")
    parser.add_argument("--sample", type=int, default=0, help="print N random findings")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--checks", nargs="*", default=[], help="sample only these checks")
    parser.add_argument("--show", nargs="*", default=None,
                        help="print every finding of these checks")
    args = parser.parse_args()
    if not (DATA / "docs").is_dir():
        raise SystemExit(f"NTREX-128 is missing: expected {DATA / 'docs'} (see "
                         "/work/shared/data/ntrex128/README)")
    started = time.perf_counter()
    segments, found = run(document=args.document)
    elapsed = time.perf_counter() - started
    if args.sample:
        print_sample(found, args.sample, args.seed, args.checks)
        return
    if args.show is not None:
        for doc, name, f, src, tgt in found:
            if not args.show or f.check in args.show:
                print(f"{doc} {name} line {f.segment + 1} {f.check}: {f.message}\n"
                      f"    S: {src}\n    T: {tgt}")
        return
    print_table(segments, found)
    print(f"\n{sum(segments.values())} segment pairs checked in {elapsed:.1f} s")
    score_labels(load_labels(), found)


if __name__ == "__main__":
    sys.exit(main())
