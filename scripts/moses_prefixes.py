"""Copy Moses' non-breaking prefixes for ru and en from sacremoses into toolkit/text/data/.

Usage::

    python scripts/moses_prefixes.py          # rewrite toolkit/text/data/moses.{ru,en}.txt

The segmenter reads these copies instead of importing sacremoses at run time (importing it
loads its tokenizer, joblib and, where installed, numpy: a fifth of tilmash's start-up). The
copies keep what the segmenter uses: every item that does not begin with a digit (those are
tokenizer rules such as "0гг"), with its ``#NUMERIC_ONLY#`` flag, and the comments of the
original file. ``tests/text/test_text.py`` checks that they still equal sacremoses' lists.
"""

from __future__ import annotations

from pathlib import Path

from sacremoses.corpus import NonbreakingPrefixes

DATA = Path(__file__).resolve().parent.parent / "toolkit" / "text" / "data"
LANGUAGES = ("ru", "en")


def moses_items(lang: str) -> list[str]:
    """The items of sacremoses' list for ``lang`` that the segmenter uses, in their order."""
    items = []
    for entry in NonbreakingPrefixes().words(lang):
        item = entry.partition("#")[0].strip()
        if item and not item[0].isdigit():
            items.append(entry.strip())
    return items


def moses_text(lang: str) -> str:
    """The text of ``moses.<lang>.txt``: provenance, the original comments, the items."""
    import sacremoses

    comments = [line.strip() for line in NonbreakingPrefixes().words(
        lang, ignore_lines_startswith="\0") if line.strip().startswith("#")]
    header = [
        f"# Moses' non-breaking prefixes for {lang}: words after which a full stop does not end",
        "# a sentence (\"#NUMERIC_ONLY#\": only before a number). Copied by",
        f"# scripts/moses_prefixes.py from sacremoses {sacremoses.__version__} (MIT licence,",
        f"# https://github.com/hplt-project/sacremoses), file nonbreaking_prefix.{lang}, which",
        "# comes from the Moses SMT toolkit (https://github.com/moses-smt/mosesdecoder,",
        "# scripts/share/nonbreaking_prefixes). Items beginning with a digit (tokenizer rules)",
        "# are left out. Comments of the original file:",
    ]
    return "\n".join([*header, *comments, *moses_items(lang)]) + "\n"


def main() -> None:
    for lang in LANGUAGES:
        path = DATA / f"moses.{lang}.txt"
        path.write_text(moses_text(lang), encoding="utf-8")
        print(f"{path.relative_to(DATA.parent.parent.parent)}: {len(moses_items(lang))} items")


if __name__ == "__main__":
    main()
