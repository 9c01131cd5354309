"""The ``tilmash`` command line (see :mod:`toolkit.cli.main`)."""

from toolkit.cli.main import build_cli, main

__all__ = ["build_cli", "main"]
