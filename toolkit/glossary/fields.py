"""The glossary's field names and the reading of field values, shared by every reader.

Each reader (YAML, CSV; later XLSX and TBX) turns its cells into strings and asks this module
for the typed value, so that "unknown status 'prefered'; expected one of ..." reads the same
whatever file it came from.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from enum import Enum, StrEnum
from typing import TypeVar

from toolkit.glossary.model import Form, Kind, Status, TermType
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS

__all__ = [
    "CONCEPT_KEYS",
    "DERIVED_KEYS",
    "TERM_KEYS",
    "FieldError",
    "parse_bool",
    "parse_enum",
    "slugify",
    "suggest",
]

# Canonical key order: id, kind, the three languages, then the rest (the order).
CONCEPT_KEYS = ("id", "kind", *(lang.value for lang in LANGS), "derived", "broader",
                "definition", "note", "source", "related", "homonyms")
TERM_KEYS = ("term", "status", "type", "note", "latin", "case_sensitive", "inflects")
DERIVED_KEYS = ("term", "form", "note", "latin", "case_sensitive", "inflects")

E = TypeVar("E", bound=StrEnum)

_ENUM_NAMES = {Kind: "kind", Status: "status", TermType: "type", Form: "form"}


class FieldError(ValueError):
    """A value that does not fit its field; the message is localised and says what would."""


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, for readable ids.

    >>> slugify("Côte d’Ivoire"), slugify("Красцветмет")
    ('cote-d-ivoire', '')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def suggest(value: str, choices: tuple[str, ...] | list[str]) -> str:
    """' (did you mean X?)' when a choice is close to ``value``, else ''."""
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return _(" (did you mean {choice!r}?)").format(choice=close[0]) if close else ""


@functools.cache
def _folded_members(enum: type[Enum]) -> dict[str, Enum]:
    return {member.value.casefold(): member for member in enum}


def parse_enum(enum: type[E], value: str) -> E:
    """The member of ``enum`` spelled ``value`` (TBX spelling; case-insensitive)."""
    member = _folded_members(enum).get(value.strip().casefold())
    if member is None:
        choices = [m.value for m in enum]
        raise FieldError(_("unknown {field} {value!r}; expected one of {choices}{hint}").format(
            field=_ENUM_NAMES.get(enum, enum.__name__), value=value,
            choices=", ".join(choices), hint=suggest(value, choices)))
    return member  # type: ignore[return-value]


_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


def parse_bool(field: str, value: str, default: bool) -> bool:
    """Read a yes/no cell: true/false, yes/no, 1/0; an empty cell gives ``default``."""
    folded = value.strip().casefold()
    if not folded:
        return default
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise FieldError(_("{field} must be true or false, not {value!r}").format(
        field=field, value=value))
