"""The numbers of source and target must agree, read the way each language writes them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from toolkit.check.base import Context, Finding, Severity
from toolkit.i18n import gettext as _
from toolkit.text.numbers import numbers_in

__all__ = ["NumberMismatch"]


def _show(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if value == int(value) else f"{value:g}"


class NumberMismatch:
    """Numbers of the source missing from the target, or numbers the target adds."""

    id = "number-mismatch"
    severity = Severity.ERROR

    @property
    def title(self) -> str:
        return _("Numbers differ")

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            if not pair.target.strip():
                continue
            source = Counter(round(v, 6) for v in numbers_in(pair.source, context.source_lang))
            target = Counter(round(v, 6) for v in numbers_in(pair.target, context.target_lang))
            missing = sorted((source - target).elements())
            extra = sorted((target - source).elements())
            if not missing and not extra:
                continue
            parts = []
            if missing:
                parts.append(_("missing in the translation: {numbers}").format(
                    numbers=", ".join(_show(v) for v in missing)))
            if extra:
                parts.append(_("not in the source: {numbers}").format(
                    numbers=", ".join(_show(v) for v in extra)))
            yield Finding(
                self.id, self.severity, pair.index, pair.target_line, "; ".join(parts),
                context.target_lang, expected=", ".join(_show(v) for v in missing),
                found=", ".join(_show(v) for v in extra))
