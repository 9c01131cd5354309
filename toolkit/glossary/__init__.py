"""The glossary: model, storage, interchange formats and validation.

:func:`read_glossary` reads a glossary from any place ``--glossary`` accepts (a glossary folder,
one of its YAML files, or a long-format CSV/TSV file) and returns the concepts together with all
problems found; :func:`load_glossary` is the strict form that the commands use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.errors import GlossaryInvalid, InputError
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType
from toolkit.glossary.validate import Problem, Severity, has_errors, validate
from toolkit.i18n import gettext as _
from toolkit.resources import bundled_glossary_dir

if TYPE_CHECKING:
    from toolkit.glossary.store import ReadResult


def __getattr__(name: str) -> Any:
    # The readers (PyYAML, csv) are imported when a glossary is read, not with the package:
    # a cached glossary needs neither.
    if name == "ReadResult":
        from toolkit.glossary.store import ReadResult

        return ReadResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Concept",
    "Glossary",
    "Kind",
    "Problem",
    "ReadResult",
    "Severity",
    "Status",
    "Term",
    "TermType",
    "glossary_path",
    "load_glossary",
    "read_glossary",
    "read_interchange",
]

# A glossary file larger than this is refused before reading: no real term base comes close
# (100k concepts in CSV are about 20 MB), and reading a runaway file would only exhaust memory.
MAX_FILE_BYTES = 512 * 1024 * 1024

_DELIMITERS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}


def glossary_path(option: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """Which glossary to use: ``--glossary``, else ``TILMASH_GLOSSARY``, else the bundled one."""
    env = os.environ if environ is None else environ
    chosen = option or env.get("TILMASH_GLOSSARY")
    return Path(chosen) if chosen else bundled_glossary_dir()


def read_glossary(path: Path, name: str | None = None) -> ReadResult:
    """Read and validate the glossary at ``path``; every problem is in ``result.problems``.

    Raises :class:`~toolkit.errors.InputError` only when there is nothing to read at all (no
    such file, an unknown kind of file, a file too large to be a glossary).
    """
    from toolkit.glossary.io.csv import read_csv
    from toolkit.glossary.store import read_folder, read_yaml

    shown = name if name is not None else str(path)
    if path.is_dir():
        result = read_folder(path, shown)
    elif not path.exists():
        raise InputError(shown, _("no such file or folder"))
    else:
        suffix = path.suffix.lower()
        if suffix not in (*_DELIMITERS, ".yaml", ".yml"):
            raise InputError(shown, _(
                "not a glossary: expected a glossary folder, a .yaml file or a .csv/.tsv file"))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(shown, _("file too large for a glossary ({size} bytes)").format(
                size=path.stat().st_size))
        data = path.read_bytes()
        if suffix in _DELIMITERS:
            result = read_csv(data, shown, _DELIMITERS[suffix])
        else:
            result = read_yaml(data, shown)
    if not has_errors(result.problems):
        # Semantic rules only make sense on a glossary whose files could all be read.
        result.problems.extend(validate(result.glossary, result.where))
    return result


def read_interchange(data: bytes, name: str) -> ReadResult:
    """Read an editor's file, by extension: .xlsx, .tbx (v3 or v2) or .csv/.tsv; validated.

    Raises :class:`~toolkit.errors.InputError` for an extension it does not read.
    """
    from toolkit.glossary.io.csv import read_csv
    from toolkit.glossary.io.tbx import read_tbx
    from toolkit.glossary.io.xlsx import read_xlsx

    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        result = read_xlsx(data, name)
    elif suffix in (".tbx", ".xml"):
        result = read_tbx(data, name)
    elif suffix in _DELIMITERS:
        result = read_csv(data, name, _DELIMITERS[suffix])
    else:
        raise InputError(name, _("not a glossary interchange file: .xlsx, .tbx, .csv or .tsv"))
    if not has_errors(result.problems):
        result.problems.extend(validate(result.glossary, result.where))
    return result


def load_glossary(path: Path, name: str | None = None) -> Glossary:
    """The glossary at ``path``; raises :class:`~toolkit.errors.GlossaryInvalid` on errors.

    Warnings do not stop loading: ``tilmash glossary validate`` is where they are shown. A
    glossary loaded before from the same files comes from the cache (:mod:`toolkit.cache`).
    """
    from toolkit import cache

    entry_key = _cache_key(path) if cache.enabled() else None
    if entry_key is not None:
        cached = cache.load("glossary", entry_key)
        if isinstance(cached, Glossary):
            return cached
    result = read_glossary(path, name)
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    if errors:
        raise GlossaryInvalid(name if name is not None else str(path), errors)
    glossary = result.glossary
    if entry_key is not None:
        cache.save("glossary", entry_key, glossary)
    return glossary


def _cache_key(path: Path) -> str | None:
    """The cache key of the glossary at ``path``: the names and bytes of the files that
    :func:`read_glossary` reads there; ``None`` when they cannot be read (reading will say
    why) or are too large to be a glossary."""
    from toolkit import cache

    try:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        else:
            files = [path]
        parts: list[bytes | str] = ["glossary", str(len(files))]
        for file in files:
            if file.stat().st_size > MAX_FILE_BYTES:
                return None
            parts += [file.name if path.is_dir() else file.suffix.lower(), file.read_bytes()]
        return cache.key(parts)
    except OSError:
        return None
