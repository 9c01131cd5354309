"""The library raises errors that carry their data and name no command-line option; the CLI
words them with its options (`tilmash check` says --source-lang, `tilmash align` --src-lang)."""

from __future__ import annotations

import pickle

import pytest

from tests.conftest import REPO
from toolkit.check.ignore import parse_ignore
from toolkit.check.inputs import load_pair
from toolkit.cli.wording import worded
from toolkit.errors import (
    FileCount,
    IgnoreLineInvalid,
    LanguageAbsent,
    LanguageUnsupported,
    RequestError,
)
from toolkit.formats.tmx import read_tmx
from toolkit.lang import Lang

EXAMPLES = REPO / "examples"
RU = ("article.ru.txt", (EXAMPLES / "article.ru.txt").read_bytes())
EN = ("article.en.txt", (EXAMPLES / "article.en.txt").read_bytes())
RU_KK_TMX = ('<tmx version="1.4"><header srclang="ru-RU"/><body><tu>'
             '<tuv xml:lang="ru-RU"><seg>Глава Республики Хакасия</seg></tuv>'
             '<tuv xml:lang="kk-KZ"><seg>Хакасия Республикасының басшысы</seg></tuv>'
             '</tu></body></tmx>').encode()
NL_XLIFF = ('<xliff version="1.2"><file source-language="nl-nl" target-language="ru-RU" '
            'original="a" datatype="plaintext"><body><trans-unit id="1">'
            '<source>Ambassador of Kazakhstan</source><target>Посол Казахстана</target>'
            '</trans-unit></body></file></xliff>').encode()


def _no_option_in(error: BaseException) -> None:
    assert "--" not in str(error) and "--" not in getattr(error, "detail", "")


def test_plain_text_with_one_file_and_a_bilingual_file_with_two_are_file_counts():
    with pytest.raises(FileCount) as one:
        load_pair("plain", RU, None, None, None)
    assert (one.value.format, one.value.needed, one.value.given) == ("plain", 2, 1)
    with pytest.raises(FileCount) as two:
        load_pair("po", RU, EN, None, None)
    assert (two.value.format, two.value.needed) == ("po", 1)
    assert worded(one.value).detail == "plain text needs two files: the source and its translation"
    assert worded(two.value).detail == "a PO file holds both languages: name only that file"


def test_a_language_the_memory_lacks_is_named_with_those_it_has():
    with pytest.raises(LanguageAbsent) as absent:
        read_tmx(RU_KK_TMX, "memory.tmx").pair(Lang.RU, Lang.EN)
    assert (absent.value.lang, absent.value.langs) == ("en", ("ru", "kk"))
    assert worded(absent.value).detail == "the TMX file has no en text"


def test_an_unsupported_declared_language_is_worded_with_the_commands_option():
    with pytest.raises(LanguageUnsupported) as unsupported:
        load_pair("xliff", ("memoq.mqxliff", NL_XLIFF), None, None, None)
    assert (unsupported.value.code, unsupported.value.side) == ("nl-nl", "source")
    _no_option_in(unsupported.value)
    assert "(use --source-lang to say" in worded(unsupported.value).detail
    assert "(use --src-lang to say" in worded(unsupported.value, "--src-lang",
                                              "--tgt-lang").detail


def test_a_bad_ignore_line_says_where_without_naming_an_option():
    with pytest.raises(IgnoreLineInvalid) as bad:
        parse_ignore(b"# accepted\nterm-missing\tplace-abakan\n", ".tilmash-ignore")
    assert (bad.value.file, bad.value.line) == (".tilmash-ignore", 2)
    _no_option_in(bad.value)
    assert worded(bad.value).detail == (
        "expected check<TAB>concept<TAB>segment hash, as --write-ignore writes it")


def test_a_request_error_crosses_a_process_boundary_with_its_document():
    error = LanguageAbsent("en", ("ru", "kk"))
    error.document = "memory.tmx"
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, RequestError) and again.document == "memory.tmx"
    assert str(worded(again)) == "memory.tmx: the TMX file has no en text"


def test_a_project_document_lacking_a_language_is_named(tilmash, tmp_path):
    (tmp_path / "memory.tmx").write_bytes(RU_KK_TMX)
    (tmp_path / "article.ru.txt").write_bytes(RU[1])
    (tmp_path / "article.en.txt").write_bytes(EN[1])
    result = tilmash("check", str(tmp_path), "--source-lang", "ru", "--target-lang", "en")
    assert result.exit_code == 2
    assert "memory.tmx: the TMX file has no en text" in result.stderr
