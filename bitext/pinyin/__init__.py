"""Pinyin a learner can trust: polyphones in context, neutral tones, names, erhua.

Public API: :func:`sentence_pinyin` (one sentence's Han words → syllables)
and :func:`convert_syllable` (numbered syllable → marks, numbers or zhuyin).
"""

from bitext.pinyin.sentence import sentence_pinyin
from bitext.pinyin.syllable import STYLES, convert_syllable

__all__ = ["STYLES", "convert_syllable", "sentence_pinyin"]
