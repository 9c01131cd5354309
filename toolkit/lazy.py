"""Functions named as ``"module:function"`` and imported on first use: how the tables of
input formats (:mod:`toolkit.formats.registry`) and report formats
(:mod:`toolkit.report.renderers`) name their readers and writers, so that listing the formats
loads none of them.

>>> load_reference("os.path:basename")("/tmp/report.json")
'report.json'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["load_reference"]


def load_reference(reference: str) -> Callable[..., Any]:
    """The function that ``reference`` (``"module:function"``) names, its module imported now."""
    module, _sep, name = reference.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function
