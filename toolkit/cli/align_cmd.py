"""tilmash align: pair the sentences of a document and its translation (two plain texts, or one
file that holds both: XLIFF, PO, TMX, TSV), or of three versions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit.cli.common import (
    LANG_CODES,
    glossary_option,
    load_chosen_glossary,
    read_input,
    refuse_output_over_inputs,
    require_output,
    stderr,
    three_versions_option,
    write_output,
)
from toolkit.errors import LanguageUnknown, UsageError
from toolkit.i18n import gettext as _
from toolkit.lang import Lang, parse_lang
from toolkit.report.renderers import ALIGNMENT_RENDERERS, file_only_names, renderer_names

if TYPE_CHECKING:  # the machinery is imported when the command runs, not for --help
    from toolkit.align.aligner import Alignment
    from toolkit.align.bead import Bead
    from toolkit.glossary.model import Glossary

__all__ = ["register"]


def register(cli: click.Group) -> None:
    """Add these commands to ``cli`` (called once the UI language is set)."""

    @cli.command(help=_(
        "Align the sentences of a document with its translation, or of the kk, ru and en "
        "versions of one article (--kk, --ru, --en; paired through the Russian)."))
    @click.argument("source", required=False, metavar=_("SOURCE"))
    @click.argument("target", required=False, metavar=_("[TARGET]"))
    @click.option("--src-lang", type=click.Choice(LANG_CODES),
                  help=_("Language of the source (default: from the file name)."))
    @click.option("--tgt-lang", type=click.Choice(LANG_CODES),
                  help=_("Language of the translation (default: from the file name)."))
    @three_versions_option
    @glossary_option
    @click.option("--presegmented", is_flag=True,
                  help=_("The files hold one sentence a line already."))
    @click.option("--format", "fmt_name",
                  type=click.Choice(renderer_names(ALIGNMENT_RENDERERS)), default="tsv",
                  show_default=True, help=_("Output format."))
    @click.option("-o", "--output", metavar=_("FILE"),
                  help=_("Write to FILE instead of standard output."))
    @click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help=_(
        "Documents aligned at once when SOURCE is a folder, a glob pattern or a manifest "
        "(default: every core)."))
    def align(source: str | None, target: str | None, src_lang: str | None,
              tgt_lang: str | None, kk: str | None, ru: str | None, en: str | None,
              glossary_option: str | None, presegmented: bool, fmt_name: str,
              output: str | None, jobs: int | None) -> None:
        from toolkit.align.aligner import align_documents
        from toolkit.align.units import pivot_rows
        from toolkit.check.inputs import resolve_lang
        from toolkit.check.pairing import Pairing
        from toolkit.formats.registry import format_of
        from toolkit.glossary import glossary_path
        from toolkit.project import is_project

        require_output(fmt_name, output, file_only_names(ALIGNMENT_RENDERERS))
        refuse_output_over_inputs(output, [source, target, kk, ru, en,
                                           str(glossary_path(glossary_option))])
        glossary = load_chosen_glossary(glossary_option)
        if not (kk or ru or en) and is_project(source, target):
            from toolkit.cli.project_align import align_project

            align_project(glossary, str(source), parse_lang(src_lang) if src_lang else None,
                          parse_lang(tgt_lang) if tgt_lang else None, presegmented, fmt_name,
                          output, jobs)
            return
        if kk or ru or en:
            if source or target or not (kk and ru and en):
                raise UsageError(_("three documents need --kk, --ru and --en, and no other file"))
            if fmt_name == "beads":
                raise UsageError(_("beads pair two documents; use tsv, tmx or xlsx for three"))
            paths = {Lang.KK: kk, Lang.RU: ru, Lang.EN: en}
            langs = [Lang.KK, Lang.RU, Lang.EN]
            with _progress([paths[lang] for lang in langs]) as shown:
                docs = {lang: _sentences(paths[lang], lang, presegmented) for lang in langs}
                # The Russian sentences are aligned twice: their mentions are looked up once.
                pairing = Pairing(glossary)
                matchers = {lang: pairing.finder(lang) for lang in langs}
                found = {other: align_documents(
                    docs[Lang.RU][0], docs[other][0], Lang.RU, other, glossary,
                    docs[Lang.RU][1], docs[other][1], matchers, shown,
                    split=not presegmented) for other in (Lang.KK, Lang.EN)}
            for other, alignment in found.items():
                _warn_if_unrelated(alignment, paths[Lang.RU], paths[other])
            rows, values = pivot_rows({lang: docs[lang][0] for lang in langs}, Lang.RU,
                                      {other: a.beads for other, a in found.items()}, langs)
            _write(fmt_name, output, langs, rows, values, Lang.RU, [])
            return
        if source is not None and target is None and format_of(source, None) != "plain":
            _align_bilingual(glossary, source, parse_lang(src_lang) if src_lang else None,
                             parse_lang(tgt_lang) if tgt_lang else None, presegmented,
                             fmt_name, output)
            return
        if source is None or target is None:
            raise UsageError(_("name the source and the translation, or use --kk, --ru "
                               "and --en"))
        try:
            pair = (resolve_lang(parse_lang(src_lang) if src_lang else None, None, source,
                                 "source"),
                    resolve_lang(parse_lang(tgt_lang) if tgt_lang else None, None, target,
                                 "target"))
        except LanguageUnknown as exc:
            from toolkit.cli.wording import worded

            raise worded(exc, "--src-lang", "--tgt-lang") from None
        with _progress([source, target]) as shown:
            (src, src_breaks), (tgt, tgt_breaks) = (_sentences(source, pair[0], presegmented),
                                                    _sentences(target, pair[1], presegmented))
            alignment = align_documents(src, tgt, pair[0], pair[1], glossary, src_breaks,
                                        tgt_breaks, progress=shown, split=not presegmented)
        _warn_if_unrelated(alignment, source, target)
        beads = alignment.beads
        rows = [[" ".join(src[i] for i in b.source), " ".join(tgt[j] for j in b.target)]
                for b in beads]
        _write(fmt_name, output, list(pair), rows, [b.score for b in beads], pair[0], beads)
        _summarize(beads, source, target, output)


def _summarize(beads: list[Bead], source: str, target: str, output: str | None) -> None:
    """What was written to a file, on standard error: pairs, sentences of each side without a
    counterpart (a translation of part of a text shows here), rows marked for review."""
    from toolkit.align.aligner import LOW_CONFIDENCE
    from toolkit.i18n import ngettext
    from toolkit.labels import number

    if output is None or output == "-":
        return
    pairs = sum(1 for b in beads if b.source and b.target)
    parts = [ngettext("{n} pair of sentences", "{n} pairs of sentences", pairs).format(
        n=number(pairs))]
    for name, alone in ((source, sum(len(b.source) for b in beads if not b.target)),
                        (target, sum(len(b.target) for b in beads if not b.source))):
        if alone:
            parts.append(ngettext("{n} sentence of {file} without a counterpart",
                                  "{n} sentences of {file} without a counterpart",
                                  alone).format(n=number(alone), file=name))
    review = sum(1 for b in beads if b.score < LOW_CONFIDENCE)
    if review:
        parts.append(ngettext("{n} row marked for review", "{n} rows marked for review",
                              review).format(n=number(review)))
    stderr().print(f"{output}: " + "; ".join(parts), markup=False, highlight=False)


def _align_bilingual(glossary: Glossary, source: str, source_lang: Lang | None,
                     target_lang: Lang | None, presegmented: bool, fmt_name: str,
                     output: str | None) -> None:
    """The sentences of a file that holds both languages (XLIFF, PO, TMX, TSV), aligned
    within each of its units."""
    from toolkit.check.inputs import load_pair
    from toolkit.check.pairing import Pairing
    from toolkit.cli.wording import print_notes, worded
    from toolkit.errors import RequestError
    from toolkit.formats.registry import format_of

    try:
        pair = load_pair(format_of(source, None), (source, read_input(source)), None,
                         source_lang, target_lang)
    except RequestError as exc:
        raise worded(exc, "--src-lang", "--tgt-lang") from None
    print_notes(pair, "--src-lang", "--tgt-lang", aligning=True)
    langs = (pair.source_lang, pair.target_lang)
    src, tgt, alignment = Pairing(glossary).units(pair.segments, langs, presegmented)
    beads = alignment.beads
    rows = [[" ".join(src[i] for i in b.source), " ".join(tgt[j] for j in b.target)]
            for b in beads]
    _write(fmt_name, output, list(langs), rows, [b.score for b in beads], langs[0], beads)
    _summarize(beads, f"{source} ({langs[0].value})", f"{source} ({langs[1].value})", output)


# From this many bytes of input, aligning takes seconds: a progress bar (on a terminal).
PROGRESS_FROM = 200_000


@contextmanager
def _progress(paths: list[str]) -> Iterator[Callable[[int, int], None] | None]:
    """A bar on standard error, shown from the start, for long inputs on a terminal."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = stderr()
    try:
        size = sum(Path(p).stat().st_size for p in paths)
    except OSError:
        size = 0
    if size < PROGRESS_FROM or not console.is_terminal:
        yield None
        return
    with Progress(TextColumn(_("Aligning")), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console, transient=True) as bar:
        # Reading and splitting the files comes first: an indeterminate bar until then.
        task = bar.add_task("align", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _warn_if_unrelated(alignment: Alignment, source: str, target: str) -> None:
    if not alignment.looks_parallel:
        stderr().print(_(
            "Warning: {source} and {target} do not look like translations of each other: "
            "only {share}% of their sentences align with confidence. Check that these are the "
            "right files.").format(source=source, target=target,
                                    share=round(100 * alignment.confident)),
            style="yellow", markup=False)


def _sentences(path: str, lang: Lang, presegmented: bool) -> tuple[list[str], frozenset[int]]:
    """The sentences of a document and the indices of those that begin a paragraph."""
    from toolkit.formats.plain import decode_text
    from toolkit.text.segment import segment

    text = decode_text(read_input(path), path)
    paragraphs: list[list[str]] = [[]]
    if presegmented:
        for line in text.splitlines():
            if line.strip():
                paragraphs[-1].append(line.strip())
            elif paragraphs[-1]:
                paragraphs.append([])
    else:
        paragraphs = segment(text, lang)
    sentences: list[str] = []
    breaks = set()
    for paragraph in paragraphs:
        if paragraph:
            breaks.add(len(sentences))
            sentences.extend(paragraph)
    return sentences, frozenset(breaks)


def _write(fmt_name: str, output: str | None, langs: list[Lang], rows: list[list[str]],
           scores: list[float], source_lang: Lang, beads: list[Bead]) -> None:
    from toolkit.report.alignment import Aligned
    from toolkit.report.renderers import alignment_renderer

    write_output(alignment_renderer(fmt_name).render(
        Aligned(langs, rows, scores, source_lang, beads)), output)
