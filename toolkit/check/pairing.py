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

__all__ = ["MemoFinder", "Pairing"]


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
        neighbour on the other side)."""
        from toolkit.formats.plain import sentences_with_lines

        src, src_lines, src_breaks = sentences_with_lines(source, langs[0])
        tgt, tgt_lines, tgt_breaks = sentences_with_lines(target, langs[1])
        beads = self.align(src, tgt, langs[0], langs[1], src_breaks, tgt_breaks)
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
