"""Localised names of the glossary's enumerations and of the languages, for messages and reports.

The files keep TBX's English values (``preferred``, ``fullForm``); people read these labels.
Language names come from CLDR through babel, so they need no catalog entries of their own.
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import format_decimal

from toolkit.glossary.model import Kind, Status, TermType
from toolkit.i18n import current_language
from toolkit.i18n import gettext as _
from toolkit.lang import Lang

__all__ = ["kind_label", "lang_label", "number", "status_label", "type_label"]


def lang_label(lang: Lang) -> str:
    """The name of ``lang`` in the UI language, e.g. "қазақ тілі", "казахский", "Kazakh"."""
    name = Locale.parse(current_language().value).languages.get(lang.value, lang.value)
    return str(name)


def number(value: int | float) -> str:
    """A number formatted for the UI language (1 234 in kk/ru, 1,234 in en)."""
    return format_decimal(value, locale=current_language().value)


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.TITLE: _("title"), Kind.PERSON: _("person"), Kind.PLACE: _("place"),
        Kind.ORGANISATION: _("organisation"), Kind.EVENT: _("event"), Kind.OTHER: _("other"),
    }
    return labels[kind]


def status_label(status: Status) -> str:
    labels = {
        Status.PREFERRED: _("preferred"), Status.ADMITTED: _("admitted"),
        Status.DEPRECATED: _("deprecated"), Status.FORBIDDEN: _("forbidden"),
    }
    return labels[status]


def type_label(term_type: TermType) -> str:
    labels = {
        TermType.FULL_FORM: _("full form"), TermType.SHORT_FORM: _("short form"),
        TermType.ACRONYM: _("acronym"), TermType.ABBREVIATION: _("abbreviation"),
        TermType.VARIANT: _("variant"),
    }
    return labels[term_type]
