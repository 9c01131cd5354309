"""tilmash: terminology QA and sentence alignment for Kazakh, Russian and English.

The import package is ``toolkit``; the distribution and the command are ``tilmash``.
"""

# The one place the version is written: pyproject.toml reads it from here (hatch's version
# source), so that the command needs no package metadata lookup at start-up.
__version__ = "0.1.0"

__all__ = ["__version__"]
