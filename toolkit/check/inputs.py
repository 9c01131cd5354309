"""From the files a user names to segment pairs and their languages.

The format is chosen by the caller or by the extension; languages come from the caller,
else from the file itself (PO Language header, XLIFF and TMX attributes), else from a filename
suffix such as ``.ru.txt``. A language that cannot be known is an error: never a guess.
A language chosen that contradicts what the file declares wins, with a note saying so
(:class:`Override`: a memoQ file declared ``nl-nl`` whose text is English); a file declaring a
language other than kk, ru and en needs one chosen
(:class:`~toolkit.errors.LanguageUnsupported`). Errors and notes name no command-line option:
the CLI words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from toolkit.errors import FileCount, LanguageUnknown, LanguageUnsupported
from toolkit.formats.base import Segments, lang_from_filename
from toolkit.formats.registry import read_bilingual
from toolkit.i18n import ngettext
from toolkit.labels import number
from toolkit.lang import Lang

if TYPE_CHECKING:
    from toolkit.check.pairing import Pairing

__all__ = ["Input", "Override", "load_pair", "resolve_lang"]


@dataclass(frozen=True)
class Override:
    """A note: the file declares its ``side`` ("source" or "target") in ``code``, and it is
    read as ``lang``, the language chosen for it."""

    side: str
    code: str
    lang: Lang


@dataclass(frozen=True)
class Input:
    """Segments to check, with their languages and how to name the files in reports.

    ``notes`` are remarks on how the file was read, in order: (localised) sentences, and
    :class:`Override` for the caller to word; ``untranslated`` counts the units left out for
    having no translation."""

    segments: Segments
    source_lang: Lang
    target_lang: Lang
    source_name: str
    target_name: str
    notes: tuple[str | Override, ...] = ()
    untranslated: int = 0


def resolve_lang(option: Lang | None, declared: Lang | None, name: str, which: str,
                 by_name: bool = True) -> Lang:
    """The language from the option, else the file's declaration, else (for a file in one
    language) the filename suffix. A bilingual file's suffix is not read: "site.kk.po" names
    the catalog's language, which is the target, not the source. ``which`` is "source" or
    "target"; :class:`~toolkit.errors.LanguageUnknown` when nothing says the language."""
    lang = option or declared or (lang_from_filename(name) if by_name else None)
    if lang is None:
        raise LanguageUnknown(name, which)
    return lang


def _declared(option: Lang | None, declared: Lang | None, code: str | None, name: str,
              which: str, notes: list[str | Override]) -> Lang | None:
    """The option, else the language the file declares; a note when the option overrides a
    different declaration, an error when the file names a language that is not kk/ru/en and
    no option says which it is."""
    if option is not None:
        if code and declared is not option:
            notes.append(Override(which, code, option))
        return option
    if code and declared is None:
        raise LanguageUnsupported(name, code, which)
    return declared


def _without_translation(segments: Segments) -> int:
    """How many segments have source text and an empty translation."""
    return sum(1 for source, target in zip(segments.sources, segments.targets, strict=True)
               if source.strip() and not target.strip())


def load_pair(fmt: str, source: tuple[str, bytes], target: tuple[str, bytes] | None,
              source_lang: Lang | None, target_lang: Lang | None, by_line: bool = False,
              pairing: Pairing | None = None) -> Input:
    """Read the source (and, for plain text, the target) into segment pairs.

    :class:`~toolkit.errors.FileCount` when plain text has no target, or a bilingual format
    one; :class:`~toolkit.errors.LanguageUnknown` when a language cannot be told.

    Plain text is paired by the aligner of ``pairing`` (sentence by sentence, so that a
    dropped or merged sentence does not shift every pair after it), or line by line with
    ``by_line`` or when no pairing is given.
    """
    from toolkit.formats.plain import decode_text, pair_lines

    source_name, source_data = source
    if fmt == "plain":
        if target is None:
            raise FileCount(fmt, 2, 1)
        target_name, target_data = target
        langs = (resolve_lang(source_lang, None, source_name, "source"),
                 resolve_lang(target_lang, None, target_name, "target"))
        source_text = decode_text(source_data, source_name)
        target_text = decode_text(target_data, target_name)
        if by_line or pairing is None:
            segments = pair_lines(source_text, target_text)
            alone = _without_translation(segments)
            said = ngettext("{n} line has no translation in {file}",
                            "{n} lines have no translation in {file}", alone)
        else:
            segments = pairing.sentences(source_text, target_text, langs)
            alone = _without_translation(segments)
            said = ngettext("{n} sentence has no translation in {file}",
                            "{n} sentences have no translation in {file}", alone)
        alone_note = (said.format(n=number(alone), file=target_name),) if alone else ()
        return Input(segments, langs[0], langs[1], source_name, target_name, alone_note)
    if target is not None:
        raise FileCount(fmt, 1, 2)
    notes: list[str | Override] = []
    bilingual = read_bilingual(fmt, source_data, source_name, (source_lang, target_lang))
    notes.extend(bilingual.notes)
    chosen = [resolve_lang(_declared(option, declared, code, source_name, which, notes), None,
                          source_name, which, False)
             for option, declared, code, which in (
                 (source_lang, bilingual.source_lang, bilingual.source_code, "source"),
                 (target_lang, bilingual.target_lang, bilingual.target_code, "target"))]
    return Input(bilingual.segments, chosen[0], chosen[1], source_name, source_name,
                 tuple(notes), bilingual.untranslated)

