"""TBX: TBX-Basic v3 (ISO 30042:2019, DCA style) written and read; TBX v2 (martif) read.

v3 layout, concept-first and trilingual as our model is::

    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader>...</tbxHeader>
      <text><body>
        <conceptEntry id="place-abakan">
          <descrip type="subjectField">place</descrip>      <!-- our kind -->
          <descrip type="definition">...</descrip>
          <note>...</note>
          <admin type="source">...</admin>
          <ref type="relatedConcept" target="place-khakassia">place-khakassia</ref>
          <note>tilmash:homonym=place-abakan-river</note>
          <langSec xml:lang="kk"><termSec>
            <term>Абакан</term>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <note>...</note>
            <note>tilmash:latin=Abakan</note>
          </termSec></langSec>
        </conceptEntry>
      </body></text>
    </tbx>

What is written is valid TBX-Basic (the dialect's RNG and Schematron, checked in the tests), so
only its data categories are used. What TBX-Basic has no category for travels in notes marked
``tilmash:``, which other tools show as notes and tilmash reads back: a forbidden term is
deprecatedTerm-admn-sts with ``tilmash:forbidden``; case sensitivity, inflection, the Kazakh
Latin form and homonyms are ``tilmash:caseSensitive``, ``tilmash:inflects=false``,
``tilmash:latin=…`` and ``tilmash:homonym=…``. The ``x-`` term notes of older exports are read.

Read as TBX-Basic and as MultiTerm, memoQ, Xbench and Okapi export it: v2
(``martif/text/body/termEntry/langSet/tig|ntig``) and v3, DCA style (``<descrip
type="definition">``) and DCT style (``<min:administrativeStatus>``, ``<basic:definition>``),
groups opened (``descripGrp``), definitions at the concept or in a language section. A link to
another concept is a ``ref`` (crossReference, relatedConcept); an ``xref`` points outside the
file (a web page, an image) and is never one. A language with terms but no preferred one gets
its first term preferred; languages other than kk, ru and en are skipped; each of these is said
once per file. Concepts without an id get one from their English (else first) term.

Broader concepts are written as ``<note>tilmash:broader=ID</note>`` on the concept entry and
derived forms (adjectives, demonyms) as further ``termSec`` of their language with
``<termNote type="partOfSpeech">`` (``adjective``, or ``noun`` for a demonym), no
``administrativeStatus`` and ``<note>tilmash:derivedForm=adjective|demonym</note>``: TBX-Basic
has no category for either, and its schema and Schematron accept notes, so the export stays
valid TBX-Basic while a tool that does not know the convention sees an unrated adjective or noun,
never an approved name. ``<ref type="broaderConceptGeneric">`` (ISO 30042's core; v2's
``descrip``) and ``<termNote type="x-derivedForm">`` are read too.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace

from lxml import etree

from toolkit import __version__
from toolkit.errors import InputError
from toolkit.formats.xml import check_xml, local_name, refuse_entity_references
from toolkit.glossary.fields import slugify
from toolkit.glossary.model import (
    ID_PATTERN,
    Concept,
    Derived,
    Form,
    Glossary,
    Kind,
    Status,
    Term,
    TermType,
)
from toolkit.glossary.store import ReadResult
from toolkit.glossary.validate import Origin, Problem, Severity
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.lang import LANGS, Lang, UnknownLanguage, parse_lang

__all__ = ["read_tbx", "write_tbx"]

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_OUT = {Status.PREFERRED: "preferredTerm-admn-sts", Status.ADMITTED: "admittedTerm-admn-sts",
               Status.DEPRECATED: "deprecatedTerm-admn-sts",
               Status.FORBIDDEN: "deprecatedTerm-admn-sts"}
# administrativeStatus (TBX-Basic and TBX v2 picklists, with and without "-admn-sts"), and
# the words MultiTerm, memoQ and Xbench exports use.
_STATUS_IN = {
    **{f"{word}{suffix}": status
       for word, status in (("preferredterm", Status.PREFERRED), ("preferred", Status.PREFERRED),
                            ("standardizedterm", Status.PREFERRED),
                            ("admittedterm", Status.ADMITTED), ("admitted", Status.ADMITTED),
                            ("legalterm", Status.ADMITTED), ("regulatedterm", Status.ADMITTED),
                            ("nonstandardterm", Status.ADMITTED),
                            ("deprecatedterm", Status.DEPRECATED),
                            ("deprecated", Status.DEPRECATED),
                            ("supersededterm", Status.DEPRECATED),
                            ("superseded", Status.DEPRECATED), ("obsolete", Status.DEPRECATED),
                            ("forbidden", Status.FORBIDDEN),
                            ("forbiddenterm", Status.FORBIDDEN))
       for suffix in ("", "-admn-sts")},
    "approved": Status.PREFERRED, "allowed": Status.ADMITTED, "permitted": Status.ADMITTED,
    "not allowed": Status.FORBIDDEN, "do not use": Status.FORBIDDEN,
}
_TYPES = {t.value.lower(): t for t in TermType} | {
    "fullform": TermType.FULL_FORM, "full form": TermType.FULL_FORM,
    "shortform": TermType.SHORT_FORM, "abbreviation": TermType.ABBREVIATION,
    "acronym": TermType.ACRONYM, "variant": TermType.VARIANT}


BROADER = "broaderConceptGeneric"
DERIVED = "x-derivedForm"
_PART_OF_SPEECH = {Form.ADJECTIVE: "adjective", Form.DEMONYM: "noun"}


def _sub(parent: etree._Element, tag: str, text: str = "", **attributes: str) -> etree._Element:
    """A child element named ``tag`` in the namespace of ``parent`` (none for the entries,
    which take the document's default namespace when they are written into it)."""
    namespace = parent.tag[: parent.tag.index("}") + 1] if parent.tag.startswith("{") else ""
    element = etree.SubElement(parent, namespace + tag, attributes)
    if text:
        element.text = text
    return element


def write_tbx(glossary: Glossary) -> bytes:
    """The glossary as a TBX-Basic v3 document (bytes, UTF-8).

    Written one concept at a time: the document's frame is serialised once around a
    placeholder, and each concept entry is serialised alone and put in its place, so only the
    bytes grow with the glossary, not an XML tree of it (a tree of 100k concepts took a GB).
    The entries are built without a namespace and take the document's default one.
    """
    root = etree.Element(f"{{{NS}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"},
                         nsmap={None: NS})
    header = _sub(root, "tbxHeader")
    description = _sub(_sub(header, "fileDesc"), "sourceDesc")
    _sub(description, "p", f"tilmash {__version__} glossary export")
    body = _sub(_sub(root, "text"), "body")
    body.append(etree.Comment("entries"))
    frame = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    before, after = frame.split(b"<!--entries-->")
    indent = before[before.rindex(b"\n") + 1:]
    out = io.BytesIO()
    out.write(before[: len(before) - len(indent)])
    for concept in glossary:
        entry = _concept_entry(concept)
        etree.indent(entry, space="  ", level=len(indent) // 2)
        out.write(indent)
        out.write(etree.tostring(entry, encoding="UTF-8"))
        out.write(b"\n")
    out.write(after.lstrip(b"\n"))
    return out.getvalue()


# What TBX-Basic has no data category for travels in <note> elements marked with this prefix,
# which other tools show as notes and tilmash reads back: a TBX-Basic file must use only the
# dialect's categories (tests/glossary/test_tbx_basic.py validates it).
EXTENSION = "tilmash:"


def _concept_entry(concept: Concept) -> etree._Element:
    entry = etree.Element("conceptEntry", id=concept.id)
    _sub(entry, "descrip", concept.kind.value, type="subjectField")
    if concept.definition:
        _sub(entry, "descrip", concept.definition, type="definition")
    if concept.note:
        _sub(entry, "note", concept.note)
    if concept.source:
        _sub(entry, "admin", concept.source, type="source")
    for target in concept.related:
        _sub(entry, "ref", target, type="relatedConcept", target=target)
    for target in concept.homonyms:
        _sub(entry, "note", f"{EXTENSION}homonym={target}")
    for target in concept.broader:
        _sub(entry, "note", f"{EXTENSION}broader={target}")
    for lang in LANGS:
        terms = concept.terms(lang)
        forms = concept.derived_in(lang)
        if not terms and not forms:
            continue
        section = _sub(entry, "langSec", **{XML_LANG: lang.value})
        for term in terms:
            term_section = _sub(section, "termSec")
            _sub(term_section, "term", term.text)
            _sub(term_section, "termNote", term.type.value, type="termType")
            _sub(term_section, "termNote", _STATUS_OUT[term.status],
                 type="administrativeStatus")
            if term.note:
                _sub(term_section, "note", term.note)
            if term.status is Status.FORBIDDEN:
                _sub(term_section, "note", f"{EXTENSION}forbidden")
            if term.case_sensitive:
                _sub(term_section, "note", f"{EXTENSION}caseSensitive")
            if not term.inflects:
                _sub(term_section, "note", f"{EXTENSION}inflects=false")
            if term.latin:
                _sub(term_section, "note", f"{EXTENSION}latin={term.latin}")
        for form in forms:
            term_section = _sub(section, "termSec")
            _sub(term_section, "term", form.text)
            _sub(term_section, "termNote", _PART_OF_SPEECH[form.form], type="partOfSpeech")
            _sub(term_section, "note", f"{EXTENSION}derivedForm={form.form.value}")
            if form.case_sensitive:
                _sub(term_section, "note", f"{EXTENSION}caseSensitive")
            if not form.inflects:
                _sub(term_section, "note", f"{EXTENSION}inflects=false")
            if form.latin:
                _sub(term_section, "note", f"{EXTENSION}latin={form.latin}")
            if form.note:
                _sub(term_section, "note", form.note)
    return entry


def _extension(text: str) -> tuple[str, str]:
    """("latin", "Astana") for the note "tilmash:latin=Astana"; ("forbidden", "true") for a
    flag; ("", "") for a note that is no extension."""
    if not text.startswith(EXTENSION):
        return "", ""
    key, _eq, value = text[len(EXTENSION):].partition("=")
    return key.strip(), value.strip() if _eq else "true"


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


class _Reading:
    """What is said once per file while its entries are read: languages skipped, languages
    whose first term was made preferred, links that lead nowhere."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen_ids: dict[str, int] = {}
        self.ids: dict[str, str] = {}  # an entry's id (or a term's) as written -> concept id
        self.other_langs: dict[str, int] = {}
        self.first_line: dict[str, int | None] = {}
        self.promoted = 0
        self.promoted_line: int | None = None
        self.demoted = 0
        self.demoted_line: int | None = None

    def finish(self, result: ReadResult) -> None:
        """Links resolved to the concepts' final ids; the notes of the file, each once."""
        for index, concept in enumerate(result.concepts):
            related = tuple(self.ids.get(t, self.ids.get(t.lower(), "")) for t in concept.related)
            homonyms = tuple(self.ids.get(t, self.ids.get(t.lower(), ""))
                             for t in concept.homonyms)
            missing = [t for t, r in zip(concept.related + concept.homonyms,
                                         related + homonyms, strict=True) if not r]
            for target in missing:
                result.problems.append(Problem(Severity.WARNING, "unknown-related", _(
                    "a link to {target!r}, which is no concept of the file; dropped").format(
                    target=target), result.where.concepts[index]))
            if missing or related != concept.related or homonyms != concept.homonyms:
                result.concepts[index] = replace(
                    concept, related=tuple(r for r in related if r and r != concept.id),
                    homonyms=tuple(r for r in homonyms if r and r != concept.id))
        if self.other_langs:
            result.problems.append(Problem(Severity.WARNING, "other-language", _(
                "terms in languages other than kk, ru and en are skipped: {langs}").format(
                langs=", ".join(f"{code} ({n})" for code, n in self.other_langs.items())),
                Origin(self.name, next(iter(self.first_line.values())))))
        if self.promoted:
            result.problems.append(Problem(Severity.WARNING, "first-preferred", ngettext(
                "{n} language section has terms but no preferred one: its first term is "
                "taken as preferred",
                "{n} language sections have terms but no preferred one: the first term of "
                "each is taken as preferred", self.promoted).format(n=self.promoted),
                Origin(self.name, self.promoted_line)))
        if self.demoted:
            result.problems.append(Problem(Severity.WARNING, "many-preferred", ngettext(
                "{n} term is a second preferred term of its language: taken as admitted",
                "{n} terms are a second preferred term of their language: taken as admitted",
                self.demoted).format(n=self.demoted), Origin(self.name, self.demoted_line)))


def read_tbx(data: bytes, name: str) -> ReadResult:
    """Concepts of a TBX v3 (tbx/conceptEntry) or v2 (martif/termEntry) file.

    The file is read as a stream of entries (``iterparse``), each dropped once it is a concept,
    so memory follows the glossary, not the XML tree: a whole tree of 100k concepts took 1.6 GB.
    """
    result = ReadResult()
    reading = _Reading(name)
    try:
        check_xml(data, name)
        entries = etree.iterparse(
            io.BytesIO(data), events=("start", "end"), tag=_ROOT_TAGS + _ENTRY_TAGS,
            resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
            remove_comments=True)
        entry_tag = ""
        for event, element in entries:
            if not entry_tag:
                root = element.getroottree().getroot()
                if local_name(root) not in ("tbx", "martif"):
                    result.problems.append(Problem(Severity.ERROR, "xml", _(
                        "not a TBX file: the root element is <{tag}>").format(
                        tag=local_name(root)), Origin(name, root.sourceline)))
                    return result
                entry_tag = "conceptEntry" if local_name(root) == "tbx" else "termEntry"
            if event != "end" or local_name(element) != entry_tag:
                continue
            refuse_entity_references(element, name)
            origin = Origin(name, element.sourceline)
            concept = _entry(element, entry_tag == "conceptEntry", origin, result.problems,
                             reading)
            if concept is not None:
                result.where.concepts.append(origin)
                result.concepts.append(concept)
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del element.getparent()[0]
        if not entry_tag:
            root = entries.root
            tag = local_name(root) if root is not None else ""
            if tag not in ("tbx", "martif"):
                result.problems.append(Problem(Severity.ERROR, "xml", _(
                    "not a TBX file: the root element is <{tag}>").format(tag=tag),
                    Origin(name, root.sourceline if root is not None else None)))
        reading.finish(result)
    except InputError as exc:
        result.problems.append(Problem(Severity.ERROR, "xml", exc.detail, Origin(name, exc.line)))
    except etree.XMLSyntaxError as exc:
        result.concepts.clear()
        result.where.concepts.clear()
        result.problems.append(Problem(Severity.ERROR, "xml", _(
            "not well-formed XML: {problem}").format(problem=exc.msg), Origin(name, exc.lineno)))
    return result


_ROOT_TAGS = ("{*}tbx", "{*}martif")
_ENTRY_TAGS = ("{*}conceptEntry", "{*}termEntry")
# Elements whose kind is their ``type`` attribute (DCA style, and TBX v2); in DCT style
# (``<min:administrativeStatus>``, ``<basic:definition>``) the element's name is the kind.
_TYPED = frozenset({"descrip", "termNote", "admin", "ref", "xref", "transac", "transacNote",
                    "date", "hi", "foreign"})
_GROUPS = frozenset({"descripGrp", "adminGrp", "termGrp", "termNoteGrp"})
# Links to another concept; xref, externalCrossReference and xGraphic point outside the file
# (a web page, an image), never to a concept.
_CONCEPT_LINKS = frozenset({"crossReference", "x-homonym", "relatedConcept", "relatedTerm"})


def _category(element: etree._Element) -> str:
    """The data category of an element: ``definition`` for ``<descrip type="definition">``
    and for ``<basic:definition>``; ``ref:crossReference`` for an internal link; ``xref:…``
    for an external one; the element's name for term, note and the rest."""
    tag = local_name(element)
    if tag in ("ref", "xref"):
        return f"{tag}:{element.get('type', '') or 'crossReference'}"
    if tag in _TYPED:
        return str(element.get("type", ""))
    return tag


def _items(parent: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(data category, element) of the children of an entry or a section, groups opened
    (``<descripGrp><descrip type="definition">`` is a definition)."""
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        if local_name(child) in _GROUPS:
            yield from _items(child)
        else:
            yield _category(child), child


def _is_link(category: str, element: etree._Element) -> bool:
    kind = category.partition(":")[2] if ":" in category else category
    return (category.startswith("ref:") or category in ("crossReference", "x-homonym")) and \
        kind in _CONCEPT_LINKS and bool(element.get("target"))


def _entry(entry: etree._Element, v3: bool, origin: Origin, problems: list[Problem],
           reading: _Reading) -> Concept | None:
    kind = Kind.OTHER
    definition = note = source = ""
    related: list[str] = []
    homonyms: list[str] = []
    broader: list[str] = []
    for category, child in _items(entry):
        if category == "subjectField":
            try:
                kind = Kind(_text(child))
            except ValueError:
                note = (note + "\n" if note else "") + _text(child)
        elif category == "definition":
            definition = definition or _text(child)
        elif category == "note":
            key, value = _extension(_text(child))
            if key == "homonym":
                homonyms.append(value)
            elif key == "broader":
                broader.append(value)
            elif not key:
                note = (note + "\n" if note else "") + _text(child)
        elif category == "source":
            source = _text(child)
        elif category.endswith(BROADER) and child.get("target"):
            broader.append(child.get("target", ""))
        elif _is_link(category, child):
            (homonyms if category.endswith("x-homonym") else related).append(
                child.get("target", ""))
    terms: dict[Lang, list[Term]] = {lang: [] for lang in LANGS}
    derived: list[Derived] = []
    definitions: dict[Lang, str] = {}
    term_ids: list[str] = []
    for section in entry.iter("{*}langSec", "{*}langSet", "langSet"):
        code = section.get(XML_LANG) or section.get("lang") or ""
        try:
            lang = parse_lang(code)
        except UnknownLanguage:
            reading.other_langs[code] = reading.other_langs.get(code, 0) + 1
            reading.first_line.setdefault(code, section.sourceline)
            continue
        for category, child in _items(section):
            if category == "definition" and lang not in definitions:
                definitions[lang] = _text(child)
            if local_name(child) not in ("termSec", "tig", "ntig"):
                continue
            term = _term(child, problems, origin.file)
            if isinstance(term, Term):
                terms[lang].append(term)
                term_ids.extend(e.get("id", "") for e in child.iter("{*}term", "term")
                                if e.get("id"))
            elif term is not None:
                derived.append(Derived(lang, *term))
        _one_preferred(terms[lang], reading, section.sourceline)
    if not any(terms.values()) and not derived:
        return None
    if not definition:
        definition = next((definitions[lang] for lang in (Lang.EN, Lang.RU, Lang.KK)
                           if definitions.get(lang)), "")
    written_id = entry.get("id", "")
    concept_id = written_id
    if not concept_id or not v3:
        named = terms[Lang.EN] or terms[Lang.RU] or terms[Lang.KK] or derived
        first = named[0].text
        if not ID_PATTERN.match(concept_id.lower()):
            concept_id = f"{kind.value}-{slugify(first) or 'term'}"
        concept_id = concept_id.lower()
    if concept_id in reading.seen_ids:
        reading.seen_ids[concept_id] += 1
        concept_id = f"{concept_id}-{reading.seen_ids[concept_id]}"
    else:
        reading.seen_ids[concept_id] = 1
    for key in (written_id, *term_ids):
        if key:
            reading.ids.setdefault(key, concept_id)
    reading.ids.setdefault(concept_id, concept_id)
    return Concept(concept_id, kind, tuple(terms[Lang.KK]), tuple(terms[Lang.RU]),
                   tuple(terms[Lang.EN]), definition, note, source, tuple(related),
                   tuple(homonyms), tuple(derived), tuple(broader))


def _one_preferred(terms: list[Term], reading: _Reading, line: int | None) -> None:
    """One preferred term per language, as the glossary needs. A language with terms but no
    preferred one (a termbase that records no status) gets its first usable term preferred,
    as termbases list the main term first; a second preferred term becomes admitted."""
    preferred = [i for i, t in enumerate(terms) if t.status is Status.PREFERRED]
    for index in preferred[1:]:
        terms[index] = replace(terms[index], status=Status.ADMITTED)
        reading.demoted += 1
        reading.demoted_line = reading.demoted_line or line
    if not terms or preferred:
        return
    for index, term in enumerate(terms):
        if term.status is Status.ADMITTED:
            terms[index] = replace(term, status=Status.PREFERRED)
            reading.promoted += 1
            reading.promoted_line = reading.promoted_line or line
            return


_DerivedFields = tuple[str, Form, str, bool, bool, str]


def _term(section: etree._Element, problems: list[Problem], file: str
          ) -> Term | _DerivedFields | None:
    """A term, or the fields of a derived form after its language (it has the note
    ``tilmash:derivedForm=...``, or the older ``x-derivedForm`` term note)."""
    text = ""
    form: Form | None = None
    status, term_type = Status.ADMITTED, TermType.FULL_FORM
    note = latin = ""
    case_sensitive, inflects, forbidden = False, True, False
    for element in section.iter(etree.Element):
        if not isinstance(element.tag, str) or element is section:
            continue
        kind_of = _category(element)
        value = _text(element)
        if kind_of == "term" and not text:
            text = value
        elif kind_of in ("administrativeStatus", "normativeAuthorization"):
            status = _STATUS_IN.get(value.lower(), status)
        elif kind_of in ("termType", "termtype"):
            term_type = _TYPES.get(value.lower(), TermType.VARIANT)
        elif kind_of == "x-forbidden":
            forbidden = value == "true"
        elif kind_of == "x-caseSensitive":
            case_sensitive = value == "true"
        elif kind_of == "x-inflects":
            inflects = value != "false"
        elif kind_of == "x-latin":
            latin = value
        elif kind_of == DERIVED:
            form = Form.DEMONYM if value.lower() == Form.DEMONYM.value else Form.ADJECTIVE
        elif kind_of == "note" and _extension(value)[0]:
            key, flag = _extension(value)
            if key == "derivedForm":
                form = Form.DEMONYM if flag.lower() == Form.DEMONYM.value else Form.ADJECTIVE
            forbidden = forbidden or (key == "forbidden" and flag == "true")
            case_sensitive = case_sensitive or (key == "caseSensitive" and flag == "true")
            inflects = inflects and not (key == "inflects" and flag == "false")
            latin = flag if key == "latin" else latin
        elif kind_of in ("note", "context"):
            note = (note + "\n" if note else "") + value
    if not text:
        problems.append(Problem(Severity.WARNING, "empty-term", _(
            "a term without text; skipped"), Origin(file, section.sourceline)))
        return None
    if form is not None:
        return text, form, note, case_sensitive, inflects, latin
    if forbidden:
        status = Status.FORBIDDEN
    return Term(text, status, term_type, note, case_sensitive, inflects, latin)
