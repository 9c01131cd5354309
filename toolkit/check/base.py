"""Findings and the shape of a check.

A check is an object with an ``id``, a ``severity``, a localised one-line ``title``, the
:class:`Mode` s it supports and a method per mode over a whole document (some checks, such as
consistency, need every segment at once):

- ``run(context)``: segment by segment, each source segment against its target;
- ``run_document(context)``: the whole source against the whole translation, for drafts
  whose sentences do not line up;
- three-way: ``run`` on every directed pair of the kk, ru and en versions, the findings then
  settled across the three as the check's ``majority`` says (:mod:`toolkit.check.trio`).

``combine(findings)`` lets a check rewrite the findings of all checks of one run (term-missing
absorbs the term-untranslated finding of the same segment and concept). :class:`CheckBase`
gives the defaults; the registry lists the checks explicitly, so a new check is one module
and a line there.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.match import Finder, Match
from toolkit.severity import Severity

__all__ = ["Check", "CheckBase", "Context", "Finding", "Majority", "Mode", "Pair", "Severity",
           "Span"]


@dataclass(frozen=True)
class Span:
    """A stretch of one segment's text (offsets in that segment, end exclusive)."""

    start: int
    end: int
    text: str

    @staticmethod
    def of(match: Match) -> Span:
        return Span(match.start, match.end, match.text)

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Finding:
    """One problem in one segment. ``segment`` is 0-based; ``line`` is the 1-based line of the
    target file where the segment starts. ``lang`` is the language of the version at fault;
    ``other``, in a three-way check, the version that ``source_span`` is in (the one compared
    with it). ``segments`` is how many segments from ``segment`` on the problem covers (a run
    of untranslated sentences is one problem); the spans are in the first."""

    check: str
    severity: Severity
    segment: int
    line: int
    message: str
    lang: Lang
    concept: str = ""
    expected: str = ""
    found: str = ""
    suggestion: str = ""
    source_span: Span | None = None
    target_span: Span | None = None
    other: Lang | None = None
    segments: int = 1


@dataclass
class Pair:
    """One source segment and its target, with their mentions (computed once, shared)."""

    index: int
    source: str
    target: str
    source_line: int
    target_line: int
    source_mentions: list[Match] = field(default_factory=list)
    target_mentions: list[Match] = field(default_factory=list)
    fuzzy: bool = False


@dataclass
class Context:
    """Everything the checks of one document see."""

    glossary: Glossary
    source_lang: Lang
    target_lang: Lang
    pairs: Sequence[Pair]
    matchers: Mapping[Lang, Finder]  # the run's, each text looked up once
    # Results that two checks share, such as the misspelling search of a missing concept.
    memo: dict[tuple[object, ...], object] = field(default_factory=dict)


class Mode(StrEnum):
    """The ways of looking at a translation that a check can support."""

    SEGMENT = "segment"  # each source segment against its target (``run``)
    DOCUMENT = "document"  # the whole source against the whole target (``run_document``)
    THREE_WAY = "three-way"  # kk, ru and en at once: ``run`` on each pair, then the majority


class Majority(StrEnum):
    """How the three-way mode settles a check's findings over the six directed pairs."""

    # The source has something the target lacks: at fault is the version that lacks what
    # both others have (one that only one version has is said there, as an info).
    RENDERING = "rendering"
    # Two versions disagree (numbers, dates): at fault is the one that disagrees with both.
    COMPARISON = "comparison"
    # A fault inside the version it is found in: reported once, whichever pair found it.
    OWN = "own"


class Check(Protocol):
    """What the runner needs of a check (:class:`CheckBase` gives the defaults)."""

    id: str
    severity: Severity
    modes: frozenset[Mode]
    majority: Majority

    @property
    def title(self) -> str: ...

    def run(self, context: Context) -> Iterator[Finding]: ...

    def run_document(self, context: Context) -> Iterator[Finding]: ...

    def combine(self, findings: list[Finding]) -> list[Finding]: ...


class CheckBase(ABC):
    """A check that supports every mode, finds faults in the version it reads
    (:attr:`Majority.OWN`), and looks at a whole document as it looks at its segments."""

    id: str
    severity: Severity
    modes: frozenset[Mode] = frozenset(Mode)
    majority: Majority = Majority.OWN

    @property
    @abstractmethod
    def title(self) -> str:
        """The check's localised one-line name."""

    @abstractmethod
    def run(self, context: Context) -> Iterator[Finding]:
        """The findings, segment by segment."""

    def run_document(self, context: Context) -> Iterator[Finding]:
        """The findings of the whole source against the whole translation (by default those
        of :meth:`run`: the check reads one version only, or every segment at once)."""
        return self.run(context)

    def combine(self, findings: list[Finding]) -> list[Finding]:
        """The findings of every check of the run, as this check would have them said (by
        default unchanged)."""
        return findings
