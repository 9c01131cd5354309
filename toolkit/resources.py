"""Where the data that ships with tilmash lives: the bundled glossary and the CLI's catalogs.

In a wheel they sit in ``toolkit/_bundled/`` (pyproject's force-include copies the repository's
top-level ``glossary/`` and ``locales/`` there). In a source checkout or an editable install they
are read from the repository itself, so there is one copy to edit and nothing to keep in sync.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["bundled_glossary_dir", "locales_dir"]

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    # Only a broken installation gets here: the wheel always carries both folders.
    raise FileNotFoundError(f"tilmash data folder {name!r} is missing from the installation")


def bundled_glossary_dir() -> Path:
    """The glossary that tilmash uses when no ``--glossary`` or ``TILMASH_GLOSSARY`` is given."""
    return _data_dir("glossary")


def locales_dir() -> Path:
    """The folder of gettext catalogs: ``<lang>/LC_MESSAGES/tilmash.po``."""
    return _data_dir("locales")
