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


def test_no_pinyin_on_latin_digits_punctuation(seed_readings):
    doc, _ = seed_readings
    for token in doc.tokens():
        assert (token.pinyin is not None) == token.is_han or token.pinyin is None


def test_tone_numbers_option(seed_path):
    doc = annotate_file(seed_path, AnnotateOptions(pinyin_style="numbers"))
    first = next(t for t in doc.tokens() if t.text == "俄罗斯")
    assert first.pinyin == ("e2", "luo2", "si1")
