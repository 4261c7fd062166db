"""Sentence splitting, tokens and offsets."""

from __future__ import annotations

import pytest

from bitext.model import TokenKind
from bitext.reader import read_document
from bitext.segment import segment_document, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("他来了。她走了。", ["他来了。", "她走了。"]),
        ("真的吗?是的!好;", ["真的吗?", "是的!", "好;"]),
        ("他说:“我们会继续。”然后离开了。", ["他说:“我们会继续。”", "然后离开了。"]),
        ("俄语被广泛使用……我们阅读俄语书籍。", ["俄语被广泛使用……", "我们阅读俄语书籍。"]),
        ("增长了3.5个百分点,约占40%。下一句", ["增长了3.5个百分点,约占40%。", "下一句"]),
        ("“人造国家”。 俄罗斯可能会转向。", ["“人造国家”。 ", "俄罗斯可能会转向。"]),
        ("Mr. Smith 说 U.S. 的经济很好。", ["Mr. Smith 说 U.S. 的经济很好。"]),
        ("什么?!真的!!", ["什么?!", "真的!!"]),
        ("没有标点", ["没有标点"]),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def _doc(text: str):
    doc = read_document(text.encode("utf-8"))
    segment_document(doc)
    return doc


def test_tokens_partition_the_paragraph_and_map_back(seed_path):
    doc = read_document(seed_path.read_bytes())
    segment_document(doc)
    for paragraph in doc.paragraphs():
        tokens = [t for s in paragraph.sentences for t in s.tokens]
        assert "".join(t.text for t in tokens) == doc.text[paragraph.start:paragraph.end]
        for token in tokens:
            assert doc.text[token.start:token.end] == token.text
        for sentence in paragraph.sentences:
            assert sentence.tokens[0].start == sentence.start and sentence.tokens[-1].end == sentence.end


def test_token_kinds_and_english_runs():
    doc = _doc("普京(Vladimir Putin)在 2014 年说 [in Ukraine] 约占40%。")
    sentence = next(doc.sentences())
    kinds = {t.text: t.kind for t in sentence.tokens}
    assert kinds["普京"] is TokenKind.HAN
    assert kinds["Vladimir"] is TokenKind.LATIN
    assert kinds["2014"] is TokenKind.NUMBER and kinds["40%"] is TokenKind.NUMBER
    assert kinds["("] is TokenKind.PUNCT and kinds[" "] is TokenKind.SPACE
    english = ["".join(t.text for t in sentence.tokens[sp.first:sp.last]) for sp in sentence.foreign]
    assert english == ["Vladimir Putin", "in Ukraine"]


def test_astral_characters_keep_offsets():
    doc = _doc("𠮷野家😀很好。")
    tokens = list(doc.tokens())
    assert "".join(t.text for t in tokens) == "𠮷野家😀很好。"
    assert all(doc.text[t.start:t.end] == t.text for t in tokens)
    assert any(t.kind is TokenKind.SYMBOL and t.text == "😀" for t in tokens)


def test_traditional_text_is_segmented_on_its_simplified_form():
    trad, simp = _doc("哈薩克斯坦總統發表了演講。"), _doc("哈萨克斯坦总统发表了演讲。")
    assert [t.norm for t in trad.tokens()] == [t.text for t in simp.tokens()]
    assert [t.text for t in trad.tokens()][0] == "哈薩克斯坦"


def test_keep_whole_spans_are_not_split():
    doc = read_document("托加耶夫先生说。".encode())
    segment_document(doc, keep_whole=[(0, 4)])
    assert next(doc.tokens()).text == "托加耶夫"


def test_a_sentence_never_exceeds_the_cap_and_is_cut_after_a_comma():
    from bitext.segment import MAX_SENTENCE_CHARS

    text = "没有标点的长句" * 400 + "，" + "后面还有很多字" * 300
    spans = split_sentences(text)
    assert "".join(text[s:e] for s, e in spans) == text and all(e == s2 for (_, e), (s2, _) in zip(spans, spans[1:]))
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    assert any(text[e - 1] == "，" for s, e in spans)  # a comma inside the window is preferred to a hard cut


def test_names_cost_is_linear_in_the_number_of_sentences(monkeypatch, seed_glossary):
    """Each sentence's tokenizer sees only the name spans inside it, not every name of the document (issue 16)."""
    import bitext.segment as segment
    from bitext.pipeline import annotate_text

    seen = []
    real = segment.tokenize

    def counting(text, norm, offset=0, keep_whole=(), jieba=None):
        seen.append(len(keep_whole))
        return real(text, norm, offset, keep_whole, jieba)

    monkeypatch.setattr(segment, "tokenize", counting)
    doc = annotate_text("".join(f"托卡耶夫说了{n}次。" for n in range(1500)), glossary=seed_glossary)  # distinct: a
    # sentence met before is not cut again
    assert sum(len(s.names) for s in doc.sentences()) == 1500
    assert len(seen) == 1500 and max(seen) == 1


def test_a_fullwidth_full_stop_inside_a_taiwan_name_ends_no_sentence():
    """Taiwan's press joins the parts of a foreign name with ．(卡琳娜．米雷); before a space or the end it is a full stop."""
    text = "秘书长卡琳娜．米雷今天表示支持。他说很好． 会议结束．"
    assert [text[s:e] for s, e in split_sentences(text)] == ["秘书长卡琳娜．米雷今天表示支持。", "他说很好． ", "会议结束．"]
