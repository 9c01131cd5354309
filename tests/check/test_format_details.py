"""What real CAT tools write, detail by detail: document type declarations, languages the file
declares or does not, units without translation, inline codes, PO charsets."""

from __future__ import annotations

import json

import pytest

from toolkit.check.inputs import load_pair
from toolkit.errors import InputError
from toolkit.formats.po import read_po
from toolkit.formats.tmx import read_tmx
from toolkit.formats.xliff import read_xliff
from toolkit.lang import Lang

XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"


def _xliff(units: str, source: str = "ru", target: str = "en", head: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{head}<xliff version="1.2" '
            f'xmlns="{XLIFF_12}"><file original="a.txt" datatype="plaintext" '
            f'source-language="{source}" target-language="{target}"><body>\n{units}\n'
            "</body></file></xliff>\n").encode()


def _unit(source: str, target: str | None, extra: str = "") -> str:
    target_xml = "" if target is None else f"<target>{target}</target>"
    return f"<trans-unit id='u'{extra}><source>{source}</source>{target_xml}</trans-unit>"


def _run(tilmash, *args):
    result = tilmash("check", *args, "--format", "json", "--fail-on", "never")
    return result, (json.loads(result.stdout) if result.exit_code == 0 else None)


# ------------------------------------------------------------------------------------ DOCTYPE


def test_a_doctype_naming_a_dtd_is_read_and_the_dtd_never_loaded(tmp_path):
    # The DTD beside the file declares an entity that would read a local file: it is never
    # loaded, so the reference to it is refused, and a file that uses none is simply read.
    (tmp_path / "tmx14.dtd").write_text('<!ENTITY secret SYSTEM "file:///etc/hostname">')
    memory = (b'<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
              b'<header srclang="ru-RU"/><body><tu><tuv xml:lang="ru-RU"><seg>\xd0\x90\xd0\xb1'
              b'\xd0\xb0\xd0\xba\xd0\xb0\xd0\xbd</seg></tuv><tuv xml:lang="en-GB"><seg>Abakan'
              b"</seg></tuv></tu></body></tmx>")
    assert read_tmx(memory, "m.tmx").pair(None, None)[0].targets == ["Abakan"]
    leaking = memory.replace(b"<seg>Abakan", b"<seg>&secret; Abakan")
    with pytest.raises(InputError, match="the entity &secret; is not declared") as caught:
        read_tmx(leaking, "m.tmx")
    assert caught.value.line == 3


def test_entity_declarations_internal_or_external_are_refused_with_their_line():
    for declaration in ('<!ENTITY city "Астана">',
                        '<!ENTITY city SYSTEM "http://example.invalid/city.txt">',
                        '<!ENTITY % city SYSTEM "city.dtd"> %city;'):
        data = _xliff(_unit("&city;", "Astana"),
                      head=f"<!DOCTYPE xliff [\n<!-- a comment ] > -->\n{declaration}\n]>\n")
        with pytest.raises(InputError, match="entity declarations are refused") as caught:
            read_xliff(data, "e.xlf")
        assert caught.value.line == 4


def test_a_doctype_or_entity_inside_a_comment_or_text_declares_nothing():
    data = _xliff(_unit("Посол &lt;!ENTITY", "Ambassador <!-- <!ENTITY x 'y'> -->"),
                  head='<!--\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
                       '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n-->\n')
    segments = read_xliff(data, "c.xlf").segments
    assert (segments.sources, segments.targets) == (["Посол <!ENTITY"], ["Ambassador "])


# ---------------------------------------------------------------------------------- languages


def test_a_multilingual_memory_gives_the_pair_asked_for_and_says_once_what_it_left(tilmash,
                                                                                  tmp_path):
    memory = tmp_path / "memory.tmx"
    units = "".join(
        f'<tu><tuv xml:lang="de-DE"><seg>{de}</seg></tuv><tuv xml:lang="ru-RU"><seg>{ru}</seg>'
        f'</tuv><tuv xml:lang="kk-KZ"><seg>{kk}</seg></tuv><tuv xml:lang="fr-FR"><seg>{fr}'
        "</seg></tuv></tu>"
        for de, ru, kk, fr in (("Botschafter", "Посол Казахстана", "Қазақстан елшісі",
                                "Ambassadeur"),
                               ("Hauptstadt", "Столица — Астана", "Елорда — Астана", "Capitale")))
    memory.write_text(f'<tmx version="1.4"><header srclang="de-DE"/><body>{units}</body></tmx>',
                      encoding="utf-8")
    result, report = _run(tilmash, str(memory), "--source-lang", "ru", "--target-lang", "kk")
    assert result.exit_code == 0, result.stderr
    assert report["source"]["lang"] == "ru" and report["target"]["lang"] == "kk"
    assert result.stderr.count("the file also has de-de, fr-fr: not read") == 1


def test_an_option_overrides_what_the_file_declares_with_a_warning(tilmash, tmp_path):
    # memoQ export declared nl-nl whose text is English.
    xlf = tmp_path / "memoq.mqxliff"
    xlf.write_bytes(_xliff(_unit("Ambassador of Kazakhstan", "Посол Казахстана"), "nl-nl",
                           "ru-RU"))
    result = tilmash("check", str(xlf))
    assert result.exit_code == 2
    assert "unknown language 'nl-nl'; expected kk, ru or en (use --source-lang" in result.stderr
    result, report = _run(tilmash, str(xlf), "--source-lang", "en")
    assert result.exit_code == 0 and report["source"]["lang"] == "en"
    assert "the file declares the source language nl-nl; read as en, as --source-lang says" \
        in result.stderr
    # An option that agrees with the file says nothing.
    result, _report = _run(tilmash, str(xlf), "--source-lang", "en", "--target-lang", "ru")
    assert "declares the target language" not in result.stderr


@pytest.mark.parametrize(("code", "lang"), [("ru-RU", Lang.RU), ("kk-KZ", Lang.KK),
                                            ("en-GB", Lang.EN), ("kk-Latn", Lang.KK),
                                            ("kk-Cyrl-KZ", Lang.KK), ("EN-us", Lang.EN)])
def test_region_and_script_variants_are_their_language(code, lang):
    bilingual = read_xliff(_xliff(_unit("Астана", "Astana"), code, "en"), "v.xlf")
    assert bilingual.source_lang is lang and bilingual.source_code == code


def test_a_cyrillic_kazakh_variant_is_preferred_to_a_latin_one_in_the_same_unit():
    data = ('<tmx version="1.4"><header srclang="ru"/><body><tu>'
            '<tuv xml:lang="kk-Latn"><seg>Qazaqstan elshisi</seg></tuv>'
            '<tuv xml:lang="ru"><seg>Посол Казахстана</seg></tuv>'
            '<tuv xml:lang="kk-Cyrl"><seg>Қазақстан елшісі</seg></tuv></tu></body></tmx>')
    segments, _source, _target = read_tmx(data.encode(), "m.tmx").pair(Lang.RU, Lang.KK)
    assert segments.targets == ["Қазақстан елшісі"]


def test_several_files_with_different_pairs_are_not_merged():
    files = "".join(
        f'<file original="{n}" source-language="{s}" target-language="{t}"><body>'
        f"{_unit(src, tgt)}</body></file>"
        for n, s, t, src, tgt in (("a", "ru", "en", "Посол", "Ambassador"),
                                  ("b", "ru", "kk", "Посол", "Елші"),
                                  ("c", "ru", "en", "Столица", "Capital")))
    data = f'<xliff version="1.2" xmlns="{XLIFF_12}">{files}</xliff>'.encode()
    first = read_xliff(data, "m.xlf")
    assert first.segments.targets == ["Ambassador", "Capital"]
    assert first.notes == ("1 <file> element with another language pair (ru → kk) is not read",)
    kazakh = read_xliff(data, "m.xlf", (Lang.RU, Lang.KK))
    assert kazakh.segments.targets == ["Елші"] and kazakh.target_lang is Lang.KK


# ------------------------------------------------------------------------------- untranslated


def test_untranslated_units_are_counted_alike_in_xliff_and_po_and_not_checked(tilmash, tmp_path):
    pairs = [("Посол Казахстана в России", "Ambassador of Kazakhstan to Russia"),
             ("Губернатор Красноярского края", ""), ("Столица", None)]
    xlf = tmp_path / "a.xlf"
    xlf.write_bytes(_xliff("\n".join(_unit(s, t) for s, t in pairs)))
    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: en\\n"\n"X-Source-Language: ru\\n"\n\n'
                  + "".join(f'msgid "{s}"\nmsgstr "{t or ""}"\n\n' for s, t in pairs),
                  encoding="utf-8")
    x, p = read_xliff(xlf.read_bytes(), "a.xlf"), read_po(po.read_bytes(), "a.po")
    assert (x.segments.sources, x.untranslated) == (p.segments.sources, p.untranslated)
    assert x.untranslated == 2 and len(x.segments.sources) == 1
    for path in (xlf, po):
        result, report = _run(tilmash, str(path))
        # Only the translated unit is checked: the empty ones give no "term missing".
        assert report["summary"]["segments"] == 1
        assert report["summary"]["by_check"]["term-missing"] == 0
        assert "2 units have no translation: not checked" in result.stderr


# ------------------------------------------------------------------------------- inline codes


@pytest.mark.parametrize(("source", "text"), [
    ('Save As dialog<x id="1" ctype="lb"/>box', "Save As dialog box"),
    ("This is<ph id='1'>&lt;br/&gt;</ph>a paragraph", "This is a paragraph"),
    ("Астана<ph id='1'>&lt;text:tab/&gt;</ph>Алматы<ph id='2'>&lt;text:s/&gt;</ph>Тараз",
     "Астана Алматы Тараз"),
    ("Елші<ph id='1' ctype='x-br'>&lt;w:br/&gt;</ph> келді", "Елші келді"),
    ("<ph id='1'>&lt;p&gt;</ph>Посол<ph id='2'>&lt;/p&gt;</ph>", "Посол"),
    ("un<bpt id='1'>&lt;b&gt;</bpt>believ<ept id='1'>&lt;/b&gt;</ept>able", "unbelievable"),
    ("See <ph id='1'>&lt;img alt=\"<sub>Map of Astana</sub>\"/&gt;</ph>here",
     "See Map of Astana here"),
])
def test_codes_for_breaks_and_spaces_do_not_glue_words_and_sub_text_is_kept(source, text):
    bilingual = read_xliff(_xliff(_unit(source, "x"), "en", "ru"), "c.xlf")
    assert bilingual.segments.sources == [text]


def test_xliff_20_codes_cp_and_translate_no():
    data = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru-RU" '
            'trgLang="kk-KZ"><file id="f"><unit id="1"><originalData><data id="d1">&lt;br/&gt;'
            '</data></originalData><segment><source>Посол<ph id="1" dataRef="d1"/>Казахстана'
            '<cp hex="0009"/>в России</source><target>Қазақстанның<ph id="1" dataRef="d1"/>'
            'Ресейдегі елшісі</target></segment></unit>'
            '<unit id="2" translate="no"><segment><source>ООО «Ромашка»</source>'
            "<target>ООО «Ромашка»</target></segment></unit>"
            '<group id="g" translate="no"><unit id="3"><segment><source>Код</source>'
            "<target>Код</target></segment></unit></group></file></xliff>")
    bilingual = read_xliff(data.encode(), "x2.xlf")
    assert bilingual.segments.sources == ["Посол Казахстана\tв России"]
    assert bilingual.segments.targets == ["Қазақстанның Ресейдегі елшісі"]


def test_translate_no_on_a_group_in_xliff_12_and_a_file_without_version():
    units = (f'<group id="g" translate="no">{_unit("Код", "Код")}</group>'
             f'{_unit("Посол", "Ambassador")}')
    data = _xliff(units).replace(b'version="1.2" ', b"").replace(
        XLIFF_12.encode(), b"urn:oasis:names:tc:xliff:document:1.1")
    bilingual = read_xliff(data, "v11.xlf")
    assert (bilingual.segments.sources, bilingual.segments.targets) == (["Посол"],
                                                                       ["Ambassador"])


# ------------------------------------------------------------------------------------------ PO


def test_po_in_the_charset_its_header_declares_and_bare_comments():
    text = ('#Translation of the embassy site\n#, fuzzy\nmsgid ""\nmsgstr ""\n'
            '"Content-Type: text/plain; charset=windows-1251\\n"\n"Language: ru_RU\\n"\n\n'
            '#Note without a space\nmsgid "Ambassador"\nmsgstr "Посол"\n')
    bilingual = read_po(text.encode("cp1251"), "cp1251.po")
    assert bilingual.segments.targets == ["Посол"] and bilingual.target_lang is Lang.RU
    assert bilingual.segments.source_lines == [8]  # where the entry begins: its comment
    # Bytes that are not what the header says: the line of the first bad byte.
    broken = text.encode("cp1251").replace(b"\xcf", b"\x98")
    with pytest.raises(InputError, match="not windows-1251 text, as the header says") as caught:
        read_po(broken, "bad.po")
    assert caught.value.line == 10


def test_a_catalogue_without_a_language_header_takes_it_from_the_option():
    data = 'msgid ""\nmsgstr ""\n\nmsgid "Ambassador"\nmsgstr "Елші"\n'.encode()
    pair = load_pair("po", ("site.po", data), None, Lang.EN, Lang.KK)
    assert (pair.source_lang, pair.target_lang) == (Lang.EN, Lang.KK)
    assert pair.notes == ()
