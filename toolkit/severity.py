"""How bad a finding of a check or a problem of a glossary is: one scale for both.

>>> Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank
True
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Severity"]


class Severity(StrEnum):
    """Error (the text or glossary is wrong), warning (probably wrong), info (worth a look).
    Glossary problems are errors or warnings."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: for thresholds such as ``--fail-on``."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]
