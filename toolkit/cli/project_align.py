"""tilmash align and scan over many documents in one run (one output stream or file)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from toolkit.align.aligner import align_sentences
from toolkit.cli.common import stderr, write_output
from toolkit.errors import InputError, UsageError
from toolkit.formats.plain import decode_text
from toolkit.glossary.model import Glossary
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.labels import number
from toolkit.lang import Lang, parse_lang
from toolkit.project import (
    DocumentSpec,
    default_jobs,
    discover,
    run_parallel,
    worker_matchers,
)
from toolkit.terminal import json_text

__all__ = ["align_project", "scan_files"]

Rows = list[list[str]]


def _align_one(spec: DocumentSpec, presegmented: bool) -> tuple[Rows, list[float]] | str:
    from toolkit.cli.align_cmd import _sentences

    assert spec.source_lang is not None and spec.target_lang is not None and spec.target
    glossary, matchers = worker_matchers((spec.source_lang, spec.target_lang))
    try:
        src, src_breaks = _sentences(spec.source, spec.source_lang, presegmented)
        tgt, tgt_breaks = _sentences(spec.target, spec.target_lang, presegmented)
    except InputError as exc:
        return str(exc)
    beads = align_sentences(src, tgt, spec.source_lang, spec.target_lang, glossary, src_breaks,
                            tgt_breaks, matchers, split=not presegmented)
    rows = [[" ".join(src[i] for i in b.source), " ".join(tgt[j] for j in b.target)]
            for b in beads]
    return rows, [b.score for b in beads]


def align_project(glossary: Glossary, spec: str, source_lang: Lang | None,
                  target_lang: Lang | None, presegmented: bool, fmt_name: str,
                  output: str | None, jobs: int | None) -> None:
    """Align every pair of the project into one TSV (document name first) or one TMX (the
    document in each unit's ``x-tilmash-document`` prop)."""
    from toolkit.report.alignment import Aligned
    from toolkit.report.renderers import alignment_renderer

    chosen = alignment_renderer(fmt_name)
    if not chosen.project:
        raise UsageError(_("a project is aligned into one tsv or tmx file"))
    documents = [d for d in discover(spec, source_lang, target_lang) if d.target]
    langs = {(d.source_lang, d.target_lang) for d in documents}
    if not documents or len(langs) != 1:
        raise UsageError(_("a project to align needs pairs of one language pair, such as "
                           "name.ru.txt and name.en.txt"))
    if output and Path(output).resolve() in {Path(f).resolve() for d in documents
                                             for f in d.files}:
        raise InputError(output, _("the output would overwrite an input file"))
    ((first, second),) = langs
    assert first is not None and second is not None
    pair = (first, second)
    results: list[tuple[Rows, list[float]] | str | None] = [None] * len(documents)
    for i, result in run_parallel(glossary, _align_one, [(d, presegmented) for d in documents],
                                  jobs or default_jobs(), langs=pair):
        results[i] = result
    names: list[str] = []
    rows: Rows = []
    scores: list[float] = []
    for doc, outcome in zip(documents, results, strict=True):
        if not isinstance(outcome, tuple):
            raise InputError(doc.name, outcome or "")
        names += [doc.name] * len(outcome[0])
        rows += outcome[0]
        scores += outcome[1]
    write_output(chosen.render(Aligned(list(pair), rows, scores, pair[0], documents=names),
                               project=True), output)
    stderr().print(ngettext("{n} document", "{n} documents", len(documents)).format(
        n=number(len(documents))) + ": " + ngettext(
        "{n} unit", "{n} units", len(rows)).format(n=number(len(rows))), markup=False)


def _scan_one(path: str, lang: Lang) -> list[dict[str, object]] | str:
    from toolkit.cli.common import read_input

    _glossary, matchers = worker_matchers((lang,))
    try:
        lines = decode_text(read_input(path), path).splitlines()
    except InputError as exc:
        return str(exc)
    return [{"file": path, **m.as_dict()} for m in matchers[lang].scan(lines)]


def scan_files(glossary: Glossary, specs: Sequence[str], lang: str | None,
               jobs: int | None) -> None:
    """Every mention in every file (folders and glob patterns expanded) as one JSON-lines
    stream, each line naming its file; the language from ``--lang`` or each file's name."""
    files: list[tuple[str, Lang]] = []
    for spec in specs:
        for path in _expand(spec):
            files.append((path, lang_of(path, lang)))
    if not files:
        raise UsageError(_("no documents found"))
    results: list[list[dict[str, object]] | str | None] = [None] * len(files)
    for i, result in run_parallel(glossary, _scan_one, files, jobs or default_jobs(),
                                  langs={lang for _path, lang in files}):
        results[i] = result
    total = 0
    for (path, _lang), outcome in zip(files, results, strict=True):
        if not isinstance(outcome, list):
            raise InputError(path, outcome or "")
        for record in outcome:
            sys.stdout.write(json_text(record) + "\n")
        total += len(outcome)
    sys.stdout.flush()
    stderr().print(ngettext("{n} mention", "{n} mentions", total).format(n=number(total)),
                   markup=False)


def _expand(spec: str) -> list[str]:
    import glob

    path = Path(spec)
    if path.is_dir():
        return sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix in (
            ".txt", ".md", "") and not p.name.startswith("."))
    if path.exists() or spec == "-":
        return [spec]
    found = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
    if not found:
        raise InputError(spec, _("no such file or folder"))
    return found


def lang_of(path: str, option: str | None) -> Lang:
    """The language of ``--lang``, else of the file's name (article.ru.txt); the usage error
    that names ``--lang`` when neither says it."""
    if option:
        return parse_lang(option)
    found = _lang_of_name(path)
    if found is None:
        from toolkit.cli.wording import worded
        from toolkit.errors import LanguageUnknown

        raise worded(LanguageUnknown(path, "source"), "--lang", "--lang")
    return found


def _lang_of_name(path: str) -> Lang | None:
    parts = Path(path).name.split(".")
    if len(parts) < 3:
        return None
    try:
        return parse_lang(parts[-2])
    except ValueError:
        return None
