"""Three versions of one article at once (kk, ru and en): every check on every pair, then the
majority across the three.

The versions are split into sentences and aligned through the Russian one (the pivot), as
``tilmash align --kk --ru --en`` does, or paired line by line (``by_line``); each aligned unit
holds the sentences of every version that render one another. Then:

1. every check runs on each of the six directed pairs of versions (kk→ru, kk→en, ru→kk, ...),
   so that each version is checked against both others, and pair-level improvements (derived
   forms, broader concepts, number words) serve the three-way mode as they serve pairs;
2. the pair findings are resolved by majority, one finding per fault, in the version at fault,
   as each check's ``majority`` (:class:`toolkit.check.base.Majority`) says:

   - ``term-missing``: a concept that both other versions render and this one does not ("the
     English version lacks ..., which the Kazakh and Russian versions have"); one that only one
     other version renders is still missing, named as such;
   - number and date mismatches: the version that disagrees with both others is at fault; when
     only two versions disagree and the third agrees with each, or all three differ, the
     finding is reported once, in the later version of the pair that disagrees;
   - the other checks (deprecated, misspelled, untranslated, inconsistent terms, fuzzy entries)
     belong to the version they are found in, and are reported once;
   - a run of units that one version leaves empty (a draft translated in part) is one
     ``sentence-missing`` error in it, not a term-missing error per term nor a number
     mismatch per number.

Why six pairs and not three: a check is defined from a source to a target (term-missing looks
for the source's concepts in the target), so a version is only fully checked as a target of
both others. The run's :class:`~toolkit.check.pairing.Pairing` looks each text's mentions up
once (for the aligner and all six pairs), so the extra pairs cost little.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import permutations
from typing import TYPE_CHECKING

from toolkit.check.base import Check, Finding, Majority, Mode, Severity
from toolkit.check.pairing import Pairing, joined_doubtful_deletions
from toolkit.check.registry import CHECKS
from toolkit.check.runner import check_pairs
from toolkit.check.terms import TermMissing
from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.labels import lang_label, number
from toolkit.lang import LANGS, Lang
from toolkit.match import Matcher

if TYPE_CHECKING:
    from toolkit.report.findings import Report

__all__ = ["Trio", "check_trio", "three_way_report", "trio_units"]

@dataclass(frozen=True)
class Trio:
    """The aligned units of three versions: ``texts[lang][k]`` is unit k in that version
    (empty when it has no sentence there), ``lines[lang][k]`` the 1-based line it starts on."""

    texts: Mapping[Lang, Sequence[str]]
    lines: Mapping[Lang, Sequence[int]]

    def __len__(self) -> int:
        return len(self.texts[Lang.RU])

    def segments(self, source: Lang, target: Lang) -> Segments:
        return Segments(self.texts[source], self.texts[target], self.lines[source],
                        self.lines[target])


def trio_units(texts: Mapping[Lang, str], glossary: Glossary, by_line: bool = False,
               matchers: dict[Lang, Matcher] | None = None,
               pairing: Pairing | None = None) -> Trio:
    """Align three versions into units: through the Russian sentences, or line by line
    (with the run's ``pairing``, else one over ``matchers``)."""
    if by_line:
        split = {lang: texts[lang].splitlines() for lang in LANGS}
        count = max(len(v) for v in split.values())
        kept = [k for k in range(count)
                if any(k < len(split[lang]) and split[lang][k].strip() for lang in LANGS)]
        return Trio({lang: [split[lang][k] if k < len(split[lang]) else "" for k in kept]
                     for lang in LANGS}, {lang: [k + 1 for k in kept] for lang in LANGS})
    from toolkit.align.units import pivot_units
    from toolkit.formats.plain import sentences_with_lines

    split3 = {lang: sentences_with_lines(texts[lang], lang) for lang in LANGS}
    pairing = pairing or Pairing(glossary, matchers)
    pivot = split3[Lang.RU]
    # A sentence the aligner is unsure has no counterpart is checked with its neighbours, as
    # in a pair (toolkit.check.pairing.joined_doubtful_deletions).
    alignments = {
        other: joined_doubtful_deletions(pairing.align(pivot[0], split3[other][0], Lang.RU,
                                                       other, pivot[2], split3[other][2]))
        for other in (Lang.KK, Lang.EN)}
    out_texts: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
    out_lines: dict[Lang, list[int]] = {lang: [] for lang in LANGS}
    last = dict.fromkeys(LANGS, 1)
    for unit in pivot_units(alignments):
        indices = {Lang.RU: unit["pivot"], Lang.KK: unit.get(Lang.KK, ()),
                   Lang.EN: unit.get(Lang.EN, ())}
        for lang in LANGS:
            sentences, lines, _breaks = split3[lang]
            out_texts[lang].append(" ".join(sentences[i] for i in indices[lang]))
            if indices[lang]:
                last[lang] = lines[indices[lang][0]]
            out_lines[lang].append(last[lang])
    return Trio(out_texts, out_lines)


def check_trio(glossary: Glossary, trio: Trio,
               matchers: dict[Lang, Matcher] | None = None,
               checks: Sequence[Check] = CHECKS, pairing: Pairing | None = None) -> list[Finding]:
    """Findings over three aligned versions, each in the version at fault (``Finding.lang``);
    ``Finding.other`` names the version a term-missing finding's source span is in. Each of
    ``checks`` that supports :data:`Mode.THREE_WAY` runs on every pair; its findings are
    settled as its ``majority`` says (with the run's ``pairing``, else one over ``matchers``)."""
    pairing = pairing or Pairing(glossary, matchers)
    running = [check for check in checks if Mode.THREE_WAY in check.modes]
    by_pair = {(source, target): check_pairs(glossary, source, target,
                                            trio.segments(source, target), checks=running,
                                            mode=Mode.THREE_WAY, pairing=pairing)
               for source, target in permutations(LANGS, 2)}
    majority = {check.id: check.majority for check in running}

    def of_kind(kind: Majority) -> dict[tuple[Lang, Lang], list[Finding]]:
        return {pair: [f for f in findings if majority.get(f.check, Majority.OWN) is kind]
                for pair, findings in by_pair.items()}

    findings = (_missing(of_kind(Majority.RENDERING), trio)
                + _relational(of_kind(Majority.COMPARISON)) + _intrinsic(of_kind(Majority.OWN)))
    if any(check.id == TermMissing.id for check in running):
        findings = _untranslated_runs(findings, trio)
    return sorted(findings, key=lambda f: (f.segment, -f.severity.rank, f.lang.value, f.check))


def _untranslated_runs(findings: list[Finding], trio: Trio) -> list[Finding]:
    """A run of units that one version leaves empty and another has text in is one
    ``sentence-missing`` error in that version, naming the terms it lacks and their lines in
    the version they are quoted from, instead of a term-missing error per term (as
    :class:`~toolkit.check.omission.SentenceMissing` says it for a pair); a run whose
    missing terms no finding names gets none."""
    from toolkit.check.omission import (
        SentenceMissing,
        consecutive_runs,
        lines_text,
        listed_terms,
    )

    empty = {lang: [k for k in range(len(trio)) if not trio.texts[lang][k].strip()
                    and any(trio.texts[other][k].strip() for other in LANGS if other is not lang)]
             for lang in LANGS}
    inside = {(lang, k) for lang, units in empty.items() for k in units}
    # What the pairs said of an empty unit in a version (terms it lacks, numbers not in it) is
    # said by its run's one finding, or, with no term, not at all: an empty text is not
    # compared, as in a pair. The term-missing findings are kept by unit, in their order.
    out: list[Finding] = []
    lacking: dict[tuple[Lang, int], list[tuple[int, Finding]]] = {}
    for order, f in enumerate(findings):
        if (f.lang, f.segment) not in inside:
            out.append(f)
        elif f.check == TermMissing.id and f.source_span:
            lacking.setdefault((f.lang, f.segment), []).append((order, f))
    for lang in LANGS:
        for run in consecutive_runs(empty[lang]):
            said = [f for _order, f in sorted(
                (item for k in run for item in lacking.get((lang, k), ())),
                key=lambda item: item[0])]
            if not said:
                continue
            other = said[0].other or Lang.RU
            named = [f.source_span.text for f in said if f.source_span and f.other is other]
            n = len(run)
            message = ngettext(
                "the {lang} version has no translation of {n} sentence ({where} of the {other} "
                "version); its glossary terms are not checked: {listed}",
                "the {lang} version has no translation of {n} sentences ({where} of the {other} "
                "version); their glossary terms are not checked: {listed}", n).format(
                lang=lang_label(lang), n=number(n), other=lang_label(other),
                where=lines_text(str(trio.lines[other][run[0]]),
                                 str(trio.lines[other][run[-1]])),
                listed=listed_terms(named))
            out.append(Finding(SentenceMissing.id, SentenceMissing.severity, run[0],
                               trio.lines[lang][run[0]], message, lang, segments=n))
    return out


def _missing(by_pair: Mapping[tuple[Lang, Lang], list[Finding]], trio: Trio) -> list[Finding]:
    """Findings of :data:`Majority.RENDERING` (term-missing) by majority: both other versions
    render the concept → an error in this one; only one version mentions it → one info there
    (which side is right, an omission in two versions or an addition in one, is for the
    editor to say)."""
    having: dict[tuple[int, Lang, str], dict[Lang, Finding]] = defaultdict(dict)
    for (source, target), findings in by_pair.items():
        for f in findings:
            having[(f.segment, target, f.concept)][source] = f
    lacking: dict[tuple[int, Lang, str], list[Lang]] = defaultdict(list)
    for (segment, lang, concept), sources in having.items():
        if len(sources) == 1:
            (only,) = sources
            lacking[(segment, only, concept)].append(lang)
    out = []
    for (segment, lang, _concept), sources in sorted(
            having.items(), key=lambda kv: (kv[0][0], kv[0][1].value, kv[0][2])):
        if len(sources) != 2:
            continue
        a, b = sorted(sources, key=LANGS.index)
        first = sources[a]
        shown = first.source_span.text if first.source_span else ""
        message = _("the {lang} version lacks “{expected}”, which the {first} and {second} "
                    "versions have (“{shown}”)").format(
            lang=lang_label(lang), expected=first.expected, first=lang_label(a),
            second=lang_label(b), shown=shown)
        out.append(replace(first, lang=lang, line=trio.lines[lang][segment], message=message,
                           other=a))
    for (segment, only, concept), langs in sorted(
            lacking.items(), key=lambda kv: (kv[0][0], kv[0][1].value, kv[0][2])):
        if len(langs) != 2:
            continue  # the third version renders it: the pair finding above is the fault
        finding = having[(segment, langs[0], concept)][only]
        x, y = sorted(langs, key=LANGS.index)
        shown = finding.source_span.text if finding.source_span else ""
        out.append(replace(
            finding, severity=Severity.INFO, lang=only, line=trio.lines[only][segment],
            other=None, target_span=finding.source_span, source_span=None,
            expected="", suggestion="", found=shown,
            message=_("only the {lang} version mentions “{shown}”: the {first} and {second} "
                      "versions do not render it").format(
                lang=lang_label(only), shown=shown, first=lang_label(x),
                second=lang_label(y))))
    return out


def _relational(by_pair: Mapping[tuple[Lang, Lang], list[Finding]]) -> list[Finding]:
    """Findings of :data:`Majority.COMPARISON` (number and date mismatches), attributed to the
    version that disagrees with both others (told in the words of the pair whose target it
    is)."""
    flagged: dict[tuple[int, str], dict[frozenset[Lang], dict[Lang, Finding]]] = defaultdict(
        lambda: defaultdict(dict))
    for (source, target), findings in by_pair.items():
        for f in findings:
            flagged[(f.segment, f.check)][frozenset((source, target))].setdefault(target, f)
    out = []
    for (_segment, _check), pairs in sorted(flagged.items()):
        counts: dict[Lang, int] = defaultdict(int)
        for pair in pairs:
            for lang in pair:
                counts[lang] += 1
        odd = [lang for lang, n in counts.items() if n == 2]
        if len(pairs) == 2 and len(odd) == 1:
            faults = [(odd[0], next(p for p in pairs if odd[0] in p))]
        else:
            faults = [(max(pair, key=LANGS.index), pair) for pair in pairs]
        for fault, pair in faults:
            directed = pairs[pair]
            finding = directed.get(fault) or next(iter(directed.values()))
            out.append(replace(finding, lang=fault, other=next(x for x in pair if x != fault)))
    return out


def _intrinsic(by_pair: Mapping[tuple[Lang, Lang], list[Finding]]) -> list[Finding]:
    """Findings of :data:`Majority.OWN`, each reported once in the version it is found in."""
    seen: set[tuple[int, Lang, str, str, str]] = set()
    out = []
    for (_source, target), findings in by_pair.items():
        for f in findings:
            key = (f.segment, target, f.check, f.concept, f.found)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out



def three_way_report(glossary: Glossary, versions: Mapping[Lang, tuple[str, str]],
                     by_line: bool = False,
                     matchers: dict[Lang, Matcher] | None = None,
                     pairing: Pairing | None = None) -> Report:
    """The report of a three-way check of ``versions`` (lang → (file name, text)), with the
    run's ``pairing``, else one over ``matchers``."""
    from toolkit.report.findings import Report, Version

    pairing = pairing or Pairing(glossary, matchers)
    trio = trio_units({lang: text for lang, (_name, text) in versions.items()}, glossary,
                      by_line, pairing=pairing)
    findings = check_trio(glossary, trio, pairing=pairing)
    return Report(findings, trio.texts[Lang.RU], trio.texts[Lang.EN],
                  {"file": versions[Lang.RU][0], "lang": "ru"},
                  {"file": versions[Lang.EN][0], "lang": "en"},
                  versions=[Version(lang, versions[lang][0], trio.texts[lang], trio.lines[lang])
                            for lang in LANGS])
