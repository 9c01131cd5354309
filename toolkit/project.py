"""Whole projects: many documents checked in one run, on every core, with consistency across them.

A *project* is what a translator or an editor checks at once: a week's articles in three
languages, a folder of XLIFF files from a CAT tool, a set of catalogues. This module is the
library side of ``tilmash check FOLDER|GLOB|MANIFEST``:

- :func:`discover` turns a folder, a glob pattern or a manifest (CSV/TSV) into
  :class:`DocumentSpec` values: kk/ru/en versions of one article matched by their file names
  (``name.kk.txt``, ``name.ru.txt``, ``name.en.txt``), or one bilingual file (XLIFF, PO, TMX,
  TSV) per document;
- :func:`check_document` checks one document and returns a :class:`DocumentResult` (its
  report and the renderings that cross-document consistency needs); it is a plain function of
  picklable values, so any engine can map it over documents;
- :func:`check_documents` runs it over an iterable of documents on ``jobs`` processes and adds
  :func:`consistency` findings across the project.

The distributed case is not home-made: :func:`check_document` is what a Dask bag maps (see
``README.md``, "Corpora past one machine"), and :func:`consistency` is what its reduction
calls. Processes start by ``fork`` where the platform has it, so the glossary and its compiled
matchers are built once in the parent and shared copy-on-write; elsewhere each worker loads
the glossary once in its initializer.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from toolkit.check.base import Severity
from toolkit.errors import InputError, RequestError
from toolkit.formats.registry import READERS
from toolkit.glossary.model import Glossary
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang, parse_lang
from toolkit.match import Finder, Matcher
from toolkit.report.findings import Report

__all__ = [
    "DocumentResult",
    "DocumentSpec",
    "ProjectFinding",
    "ProjectResult",
    "Rendering",
    "check_document",
    "check_documents",
    "consistency",
    "discover",
    "is_project",
    "run_parallel",
    "worker_matchers",
]

T = TypeVar("T")
_GLOB_CHARS = frozenset("*?[")
# Extensions of files that hold one document with both languages (those of the format table;
# a PO template holds no translation: it is no document of a project).
_BILINGUAL = tuple(ext for r in READERS for ext in r.extensions if ext != ".pot")
_MANIFEST_PAIR = ("source", "target")


@dataclass(frozen=True)
class DocumentSpec:
    """One document of a project: the files to read and their languages (None: from the file).

    ``versions`` holds the kk/ru/en files of a three-way document; ``source`` and ``target``
    those of a pair (``target`` is None for a bilingual file).
    """

    name: str
    source: str = ""
    target: str | None = None
    source_lang: Lang | None = None
    target_lang: Lang | None = None
    versions: tuple[tuple[Lang, str], ...] = ()

    @property
    def files(self) -> list[str]:
        if self.versions:
            return [path for _lang, path in self.versions]
        return [self.source] + ([self.target] if self.target else [])


@dataclass(frozen=True)
class Rendering:
    """How a document rendered a source concept: the target term of one mention, or (with
    ``concept_in_source`` different from ``concept``) a target term of another concept found
    where the source's concept was not rendered."""

    concept_in_source: str
    concept: str
    term: str
    lang: Lang
    segment: int
    line: int


@dataclass
class DocumentResult:
    """What checking one document gave: its report and its renderings."""

    spec: DocumentSpec
    report: Report
    renderings: list[Rendering] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectFinding:
    """A finding about the project as a whole, located in one document."""

    check: str
    severity: Severity
    document: str
    segment: int
    line: int
    lang: Lang
    concept: str
    expected: str
    found: str
    message: str


@dataclass
class ProjectResult:
    """Every document's result, in the order given, and the project's own findings."""

    documents: list[DocumentResult]
    findings: list[ProjectFinding]

    def worst(self) -> Severity | None:
        """The highest severity of any finding, or None when there is none."""
        ranks = [f.severity for d in self.documents for f in d.report.findings]
        ranks += [f.severity for f in self.findings]
        return max(ranks, key=lambda s: s.rank) if ranks else None


# ------------------------------------------------------------------------------------ discovery


def is_project(source: str | None, target: str | None) -> bool:
    """True when ``source`` names a project (folder, glob pattern or manifest), not a file."""
    if source is None or target is not None or source == "-":
        return False
    path = Path(source)
    if path.is_dir():
        return True
    if not path.exists() and _GLOB_CHARS & set(source):
        return True
    return (path.is_file() and path.suffix.lower() in (".csv", ".tsv")
            and _manifest_header(path) is not None)


def _manifest_header(path: Path) -> list[str] | None:
    """The columns of a manifest's header row, or None when the file is not a manifest."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        return None
    delimiter = "\t" if "\t" in first else ","
    columns = [c.strip().lower() for c in next(csv.reader([first], delimiter=delimiter), [])]
    if set(_MANIFEST_PAIR) <= set(columns) or {lang.value for lang in LANGS} <= set(columns):
        return columns
    return None


def discover(spec: str, source_lang: Lang | None = None,
             target_lang: Lang | None = None) -> list[DocumentSpec]:
    """The documents that a folder, a glob pattern or a manifest names, sorted by name.

    In a folder or a glob, files named ``NAME.kk.EXT``, ``NAME.ru.EXT`` and ``NAME.en.EXT``
    are the versions of one document: all three make a three-way document, two a pair (the
    source is ``source_lang`` when given, else Russian, else Kazakh); a bilingual file (XLIFF,
    PO, TMX, TSV) is a document of its own. A manifest is a CSV or TSV file with a header row:
    ``source,target[,source_lang,target_lang]`` or ``kk,ru,en``; relative paths are read from
    the manifest's folder.
    """
    path = Path(spec)
    if path.is_file():
        return _from_manifest(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        root: Path | None = path
    else:
        files = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
        root = None
    documents = _group(files, source_lang, target_lang, root)
    if not documents:
        raise InputError(spec, _("no documents found"))
    return documents


def _group(files: Sequence[Path], source_lang: Lang | None, target_lang: Lang | None,
           root: Path | None) -> list[DocumentSpec]:
    """Documents of ``files``, named by their path below ``root`` (as found, without one)."""

    def named(path: Path) -> str:
        return path.relative_to(root).as_posix() if root is not None else str(path)

    versions: dict[str, dict[Lang, str]] = defaultdict(dict)
    documents: list[DocumentSpec] = []
    for file in files:
        if file.suffix.lower() in _BILINGUAL:
            documents.append(DocumentSpec(named(file), str(file), None, source_lang,
                                          target_lang))
            continue
        parts = file.name.split(".")
        lang = _lang_of(parts[-2]) if len(parts) >= 3 else None
        if lang is None:
            continue  # neither a version of an article nor a bilingual file: not a document
        versions[named(file.parent / ".".join(parts[:-2]))][lang] = str(file)
    for stem, found in versions.items():
        if len(found) == 3:
            documents.append(DocumentSpec(stem, versions=tuple(
                (lang, found[lang]) for lang in LANGS)))
        elif len(found) == 2:
            src = _source_of(found, source_lang)
            tgt = target_lang if target_lang in found and target_lang != src else next(
                lang for lang in found if lang != src)
            documents.append(DocumentSpec(stem, found[src], found[tgt], src, tgt))
    return sorted(documents, key=lambda d: d.name)


def _source_of(found: dict[Lang, str], chosen: Lang | None) -> Lang:
    if chosen in found:
        assert chosen is not None
        return chosen
    return next(lang for lang in (Lang.RU, Lang.KK, Lang.EN) if lang in found)


def _lang_of(code: str) -> Lang | None:
    try:
        return parse_lang(code)
    except ValueError:
        return None


def _from_manifest(path: Path) -> list[DocumentSpec]:
    columns = _manifest_header(path)
    if columns is None:
        raise InputError(str(path), _(
            "not a manifest: the first row must name the columns source and target, or kk, "
            "ru and en"))
    text = path.read_text(encoding="utf-8-sig")
    delimiter = "\t" if "\t" in text.splitlines()[0] else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))[1:]
    documents = []
    for number, row in enumerate(rows, start=2):
        if any(cell.strip() for cell in row):
            record = {columns[i]: cell.strip() for i, cell in enumerate(row) if i < len(columns)}
            documents.append(_manifest_row(_Row(path, number, record)))
    if not documents:
        raise InputError(str(path), _("no documents found"))
    return documents


@dataclass(frozen=True)
class _Row:
    """One row of a manifest: where it is, and its cells by column name."""

    manifest: Path
    number: int
    cells: dict[str, str]

    def path(self, column: str) -> str:
        value = self.cells.get(column, "")
        if not value:
            raise InputError(f"{self.manifest}:{self.number}", _(
                "the column {column} is empty").format(column=column))
        return str(self.manifest.parent / value)

    def lang(self, column: str) -> Lang | None:
        value = self.cells.get(column, "")
        if not value:
            return None
        try:
            return parse_lang(value)
        except ValueError:
            raise InputError(f"{self.manifest}:{self.number}", _(
                "unknown language {code!r} in the column {column}").format(
                    code=value, column=column)) from None


def _manifest_row(row: _Row) -> DocumentSpec:
    if "source" in row.cells:
        return DocumentSpec(
            row.cells.get("name") or row.cells["source"], row.path("source"),
            row.path("target") if row.cells.get("target") else None,
            row.lang("source_lang"), row.lang("target_lang"))
    return DocumentSpec(row.cells.get("name") or row.cells["ru"],
                        versions=tuple((code, row.path(code.value)) for code in LANGS))


# ------------------------------------------------------------------------------ one document


class _State:
    """The glossary and matchers of this process (the parent's, inherited by a forked
    worker, or loaded by a spawned worker's initializer)."""

    glossary: ClassVar[Glossary | None] = None
    matchers: ClassVar[dict[Lang, Matcher]] = {}


def _matchers(glossary: Glossary, langs: Iterable[Lang]) -> dict[Lang, Matcher]:
    if _State.glossary is not glossary:
        _State.glossary, _State.matchers = glossary, {}
    for lang in langs:
        if lang not in _State.matchers:
            _State.matchers[lang] = Matcher(glossary, lang)
    return _State.matchers


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, _("no such file or folder")) from None
    except IsADirectoryError:
        raise InputError(path, _("a folder, not a file")) from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def check_document(glossary: Glossary, spec: DocumentSpec, by_line: bool = False,
                   document: bool = False) -> DocumentResult:
    """Check one document of a project: its report, and the renderings consistency needs.

    Raises :class:`~toolkit.errors.InputError` for an unreadable file and
    a :class:`~toolkit.errors.RequestError` (such as
    :class:`~toolkit.errors.LanguageUnknown`) for a document that cannot be read as asked.
    """
    from toolkit.check.inputs import load_pair
    from toolkit.check.pairing import Pairing
    from toolkit.check.runner import check_pairs
    from toolkit.check.trio import three_way_report
    from toolkit.formats.plain import decode_text
    from toolkit.formats.registry import format_of

    if spec.versions:
        trio_pairing = Pairing(glossary, _matchers(glossary, LANGS))
        versions = {lang: (path, decode_text(_read(path), path)) for lang, path in spec.versions}
        report = three_way_report(glossary, versions, by_line, pairing=trio_pairing)
        renderings: list[Rendering] = []
        assert report.versions
        by_lang = {v.lang: v for v in report.versions}
        for lang in (Lang.KK, Lang.EN):  # how each translation renders the Russian
            renderings += _renderings(glossary, by_lang[Lang.RU].texts, by_lang[lang].texts,
                                      by_lang[lang].lines, trio_pairing.finder(Lang.RU),
                                      trio_pairing.finder(lang), lang)
        return DocumentResult(spec, report, renderings)

    # The worker's matchers; the mentions of this document's sentences found once, for the
    # aligner, the checks and the renderings.
    pairing = Pairing(glossary, _matchers(glossary, ()))
    fmt = format_of(spec.source, None)
    pair = load_pair(fmt, (spec.source, _read(spec.source)),
                     (spec.target, _read(spec.target)) if spec.target else None,
                     spec.source_lang, spec.target_lang, by_line=by_line, pairing=pairing)
    segments = pair.segments
    findings = check_pairs(glossary, pair.source_lang, pair.target_lang, segments,
                           document=document, pairing=pairing)
    report = Report(findings, segments.sources, segments.targets,
                    {"file": pair.source_name, "lang": pair.source_lang.value},
                    {"file": pair.target_name, "lang": pair.target_lang.value})
    renderings = _renderings(glossary, segments.sources, segments.targets,
                             segments.target_lines, pairing.finder(pair.source_lang),
                             pairing.finder(pair.target_lang), pair.target_lang)
    return DocumentResult(spec, report, renderings)


def _renderings(glossary: Glossary, sources: Sequence[str], targets: Sequence[str],
                lines: Sequence[int], source: Finder, target: Finder,
                lang: Lang) -> list[Rendering]:
    """Per segment pair: each source concept with the target term that renders it; where it
    is not rendered, the target terms of other concepts of the same kind that the source does
    not mention (what the translator used instead)."""
    from toolkit.check.terms import rendered_concepts

    out: list[Rendering] = []
    for i, (src, tgt) in enumerate(zip(sources, targets, strict=True)):
        if not src or not tgt:
            continue
        # A concept the source names by a term, and the terms that render it: derived forms
        # ("казахстанского", "Kazakh") and broader concepts render a concept (as for
        # term-missing) but are no rendering to compare across documents.
        in_source = {m.concept for m in source.find(src) if not m.derived}
        approved = [m for m in target.find(tgt) if m.status.approved]
        in_target = [m for m in approved if not m.derived]
        if not in_source or not in_target:
            continue
        rendered = rendered_concepts(approved, glossary)
        for m in in_target:
            if m.concept in in_source:
                out.append(Rendering(m.concept, m.concept, m.term, lang, i, lines[i]))
        instead = [m for m in in_target if m.concept not in in_source]
        for concept in sorted(in_source - rendered):
            own = glossary.get(concept)
            kind = own.kind if own is not None else None
            for m in instead:
                other = glossary.get(m.concept)
                if other is not None and other.kind == kind:
                    out.append(Rendering(concept, m.concept, m.term, lang, i, lines[i]))
    return out


# ---------------------------------------------------------------------------------- projects


def _init_worker(glossary: Glossary) -> None:
    _State.glossary, _State.matchers = glossary, {}


_Outcome = DocumentResult | tuple[str, str] | RequestError


def _work(spec: DocumentSpec, by_line: bool, document: bool) -> _Outcome:
    """A worker's job: the result, or where and what makes the document unusable (plain
    values, so that they cross process boundaries whatever the exception's constructor)."""
    assert _State.glossary is not None
    try:
        return check_document(_State.glossary, spec, by_line, document)
    except InputError as exc:
        return exc.where(), exc.detail
    except RequestError as exc:
        exc.document = spec.name
        return exc  # the CLI words it; it pickles


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_documents(glossary: Glossary, specs: Iterable[DocumentSpec], jobs: int = 1,
                    by_line: bool = False, document: bool = False,
                    progress: Callable[[], None] | None = None) -> ProjectResult:
    """Check every document on ``jobs`` processes; results in the order given, then the
    project's consistency findings. Raises :class:`~toolkit.errors.InputError` naming the
    first unusable document (all documents are read before anything is reported)."""
    specs = list(specs)
    if _State.glossary is not glossary:  # a forked worker must not inherit another glossary
        _init_worker(glossary)
    results: list[_Outcome | None] = [None] * len(specs)
    if jobs <= 1 or len(specs) <= 1:
        _init_worker(glossary)
        for i, spec in enumerate(specs):
            results[i] = _work(spec, by_line, document)
            if progress is not None:
                progress()
    else:
        for i, result in _pool(glossary, specs, jobs, by_line, document, progress):
            results[i] = result
    documents: list[DocumentResult] = []
    for outcome in results:
        if isinstance(outcome, DocumentResult):
            documents.append(outcome)
        elif isinstance(outcome, RequestError):
            raise outcome
        else:
            where, detail = outcome or ("", "")
            raise InputError(where, detail)
    return ProjectResult(documents, consistency(glossary, documents))


def _pool(glossary: Glossary, specs: list[DocumentSpec], jobs: int, by_line: bool,
          document: bool, progress: Callable[[], None] | None
          ) -> Iterator[tuple[int, _Outcome]]:
    # Every language of the project compiled before the workers fork: a matcher built in a
    # worker is built once per worker.
    langs = {lang for spec in specs for lang in _langs_of(spec)}
    batches = _batches(specs, jobs)
    for b, outcomes in run_parallel(glossary, _work_batch,
                                    [([specs[i] for i in batch], by_line, document)
                                     for batch in batches], jobs, None, langs):
        for i, outcome in zip(batches[b], outcomes, strict=True):
            if progress is not None:
                progress()
            yield i, outcome


def _work_batch(specs: list[DocumentSpec], by_line: bool, document: bool) -> list[_Outcome]:
    return [_work(spec, by_line, document) for spec in specs]


def _text_key(path: str) -> tuple[object, ...]:
    """What tells two files apart cheaply: the size and a hash of the first and last 64 KiB
    (two files with the same key are taken as one text; a wrong guess only costs time)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
            size = handle.seek(0, os.SEEK_END)
            if size > 2 * 65536:
                handle.seek(-65536, os.SEEK_END)
                head += handle.read()
    except OSError:
        return ("unreadable", path)  # the worker reports it
    return (size, hashlib.blake2b(head, digest_size=16).digest())


def _batches(specs: Sequence[DocumentSpec], jobs: int) -> list[list[int]]:
    """The documents in batches for the workers, largest first: documents that share a text
    (one source checked against two translations, a file listed twice) go in one batch.

    Why: a worker keeps caches of what it has analysed (word forms, their morphology, the
    buckets of the matcher). Two workers that meet the same text analyse it twice: on 500
    documents made of 62 texts, spreading them one by one cost 25% more CPU than one process
    (13.9 s against 11.2 s), and batching by shared text brought it back (11.3 s). A batch
    holds at most an eighth of a worker's share, so that the load still spreads; batches are
    given out largest first, so that no large document is left for the end."""
    parent = list(range(len(specs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[object, ...], int] = {}
    sizes = [0] * len(specs)
    for i, spec in enumerate(specs):
        for path in spec.files:
            key = _text_key(path)
            size = key[0]
            sizes[i] += size if isinstance(size, int) else 0
            if key in owner:
                parent[root(i)] = root(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(specs)):
        groups[root(i)].append(i)
    cap = max(1, -(-len(specs) // (8 * max(1, jobs))))
    batches = [members[k:k + cap] for members in groups.values()
               for k in range(0, len(members), cap)]
    return sorted(batches, key=lambda batch: (-sum(sizes[i] for i in batch), batch[0]))


def run_parallel(glossary: Glossary, work: Callable[..., T], jobs_args: Sequence[tuple[Any, ...]],
                 jobs: int, progress: Callable[[], None] | None = None,
                 langs: Iterable[Lang] = ()) -> Iterator[tuple[int, T]]:
    """``work(*args)`` for each args of ``jobs_args`` on ``jobs`` processes, as they finish:
    (index, result). ``work`` is a module-level function that finds the glossary with
    :func:`worker_matchers`; the matchers of ``langs`` are compiled before the workers start,
    so that forked workers share them."""
    if "fork" in multiprocessing.get_all_start_methods():
        # Built once here and inherited copy-on-write: no worker compiles the glossary again.
        _init_worker(glossary)
        _matchers(glossary, langs)
        executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    else:
        executor = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(glossary,))
    with executor:
        futures = {executor.submit(work, *args): i for i, args in enumerate(jobs_args)}
        for future in as_completed(futures):
            if progress is not None:
                progress()
            yield futures[future], future.result()


def worker_matchers(langs: Iterable[Lang]) -> tuple[Glossary, dict[Lang, Matcher]]:
    """In a job of :func:`run_parallel`: the glossary and its matchers for ``langs``."""
    assert _State.glossary is not None
    return _State.glossary, _matchers(_State.glossary, langs)


def _langs_of(spec: DocumentSpec) -> list[Lang]:
    if spec.versions:
        return [lang for lang, _path in spec.versions]
    return [lang for lang in (spec.source_lang, spec.target_lang) if lang is not None]


# ------------------------------------------------------------------------------ consistency


def consistency(glossary: Glossary, documents: Sequence[DocumentResult]) -> list[ProjectFinding]:
    """Findings across documents, both directions translators ask for:

    - ``project-inconsistent``: one concept rendered by different approved terms in different
      documents (per target language); the documents using a minority term are reported, with
      the majority term as the expected one;
    - ``project-term-reused``: one target term used for different source concepts: where it
      stands for a concept that the source does not mention while the source's own concept is
      left unrendered, in documents where the same term renders its own concept elsewhere.
    """
    findings: list[ProjectFinding] = []
    uses: dict[tuple[str, Lang], dict[str, list[tuple[str, Rendering]]]] = defaultdict(
        lambda: defaultdict(list))
    for doc in documents:
        for r in doc.renderings:
            if r.concept == r.concept_in_source:
                uses[(r.concept, r.lang)][r.term].append((doc.spec.name, r))
    for (concept, lang), by_term in sorted(uses.items()):
        if len(by_term) < 2:
            continue
        docs_of = {term: {name for name, _r in rs} for term, rs in by_term.items()}
        ranked = sorted(docs_of, key=lambda t: (-len(docs_of[t]), t))
        majority = ranked[0]
        if len(docs_of[majority]) == len(docs_of[ranked[1]]):
            continue  # no majority: a house style is not for us to pick
        for term in ranked[1:]:
            first: dict[str, Rendering] = {}
            for name, r in by_term[term]:
                first.setdefault(name, r)
            for name, r in sorted(first.items()):
                findings.append(ProjectFinding(
                    "project-inconsistent", Severity.WARNING, name, r.segment, r.line, lang,
                    concept, majority, term, _(
                        "“{found}” here, “{expected}” in {n} other documents of the project"
                    ).format(found=term, expected=majority, n=len(docs_of[majority]))))
    proper: dict[tuple[str, Lang], set[str]] = defaultdict(set)
    for (concept, lang), by_term in uses.items():
        for term in by_term:
            proper[(term, lang)].add(concept)
    for doc in documents:
        seen: set[tuple[str, str]] = set()
        for r in doc.renderings:
            if r.concept == r.concept_in_source or (r.term, r.concept_in_source) in seen:
                continue
            if r.concept in proper.get((r.term, r.lang), set()):
                seen.add((r.term, r.concept_in_source))
                source_concept = glossary.get(r.concept_in_source)
                expected = source_concept.preferred(r.lang) if source_concept else None
                findings.append(ProjectFinding(
                    "project-term-reused", Severity.WARNING, doc.spec.name, r.segment, r.line,
                    r.lang, r.concept_in_source, expected.text if expected else "", r.term, _(
                        "“{found}” renders {concept} elsewhere in the project, but here the "
                        "source has {source}").format(
                            found=r.term, concept=r.concept, source=r.concept_in_source)))
    return sorted(findings, key=lambda f: (f.document, f.segment, f.check))
