"""The exceptions of tilmash, one tree, each carrying the data a message needs.

::

    TilmashError                 exit_code 2: the run cannot go on
    ├── InputError               a file is unreadable or malformed: file, line, column
    │   └── GlossaryInvalid      a glossary has errors: the list of problems
    ├── OutputError              a file cannot be written: file, what went wrong
    ├── UsageError               the command line asks for something impossible
    ├── LanguageUnknown          the language of a file cannot be told: file, side
    └── PairUnclear              a multilingual file and no pair chosen: its languages

The library raises the last two with their data; the CLI words them in terms of its options.

Messages are built by the CLI through gettext; the exceptions carry the parts (file, line, what)
rather than finished sentences, so that the same error speaks Kazakh, Russian or English.
Anything that is not a ``TilmashError`` is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.glossary.validate import Problem

__all__ = ["GlossaryInvalid", "InputError", "LanguageUnknown", "OutputError", "PairUnclear",
           "TilmashError", "UsageError"]


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


class LanguageUnknown(TilmashError):
    """No option, declaration or file name says the language of ``name``; ``side`` is
    "source" or "target" (the CLI names the option that says it)."""

    def __init__(self, name: str, side: str) -> None:
        super().__init__(name, side)  # the constructor's arguments: it pickles
        self.name = name
        self.side = side


class PairUnclear(TilmashError):
    """A file holds more languages than a pair (``langs``, as codes) and no pair was chosen."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        super().__init__(langs)
        self.langs = langs
