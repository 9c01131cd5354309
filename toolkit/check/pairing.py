"""Pairing a document with its translation, and the mentions of one run found once.

A :class:`Pairing` belongs to one run (a document, or the three versions of one): it owns the
matchers of the languages the run needs, built on first use, and the mentions of every text it
has looked at, so that the aligner and then the checks (and the project's consistency
renderings) look each sentence up once. Numbers are cached where they are read
(:func:`toolkit.text.numbers.quantities`).

>>> from toolkit.glossary.model import Concept, Glossary, Kind, Term
>>> g = Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),),
...                       en=(Term("Abakan"),)),))
>>> pairing = Pairing(g)
>>> segments = pairing.sentences("Абакан — столица.\\nТам форум.", "Abakan is a capital. "
...                              "A forum is there.", (Lang.RU, Lang.EN))
>>> list(zip(segments.sources, segments.targets))
[('Абакан — столица.', 'Abakan is a capital.'), ('Там форум.', 'A forum is there.')]
>>> [m.concept for m in pairing.mentions(Lang.RU, segments.sources[0])]
['place-abakan']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.match import Match, Matcher

if TYPE_CHECKING:
    from toolkit.align.aligner import Alignment
    from toolkit.align.bead import Bead

__all__ = ["MemoFinder", "Pairing", "joined_doubtful_deletions"]


class MemoFinder:
    """A matcher's :meth:`~toolkit.match.Matcher.find` that looks each distinct text up once."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._found: dict[str, tuple[Match, ...]] = {}

    def find(self, text: str) -> list[Match]:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = tuple(self.matcher.find(text))
        return list(found)


class Pairing:
    """The matchers and mentions of one run over ``glossary``.

    ``matchers``, when given, is a cache of compiled matchers to use and fill (a worker's,
    shared by the documents it checks); missing languages are compiled on first use.
    """

    def __init__(self, glossary: Glossary, matchers: dict[Lang, Matcher] | None = None) -> None:
        self.glossary = glossary
        self._matchers = matchers if matchers is not None else {}
        self._finders: dict[Lang, MemoFinder] = {}

    def matchers(self, langs: Iterable[Lang]) -> dict[Lang, Matcher]:
        """The compiled matchers of ``langs`` (compiled now if not yet)."""
        return {lang: self.finder(lang).matcher for lang in langs}

    def finder(self, lang: Lang) -> MemoFinder:
        """The mentions of texts in ``lang``, each text looked up once in this run."""
        finder = self._finders.get(lang)
        if finder is None:
            matcher = self._matchers.get(lang)
            if matcher is None:
                matcher = self._matchers[lang] = Matcher(self.glossary, lang)
            finder = self._finders[lang] = MemoFinder(matcher)
        return finder

    def mentions(self, lang: Lang, text: str) -> list[Match]:
        """The glossary mentions in ``text`` (a text in ``lang``)."""
        return self.finder(lang).find(text)

    def align(self, source: Sequence[str], target: Sequence[str], source_lang: Lang,
              target_lang: Lang, source_breaks: frozenset[int] = frozenset(),
              target_breaks: frozenset[int] = frozenset(), split: bool = True) -> list[Bead]:
        """Beads aligning two lists of sentences (paragraph starts in ``*_breaks``; ``split``:
        cut by the sentence splitter, as :func:`toolkit.formats.plain.sentences_with_lines`
        cuts them)."""
        from toolkit.align.aligner import align_sentences

        return align_sentences(source, target, source_lang, target_lang, self.glossary,
                               source_breaks, target_breaks,
                               {lang: self.finder(lang) for lang in (source_lang, target_lang)},
                               split=split)

    def units(self, segments: Segments, langs: tuple[Lang, Lang], presegmented: bool = False
              ) -> tuple[list[str], list[str], Alignment]:
        """The sentences of the paired units of a bilingual file, aligned unit by unit (the
        sentences of a unit align only with those of its counterpart): the source and target
        sentences of all units in order, and beads that index them. With ``presegmented``,
        each line of a unit is a sentence."""
        from toolkit.align.aligner import Alignment, align_documents
        from toolkit.align.bead import Bead

        def split(text: str, lang: Lang) -> list[str]:
            if presegmented:
                return [line.strip() for line in text.splitlines() if line.strip()]
            from toolkit.text.segment import segment

            return [sentence for paragraph in segment(text, lang) for sentence in paragraph]

        finders = {lang: self.finder(lang) for lang in langs}
        sources: list[str] = []
        targets: list[str] = []
        beads: list[Bead] = []
        sure = 0
        for source, target in zip(segments.sources, segments.targets, strict=True):
            src, tgt = split(source, langs[0]), split(target, langs[1])
            found = align_documents(src, tgt, langs[0], langs[1], self.glossary,
                                    matchers=finders, split=not presegmented)
            beads += [Bead(tuple(len(sources) + i for i in b.source),
                           tuple(len(targets) + j for j in b.target), b.score)
                      for b in found.beads]
            sure += found.sure
            sources += src
            targets += tgt
        total = len(sources) + len(targets)
        return sources, targets, Alignment(beads, sure / total if total else 1.0)

    def sentences(self, source: str, target: str, langs: tuple[Lang, Lang]) -> Segments:
        """Segment pairs of two plain texts from their aligned sentences; a segment's line is
        where its first sentence is (a sentence with no counterpart gets the line of its
        neighbour on the other side). A sentence that the aligner is unsure has no counterpart
        is checked with the beads either side of it (:func:`joined_doubtful_deletions`)."""
        from toolkit.formats.plain import sentences_with_lines

        src, src_lines, src_breaks = sentences_with_lines(source, langs[0])
        tgt, tgt_lines, tgt_breaks = sentences_with_lines(target, langs[1])
        beads = joined_doubtful_deletions(
            self.align(src, tgt, langs[0], langs[1], src_breaks, tgt_breaks))
        sources, targets, source_lines, target_lines = [], [], [], []
        last_source = last_target = 1
        for bead in beads:
            sources.append(" ".join(src[i] for i in bead.source))
            targets.append(" ".join(tgt[j] for j in bead.target))
            last_source = src_lines[bead.source[0]] if bead.source else last_source
            last_target = tgt_lines[bead.target[0]] if bead.target else last_target
            source_lines.append(last_source)
            target_lines.append(last_target)
        return Segments(sources, targets, source_lines, target_lines)


def joined_doubtful_deletions(beads: Sequence[Bead]) -> list[Bead]:
    """The beads, with each sentence that the aligner is unsure has no counterpart (a 1-0 or
    0-1 bead marked for review) joined into one bead with the beads either side of it.

    Such a sentence is as likely part of its neighbour's bead, which the aligner could not
    tell (a Russian line of two sentences that the translation renders in one): checked alone,
    it would be a sentence-missing error on a correct translation. Checked with its neighbours,
    a sentence that is really left out is still found wanting: its glossary terms are missing
    from the joined translation. A deletion the aligner is sure of stays as it is.

    Measured on NTREX-128 documents 000-061 outside the held-aside part, checked as plain texts
    in four directions (en-ru, en-kk, ru-kk, ru-en): the findings through the aligner were
    those of the same pairs checked line by line, but for two sentence-missing errors and two
    number mismatches, which are gone; with a tenth of the target lines whose source has
    glossary terms dropped, as many of them (55 of 68) are found as before.

    >>> from toolkit.align.bead import Bead
    >>> beads = [Bead((0,), (0,), 1.0), Bead((1,), (), 0.1), Bead((2,), (1,), 0.9),
    ...          Bead((3,), (2,), 1.0), Bead((4,), (), 0.99)]
    >>> [str(b) for b in joined_doubtful_deletions(beads)]
    ['[0, 1, 2]:[0, 1]', '[3]:[2]', '[4]:[]']
    """
    from toolkit.align.aligner import LOW_CONFIDENCE
    from toolkit.align.bead import Bead

    # Which beads join the one after them.
    joins = [False] * len(beads)
    for k, bead in enumerate(beads):
        if (not bead.source or not bead.target) and bead.score < LOW_CONFIDENCE:
            if k > 0:
                joins[k - 1] = True
            if k + 1 < len(beads):
                joins[k] = True
    out: list[Bead] = []
    group: list[Bead] = []
    for bead, joined in zip(beads, joins, strict=True):
        group.append(bead)
        if not joined:
            out.append(group[0] if len(group) == 1 else Bead(
                tuple(i for b in group for i in b.source),
                tuple(j for b in group for j in b.target), min(b.score for b in group)))
            group = []
    return out
