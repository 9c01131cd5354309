"""How often a translation keeps what a sentence has: the measurements behind ORPHAN_COSTS,
WORD_COSTS, WORDS_NONE_KEPT and ECHO_COSTS.

For each kind of item the aligner reads (glossary concepts, numbers, question and exclamation
marks, quotation marks, one name, two names or more), over the sentence pairs of NTREX-128
documents 000-061 outside the held-aside part (benchmarks/align_cases.py), the share of
sentences with items of that kind whose translation has none of them. A sentence joined in a
bead whose other side has none of them pays -log of that share (toolkit/align/cost.py).
Then the Dice bins of weak anchors (translations against neighbours), the share of sentences
whose translation keeps none of their n weak anchors, and how often a sentence joined with its
neighbour against their two translations is an echo (all it shares with them, the neighbour
has as often), and on align-dev's tuning part how often a segment holds several sentences by
what it renders (SEVERAL_SHARES), and how often translators split or merge sentences where
tilmash cuts the texts into sentences itself (SPLIT_PRIORS), and whether its sentences with no
full stop are lines of their own (SPLIT_UNENDED): the constants to paste are printed at the end.

    python benchmarks/align_keep.py

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_cases import dev_cases, dev_documents, is_held_out, missing
from term_matching import glossary_of, load_records

from toolkit.align.aligner import features_of
from toolkit.align.cost import (
    DICE_BINS,
    ECHO_COSTS,
    ENDED,
    ORPHAN_COSTS,
    SENTENCE_INSIDE,
    SEVERAL_SHARES,
    SPLIT_PRIORS,
    UNENDED_SEVERAL,
    WORD_COSTS,
    WORDS_NONE_KEPT,
    Features,
    _count,
    _view,
    dice_bin,
)
from toolkit.lang import Lang
from toolkit.match import Matcher

PAIRS = (("ru", "en"), ("kk", "ru"), ("kk", "en"))
KINDS = ("c", "n", "?", "!", "quotes", "name", "names")
ECHO_MOST = 12


def items(f: Features) -> dict[str, set[object]]:
    out: dict[str, set[object]] = {}
    for key in f.anchors:
        out.setdefault(key[0] if key[0] != "p" else str(key[1]), set()).add(key)
    if f.names:
        out["names" if sum(f.names.values()) > 1 else "name"] = set(f.names)
    if f.quotes:
        out["quotes"] = {"any"}
    return out


def decreasing(values: list[float], weights: list[int]) -> list[float]:
    """The non-increasing sequence closest to ``values`` in weighted least squares (pool
    adjacent violators)."""
    blocks: list[list[float]] = []  # [mean, weight, length]
    for value, weight in zip(values, weights, strict=True):
        blocks.append([value, float(weight), 1])
        while len(blocks) > 1 and blocks[-2][0] < blocks[-1][0]:
            (v2, w2, n2), (v1, w1, n1) = blocks.pop(), blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, n1 + n2])
    return [mean for mean, _, length in blocks for _ in range(int(length))]


def dice(a: Features, b: Features, kind: str) -> int | None:
    """The Dice bin of what two sentences share of a kind of weak anchor, None when one of
    them has none of that kind."""
    mine = {k for k in a.words if k[0] == kind}
    theirs = {k for k in b.words if k[0] == kind}
    if not mine or not theirs:
        return None
    return dice_bin(len(mine & theirs), len(mine) + len(theirs))


def echo(member: tuple, partner: tuple, others: list[tuple]) -> bool:  # type: ignore[type-arg]
    """Whether everything of ``member`` (a sentence's view) that the segments ``others`` have,
    ``partner`` has as often: as ``AlignCost._echo`` decides it."""
    items = frozenset().union(*(o[6] for o in others))
    words = frozenset().union(*(o[9] for o in others))
    if not (member[6] & items) <= partner[6] or not (member[9] & words) <= partner[9]:
        return False
    if any(sum(_count(o, item) for o in others) > _count(partner, item)
           for item in member[6] & items):
        return False
    return not any(sum(o[13][0][w] for o in others) > partner[13][0][w] for w in member[9] & words)


def several() -> tuple[dict[str, tuple[float, float]], float]:
    """Whether a segment holds several sentences (SENTENCE_INSIDE), on the gold beads of the
    tuning part of align-dev: by the segment's language, for segments that render two or more
    sentences all of which but the last end (ENDED), and for segments that render one; pooled
    over the languages, for those that render two or more of which one but the last does not
    end (a headline before its lead). Prints the table; returns the smoothed shares."""
    counts: Counter[tuple[str, str]] = Counter()
    holds: Counter[tuple[str, str]] = Counter()
    for source, target in PAIRS:
        for case in dev_cases(f"{source}-{target}", held_out=False):
            for bead in case.gold:
                for one, many, text, other, lang in (
                        (bead.source, bead.target, case.source, case.target, source),
                        (bead.target, bead.source, case.target, case.source, target)):
                    if len(one) != 1 or not many:
                        continue
                    if len(many) == 1:
                        kind = "one"
                    elif all(ENDED.search(other[k]) for k in many[:-1]):
                        kind = "ended"
                    else:
                        kind = "unended"
                    counts[lang, kind] += 1
                    holds[lang, kind] += SENTENCE_INSIDE.search(text[one[0]]) is not None
    print("\nSegments of align-dev (tuning part) that hold several sentences, by what they "
          "render\n")
    print("| language | renders | segments | hold several | smoothed | SEVERAL_SHARES |")
    print("|---|---|---:|---:|---:|---:|")

    def smoothed(n: int, of: int) -> float:
        return (n + 1) / (of + 2)  # Laplace: no share of 0 or 1

    shares = {}
    for lang in ("en", "ru", "kk"):
        row = []
        for kind, index in (("ended", 0), ("one", 1)):
            share = smoothed(holds[lang, kind], counts[lang, kind])
            row.append(share)
            print(f"| {lang} | {'several, ended' if kind == 'ended' else 'one'} "
                  f"| {counts[lang, kind]} | {holds[lang, kind]} | {share:.3f} "
                  f"| {SEVERAL_SHARES[Lang(lang)][index]} |")
        shares[lang] = (row[0], row[1])
    unended = smoothed(sum(holds[lang, "unended"] for lang in ("en", "ru", "kk")),
                       sum(counts[lang, "unended"] for lang in ("en", "ru", "kk")))
    print(f"| all | several, one unended | {sum(counts[k, 'unended'] for k in shares)} "
          f"| {sum(holds[k, 'unended'] for k in shares)} | {unended:.3f} | {UNENDED_SEVERAL} |")
    return shares, unended


def split_joins() -> float:
    """How often a translator renders one sentence with two, or two with one, where tilmash cuts
    both texts into sentences (toolkit/text/segment.py): over the lines of NTREX-128 (documents
    000-061 outside the held-aside part, three pairs), the sentences of line k on one side
    against those of line k on the other. Prints the table; returns the share of each of the
    2-1 and 1-2 beads (pooled, half of their sum)."""
    from toolkit.text.segment import segment

    # Sentences without a full stop (ENDED), by whether they end their line (SPLIT_UNENDED).
    unended: Counter[bool] = Counter()
    shapes: Counter[tuple[int, int]] = Counter()
    for doc in dev_documents():
        if is_held_out(doc.name):
            continue
        # Each line of each language cut once: its sentences, or None for a blank line.
        cut: dict[str, list[list[str] | None]] = {}
        for lang in ("en", "ru", "kk"):
            cut[lang] = []
            for line in (doc / f"doc.{lang}").read_text(encoding="utf-8").splitlines():
                sentences = [s for paragraph in segment(line, Lang(lang)) for s in paragraph]
                unended.update(k == len(sentences) - 1 for k, s in enumerate(sentences)
                               if not ENDED.search(s))
                cut[lang].append(sentences if line.strip() else None)
        for source, target in PAIRS:
            for a, b in zip(cut[source], cut[target], strict=True):
                if a is not None and b is not None:
                    shapes[len(a), len(b)] += 1
    total = sum(shapes.values())
    print("\nLines of NTREX-128 cut into sentences: beads by shape (translators' splits and "
          "merges)\n")
    print("| bead | lines | share |")
    print("|---|---:|---:|")
    for shape, n in shapes.most_common(6):
        print(f"| {shape[0]}-{shape[1]} | {n} | {n / total:.4f} |")
    share = (shapes[2, 1] + shapes[1, 2]) / 2 / total
    print(f"| 2-1 and 1-2, each (pooled) | | {share:.4f} (SPLIT_PRIORS: "
          f"{SPLIT_PRIORS[2, 1]}) |")
    print(f"\nSentences cut by the segmenter with no full stop: {sum(unended.values())}, "
          f"{unended[True]} of them at the end of their line (SPLIT_UNENDED is a rule)")
    return share


def main() -> None:
    problem = missing()
    if problem:
        sys.exit(problem)
    records = load_records()
    having: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    # Weak anchors: pairs by kind, translation or neighbour, and Dice bin.
    weak: Counter[tuple[str, str, str]] = Counter()
    # Sentences by how many weak anchors they have, and those whose translation keeps none.
    by_count: Counter[int] = Counter()
    none_kept: Counter[int] = Counter()
    # Sentences joined with a neighbour against the two translations: by whether they have
    # items the neighbour lacks and how many weak anchors of their own, and how many are echoes.
    members: Counter[tuple[bool, int]] = Counter()
    echoes: Counter[tuple[bool, int]] = Counter()
    for source_name, target_name in PAIRS:
        source_lang, target_lang = Lang(source_name), Lang(target_name)
        cross = (source_lang is Lang.EN) != (target_lang is Lang.EN)
        for doc in dev_documents():
            if is_held_out(doc.name):
                continue
            glossary = glossary_of(records.get(doc.name, []))
            sides = []
            for name, lang in ((source_name, source_lang), (target_name, target_lang)):
                lines = (doc / f"doc.{name}").read_text(encoding="utf-8").splitlines()
                sides.append(features_of(lines, lang, Matcher(glossary, lang), cross))
            views = [[_view(f) for f in side] for side in sides]
            for mine_, theirs_ in ((views[0], views[1]), (views[1], views[0])):
                for k in range(len(mine_)):
                    for p in (k - 1, k + 1):
                        if 0 <= p < len(mine_):
                            me, partner = mine_[k], mine_[p]
                            unique = min(len(me[9] - partner[9]), ECHO_MOST)
                            key = (not me[6] <= partner[6], unique)
                            members[key] += 1
                            echoes[key] += echo(me, partner, [theirs_[k], theirs_[p]])
            for k, (a, b) in enumerate(zip(*sides, strict=True)):
                for mine, theirs, nexts in ((a, b, sides[1][k + 1:k + 2]),
                                            (b, a, sides[0][k + 1:k + 2])):
                    if not nexts:
                        continue
                    for kind in ("g", "w"):
                        for other, label in ((theirs, "translation"), (nexts[0], "neighbour")):
                            b_ = dice(mine, other, kind)
                            if b_ is not None:
                                weak[kind, label, str(b_)] += 1
                    if mine.words:
                        count = min(len(mine.words), len(WORDS_NONE_KEPT))
                        by_count[count] += 1
                        none_kept[count] += theirs.words.keys().isdisjoint(mine.words)
                for mine, theirs in ((items(a), items(b)), (items(b), items(a))):
                    for kind, found in mine.items():
                        having[kind] += 1
                        # Names are rendered by names, one or several.
                        rendered = (theirs.get("name", set()) | theirs.get("names", set())
                                    if kind in ("name", "names") else theirs.get(kind, set()))
                        lost[kind] += not found & rendered
    print("Sentences whose translation keeps none of their items of a kind (NTREX-128 docs "
          "000-061, tune part, ru-en kk-ru kk-en)\n")
    print("| kind | sentences | none kept | -log | ORPHAN_COSTS |")
    print("|---|---:|---:|---:|---:|")
    for kind in KINDS:
        share = lost[kind] / having[kind] if having[kind] else 0.0
        print(f"| {kind} | {having[kind]} | {share:.3f} | "
              f"{-math.log(share) if share else math.inf:.2f} | {ORPHAN_COSTS[kind]:.2f} |")
    print("\nWeak anchors: -log(P(Dice bin | translation) / P(bin | neighbour)) over the pairs "
          "where both sides have items of the kind (add-one smoothing)\n")
    print("| kind | bin | translations | neighbours | cost | WORD_COSTS |")
    print("|---|---|---:|---:|---:|---:|")
    table: dict[str, list[float]] = {}
    for kind, name in (("g", "cognates"), ("w", "dictionary words")):
        pairs = [sum(weak[kind, label, str(b)] for b in range(DICE_BINS))
                 for label in ("translation", "neighbour")]
        costs = []
        for b in range(DICE_BINS):
            t, nb = weak[kind, "translation", str(b)], weak[kind, "neighbour", str(b)]
            costs.append(-math.log(((t + 1) / (pairs[0] + DICE_BINS))
                                   / ((nb + 1) / (pairs[1] + DICE_BINS))))
        # More shared never costs more: sparse top bins are pooled with their neighbours
        # (isotonic regression, weighted by the pairs in each bin), "none" left as it is.
        weights = [weak[kind, "translation", str(b)] + weak[kind, "neighbour", str(b)] + 1
                   for b in range(DICE_BINS)]
        costs[1:] = decreasing(costs[1:], weights[1:])
        table[kind] = costs
        for b in range(DICE_BINS):
            t, nb = weak[kind, "translation", str(b)], weak[kind, "neighbour", str(b)]
            label = "none" if b == 0 else f"{(b - 1) / 10:.1f}+"
            print(f"| {name} | {label} | {t} | {nb} | {costs[b]:.2f} | "
                  f"{WORD_COSTS[kind][b]:.2f} |")
    print("\nSentences with n weak anchors whose translation keeps none of them\n")
    print("| n | sentences | none kept | pooled | WORDS_NONE_KEPT |")
    print("|---|---:|---:|---:|---:|")
    counts = range(1, len(WORDS_NONE_KEPT) + 1)
    # More anchors are never more likely all lost: small samples pooled (isotonic regression).
    shares = decreasing([none_kept[c] / (by_count[c] or 1) for c in counts],
                        [by_count[c] or 1 for c in counts])
    for count, share in zip(counts, shares, strict=True):
        label = f"{count}+" if count == len(WORDS_NONE_KEPT) else str(count)
        print(f"| {label} | {by_count[count]} | {none_kept[count] / (by_count[count] or 1):.3f} "
              f"| {share:.3f} | {WORDS_NONE_KEPT[count - 1]} |")
    print("\nSentences joined with a neighbour against both translations, whose every item and "
          "weak anchor the translations have the neighbour has as often (echoes), by whether "
          "they have items the neighbour lacks and by how many weak anchors of their own\n")
    print("| own items | own weak anchors | sentences | echoes | pooled -log | ECHO_COSTS |")
    print("|---|---:|---:|---:|---:|---:|")
    echo_costs = []
    for own in (False, True):
        counts = range(ECHO_MOST + 1)
        # More of its own is never more likely an echo (isotonic regression).
        echo_shares = decreasing([(echoes[own, c] + 0.5) / (members[own, c] + 1) for c in counts],
                            [members[own, c] + 1 for c in counts])
        echo_costs.append([-math.log(x) for x in echo_shares])
        for c, share in zip(counts, echo_shares, strict=True):
            label = f"{c}+" if c == ECHO_MOST else str(c)
            print(f"| {'yes' if own else 'no'} | {label} | {members[own, c]} | {echoes[own, c]} "
                  f"| {-math.log(share):.2f} | {ECHO_COSTS[own][c]:.2f} |")
    shares_of, unended = several()
    joins = split_joins()
    print("\nWORD_COSTS = {" + ", ".join(
        f'"{kind}": ({", ".join(f"{c:.2f}" for c in table[kind])})' for kind in ("g", "w"))
        + "}")
    print(f"WORDS_NONE_KEPT = ({', '.join(f'{x:.3f}' for x in shares)})")
    print("ECHO_COSTS = (" + ",\n              ".join(
        "(" + ", ".join(f"{c:.2f}" for c in row) + ")" for row in echo_costs) + ")")
    print("SEVERAL_SHARES = {" + ", ".join(
        f"Lang.{lang.upper()}: ({many:.3f}, {one:.3f})" for lang, (many, one) in shares_of.items())
        + "}")
    print(f"UNENDED_SEVERAL = {unended:.2f}")
    print(f"SPLIT_PRIORS = {{**PRIORS, (2, 1): {joins:.3f}, (1, 2): {joins:.3f}}}")


if __name__ == "__main__":
    main()
