"""Library errors and notes in the words of the command line: the options that settle them.

The library names no option (:mod:`toolkit.errors`); each command passes the names of its own
(``check`` says ``--source-lang``, ``align`` says ``--src-lang``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.errors import (
    FileCount,
    IgnoreLineInvalid,
    InputError,
    LanguageAbsent,
    LanguageUnknown,
    LanguageUnsupported,
    PairUnclear,
    RequestError,
    TooManyRows,
    UsageError,
)
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext

if TYPE_CHECKING:
    from toolkit.check.inputs import Input, Override

__all__ = ["override_note", "print_notes", "worded"]


def worded(error: RequestError | IgnoreLineInvalid, source_option: str = "--source-lang",
           target_option: str = "--target-lang") -> UsageError | InputError:
    """A library error in the words of the command line (the options that settle it)."""
    option = {"source": source_option, "target": target_option}
    if isinstance(error, IgnoreLineInvalid):
        return InputError(error.file, _("expected check<TAB>concept<TAB>segment hash, as "
                                        "--write-ignore writes it"), error.line)
    if isinstance(error, LanguageUnknown):
        return UsageError(_("cannot tell the language of {name}: use {option}, or a name like "
                            "article.ru.txt").format(name=error.name, option=option[error.side]))
    if isinstance(error, LanguageUnsupported):
        return InputError(error.name, _(
            "unknown language {code!r}; expected kk, ru or en (use {option} to say which "
            "language the text is in)").format(code=error.code, option=option[error.side]))
    if isinstance(error, PairUnclear):
        return UsageError(_("the TMX file has the languages {langs}: choose the pair with "
                            "{source} and {target}").format(
            langs=", ".join(error.langs), source=source_option, target=target_option))
    if isinstance(error, LanguageAbsent):
        detail = _("the TMX file has no {lang} text").format(lang=error.lang)
    elif isinstance(error, FileCount):
        detail = (_("plain text needs two files: the source and its translation")
                  if error.needed == 2 else
                  _("a {format} file holds both languages: name only that file").format(
                      format=error.format.upper()))
    elif isinstance(error, TooManyRows):
        detail = _("the sheet {sheet} would have more rows than a spreadsheet holds ({limit}); "
                   "choose another format, or fewer rows").format(
            sheet=error.sheet, limit=f"{error.limit:,}")
    else:
        detail = str(error)
    return InputError(error.document, detail) if error.document else UsageError(detail)


def override_note(note: Override, source_option: str = "--source-lang",
                  target_option: str = "--target-lang") -> str:
    """The note that a language chosen on the command line overrides the file's."""
    message = (_("the file declares the source language {code}; read as {lang}, as {option} "
                 "says") if note.side == "source" else
               _("the file declares the target language {code}; read as {lang}, as {option} "
                 "says"))
    return message.format(code=note.code, lang=note.lang.value,
                          option=source_option if note.side == "source" else target_option)


def print_notes(pair: Input, source_option: str = "--source-lang",
                target_option: str = "--target-lang", aligning: bool = False) -> None:
    """The notes on how a document was read, one a line on standard error, then how many of
    its units were left out (not checked, or with ``aligning`` not aligned)."""
    from toolkit.cli.common import stderr

    texts = [note if isinstance(note, str) else override_note(note, source_option, target_option)
             for note in pair.notes]
    n = pair.untranslated
    if n:
        texts.append(ngettext("{n} unit has no translation: not aligned",
                              "{n} units have no translation: not aligned", n).format(n=n)
                     if aligning else
                     ngettext("{n} unit has no translation: not checked",
                              "{n} units have no translation: not checked", n).format(n=n))
    for text in texts:
        stderr().print(f"{pair.source_name}: {text}", style="yellow", markup=False)
