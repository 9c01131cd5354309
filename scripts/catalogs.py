"""Extract the CLI's messages into locales/tilmash.pot and update the kk, ru, en catalogs.

Usage::

    python scripts/catalogs.py extract     # rewrite locales/tilmash.pot from the sources
    python scripts/catalogs.py update      # extract, then merge the template into each .po

Extraction uses Babel (``babel.messages.extract`` with babel.cfg) with fixed header fields and
no creation date, so the template is a pure function of the sources and a test can compare the
committed file with a fresh extraction. Translators edit the .po files; tilmash reads them
directly (see toolkit/i18n.py), so nothing needs compiling.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
LOCALES = REPO / "locales"
TEMPLATE = LOCALES / "tilmash.pot"
LANGUAGES = ("kk", "ru", "en")
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "Nn_": (1, 2)}


def _method_map() -> list[tuple[str, str]]:
    return [("toolkit/**.py", "python")]


def extract() -> Catalog:
    """A catalog of every message in toolkit/, with source locations, sorted by msgid."""
    catalog = Catalog(project="tilmash", version="", copyright_holder="tilmash developers",
                      msgid_bugs_address="", creation_date=None, fuzzy=False)
    catalog.header_comment = ("# Messages of the tilmash command line.\n"
                              "# Extracted from toolkit/ by scripts/catalogs.py; do not edit.")
    for filename, lineno, message, comments, context in extract_from_dir(
            str(REPO), _method_map(), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def template_text(catalog: Catalog) -> str:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, omit_header=False,
             include_lineno=False)
    # The creation date changes on every run; a template that depends only on the sources
    # can be compared with the committed one.
    lines = [line for line in out.getvalue().decode("utf-8").splitlines(keepends=True)
             if not line.startswith('"POT-Creation-Date:')]
    return "".join(lines)


def update() -> None:
    template = extract()
    TEMPLATE.write_text(template_text(template), encoding="utf-8")
    for lang in LANGUAGES:
        path = LOCALES / lang / "LC_MESSAGES" / "tilmash.po"
        if path.exists():
            with path.open("rb") as f:
                catalog = read_po(f, locale=lang)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, project="tilmash", fuzzy=False,
                              copyright_holder="tilmash developers",
                              last_translator="tilmash developers",
                              language_team=f"tilmash developers ({lang})")
        catalog.update(template, no_fuzzy_matching=True)
        out = io.BytesIO()
        write_po(out, catalog, width=100, sort_output=True, ignore_obsolete=True,
                 include_lineno=False)
        path.write_bytes(out.getvalue())
        print(f"{path.relative_to(REPO)}: {len(catalog)} messages")


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "extract":
        TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
        TEMPLATE.write_text(template_text(extract()), encoding="utf-8")
        print(f"{TEMPLATE.relative_to(REPO)} written")
    elif command == "update":
        update()
    else:
        sys.exit("usage: python scripts/catalogs.py [extract|update]")


if __name__ == "__main__":
    main()
