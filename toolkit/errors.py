"""The exceptions of tilmash, one tree, each carrying the data a message needs.

::

    TilmashError                 exit_code 2: the run cannot go on
    ├── InputError               a file is unreadable or malformed: file, line, column
    │   ├── GlossaryInvalid      a glossary has errors: the list of problems
    │   └── IgnoreLineInvalid    a line of an ignore file is not check, concept, hash
    ├── OutputError              a file cannot be written: file, what went wrong
    ├── UsageError               the command line asks for something impossible (CLI only)
    └── RequestError             the library cannot do what was asked, for a reason that the
        │                        caller's choices settle (options, files, format)
        ├── LanguageUnknown      the language of a file cannot be told: file, side
        ├── LanguageUnsupported  a file declares a language other than kk/ru/en: file, code
        ├── PairUnclear          a multilingual file and no pair chosen: its languages
        ├── LanguageAbsent       a multilingual file lacks a chosen language: it, and theirs
        ├── FileCount            a format read from the wrong number of files
        └── TooManyRows          a sheet longer than a spreadsheet holds: sheet, limit

The library raises a ``RequestError`` (and ``IgnoreLineInvalid``) with its data and never
names a command-line option; the CLI words them in terms of its options
(:func:`toolkit.cli.wording.worded`). A ``RequestError`` raised for one document of a project has
its ``document`` set, so that the message can name it.

Messages are built by the CLI through gettext; the exceptions carry the parts (file, line, what)
rather than finished sentences, so that the same error speaks Kazakh, Russian or English.
Anything that is not a ``TilmashError`` is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.glossary.validate import Problem

__all__ = ["FileCount", "GlossaryInvalid", "IgnoreLineInvalid", "InputError", "LanguageAbsent",
           "LanguageUnknown", "LanguageUnsupported", "OutputError", "PairUnclear", "RequestError",
           "TilmashError", "TooManyRows", "UsageError"]


class TilmashError(Exception):
    """Base of all expected failures. ``exit_code`` is what the CLI exits with."""

    exit_code = 2


class InputError(TilmashError):
    """A file that cannot be read as what it claims to be.

    ``file`` names it as the user gave it; ``line`` and ``column`` are 1-based, or None when the
    place is the whole file. ``detail`` is the (already localised) description of what is wrong.
    """

    def __init__(
        self, file: str, detail: str, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(file, detail, line, column)
        self.file = file
        self.detail = detail
        self.line = line
        self.column = column

    def where(self) -> str:
        """``file:line:column`` as far as known, the form editors jump to."""
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    def __str__(self) -> str:
        return f"{self.where()}: {self.detail}"


class GlossaryInvalid(InputError):
    """A glossary was read but has errors; ``problems`` lists all of them, errors first."""

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        first = problems[0] if problems else None
        super().__init__(
            file,
            first.message if first else "",
            first.line if first else None,
        )
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class IgnoreLineInvalid(InputError):
    """Line ``line`` of the ignore file ``file`` is not check<TAB>concept<TAB>segment hash."""

    def __init__(self, file: str, detail: str, line: int) -> None:
        super().__init__(file, detail, line)


class OutputError(TilmashError):
    """A file that cannot be written. ``file`` names it as the user gave it; ``detail`` is the
    (already localised) sentence that says why, naming the file."""

    def __init__(self, file: str, detail: str) -> None:
        super().__init__(file, detail)
        self.file = file
        self.detail = detail

    def __str__(self) -> str:
        return self.detail


class UsageError(TilmashError):
    """The command line is impossible to carry out (an unknown language, a missing option)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class RequestError(TilmashError):
    """What was asked cannot be done, for a reason the caller's choices settle. Each subclass
    carries the data of its message (and pickles: its arguments are its constructor's);
    ``document`` names the project document it was raised for, if any."""

    document: str | None = None


class LanguageUnknown(RequestError):
    """No option, declaration or file name says the language of ``name``; ``side`` is
    "source" or "target" (the CLI names the option that says it)."""

    def __init__(self, name: str, side: str) -> None:
        super().__init__(name, side)  # the constructor's arguments: it pickles
        self.name = name
        self.side = side


class LanguageUnsupported(RequestError):
    """``name`` declares its ``side`` ("source" or "target") to be in ``code``, a language
    other than kk, ru and en, and nothing says which of them the text is in."""

    def __init__(self, name: str, code: str, side: str) -> None:
        super().__init__(name, code, side)
        self.name = name
        self.code = code
        self.side = side


class PairUnclear(RequestError):
    """A file holds more languages than a pair (``langs``, as codes) and no pair was chosen."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        super().__init__(langs)
        self.langs = langs


class LanguageAbsent(RequestError):
    """A language chosen for a multilingual file (``lang``, a code) is none of its languages
    (``langs``)."""

    def __init__(self, lang: str, langs: tuple[str, ...]) -> None:
        super().__init__(lang, langs)
        self.lang = lang
        self.langs = langs


class FileCount(RequestError):
    """Documents of ``format`` are read from ``needed`` files (plain text: 2, the source and
    its translation; a bilingual format: 1), and ``given`` were named."""

    def __init__(self, format: str, needed: int, given: int) -> None:
        super().__init__(format, needed, given)
        self.format = format
        self.needed = needed
        self.given = given


class TooManyRows(RequestError):
    """The sheet ``sheet`` would have more rows than a spreadsheet holds (``limit``)."""

    def __init__(self, sheet: str, limit: int) -> None:
        super().__init__(sheet, limit)
        self.sheet = sheet
        self.limit = limit
