"""The glossary folder: one YAML file per kind, read with line numbers, written canonically.

Reading works on PyYAML's node tree (:func:`~toolkit.glossary.yamlnodes.compose`) rather
than on constructed Python objects, because nodes keep their line numbers and duplicate keys:
every problem names its file and line. Only a fixed depth of the tree is visited (concept →
language → term → value), so aliases cannot make reading expensive.

Writing is the job of :func:`dump_kind` alone (in :mod:`toolkit.glossary.writer`), the
*canonical writer*: concepts sorted by id, keys in a fixed order (id, kind, kk, ru, en,
derived, broader, then the rest), every string value double-quoted, one term a line.
Because the text is a pure function of the glossary, ``fmt --check`` is a string comparison
and the git diff of an edit shows exactly what changed.

The file layout::

    # tilmash glossary: places (kind "place").
    # Canonical form, written by `tilmash glossary fmt`: edit freely, then run it.
    - id: "place-abakan"
      kind: "place"
      kk:
        - {term: "Абакан", status: "preferred", type: "fullForm"}
      ...
      related: ["place-khakassia"]

Derived forms (see :class:`~toolkit.glossary.model.Derived`) follow the terms, per language,
and ``broader`` lists ids::

      derived:
        ru:
          - {term: "российский", form: "adjective"}
          - {term: "россиянин", form: "demonym"}
      broader: ["place-europe"]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from toolkit.glossary.fields import (
    CONCEPT_KEYS,
    DERIVED_KEYS,
    TERM_KEYS,
    FieldError,
    parse_bool,
    parse_enum,
    suggest,
)
from toolkit.glossary.model import (
    Concept,
    Derived,
    Form,
    Glossary,
    Kind,
    Status,
    Term,
    TermType,
)
from toolkit.glossary.validate import SURROGATE, XML_UNSAFE, Origin, Problem, Severity, SourceMap
from toolkit.glossary.writer import FILES, check_folder, dump_kind, quote, render_folder
from toolkit.glossary.yamlguard import MAX_DEPTH, bad_escape_line, nesting_problem
from toolkit.glossary.yamlnodes import compose
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang

__all__ = [
    "FILES",
    "ReadResult",
    "check_folder",
    "dump_kind",
    "quote",
    "read_folder",
    "read_yaml",
    "render_folder",
]

_KIND_OF_FILE = {name: kind for kind, name in FILES.items()}


@dataclass
class ReadResult:
    """Concepts as read, where each came from, and the problems met on the way."""

    concepts: list[Concept] = field(default_factory=list)
    where: SourceMap = field(default_factory=SourceMap)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: ReadResult) -> None:
        offset = len(self.concepts)
        self.concepts.extend(other.concepts)
        self.where.concepts.extend(other.where.concepts)
        for (i, lang, j), origin in other.where.terms.items():
            self.where.terms[(i + offset, lang, j)] = origin
        for (i, j), origin in other.where.derived.items():
            self.where.derived[(i + offset, j)] = origin
        self.problems.extend(other.problems)

    @property
    def glossary(self) -> Glossary:
        return Glossary(tuple(self.concepts))


# --------------------------------------------------------------------------------------- reading


def decode_utf8(data: bytes, name: str) -> tuple[str | None, Problem | None]:
    """Text of a UTF-8 file (a BOM is accepted), or a problem naming the line of the bad byte.
    UTF-16 with a BOM (Excel's "Unicode text") is read too."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, Problem(Severity.ERROR, "encoding", _(
                "not valid UTF-16 text (a broken character); save the file as UTF-8"),
                Origin(name))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(Severity.ERROR, "encoding", _(
            "not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8").format(
            byte=f"0x{data[exc.start]:02x}"), Origin(name, line))


def read_yaml(data: bytes, name: str, expected_kind: Kind | None = None) -> ReadResult:
    """Read one glossary YAML file given as bytes; ``name`` is how problems refer to it."""
    result = ReadResult()
    text, problem = decode_utf8(data, name)
    if text is None:
        assert problem is not None
        result.problems.append(problem)
        return result
    guard = _guard(text, name)
    if guard is not None:
        result.problems.append(guard)
        return result
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        result.problems.append(Problem(Severity.ERROR, "yaml", _(
            "not valid YAML: {problem}").format(problem=exc.problem or exc.context or ""),
            Origin(name, mark.line + 1 if mark else None)))
        return result
    except yaml.reader.ReaderError as exc:  # a control character: no mark, a position
        code = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or " ")
        result.problems.append(Problem(Severity.ERROR, "yaml", _(
            "not valid YAML: {problem}").format(problem=f"{exc.reason} (U+{code:04X})"),
            Origin(name, text.count("\n", 0, exc.position) + 1)))
        return result
    except yaml.YAMLError as exc:
        result.problems.append(Problem(Severity.ERROR, "yaml", _(
            "not valid YAML: {problem}").format(problem=str(exc)), Origin(name)))
        return result
    except (ValueError, RecursionError):
        # What the guard cannot foresee: a parser's own limits, never a traceback.
        result.problems.append(Problem(Severity.ERROR, "yaml", _(
            "not valid YAML: the parser gave up on this file"), Origin(name)))
        return result
    if root is None:
        return result
    if not isinstance(root, yaml.SequenceNode):
        result.problems.append(Problem(Severity.ERROR, "shape", _(
            "a glossary file is a list of concepts (lines starting with '- id:')"),
            _origin(name, root)))
        return result
    reader = _NodeReader(name, result.problems)
    for item in root.value:
        concept = reader.concept(item, result.where, len(result.concepts))
        if concept is None:
            continue
        if expected_kind is not None and concept.kind is not expected_kind:
            result.problems.append(Problem(Severity.WARNING, "misplaced", _(
                "concept {id!r} of kind {kind!r} belongs in {file}; "
                "`tilmash glossary fmt` moves it there").format(
                id=concept.id, kind=concept.kind.value, file=FILES[concept.kind]),
                _origin(name, item)))
        result.concepts.append(concept)
    return result


def _guard(text: str, name: str) -> Problem | None:
    """A problem for text that would crash a YAML parser (see :mod:`.yamlguard`), or None."""
    deep = nesting_problem(text)
    if deep is not None:
        return Problem(Severity.ERROR, "yaml", _(
            "not valid YAML: nested {depth} levels deep; a glossary needs five, "
            "at most {limit} are read").format(depth=deep[1], limit=MAX_DEPTH),
            Origin(name, deep[0]))
    escape = bad_escape_line(text) if "\\U" in text else None
    if escape is not None:
        return Problem(Severity.ERROR, "yaml", _(
            "not valid YAML: the escape {escape} is beyond the last Unicode character "
            "(U+10FFFF)").format(escape=escape[1]), Origin(name, escape[0]))
    return None




def _origin(name: str, node: yaml.Node) -> Origin:
    return Origin(name, node.start_mark.line + 1)


class _NodeReader:
    """Turns concept nodes into model values, reporting each problem with its line."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems

    def error(self, node: yaml.Node, code: str, message: str) -> None:
        self.problems.append(Problem(Severity.ERROR, code, message, _origin(self.name, node)))

    def mapping(self, node: yaml.Node, keys: tuple[str, ...], what: str) -> dict[str, yaml.Node]:
        """The entries of a mapping node; unknown and repeated keys are reported and skipped."""
        entries: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.tag)
            if key in entries:
                self.error(key_node, "duplicate-key", _("{what} has the key {key!r} twice").format(
                    what=what, key=key))
            elif key not in keys:
                self.error(key_node, "unknown-key", _(
                    "unknown key {key!r} in {what}; known keys: {keys}{hint}").format(
                    key=key, what=what, keys=", ".join(keys), hint=suggest(key, keys)))
            else:
                entries[key] = value_node
        return entries

    def text(self, node: yaml.Node | None, key: str) -> str:
        """A scalar as text. Numbers typed without quotes are taken as the text they show."""
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, "not-text", _("{key} must be text").format(key=key))
            return ""
        if node.tag == "tag:yaml.org,2002:null":
            return ""
        value = str(node.value).strip()
        surrogate = SURROGATE.search(value)
        if surrogate:
            # "\ud800" is valid YAML but no UTF-8 file (an export, a report) can hold it.
            self.error(node, "bad-character", _(
                "{key} holds a lone UTF-16 surrogate ({code}), which no UTF-8 file can hold")
                .format(key=key, code=f"U+{ord(surrogate[0]):04X}"))
            return ""
        control = XML_UNSAFE.search(value)
        if control:
            # "\x01" is valid YAML, but no XML file (a TBX export, a TMX) can hold it.
            self.error(node, "bad-character", _(
                "{key} holds the control character {code}, which no XML or spreadsheet file "
                "can hold").format(key=key, code=f"U+{ord(control[0]):04X}"))
            return ""
        return value

    def flag(self, node: yaml.Node | None, key: str, default: bool) -> bool:
        if node is None:
            return default
        try:
            return parse_bool(key, self.text(node, key), default)
        except FieldError as exc:
            self.error(node, "bad-value", str(exc))
            return default

    def enum(self, node: yaml.Node | None, parse: Callable[[str], Any], default: Any) -> Any:
        if node is None:
            return default
        try:
            return parse(self.text(node, ""))
        except FieldError as exc:
            self.error(node, "bad-value", str(exc))
            return None

    def ids(self, node: yaml.Node | None, key: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if isinstance(node, yaml.ScalarNode):
            value = self.text(node, key)
            return (value,) if value else ()
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, "not-list", _("{key} must be a list of concept ids").format(key=key))
            return ()
        return tuple(v for v in (self.text(item, key) for item in node.value) if v)

    def concept(self, node: yaml.Node, where: SourceMap, index: int) -> Concept | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "shape", _(
                "a concept is a mapping of keys (id, kind, kk, ru, en, ...)"))
            return None
        entries = self.mapping(node, CONCEPT_KEYS, _("a concept"))
        concept_id = self.text(entries.get("id"), "id")
        if not concept_id:
            self.error(node, "no-id", _("concept without an id"))
            return None
        if "kind" not in entries:
            self.error(node, "no-kind", _("concept {id!r} has no kind").format(id=concept_id))
            return None
        kind = self.enum(entries["kind"], lambda v: parse_enum(Kind, v), None)
        if kind is None:
            return None
        where.concepts.append(_origin(self.name, node))
        terms = {lang: self.terms(entries.get(lang.value), lang, where, index) for lang in LANGS}
        derived = self.derived(entries.get("derived"), where, index)
        return Concept(
            id=concept_id,
            kind=kind,
            kk=terms[Lang.KK],
            ru=terms[Lang.RU],
            en=terms[Lang.EN],
            definition=self.text(entries.get("definition"), "definition"),
            note=self.text(entries.get("note"), "note"),
            source=self.text(entries.get("source"), "source"),
            related=self.ids(entries.get("related"), "related"),
            homonyms=self.ids(entries.get("homonyms"), "homonyms"),
            derived=derived,
            broader=self.ids(entries.get("broader"), "broader"),
        )

    def derived(self, node: yaml.Node | None, where: SourceMap, index: int
                ) -> tuple[Derived, ...]:
        """The ``derived`` mapping: language code → list of forms."""
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return ()
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "shape", _(
                "derived must be a mapping of languages (kk, ru, en) to lists of forms"))
            return ()
        entries = self.mapping(node, tuple(lang.value for lang in LANGS), _("derived"))
        forms: list[Derived] = []
        for lang in LANGS:
            items = entries.get(lang.value)
            if items is None or (isinstance(items, yaml.ScalarNode)
                                 and items.tag.endswith(":null")):
                continue
            if not isinstance(items, yaml.SequenceNode):
                self.error(items, "not-list", _(
                    "derived {lang} must be a list of forms").format(lang=lang.value))
                continue
            for item in items.value:
                form = self.derived_form(item, lang)
                if form is not None:
                    where.derived[(index, len(forms))] = _origin(self.name, item)
                    forms.append(form)
        return tuple(forms)

    def derived_form(self, node: yaml.Node, lang: Lang) -> Derived | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "shape", _(
                "a derived form is a mapping with the keys 'term' and 'form'"))
            return None
        entries = self.mapping(node, DERIVED_KEYS, _("a derived form"))
        if "term" not in entries:
            self.error(node, "no-term", _("a derived form needs the key 'term' with its text"))
            return None
        if "form" not in entries:
            self.error(node, "no-form", _(
                "a derived form needs the key 'form': adjective or demonym"))
            return None
        form = self.enum(entries["form"], lambda v: parse_enum(Form, v), None)
        if form is None:
            return None
        return Derived(
            lang=lang,
            text=self.text(entries["term"], "term"),
            form=form,
            note=self.text(entries.get("note"), "note"),
            latin=self.text(entries.get("latin"), "latin"),
            case_sensitive=self.flag(entries.get("case_sensitive"), "case_sensitive", False),
            inflects=self.flag(entries.get("inflects"), "inflects", True),
        )

    def terms(
        self, node: yaml.Node | None, lang: Lang, where: SourceMap, index: int
    ) -> tuple[Term, ...]:
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, "not-list", _("{lang} must be a list of terms").format(
                lang=lang.value))
            return ()
        terms: list[Term] = []
        for item in node.value:
            term = self.term(item)
            if term is not None:
                where.terms[(index, lang, len(terms))] = _origin(self.name, item)
                terms.append(term)
        return tuple(terms)

    def term(self, node: yaml.Node) -> Term | None:
        if isinstance(node, yaml.ScalarNode):  # a bare string is a preferred full form
            return Term(self.text(node, "term"))
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "shape", _("a term is a mapping with at least the key 'term'"))
            return None
        entries = self.mapping(node, TERM_KEYS, _("a term"))
        if "term" not in entries:
            self.error(node, "no-term", _("a term needs the key 'term' with its text"))
            return None
        status = self.enum(entries.get("status"), lambda v: parse_enum(Status, v),
                           Status.PREFERRED)
        term_type = self.enum(entries.get("type"), lambda v: parse_enum(TermType, v),
                              TermType.FULL_FORM)
        if status is None or term_type is None:
            return None
        return Term(
            text=self.text(entries["term"], "term"),
            status=status,
            type=term_type,
            note=self.text(entries.get("note"), "note"),
            latin=self.text(entries.get("latin"), "latin"),
            case_sensitive=self.flag(entries.get("case_sensitive"), "case_sensitive", False),
            inflects=self.flag(entries.get("inflects"), "inflects", True),
        )


def read_folder(path: Path, name: str | None = None) -> ReadResult:
    """Read every glossary file of a folder. ``name`` is how problems refer to the folder."""
    shown = name if name is not None else str(path)
    result = ReadResult()
    yaml_files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
    for file in yaml_files:
        label = f"{shown.rstrip('/')}/{file.name}"
        kind = _KIND_OF_FILE.get(file.name)
        if kind is None:
            result.problems.append(Problem(Severity.WARNING, "unknown-file", _(
                "not one of the glossary's files ({files}); ignored").format(
                files=", ".join(FILES.values())), Origin(label)))
            continue
        result.extend(read_yaml(file.read_bytes(), label, kind))
    if not any(file.name in _KIND_OF_FILE for file in yaml_files):
        result.problems.append(Problem(Severity.ERROR, "not-a-glossary", _(
            "no glossary files here; a glossary folder holds {files}").format(
            files=", ".join(FILES.values())), Origin(shown)))
    return result
