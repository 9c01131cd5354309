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
          <ref type="crossReference" target="place-khakassia"/>
          <ref type="x-homonym" target="..."/>
          <langSec xml:lang="kk"><termSec>
            <term>Абакан</term>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <note>...</note>
          </termSec></langSec>
        </conceptEntry>
      </body></text>
    </tbx>

TBX-Basic has no "forbidden" status: a forbidden term is written as deprecatedTerm-admn-sts
with ``<termNote type="x-forbidden">true</termNote>``; case sensitivity, inflection and the
Kazakh Latin form travel as ``x-`` term notes, which other tools keep and ignore.

v2 (``martif/text/body/termEntry/langSet/tig|ntig``, as MultiTerm, Weblate and
translate-toolkit write it) is read: ``descrip`` definitions and notes, ``termNote`` types and
statuses (``preferredTerm-admn-sts``, ``admittedTerm-admn-sts``, ...; plain ``preferred`` too).
Concepts without an id get one from their English (else first) term.
"""

from __future__ import annotations

import io

from lxml import etree

from toolkit import __version__
from toolkit.errors import InputError
from toolkit.formats.xml import check_xml, local_name
from toolkit.glossary.fields import slugify
from toolkit.glossary.model import ID_PATTERN, Concept, Glossary, Kind, Status, Term, TermType
from toolkit.glossary.store import ReadResult
from toolkit.glossary.validate import Origin, Problem, Severity
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang, UnknownLanguage, parse_lang

__all__ = ["read_tbx", "write_tbx"]

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_OUT = {Status.PREFERRED: "preferredTerm-admn-sts", Status.ADMITTED: "admittedTerm-admn-sts",
               Status.DEPRECATED: "deprecatedTerm-admn-sts",
               Status.FORBIDDEN: "deprecatedTerm-admn-sts"}
_STATUS_IN = {"preferredterm-admn-sts": Status.PREFERRED, "preferred": Status.PREFERRED,
              "admittedterm-admn-sts": Status.ADMITTED, "admitted": Status.ADMITTED,
              "deprecatedterm-admn-sts": Status.DEPRECATED, "deprecated": Status.DEPRECATED,
              "supersededterm-admn-sts": Status.DEPRECATED, "superseded": Status.DEPRECATED,
              "forbidden": Status.FORBIDDEN, "nonstandardterm-admn-sts": Status.ADMITTED}
_TYPES = {t.value.lower(): t for t in TermType} | {
    "fullform": TermType.FULL_FORM, "full form": TermType.FULL_FORM,
    "shortform": TermType.SHORT_FORM, "abbreviation": TermType.ABBREVIATION,
    "acronym": TermType.ACRONYM, "variant": TermType.VARIANT}


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
        _sub(entry, "ref", target, type="crossReference", target=target)
    for target in concept.homonyms:
        _sub(entry, "ref", target, type="x-homonym", target=target)
    for lang in LANGS:
        terms = concept.terms(lang)
        if not terms:
            continue
        section = _sub(entry, "langSec", **{XML_LANG: lang.value})
        for term in terms:
            term_section = _sub(section, "termSec")
            _sub(term_section, "term", term.text)
            _sub(term_section, "termNote", term.type.value, type="termType")
            _sub(term_section, "termNote", _STATUS_OUT[term.status],
                 type="administrativeStatus")
            if term.status is Status.FORBIDDEN:
                _sub(term_section, "termNote", "true", type="x-forbidden")
            if term.case_sensitive:
                _sub(term_section, "termNote", "true", type="x-caseSensitive")
            if not term.inflects:
                _sub(term_section, "termNote", "false", type="x-inflects")
            if term.latin:
                _sub(term_section, "termNote", term.latin, type="x-latin")
            if term.note:
                _sub(term_section, "note", term.note)
    return entry


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


def read_tbx(data: bytes, name: str) -> ReadResult:
    """Concepts of a TBX v3 (tbx/conceptEntry) or v2 (martif/termEntry) file.

    The file is read as a stream of entries (``iterparse``), each dropped once it is a concept,
    so memory follows the glossary, not the XML tree: a whole tree of 100k concepts took 1.6 GB.
    """
    result = ReadResult()
    try:
        check_xml(data, name)
        entries = etree.iterparse(
            io.BytesIO(data), events=("start", "end"), tag=_ROOT_TAGS + _ENTRY_TAGS,
            resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
            remove_comments=True)
        entry_tag = ""
        seen_ids: dict[str, int] = {}
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
            origin = Origin(name, element.sourceline)
            concept = _entry(element, entry_tag == "conceptEntry", origin, result.problems,
                             seen_ids)
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


def _entry(entry: etree._Element, v3: bool, origin: Origin, problems: list[Problem],
           seen_ids: dict[str, int]) -> Concept | None:
    kind = Kind.OTHER
    definition = note = source = ""
    related: list[str] = []
    homonyms: list[str] = []
    for child in entry:
        tag, kind_of = local_name(child), child.get("type", "")
        if tag == "descrip" and kind_of == "subjectField":
            try:
                kind = Kind(_text(child))
            except ValueError:
                note = (note + "\n" if note else "") + _text(child)
        elif tag == "descrip" and kind_of == "definition":
            definition = _text(child)
        elif tag == "note" or (tag == "descrip" and kind_of == "note"):
            note = (note + "\n" if note else "") + _text(child)
        elif tag == "admin" and kind_of == "source":
            source = _text(child)
        elif tag in ("ref", "xref") and child.get("target"):
            (homonyms if kind_of == "x-homonym" else related).append(child.get("target", ""))
    terms: dict[Lang, list[Term]] = {lang: [] for lang in LANGS}
    for section in entry.iter("{*}langSec", "{*}langSet", "langSet"):
        code = section.get(XML_LANG) or section.get("lang") or ""
        try:
            lang = parse_lang(code)
        except UnknownLanguage:
            problems.append(Problem(Severity.WARNING, "other-language", _(
                "terms in {code!r} are not kk, ru or en; skipped").format(code=code),
                Origin(origin.file, section.sourceline)))
            continue
        for term_section in section:
            if local_name(term_section) not in ("termSec", "tig", "ntig"):
                continue
            term = _term(term_section, problems, origin.file)
            if term is not None:
                terms[lang].append(term)
    if not any(terms.values()):
        return None
    concept_id = entry.get("id", "")
    if not concept_id or not v3:
        first = (terms[Lang.EN] or terms[Lang.RU] or terms[Lang.KK])[0].text
        if not ID_PATTERN.match(concept_id.lower()):
            concept_id = f"{kind.value}-{slugify(first) or 'term'}"
        concept_id = concept_id.lower()
    if concept_id in seen_ids:
        seen_ids[concept_id] += 1
        concept_id = f"{concept_id}-{seen_ids[concept_id]}"
    else:
        seen_ids[concept_id] = 1
    return Concept(concept_id, kind, tuple(terms[Lang.KK]), tuple(terms[Lang.RU]),
                   tuple(terms[Lang.EN]), definition, note, source, tuple(related),
                   tuple(homonyms))


def _term(section: etree._Element, problems: list[Problem], file: str) -> Term | None:
    text = ""
    status, term_type = Status.ADMITTED, TermType.FULL_FORM
    note = latin = ""
    case_sensitive, inflects, forbidden, had_status = False, True, False, False
    # Elements only: a processing instruction or comment inside a term has no text of its own.
    for element in section.iter(etree.Element):
        tag, kind_of = local_name(element), element.get("type", "")
        value = _text(element)
        if tag == "term" and not text:
            text = value
        elif tag == "termNote" and kind_of == "administrativeStatus":
            status = _STATUS_IN.get(value.lower(), Status.ADMITTED)
            had_status = True
        elif tag in ("termNote", "descrip") and kind_of in ("termType", "termtype"):
            term_type = _TYPES.get(value.lower(), TermType.VARIANT)
        elif tag == "termNote" and kind_of == "x-forbidden":
            forbidden = value == "true"
        elif tag == "termNote" and kind_of == "x-caseSensitive":
            case_sensitive = value == "true"
        elif tag == "termNote" and kind_of == "x-inflects":
            inflects = value != "false"
        elif tag == "termNote" and kind_of == "x-latin":
            latin = value
        elif tag == "note" or (tag == "descrip" and kind_of in ("note", "context")):
            note = (note + "\n" if note else "") + value
    if not text:
        problems.append(Problem(Severity.WARNING, "empty-term", _(
            "a term without text; skipped"), Origin(file, section.sourceline)))
        return None
    if forbidden:
        status = Status.FORBIDDEN
    if not had_status:
        status = Status.ADMITTED
    return Term(text, status, term_type, note, case_sensitive, inflects, latin)
