"""The numbers of source and target must agree, read the way each language writes them.

Two numbers agree when they have the same value ("1 000,5" = "1,000.5", "сорока восьми" =
"48"), when they are the same time of day ("3 p.m." = "15:00", "13:00" = "сағат 1"), or when
they are the same measure in converted units, within rounding ("45 miles" = "72 км", "550
pound" = "250 кг"). A conversion in brackets goes with its quantity ("six meters (18 feet)"),
so a translation may keep or drop it. Weak numbers (see :mod:`toolkit.text.numbers`) only
confirm. With ``--document`` the numbers of the whole document are compared as multisets.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from toolkit.check.base import CheckBase, Context, Finding, Majority, Pair, Severity
from toolkit.i18n import gettext as _
from toolkit.lang import Lang
from toolkit.text.numbers import Quantity, groups, quantities
from toolkit.text.units import TEMPERATURE, to_base

__all__ = ["NumberMismatch", "unmatched"]

# Converted units are rounded: "40 miles" is "65 км" (64.4), "300 kg" "650 pounds" (661).
_TOLERANCE = 0.12
# A bracketed conversion in the same unit as the other version's number, rounded otherwise.
_ROUNDED = 0.025
# Small numbers are rounded coarsely: "half an inch" is "1,5 см" (1.27).
_SMALL = 0.2


def _show(value: float) -> str:
    if value != int(value):
        return f"{value:g}"
    return f"{value:,.0f}".replace(",", " ") if abs(value) >= 10_000 else f"{value:.0f}"


def _same_value(a: Quantity, b: Quantity) -> bool:
    values_a = {round(a.value, 6), *(round(v, 6) for v in a.alternatives)}
    values_b = {round(b.value, 6), *(round(v, 6) for v in b.alternatives)}
    if not values_a & values_b:
        return False
    # "10 miles" is not "10 км".
    return not (a.dimension and a.dimension == b.dimension and a.dimension != TEMPERATURE
                and abs(a.factor - b.factor) > _TOLERANCE * max(a.factor, b.factor))


def _same_clock(a: Quantity, b: Quantity) -> bool:
    if a.clock is None and b.clock is None:
        return False
    if a.clock is not None and b.clock is not None:
        return (a.clock - b.clock) % 720 == 0
    clock, other = (a, b) if a.clock is not None else (b, a)
    assert clock.clock is not None
    return other.dimension is None and other.value == int(other.value) and \
        0 < other.value <= 24 and (other.value * 60 - clock.clock) % 720 == 0


def _same_unit(a: Quantity, b: Quantity) -> bool:
    """Both in one unit (degrees of an unnamed scale may be Celsius or Fahrenheit)."""
    if a.dimension is None or a.dimension != b.dimension or 0.0 in (a.factor, b.factor):
        return False
    return abs(a.factor - b.factor) <= 0.01 * max(abs(a.factor), abs(b.factor))


def _converted(a: Quantity, b: Quantity) -> bool:
    if a.dimension is None or a.dimension != b.dimension or _same_unit(a, b):
        return False  # in the same unit a number must be the same
    for x in to_base(a.value, a.dimension, a.factor):
        for y in to_base(b.value, b.dimension, b.factor):
            if a.dimension == TEMPERATURE:
                if abs(x - y) <= max(1.5, 0.05 * abs(x)):
                    return True
            elif abs(x - y) <= (_TOLERANCE if min(a.value, b.value) >= 10 else _SMALL) * \
                    max(abs(x), abs(y)):
                return True
    return False


def _agree(one: list[Quantity], other: list[Quantity], tolerant: bool) -> bool:
    """Whether two groups are the same quantity: one pair of members agrees, and no two
    members in the same unit differ ("85 mph" is not "86 миля/сағ (137 км/сағ)") beyond the
    rounding of a bracketed conversion."""
    rounded = False
    for ia, a in enumerate(one):
        for ib, b in enumerate(other):
            if not _same_unit(a, b) or _same_value(a, b):
                continue
            # A conversion in brackets is rounded ("550 фунт (249 кг)" for "250 кг"); the
            # number the translator wrote is not.
            if (ia == 0 and ib == 0) or abs(a.value - b.value) > _ROUNDED * max(a.value,
                                                                                b.value):
                return False
            rounded = True
    if rounded and tolerant:
        return True
    for a in one:
        for b in other:
            if a.clock is not None or b.clock is not None:
                if _same_clock(a, b):
                    return True
            elif _same_value(a, b) or (tolerant and _converted(a, b)):
                return True
    return False


def unmatched(source: Sequence[list[Quantity]], target: Sequence[list[Quantity]],
              places: tuple[Sequence[int], Sequence[int]] | None = None
              ) -> tuple[list[int], list[int]]:
    """Indexes of the strong source and target groups that nothing on the other side agrees
    with (digits with digits first, then number words, then converted units). A group of
    number words is reported only when the other side has an unmatched number too.

    ``places`` (the segment of each source and target group) makes it a whole-document
    comparison: groups of the same segment are paired first, then any two, and number words
    are never reported alone (sentences are merged and split too freely for that)."""
    free_source = set(range(len(source)))
    free_target = set(range(len(target)))
    local_passes = (True, False) if places else (False,)
    # Digits with digits first, so that "четыре мяча" does not take the 4 of "5/4".
    for local in local_passes:
        for tolerant, written in ((False, True), (False, False), (True, False)):
            for i in sorted(free_source):
                if written and all(q.word for q in source[i]):
                    continue
                for j in sorted(free_target):
                    if written and all(q.word for q in target[j]):
                        continue
                    if local and places and places[0][i] != places[1][j]:
                        continue
                    if _agree(source[i], target[j], tolerant):
                        free_source.discard(i)
                        free_target.discard(j)
                        break
    lost = [i for i in sorted(free_source) if any(q.strong for q in source[i])]
    added = [j for j in sorted(free_target) if any(q.strong for q in target[j])]
    if places:
        return ([i for i in lost if not all(q.word for q in source[i])],
                [j for j in added if not all(q.word for q in target[j])])
    # Translators add, drop and rephrase numbers said in words ("Three men" → "мужчины",
    # "double" → "вдвое"): a number word counts only where the other side has another number
    # in its place ("seven pages" → "8 страниц").
    return ([i for i in lost if _replaced(source[i], [target[j] for j in added])],
            [j for j in added if _replaced(target[j], [source[i] for i in lost])])


def _words_only(group: list[Quantity]) -> bool:
    return all(q.word for q in group)


def _replaced(group: list[Quantity], others: list[list[Quantity]]) -> bool:
    """Whether an unmatched group is worth reporting: digits always; number words when the
    other side has an unmatched number in their place, digits or words of the same kind
    ("nine" for "екінші" is a rephrasing, "twelve" for "жиырма" a mistake)."""
    if not _words_only(group):
        return True
    return any(not _words_only(other) or other[0].ordinal == group[0].ordinal
               for other in others)


def _groups(text: str, lang: Lang) -> list[list[Quantity]]:
    return groups(quantities(text, lang), text) if text else []


def _written(text: str, group: list[Quantity]) -> str:
    """A quantity as the text writes it, with its unit and conversion ("800 kph (497 mph)")."""
    written = " ".join(text[group[0].start:group[-1].end].split()).rstrip(".")
    if group[-1].end < len(text) and text[group[-1].end] == ")" and "(" in written:
        written += ")"
    return written


def _message(missing: list[str], extra: list[str]) -> str:
    parts = []
    if missing:
        parts.append(_("missing in the translation: {numbers}").format(
            numbers=", ".join(missing)))
    if extra:
        parts.append(_("not in the source: {numbers}").format(numbers=", ".join(extra)))
    return "; ".join(parts)


class NumberMismatch(CheckBase):
    """Numbers of the source missing from the target, or numbers the target adds."""

    id = "number-mismatch"
    severity = Severity.ERROR
    majority = Majority.COMPARISON

    @property
    def title(self) -> str:
        return _("Numbers differ")

    def _finding(self, context: Context, pair: Pair, missing: list[tuple[str, float]],
                 extra: list[tuple[str, float]]) -> Finding:
        """``missing`` and ``extra``: each number as written, and its value."""
        return Finding(
            self.id, self.severity, pair.index, pair.target_line,
            _message([w for w, _v in missing], [w for w, _v in extra]), context.target_lang,
            expected=", ".join(_show(v) for _w, v in missing),
            found=", ".join(_show(v) for _w, v in extra))

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            if not pair.target.strip():
                continue
            source = _groups(pair.source, context.source_lang)
            target = _groups(pair.target, context.target_lang)
            lost, added = unmatched(source, target)
            if lost or added:
                yield self._finding(
                    context, pair,
                    [(_written(pair.source, source[i]), source[i][0].value) for i in lost],
                    [(_written(pair.target, target[j]), target[j][0].value) for j in added])

    def run_document(self, context: Context) -> Iterator[Finding]:
        """The numbers of the whole source against those of the whole translation, each
        difference reported at the segment where it is written."""
        source: list[list[Quantity]] = []
        target: list[list[Quantity]] = []
        where_source: list[Pair] = []
        where_target: list[Pair] = []
        for pair in context.pairs:
            if not pair.target.strip():
                continue
            for group in _groups(pair.source, context.source_lang):
                source.append(group)
                where_source.append(pair)
            for group in _groups(pair.target, context.target_lang):
                target.append(group)
                where_target.append(pair)
        lost, added = unmatched(source, target, ([p.index for p in where_source],
                                                 [p.index for p in where_target]))
        by_pair: dict[int, tuple[Pair, list[tuple[str, float]], list[tuple[str, float]]]] = {}
        for i in lost:
            pair = where_source[i]
            by_pair.setdefault(pair.index, (pair, [], []))[1].append(
                (_written(pair.source, source[i]), source[i][0].value))
        for j in added:
            pair = where_target[j]
            by_pair.setdefault(pair.index, (pair, [], []))[2].append(
                (_written(pair.target, target[j]), target[j][0].value))
        for index in sorted(by_pair):
            pair, missing, extra = by_pair[index]
            yield self._finding(context, pair, missing, extra)
