"""libyaml reads the glossary into the same node tree, with the same lines, as PyYAML."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import yaml

from tests.conftest import REPO
from toolkit.glossary import read_glossary
from toolkit.glossary.yamlnodes import C_DEPTH_LIMIT, HAS_LIBYAML, compose, nesting_bound

needs_libyaml = pytest.mark.skipif(not HAS_LIBYAML, reason="PyYAML was built without libyaml")


def tree(node: yaml.Node | None) -> object:
    """A node as nested tuples of everything the glossary reader looks at (not the style of a
    scalar, which libyaml gives as "" and PyYAML as None for a plain one)."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line)
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.value, marks)
    if isinstance(node, yaml.SequenceNode):
        return (node.tag, marks, [tree(item) for item in node.value])
    return (node.tag, marks, [(tree(k), tree(v)) for k, v in node.value])


TRICKY = [
    # Comments, a folded note, a plain scalar over two lines, CRLF line ends, a number.
    '# tilmash glossary\r\n- id: "place-astana"\r\n  kind: place\r\n  note: >\r\n'
    '    Елорда, бұрынғы\r\n    Ақмола\r\n  ru: [Астана, "Нур-Султан"]\r\n  source: 1997\r\n',
    textwrap.dedent("""\
        - id: person-kosherbayev
          kind: person
          ru:
            - term: Ермек Кошербаев
              note: |
                Посол; с 2023 г.
                — министр иностранных дел
            - {term: Е. Кошербаев, status: admitted, type: shortForm}
          en: [Yermek Kosherbayev, 'Yermek Kosherbaev']
          definition: Kazakh diplomat. Ambassador of Kazakhstan to Russia
            from 2023
        """),
    '- id: "x"\n  kk: ~\n  en: []\n  related: !!str 12\n  note: "tab\\there \\u0130"\n',
]


@needs_libyaml
@pytest.mark.parametrize("path", sorted((REPO / "glossary").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_glossary_gives_the_same_tree_with_both_parsers(path):
    text = path.read_text(encoding="utf-8")
    assert nesting_bound(text) <= C_DEPTH_LIMIT  # so libyaml is the one that reads it
    assert tree(yaml.compose(text, Loader=yaml.CSafeLoader)) == tree(
        yaml.compose(text, Loader=yaml.SafeLoader))
    assert tree(compose(text)) == tree(yaml.compose(text, Loader=yaml.SafeLoader))


@needs_libyaml
@pytest.mark.parametrize("text", TRICKY)
def test_tricky_yaml_gives_the_same_tree_with_both_parsers(text):
    assert tree(yaml.compose(text, Loader=yaml.CSafeLoader)) == tree(
        yaml.compose(text, Loader=yaml.SafeLoader))


@pytest.mark.parametrize("text", [
    '- id: "place-x"\n  kind: [unclosed\n',
    '- id: "place-x"\n  kind: place\n  note: "Елорда\n',
    '- id: "place-x"\n kind: place\n',
    '- id: "place-x"\n  kind: "place"\n\tru: []\n',
])
def test_errors_are_worded_and_placed_as_pyyaml_does(text):
    with pytest.raises(yaml.MarkedYAMLError) as ours:
        compose(text)
    with pytest.raises(yaml.MarkedYAMLError) as pure:
        yaml.compose(text, Loader=yaml.SafeLoader)
    assert str(ours.value) == str(pure.value)


def test_a_lone_surrogate_escape_reads_as_pyyaml_reads_it():
    # libyaml refuses "\ud800"; PyYAML reads it, and the glossary reader reports it on its line.
    text = '- id: "place-x"\n  note: "Елорда \\ud800"\n'
    assert compose(text).value[0].value[1][1].value == "Елорда \ud800"


def test_deep_nesting_is_an_error_not_a_crash(make_glossary):
    # libyaml would recurse on the C stack until the process dies; in a child process, so that
    # a crash shows as a failure instead of taking pytest down.
    code = textwrap.dedent("""
        from toolkit.glossary.yamlnodes import compose
        import yaml
        for depth in (3_000, 50_000):
            for text in ("[" * depth + "]" * depth, "- " * depth + "x"):
                try:
                    compose(text)
                    print("read")
                except yaml.YAMLError as exc:
                    print("error:", exc)
        """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 4
    assert all(line == "read" or line == "error: nested too deeply to read" for line in lines)
    assert "error: nested too deeply to read" in lines

    folder = make_glossary({"places.yaml": '- id: "place-x"\n  kind: "place"\n  note: '
                            + "[" * 5_000 + "]" * 5_000 + "\n"})
    problems = read_glossary(folder).problems
    assert [(p.code, p.line) for p in problems] == [("yaml", 3)]
    assert "nested" in problems[0].message


def test_the_nesting_bound_is_never_below_the_real_depth():
    assert nesting_bound("- " * 30 + "x") >= 30
    assert nesting_bound("[" * 40 + "]" * 40) >= 40
    assert nesting_bound("a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 60))) >= 59


def test_without_libyaml_the_pure_parser_reads_the_same_glossary(monkeypatch):
    from toolkit.glossary import yamlnodes

    text = (REPO / "glossary" / "people.yaml").read_text(encoding="utf-8")
    fast = tree(compose(text))
    monkeypatch.setattr(yamlnodes, "_CLoader", None)
    assert tree(compose(text)) == fast
    kosherbayev = [item for item in compose(text).value
                   if item.value[0][1].value == "person-kosherbayev-yermek"]
    assert len(kosherbayev) == 1
