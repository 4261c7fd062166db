"""The words a segment is compared by: crudely stemmed English terms, and anchors found in Chinese."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
_MARKS = re.compile(r"[?!？！]")
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s")

_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS |= {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                  "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000"}


@lru_cache(maxsize=65536)
def _term(word: str) -> str:
    word = word.replace("’", "'").split("'")[0]
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def english_terms(text: str) -> list[str]:
    """Lower-cased, crudely stemmed words (number words as digits), then ``?`` and ``!`` marks.

    Function words stay: with IDF weighting they still help, as do the marks
    of questions and exclamations, which translators keep.
    """
    terms = list(map(_term, _WORD.findall(text.lower())))
    terms.extend("?" if mark in "?？" else "!" for mark in _MARKS.findall(text))
    return terms


def chinese_anchors(text: str, glossary: Iterable[tuple[str, str]] = ()) -> list[str]:
    """Terms a Chinese segment shares with any English version of it.

    Latin words and digits are kept as written; every glossary pair whose
    Chinese form occurs contributes its English form's terms.
    """
    terms = english_terms(" ".join(_LATIN_OR_DIGIT.findall(text)))
    for chinese, english in glossary:
        if chinese and chinese in text:
            terms.extend(english_terms(english))
    return terms

