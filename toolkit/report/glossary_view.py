"""Terminal views of the glossary: concepts side by side in kk, ru, en, and statistics."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from toolkit.glossary.diff import GlossaryDiff
from toolkit.glossary.model import Concept, Kind, Status, Term
from toolkit.glossary.stats import GlossaryStats
from toolkit.i18n import gettext as _
from toolkit.labels import kind_label, lang_label, number, status_label, type_label
from toolkit.lang import LANGS

__all__ = ["render_concepts", "render_diff", "render_stats"]

_STYLE = {
    Status.PREFERRED: "bold",
    Status.ADMITTED: "",
    Status.DEPRECATED: "yellow",
    Status.FORBIDDEN: "red strike",
}


def _term_text(term: Term) -> Text:
    text = Text(term.text, style=_STYLE[term.status])
    details = [] if term.status is Status.PREFERRED else [status_label(term.status)]
    if term.type.value != "fullForm":
        details.append(type_label(term.type))
    if term.latin:
        details.append(term.latin)
    if details:
        text.append(" (" + ", ".join(details) + ")", style="dim")
    if term.note:
        text.append("\n  " + term.note, style="dim italic")
    return text


def render_concepts(console: Console, concepts: Sequence[Concept]) -> None:
    """One table per concept: its id and kind, then its terms in the three languages."""
    for concept in concepts:
        table = Table(title=f"{concept.id} · {kind_label(concept.kind)}", title_justify="left",
                      expand=True, show_lines=False)
        for lang in LANGS:
            table.add_column(lang_label(lang), ratio=1, overflow="fold")
        cells = []
        for lang in LANGS:
            cell = Text()
            for n, term in enumerate(concept.terms(lang)):
                if n:
                    cell.append("\n")
                cell.append_text(_term_text(term))
            cells.append(cell if concept.terms(lang) else Text("—", style="dim"))
        table.add_row(*cells)
        console.print(table)
        for label, value in ((_("Definition"), concept.definition), (_("Note"), concept.note),
                             (_("Source"), concept.source)):
            if value:
                console.print(Text(f"{label}: ", style="bold").append(value, style=""))
        if concept.derived:
            console.print(Text(_("Derived forms") + ": ", style="bold").append("; ".join(
                f"{d.lang.value} {d.text} ({d.form.value})" for d in concept.derived)))
        if concept.broader:
            console.print(Text(_("Broader") + ": ", style="bold").append(
                ", ".join(concept.broader)))
        if concept.related:
            console.print(Text(_("Related") + ": ", style="bold").append(
                ", ".join(concept.related)))
        console.print()


def render_stats(console: Console, stats: GlossaryStats) -> None:
    """Concepts by kind with their coverage per language, then terms by language and status."""
    kinds = Table(title=_("Concepts"), title_justify="left")
    kinds.add_column(_("Kind"))
    kinds.add_column(_("Concepts"), justify="right")
    for lang in LANGS:
        kinds.add_column(lang_label(lang), justify="right")
    for kind in Kind:
        if stats.concepts[kind]:
            kinds.add_row(kind_label(kind), number(stats.concepts[kind]),
                          *(number(stats.covered[(kind, lang)]) for lang in LANGS))
    kinds.add_row(Text(_("Total"), style="bold"), Text(number(stats.total), style="bold"),
                  *(Text(number(sum(stats.covered[(k, lang)] for k in Kind)), style="bold")
                    for lang in LANGS))
    console.print(kinds)
    terms = Table(title=_("Terms"), title_justify="left")
    terms.add_column(_("Status"))
    for lang in LANGS:
        terms.add_column(lang_label(lang), justify="right")
    for status in Status:
        terms.add_row(status_label(status), *(number(stats.terms[(lang, status)])
                                              for lang in LANGS))
    console.print(terms)
    console.print(_("Language columns count the concepts that have a preferred term in it."),
                  style="dim")


def render_diff(console: Console, diff: GlossaryDiff) -> None:
    """Concepts added, removed and changed (field by field, old and new), then the counts."""
    for concept in diff.added:
        console.print(Text("+ ", style="green bold").append(
            f"{concept.id} · {kind_label(concept.kind)}", style="green"))
    for concept in diff.removed:
        console.print(Text("- ", style="red bold").append(
            f"{concept.id} · {kind_label(concept.kind)}", style="red"))
    for change in diff.changed:
        console.print(Text("~ ", style="yellow bold").append(change.id, style="yellow"))
        for field_change in change.fields:
            console.print(Text(f"    {field_change.field}: ", style="bold")
                          .append(field_change.old or "—", style="red")
                          .append(" → ").append(field_change.new or "—", style="green"))
    console.print(_("{added} added, {changed} changed, {removed} removed").format(
        added=number(len(diff.added)), changed=number(len(diff.changed)),
        removed=number(len(diff.removed))), style="bold")
