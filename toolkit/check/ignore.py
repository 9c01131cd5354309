"""Accepted findings: an ignore file keyed by check, concept and the segment's text.

Each line of ``.tilmash-ignore`` (or the file given with ``--ignore``) is::

    check<TAB>concept<TAB>segment hash[<TAB>comment]

The hash covers the source and target text of the segment, so an accepted finding comes back
as soon as either text changes. ``#`` starts a comment line. ``--write-ignore`` adds the
current findings, keeping what the file already holds.

>>> key = IgnoreKey("term-missing", "place-abakan", segment_hash("Абакан", "the city"))
>>> parse_ignore(format_ignore({key}).encode(), ".tilmash-ignore") == {key}
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from toolkit.check.base import Finding
from toolkit.errors import IgnoreLineInvalid
from toolkit.formats.plain import decode_text
from toolkit.i18n import gettext as _

__all__ = ["IgnoreKey", "format_ignore", "key_of", "parse_ignore", "segment_hash", "suppress"]

DEFAULT_NAME = ".tilmash-ignore"


@dataclass(frozen=True, order=True)
class IgnoreKey:
    check: str
    concept: str
    segment: str


def segment_hash(source: str, target: str) -> str:
    """A short, stable fingerprint of a segment pair's texts."""
    return hashlib.sha256(f"{source}\x1f{target}".encode()).hexdigest()[:16]


def key_of(finding: Finding, sources: Sequence[str], targets: Sequence[str]) -> IgnoreKey:
    source = sources[finding.segment] if finding.segment < len(sources) else ""
    target = targets[finding.segment] if finding.segment < len(targets) else ""
    return IgnoreKey(finding.check, finding.concept, segment_hash(source, target))


def parse_ignore(data: bytes, name: str) -> set[IgnoreKey]:
    """The keys of an ignore file; a line that is not check<TAB>concept<TAB>hash is an error."""
    if not data.strip():
        return set()
    keys = set()
    for number, line in enumerate(decode_text(data, name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0] or len(fields[2]) != 16:
            raise IgnoreLineInvalid(name, _("expected check<TAB>concept<TAB>segment hash"),
                                    number)
        keys.add(IgnoreKey(fields[0], fields[1], fields[2]))
    return keys


def format_ignore(keys: Iterable[IgnoreKey]) -> str:
    """The text of an ignore file holding ``keys``, sorted."""
    lines = ["# tilmash: accepted findings (check, concept, segment hash). A finding comes back",
             "# when its segment's text changes. Written by `tilmash check --write-ignore`."]
    lines += [f"{k.check}\t{k.concept}\t{k.segment}" for k in sorted(set(keys))]
    return "\n".join(lines) + "\n"


def suppress(findings: Sequence[Finding], keys: set[IgnoreKey], sources: Sequence[str],
             targets: Sequence[str]) -> tuple[list[Finding], int]:
    """The findings not accepted in ``keys``, and how many were."""
    kept = [f for f in findings if key_of(f, sources, targets) not in keys]
    return kept, len(findings) - len(kept)
