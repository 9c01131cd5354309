"""Findings and the shape of a check.

A check is an object with an ``id``, a ``severity``, a localised one-line ``title`` and a
method ``run(context) -> Iterator[Finding]`` over a whole document (some checks, such as
consistency, need every segment at once). The registry lists the checks explicitly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.match import Match, Matcher

__all__ = ["Check", "Context", "Finding", "Pair", "Severity", "Span"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


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
    with it)."""

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
    matchers: dict[Lang, Matcher]
    # Results that two checks share, such as the misspelling search of a missing concept.
    memo: dict[tuple[object, ...], object] = field(default_factory=dict)


class Check(Protocol):
    id: str
    severity: Severity

    @property
    def title(self) -> str: ...

    def run(self, context: Context) -> Iterator[Finding]: ...
