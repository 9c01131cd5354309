"""Translate click's own messages (Usage:, Error:, Missing argument, ...) with our catalogs.

click marks its messages with the standard library's ``gettext``/``ngettext``, imported into
each of its modules as ``_`` and ``ngettext``. Pointing those module globals at our functions is
the whole seam: click stays unmodified and its strings are looked up in ``tilmash.po``. The
messages are listed below (extracted from click's source with Babel) so that ``pybabel extract``
puts them into our template, where translators see them like any other message.
"""

from __future__ import annotations

import importlib

from toolkit import i18n

__all__ = ["CLICK_MESSAGES", "install_click_translations"]

_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui")


def N_(message: str) -> str:
    """Mark a message for extraction without translating it."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural message for extraction without translating it."""
    return singular, plural


CLICK_MESSAGES = (
    N_("Options"),
    N_("Commands"),
    N_("Usage:"),
    N_("Aborted!"),
    N_("Missing command."),
    N_("env var: {var}"),
    N_("default: {default}"),
    N_("required"),
    N_("Show the version and exit."),
    N_("Show this message and exit."),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("unknown error"),
    N_("Could not open file {filename!r}: {message}"),
    N_("Option {name!r} does not take a value."),
    N_("Argument {name!r} takes {nargs} values."),
    N_("Choose from:\n\t{choices}"),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    Nn_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    Nn_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    Nn_("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    Nn_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
)


def install_click_translations() -> None:
    """Route click's message lookups through :mod:`toolkit.i18n` (idempotent)."""
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = i18n.gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = i18n.ngettext  # type: ignore[attr-defined]
