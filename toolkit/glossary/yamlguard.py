"""Checks of glossary YAML text made before a YAML library sees it.

YAML parsers build nested collections by recursion: PyYAML's Python composer raises
``RecursionError`` at about a thousand levels, and libyaml's (``CSafeLoader``) overflows the C
stack and kills the process at some hundred thousand. A glossary is five levels deep (the list,
a concept, a language's terms, a term, a value), so :func:`nesting_problem` scans the text once,
in linear time and without recursion, and refuses text nested deeper than :data:`MAX_DEPTH`
with its line, whichever loader comes next.

The scan bounds the depth from above rather than parsing YAML: on each line, the indentation,
the chain of ``- `` entries that opens it, and the flow brackets (``[``, ``{``) still open at
that point, counting only brackets where a value may begin (not "[sic]" inside a plain text)
and none inside quoted strings or comments.

>>> nesting_problem('- {term: "[[[[", note: x}\\n')
>>> nesting_problem("- " + "[" * 500 + "]" * 500)
(1, 101)
"""

from __future__ import annotations

import re

__all__ = ["MAX_DEPTH", "bad_escape_line", "nesting_problem"]

# Twenty times what a glossary needs, far below where any parser fails.
MAX_DEPTH = 100

# Runs of characters that never change the depth, and quoted strings, skipped in one step each.
_PLAIN = re.compile(r"[^\"'#\[\]{},:?\n \t\r-]+")
_SPACES = re.compile(r"[ \t\r]+")
# A line as the canonical writer writes it (a key with a quoted value, a term in braces, a list of
# ids, a comment), at most three levels below its indentation: passed over whole.
_STRING = r'"(?:[^"\\\n]|\\.)*"'
_CANONICAL = re.compile(
    rf" {{0,{MAX_DEPTH - 3}}}(?:- )?(?:[a-z_]+:(?: |$))?(?:{_STRING}|"
    rf"\{{[a-z_]+: {_STRING}(?:, [a-z_]+: (?:{_STRING}|true|false))*\}}|"
    rf"\[(?:{_STRING}(?:, {_STRING})*)?\]|\[\]|#.*)?$\n?", re.MULTILINE)
_QUOTED = {'"': re.compile(r'"(?:[^"\\]|\\.)*"?', re.DOTALL),
           "'": re.compile(r"'(?:[^']|'')*'?")}


def nesting_problem(text: str) -> tuple[int, int] | None:
    """(line, depth) of the first place nested deeper than :data:`MAX_DEPTH`, or None.

    A quoted string begins only where YAML begins a token: at a line's start, after "- ",
    "? " or ": ", and inside brackets after "[", "{", "," or ":"; elsewhere a quote mark is a
    letter of a plain text ("d'Ivoire"), as it is for YAML.
    """
    line = 1
    flow = 0
    i, n = 0, len(text)
    while i < n:
        if not flow:
            canonical = _CANONICAL.match(text, i)
            if canonical and canonical.end() > i:
                i = canonical.end()
                line += 1
                continue
        # The start of a line: its indentation and a chain of "- " entries.
        start = i
        while i < n and text[i] == " ":
            i += 1
        indent = i - start
        chain = 0
        while i + 1 < n and text[i] == "-" and text[i + 1] in " \t":
            chain += 1
            i += 2
            while i < n and text[i] == " ":
                i += 1
        if indent + chain + flow > MAX_DEPTH:
            return line, indent + chain + flow
        token_start = True  # a quoted string may begin here
        while i < n:
            plain = _PLAIN.match(text, i)
            if plain:
                i = plain.end()
                token_start = False
                continue
            spaces = _SPACES.match(text, i)
            if spaces:
                i = spaces.end()
                continue
            char = text[i]
            if char == "\n":
                line += 1
                i += 1
                break
            if char in "\"'" and token_start:
                quoted = _QUOTED[char].match(text, i)
                assert quoted is not None
                line += quoted.group().count("\n")
                i = quoted.end()
                token_start = True  # for the scanner, a token may follow a quoted one directly
                continue
            if char == "#" and (i == 0 or text[i - 1] in " \t"):
                end = text.find("\n", i)
                i = n if end < 0 else end
                continue
            following = text[i + 1] if i + 1 < n else "\n"
            if char in "[{":
                if token_start or flow:
                    flow += 1
                    if indent + chain + flow > MAX_DEPTH:
                        return line, indent + chain + flow
                    token_start = True
                else:
                    token_start = False
            elif char in "]}," and flow:
                flow -= char != ","
                token_start = True
            elif char in ":?-":
                token_start = (flow > 0 and char == ":") or following in " \t\n"
            else:
                token_start = False
            i += 1
    return None


# \UXXXXXXXX escapes beyond U+10FFFF, the last code point (PyYAML fails on them with a bare
# ValueError and no place).
_BAD_ESCAPE = re.compile(r"\\U(?!00(?:0[0-9A-Fa-f]|10)[0-9A-Fa-f]{4})[0-9A-Fa-f]{8}")


def bad_escape_line(text: str) -> tuple[int, str] | None:
    """(line, escape) of the first ``\\U`` escape past U+10FFFF, or None.

    >>> bad_escape_line('- id: "a"\\n  note: "\\\\U00110000"\\n')
    (2, '\\\\U00110000')
    """
    match = _BAD_ESCAPE.search(text)
    if match is None:
        return None
    return text.count("\n", 0, match.start()) + 1, match.group()
