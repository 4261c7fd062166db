"""Polyphones of the seed read in their context through the whole annotate path."""

from __future__ import annotations

import pytest

from bitext.pipeline import AnnotateOptions, annotate_file


@pytest.fixture(scope="module")
def seed_readings(seed_path):
    doc = annotate_file(seed_path)
    return doc, [(t.start, t.text, t.pinyin) for t in doc.tokens() if t.pinyin]


def reading_at(doc, readings, context: str, target: str) -> str:
    """Syllables of ``target`` where it occurs inside ``context`` in the seed."""
    start = doc.text.index(context) + context.index(target)
    syllables = []
    for token_start, text, pinyin in readings:
        for i, syllable in enumerate(pinyin):
            if start <= token_start + i < start + len(target):
                syllables.append(syllable)
    return "".join(syllables)


@pytest.mark.parametrize(
    "context, target, expected",
    [
        ("描述为“绝望”", "为", "wéi"),
        ("为乌克兰着想", "为", "wèi"),
        ("为乌克兰着想", "着想", "zhuóxiǎng"),
        ("这种人为的现状", "人为", "rénwéi"),
        ("最长的边界", "长", "cháng"),
        ("处于孤立状态", "处于", "chǔyú"),
        ("石油的管道", "石油", "shíyóu"),
    ],
)
def test_seed_polyphones(seed_readings, context, target, expected):
    doc, readings = seed_readings
    assert reading_at(doc, readings, context, target) == expected


def test_pinyin_on_every_han_word_and_nothing_else(seed_readings):
    doc, _ = seed_readings
    han = [t for t in doc.tokens() if t.is_han]
    assert len(han) > 500
    for token in doc.tokens():
        if token.is_han:
            # One non-empty syllable per character; only a 儿 merged into the syllable before it is empty.
            assert token.pinyin is not None and len(token.pinyin) == len(token.text), token
            for k, syllable in enumerate(token.pinyin):
                assert syllable or (k > 0 and token.norm[k] == "儿"), token
        else:
            assert token.pinyin is None, token


ERHUA_TEXT = "你去哪儿了？我在这儿等一会儿，他玩儿得很高兴。"


def test_erhua_ruby_text_is_one_syllable_without_spaces(validate_tei):
    from bitext.pipeline import annotate_text
    from bitext.tei import to_tei

    root = validate_tei(to_tei(annotate_text(ERHUA_TEXT, "erhua.txt", AnnotateOptions())))
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    ruby = {
        "".join(r.find("tei:rb", ns).itertext()): r.find("tei:rt", ns).text
        for r in root.iterfind(".//tei:ruby", ns)
    }
    assert ruby["哪儿"] == "nǎr"
    assert ruby["这儿"] == "zhèr"
    assert ruby["一会儿"] == "yī huìr"
    for word, reading in ruby.items():
        # no space at either end or doubled (an empty erhua syllable joined in would leave one)
        assert reading == reading.strip() and "  " not in reading, (word, reading)


def test_tone_numbers_option(seed_path):
    doc = annotate_file(seed_path, AnnotateOptions(pinyin_style="numbers"))
    first = next(t for t in doc.tokens() if t.text == "俄罗斯")
    assert first.pinyin == ("e2", "luo2", "si1")


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("他们从塔什干出发。", "塔什干", ("tǎ", "shí", "gān")),  # CC-CEDICT's gān, where pypinyin says gàn
        ("把头发吹乾。", "吹乾", ("chuī", "gān")),  # 乾 is never gàn: a Traditional character's own readings
        ("他們過得很好。", "得", ("de",)),  # the complement after 過, not the verb dé
        ("我得走了。", "得", ("děi",)),
        ("这块地很大。", "地", ("dì",)),
        ("曾老师来了。", "曾", ("zēng",)),
    ],
)
def test_issue_examples_through_annotate(text, word, expected):
    from bitext.pipeline import annotate_text

    doc = annotate_text(text)
    syllable_at = {t.start + k: s for t in doc.tokens() if t.is_han for k, s in enumerate(t.pinyin)}
    start = text.index(word)
    assert tuple(syllable_at[start + k] for k in range(len(word))) == expected


def test_place_name_reads_cedict_before_pypinyin():
    from bitext.model import NameType
    from bitext.pinyin import sentence_pinyin

    assert sentence_pinyin(["塔什干"], names=[NameType.PLACE]) == [("tǎ", "shí", "gān")]


def test_no_false_word_state_owned_in_two_countries_have():
    from bitext.pipeline import annotate_text

    doc = annotate_text("两国有着牢固的关系，国有企业也很多。")
    words = [t.text for t in doc.tokens() if t.is_han]
    assert words[:2] == ["两国", "有着"]
    assert "国有企业" in words or "国有" in words  # the real word still stands where it is meant
