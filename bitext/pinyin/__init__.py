"""Pinyin a learner can trust: polyphones in context, neutral tones, names, erhua.

Public API: :func:`sentence_pinyin` (one sentence's Han words → syllables),
:func:`sentences_pinyin` (the same for many sentences, faster),
:func:`add_document_pinyin` (the pinyin stage over a whole document) and
:func:`convert_syllable` (numbered syllable → marks, numbers or zhuyin).
"""

from bitext.pinyin.document import add_document_pinyin
from bitext.pinyin.sentence import sentence_pinyin, sentences_pinyin
from bitext.pinyin.syllable import STYLES, convert_syllable

__all__ = ["STYLES", "add_document_pinyin", "convert_syllable", "sentence_pinyin", "sentences_pinyin"]
