"""The checks tilmash runs, listed explicitly (never discovered by name). A new check is one
module (a :class:`toolkit.check.base.CheckBase` that declares its modes) and a line here."""

from __future__ import annotations

from toolkit.check.base import Check
from toolkit.check.dates import DateMismatch
from toolkit.check.numbers import NumberMismatch
from toolkit.check.omission import SentenceMissing
from toolkit.check.terms import (
    EntryFuzzy,
    TermForbidden,
    TermInconsistent,
    TermMissing,
    TermMisspelled,
    TermUntranslated,
)

__all__ = ["CHECKS", "check_by_id"]

CHECKS: tuple[Check, ...] = (
    TermMissing(),
    TermMisspelled(),
    TermForbidden(),
    TermInconsistent(),
    TermUntranslated(),
    NumberMismatch(),
    DateMismatch(),
    EntryFuzzy(),
    SentenceMissing(),
)


def check_by_id(check_id: str) -> Check | None:
    """The check with this id, or None."""
    return next((c for c in CHECKS if c.id == check_id), None)
