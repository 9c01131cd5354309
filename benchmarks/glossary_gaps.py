"""Which renderings of real translations the bundled glossary misses (issue 12, kind 5).

Reads the gold term mentions of ../shared/data/ntrex-terms/dev.jsonl (documents 000-061 only;
062-122 are held out and never read) with their surface forms as the translators wrote them,
scans the same NTREX-128 lines with the bundled glossary, and ties each gold record to the
glossary concept that most of its mentions are matched as (in any language). Then it lists,
grouped by concept and language, the gold surface forms that no mention of that concept
covers: the forms a newsroom writes and the glossary does not know (or a matcher gap). Records
that no glossary concept matches at all are listed last, by how often they are mentioned.

    python benchmarks/glossary_gaps.py [--min 1] [--unmatched]

A form that is a one-off paraphrase ("the country", "оның") is no term: read the list, add the
standard forms to scripts/glossary_forms/short_forms.tsv with their source.

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0; gold annotations made for this
project.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from toolkit.glossary import glossary_path, load_glossary
from toolkit.lang import Lang
from toolkit.match import Matcher, Mention

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LANGS = (Lang.EN, Lang.RU, Lang.KK)
LAST_DEV_DOC = 61  # 062-122 are held out


def load_records() -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    with (DATA / "ntrex-terms" / "dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if int(record["doc"][:3]) <= LAST_DEV_DOC:
                by_doc[record["doc"]].append(record)
    return by_doc


def doc_lines(doc: str, lang: Lang) -> list[str]:
    path = DATA / "ntrex128" / "docs" / doc / f"doc.{lang.value}"
    return path.read_text(encoding="utf-8").split("\n")


def spans(line: str, surface: str, nth: int) -> tuple[int, int] | None:
    """The offsets of the nth occurrence (0-based) of surface in line, or the last one."""
    found, position = None, 0
    for _ in range(nth + 1):
        at = line.find(surface, position)
        if at < 0:
            break
        found, position = (at, at + len(surface)), at + 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min", type=int, default=1, help="only forms seen this many times")
    parser.add_argument("--unmatched", action="store_true",
                        help="also list the records no glossary concept matches")
    args = parser.parse_args()
    glossary = load_glossary(glossary_path(None))
    matchers = {lang: Matcher(glossary, lang) for lang in LANGS}
    # (concept, lang) -> Counter of missed surface forms; and examples
    missed: dict[tuple[str, Lang], Counter] = defaultdict(Counter)
    example: dict[tuple[str, Lang, str], str] = {}
    unmatched: Counter = Counter()
    unmatched_terms: dict[str, str] = {}
    for doc, records in sorted(load_records().items()):
        lines = {lang: doc_lines(doc, lang) for lang in LANGS}
        found: dict[Lang, dict[int, list[Mention]]] = {}
        for lang in LANGS:
            by_line: dict[int, list[Mention]] = defaultdict(list)
            for mention in matchers[lang].scan(lines[lang]):
                by_line[mention.line - 1].append(mention)
            found[lang] = by_line
        for record in records:
            votes: Counter = Counter()
            located: list[tuple[Lang, int, str, set[str]]] = []
            for lang in LANGS:
                seen: Counter = Counter()
                for number, surface in record["mentions"][lang.value]:
                    if number >= len(lines[lang]):
                        continue
                    span = spans(lines[lang][number], surface, seen[(number, surface)])
                    seen[(number, surface)] += 1
                    concepts = set()
                    if span:
                        concepts = {m.concept for m in found[lang][number]
                                    if m.start < span[1] and span[0] < m.end}
                    votes.update(concepts)
                    located.append((lang, number, surface, concepts))
            if not votes:
                total = sum(len(record["mentions"][lang.value]) for lang in LANGS)
                unmatched[record["id"]] = total
                unmatched_terms[record["id"]] = " | ".join(
                    "/".join(record[lang.value][:2]) for lang in LANGS)
                continue
            concept = votes.most_common(1)[0][0]
            for lang, number, surface, concepts in located:
                if concept not in concepts:
                    missed[(concept, lang)][surface] += 1
                    example.setdefault((concept, lang, surface),
                                       f"{doc}:{number + 1}")
    by_concept: dict[str, list[str]] = defaultdict(list)
    for (concept, lang), forms in sorted(missed.items()):
        for surface, count in forms.most_common():
            if count >= args.min:
                by_concept[concept].append(
                    f"  {lang.value} {count:>3}  {surface}   ({example[(concept, lang, surface)]})")
    for concept in sorted(by_concept):
        print(concept)
        print("\n".join(by_concept[concept]))
    total = sum(sum(c.values()) for c in missed.values())
    print(f"\n{total} gold mentions of {len(by_concept)} glossary concepts not matched as them")
    if args.unmatched:
        print(f"\n{len(unmatched)} gold records no glossary concept matches:")
        for record_id, count in unmatched.most_common():
            print(f"  {count:>3}  {record_id}  {unmatched_terms[record_id]}")


if __name__ == "__main__":
    main()
