"""Alignment cases for benchmarks/align.py: align-dev split in two, and cases with real deletions.

``dev_cases`` reads ../shared/data/align-dev and splits it by document: every third document
(002, 005, 008, ...) is held out, the rest is the tuning part. A change tuned on the first part
that does not hold on the second one is overfitting.

``realistic_cases`` builds cases from NTREX-128 documents 000-061 the way real translations
differ, seeded and reproducible:

- ``deletions``: the sentences a translator drops most (headlines, bylines, captions: short lines
  or lines without final punctuation) are dropped on one side with probability 0.3, any other
  sentence with probability 0.03 a side, on either side (1-0 and 0-1 beads); adjacent sentences
  are joined on either side (2-1 and 1-2 beads, 10% each).
- ``ru-original``: as the Russian or Kazakh original and its freer translation would look: the
  translation splits long sentences more often (the original side joins pairs at 20%, the other
  side at 5%), and drops more (0.4 for short lines, 0.06 for the rest, both sides).
- ``segmented``: as `tilmash align` reads two plain texts: lines dropped as in ``deletions``,
  nothing joined, and each side's lines cut into sentences by tilmash's segmenter
  (toolkit/text/segment.py); the gold bead of a line is its sentences on one side against its
  sentences on the other (a translator's split or merge is a 1-2 or 2-1 bead; as many on both
  sides are 1-1 beads), a dropped line's sentences are 1-0 beads. The aligner reads these with
  ``split=True`` (:attr:`Case.split`).

Data: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit.align.bead import Bead, parse_beads

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ALIGN_DEV = SHARED / "align-dev"
NTREX = SHARED / "ntrex128" / "docs"
# Documents whose number leaves this remainder modulo 3 are the held-out part of align-dev.
HELD_OUT = 2
_LAST_DEV_DOC = 61
_FINAL = re.compile(r"[.!?…\"'»”’)]$")


@dataclass(frozen=True)
class Case:
    """One document pair with its gold beads."""

    name: str
    source: list[str]
    target: list[str]
    gold: list[Bead]
    # Whether the sentences were cut by tilmash's sentence splitter (``segmented``), as the
    # aligner is told (``align_sentences(split=...)``).
    split: bool = False


def missing() -> str | None:
    """What data is absent, in a sentence, or None when everything is there."""
    for path in (ALIGN_DEV, NTREX):
        if not path.is_dir():
            return f"{path} is missing: these benchmarks need ../shared/data from the project."
    return None


def is_held_out(name: str) -> bool:
    """Whether a document (``002_nytimes.184853``) is in the held-aside part."""
    return int(name[:3]) % 3 == HELD_OUT


def dev_cases(pair: str, held_out: bool) -> list[Case]:
    """The align-dev cases of one pair (``ru-en``...), the held-out part or the tuning part."""
    cases = []
    for case in sorted((ALIGN_DEV / pair).iterdir()):
        if is_held_out(case.name) != held_out:
            continue
        cases.append(Case(case.name, _lines(case / "src.txt"), _lines(case / "tgt.txt"),
                          parse_beads((case / "gold.txt").read_text(encoding="utf-8"))))
    return cases


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _droppable(sentence: str) -> bool:
    """Headlines, bylines, captions: what translators leave out most."""
    text = sentence.strip()
    return len(text) < 50 or not _FINAL.search(text)


def realistic_cases(pair: str, condition: str, seed: int = 14) -> list[Case]:
    """Cases of ``pair`` (``ru-en``: source ru) from NTREX docs 000-061 under ``condition``."""
    src_lang, tgt_lang = pair.split("-")
    if condition == "segmented":
        return _segmented_cases(src_lang, tgt_lang, seed)
    if condition == "deletions":
        short, other, join_src, join_tgt = 0.3, 0.03, 0.10, 0.10
    elif condition == "ru-original":
        short, other, join_src, join_tgt = 0.4, 0.06, 0.20, 0.05
    else:
        raise ValueError(condition)
    cases = []
    for doc in dev_documents():
        rng = random.Random(f"{seed}/{pair}/{condition}/{doc.name}")
        source = _lines(doc / f"doc.{src_lang}")
        target = _lines(doc / f"doc.{tgt_lang}")
        english = _lines(doc / "doc.en")
        rows = [(s, t, e) for s, t, e in zip(source, target, english, strict=True)
                if s.strip() and t.strip()]
        cases.append(_make_case(doc.name, rows, rng, short, other, join_src, join_tgt))
    return cases


def _segmented_cases(src_lang: str, tgt_lang: str, seed: int) -> list[Case]:
    from toolkit.lang import Lang
    from toolkit.text.segment import segment

    def sentences(line: str, lang: str) -> list[str]:
        return [s for paragraph in segment(line, Lang(lang)) for s in paragraph]

    cases = []
    for doc in dev_documents():
        rng = random.Random(f"{seed}/{src_lang}-{tgt_lang}/segmented/{doc.name}")
        rows = zip(_lines(doc / f"doc.{src_lang}"), _lines(doc / f"doc.{tgt_lang}"),
                   _lines(doc / "doc.en"), strict=True)
        source: list[str] = []
        target: list[str] = []
        gold: list[Bead] = []
        for s, t, e in rows:
            if not s.strip() or not t.strip():
                continue
            p = 0.3 if _droppable(e) else 0.03
            roll = rng.random()
            ours = sentences(s, src_lang) if not roll < p / 2 else []
            theirs = sentences(t, tgt_lang) if not p / 2 <= roll < p else []
            if ours and len(ours) == len(theirs):
                # As many sentences on both sides: the translator kept them, one for one.
                gold += [Bead((len(source) + k,), (len(target) + k,)) for k in range(len(ours))]
            elif ours and theirs:
                gold.append(Bead(tuple(range(len(source), len(source) + len(ours))),
                                 tuple(range(len(target), len(target) + len(theirs)))))
            else:
                gold += [Bead((len(source) + k,), ()) for k in range(len(ours))]
                gold += [Bead((), (len(target) + k,)) for k in range(len(theirs))]
            source += ours
            target += theirs
        cases.append(Case(doc.name, source, target, gold, split=True))
    return cases


def dev_documents() -> Iterator[Path]:
    """NTREX-128 documents 000-061 (062-122 are held out of all development)."""
    for doc in sorted(NTREX.iterdir()):
        if doc.name[:3].isdigit() and int(doc.name[:3]) <= _LAST_DEV_DOC:
            yield doc


def _make_case(name: str, rows: list[tuple[str, str, str]], rng: random.Random, short: float,
               other: float, join_src: float, join_tgt: float) -> Case:
    # Each row is one sentence in both languages; first decide what each side keeps.
    kept = []
    for s, t, e in rows:
        p = short if _droppable(e) else other
        roll = rng.random()
        if roll < p / 2:
            kept.append((None, t))  # a 0-1 bead: the source leaves it out
        elif roll < p:
            kept.append((s, None))  # a 1-0 bead: the translation leaves it out
        else:
            kept.append((s, t))
    source: list[str] = []
    target: list[str] = []
    gold: list[Bead] = []
    k = 0
    while k < len(kept):
        s, t = kept[k]
        nxt = kept[k + 1] if k + 1 < len(kept) else (None, None)
        both = s is not None and t is not None and nxt[0] is not None and nxt[1] is not None
        roll = rng.random()
        if both and roll < join_src:
            gold.append(Bead((len(source),), (len(target), len(target) + 1)))
            source.append(s + " " + nxt[0])
            target.extend([t, nxt[1]])
            k += 2
        elif both and roll < join_src + join_tgt:
            gold.append(Bead((len(source), len(source) + 1), (len(target),)))
            source.extend([s, nxt[0]])
            target.append(t + " " + nxt[1])
            k += 2
        else:
            gold.append(Bead((len(source),) if s is not None else (),
                             (len(target),) if t is not None else ()))
            if s is not None:
                source.append(s)
            if t is not None:
                target.append(t)
            k += 1
    return Case(name, source, target, [b for b in gold if b.source or b.target])
