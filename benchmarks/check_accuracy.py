"""How often `tilmash check` cries wolf on real translations, and how many planted errors it finds.

On ../shared/data/ntrex-terms/dev.jsonl (documents 000-061; 062-122 are held out and never
read), each document's records become a glossary (first term preferred, the others admitted),
and its professional translations are checked line k against line k in three directions:
en→ru, en→kk, ru→kk.

1. False alarms: ``term-missing`` findings for a concept that the gold says the target line
   does mention, as a share of the source mentions checked. Beside it, the same checks run with
   exact matching (case-insensitive whole words, base forms only), as most QA tools do.
2. Recall on injected errors: every gold target mention whose concept the source line also
   mentions is, in turn, (a) replaced by a deprecated variant of the term (one the glossary
   records as deprecated), which must give ``term-forbidden``, and (b) deleted, where it is the
   line's only mention of the concept, which must give ``term-missing``.

    python benchmarks/check_accuracy.py

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0; gold annotations made for this
project.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from term_matching import doc_lines, glossary_of, load_records

from toolkit.check.runner import check_pairs, matchers_for
from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary, Status, Term, TermType
from toolkit.lang import Lang
from toolkit.match import Match

DIRECTIONS = ((Lang.EN, Lang.RU), (Lang.EN, Lang.KK), (Lang.RU, Lang.KK))


class ExactMatcher:
    """Case-insensitive whole-word matching of base forms, leftmost-longest (the baseline)."""

    def __init__(self, glossary: Glossary, lang: Lang) -> None:
        self.terms = [(c.id, t) for c in glossary for t in c.terms(lang)]

    def find(self, text: str) -> list[Match]:
        folded = text.casefold()
        spans = []
        for concept, term in self.terms:
            pattern = r"(?<!\w)" + re.escape(term.text.casefold()) + r"(?!\w)"
            for m in re.finditer(pattern, folded):
                spans.append((m.start(), -m.end(), concept, term))
        out, position = [], 0
        for start, neg_end, concept, term in sorted(spans, key=lambda s: (s[0], s[1])):
            if start >= position:
                out.append(Match(start, -neg_end, text[start:-neg_end], concept, term.text,
                                 term.status))
                position = -neg_end
        return out


_SWAP = str.maketrans("аоеиуыәіөүaoeiuАОЕИУЫӘІӨҮAOEIU", "оаиеыуеыүөoaieoОАИЕЫУЕЫҮӨOAIEO")


def corrupt(text: str) -> str:
    """A deprecated variant of a term, as transliteration variants differ: the first vowel
    after the first letter of its last word changed ("Kosherbayev" → "Kosharbayev", "Уэльса" →
    "Уэлься"...). Changes that the matcher treats as the same text by design would make the
    variant undetectable by construction: a doubled first letter ("ИИндонезия": Kazakh keys
    merge ии), a doubled last letter ("Уэльсаа": a Russian case ending), ё/е or и/й swaps."""
    words = text.split(" ")
    last = words[-1]
    for i in range(1, len(last)):
        swapped = last[i].translate(_SWAP)
        if swapped != last[i]:
            words[-1] = last[:i] + swapped + last[i + 1:]
            break
    else:
        words[-1] = last + last[-1:]
    return " ".join(words)


def with_deprecated(glossary: Glossary, lang: Lang) -> Glossary:
    concepts = []
    for concept in glossary:
        terms = concept.terms(lang)
        if terms:
            extra = Term(corrupt(terms[0].text), Status.DEPRECATED, TermType.VARIANT)
            concept = dataclasses.replace(concept, **{lang.value: (*terms, extra)})
        concepts.append(concept)
    return Glossary(tuple(concepts))


def gold_by_line(records: list[dict], lang: Lang) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for record in records:
        for line, surface in record["mentions"][lang.value]:
            out[line].append((record["id"], surface))
    return out


def main() -> None:
    by_doc = load_records()
    started = time.perf_counter()
    rows = []
    for source_lang, target_lang in DIRECTIONS:
        stats = defaultdict(int)
        for doc, records in sorted(by_doc.items()):
            glossary = with_deprecated(glossary_of(records), target_lang)
            sources, targets = doc_lines(doc, source_lang), doc_lines(doc, target_lang)
            count = min(len(sources), len(targets))
            sources, targets = sources[:count], targets[:count]
            source_gold, target_gold = gold_by_line(records, source_lang), gold_by_line(
                records, target_lang)
            lines = list(range(1, count + 1))
            ours = matchers_for(glossary, (source_lang, target_lang))
            exact = {source_lang: ExactMatcher(glossary, source_lang),
                     target_lang: ExactMatcher(glossary, target_lang)}
            for name, matchers in (("tilmash", ours), ("exact", exact)):
                findings = check_pairs(glossary, source_lang, target_lang,
                                       Segments(sources, targets, lines, lines), matchers)
                for f in findings:
                    if f.check == "term-missing" and any(
                            c == f.concept for c, _ in target_gold.get(f.segment, [])):
                        stats[f"{name} false"] += 1
            stats["source mentions"] += sum(
                1 for line, items in source_gold.items() if line < count
                for concept, _ in items if glossary.get(concept).terms(target_lang))
            _inject(glossary, ours, source_lang, target_lang, sources, targets, source_gold,
                    target_gold, stats)
        rows.append((source_lang, target_lang, stats))
    print("`tilmash check` on real professional translations, NTREX-128 dev (000-061)\n")
    print("| direction | source mentions | false term-missing (tilmash) | rate | "
          "false term-missing (exact) | rate | injected deprecated | found | "
          "injected deletions | found | recall |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for source_lang, target_lang, s in rows:
        n = s["source mentions"]
        found = s["deprecated found"] + s["deleted found"]
        injected = s["deprecated"] + s["deleted"]
        print(f"| {source_lang.value}→{target_lang.value} | {n} | {s['tilmash false']} | "
              f"{s['tilmash false'] / n:.2%} | {s['exact false']} | {s['exact false'] / n:.2%} | "
              f"{s['deprecated']} | {s['deprecated found']} | {s['deleted']} | "
              f"{s['deleted found']} | {found / injected:.3f} |")
    print(f"\n({time.perf_counter() - started:.0f} s)")


def _inject(glossary, matchers, source_lang, target_lang, sources, targets, source_gold,
            target_gold, stats) -> None:
    for line, items in target_gold.items():
        if line >= len(targets):
            continue
        source_concepts = {c for c, _ in source_gold.get(line, [])}
        text = targets[line]
        for concept_id, surface in items:
            concept = glossary.get(concept_id)
            if concept_id not in source_concepts or surface not in text:
                continue
            deprecated = next(t.text for t in concept.terms(target_lang)
                              if t.status is Status.DEPRECATED)
            variants = [("deprecated", text.replace(surface, deprecated, 1), "term-forbidden")]
            if sum(1 for c, _ in items if c == concept_id) == 1:
                deleted = re.sub(r"\s{2,}", " ", text.replace(surface, "", 1)).strip()
                variants.append(("deleted", deleted, "term-missing"))
            for kind, changed, expected in variants:
                stats[kind] += 1
                findings = check_pairs(glossary, source_lang, target_lang,
                                       Segments([sources[line]], [changed], [1], [1]), matchers)
                if any(f.check == expected and f.concept == concept_id for f in findings):
                    stats[f"{kind} found"] += 1


if __name__ == "__main__":
    main()
