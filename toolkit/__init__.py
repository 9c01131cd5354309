"""tilmash: terminology QA and sentence alignment for Kazakh, Russian and English.

The import package is ``toolkit``; the distribution and the command are ``tilmash``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tilmash")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
