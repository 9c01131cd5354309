"""From the files a user names to segment pairs and their languages.

The format is chosen by ``--input-format`` or by the extension; languages come from the options,
else from the file itself (PO Language header, XLIFF and TMX attributes), else from a filename
suffix such as ``.ru.txt``. A language that cannot be known is a usage error: never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from toolkit.errors import UsageError
from toolkit.formats.base import Segments, lang_from_filename
from toolkit.formats.plain import decode_text, pair_lines
from toolkit.formats.tsv import read_tsv
from toolkit.i18n import gettext as _
from toolkit.lang import Lang

__all__ = ["FORMATS", "Input", "format_of", "load_pair", "resolve_lang"]

FORMATS = ("plain", "tsv")
_EXTENSIONS = {".tsv": "tsv", ".tab": "tsv"}


@dataclass(frozen=True)
class Input:
    """Segments to check, with their languages and how to name the files in reports."""

    segments: Segments
    source_lang: Lang
    target_lang: Lang
    source_name: str
    target_name: str


def format_of(name: str, chosen: str | None) -> str:
    """The input format: the one chosen, else the one the extension says, else plain text."""
    if chosen:
        return chosen
    return _EXTENSIONS.get(PurePath(name).suffix.lower(), "plain")


def resolve_lang(option: Lang | None, declared: Lang | None, name: str, which: str) -> Lang:
    """The language from the option, else the file's declaration, else the filename suffix."""
    lang = option or declared or lang_from_filename(name)
    if lang is None:
        raise UsageError(_(
            "cannot tell the language of {name}: use {option}, or a name like "
            "article.ru.txt").format(name=name, option=f"--{which}-lang"))
    return lang


def load_pair(fmt: str, source: tuple[str, bytes], target: tuple[str, bytes] | None,
              source_lang: Lang | None, target_lang: Lang | None) -> Input:
    """Read the source (and, for plain text, the target) into segment pairs."""
    source_name, source_data = source
    if fmt == "plain":
        if target is None:
            raise UsageError(_("plain text needs two files: the source and its translation"))
        target_name, target_data = target
        segments = pair_lines(decode_text(source_data, source_name),
                              decode_text(target_data, target_name))
        return Input(segments, resolve_lang(source_lang, None, source_name, "source"),
                     resolve_lang(target_lang, None, target_name, "target"), source_name,
                     target_name)
    if target is not None:
        raise UsageError(_("a {format} file holds both languages: name only that file").format(
            format=fmt.upper()))
    segments = read_tsv(source_data, source_name)
    return Input(segments, resolve_lang(source_lang, None, source_name, "source"),
                 resolve_lang(target_lang, None, source_name, "target"), source_name,
                 source_name)
