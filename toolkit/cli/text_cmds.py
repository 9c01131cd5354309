"""tilmash scan and tilmash segment: the text layer and the term finder on a file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from toolkit.cli.common import (
    LANG_CODES,
    glossary_option,
    load_chosen_glossary,
    read_input,
    shown,
    stderr,
    stdout,
)
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext

__all__ = ["register"]


def register(cli: click.Group) -> None:
    """Add these commands to ``cli`` (called once the UI language is set)."""

    @cli.command(help=_(
        "Find every mention of a glossary concept in a text, in any grammatical form."))
    @click.argument("files", nargs=-1, required=True, metavar=_("FILE..."))
    @click.option("--lang", "text_lang", type=click.Choice(LANG_CODES), help=_(
        "Language of the text (default: from each file's name, such as article.ru.txt)."))
    @glossary_option
    @click.option("--format", "fmt_name", type=click.Choice(["text", "jsonl"]), default="text",
                  show_default=True, help=_("Output format (several files: jsonl)."))
    @click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help=_(
        "Files scanned at once (default: every core)."))
    def scan(files: tuple[str, ...], text_lang: str | None, glossary_option: str | None,
             fmt_name: str, jobs: int | None) -> None:
        if len(files) > 1 or Path(files[0]).is_dir() or (
                not Path(files[0]).exists() and set("*?[") & set(files[0])):
            from toolkit.cli.project_align import scan_files

            scan_files(load_chosen_glossary(glossary_option), files, text_lang, jobs)
            return
        file = files[0]
        from toolkit.cli.project_align import lang_of
        from toolkit.formats.plain import decode_text
        from toolkit.labels import number
        from toolkit.match import Matcher
        from toolkit.report.scan_view import render_mentions, write_jsonl

        lang = lang_of(file, text_lang)
        text = decode_text(read_input(file), shown(file))
        glossary = load_chosen_glossary(glossary_option)
        lines = text.splitlines()
        mentions = list(Matcher(glossary, lang).scan(lines))
        if fmt_name == "jsonl":
            write_jsonl(sys.stdout, mentions)
            sys.stdout.flush()
        else:
            render_mentions(stdout(), lines, mentions, glossary, lang)
            n = len(mentions)
            stderr().print(ngettext("{n} mention", "{n} mentions", n).format(n=number(n)),
                            markup=False)

    @cli.command(help=_(
        "Split a text into sentences, one a line; blank lines between paragraphs are kept."))
    @click.argument("file", metavar=_("FILE"))
    @click.option("--lang", "text_lang", type=click.Choice(LANG_CODES), help=_(
        "Language of the text (default: from the file's name, such as article.ru.txt)."))
    def segment(file: str, text_lang: str | None) -> None:
        from toolkit.cli.project_align import lang_of
        from toolkit.formats.plain import decode_text
        from toolkit.text.segment import segment as split_paragraphs

        lang = lang_of(file, text_lang)
        text = decode_text(read_input(file), shown(file))
        paragraphs = split_paragraphs(text, lang)
        out = "\n\n".join("\n".join(sentences) for sentences in paragraphs)
        if sys.stdout.isatty():  # a file or a pipe gets the text as it is
            from toolkit.terminal import visible

            out = visible(out)
        click.echo(out)
