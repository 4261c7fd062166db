"""Decoding, paragraphs, headings and boilerplate."""

from __future__ import annotations

import codecs

import pytest

from bitext.io import InputError
from bitext.model import ParagraphKind
from bitext.reader import decode, is_heading, read_document, split_paragraphs

SAMPLE = "哈萨克斯坦总统发表演讲。\n“我们可以想象同样的情况”\n俄罗斯一直寻求保持影响力。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        ("臺灣的總統發表演講，我們可以想像同樣的情況。".encode("big5"), "big5"),
    ],
)
def test_decode_detects_encoding(data, encoding):
    text, used = decode(data)
    assert used == encoding
    assert not text.startswith("\ufeff")
    assert "演讲" in text or "演講" in text


def test_given_encoding_wins_and_wrong_one_fails_clearly():
    assert decode(SAMPLE.encode("gb18030"), "gb18030")[0] == SAMPLE
    with pytest.raises(InputError, match="cannot decode as utf-8"):
        decode(SAMPLE.encode("gb18030"), "utf-8")


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"), ("中文".encode()[:-1], "truncated")],
)
def test_bad_bytes_give_a_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, source="bad.txt")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends(newline):
    text = newline.join(["第一段。", "第二段。", "第三段。"])
    doc = read_document(text.encode())
    assert [doc.text[p.start:p.end] for p in doc.paragraphs()] == ["第一段。", "第二段。", "第三段。"]


def test_blank_line_blocks_with_hard_wrapped_lines_are_one_paragraph():
    text = "第一段的开头,\n还在第一段。\n\n第二段。\n"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["第一段的开头,\n还在第一段。", "第二段。"]


def test_one_wrapped_line_does_not_merge_a_block_of_one_line_paragraphs():
    text = "标题\n第一段。\n第二段。\n第三段的开头,\n第三段还没完。\n\n第四段,\n还在第四段。"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == [
        "标题", "第一段。", "第二段。", "第三段的开头,", "第三段还没完。", "第四段,\n还在第四段。"]


def test_blank_lines_between_single_line_paragraphs():
    text = "第一段。\n\n第二段。\n\n\n第三段。"
    assert len(split_paragraphs(text)) == 3


@pytest.mark.parametrize(
    "line, expected",
    [
        ("“我们可以想象同样的情况”", True),
        ("三十年的独立并没有白费", True),
        ("“从俄罗斯到中国的过渡将继续下去。”", False),
        ("梅德韦杰夫先生后来声称他的账户被黑了。", False),
        ("“我们可能是最俄罗斯化的前苏联共和国,”他说。", False),
        ("俄罗斯能否成为中国与邻国建立更牢固关系的机会?", False),
    ],
)
def test_heading_rule(line, expected):
    assert is_heading(line) is expected


def test_seed_headings_and_boilerplate(seed_path):
    doc = read_document(seed_path.read_bytes(), seed_path.name)
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    headings = [doc.text[p.start:p.end] for p in doc.paragraphs() if p.kind is ParagraphKind.HEADING]
    assert headings == [lines[9], lines[26], lines[34], lines[46]]
    assert [s.heading is not None for s in doc.sections] == [False, True, True, True, True, False]
    boiler = doc.sections[-1]
    assert boiler.kind == "boilerplate"
    assert [doc.text[p.start:p.end] for p in boiler.paragraphs] == lines[55:]
    assert all(p.kind is ParagraphKind.BOILERPLATE for p in boiler.paragraphs)
    assert sum(1 for _ in doc.paragraphs()) == 59
    assert doc.script == "zh-Hans"


def test_traditional_script_detected():
    doc = read_document("臺灣的總統發表了演講,說這個國家會繼續發展經濟。".encode())
    assert doc.script == "zh-Hant"


def _tei_with_long_prolog() -> bytes:
    from bitext.pipeline import annotate_text
    from bitext.tei import to_tei

    tei = to_tei(annotate_text("他来了。"))
    declaration, rest = tei.split(b"\n", 1)
    return declaration + b"\n<!-- " + "注释".encode() * 2000 + b" -->\n" + rest  # 12 KB before the root


TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh" adminlang="en" '
       'segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>'
       "<body><tu><tuv xml:lang=\"zh\"><seg>他来了。</seg></tuv></tu></body></tmx>\n".encode())


def test_xml_is_recognised_however_long_its_prolog():
    from bitext.teiread import is_tei

    tei = _tei_with_long_prolog()
    assert tei.index(b"<TEI") > 4096 and is_tei(tei)
    assert not is_tei(TMX)
    with pytest.raises(InputError, match="x.xml: is a TEI file, not plain text"):
        read_document(tei, "x.xml")
    with pytest.raises(InputError, match=r"x.tmx: is XML \(root element <tmx>\), not plain text"):
        read_document(TMX, "x.tmx")
    with pytest.raises(InputError, match="is XML"):
        read_document(codecs.BOM_UTF16_LE + TMX.decode().replace('"UTF-8"', '"UTF-16"').encode("utf-16-le"), "x")


@pytest.mark.parametrize("text", ["<<三体>>是一部小说。\n", "<b>标题</b>\n正文。\n", "<3 我爱你。\n"])
def test_text_that_merely_starts_with_a_bracket_is_text(text):
    doc = read_document(text.encode(), "a.txt")
    assert doc.text == text


@pytest.mark.parametrize("command", ["annotate", "review"])
def test_annotate_and_review_refuse_xml_in_one_line(command, tmp_path):
    from cli_runner import run_cli

    for name, data in (("article.tei.xml", _tei_with_long_prolog()), ("memory.tmx", TMX)):
        path = tmp_path / name
        path.write_bytes(data)
        outcome = run_cli(command, "--mt", "none", path, "-o", tmp_path / "out")
        assert outcome.code == 65 and outcome.error_line.startswith(f"bitext: error: {name}: is ")
        assert not (tmp_path / "out").exists()
